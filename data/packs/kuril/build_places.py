#!/usr/bin/env python3
"""Builds places.geojson of the Kuril pack: island polygons from Natural Earth
(kuril-islands.geojson, public domain) plus the names, aliases, claims, groups,
points and not-mention phrases written below. Run from this folder:

    python3 build_places.py ../../../../shared/data/kuril-islands.geojson

The output is the pack's data; edit this script (or the output) to add aliases.
"""
import json
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/data/kuril-islands.geojson"

RU_JP_CLAIMS = [
    {"claimant": "RU", "status": "administers", "since": "1945-09",
     "note": "Occupied by Soviet forces in August–September 1945; administered by Russia as part of Sakhalin Oblast."},
    {"claimant": "JP", "status": "claims", "since": "1945-09",
     "note": "Claimed by Japan as part of Nemuro Subprefecture, Hokkaido (the Northern Territories)."},
]

ISLANDS = {
    "kunashir": dict(
        names={"en": "Kunashir", "en_alt": ["Kunashiri"], "ja": "国後島", "ru": "Кунашир"},
        aliases={"en": ["Kunashir", "Kunashiri", "Kunasiri", "Kunashir Island", "Kunashiri Island",
                        "Kunashir island", "Kunashiri-to"],
                 "ru": ["Кунашир", "остров Кунашир"],
                 "ja": ["国後島", "国後", "クナシリ島", "クナシリ", "クナシル島", "クナシル"]},
        claims=RU_JP_CLAIMS),
    "iturup": dict(
        names={"en": "Iturup", "en_alt": ["Etorofu"], "ja": "択捉島", "ru": "Итуруп"},
        aliases={"en": ["Iturup", "Etorofu", "Iturup Island", "Etorofu Island", "Etorofu-to", "Yeterofu"],
                 "ru": ["Итуруп", "остров Итуруп"],
                 "ja": ["択捉島", "択捉", "エトロフ島", "エトロフ", "イトゥルップ島", "イトゥルップ"]},
        claims=RU_JP_CLAIMS),
    "shikotan": dict(
        names={"en": "Shikotan", "en_alt": [], "ja": "色丹島", "ru": "Шикотан"},
        aliases={"en": ["Shikotan", "Shikotan Island", "Shikotan-to"],
                 "ru": ["Шикотан", "остров Шикотан"],
                 "ja": ["色丹島", "色丹", "シコタン島", "シコタン"]},
        claims=RU_JP_CLAIMS),
    "habomai": dict(
        names={"en": "Habomai", "en_alt": ["Khabomai"], "ja": "歯舞群島", "ru": "Хабомаи"},
        aliases={"en": ["Habomai", "Habomai Islands", "Habomai islets", "Habomai Islets", "Habomai group",
                        "Habomai Group", "Habomai archipelago", "Habomai Archipelago", "Habomai rocks",
                        "Habomais", "Khabomai", "Khabomai Islands", "Habomai Islands group"],
                 "ru": ["=Хабомаи", "острова Хабомаи", "группа островов Хабомаи", "гряда Хабомаи", "=Хабомай"],
                 "ja": ["歯舞群島", "歯舞諸島", "歯舞", "ハボマイ群島", "ハボマイ"]},
        claims=RU_JP_CLAIMS),
    "urup": dict(
        names={"en": "Urup", "en_alt": ["Uruppu"], "ja": "得撫島", "ru": "Уруп"},
        aliases={"en": ["Urup", "Uruppu", "Urup Island"], "ru": ["Уруп", "остров Уруп"],
                 "ja": ["得撫島", "得撫", "ウルップ島", "ウルップ"]},
        claims=[{"claimant": "RU", "status": "administers", "since": "1945-08",
                 "note": "North of the disputed islands; Japan renounced the Kuril Islands in 1951 and does not claim Urup."}]),
    "hokkaido": dict(
        names={"en": "Hokkaido", "en_alt": [], "ja": "北海道", "ru": "Хоккайдо"},
        aliases={"en": ["Hokkaido", "Hokkaidō", "Hokkaido Island"], "ru": ["=Хоккайдо", "остров Хоккайдо"],
                 "ja": ["北海道"]},
        claims=[{"claimant": "JP", "status": "administers", "since": "1869",
                 "note": "Japanese prefecture; the map shows only its eastern part (Nemuro Peninsula, Notsuke, Shiretoko)."}]),
}
SRC_ID = {"hokkaido": "hokkaido-east"}

