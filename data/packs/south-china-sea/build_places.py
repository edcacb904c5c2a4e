#!/usr/bin/env python3
"""Builds places.geojson of the South China Sea pack from the staged
south-china-sea.geojson (Natural Earth 1:10m disputed areas B46/B47/B70, public
domain, plus points written from general knowledge and checked, see SOURCES.md)
and the names, aliases, claims, usages and not-mention phrases written below.
Run from this folder:

    python3 build_places.py /work/shared/data/disputes/south-china-sea.geojson

Ids, geometries, labels and the feature kinds come from the staged file; groups
get null geometry (their members are drawn), and `south-china-sea` (the sea as a
region, null geometry, label only) is added here. The output is the pack's data;
edit this script to add aliases.
"""
import json
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/disputes/south-china-sea.geojson"

# ---------------------------------------------------------------- claims ---

def claim(claimant, status, since, note):
    return {"claimant": claimant, "status": status, "since": since, "note": note}

CN_CLAIM = claim("CN", "claims", "1958-09-04",
                 "PRC Declaration on the Territorial Sea (4 September 1958) names the Dongsha, Xisha, Zhongsha "
                 "and Nansha islands as Chinese; administered on paper by Sansha City, Hainan (since 2012).")
TW_CLAIM = claim("TW", "claims", "1947-12",
                 "ROC names the South China Sea islands and issues the Location Map of the South China Sea "
                 "Islands (December 1947); claims the Nansha (Spratly), Shisha (Paracel), Chungsha and Tungsha islands.")
VN_CLAIM = claim("VN", "claims", "1975",
                 "Claimed as the Truong Sa and Hoang Sa archipelagos, from the claims of French Indochina and the "
                 "Republic of Vietnam; asserted by the reunified state since 1975 (start year approximate).")
PH_CLAIM = claim("PH", "claims", "1978-06-11",
                 "Presidential Decree 1596 (11 June 1978) makes the Kalayaan Island Group a municipality of Palawan.")

def cn_holds(since, note):
    return claim("CN", "administers", since, note)

# Spratly features held by China since the 1988 occupation wave.
def cn_1988(since, extra):
    return [cn_holds(since, "Occupied by the PRC in 1988" + extra + "; part of Nansha District, Sansha (since 2020)."),
            TW_CLAIM, VN_CLAIM, PH_CLAIM]

# ------------------------------------------------------------------ places ---
# names: display names (en_alt: other English forms; en_usage: Latin form per usage id).
# aliases: every form the linker looks for (see data/README.md for how they match).

