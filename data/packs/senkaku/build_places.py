#!/usr/bin/env python3
"""Builds places.geojson of the Senkaku pack from the staged senkaku.geojson
(Natural Earth 1:10m disputed area B18, public domain) plus the names, aliases,
claims and look-alike phrases written below. Run from this folder:

    python3 build_places.py ../../../../shared/data/disputes/senkaku.geojson

Natural Earth draws the Uotsuri / Tobise / Kita-kojima / Minami-kojima /
Oki-no-Kitaiwa / Oki-no-Minamiiwa cluster about 5.5 km east-north-east of its
real place and Taisho-jima about 3 km south. Each island polygon is therefore
translated (shape unchanged) so that the centroid of its NE part(s) sits on the
island's real position; the label is that position. Positions are those of the
staged file except the two Oki rocks, whose staged positions had been taken
near the offset NE parts (see POSITION_FIX and SOURCES.md).
"""
import json
import math
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/data/disputes/senkaku.geojson"

# Real positions of the two rocks: PRC State Oceanic Administration list of
# coordinates (2012) as quoted by zh.wikipedia, agreeing to the minute with the
# GSI-based table of the Ocean Policy Research Foundation (OPRF): 沖の北岩
# 25°46'N 123°32'E, 沖の南岩 25°45'N 123°34'E. The staged values (123.595,
# 25.805 / 123.618, 25.79) lay near the offset NE parts, 5-6 km off.
POSITION_FIX = {
    "oki-no-kitaiwa": [123.54417, 25.78111],
    "oki-no-minamiiwa": [123.56639, 25.75528],
}

CLAIMS = [
    {"claimant": "JP", "status": "administers", "since": "1972-05-15",
     "note": "Incorporated by Japanese Cabinet decision of 14 January 1895; under US administration as part of the "
             "Ryukyu Islands 1945–1972; administered by Japan since the reversion of Okinawa on 15 May 1972, as part "
             "of Ishigaki, Okinawa Prefecture (district renamed Tonoshiro Senkaku on 1 October 2020)."},
    {"claimant": "CN", "status": "claims", "since": "1971-12-30",
     "note": "Claimed by the People's Republic of China (Ministry of Foreign Affairs statement of 30 December 1971) "
             "as Diaoyu Dao and its affiliated islands, appertaining to Taiwan."},
    {"claimant": "TW", "status": "claims", "since": "1971-06-11",
     "note": "Claimed by the Republic of China (Ministry of Foreign Affairs statement of 11 June 1971) as the "
             "Diaoyutai Islands, Daxi Village, Toucheng Township, Yilan County."},
]