GROUPS = {
    "kuril-islands": dict(
        names={"en": "Kuril Islands", "en_alt": ["Kurile Islands", "Chishima Islands"], "ja": "千島列島",
               "ru": "Курильские острова"},
        covers=["kunashir", "iturup", "shikotan", "habomai", "urup", "shumshu", "paramushir"],
        label=[148.9, 45.75],
        aliases={"en": ["Kuril Islands", "Kurile Islands", "Kuril islands", "Kurile islands", "Kurils", "Kuriles",
                        "Kurilles", "Kuril chain", "Kuril Chain", "Kuril archipelago", "Kuril Archipelago",
                        "Kurile archipelago", "Kuril island chain", "Kuril", "Kurile", "Chishima Islands",
                        "Chishima", "Kuril Islands chain"],
                 "ru": ["Курильские острова", "Курилы", "Курильская гряда", "Курильский архипелаг",
                        "Курильский"],
                 "ja": ["千島列島", "千島", "クリル列島", "クリル諸島", "クリール諸島", "千島諸島"]}),
    "southern-kurils": dict(
        names={"en": "Northern Territories / Southern Kurils", "en_alt": ["Northern Territories", "Southern Kurils"],
               "ja": "北方領土", "ru": "Южные Курилы"},
        covers=["kunashir", "iturup", "shikotan", "habomai"],
        label=[146.7, 44.35],
        aliases={"en": ["Northern Territories", "Southern Kurils", "South Kurils", "Southern Kuriles", "South Kuriles",
                        "southern Kuril Islands", "South Kuril Islands", "southern Kurile Islands",
                        "South Kurile Islands", "southern Kurils", "four islands", "four disputed islands",
                        "four northern islands", "four Russian-held islands",
                        "Northern Territory islands", "disputed Kuril Islands", "disputed Kurils",
                        "four southernmost Kuril Islands", "southernmost Kuril Islands",
                        "four southernmost islands", "four southern islands",
                        "four Russian-controlled islands", "Hoppo Ryodo", "Hoppō Ryōdo", "Hoppo Ryoudo",
                        # Group descriptions with "four" (those without it are GENERIC_MENTIONS).
                        "four contested islands"],
                 "ru": ["Южные Курилы", "Южные Курильские острова", "южная часть Курильских островов",
                        "южнокурильские острова", "Северные территории", "четыре острова",
                        "четыре южных острова", "четыре южных Курильских острова", "Южнокурильский",
                        "четыре спорных острова", "четыре северных острова",
                        "спорные Курилы", "спорные Курильские острова"],
                 "ja": ["北方領土", "北方四島", "四島", "南千島", "南クリル", "南クリル諸島", "南クリール諸島", "南クリール", "北方4島", "北方４島",
                        "4島", "４島"]}),
    "lesser-kurils": dict(
        names={"en": "Lesser Kuril Chain", "en_alt": ["Lesser Kurils"], "ja": "小千島列島",
               "ru": "Малая Курильская гряда"},
        covers=["shikotan", "habomai"],
        label=[146.45, 43.62],
        aliases={"en": ["Lesser Kuril Chain", "Lesser Kuril Ridge", "Lesser Kuril chain", "Lesser Kuril ridge",
                        "Lesser Kurils", "Lesser Kuriles", "Lesser Kuril Islands", "Small Kuril Chain",
                        "Small Kuril Ridge", "Little Kuril Chain", "Lesser Kurile Chain"],
                 "ru": ["Малая Курильская гряда", "Малые Курилы", "Малые Курильские острова"],
                 "ja": ["小千島列島", "小千島"]}),
    "greater-kurils": dict(
        names={"en": "Greater Kuril Chain", "en_alt": [], "ja": "大千島列島", "ru": "Большая Курильская гряда"},
        covers=["kunashir", "iturup", "urup", "shumshu", "paramushir"],
        label=[149.5, 46.3],
        aliases={"en": ["Greater Kuril Chain", "Greater Kuril Ridge", "Great Kuril Chain", "Great Kuril Ridge",
                        "Greater Kurils"],
                 "ru": ["Большая Курильская гряда"],
                 "ja": ["大千島列島"]}),
}