PLACES = {
    "south-china-sea": dict(
        kind="area", role="disputed", label=[113.5, 13.0],
        names={"en": "South China Sea", "en_alt": ["West Philippine Sea", "East Sea"],
               "en_usage": {"ph": "West Philippine Sea", "vn": "East Sea"},
               "zh-Hans": "南海", "zh-Hant": "南海", "ja": "南シナ海", "ko": "남중국해",
               "ru": "Южно-Китайское море", "uk": "Південнокитайське море", "es": "mar de China Meridional",
               "vi": "Biển Đông", "fil": "Dagat Kanlurang Pilipinas"},
        # "WPS" is the West Philippine Sea in Philippine news (and software elsewhere): weak.
        aliases={"en": ["South China Sea", "S. China Sea", "South China Seas", "West Philippine Sea",
                        "East Vietnam Sea", "South China Sea region", "?WPS"],
                 "zh": ["南海", "南中国海", "南中國海", "中国南海", "中國南海",
                        "西菲律宾海", "西菲律賓海",
                        "南海区域", "南海區域", "南海海域"],
                 "ja": ["南シナ海", "南支那海"],
                 "ko": ["남중국해", "남지나해"],
                 "ru": ["Южно-Китайское море", "Западно-Филиппинское море"],
                 "uk": ["Південнокитайське море", "Південно-Китайське море", "Західно-Філіппінське море"],
                 "es": ["mar de China Meridional", "mar de la China Meridional", "mar del Sur de China",
                        "mar de China del Sur", "mar Meridional de China", "mar de Filipinas Occidental",
                        "mar Occidental de Filipinas"],
                 "vi": ["Biển Đông", "biển Nam Trung Hoa", "biển Hoa Nam", "biển Nam Trung Quốc"],
                 "fil": ["Dagat Kanlurang Pilipinas", "Kanlurang Dagat ng Pilipinas",
                         "Karagatang Kanlurang Pilipinas", "Dagat Timog Tsina", "?WPS"]},
        claims=[]),
    # --- groups -------------------------------------------------------------
    "spratly-islands": dict(
        names={"en": "Spratly Islands", "en_alt": ["Nansha Islands", "Truong Sa Islands", "Kalayaan Island Group"],
               "en_usage": {"cn": "Nansha Islands", "tw": "Nansha Islands", "vn": "Truong Sa Islands",
                            "ph": "Kalayaan Island Group"}},
        drop_names=["ms"],
        aliases={"en": ["Spratly Islands", "Spratlys", "Spratly", "Spratly archipelago", "Spratly chain",
                        "Spratly island chain", "Spratly island group", "Spratly group", "Nansha Islands",
                        "Nansha archipelago", "Nansha Qundao", "Truong Sa Islands", "Truong Sa archipelago",
                        "Kalayaan Island Group", "Kalayaan Islands", "Kalayaan, Palawan", "KIG",
                        "Kepulauan Spratly"],
                 "zh": ["南沙群岛", "南沙群島", "南沙", "南沙诸岛", "南沙諸島", "斯普拉特利群岛", "斯普拉特利群島",
                        "三沙市南沙区", "三沙市南沙區",
                        # Sansha's Nansha District (2020) governs the Spratlys; Guangzhou has one too
                        # (its namesakes below): weak, so the Spratlys only where the text names them.
                        "?南沙区", "?南沙區",
                        # Vietnam's name (Trường Sa) as Chinese reports of its claims write it.
                        "长沙群岛", "長沙群島",
                        # The Philippines' name (Kalayaan) as Chinese-language news writes it.
                        "卡拉延群岛", "卡拉延群島", "卡拉延岛群", "卡拉延島群"],
                 "ja": ["南沙諸島", "南沙群島", "スプラトリー諸島", "スプラトリー", "新南群島"],
                 "ko": ["스프래틀리 군도", "스프래틀리군도", "스프래틀리 제도", "스프래틀리제도", "난사군도", "난사 군도"],
                 "ru": ["острова Спратли", "архипелаг Спратли", "=Спратли", "острова Наньша", "архипелаг Наньша",
                        "=Наньша"],
                 "uk": ["острови Спратлі", "архіпелаг Спратлі", "=Спратлі", "=Наньша"],
                 "es": ["islas Spratly", "archipiélago de las Spratly", "archipiélago Spratly", "islas Spratley"],
                 "vi": ["quần đảo Trường Sa", "Trường Sa", "huyện đảo Trường Sa", "huyện Trường Sa", "quần đảo Nam Sa", "?Nam Sa"],
                 "fil": ["Kapuluan ng Kalayaan", "Kapuluang Kalayaan", "Kapuluang Spratly"]},
        claims=[cn_holds("1988-01", "Holds seven reefs (occupied 1988–1995), turned into artificial islands 2014–2016."),
                claim("TW", "administers", "1956", "Holds Itu Aba (Taiping Island), garrisoned since 1956."),
                claim("VN", "administers", "1975-04", "Holds the largest number of features, Spratly Island among them."),
                claim("PH", "administers", "1971", "Holds Thitu and other features of the Kalayaan Island Group."),
                claim("MY", "administers", "1983-05", "Holds Swallow Reef and other southern features."),
                claim("BN", "claims", "1984",
                      "Claims no island but an EEZ that includes Louisa Reef; start year approximate (independence)."),
                CN_CLAIM, TW_CLAIM, VN_CLAIM, PH_CLAIM]),
    "paracel-islands": dict(
        names={"en": "Paracel Islands", "en_alt": ["Xisha Islands", "Hoang Sa Islands"],
               "en_usage": {"cn": "Xisha Islands", "tw": "Shisha Islands", "vn": "Hoang Sa Islands"}},
        drop_names=["fil"],
        aliases={"en": ["Paracel Islands", "Paracels", "Paracel archipelago", "Paracel chain", "Paracel island chain",
                        "Paracel group", "Xisha Islands", "Xisha archipelago", "Xisha Qundao", "Shisha Islands",
                        "Hoang Sa Islands", "Hoang Sa archipelago"],
                 "zh": ["西沙群岛", "西沙群島", "西沙", "西沙诸岛", "西沙諸島", "三沙市西沙区", "三沙市西沙區",
                        "黄沙群岛", "黃沙群島"],
                 "ja": ["西沙諸島", "西沙群島", "パラセル諸島", "ホアンサ諸島"],
                 "ko": ["파라셀 군도", "파라셀군도", "파라셀 제도", "파라셀제도", "시사군도", "시사 군도"],
                 "ru": ["Парасельские острова", "острова Сиша", "архипелаг Сиша", "=Сиша", "острова Хоангша",
                        "=Хоангша"],
                 "uk": ["Парасельські острови"],
                 "es": ["islas Paracel", "islas Paracelso", "archipiélago de las Paracel", "Paracelso", "Xisha",
                        "islas Xisha"],
                 "vi": ["quần đảo Hoàng Sa", "Hoàng Sa", "huyện đảo Hoàng Sa", "huyện Hoàng Sa", "quần đảo Tây Sa", "?Tây Sa"]},
        claims=[cn_holds("1974-01", "Holds the whole group since the January 1974 battle with South Vietnam "
                                    "(the Amphitrite group since 1956); Xisha District of Sansha."),
                TW_CLAIM, VN_CLAIM]),
    # --- islands and places ---------------------------------------------------
    "scarborough-shoal": dict(
        names={"en": "Scarborough Shoal", "en_alt": ["Huangyan Island", "Bajo de Masinloc", "Panatag Shoal"],
               "en_usage": {"cn": "Huangyan Dao", "tw": "Huangyan Island", "ph": "Bajo de Masinloc"},
               "es": "arrecife de Scarborough"},
        aliases={"en": ["Scarborough Shoal", "Scarborough Reef", "Scarborough Atoll", "Huangyan Island", "Huangyan Dao",
                        "Huangyan Islet", "Bajo de Masinloc", "Panatag Shoal", "Democracy Reef", "Minzhu Jiao",
                        "Masinloc Shoal"],
                 "zh": ["黄岩岛", "黃岩島", "民主礁",
                        # The Philippine and English names as Chinese-language news writes them.
                        "斯卡伯勒浅滩", "斯卡伯勒淺灘", "斯卡伯勒礁", "斯卡伯勒暗沙"],
                 "ja": ["スカボロー礁", "スカボロー環礁", "スカボロー・ショール", "黄岩島"],
                 "ko": ["스카버러 암초", "스카보러 암초", "스카보로 암초", "스카버러 숄", "황옌다오"],
                 "ru": ["риф Скарборо", "отмель Скарборо", "остров Хуанъянь", "=Хуанъяньдао"],
                 "uk": ["риф Скарборо", "мілина Скарборо"],
                 "es": ["arrecife de Scarborough", "atolón de Scarborough", "bajo de Scarborough", "Bajo de Masinloc"],
                 "vi": ["bãi cạn Scarborough", "bãi Scarborough"],
                 "fil": ["Buhanginan ng Panatag", "Kulumpol ng Panatag"]},
        claims=[cn_holds("2012-06", "China Coast Guard controls access since the April–June 2012 standoff."),
                claim("PH", "claims", "2009-03-10",
                      "Administered by the Philippines (Masinloc, Zambales) until 2012; a 'regime of islands' "
                      "under Republic Act 9522 (2009)."),
                TW_CLAIM, CN_CLAIM]),
    "itu-aba": dict(
        names={"en": "Itu Aba Island", "en_alt": ["Taiping Island", "Ligaw Island", "Ba Binh Island"],
               "en_usage": {"cn": "Taiping Dao", "tw": "Taiping Island", "vn": "Ba Binh Island",
                            "ph": "Ligaw Island"}},
        aliases={"en": ["Itu Aba", "Itu Aba Island", "Taiping Island", "Taiping Dao", "Ligaw Island", "Ligao Island",
                        "Ba Binh Island"],
                 "zh": ["太平岛", "太平島", "巴平岛", "巴平島"],
                 "ja": ["太平島", "イトゥアバ島"],
                 "ko": ["이투아바섬", "이투 아바섬", "타이핑섬", "타이핑다오"],
                 "ru": ["остров Иту-Аба", "остров Тайпин"],
                 "vi": ["đảo Ba Bình"],
                 "fil": ["Pulo ng Ligaw"]},
        claims=[claim("TW", "administers", "1956", "Garrisoned by the ROC since 1956 (taken over December 1946); "
                                                   "part of Cijin District, Kaohsiung; airstrip."),
                CN_CLAIM, VN_CLAIM, PH_CLAIM]),
    "thitu": dict(
        names={"en": "Thitu Island", "en_alt": ["Pag-asa Island", "Zhongye Island", "Thi Tu Island"],
               "en_usage": {"cn": "Zhongye Dao", "vn": "Thi Tu Island", "ph": "Pag-asa Island"}},
        # Bare "Pag-asa" is also the Filipino word for hope: weak, and with its capital only.
        aliases={"en": ["Thitu Island", "Thitu", "Pag-asa Island", "Pagasa Island", "Zhongye Island", "Zhongye Dao",
                        "Thi Tu Island", "?Pag-asa"],
                 "zh": ["中业岛", "中業島", "帕格阿萨岛", "帕格阿薩島"],
                 "ja": ["パグアサ島", "ティトゥ島", "中業島"],
                 "ko": ["티투섬", "파가사섬"],
                 "ru": ["остров Титу", "остров Пагаса"],
                 "vi": ["đảo Thị Tứ"],
                 "fil": ["Pulo ng Pag-asa", "Isla ng Pag-asa", "?Pag-asa"]},
        claims=[claim("PH", "administers", "1971", "Held by the Philippines since 1971; seat of Kalayaan "
                                                   "municipality (Palawan), civilian settlement and airstrip."),
                CN_CLAIM, TW_CLAIM, VN_CLAIM]),
    "spratly-island": dict(
        names={"en": "Spratly Island", "en_alt": ["Nanwei Island", "Truong Sa Lon", "Storm Island"],
               "en_usage": {"cn": "Nanwei Dao", "vn": "Truong Sa Island"}},
        aliases={"en": ["Spratly Island", "Nanwei Island", "Nanwei Dao", "Truong Sa Island", "Truong Sa Lon",
                        "Truong Sa Lon Island", "Storm Island"],
                 "zh": ["南威岛", "南威島"],
                 "ja": ["南威島", "スプラトリー島"],
                 "vi": ["đảo Trường Sa", "đảo Trường Sa Lớn", "Trường Sa Lớn", "thị trấn Trường Sa"]},
        claims=[claim("VN", "administers", "1975-04", "Held by Vietnam since April 1975; seat of Truong Sa "
                                                      "district (Khanh Hoa); runway extended 2016."),
                CN_CLAIM, TW_CLAIM]),
    "swallow-reef": dict(
        names={"en": "Swallow Reef", "en_alt": ["Layang-Layang", "Danwan Reef", "Hoa Lau Reef"],
               "en_usage": {"cn": "Danwan Jiao", "vn": "Hoa Lau Reef"}},
        drop_names=["ms"],
        aliases={"en": ["Swallow Reef", "Layang-Layang", "Layang-Layang Island", "Pulau Layang-Layang",
                        "Terumbu Layang-Layang", "Danwan Reef", "Danwan Jiao", "Hoa Lau Reef"],
                 "zh": ["弹丸礁", "彈丸礁"],
                 "vi": ["đá Hoa Lau"]},
        claims=[claim("MY", "administers", "1983-05", "Malaysian naval station since May 1983; resort and airstrip."),
                CN_CLAIM, TW_CLAIM, VN_CLAIM]),
    "mischief-reef": dict(
        names={"en": "Mischief Reef", "en_alt": ["Meiji Reef", "Panganiban Reef", "Vanh Khan Reef"],
               "en_usage": {"cn": "Meiji Jiao", "vn": "Vanh Khan Reef", "ph": "Panganiban Reef"}},
        aliases={"en": ["Mischief Reef", "Meiji Reef", "Meiji Jiao", "Panganiban Reef", "Vanh Khan Reef"],
                 "zh": ["美济礁", "美濟礁"],
                 "ja": ["ミスチーフ礁", "ミスチーフ環礁", "ミスチーフリーフ", "美済礁"],
                 "ko": ["미스치프 암초", "미스치프 환초", "메이지자오"],
                 "ru": ["риф Мисчиф"],
                 "es": ["arrecife Mischief", "arrecife de Mischief"],
                 "vi": ["đá Vành Khăn", "?Vành Khăn"],
                 "fil": ["Bahura ng Panganiban"]},
        claims=[cn_holds("1995-02", "Chinese structures found by the Philippines in February 1995; artificial "
                                    "island with a runway built 2014–2016; a low-tide elevation per the 2016 award."),
                TW_CLAIM, VN_CLAIM, PH_CLAIM]),
    "second-thomas-shoal": dict(
        names={"en": "Second Thomas Shoal", "en_alt": ["Ayungin Shoal", "Ren'ai Jiao", "Co May Shoal"],
               "en_usage": {"cn": "Ren'ai Jiao", "tw": "Ren'ai Ansha", "vn": "Co May Shoal", "ph": "Ayungin Shoal"},
               "zh-Hant": "仁愛暗沙"},
        aliases={"en": ["Second Thomas Shoal", "Second Thomas Reef", "Ayungin Shoal", "Ayungin Reef", "Ayungin",
                        "Ren'ai Reef", "Ren’ai Reef", "Renai Reef", "Ren'ai Jiao", "Ren’ai Jiao", "Renai Jiao",
                        "Ren'ai Shoal", "Ren’ai Shoal", "Co May Shoal"],
                 "zh": ["仁爱礁", "仁愛礁", "仁爱暗沙", "仁愛暗沙", "阿云金礁", "阿雲金礁"],
                 "ja": ["セカンド・トーマス礁", "セカンドトーマス礁", "セカンド・トーマス・ショール", "アユンギン礁"],
                 "ko": ["세컨드 토머스 암초", "세컨드토머스 암초", "세컨드 토마스 암초", "아융인 암초", "아융인섬",
                        "런아이자오"],
                 "ru": ["риф Второй Томас", "отмель Второй Томас", "риф Аюнгин", "отмель Аюнгин", "риф Жэньай",
                        "риф Жэньайцзяо", "=Аюнгин"],
                 "uk": ["риф Другий Томас", "мілина Другий Томас", "риф Аюнгін", "мілина Аюнгін", "=Аюнгін",
                        "риф Женьай"],
                 "es": ["bajo Second Thomas", "bajo de Second Thomas", "arrecife Second Thomas",
                        "arrecife de Second Thomas", "banco Second Thomas", "bajo Ayungin", "arrecife Ayungin",
                        "atolón Ayungin"],
                 "vi": ["bãi Cỏ Mây"],
                 "fil": ["Buhanginan ng Ayungin", "Kulumpol ng Ayungin"]},
        claims=[claim("PH", "administers", "1999-05", "Philippine marines on the BRP Sierra Madre, grounded "
                                                      "there in May 1999; resupply under a provisional "
                                                      "arrangement with China since July 2024."),
                CN_CLAIM, TW_CLAIM, VN_CLAIM]),
    "fiery-cross-reef": dict(
        names={"en": "Fiery Cross Reef", "en_alt": ["Yongshu Reef", "Kagitingan Reef", "Chu Thap Reef"],
               "en_usage": {"cn": "Yongshu Jiao", "vn": "Chu Thap Reef", "ph": "Kagitingan Reef"}},
        aliases={"en": ["Fiery Cross Reef", "?Fiery Cross", "Yongshu Reef", "Yongshu Jiao", "Yongshu Island",
                        "Kagitingan Reef", "Chu Thap Reef", "Northwest Investigator Reef"],
                 "zh": ["永暑礁", "永暑岛", "永暑島"],
                 "ja": ["ファイアリー・クロス礁", "ファイアリークロス礁", "ファイアリクロス礁", "ファイアリー・クロス・リーフ"],
                 "ko": ["피어리 크로스 암초", "파이어리 크로스 암초", "융수자오"],
                 "ru": ["риф Файери-Кросс", "риф Огненный Крест", "риф Файери Кросс", "риф Юншу"],
                 "es": ["arrecife Fiery Cross", "arrecife de Fiery Cross", "arrecife de la Cruz de Fuego"],
                 # Weak bare names: a Vietnamese list names the reefs without "đá" ("gồm Chữ
                 # Thập, Xu Bi, Vành Khăn, Gạc Ma, Châu Viên, Ga Ven và Tư Nghĩa").
                 "vi": ["đá Chữ Thập", "?Chữ Thập"],
                 "fil": ["Bahura ng Kagitingan"]},
        claims=cn_1988("1988-01", " (January 1988); artificial island with a 3 km runway since 2014–2016, "
                                  "seat of Nansha District")),
    "subi-reef": dict(
        names={"en": "Subi Reef", "en_alt": ["Zhubi Reef", "Zamora Reef", "Xu Bi Reef"],
               "en_usage": {"cn": "Zhubi Jiao", "vn": "Xu Bi Reef", "ph": "Zamora Reef"}},
        aliases={"en": ["Subi Reef", "Zhubi Reef", "Zhubi Jiao", "Zamora Reef", "Xu Bi Reef", "Su Bi Reef"],
                 "zh": ["渚碧礁"],
                 "ja": ["スビ礁", "スービ礁"],
                 "ko": ["수비 암초", "수비 환초", "주비자오"],
                 "ru": ["риф Суби", "риф Чжуби"],
                 "es": ["arrecife Subi", "arrecife de Subi"],
                 "vi": ["đá Xu Bi", "đá Su Bi", "?Xu Bi", "?Su Bi", "?Chử Bích"],
                 "fil": ["Bahura ng Zamora"]},
        claims=cn_1988("1988", "; artificial island with a runway, about 26 km from Thitu")),
    "johnson-south-reef": dict(
        names={"en": "Johnson South Reef", "en_alt": ["Johnson Reef", "Chigua Reef", "Mabini Reef", "Gac Ma Reef"],
               "en_usage": {"cn": "Chigua Jiao", "vn": "Gac Ma Reef", "ph": "Mabini Reef"}},
        aliases={"en": ["Johnson South Reef", "Johnson Reef", "Chigua Reef", "Chigua Jiao", "Chiguo Reef",
                        "Chiguo Jiao", "Mabini Reef", "Gac Ma Reef"],
                 "zh": ["赤瓜礁"],
                 "ja": ["ジョンソン南礁", "ジョンソン礁", "赤瓜礁"],
                 "ko": ["존슨 남 암초", "존슨 암초", "츠과자오"],
                 "vi": ["đá Gạc Ma", "Gạc Ma"],
                 "fil": ["Bahura ng Mabini"]},
        claims=cn_1988("1988-03-14", " in the clash of 14 March 1988 with Vietnam; reclaimed 2014")),
    "gaven-reefs": dict(
        names={"en": "Gaven Reefs", "en_alt": ["Nanxun Reef", "Burgos Reefs", "Ga Ven Reef"],
               "en_usage": {"cn": "Nanxun Jiao", "vn": "Ga Ven Reef", "ph": "Burgos Reefs"},
               "fil": "Mga Bahura ng Burgos"},
        aliases={"en": ["Gaven Reefs", "Gaven Reef", "Nanxun Reef", "Nanxun Jiao", "Burgos Reefs", "Burgos Reef",
                        "Ga Ven Reef"],
                 "zh": ["南薰礁"],
                 "ja": ["ガベン礁"],
                 "vi": ["đá Ga Ven", "?Ga Ven"],
                 "fil": ["Mga Bahura ng Burgos"]},
        claims=cn_1988("1988", "; reclaimed 2014–2015")),
    "cuarteron-reef": dict(
        names={"en": "Cuarteron Reef", "en_alt": ["Huayang Reef", "Calderon Reef", "Chau Vien Reef"],
               "en_usage": {"cn": "Huayang Jiao", "vn": "Chau Vien Reef", "ph": "Calderon Reef"},
               "fil": "Bahura ng Calderon"},
        aliases={"en": ["Cuarteron Reef", "Huayang Reef", "Huayang Jiao", "Calderon Reef", "Chau Vien Reef"],
                 "zh": ["华阳礁", "華陽礁"],
                 "ja": ["クアテロン礁", "華陽礁"],
                 "vi": ["đá Châu Viên", "?Châu Viên"],
                 "fil": ["Bahura ng Calderon"]},
        claims=cn_1988("1988", "; reclaimed 2014–2015")),
    "hughes-reef": dict(
        names={"en": "Hughes Reef", "en_alt": ["Dongmen Reef", "Tu Nghia Reef"],
               "en_usage": {"cn": "Dongmen Jiao", "vn": "Tu Nghia Reef"}},
        aliases={"en": ["Hughes Reef", "Dongmen Reef", "Dongmen Jiao", "Tu Nghia Reef"],
                 "zh": ["东门礁", "東門礁"],
                 "ja": ["ヒューズ礁", "東門礁"],
                 "vi": ["đá Tư Nghĩa", "?Tư Nghĩa"]},
        claims=cn_1988("1988", "; reclaimed 2014")),
    "whitsun-reef": dict(
        names={"en": "Whitsun Reef", "en_alt": ["Julian Felipe Reef", "Niu'e Jiao", "Ba Dau Reef"],
               "en_usage": {"cn": "Niu'e Jiao", "vn": "Ba Dau Reef", "ph": "Julian Felipe Reef"}},
        aliases={"en": ["Whitsun Reef", "Whitson Reef", "Julian Felipe Reef", "Niu'e Jiao", "Niu’e Jiao", "Niue Jiao",
                        "Ba Dau Reef"],
                 "zh": ["牛轭礁", "牛軛礁"],
                 "ja": ["ウィットサン礁", "牛軛礁"],
                 "ko": ["휫선 암초", "윗선 암초", "휘트선 암초"],
                 "ru": ["риф Уитсан", "риф Уитсун"],
                 "es": ["arrecife Whitsun", "arrecife de Whitsun", "arrecife Julian Felipe", "arrecife de Julian Felipe"],
                 "vi": ["đá Ba Đầu", "?Ba Đầu"],
                 "fil": ["Bahura ng Julian Felipe"]},
        claims=[CN_CLAIM, TW_CLAIM, VN_CLAIM, PH_CLAIM]),
    "sabina-shoal": dict(
        names={"en": "Sabina Shoal", "en_alt": ["Escoda Shoal", "Xianbin Jiao", "Sa Bin Shoal"],
               "en_usage": {"cn": "Xianbin Jiao", "vn": "Sa Bin Shoal", "ph": "Escoda Shoal"}},
        aliases={"en": ["Sabina Shoal", "Escoda Shoal", "Xianbin Reef", "Xianbin Jiao", "Sa Bin Shoal"],
                 "zh": ["仙宾礁", "仙賓礁", "仙宾暗沙", "仙賓暗沙"],
                 "ja": ["サビナ礁", "仙賓礁"],
                 "ko": ["사비나 암초", "셴빈자오"],
                 "ru": ["отмель Сабина", "риф Сабина", "=Эскода", "=Сяньбинь"],
                 "uk": ["мілина Сабіна", "риф Сабіна", "=Ескода", "=Сяньбінь"],
                 "es": ["bajo Sabina", "bajo de Sabina", "banco Sabina", "atolón Sabina"],
                 "vi": ["bãi Sa Bin"],
                 "fil": ["Buhanginan ng Escoda"]},
        claims=[CN_CLAIM, TW_CLAIM, VN_CLAIM, PH_CLAIM]),
    "reed-bank": dict(
        names={"en": "Reed Bank", "en_alt": ["Recto Bank", "Liyue Tan"],
               "en_usage": {"cn": "Liyue Tan", "vn": "Co Rong Bank", "ph": "Recto Bank"}},
        aliases={"en": ["Reed Bank", "Recto Bank", "Reed Tablemount", "Liyue Tan", "Co Rong Bank"],
                 "zh": ["礼乐滩", "禮樂灘"],
                 "ja": ["リード堆", "リード礁", "礼楽灘"],
                 "vi": ["bãi Cỏ Rong"]},
        claims=[PH_CLAIM, CN_CLAIM, TW_CLAIM, VN_CLAIM]),
    "woody-island": dict(
        names={"en": "Woody Island", "en_alt": ["Yongxing Island", "Phu Lam Island"],
               "en_usage": {"cn": "Yongxing Dao", "tw": "Yongxing Island", "vn": "Phu Lam Island"}},
        aliases={"en": ["?Woody Island", "Yongxing Island", "Yongxing Dao", "Phu Lam Island"],
                 "zh": ["永兴岛", "永興島"],
                 "ja": ["ウッディー島", "ウッディ島", "永興島"],
                 "ko": ["우디섬", "융싱다오", "융싱섬"],
                 "ru": ["остров Вуди", "остров Юнсин", "=Юнсин"],
                 "es": ["isla Woody"],
                 # China's name read in Sino-Vietnamese; "Vĩnh Hưng" alone is also a district of Long An.
                 "vi": ["đảo Phú Lâm", "đảo Vĩnh Hưng"]},
        claims=[cn_holds("1956", "Held by the PRC since 1956; seat of Sansha City since 24 July 2012; airstrip."),
                TW_CLAIM, VN_CLAIM]),
    "triton-island": dict(
        names={"en": "Triton Island", "en_alt": ["Zhongjian Island", "Tri Ton Island"],
               "en_usage": {"cn": "Zhongjian Dao", "vn": "Tri Ton Island"}},
        aliases={"en": ["Triton Island", "Zhongjian Island", "Zhongjian Dao", "Tri Ton Island"],
                 "zh": ["中建岛", "中建島"],
                 "ja": ["トリトン島", "中建島"],
                 "ru": ["остров Тритон", "остров Чжунцзянь"],
                 "es": ["isla Triton", "isla Tritón"],
                 # đảo Trung Kiến: China's name (中建岛) read in Sino-Vietnamese.
                 "vi": ["đảo Tri Tôn", "đảo Trung Kiến"]},
        claims=[cn_holds("1974-01", "Held by the PRC since the January 1974 battle; the 2014 oil-rig "
                                    "standoff with Vietnam was nearby."),
                TW_CLAIM, VN_CLAIM]),
}

