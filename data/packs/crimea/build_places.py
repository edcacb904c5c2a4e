#!/usr/bin/env python3
"""Builds places.geojson of the Crimea pack from the staged crimea.geojson (Natural
Earth v4 disputed area B89 and populated places, public domain; names partly from
Natural Earth v5 and Unicode CLDR) plus the names, aliases, claims, not-mentions and
generic phrases written below. Run from this folder:

    python3 build_places.py ../../../../shared/data/disputes/crimea.geojson

Ids, geometry and labels come from the staged file unchanged; display names start
from its `names` (Crimean Tatar `crh` is kept only as an English-side variant: the
pack format has no `crh` key) and are overridden where written here.
"""
import json
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/data/disputes/crimea.geojson"

CLAIMS = [
    {"claimant": "RU", "status": "administers", "since": "2014-03-18",
     "note": "Seized by Russian forces from 27 February 2014 and annexed by the treaty of 18 March 2014; "
             "administered by Russia as the Republic of Crimea and the federal city of Sevastopol."},
    {"claimant": "UA", "status": "claims", "since": "2014-03-18",
     "note": "Part of Ukraine since independence in 1991 (transferred to the Ukrainian SSR in 1954); Ukraine "
             "treats it as temporarily occupied territory: the Autonomous Republic of Crimea and the city of "
             "Sevastopol. UN General Assembly resolution 68/262 affirms Ukraine's territorial integrity."},
]

