#!/usr/bin/env python3
"""Builds places.geojson of the Dokdo pack from the staged dokdo.geojson
(Natural Earth 1:10m disputed area B39, public domain: one polygon for the
whole group, about 0.4 km west of Seodo) plus the names, aliases, claims and
look-alike phrases written below. Run from this folder:

    python3 build_places.py ../../../../shared/data/disputes/dokdo.geojson

The two main islets are points on the `dokdo` island (`island: "dokdo"`); their
positions are the NGII (Korea) values quoted in SOURCES.md.
"""
import json
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/data/disputes/dokdo.geojson"

CLAIMS = [
    {"claimant": "KR", "status": "administers", "since": "1954",
     "note": "Administered by South Korea as Dokdo-ri, Ulleung-eup, Ulleung County, North Gyeongsang Province; "
             "within the Rhee Line proclaimed 18 January 1952; a Korean police detachment has been stationed on "
             "the islets since 1954 (Korean volunteers from 1953). North Korea also asserts Korean sovereignty."},
    {"claimant": "JP", "status": "claims", "since": "1952-01",
     "note": "Claimed by Japan as Takeshima, Okinoshima Town, Oki District, Shimane Prefecture (incorporated by "
             "Cabinet decision of 28 January 1905 and Shimane Prefectural Notice No. 40 of 22 February 1905); "
             "Japan has protested Korean control since the Rhee Line of January 1952."},
]

DOKDO = dict(
    names={"en": "Dokdo", "en_alt": ["Takeshima", "Liancourt Rocks"],
           "en_usage": {"kr": "Dokdo", "jp": "Takeshima", "neutral": "Liancourt Rocks"},
           "ja": "竹島", "ko": "독도", "zh-Hans": "独岛", "zh-Hant": "獨島",
           "ru": "Лианкур", "uk": "скелі Ліанкур", "es": "rocas de Liancourt"},
    aliases={
        "en": ["Dokdo", "Dok-do", "Dokdo Island", "Dokdo Islands", "Dokdo islets", "Dokdo rocks", "Dokdos",
               "Tokdo", "Tok-do", "Tokto", "Tokdo Island", "Tokdo islets", "Dokdo-ri",
               "Takeshima", "Takeshima Island", "Takeshima Islands", "Takeshima islets", "Take-shima",
               "Liancourt Rocks", "Liancourt rocks", "Liancourt Islands", "Liancourt islets", "Liancourt Rock",
               "Dokdo/Takeshima", "Takeshima/Dokdo",
               # Seokdo of the 1900 Imperial Ordinance No. 41 (see the Korean 석도): weak.
               "?Seokdo"],
        "ko": ["독도", "獨島", "독도리", "독섬", "다케시마", "리앙쿠르 암초", "리앙쿠르 록스", "리앙쿠르암",
               # Seokdo (石島) of the 1900 Imperial Ordinance No. 41, which Korea reads as Dokdo:
               # weak, as Shidao (石島) in Shandong reads 석도 in Korean too.
               "?석도"],
        "ja": ["竹島", "独島", "トクト", "ドクト", "リアンクール岩礁", "リアンクール島", "リャンコ島"],
        "zh": ["独岛", "獨島", "竹岛", "竹島", "利扬库尔岩", "利揚庫爾岩", "利扬库尔礁", "利揚庫爾礁"],
        "ru": ["=Лианкур", "скалы Лианкур", "острова Лианкур", "=Токто", "острова Токто", "=Докдо",
               "острова Докдо", "=Такэсима", "=Такесима", "острова Такэсима", "острова Такесима",
               # The Japanese name declines as a feminine noun in -а: «на Такэсиму».
               "=Такэсимы", "=Такэсиме", "=Такэсиму", "=Такэсимой", "=Такесимы", "=Такесиме", "=Такесиму",
               "=Такесимой"],
        "uk": ["скелі Ліанкур", "острови Ліанкур", "=Токто", "острови Токто", "=Докдо", "острови Докдо",
               "=Такесіма", "острови Такесіма", "=Такесіми", "=Такесімі", "=Такесіму", "=Такесімою"],
        "es": ["rocas de Liancourt", "rocas Liancourt", "islotes de Liancourt", "islotes Dokdo", "islas Dokdo",
               "islas Takeshima", "islotes Takeshima"],
    },
)