# Names in the staged file that were checked and are kept (see SOURCES.md); any
# other staged language name is dropped explicitly with drop_names above.
NAME_KEYS = ["ja", "zh-Hans", "zh-Hant", "ko", "ru", "uk", "es", "vi", "fil"]

# ---------------------------------------------------------- not mentions ---
# Phrases that contain an alias but are not the place. Chinese aliases match
# anywhere, so 南海 needs the words that end in 南 followed by a word starting
# with 海 (越南海军, 海南海警, 云南海关, 东南海岸...), and the other places named 南海.
NOT_MENTIONS = {
    "en": ["Richard Spratly", "Captain Spratly", "Henry Spratly", "Spratly family",
           # The sandbars near Thitu (Sandy Cay, 铁线礁), named after it: not the island
           # (round 32a).
           "Pag-asa Cay", "Pag-asa Cays", "Pagasa Cay", "Pagasa Cays", "Pag-asa cays",
           "Woody Island, Alaska", "Woody Island in Alaska", "Woody Island near Kodiak", "Woody Island, Kodiak",
           "Woody Island (Alaska)", "Woody Island, Queensland", "Woody Island in Hervey Bay",
           "Woody Island, Western Australia", "Woody Island near Esperance",
           "South China Sea Fleet", "South China Sea Institute of Oceanology",
           "Institute for South China Sea Studies",
           # All the sea's islands as one (as 南海诸岛 below): neither the sea nor one group.
           "South China Sea Islands"],
    "zh": ["中南海", "越南海", "海南海", "云南海", "雲南海", "河南海", "湖南海", "济南海", "濟南海",
           "东南海", "東南海", "西南海", "以南海", "闽南海", "閩南海", "南海岸", "南海区", "南海區",
           "佛山南海", "南海舰队", "南海艦隊", "南海一号", "南海一號", "南海子", "南海网", "南海網",
           "南海观音", "南海觀音", "南海县", "南海縣", "中国南海研究院", "中國南海研究院", "南海研究院",
           "广州市南沙区", "廣州市南沙區", "广州南沙", "廣州南沙", "南沙港", "南沙新区", "南沙新區", "南沙自贸", "南沙自貿",
           "南沙大桥", "南沙大橋", "南沙站", "南沙湿地", "南沙濕地",
           # Taiwan's coast guard branch for Dongsha and Nansha: a name, not the islands.
           "东南沙分署", "東南沙分署",
           # The hospital on Itu Aba, named after the group (rounds 20 and 27 count no mention).
           "南沙醫院", "南沙医院",
           # A case and an initiative named after the sea (the golds' "names of other
           # things" since round 13): 南海仲裁案, 「南海和平倡議」.
           "南海仲裁", "南海和平倡议", "南海和平倡議",
           # All the sea's islands (Pratas, Paracels, Macclesfield Bank, Spratlys) as one:
           # neither the sea nor one group (rounds 20a, 25b and 29b count no mention).
           "南海诸岛", "南海諸島"],
    "ja": ["南シナ海諸島", "南海トラフ", "南海電鉄", "南海電気鉄道", "南海電車", "南海本線", "南海線", "南海地震", "南海ホークス",
           "南海道", "南海放送", "南海部品"],
    "vi": ["Trường Sa, Hồ Nam", "Trường Sa (Hồ Nam)", "thành phố Trường Sa", "đường Trường Sa", "phố Trường Sa",
           "đường Hoàng Sa", "phố Hoàng Sa",
           # The 1974 battle named after the islands (as 西沙海战): the golds count no mention.
           "hải chiến Hoàng Sa", "trận Hoàng Sa",
           # The 1988 battle at Johnson South Reef by its name, "the Gạc Ma incident"
           # (rounds 23a and 31b count no mention; "trận chiến bảo vệ đảo Gạc Ma" names the reef).
           "sự kiện Gạc Ma", "hải chiến Gạc Ma", "trận Gạc Ma",
           # The reefs' bare names (weak: "Chữ Thập, Xu Bi, Vành Khăn…" in a list) are also a
           # district of Quảng Ngãi and the Red Cross.
           "huyện Tư Nghĩa", "Tư Nghĩa, Quảng Ngãi", "Tư Nghĩa (Quảng Ngãi)", "Chữ thập đỏ",
           "Hội Chữ thập đỏ"],
}