GROUP = dict(
    names={"en": "Senkaku Islands", "en_alt": ["Diaoyu Islands", "Diaoyutai Islands", "Pinnacle Islands"],
           "en_usage": {"jp": "Senkaku Islands", "cn": "Diaoyu Islands", "tw": "Diaoyutai Islands"},
           "ja": "尖閣諸島", "zh-Hans": "钓鱼岛及其附属岛屿", "zh-Hant": "釣魚臺列嶼", "ko": "센카쿠 열도",
           "ru": "острова Сенкаку", "uk": "острови Сенкаку", "es": "islas Senkaku", "vi": "quần đảo Senkaku"},
    aliases={
        "en": ["Senkaku Islands", "Senkaku islets", "Senkakus", "Senkaku", "Senkaku chain",
               "Senkaku archipelago", "Senkaku-shoto", "Senkaku Shoto", "Senkaku Retto", "Senkaku-retto",
               "Diaoyu Islands", "Diaoyu islets", "Diaoyus", "Diaoyu", "Diaoyu Dao", "Diaoyudao",
               "Diaoyu Island", "Diaoyu Dao and its affiliated islands", "Diaoyu Islands and affiliated islands",
               "Diaoyutai Islands", "Diaoyutai islets", "Diaoyutais", "Diaoyutai", "Diaoyutai archipelago",
               "Tiaoyutai Islands", "Tiaoyutai islets", "Tiaoyutai", "Tiaoyu Islands", "Diaoyutai Lieyu",
               "Pinnacle Islands", "Tonoshiro Senkaku"],
        "ja": ["尖閣諸島", "尖閣列島", "尖閣群島", "尖閣", "センカク諸島", "登野城尖閣",
               "釣魚島", "釣魚群島", "釣魚台列嶼", "釣魚臺列嶼", "ピナクル諸島"],
        "zh": ["钓鱼岛及其附属岛屿", "钓鱼岛", "钓鱼群岛", "钓鱼列岛", "钓鱼岛列岛", "钓鱼台列屿", "钓鱼台群岛",
               "钓鱼诸岛", "尖阁诸岛", "尖阁列岛", "尖阁群岛",
               "釣魚島及其附屬島嶼", "釣魚島", "釣魚群島", "釣魚列島", "釣魚島列島", "釣魚臺列嶼", "釣魚台列嶼",
               "釣魚臺群島", "釣魚台群島", "釣魚臺", "釣魚台", "釣魚諸島", "尖閣諸島", "尖閣列島", "尖閣群島",
               "头城钓鱼台", "頭城釣魚台", "登野城尖阁", "登野城尖閣"],
        "ko": ["센카쿠 열도", "센카쿠 제도", "센카쿠", "댜오위다오", "댜오위댜오", "조어도", "첨각열도",
               "첨각 열도"],
        "ru": ["острова Сенкаку", "острова Сэнкаку", "=Сенкаку", "=Сэнкаку", "архипелаг Сенкаку",
               "острова Дяоюйдао", "=Дяоюйдао", "острова Дяоюй", "острова Дяоюйтай"],
        "uk": ["острови Сенкаку", "=Сенкаку", "архіпелаг Сенкаку", "острови Дяоюйдао", "=Дяоюйдао",
               "острови Дяоюй"],
        "es": ["islas Senkaku", "Senkaku", "archipiélago Senkaku", "archipiélago de las Senkaku",
               "islas Diaoyu", "Diaoyu", "islas Diaoyutai"],
        "vi": ["quần đảo Senkaku", "Senkaku", "quần đảo Điếu Ngư", "Điếu Ngư", "đảo Điếu Ngư",
               "Điếu Ngư Đài"],
    },
    covers=["uotsuri-jima", "kuba-jima", "taisho-jima", "kita-kojima", "minami-kojima",
            "oki-no-kitaiwa", "oki-no-minamiiwa", "tobise"],
)