# Per place: display names (merged over the staged `names`), Latin forms per usage,
# and the linker's aliases. Russian and Ukrainian aliases are nominative (the linker
# inflects them); "=" marks a form matched exactly as written.
PLACES = {
    "crimea": dict(
        names={"en": "Crimea", "en_alt": ["Crimean Peninsula", "Krym", "Qirim"], "ja": "クリミア半島",
               "ru": "Крым", "uk": "Крим", "es": "Crimea", "vi": "Krym", "zh-Hans": "克里米亚",
               "zh-Hant": "克里米亞", "ko": "크림반도"},
        en_usage={"ua": "Crimea", "ru": "Crimea"},
        aliases={
            "en": ["Crimea", "Crimean Peninsula", "Crimean peninsula", "Republic of Crimea",
                   "Autonomous Republic of Crimea", "Crimean Autonomous Republic", "Krym", "Crimean"],
            "ru": ["Крым", "Крымский полуостров", "полуостров Крым", "Республика Крым",
                   "Автономная Республика Крым", "крымский"],
            "uk": ["Крим", "Кримський півострів", "півострів Крим", "Автономна Республіка Крим",
                   "Республіка Крим", "кримський"],
            "es": ["Crimea", "península de Crimea", "República de Crimea", "República Autónoma de Crimea"],
            "ja": ["クリミア半島", "クリミア", "クリミヤ", "クリミア自治共和国", "クリミア共和国"],
            "zh": ["克里米亚半岛", "克里米亞半島", "克里米亚", "克里米亞", "克里木半岛", "克里木半島",
                   "克里米亚自治共和国", "克里米亞自治共和國", "克里米亚共和国", "克里米亞共和國"],
            "ko": ["크림반도", "크림 반도", "크름반도", "크름 반도", "크름", "크림 자치공화국", "크림자치공화국",
                   # The Crimea Platform names the peninsula (as «Кримська платформа»).
                   "크림 공화국", "크림공화국", "크림 플랫폼", "크림플랫폼"],
            "vi": ["bán đảo Krym", "bán đảo Crimea", "Cộng hòa Krym"],
        }),
    "sevastopol": dict(
        names={"en": "Sevastopol", "en_alt": ["Sebastopol", "Aqyar"], "ja": "セヴァストポリ",
               "ru": "Севастополь", "uk": "Севастополь", "es": "Sebastopol"},
        en_usage={"ua": "Sevastopol", "ru": "Sevastopol"},
        aliases={
            "en": ["Sevastopol", "?Sebastopol", "Sevastopol Bay", "port of Sevastopol", "city of Sevastopol"],
            "ru": ["Севастополь", "город Севастополь", "Севастопольская бухта"],
            "uk": ["Севастополь", "місто Севастополь", "Севастопольська бухта"],
            "es": ["Sebastopol", "Sevastopol"],
            "ja": ["セヴァストポリ", "セバストポリ", "セバストーポリ", "セヴァストーポリ"],
            "zh": ["塞瓦斯托波尔", "塞瓦斯托波爾"],
            "ko": ["세바스토폴", "세바스토폴항"],
        }),
    "simferopol": dict(
        names={"en": "Simferopol", "en_alt": ["Aqmescit"], "ja": "シンフェロポリ", "ru": "Симферополь",
               "uk": "Сімферополь", "es": "Simferópol", "zh-Hant": "辛菲羅波爾"},
        en_usage={"ua": "Simferopol", "ru": "Simferopol"},
        aliases={
            "en": ["Simferopol", "Simferopol'", "Simferopol airport", "Simferopol Airport"],
            "ru": ["Симферополь"],
            "uk": ["Сімферополь"],
            "es": ["Simferópol"],
            "ja": ["シンフェロポリ", "シンフェローポリ"],
            "zh": ["辛菲罗波尔", "辛菲羅波爾", "辛非洛浦"],
            "ko": ["심페로폴"],
        }),
    "kerch": dict(
        names={"en": "Kerch", "en_alt": [], "ja": "ケルチ", "ru": "Керчь", "uk": "Керч", "es": "Kerch"},
        en_usage={"ua": "Kerch", "ru": "Kerch"},
        aliases={
            "en": ["Kerch"],
            "ru": ["Керчь"],
            "uk": ["Керч"],
            "es": ["Kerch"],
            "ja": ["ケルチ"],
            "zh": ["刻赤"],
            "ko": ["케르치"],
        }),
    "kerch-strait": dict(
        names={"en": "Kerch Strait", "en_alt": ["Strait of Kerch"], "ja": "ケルチ海峡", "ru": "Керченский пролив",
               "uk": "Керченська протока", "es": "estrecho de Kerch"},
        aliases={
            "en": ["Kerch Strait", "Strait of Kerch", "Kerch Straits", "Kerch-Yenikale Canal"],
            "ru": ["Керченский пролив", "Керчь-Еникальский канал"],
            "uk": ["Керченська протока", "Керч-Єнікальський канал"],
            "es": ["estrecho de Kerch"],
            "ja": ["ケルチ海峡"],
            "zh": ["刻赤海峡", "刻赤海峽", "克赤海峡", "克赤海峽"],
            "ko": ["케르치 해협", "케르치해협"],
            "vi": ["eo biển Kerch", "eo Kerch"],
        }),
    "crimean-bridge": dict(
        names={"en": "Crimean Bridge", "en_alt": ["Kerch Bridge", "Kerch Strait Bridge"], "ja": "クリミア大橋",
               "ru": "Крымский мост", "uk": "Кримський міст", "es": "puente de Crimea"},
        aliases={
            "en": ["Crimean Bridge", "Crimea Bridge", "Kerch Bridge", "Kerch Strait Bridge", "Kerch Strait bridge"],
            "ru": ["Крымский мост", "Керченский мост"],
            "uk": ["Кримський міст", "Керченський міст"],
            "es": ["puente de Crimea", "puente de Kerch", "puente del estrecho de Kerch"],
            "ja": ["クリミア大橋", "クリミヤ大橋", "クリミア橋", "ケルチ海峡大橋", "ケルチ橋"],
            "zh": ["克里米亚大桥", "克里米亞大橋", "克里米亚桥", "克里米亞橋", "刻赤海峡大桥", "刻赤海峽大橋",
                   "刻赤大桥", "刻赤大橋"],
            "ko": ["크림대교", "크림 대교", "크름대교", "크름 대교", "케르치대교", "케르치 대교"],
            "vi": ["cầu Crimea", "cầu Krym", "cầu Kerch", "cầu eo biển Kerch"],
        }),
    "yalta": dict(
        names={"en": "Yalta", "en_alt": [], "ja": "ヤルタ", "ru": "Ялта", "uk": "Ялта", "es": "Yalta"},
        en_usage={"ua": "Yalta", "ru": "Yalta"},
        aliases={
            "en": ["Yalta"],
            "ru": ["Ялта"],
            "uk": ["Ялта"],
            "es": ["Yalta"],
            "ja": ["ヤルタ"],
            "zh": ["雅尔塔", "雅爾塔", "雅爾達"],
            "ko": ["얄타"],
        }),
    "dzhankoi": dict(
        names={"en": "Dzhankoy", "en_alt": ["Dzhankoi", "Jankoy"], "ja": "ジャンコイ", "ru": "Джанкой",
               "uk": "Джанкой", "es": "Dzhankói"},
        en_usage={"ua": "Dzhankoi", "ru": "Dzhankoy"},
        aliases={
            "en": ["Dzhankoi", "Dzhankoy", "Dzhankoj", "Djankoi", "Jankoy", "Dzhankoi air base", "Dzhankoi airfield"],
            # A noun in -ой, declined as one (Джанкоя, под Джанкоем), not as an adjective.
            "ru": ["=Джанкой", "=Джанкоя", "=Джанкою", "=Джанкоем", "=Джанкое"],
            "uk": ["=Джанкой", "=Джанкоя", "=Джанкою", "=Джанкоєм", "=Джанкої"],
            "es": ["Dzhankói", "Yankói"],
            "ja": ["ジャンコイ"],
            "zh": ["占科伊", "詹科伊"],
            "ko": ["잔코이"],
        }),
    "feodosia": dict(
        names={"en": "Feodosia", "en_alt": ["Feodosiia", "Feodosiya", "Theodosia", "Kefe"], "ja": "フェオドシヤ",
               "ru": "Феодосия", "uk": "Феодосія", "es": "Feodosia", "zh-Hant": "費奧多西亞"},
        en_usage={"ua": "Feodosiia", "ru": "Feodosiya"},
        aliases={
            "en": ["Feodosia", "Feodosiia", "Feodosiya", "Feodosija"],
            "ru": ["Феодосия"],
            "uk": ["Феодосія"],
            "es": ["Feodosia"],
            "ja": ["フェオドシヤ", "フェオドシア"],
            "zh": ["费奥多西亚", "費奧多西亞", "费奥多西娅"],
            "ko": ["페오도시야", "페오도시아"],
        }),
    "saky": dict(
        names={"en": "Saky", "en_alt": ["Saki"], "ja": "サキ", "ru": "Саки", "uk": "Саки", "es": "Saki"},
        en_usage={"ua": "Saky", "ru": "Saki"},
        aliases={
            # Bare "Saki" is a given name, a writer's pen name and a monkey: only with the town's context.
            "en": ["Saky", "Saky air base", "Saky airbase", "Saky airfield", "Saki air base", "Saki airbase",
                   "Saki airfield", "Saki air field", "Saki Air Base", "Saki military airfield", "Novofedorivka"],
            "ru": ["=Саки", "=Саках", "=Сакам", "=Саками", "аэродром Саки", "=Новофёдоровка", "=Новофедоровка", "=Новофедоровке", "=Новофёдоровке"],
            "uk": ["=Саки", "=Саків", "=Сакам", "=Саках", "=Саками", "аеродром Саки", "=Новофедорівка", "=Новофедорівці"],
            "es": ["Saky", "base aérea de Saki", "base aérea de Saky", "aeródromo de Saki"],
            "ja": ["サキ空軍基地", "サキ航空基地", "サキ飛行場"],
            "zh": ["萨基空军基地", "薩基空軍基地", "萨基机场", "薩基機場"],
            # Bare 사키 is also a Japanese given name: only in an article about Crimea.
            "ko": ["사키 공군기지", "사키 비행장", "?사키"],
        }),
    "yevpatoria": dict(
        names={"en": "Yevpatoria", "en_alt": ["Yevpatoriia", "Yevpatoriya", "Eupatoria", "Kezlev"],
               "ja": "エウパトリア", "ru": "Евпатория", "uk": "Євпаторія", "es": "Eupatoria", "ko": "예우파토리야",
               "zh-Hant": "葉夫帕托里亞"},
        en_usage={"ua": "Yevpatoriia", "ru": "Yevpatoriya"},
        aliases={
            "en": ["Yevpatoria", "Yevpatoriia", "Yevpatoriya", "Evpatoria", "Evpatoriya", "Eupatoria", "Jevpatorija"],
            "ru": ["Евпатория"],
            "uk": ["Євпаторія"],
            "es": ["Eupatoria", "Yevpatoria", "Evpatoria"],
            "ja": ["エウパトリア", "エフパトリヤ", "エフパトリア", "イェウパトーリヤ"],
            "zh": ["叶夫帕托里亚", "葉夫帕托里亞"],
            "ko": ["예우파토리야", "예프파토리야", "옙파토리야"],
        }),
}