# Phrases that name the dispute's islands or waters without naming one; the
# linker gives them to the pack with the most named mentions in the article.
# Names of other places that contain a place's alias (Guangzhou's 南沙区, Moscow's Крымский мост):
# Guangzhou's district by its city's name; bare 南沙区 is a weak alias of the Spratlys (Sansha's).
# not mentions, and in an article that has one, the alias alone means that namesake too,
# unless the article names the dispute by another place.
NAMESAKES = {
    "en": [
        "Woody Island, Alaska",
        "Woody Island in Alaska",
        "Woody Island near Kodiak",
        "Woody Island, Kodiak",
        "Woody Island (Alaska)",
        "Woody Island, Queensland",
        "Woody Island in Hervey Bay",
        "Woody Island, Western Australia",
        "Woody Island near Esperance"
    ],
    "zh": [
        "南海区",
        "南海區",
        "佛山南海",
        "南海县",
        "南海縣",
        "广州市南沙区",
        "廣州市南沙區",
        "广州南沙",
        "廣州南沙",
        "南沙港",
        "南沙新区",
        "南沙新區",
        "南沙自贸",
        "南沙自貿",
        "南沙大桥",
        "南沙大橋",
        "南沙站",
        "南沙湿地",
        "南沙濕地"
    ],
    "vi": [
        "Trường Sa, Hồ Nam",
        "Trường Sa (Hồ Nam)",
        "thành phố Trường Sa"
    ]
}
NOT_MENTIONS = {language: [p for p in phrases if p not in NAMESAKES.get(language, [])]
                for language, phrases in NOT_MENTIONS.items()}