ISLANDS = {
    "uotsuri-jima": dict(
        names={"en": "Uotsuri Island", "en_alt": ["Uotsuri-jima", "Diaoyu Dao", "Diaoyutai"],
               "en_usage": {"jp": "Uotsuri-jima", "cn": "Diaoyu Dao", "tw": "Diaoyutai"},
               "ja": "魚釣島", "zh-Hans": "钓鱼岛", "zh-Hant": "釣魚臺"},
        # 钓鱼岛 / 釣魚台 / Diaoyu Dao stand for the whole group in most text: they are the group's
        # aliases. The island gets the forms that can only mean it.
        aliases={"en": ["Uotsuri Island", "Uotsuri-jima", "Uotsurijima", "Uotsuri-shima", "Uotsurishima",
                        "Uotsuri", "Diaoyu main island", "main island of Diaoyu"],
                 "ja": ["魚釣島", "ウオツリ島", "うおつりしま"],
                 "ko": ["우오쓰리시마", "우오쓰리섬", "우오쓰리 섬", "우오츠리시마", "우오츠리섬", "우오쓰리지마"],
                 "ru": ["=Уоцури", "остров Уоцури", "Уоцурисима", "=Уоцури-сима"],
                 "uk": ["=Уоцурі", "острів Уоцурі", "=Уоцурісіма"],
                 "vi": ["đảo Uotsuri"],
                 "zh": ["钓鱼岛主岛", "主岛钓鱼岛", "钓鱼岛本岛", "釣魚島主島", "主島釣魚島", "釣魚台主島",
                        "主島釣魚台", "釣魚臺主島", "鱼钓岛", "魚釣島"]}),
    "kuba-jima": dict(
        names={"en": "Kuba Island", "en_alt": ["Kuba-jima", "Huangwei Yu", "Kobi-sho"],
               "en_usage": {"jp": "Kuba-jima", "cn": "Huangwei Yu", "tw": "Huangwei Yu"},
               "ja": "久場島", "zh-Hans": "黄尾屿", "zh-Hant": "黃尾嶼"},
        aliases={"en": ["Kuba Island", "Kuba-jima", "Kubajima", "Kuba-shima", "Kubashima", "Huangwei Yu",
                        "Huangweiyu", "Huangwei Island", "Kobi-sho", "Kobisho", "Kobi Sho"],
                 "ja": ["久場島", "黄尾嶼"],
                 "ko": ["구바시마", "구바섬", "구바지마"],
                 "ru": ["=Кубасима", "=Куба-сима"],
                 "vi": ["đảo Kuba", "đảo Hoàng Vĩ"],
                 "zh": ["黄尾屿", "黃尾嶼", "黄尾岛", "黃尾島"]}),
    "taisho-jima": dict(
        names={"en": "Taisho Island", "en_alt": ["Taishō-tō", "Taisho-jima", "Chiwei Yu", "Sekibi-sho"],
               "en_usage": {"jp": "Taishō-tō", "cn": "Chiwei Yu", "tw": "Chiwei Yu"},
               "ja": "大正島", "zh-Hans": "赤尾屿", "zh-Hant": "赤尾嶼"},
        aliases={"en": ["Taisho Island", "Taishō Island", "Taisho-jima", "Taishojima", "Taishō-tō", "Taisho-to",
                        "Taishoto", "Chiwei Yu", "Chiweiyu", "Chiwei Island", "Sekibi-sho", "Sekibisho",
                        "Sekibi Sho", "Kume-Akashima"],
                 "ja": ["大正島", "赤尾嶼", "久米赤島"],
                 "ko": ["다이쇼시마", "다이쇼섬", "다이쇼지마"],
                 "ru": ["остров Тайсё", "=Тайсёдзима", "=Тайсё-дзима", "=Тайсёто"],
                 "vi": ["đảo Taisho", "đảo Taishō", "đảo Xích Vĩ"],
                 "zh": ["赤尾屿", "赤尾嶼", "赤尾岛", "赤尾島"]}),
    "kita-kojima": dict(
        names={"en": "Kita-kojima", "en_alt": ["Kitakojima Island", "Bei Xiaodao"],
               "en_usage": {"jp": "Kita-kojima", "cn": "Bei Xiaodao", "tw": "Bei Xiaodao"},
               "ja": "北小島", "zh-Hans": "北小岛", "zh-Hant": "北小島"},
        aliases={"en": ["Kita-kojima", "Kitakojima", "Kita-kojima Island", "Kitakojima Island", "Kita-kojima islet",
                        "Bei Xiaodao", "Beixiaodao", "Bei Xiao Dao"],
                 "ja": ["北小島"],
                 "ko": ["기타코지마", "기타코지마섬", "기타고지마"],
                 "ru": ["Китакодзима", "=Кита-Кодзима", "остров Китакодзима"],
                 "uk": ["Кітакодзіма"],
                 "vi": ["đảo Kitakojima", "đảo Kita-kojima"],
                 "zh": ["北小岛", "北小島"]}),
    "minami-kojima": dict(
        names={"en": "Minami-kojima", "en_alt": ["Minamikojima Island", "Nan Xiaodao"],
               "en_usage": {"jp": "Minami-kojima", "cn": "Nan Xiaodao", "tw": "Nan Xiaodao"},
               "ja": "南小島", "zh-Hans": "南小岛", "zh-Hant": "南小島"},
        aliases={"en": ["Minami-kojima", "Minamikojima", "Minami-kojima Island", "Minamikojima Island",
                        "Minami-kojima islet", "Nan Xiaodao", "Nanxiaodao", "Nan Xiao Dao"],
                 "ja": ["南小島"],
                 "ko": ["미나미코지마", "미나미코지마섬", "미나미고지마"],
                 "ru": ["Минамикодзима", "=Минами-Кодзима", "остров Минамикодзима"],
                 "uk": ["Мінамікодзіма"],
                 "vi": ["đảo Minamikojima", "đảo Minami-kojima"],
                 "zh": ["南小岛", "南小島"]}),
    "oki-no-kitaiwa": dict(
        names={"en": "Oki-no-Kitaiwa", "en_alt": ["Okinokitaiwa", "Bei Yu"],
               "en_usage": {"jp": "Oki-no-Kitaiwa", "cn": "Bei Yu"},
               "ja": "沖の北岩", "zh-Hans": "北屿", "zh-Hant": "沖北岩"},
        aliases={"en": ["Oki-no-Kitaiwa", "Okinokitaiwa", "Oki-no-Kita-iwa", "Okinokitaiwa Island", "Okinokitaiwa Rock"],
                 "ja": ["沖の北岩", "沖ノ北岩"],
                 "zh": ["北屿", "北嶼", "沖北岩", "冲北岩"]}),
    "oki-no-minamiiwa": dict(
        names={"en": "Oki-no-Minamiiwa", "en_alt": ["Okinominamiiwa", "Nan Yu"],
               "en_usage": {"jp": "Oki-no-Minamiiwa", "cn": "Nan Yu"},
               "ja": "沖の南岩", "zh-Hans": "南屿", "zh-Hant": "沖南岩"},
        aliases={"en": ["Oki-no-Minamiiwa", "Okinominamiiwa", "Oki-no-Minami-iwa", "Okinominamiiwa Island",
                        "Okinominamiiwa Rock"],
                 "ja": ["沖の南岩", "沖ノ南岩"],
                 "zh": ["南屿", "南嶼", "沖南岩", "冲南岩"]}),
    "tobise": dict(
        names={"en": "Tobise", "en_alt": ["Tobise Rock", "Fei Yu"],
               "en_usage": {"jp": "Tobise", "cn": "Fei Yu"},
               "ja": "飛瀬", "zh-Hans": "飞屿", "zh-Hant": "飛瀨"},
        aliases={"en": ["Tobise", "Tobise Rock", "Tobise Island"],
                 "ja": ["飛瀬", "飛瀬島"],
                 "zh": ["飞屿", "飛嶼", "飛瀨", "飞濑"]}),
}