# Phrases that contain an alias but are not the disputed place. The adjective
# (Crimean, крымский, кримський) is an alias, so every fixed phrase in which it names
# something else is listed. Decisions:
# - Crimean Tatars are a people (also in diaspora), not the place: not a mention. An
#   article about them that names Crimea still gets Crimea from that name.
# - The Yalta Conference / Yalta agreement is a 1945 meeting named after the town
#   (the Crimea Conference): Kuril and WWII articles cite it constantly, so it is not
#   a mention of Yalta, as the Falklands War is not a mention of the Falklands.
# - Ships named after the cities (cruiser Kerch, Ukraine's reconnaissance ship
#   Simferopol) and other places sharing a name (Sebastopol in California, Ontario and
#   Victoria; Yalta in Donetsk Oblast; Krymsky District, streets and Krymsky Bridge in Moscow).
NOT_MENTIONS = {
    "en": ["Crimean War", "Crimean war", "Crimean Tatar", "Crimean Tatars", "Crimean Tatar people",
           "Crimean Tatar language", "Crimean-Congo", "Crimean-Congo haemorrhagic fever",
           "Crimean-Congo hemorrhagic fever", "Crimean Congo haemorrhagic fever", "Crimean Congo hemorrhagic fever",
           "Crimean pine", "Crimean Khanate", "Crimean Karaites", "Crimean Karaite", "Crimean Goths", "Crimean Gothic",
           "Crimean Karaim", "Crimean Krymchaks",
           "agreed at Yalta", "promised at Yalta", "decided at Yalta", "Yalta deal", "Yalta pact", "Yalta declaration", "Yalta Conference", "Yalta conference", "Yalta Agreement", "Yalta agreement", "Yalta Agreements",
           "Yalta agreements", "Yalta accords", "Yalta Accords", "Yalta summit", "Yalta system", "Yalta order",
           "Yalta European Strategy", "Yalta, Donetsk", "Yalta, Donetsk Oblast",
           "Sebastopol, California", "Sebastopol, CA", "Sebastopol, Ontario", "Sebastopol, Victoria",
           "Sebastopol, Mississippi", "Sebastopol Road", "Boulevard de Sébastopol", "Boulevard de Sebastopol",
           "battleship Sevastopol", "Sevastopol-class", "Sevastopol class",
           "cruiser Kerch", "the Kerch cruiser", "anti-submarine ship Kerch", "warship Kerch",
           "reconnaissance ship Simferopol", "ship Simferopol", "vessel Simferopol"],
    "ru": ["Крымская война", "Крымская весна", "крымский татарин", "крымские татары", "=крымских татар", "=крымским татарам",
           "=крымскими татарами", "крымская сосна", "Крымское ханство", "Крымская конференция",
           "Крымская геморрагическая лихорадка", "Крымская геморрагическая лихорадка Конго",
           "Крымский район", "Крымский вал", "Крымская набережная", "Крымская площадь", "Крымский тупик",
           "=Крымский мост в Москве", "=Крымского моста в Москве", "=Крымском мосту в Москве",
           "=крейсер «Керчь»", "=крейсера «Керчь»", "=БПК «Керчь»", "=корабль «Симферополь»",
           "=корабля «Симферополь»", "Ялтинская конференция", "=Ялтинская (Крымская) конференция",
           "=Ялтинской (Крымской) конференции", "=Ялтинскую (Крымскую) конференцию",
           "=Ялтинской (Крымской) конференцией",
           "=Крым.Реалии",
           # The railway company (its name, as «Крымэнерго» is the power company's).
           "Крымская железная дорога",
           # A Telegram channel that reports from the peninsula.
           "Крымский ветер"],
    "uk": ["Кримська війна", "Кримська весна", "кримський татарин", "кримські татари", "=кримських татар", "=кримським татарам",
           "=кримськими татарами", "кримська сосна", "Кримське ханство", "Кримська конференція",
           "кримська геморагічна гарячка", "кримська геморагічна лихоманка", "Ялтинська конференція",
           "=корабель «Сімферополь»", "=корабля «Сімферополь»", "=Ялтинська (Кримська) конференція",
           "=Ялтинської (Кримської) конференції", "=Ялтинську (Кримську) конференцію",
           "=Крим.Реалії", "Кримський вітер", "Кримська залізниця",
           # Suspilne's regional newsroom, in author lines.
           "=Суспільне Крим", "=Суспільне.Крим", "=Суспільне. Крим"],
    "es": ["guerra de Crimea", "Guerra de Crimea", "tártaros de Crimea", "tártaro de Crimea", "tártara de Crimea",
           "tártaras de Crimea", "Janato de Crimea", "kanato de Crimea", "fiebre hemorrágica de Crimea-Congo",
           "fiebre hemorrágica Crimea-Congo", "fiebre de Crimea-Congo", "Conferencia de Yalta", "conferencia de Yalta",
           "Conferencia de Crimea", "acuerdos de Yalta", "Acuerdos de Yalta", "acuerdo de Yalta", "cumbre de Yalta",
           "orden de Yalta", "pino de Crimea", "Sebastopol (California)"],
    "ja": ["クリミア戦争", "クリミア・タタール", "クリミアタタール", "クリミア・コンゴ出血熱", "クリミアコンゴ出血熱",
           "クリミア・ハン国", "クリミアハン国", "ヤルタ会談", "ヤルタ協定", "ヤルタ会議", "ヤルタ体制", "ヤルタ秘密協定"],
    "zh": ["克里米亚战争", "克里米亞戰爭", "克里木战争", "克里木戰爭", "克里米亚鞑靼", "克里米亞韃靼", "克里木鞑靼",
           "克里米亚-刚果出血热", "克里米亞-剛果出血熱", "克里米亚刚果出血热", "克里米亞剛果出血熱", "克里米亚汗国",
           "克里米亞汗國", "雅尔塔会议", "雅爾塔會議", "雅爾達會議", "雅尔塔协定", "雅爾塔協定", "雅爾達密約",
           "雅尔塔密约", "雅尔塔体系", "雅爾塔體系", "雅爾達體系"],
    "ko": ["크림 전쟁", "크림전쟁", "크림 타타르", "크림타타르", "크림 타타르인", "크림 칸국", "크림칸국", "얄타 회담",
           "얄타회담", "얄타 협정", "얄타협정", "얄타 회의", "얄타 체제", "얄타체제"],
}