# Points: sub-places roll up to the island polygon that contains them (or the
# nearest within a few km, since 1:10m coastlines are coarse); "island" may be
# given where the island has no polygon in the pack.
POINTS = {
    "yuzhno-kurilsk": dict(kind="place", coord=[145.862, 44.028],
        names={"en": "Yuzhno-Kurilsk", "en_alt": ["Furukamappu"], "ja": "古釜布", "ru": "Южно-Курильск"},
        aliases={"en": ["Yuzhno-Kurilsk", "Yuzhno Kurilsk", "Yuzhnokurilsk", "Furukamappu"],
                 "ru": ["Южно-Курильск"], "ja": ["ユジノクリリスク", "古釜布"]}),
    "mendeleyevo": dict(kind="place", coord=[145.683, 43.958],
        names={"en": "Mendeleyevo", "en_alt": [], "ja": "メンデレーエフ空港", "ru": "Менделеево"},
        aliases={"en": ["Mendeleyevo", "Mendeleevo", "Mendeleyevo Airport"], "ru": ["=Менделеево"],
                 "ja": ["メンデレーエフ空港", "メンデレーエボ"]}),
    "golovnino": dict(kind="place", coord=[145.52, 43.74],
        names={"en": "Golovnino", "en_alt": ["Tomari"], "ja": "ゴロブニノ", "ru": "Головнино"},
        aliases={"en": ["Golovnino"], "ru": ["=Головнино"], "ja": ["ゴロブニノ"]}),
    "mount-tyatya": dict(kind="place", coord=[146.252, 44.353],
        names={"en": "Mount Tyatya", "en_alt": ["Chachadake"], "ja": "爺爺岳", "ru": "вулкан Тятя"},
        aliases={"en": ["Mount Tyatya", "Tyatya volcano", "Tyatya Volcano", "Tyatya", "Chachadake", "Mt. Tyatya",
                        "Mt Tyatya"],
                 "ru": ["вулкан Тятя", "Тятя"], "ja": ["爺爺岳", "チャチャ岳"]}),
    "kurilsk": dict(kind="place", coord=[147.875, 45.227],
        names={"en": "Kurilsk", "en_alt": ["Shana"], "ja": "紗那", "ru": "Курильск"},
        aliases={"en": ["Kurilsk"], "ru": ["Курильск"], "ja": ["クリリスク", "紗那"]}),
    "burevestnik": dict(kind="place", coord=[147.62, 44.92],
        names={"en": "Burevestnik air base", "en_alt": ["Tennei"], "ja": "天寧", "ru": "аэродром Буревестник"},
        aliases={"en": ["Burevestnik air base", "Burevestnik airbase", "Burevestnik airfield",
                        "Burevestnik military airfield"],
                 # The airfield's name stands in guillemets (аэродром «Буревестник»): with its
                 # noun it is the place, though a quoted word alone is not (a ship, a hotel).
                 "ru": ["аэродром Буревестник", "авиабаза Буревестник", "посёлок Буревестник",
                        "аэродром «Буревестник»", "авиабаза «Буревестник»"],
                 "ja": ["天寧"]}),
    "reidovo": dict(kind="place", coord=[148.03, 45.28],
        names={"en": "Reidovo", "en_alt": [], "ja": "レイドボ", "ru": "Рейдово"},
        aliases={"en": ["Reidovo", "Reydovo"], "ru": ["=Рейдово"], "ja": ["レイドボ"]}),
    "malokurilskoye": dict(kind="place", coord=[146.823, 43.868],
        names={"en": "Malokurilskoye", "en_alt": ["Shakotan"], "ja": "斜古丹", "ru": "Малокурильское"},
        aliases={"en": ["Malokurilskoye", "Malokurilskoe", "Malokurilsk"], "ru": ["Малокурильское"],
                 "ja": ["マロクリリスコエ", "斜古丹"]}),
    "krabozavodskoye": dict(kind="place", coord=[146.74, 43.825],
        names={"en": "Krabozavodskoye", "en_alt": ["Anama"], "ja": "穴澗", "ru": "Крабозаводское"},
        aliases={"en": ["Krabozavodskoye", "Krabozavodskoe"], "ru": ["Крабозаводское"],
                 "ja": ["クラボザボツコエ", "穴澗"]}),
    "zelyony": dict(kind="place", coord=[146.15137, 43.50668],
        names={"en": "Zelyony Island", "en_alt": ["Shibotsu"], "ja": "志発島", "ru": "остров Зелёный"},
        aliases={"en": ["Zelyony Island", "Zeleny Island", "Zelyony", "Shibotsu", "Shibotsu Island"],
                 "ru": ["остров Зелёный", "остров Зеленый", "=Сибоцу", "остров Сибоцу"], "ja": ["志発島"]}),
    "polonsky": dict(kind="place", coord=[146.3235, 43.63276],
        names={"en": "Polonsky Island", "en_alt": ["Taraku"], "ja": "多楽島", "ru": "остров Полонского"},
        aliases={"en": ["Polonsky Island", "Polonskogo Island", "Taraku Island", "Taraku"],
                 "ru": ["=остров Полонского", "=острове Полонского", "=острова Полонского"], "ja": ["多楽島"]}),
    "tanfilyeva": dict(kind="place", coord=[145.91427, 43.43863],
        names={"en": "Tanfilyeva Island", "en_alt": ["Suisho"], "ja": "水晶島", "ru": "остров Танфильева"},
        aliases={"en": ["Tanfilyeva Island", "Tanfiliev Island", "Suisho Island", "Suisho"],
                 "ru": ["=остров Танфильева", "=острове Танфильева", "=острова Танфильева"], "ja": ["水晶島"]}),
    "yuri": dict(kind="place", coord=[146.06283, 43.42402],
        names={"en": "Yuri Island", "en_alt": ["Yuri"], "ja": "勇留島", "ru": "остров Юрий"},
        aliases={"en": ["Yuri Island"], "ru": ["=остров Юрий", "=острове Юрий", "=острова Юрий"], "ja": ["勇留島"]}),
    "signalny": dict(kind="place", coord=[145.87, 43.40], island="habomai",
        names={"en": "Signalny Island", "en_alt": ["Kaigara"], "ja": "貝殻島", "ru": "остров Сигнальный"},
        aliases={"en": ["Signalny Island", "Signalny", "Kaigara Island", "Kaigarajima", "Kaigara"],
                 # Bare "Сигнальный" is also the adjective "signal" (сигнальный огонь): weak, and with
                 # its capital only (so a sentence that starts with the adjective still counts it).
                 "ru": ["остров Сигнальный", "?Сигнальный", "=Кайгара", "остров Кайгара"], "ja": ["貝殻島"]}),
    "anuchina": dict(kind="place", coord=[146.0, 43.35], island="habomai",
        names={"en": "Anuchina Island", "en_alt": ["Akiyuri"], "ja": "秋勇留島", "ru": "остров Анучина"},
        aliases={"en": ["Anuchina Island", "Akiyuri Island", "Akiyuri"], "ru": ["=остров Анучина", "=острове Анучина", "=острова Анучина"],
                 "ja": ["秋勇留島"]}),
    "demina": dict(kind="place", coord=[146.17, 43.42], island="habomai",
        names={"en": "Demina Islands", "en_alt": ["Harukari"], "ja": "春苅島", "ru": "острова Дёмина"},
        aliases={"en": ["Demina Islands", "Demina Island", "Harukari Island", "Harukari"],
                 "ru": ["=острова Дёмина", "=островах Дёмина", "=острова Демина"], "ja": ["春苅島"]}),
    "nosappu": dict(kind="place", coord=[145.817, 43.385], role="context",
        names={"en": "Cape Nosappu", "en_alt": [], "ja": "納沙布岬", "ru": "мыс Носаппу"},
        aliases={"en": ["Cape Nosappu", "Nosappu Cape", "Nosappu"], "ru": ["=мыс Носаппу", "=мысе Носаппу", "=Носаппу"],
                 "ja": ["納沙布岬", "納沙布"]}),
    "nemuro": dict(kind="place", coord=[145.585, 43.33], role="context",
        names={"en": "Nemuro", "en_alt": [], "ja": "根室", "ru": "Немуро"},
        aliases={"en": ["Nemuro", "Nemuro City", "Nemuro Peninsula", "Nemuro Subprefecture"],
                 "ru": ["=Немуро"], "ja": ["根室市", "根室", "根室半島", "根室管内", "根室振興局"]}),
    "sakhalin": dict(kind="place", coord=[142.8, 50.0], role="context",
        names={"en": "Sakhalin", "en_alt": ["Karafuto"], "ja": "サハリン", "ru": "Сахалин"},
        aliases={"en": ["Sakhalin", "Sakhalin Island", "Sakhalin Oblast", "Sakhalin Region", "Sakhalin region",
                        "Karafuto", "South Sakhalin", "southern Sakhalin"],
                 "ru": ["Сахалин", "Сахалинская область", "остров Сахалин", "Южный Сахалин",
                        "Южно-Сахалинская область"],
                 "ja": ["サハリン", "樺太", "サハリン州", "南樺太"]}),
    "yuzhno-sakhalinsk": dict(kind="place", coord=[142.74, 46.96], role="context",
        names={"en": "Yuzhno-Sakhalinsk", "en_alt": ["Toyohara"], "ja": "ユジノサハリンスク", "ru": "Южно-Сахалинск"},
        aliases={"en": ["Yuzhno-Sakhalinsk", "Yuzhno Sakhalinsk"], "ru": ["Южно-Сахалинск"],
                 "ja": ["ユジノサハリンスク"]}),
    "shumshu": dict(kind="island", coord=[156.4, 50.75], role="context",
        names={"en": "Shumshu", "en_alt": ["Shimushu"], "ja": "占守島", "ru": "Шумшу"},
        aliases={"en": ["Shumshu", "Shumshu Island", "Shimushu"], "ru": ["=Шумшу", "остров Шумшу"],
                 "ja": ["占守島", "シュムシュ島"]}),
    "paramushir": dict(kind="island", coord=[155.8, 50.35], role="context",
        names={"en": "Paramushir", "en_alt": ["Paramushiro"], "ja": "幌筵島", "ru": "Парамушир"},
        aliases={"en": ["Paramushir", "Paramushiro", "Paramushir Island"], "ru": ["Парамушир"],
                 "ja": ["幌筵島", "パラムシル島"]}),
    "severo-kurilsk": dict(kind="place", coord=[156.125, 50.678], island="paramushir", role="context",
        names={"en": "Severo-Kurilsk", "en_alt": [], "ja": "セベロクリリスク", "ru": "Северо-Курильск"},
        aliases={"en": ["Severo-Kurilsk", "Severo Kurilsk"], "ru": ["Северо-Курильск"], "ja": ["セベロクリリスク"]}),
}