# Phrases that contain an alias but are not the islands (checked in real text: see SOURCES.md).
NOT_MENTIONS = {
    "en": ["Diaoyutai State Guesthouse", "Diaoyutai State Guest House", "Diaoyutai Guesthouse",
           "Diaoyutai Guest House", "Diaoyutai Hotel", "Diaoyutai Boutique Hotel", "Diaoyutai Villa",
           "Diaoyu Fortress", "Diaoyucheng", "Diaoyu Castle", "Senkaku Bay", "Senkakuwan", "Senkaku-wan"],
    "ja": ["尖閣湾", "釣魚台国賓館", "釣魚台迎賓館", "座間味村の久場島", "座間味村久場島", "慶良間諸島の久場島"],
    # Bare 钓鱼台 (simplified) is no alias, as it mostly means the Beijing guesthouse; the
    # simplified guesthouse names stay here as a guard should it become one.
    "zh": ["钓鱼台国宾馆", "釣魚臺國賓館", "釣魚台國賓館", "钓鱼台宾馆", "釣魚臺賓館", "釣魚台賓館",
           "釣魚臺大酒店", "釣魚台大酒店", "北京钓鱼台", "北京釣魚臺", "北京釣魚台",
           # 南屿镇 (Nanyu, Minhou County, Fuzhou) and Chinese phrases that end in 南/北 + 小岛.
           "南屿镇", "南嶼鎮", "闽侯南屿", "閩侯南嶼",
           "湖南小岛", "河南小岛", "云南小岛", "海南小岛", "江南小岛", "台北小岛", "东北小岛", "西北小岛",
           "华北小岛", "湖南小島", "河南小島", "雲南小島", "海南小島", "江南小島", "台北小島", "東北小島",
           "西北小島", "華北小島"],
}

# Names of other places that contain a place's alias (Guangzhou's 南沙区, Moscow's Крымский мост):
# not mentions, and in an article that has one, the alias alone means that namesake too,
# unless the article names the dispute by another place.
NAMESAKES = {
    "en": [
        "Diaoyutai State Guesthouse",
        "Diaoyutai State Guest House",
        "Diaoyutai Guesthouse",
        "Diaoyutai Guest House",
        "Diaoyutai Hotel",
        "Diaoyutai Boutique Hotel",
        "Diaoyutai Villa",
        "Senkaku Bay",
        "Senkakuwan",
        "Senkaku-wan"
    ],
    "ja": [
        "尖閣湾",
        "釣魚台国賓館",
        "釣魚台迎賓館",
        "座間味村の久場島",
        "座間味村久場島",
        "慶良間諸島の久場島"
    ],
    "zh": [
        "钓鱼台国宾馆",
        "釣魚臺國賓館",
        "釣魚台國賓館",
        "钓鱼台宾馆",
        "釣魚臺賓館",
        "釣魚台賓館",
        "釣魚臺大酒店",
        "釣魚台大酒店",
        "北京钓鱼台",
        "北京釣魚臺",
        "北京釣魚台",
        "南屿镇",
        "南嶼鎮",
        "闽侯南屿",
        "閩侯南嶼"
    ]
}
NOT_MENTIONS = {language: [p for p in phrases if p not in NAMESAKES.get(language, [])]
                for language, phrases in NOT_MENTIONS.items()}