# Phrases that stand for the peninsula without naming it (given to this pack only when
# the article names one of its places and no other pack has more named mentions).
# Names of other places that contain a place's alias (Guangzhou's 南沙区, Moscow's Крымский мост):
# not mentions, and in an article that has one, the alias alone means that namesake too,
# unless the article names the dispute by another place.
NAMESAKES = {
    "en": [
        "Sebastopol, California",
        "Sebastopol, CA",
        "Sebastopol, Ontario",
        "Sebastopol, Victoria",
        "Sebastopol, Mississippi",
        "Yalta, Donetsk",
        "Yalta, Donetsk Oblast",
        "Yalta, Donetsk region",
        "village of Yalta",
        "Yalta on the Sea of Azov",
        "Yalta on the Azov"
    ],
    # The Yalta on the Azov coast (Donetsk oblast) is a settlement (селище, посёлок);
    # Crimea's is a city.
    "uk": [
        "=селище Ялта",
        "=селища Ялта",
        "=селищі Ялта",
        "=селищем Ялта",
        "=смт Ялта",
        "=Ялта Донецької області",
        "=Ялта на Донеччині",
        "=Ялту на Донеччині",
        "=Ялті на Донеччині"
    ],
    "ru": [
        "Крымский вал",
        "Крымская набережная",
        "Крымская площадь",
        "Крымский тупик",
        "=Крымский мост в Москве",
        "=Крымского моста в Москве",
        "=Крымском мосту в Москве",
        "=Крымском Валу",
        "=Крымский мост через Москву-реку",
        "=Крымскому мосту через Москву-реку",
        "=Крымского моста через Москву-реку",
        "станица Крымская",
        "=станицы Крымской",
        "=станице Крымской",
        "=станицу Крымскую",
        "=станицей Крымской",
        "=станицею Крымской",
        "=посёлок Ялта",
        "=поселок Ялта",
        "=посёлка Ялта",
        "=поселка Ялта",
        "=посёлке Ялта",
        "=поселке Ялта",
        "=пгт Ялта",
        "=Ялта Донецкой области"
    ],
    "es": [
        "Sebastopol (California)"
    ]
}
NOT_MENTIONS = {language: [p for p in phrases if p not in NAMESAKES.get(language, [])]
                for language, phrases in NOT_MENTIONS.items()}