# Phrases that look like mentions but are not (other places named after the Kurils).
# Phrases that name the dispute's islands without naming one (issue 12): the
# linker gives them to the pack an article names most, here the Southern Kurils.
GENERIC_MENTIONS = {
    "place": "southern-kurils",
    "en": ["disputed islands", "contested islands", "disputed island group", "contested island group", "disputed island chain", "contested island chain", "islands in dispute", "disputed territories", "contested territories", "islands both countries claim", "islands claimed by both countries", "islands claimed by both", "islands both nations claim"],
    "ru": ["спорные острова", "оспариваемые острова", "спорные территории"],
    "ja": ["係争中の島々", "係争地の島々"],
    "vi": ["các đảo tranh chấp", "quần đảo tranh chấp", "các hòn đảo tranh chấp"],
}

NOT_MENTIONS = {
    "en": ["Kuril Lake", "Kurile Lake", "Kuril Basin", "Kurile Basin", "Kuril-Kamchatka Trench",
           "Kuril–Kamchatka Trench", "Kurile-Kamchatka Trench", "Kuril Trench", "Kurile Trench",
           "Kuril-Kamchatka Arc", "South Kuril District", "South Kurilsky District", "Yuzhno-Kurilsky District",
           "Kurilsky District", "Kuril District", "North Kuril District", "Severo-Kurilsky District",
           # The urban (municipal, city) districts: "the South Kuril urban district".
           "South Kuril urban district", "South Kuril municipal district", "South Kuril city district",
           "Kuril urban district", "Kuril municipal district", "Kuril city district",
           "North Kuril urban district", "North Kuril municipal district",
           "Kurilsky urban district", "South Kurilsky urban district", "Yuzhno-Kurilsky urban district",
           "Severo-Kurilsky urban district",
           "Kuril Strait", "Kuril Straits", "Kuril Current", "Kuril Ainu", "Kuril Airlines",
           "Northern Territory", "Kunashir Strait", "Nemuro Strait"],
    # "Kuril tea" is a garden shrub (Dasiphora fruticosa).
    "ru": ["курильский чай", "Курильское озеро", "Курильская котловина", "Курило-Камчатский жёлоб", "Курило-Камчатский желоб",
           "Курило-Камчатская впадина", "Курильский желоб", "Курильский жёлоб", "Южно-Курильский район",
           "Курильский район", "Северо-Курильский район", "Курильский пролив", "Курильское течение",
           "Южно-Курильский пролив", "Курильские айны", "Курильский городской округ",
           "Южно-Курильский городской округ", "Северо-Курильский городской округ", "Кунаширский пролив",
           # The three districts of the Kurils named together ("Северо-Курильский, Курильский и
           # Южно-Курильский городские округа"): the lone "Курильский" is a district there.
           "Курильский и Южно-Курильский", "Курильский и Северо-Курильский",
           "Курильский, Южно-Курильский", "Курильский, Северо-Курильский",
           "Южно-Курильский и Курильский", "Северо-Курильский и Курильский",
           "Южно-Курильский и Северо-Курильский", "Северо-Курильский и Южно-Курильский",
           "Южно-Курильский, Курильский", "Северо-Курильский, Курильский",
           "Южнокурильский район", "Южнокурильский городской округ", "Южнокурильский пролив",
           # A fishing company on Iturup and Shikotan (завод «Курильский рыбак»), named in
           # quotes; "курильских рыбаков" unquoted are the islands' fishermen.
           "«Курильский рыбак»", "\"Курильский рыбак\"", "„Курильский рыбак“"],
    "ja": ["千島海溝", "千島・カムチャツカ海溝", "千島カムチャツカ海溝", "クリル湖", "千島海盆", "千島アイヌ",
           "南クリル地区", "クリル地区"],
    # 四岛 alone is the four islands only beside another Kuril name ("归还四岛"); Japan's four main islands are not.
    "zh": ["日本四岛", "日本四島", "本土四岛", "本土四島", "主要四岛", "主要四島"],
}