GENERIC_MENTIONS = {
    "place": "south-china-sea",
    "en": ["disputed islands", "contested islands", "disputed islets", "disputed reefs", "contested reefs",
           "disputed features", "contested features", "disputed shoals", "disputed atolls", "disputed waters",
           "contested waters", "disputed islands and reefs", "disputed maritime features", "islands in dispute"],
    "zh": ["争议岛屿", "爭議島嶼", "争议岛礁", "爭議島礁", "争议海域", "爭議海域", "有争议的岛屿", "有爭議的島嶼"],
    "ja": ["係争中の島々", "係争中の岩礁", "係争海域"],
    "ko": ["분쟁 도서", "분쟁 섬", "분쟁 해역", "분쟁 암초"],
    "ru": ["спорные острова", "спорные рифы", "спорные воды"],
    "uk": ["спірні острови", "спірні води"],
    "es": ["islas en disputa", "islas disputadas", "aguas en disputa", "aguas disputadas"],
    "vi": ["các đảo tranh chấp", "vùng biển tranh chấp", "các thực thể tranh chấp"],
    "fil": ["pinagtatalunang isla", "pinag-aagawang isla", "pinagtatalunang karagatan", "pinag-aagawang teritoryo"],
}

ATTRIBUTION = ("Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com. "
               "Names, aliases, claims and history: Dispute Atlas contributors.")