GENERIC = {
    "place": "crimea",
    "en": ["annexed peninsula", "occupied peninsula", "disputed peninsula", "annexed Black Sea peninsula",
           "Russian-annexed peninsula", "Russian-occupied peninsula", "occupied Black Sea peninsula"],
    "ru": ["аннексированный полуостров", "оккупированный полуостров", "спорный полуостров",
           "черноморский полуостров"],
    "uk": ["окупований півострів", "анексований півострів", "тимчасово окупований півострів"],
    "es": ["península anexionada", "península anexada", "península ocupada"],
    "ja": ["併合された半島"],
    "zh": ["被吞并的半岛", "被吞併的半島"],
    "ko": ["병합된 반도"],
}

NAME_KEYS = ["en", "en_alt", "en_usage", "ja", "ru", "zh-Hans", "zh-Hant", "ko", "uk", "es", "vi", "fil"]


def names_for(pid, staged):
    """Display names: the staged names (minus `crh`) overridden by the ones above."""
    d = PLACES[pid]
    merged = {k: v for k, v in staged.items() if k in NAME_KEYS}
    merged.update(d["names"])
    if "en_usage" in d:
        merged["en_usage"] = d["en_usage"]
    crh = staged.get("crh")
    if crh and crh not in merged.get("en_alt", []):
        merged["en_alt"] = merged.get("en_alt", []) + [crh]
    return {k: merged[k] for k in NAME_KEYS if k in merged}


def main():
    src = json.load(open(SRC, encoding="utf-8"))
    by_id = {f["id"]: f for f in src["features"]}
    assert set(by_id) == set(PLACES), set(by_id) ^ set(PLACES)
    features = []
    for pid in PLACES:
        f = by_id[pid]
        p = f["properties"]
        assert p["admin_by"] == "RU" and p["claimed_by"] == ["UA"], pid
        props = {"kind": p["kind"], "role": "disputed", "names": names_for(pid, p["names"]),
                 "aliases": PLACES[pid]["aliases"], "claims": CLAIMS, "label": p["label"],
                 "source": p["source"], "license": p["license"]}
        features.append({"type": "Feature", "id": pid, "geometry": f["geometry"], "properties": props})
    with open("places.geojson", "w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection",\n "attribution": ' + json.dumps(src["attribution"]) + ',\n')
        fh.write(' "not_mentions": ' + json.dumps(NOT_MENTIONS, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "namesakes": ' + json.dumps(NAMESAKES, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "generic_mentions": ' + json.dumps(GENERIC, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "features": [\n')
        fh.write(",\n".join("  " + json.dumps(f, ensure_ascii=False) for f in features))
        fh.write("\n ]\n}\n")


if __name__ == "__main__":
    main()