# The places' names in the app's other languages: Korean and Chinese news (and
# Spanish and Ukrainian) about the Kurils use the Russian names transliterated,
# the Japanese ones read in their script, or both. Written from general
# knowledge of that usage; merged into each place's aliases below. Chinese lists
# name the islands by two characters ("归还齿舞、色丹、国后、择捉四岛"): 齿舞 and 择捉
# are no Chinese word, 色丹 is the Japanese alias already, and 国后 is written with
# `^`, not after another Han character (it is also "after returning home" in 回国后).
# Ukrainian «Курили» is weak (also "they smoked").
MORE_ALIASES = {
    "hokkaido": {"ko": ["홋카이도"], "uk": ["=Хоккайдо"]},
    "kunashir": {
        "ko": ["쿠나시르", "쿠나시르섬", "쿠나시르 섬", "구나시리", "구나시리섬", "구나시리 섬", "쿠나시리"],
        "zh": ["国后岛", "國後島", "國后島", "库纳施尔岛", "庫納施爾島", "库纳施尔", "庫納施爾", "^国后", "^國後"],
        "es": ["Kunashir", "Kunashiri", "isla Kunashir", "isla de Kunashir"],
        "uk": ["Кунашир", "острів Кунашир"]},
    "iturup": {
        "ko": ["이투루프", "이투루프섬", "이투루프 섬", "에토로후", "에토로후섬", "에토로후 섬"],
        "zh": ["择捉岛", "擇捉島", "伊图鲁普岛", "伊圖魯普島", "伊图鲁普", "伊圖魯普", "择捉", "擇捉"],
        "es": ["Iturup", "Etorofu", "isla Iturup", "isla de Iturup"],
        "uk": ["Ітуруп", "острів Ітуруп"]},
    "shikotan": {
        "ko": ["시코탄", "시코탄섬", "시코탄 섬"],
        "zh": ["色丹岛", "色丹島", "施科坦岛", "施科坦島"],
        "es": ["Shikotán", "Shikotan", "isla Shikotán", "isla de Shikotán"],
        "uk": ["Шикотан", "острів Шикотан"]},
    "habomai": {
        "ko": ["하보마이", "하보마이 군도", "하보마이군도", "하보마이 제도", "하보마이제도"],
        "zh": ["齿舞群岛", "齒舞群島", "哈博马伊群岛", "哈博馬伊群島", "齿舞", "齒舞"],
        "es": ["Habomai", "islas Habomai", "islotes Habomai"],
        "uk": ["=Хабомаї", "острови Хабомаї"]},
    "urup": {
        "ko": ["우루프섬", "우루프 섬"],
        "zh": ["得抚岛", "得撫島", "乌鲁普岛", "烏魯普島"],
        "es": ["isla Urup"],
        "uk": ["острів Уруп"]},
    "kuril-islands": {
        "ko": ["쿠릴열도", "쿠릴 열도", "쿠릴제도", "쿠릴 제도", "쿠릴 군도", "지시마 열도"],
        "zh": ["千岛群岛", "千島群島", "库里尔群岛", "庫里爾群島"],
        "es": ["islas Kuriles", "Kuriles", "islas Kuril", "archipiélago de las Kuriles"],
        "uk": ["Курильські острови", "?Курили", "Курильська гряда", "Курильський архіпелаг"]},
    "southern-kurils": {
        "ko": ["북방영토", "북방 영토", "남쿠릴열도", "남쿠릴 열도", "남쿠릴", "남부 쿠릴열도", "남부 쿠릴 열도",
               "북방 4개 섬", "북방 4개섬", "북방 4도", "북방4도", "?4개 섬", "?4개섬"],
        "zh": ["北方四岛", "北方四島", "北方领土", "北方領土", "南千岛群岛", "南千島群島", "南千岛", "南千島",
               "南库里尔群岛", "南庫里爾群島", "?四岛"],
        "es": ["Kuriles del Sur", "islas Kuriles del Sur", "?cuatro islas", "?cuatro islas en disputa", "Kuriles meridionales", "Territorios del Norte",
               "Territorios del Norte de Japón"],
        "uk": ["Південні Курили", "Південні Курильські острови", "Північні території"],
        "vi": ["Nam Kuril", "quần đảo Nam Kuril", "Kuril phía Nam", "Lãnh thổ phương Bắc"]},
    "lesser-kurils": {
        "ko": ["소쿠릴열도", "소쿠릴 열도"],
        "zh": ["小千岛群岛", "小千島群島"],
        "es": ["Kuriles Menores"],
        "uk": ["Мала Курильська гряда"]},
    "yuzhno-kurilsk": {
        "ko": ["유즈노쿠릴스크"],
        "zh": ["南库里尔斯克", "南庫里爾斯克"],
        "es": ["Yuzhno-Kurilsk"],
        "uk": ["Южно-Курильськ"]},
    "kurilsk": {
        "ko": ["쿠릴스크"],
        "es": ["Kurilsk"],
        "uk": ["Курильськ"]},
    # The places around the dispute that news names beside it: the cape and the
    # city the islands are seen from, Sakhalin and its capital.
    "nosappu": {
        "ko": ["노사푸곶", "노사푸 곶", "노삿푸곶"],
        "zh": ["纳沙布岬"],
        "uk": ["=мис Носаппу", "=Носаппу"]},
    "nemuro": {
        "ko": ["네무로", "네무로시", "네무로 반도"],
        "uk": ["=Немуро"]},
    "sakhalin": {
        "ko": ["사할린", "사할린섬", "사할린주"],
        "es": ["Sajalín", "Sajalin", "isla de Sajalín"],
        "zh": ["萨哈林", "薩哈林", "萨哈林州", "薩哈林州", "库页岛", "庫頁島"],
        "uk": ["Сахалін", "острів Сахалін", "Сахалінська область"]},
    "yuzhno-sakhalinsk": {
        "ko": ["유즈노사할린스크"],
        "es": ["Yuzhno-Sajalinsk"],
        "zh": ["南萨哈林斯克", "南薩哈林斯克"],
        "uk": ["Южно-Сахалінськ"]},
}