def display_names(staged, d):
    """The staged display names that are kept, plus the pack's additions."""
    names = {"en": staged["names"]["en"]}
    for key in NAME_KEYS:
        if key in staged["names"] and key not in d.get("drop_names", []):
            names[key] = staged["names"][key]
    for key, value in d["names"].items():
        names[key] = value
    extra = set(staged["names"]) - set(names) - {"en"} - set(d.get("drop_names", []))
    assert not extra, f"staged names not handled: {extra}"
    order = ["en", "en_alt", "en_usage"] + NAME_KEYS
    return {k: names[k] for k in order if k in names}


def main():
    src = json.load(open(SRC, encoding="utf-8"))
    by_id = {f["id"]: f for f in src["features"]}
    features = []
    for pid, d in PLACES.items():
        if pid == "south-china-sea":
            props = {"kind": "area", "role": "disputed", "names": d["names"], "aliases": d["aliases"],
                     "label": d["label"], "source": "Dispute Atlas (label point only; no outline)",
                     "license": "Own work (Dispute Atlas contributors)"}
            features.append({"type": "Feature", "id": pid, "geometry": None, "properties": props})
            continue
        f = by_id[pid]
        p = f["properties"]
        props = {"kind": p["kind"], "role": "disputed", "names": display_names(p, d), "aliases": d["aliases"],
                 "claims": d["claims"]}
        geometry = f["geometry"]
        if p["kind"] == "group":
            geometry = None
            props["covers"] = p["covers"]
        props["label"] = p["label"]
        props["source"] = p["source"]
        props["license"] = p["license"]
        features.append({"type": "Feature", "id": pid, "geometry": geometry, "properties": props})
    missing = set(by_id) - set(PLACES)
    assert not missing, f"staged features not in the pack: {missing}"
    with open("places.geojson", "w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection",\n "attribution": ' + json.dumps(ATTRIBUTION) + ',\n')
        fh.write(' "not_mentions": ' + json.dumps(NOT_MENTIONS, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "namesakes": ' + json.dumps(NAMESAKES, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "generic_mentions": ' + json.dumps(GENERIC_MENTIONS, ensure_ascii=False, indent=2).replace("\n", "\n ") + ',\n')
        fh.write(' "features": [\n')
        fh.write(",\n".join("  " + json.dumps(f, ensure_ascii=False) for f in features))
        fh.write("\n ]\n}\n")


if __name__ == "__main__":
    main()