ISLETS = {
    "dongdo": dict(
        names={"en": "Dongdo (East Islet)", "en_alt": ["East Islet", "Mejima", "Higashijima"],
               "en_usage": {"kr": "Dongdo", "jp": "Mejima (Higashijima)", "neutral": "East Islet"},
               "ja": "女島（東島）", "zh-Hans": "东岛", "zh-Hant": "東島", "ko": "동도"},
        # 동도 / 東島 / East Islet alone are common names elsewhere (Geomundo has a 동도 and a 서도,
        # Nagasaki's Danjo Islands an 男島 and a 女島): forms tied to Dokdo are aliases, the bare
        # names weak ones (`?`: they count only in an article that names Dokdo otherwise). 女島（東島）
        # is two names, each a mention, as the annotators of rounds 13, 19 and 23 count it. Korean
        # "독도 동도" and "독도의 동도" are two mentions too (독도, and 동도 confirmed by it), as the
        # annotators of rounds 15 and 20 count them.
        aliases={"en": ["Dongdo", "Dong-do", "Dongdo Islet", "Dongdo Island", "East Islet of Dokdo",
                        "East Islet of Takeshima", "Dokdo's East Islet", "Dokdo's eastern islet",
                        "?East Islet"],
                 "ko": ["동도 선착장", "?동도"],
                 "ja": ["竹島の女島", "竹島の東島", "?女島"],
                 "zh": ["独岛东岛", "獨島東島", "竹岛东岛", "竹島東島", "?东岛", "?東島"]}),
    "seodo": dict(
        names={"en": "Seodo (West Islet)", "en_alt": ["West Islet", "Ojima", "Nishijima"],
               "en_usage": {"kr": "Seodo", "jp": "Ojima (Nishijima)", "neutral": "West Islet"},
               "ja": "男島（西島）", "zh-Hans": "西岛", "zh-Hant": "西島", "ko": "서도"},
        aliases={"en": ["Seodo", "Seo-do", "Seodo Islet", "Seodo Island", "West Islet of Dokdo",
                        "West Islet of Takeshima", "Dokdo's West Islet", "Dokdo's western islet",
                        "?West Islet"],
                 "ko": ["서도 주민숙소", "?서도"],
                 "ja": ["竹島の男島", "竹島の西島", "?男島"],
                 "zh": ["独岛西岛", "獨島西島", "竹岛西岛", "竹島西島", "?西岛", "?西島"]}),
}
ISLET_POSITIONS = {  # NGII (National Geographic Information Institute, Korea), highest points
    "dongdo": [131.86956, 37.24078],  # 37°14′26.8″N 131°52′10.4″E
    "seodo": [131.86517, 37.24183],   # 37°14′30.6″N 131°51′54.6″E
}

# Phrases that contain an alias but are not the islets (checked in real text: see SOURCES.md).
NOT_MENTIONS = {
    "en": ["ROKS Dokdo", "Dokdo-class", "Dokdo class", "Dokdo amphibious assault ship", "Dokdo assault ship",
           "Dokdo landing ship", "Dokdo ship", "Dokdo shrimp", "Dokdo Museum",
           "Takeshima Aquarium", "Hiroshi Takeshima", "Takeshima Hiroshi", "Gamagori Takeshima",
           "Takeshima Island in Aichi", "Takeshima, Aichi", "Takeshima, Kagoshima",
           # Until the 1880s Japanese texts called Ulleungdo "Takeshima" (and Dokdo "Matsushima").
           "Takeshima Affair", "Takeshima Ikken", "Takeshima (Ulleungdo)", "Takeshima (Ulleung Island)"],
    "ko": ["석도항", "석도 항", "석도진", "석도-평택", "석도~평택", "평택-석도", "평택~석도", "독도함", "독도급", "독도 대형수송함", "독도새우", "독도 새우", "독도박물관", "독도법", "독도 법",
           "다케시마 히로시"],
    "ja": ["竹島水族館", "竹島橋", "竹島園地", "竹島町", "蒲郡竹島", "蒲郡の竹島", "蒲郡市の竹島",
           "三島村竹島", "三島村の竹島", "鹿児島県の竹島", "竹島港", "竹島宏", "竹島ファンタジー館",
           "竹島さん", "竹島氏", "竹島選手", "竹島監督", "竹島容疑者", "竹島被告", "竹島君", "竹島様",
           "竹島先生", "竹島社長", "竹島議員", "竹島アナ", "独島艦", "ドクト艦",
           # 竹島 = Ulleungdo in Edo-period usage (the 1696 ban on passage, the Takeshima Affair).
           "竹島一件", "竹島渡海禁止令", "竹島渡海禁止", "竹島（鬱陵島）", "竹島(鬱陵島)", "竹島（現在の鬱陵島）",
           "竹島（現・鬱陵島）", "竹島（現鬱陵島）"],
    "zh": ["独岛舰", "獨島艦", "独岛级", "獨島級", "独岛号", "獨島號", "独岛虾", "獨島蝦",
           "威海竹岛", "竹岛街道", "竹岛港", "竹岛水族馆", "竹島水族館",
           "孤独岛", "孤獨島", "单独岛", "單獨島"],
}