GENERIC_MENTIONS = {
    "place": "senkaku-islands",
    "en": ["disputed islands", "disputed islets", "contested islands", "contested islets", "disputed island chain",
           "disputed archipelago", "East China Sea islands", "disputed East China Sea islands"],
    "ja": ["係争中の島々", "係争地の島々", "領有権を争う島々"],
    "zh": ["争议岛屿", "爭議島嶼", "争议岛礁", "爭議島礁", "争端岛屿", "爭端島嶼", "东海争议岛屿", "東海爭議島嶼"],
    "ko": ["분쟁 도서", "분쟁 섬", "영유권 분쟁 섬"],
    "ru": ["спорные острова", "оспариваемые острова", "спорный архипелаг"],
    "uk": ["спірні острови"],
    "es": ["islas en disputa", "islas disputadas", "islotes en disputa", "archipiélago en disputa"],
    "vi": ["quần đảo tranh chấp", "các đảo tranh chấp", "đảo tranh chấp"],
}


def r5(x):
    return round(x + 0.0, 5)


def translate(geom, dx, dy):
    """The geometry moved by dx degrees of longitude and dy of latitude, rounded to 5 decimals,
    consecutive duplicate points dropped (rounding can make neighbours equal)."""
    def ring(r):
        out = []
        for lon, lat in r:
            p = [r5(lon + dx), r5(lat + dy)]
            if not out or out[-1] != p:
                out.append(p)
        return out
    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r) for r in geom["coordinates"]]}
    return {"type": "MultiPolygon", "coordinates": [[ring(r) for r in poly] for poly in geom["coordinates"]]}


def km_offset(a, b):
    """(east km, north km) from a to b on a sphere, for the source note."""
    lat = math.radians((a[1] + b[1]) / 2)
    return (b[0] - a[0]) * 111.32 * math.cos(lat), (b[1] - a[1]) * 110.57


def main():
    src = json.load(open(SRC, encoding="utf-8"))
    by_id = {f["id"]: f for f in src["features"]}
    features = []
    g = by_id["senkaku-islands"]
    features.append({"type": "Feature", "id": "senkaku-islands", "geometry": None, "properties": {
        "kind": "group", "role": "disputed", "names": GROUP["names"], "aliases": GROUP["aliases"],
        "claims": CLAIMS, "covers": GROUP["covers"],
        # 钓鱼岛 / 釣魚台 is the group and its largest island: beside another island in a list, the island.
        "namesake_island": "uotsuri-jima", "label": g["properties"]["label"],
        "source": "Group of the islands below (Natural Earth 1:10m disputed area B18 'Pinnacle Is.')",
        "license": g["properties"]["license"]}})
    assert GROUP["covers"] == g["properties"]["covers"]
    for pid, d in ISLANDS.items():
        f = by_id[pid]
        p = f["properties"]
        pos = POSITION_FIX.get(pid, p["position"])
        centroid = p["ne_parts"]["centroid"]
        dx, dy = pos[0] - centroid[0], pos[1] - centroid[1]
        east, north = km_offset(centroid, pos)
        fix = (" Real position from the PRC State Oceanic Administration coordinates (2012), agreeing with the "
               "OPRF/GSI table; the staged position was near the offset NE part." if pid in POSITION_FIX else "")
        features.append({"type": "Feature", "id": pid, "geometry": translate(f["geometry"], dx, dy), "properties": {
            "kind": "island", "role": "disputed", "names": d["names"], "aliases": d["aliases"], "claims": CLAIMS,
            "label": [r5(pos[0]), r5(pos[1])],
            "source": (f"{p['source']}, {p['source_layer']}. Natural Earth draws this island off its real place; "
                       f"the polygon is translated unchanged by {east:+.2f} km east, {north:+.2f} km north so that "
                       f"the centroid of its NE part(s) {centroid} sits on the real position "
                       f"{[r5(pos[0]), r5(pos[1])]}.{fix}"),
            "license": p["license"]}})
    out = {"type": "FeatureCollection", "attribution": src["attribution"], "not_mentions": NOT_MENTIONS, "namesakes": NAMESAKES,
           "generic_mentions": GENERIC_MENTIONS, "features": features}
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