def with_more_aliases(pid, aliases):
    """`aliases` of `pid` with its names in the other languages (MORE_ALIASES)."""
    merged = {language: list(names) for language, names in aliases.items()}
    for language, names in MORE_ALIASES.get(pid, {}).items():
        merged.setdefault(language, [])
        merged[language] += [n for n in names if n not in merged[language]]
    return merged


def main():
    src = json.load(open(SRC, encoding="utf-8"))
    by_id = {f["id"]: f for f in src["features"]}
    features = []
    for pid, d in ISLANDS.items():
        f = by_id[SRC_ID.get(pid, pid)]
        p = f["properties"]
        features.append({"type": "Feature", "id": pid, "geometry": f["geometry"], "properties": {
            "kind": "island", "role": p["role"], "names": d["names"],
            "aliases": with_more_aliases(pid, d["aliases"]),
            "claims": d["claims"], "label": p["label_point"],
            "source": p["source"], "license": p["license"]}})
    for pid, d in GROUPS.items():
        features.append({"type": "Feature", "id": pid, "geometry": None, "properties": {
            "kind": "group", "role": "disputed" if pid in ("southern-kurils", "lesser-kurils") else "context",
            "names": d["names"], "aliases": with_more_aliases(pid, d["aliases"]), "covers": d["covers"],
            "label": d["label"]}})
    for pid, d in POINTS.items():
        props = {"kind": d["kind"], "role": d.get("role", "disputed"), "names": d["names"],
                 "aliases": with_more_aliases(pid, d["aliases"]), "label": d["coord"]}
        if "island" in d:
            props["island"] = d["island"]
        features.append({"type": "Feature", "id": pid,
                         "geometry": {"type": "Point", "coordinates": d["coord"]}, "properties": props})
    out = {"type": "FeatureCollection", "attribution": src["attribution"], "not_mentions": NOT_MENTIONS,
           "features": features}
    with open("places.geojson", "w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection",\n "attribution": ' + json.dumps(out["attribution"]) + ',\n')
        fh.write(' "not_mentions": ' + json.dumps(NOT_MENTIONS, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "generic_mentions": ' + json.dumps(GENERIC_MENTIONS, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "features": [\n')
        fh.write(",\n".join("  " + json.dumps(f, ensure_ascii=False) for f in features))
        fh.write("\n ]\n}\n")

if __name__ == "__main__":
    main()