# Other places called Takeshima/竹島 (Gamagori's islet in Aichi with its aquarium and bridge, the
# island of Mishima village in Kagoshima, Weihai's 竹岛 district): not mentions, and in an article
# that names one, the bare alias means that namesake too (a walk to Gamagori's 竹島 and on to
# Mishima's), unless the article names Dokdo by another of its names. The Edo-period 竹島 (= Ulleungdo)
# and the surnames stay plain not-mentions: an explainer of the dispute names 竹島一件 and then
# today's 竹島 in the same breath.
NAMESAKES = {
    "en": ["Takeshima Aquarium", "Gamagori Takeshima", "Takeshima Island in Aichi", "Takeshima, Aichi",
           "Takeshima, Kagoshima"],
    "ja": ["竹島水族館", "竹島橋", "竹島園地", "竹島町", "竹島海岸", "竹島ファンタジー館", "蒲郡竹島", "蒲郡の竹島",
           "蒲郡・竹島", "蒲郡市の竹島", "三島村竹島", "三島村の竹島", "三島村・竹島", "鹿児島県の竹島", "竹島港"],
    "zh": ["威海竹岛", "竹岛街道", "竹岛港", "竹岛水族馆", "竹島水族館"],
}
NOT_MENTIONS = {language: [p for p in phrases if p not in NAMESAKES.get(language, [])]
                for language, phrases in NOT_MENTIONS.items()}

GENERIC_MENTIONS = {
    "place": "dokdo",
    "en": ["disputed islets", "disputed islands", "contested islets", "contested islands", "disputed rocks",
           "disputed outcrops", "disputed East Sea islets", "disputed Sea of Japan islets"],
    "ja": ["係争中の島", "係争地の島"],
    "zh": ["争议岛屿", "爭議島嶼", "争议岛礁", "爭議島礁"],
    "ko": ["분쟁 도서", "분쟁 섬", "영유권 분쟁 섬"],
    "ru": ["спорные острова", "спорные скалы"],
    "uk": ["спірні острови"],
    "es": ["islotes en disputa", "islas en disputa", "islotes disputados"],
}


def r5(x):
    return round(x + 0.0, 5)


def main():
    src = json.load(open(SRC, encoding="utf-8"))
    by_id = {f["id"]: f for f in src["features"]}
    d = by_id["dokdo"]
    p = d["properties"]
    features = [{"type": "Feature", "id": "dokdo", "geometry": d["geometry"], "properties": {
        "kind": "island", "role": "disputed", "names": DOKDO["names"], "aliases": DOKDO["aliases"],
        "claims": CLAIMS, "label": p["label"],
        "source": (f"{p['source']}, {p['source_layer']}: one polygon for the whole group (NE 1:10m), about "
                   "0.4 km west of Seodo; kept as published."),
        "license": p["license"]}}]
    for pid, d in ISLETS.items():
        s = by_id[pid]["properties"]
        pos = ISLET_POSITIONS[pid]
        assert [r5(c) for c in s["position"]] == pos, (pid, s["position"])
        features.append({"type": "Feature", "id": pid, "geometry": {"type": "Point", "coordinates": pos},
                         "properties": {
            "kind": "place", "role": "disputed", "island": "dokdo", "names": d["names"], "aliases": d["aliases"],
            "claims": CLAIMS, "label": pos,
            "source": ("Highest point as published by NGII (National Geographic Information Institute, Korea), "
                       "dokdo.ngii.go.kr; same value as the staged dokdo.geojson."),
            "license": "Facts (coordinates); no licence needed"}})
    out = {"type": "FeatureCollection", "attribution": src["attribution"], "not_mentions": NOT_MENTIONS,
           "namesakes": NAMESAKES, "generic_mentions": GENERIC_MENTIONS, "features": features}
    with open("places.geojson", "w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection",\n "attribution": ' + json.dumps(out["attribution"]) + ',\n')
        fh.write(' "not_mentions": ' + json.dumps(NOT_MENTIONS, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "namesakes": ' + json.dumps(NAMESAKES, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "generic_mentions": ' + json.dumps(GENERIC_MENTIONS, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "features": [\n')
        fh.write(",\n".join("  " + json.dumps(f, ensure_ascii=False) for f in features))
        fh.write("\n ]\n}\n")


if __name__ == "__main__":
    main()
