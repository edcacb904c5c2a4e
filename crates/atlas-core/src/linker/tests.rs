//! Table-driven linker tests: `t!(name, text, [(feature, matched text), ...])`.

use std::sync::LazyLock;

use super::*;

static LINKER: LazyLock<Linker> = LazyLock::new(|| Linker::new(&Gazetteer::kuril()));

fn found(text: &str) -> Vec<(String, String)> {
    LINKER
        .link(text)
        .into_iter()
        .map(|m| (m.feature, m.text))
        .collect()
}

macro_rules! t {
    ($name:ident, $text:expr, [$(($feature:expr, $matched:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let expected: Vec<(String, String)> =
                vec![$(($feature.to_string(), $matched.to_string())),*];
            assert_eq!(found($text), expected, "text: {}", $text);
        }
    };
}

// English
t!(
    en_islands,
    "Kunashir, Iturup, Shikotan and the Habomai islets",
    [
        ("kunashir", "Kunashir"),
        ("iturup", "Iturup"),
        ("shikotan", "Shikotan"),
        ("habomai", "Habomai islets")
    ]
);
t!(
    en_romanisations,
    "Kunashiri and Etorofu lie off Hokkaido",
    [
        ("kunashir", "Kunashiri"),
        ("iturup", "Etorofu"),
        ("hokkaido", "Hokkaido")
    ]
);
t!(
    en_two_mentions_in_parentheses,
    "Etorofu (Iturup)",
    [("iturup", "Etorofu"), ("iturup", "Iturup")]
);
t!(
    en_leftmost_longest_group,
    "the southern Kuril Islands are disputed",
    [("southern-kurils", "southern Kuril Islands")]
);
t!(
    en_kuril_islands_group,
    "Russia's Kuril Islands and the Kurils",
    [
        ("kuril-islands", "Kuril Islands"),
        ("kuril-islands", "Kurils")
    ]
);
t!(
    en_case_insensitive,
    "KUNASHIR and the NORTHERN TERRITORIES",
    [
        ("kunashir", "KUNASHIR"),
        ("southern-kurils", "NORTHERN TERRITORIES")
    ]
);
t!(
    en_possessive,
    "Kunashir's airport and Iturup’s port",
    [("kunashir", "Kunashir"), ("iturup", "Iturup")]
);
t!(
    en_shorter_name_when_the_longest_runs_into_a_word,
    "Etorofu and Kunashiri islands; the Kuril Lakes",
    [("iturup", "Etorofu"), ("kunashir", "Kunashiri")]
);
t!(
    en_hoppo_ryodo_and_urban_districts,
    "the Northern Territories, or Hoppo Ryodo; the South Kuril urban district and the Kuril Islands",
    [
        ("southern-kurils", "Northern Territories"),
        ("southern-kurils", "Hoppo Ryodo"),
        ("kuril-islands", "Kuril Islands")
    ]
);
t!(
    ru_districts_listed_south_first,
    "в Южно-Курильском и Курильском городских округах, на Курилах",
    [("kuril-islands", "Курилах")]
);
t!(
    en_no_match_inside_words,
    "Kunashirovsky Shikotanite Urupa",
    []
);
t!(
    en_not_mentions,
    "Kuril Lake, the Kuril Basin and the Kuril-Kamchatka Trench; South Kuril District",
    []
);
t!(en_not_mention_en_dash, "the Kuril–Kamchatka Trench", []);
// A generic phrase in a text that names no place of any pack names nothing.
t!(
    generic_phrase_alone_names_nothing,
    "The disputed islands were discussed; спорные острова; 係争中の島々",
    []
);
t!(
    en_four_islands,
    "the four islands off Hokkaido",
    [
        ("southern-kurils", "four islands"),
        ("hokkaido", "Hokkaido")
    ]
);
t!(
    group_descriptions_name_the_group,
    "Shikotan, a contested island group; the islands both countries claim; спорных островов; оспариваемых островах; 係争中の島々",
    [
        ("shikotan", "Shikotan"),
        ("southern-kurils", "contested island group"),
        ("southern-kurils", "islands both countries claim"),
        ("southern-kurils", "спорных островов"),
        ("southern-kurils", "оспариваемых островах"),
        ("southern-kurils", "係争中の島々")
    ]
);
t!(
    en_lesser_chain,
    "the Lesser Kuril Chain",
    [("lesser-kurils", "Lesser Kuril Chain")]
);
t!(
    en_sub_places,
    "Yuzhno-Kurilsk on Kunashir and Kurilsk on Iturup",
    [
        ("yuzhno-kurilsk", "Yuzhno-Kurilsk"),
        ("kunashir", "Kunashir"),
        ("kurilsk", "Kurilsk"),
        ("iturup", "Iturup")
    ]
);
t!(
    en_line_break_inside_name,
    "the Kuril\nIslands",
    [("kuril-islands", "Kuril\nIslands")]
);
t!(
    en_northern_territory_is_australia,
    "Darwin, Northern Territory",
    []
);
t!(
    en_first_name_yuri,
    "Yuri Trutnev visited Yuri Island",
    [("yuri", "Yuri Island")]
);

// Russian
t!(
    ru_case_endings,
    "на Кунашире, с Итурупа, к Шикотану",
    [
        ("kunashir", "Кунашире"),
        ("iturup", "Итурупа"),
        ("shikotan", "Шикотану")
    ]
);
t!(
    ru_group_genitive,
    "проблема Курильских островов и Курил",
    [
        ("kuril-islands", "Курильских островов"),
        ("kuril-islands", "Курил")
    ]
);
t!(
    ru_southern_kurils,
    "на Южных Курилах",
    [("southern-kurils", "Южных Курилах")]
);
t!(
    ru_habomai,
    "острова Хабомаи и Шикотан",
    [("habomai", "острова Хабомаи"), ("shikotan", "Шикотан")]
);
t!(
    ru_lesser_chain,
    "острова Малой Курильской гряды",
    [("lesser-kurils", "Малой Курильской гряды")]
);
t!(
    ru_yo_folded,
    "на острове Зеленый",
    [("zelyony", "острове Зеленый")]
);
t!(ru_upper_case, "КУНАШИР", [("kunashir", "КУНАШИР")]);
t!(
    ru_not_mentions,
    "Курильское озеро и Курило-Камчатский жёлоб, Южно-Курильский район",
    []
);
t!(
    ru_town_cases,
    "в Южно-Курильске и Курильске",
    [
        ("yuzhno-kurilsk", "Южно-Курильске"),
        ("kurilsk", "Курильске")
    ]
);
t!(ru_no_match_inside_words, "кунаширский", []);
t!(
    ru_second_half_of_a_compound_adjective,
    "Северо-Курильский и курило-камчатский, но Южно-Курильск и рейс Кунашир-Итуруп",
    [
        ("yuzhno-kurilsk", "Южно-Курильск"),
        ("kunashir", "Кунашир"),
        ("iturup", "Итуруп")
    ]
);
t!(
    ru_three_districts_named_together,
    "Северо-Курильский, Курильский и Южно-Курильский городские округа; в Курильском и Южно-Курильском районах",
    []
);
t!(
    ru_south_kuril_adjective,
    "южнокурильские рыбаки и Южнокурильский порт, но не Южнокурильский район",
    [
        ("southern-kurils", "южнокурильские"),
        ("southern-kurils", "Южнокурильский")
    ]
);
t!(
    en_four_southernmost_islands,
    "the four southernmost islands and the four southern islands",
    [
        ("southern-kurils", "four southernmost islands"),
        ("southern-kurils", "four southern islands")
    ]
);
t!(
    ja_four_islands_with_digits,
    "エトロフなど４島出身者と4島の帰属、しかし１４島ではない",
    [
        ("iturup", "エトロフ"),
        ("southern-kurils", "４島"),
        ("southern-kurils", "4島")
    ]
);
t!(
    ru_northern_territories,
    "так называемые «северные территории»",
    [("southern-kurils", "северные территории")]
);
t!(
    ru_adjective_name_agreeing_with_island,
    "На острове Зеленом, который японцы называют Сибоцу, у острова Сигнального",
    [
        ("zelyony", "острове Зеленом"),
        ("zelyony", "Сибоцу"),
        ("signalny", "острова Сигнального")
    ]
);
t!(
    ru_districts_listed_with_commas,
    "для Курильского, Южно-Курильского и Северо-Курильского городских округов",
    []
);
t!(
    ru_south_sakhalin_oblast,
    "вошли в состав Южно-Сахалинской области",
    [("sakhalin", "Южно-Сахалинской области")]
);
t!(
    ru_sakhalin_oblast,
    "губернатор Сахалинской области",
    [("sakhalin", "Сахалинской области")]
);

// Japanese
t!(
    ja_islands_without_spaces,
    "北方領土の国後島と択捉島、色丹島、歯舞群島",
    [
        ("southern-kurils", "北方領土"),
        ("kunashir", "国後島"),
        ("iturup", "択捉島"),
        ("shikotan", "色丹島"),
        ("habomai", "歯舞群島")
    ]
);
t!(
    ja_short_names,
    "国後、択捉両島",
    [("kunashir", "国後"), ("iturup", "択捉")]
);
t!(ja_short_name_not_inside_word, "首相は帰国後に会見した", []);
// Chinese lists name the islands by two characters; `^国后` is not Kunashir in 回国后.
t!(
    zh_short_names_in_a_list,
    "日本一直要求归还齿舞、色丹、国后、择捉四岛",
    [
        ("habomai", "齿舞"),
        ("shikotan", "色丹"),
        ("kunashir", "国后"),
        ("iturup", "择捉"),
        ("southern-kurils", "四岛")
    ]
);
t!(
    zh_short_name_not_inside_word,
    "安倍回国后表示，两国后续将继续谈判",
    []
);
t!(
    ja_two_names_written_together,
    "１８７５年の樺太千島交換条約",
    [("sakhalin", "樺太"), ("kuril-islands", "千島")]
);
t!(
    ja_four_islands,
    "北方四島の元島民",
    [("southern-kurils", "北方四島")]
);
t!(
    ja_kuril_chain_and_trench,
    "千島列島と千島海溝",
    [("kuril-islands", "千島列島")]
);
t!(
    ja_katakana,
    "クナシリ島とエトロフ",
    [("kunashir", "クナシリ島"), ("iturup", "エトロフ")]
);
t!(
    ja_nemuro,
    "根室市の納沙布岬から",
    [("nemuro", "根室市"), ("nosappu", "納沙布岬")]
);

#[test]
fn spans_are_characters_and_bytes() {
    let text = "Остров 国後島 (Kunashir)";
    let mentions = LINKER.link(text);
    assert_eq!(mentions.len(), 2);
    let m = &mentions[0];
    assert_eq!((m.start, m.end), (7, 10));
    assert_eq!(&text[m.byte_start..m.byte_end], "国後島");
    let m = &mentions[1];
    assert_eq!((m.start, m.end), (12, 20));
    assert_eq!(
        text.chars()
            .skip(m.start)
            .take(m.end - m.start)
            .collect::<String>(),
        "Kunashir"
    );
}

#[test]
fn sub_places_carry_their_island() {
    let mentions = LINKER.link("Malokurilskoye");
    assert_eq!(mentions[0].island.as_deref(), Some("shikotan"));
    assert_eq!(mentions[0].kind, PlaceKind::Place);
}

#[test]
fn empty_and_odd_text() {
    assert!(LINKER.link("").is_empty());
    assert!(LINKER.link("\u{0}\u{FEFF}🙂 İİİ").is_empty());
    let m = LINKER.link("🙂Kunashir🙂");
    assert_eq!((m[0].start, m[0].end), (1, 9));
}

#[test]
fn long_texts_link_across_chunks_with_exact_offsets() {
    // Paragraphs and one long paragraph with no blank line, well past the chunk size.
    let paragraph = "Визит на Кунашир. The Kuril Islands and 国後島 again.\n\n";
    let mut text = paragraph.repeat(3000);
    text.push_str(&"Shikotan and Iturup ".repeat(8000));
    let mentions = LINKER.link(&text);
    assert_eq!(mentions.len(), 3 * 3000 + 2 * 8000);
    for m in &mentions {
        assert_eq!(&text[m.byte_start..m.byte_end], m.text);
        assert_eq!(crate::text::char_offset(&text, m.byte_start), m.start);
    }
}

// ---- Every built-in pack at once (issue 12)

static ALL_PACKS: std::sync::LazyLock<Linker> =
    std::sync::LazyLock::new(|| Linker::new(&Gazetteer::built_in()));

/// (pack, place, text) of every mention of `text` against every built-in pack.
fn all_packs(text: &str) -> Vec<(String, String, String)> {
    ALL_PACKS
        .link(text)
        .into_iter()
        .map(|m| (m.pack, m.feature, m.text))
        .collect()
}

fn triples(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn ukrainian_names_are_found_in_every_case() {
    assert_eq!(
        all_packs("Вибухи пролунали у Криму та в Севастополі, біля Кримського мосту."),
        triples(&[
            ("crimea", "crimea", "Криму"),
            ("crimea", "sevastopol", "Севастополі"),
            ("crimea", "crimean-bridge", "Кримського мосту"),
        ])
    );
}

#[test]
fn korean_names_take_particles_but_not_other_words() {
    assert_eq!(
        all_packs("정부는 독도는 우리 땅이라며 독도에서 훈련을 했다. 독도법 개정."),
        triples(&[("dokdo", "dokdo", "독도"), ("dokdo", "dokdo", "독도")])
    );
}

#[test]
fn korean_names_take_particles_of_limit_and_choice() {
    assert_eq!(
        all_packs("독도뿐 아니라 독도조차, 독도나 울릉도, 독도라고 불린다."),
        triples(&[
            ("dokdo", "dokdo", "독도"),
            ("dokdo", "dokdo", "독도"),
            ("dokdo", "dokdo", "독도"),
            ("dokdo", "dokdo", "독도"),
        ])
    );
}

#[test]
fn korean_names_take_the_copula_after_a_vowel() {
    assert_eq!(
        all_packs("왼쪽이 동도, 오른쪽이 서도다. 이곳이 독도입니다."),
        triples(&[
            ("dokdo", "dongdo", "동도"),
            ("dokdo", "seodo", "서도"),
            ("dokdo", "dokdo", "독도"),
        ])
    );
}

#[test]
fn korean_compounds_of_a_place_s_name_name_the_place_but_a_unit_s_does_not() {
    // Korean writes 독도방어훈련 as well as 독도 방어훈련.
    assert_eq!(
        all_packs("군은 독도방어훈련을 했고 독도인근 해역에 갔다. 독도경비대가 있다."),
        triples(&[("dokdo", "dokdo", "독도"), ("dokdo", "dokdo", "독도")])
    );
}

#[test]
fn a_hanja_gloss_is_the_same_name_again_two_names_are_two() {
    assert_eq!(
        all_packs("일본은 다케시마(竹島·일본이 주장하는 독도 명칭)를 주장한다."),
        triples(&[("dokdo", "dokdo", "다케시마"), ("dokdo", "dokdo", "독도")])
    );
    // In quotation marks, the gloss follows the closing mark.
    assert_eq!(
        all_packs("일본은 독도를 ‘다케시마’(竹島)라고 부른다."),
        triples(&[("dokdo", "dokdo", "독도"), ("dokdo", "dokdo", "다케시마")])
    );
    // Yonhap glosses in angle brackets, inside the Japanese name's bracket.
    assert_eq!(
        all_packs("쿠나시르(일본명 구나시리<國後>)섬"),
        triples(&[
            ("kuril", "kunashir", "쿠나시르"),
            ("kuril", "kunashir", "구나시리")
        ])
    );
    // Two names of one place (not a Hangul name and its hanja) stay two mentions.
    assert_eq!(all_packs("太平島（Itu Aba）").len(), 2);
}

#[test]
fn a_namesake_makes_the_name_its_own_in_every_form_and_language() {
    // The Yalta on the Azov coast is a settlement (селище): "Ялту" and the
    // Ukrainian-only form "Ялті" are that village too.
    assert!(all_packs(
        "Йдеться про селища Ялта, Юр'ївка та Урзуф. Ялту заснували 1780 року. У Ялті підтопило двори."
    )
    .is_empty());
    // A village whose name is Crimea's adjective.
    assert!(all_packs("Читайте також: Кримське на Бахмутці.").is_empty());
    assert_eq!(
        all_packs("кримське питання"),
        triples(&[("crimea", "crimea", "кримське")])
    );
}

#[test]
fn islanders_are_a_people_not_the_islands() {
    assert_eq!(
        all_packs("Falkland Islanders voted to keep the Falkland Islands British."),
        triples(&[("falklands", "falkland-islands", "Falkland Islands")])
    );
}

#[test]
fn a_district_named_after_a_town_is_not_the_town() {
    assert_eq!(
        all_packs("A depot in the Dzhankoi district of Crimea burned; Dzhankoi itself and the Saky District Court were spared."),
        triples(&[
            ("crimea", "crimea", "Crimea"),
            ("crimea", "dzhankoi", "Dzhankoi"),
        ])
    );
}

#[test]
fn dzhankoi_is_declined_as_a_noun() {
    for (text, name) in [
        ("Склад взорвался под Джанкоем.", "Джанкоем"),
        ("В Джанкое слышали взрывы.", "Джанкое"),
        ("Вибухи поблизу Джанкоя.", "Джанкоя"),
    ] {
        assert_eq!(
            all_packs(text),
            triples(&[("crimea", "dzhankoi", name)]),
            "{text}"
        );
    }
}

#[test]
fn names_that_share_a_head_word() {
    assert_eq!(
        all_packs("Mischief, Subi and Fiery Cross reefs were built up; East and West Falkland."),
        triples(&[
            ("south-china-sea", "mischief-reef", "Mischief"),
            ("south-china-sea", "subi-reef", "Subi"),
            ("south-china-sea", "fiery-cross-reef", "Fiery Cross"),
            ("falklands", "east-falkland", "East"),
            ("falklands", "west-falkland", "West Falkland"),
        ])
    );
    assert_eq!(
        all_packs("China built the Mischief and Subi reefs."),
        triples(&[
            ("south-china-sea", "mischief-reef", "Mischief"),
            ("south-china-sea", "subi-reef", "Subi"),
        ])
    );
    // Names that are no place's stay unlinked.
    assert!(
        all_packs("The Bondi and Manly beaches, the Great Barrier and Ningaloo reefs.").is_empty()
    );
}

#[test]
fn latin_names_match_text_written_without_diacritics() {
    assert_eq!(
        all_packs("Tàu ở quần đảo Trường Sa. Tau o quan dao Truong Sa. Islas Malvinas, Atlantico."),
        triples(&[
            ("south-china-sea", "spratly-islands", "quần đảo Trường Sa"),
            ("south-china-sea", "spratly-islands", "quan dao Truong Sa"),
            ("falklands", "falkland-islands", "Islas Malvinas"),
        ])
    );
}

#[test]
fn chinese_names_in_both_scripts() {
    assert_eq!(
        all_packs("中国海警在钓鱼岛领海巡航。海巡署稱釣魚臺列嶼是中華民國領土。"),
        triples(&[
            ("senkaku", "senkaku-islands", "钓鱼岛"),
            ("senkaku", "senkaku-islands", "釣魚臺列嶼"),
        ])
    );
}

#[test]
fn a_generic_phrase_names_the_dispute_the_text_names_most() {
    assert_eq!(
        all_packs("Kunashir. The Falkland Islands and Stanley: the disputed islands voted."),
        triples(&[
            ("kuril", "kunashir", "Kunashir"),
            ("falklands", "falkland-islands", "Falkland Islands"),
            ("falklands", "stanley", "Stanley"),
            ("falklands", "falkland-islands", "disputed islands"),
        ])
    );
    // On a tie, the dispute named first.
    assert_eq!(
        all_packs("Kunashir and the Falklands: the disputed islands."),
        triples(&[
            ("kuril", "kunashir", "Kunashir"),
            ("falklands", "falkland-islands", "Falklands"),
            ("kuril", "southern-kurils", "disputed islands"),
        ])
    );
}

#[test]
fn an_article_about_japan_s_three_disputes_links_to_all_three() {
    let packs: Vec<String> = all_packs(
        "Japan's Diplomatic Bluebook again called the Northern Territories, Takeshima and the Senkaku Islands its territory.",
    )
    .into_iter()
    .map(|(pack, ..)| pack)
    .collect();
    assert_eq!(packs, ["kuril", "dokdo", "senkaku"]);
}

#[test]
fn look_alikes_of_the_new_places_are_no_mentions() {
    assert_eq!(
        all_packs("Morgan Stanley analysts and the Stanley Cup; the Crimean War; Crimean-Congo haemorrhagic fever; Georgia's president; 佛山市南海区."),
        triples(&[])
    );
}

#[test]
fn a_namesake_makes_the_bare_name_the_namesake_too() {
    // Guangzhou's Nansha district and Foshan's Nanhai district, then their short names.
    assert_eq!(
        all_packs("广州市南沙区、佛山市南海区现场签约。南沙地处大湾区中心，南海的产业链完整。"),
        triples(&[])
    );
    // Moscow's Krymsky Bridge, then the bridge and the embankment on their own.
    assert_eq!(
        all_packs("Крымский мост в Москве закроют. Крымский мост открыт в 1938 году у парка на Крымском Валу."),
        triples(&[])
    );
}

#[test]
fn sansha_s_nansha_district_is_the_spratlys_where_the_text_names_them() {
    let found = all_packs("国务院批准三沙市设立南沙区，南沙区管辖南沙群岛的岛礁及其海域。");
    let spratlys = found.iter().filter(|m| m.1 == "spratly-islands").count();
    assert_eq!(spratlys, 3, "{found:?}");
    // Guangzhou's district, in a text about Guangzhou.
    assert_eq!(all_packs("南沙区今年新增企业三千家。"), triples(&[]));
}

#[test]
fn a_namesake_leaves_a_dispute_the_text_names_otherwise() {
    assert_eq!(
        all_packs("广州南沙港的船只驶往南沙群岛。南沙局势紧张。"),
        triples(&[
            ("south-china-sea", "spratly-islands", "南沙群岛"),
            ("south-china-sea", "spratly-islands", "南沙"),
        ])
    );
}

#[test]
fn a_cyrillic_name_alone_in_guillemets_names_a_thing() {
    assert_eq!(
        all_packs(
            "Гостиница «Севастополь» открыта, линкор «Севастополь» в музее. В Севастополе тихо."
        ),
        triples(&[("crimea", "sevastopol", "Севастополе")])
    );
    // An airport is at its city.
    assert_eq!(
        all_packs("Аэропорт «Симферополь» открыт, аеропорт «Сімферополь» закритий."),
        triples(&[
            ("crimea", "simferopol", "Симферополь"),
            ("crimea", "simferopol", "Сімферополь")
        ])
    );
}

#[test]
fn a_weak_name_counts_only_where_its_dispute_is_named_otherwise() {
    assert_eq!(
        all_packs("독도 동도에는 경비대가 있고, 서도에는 어민숙소가 있다."),
        // "독도 동도", Dokdo's East Islet, names both, as a reader counts them.
        triples(&[
            ("dokdo", "dokdo", "독도"),
            ("dokdo", "dongdo", "동도"),
            ("dokdo", "seodo", "서도"),
        ])
    );
    // Geomundo's islets, in a text about Geomundo.
    assert_eq!(
        all_packs("거문도의 동도와 서도 사이에 다리가 놓였다."),
        triples(&[])
    );
}

#[test]
fn a_weak_name_with_a_capital_counts_only_with_its_capital() {
    let text = "Falklands: the weekly flight lands at Mount Pleasant; \
                the mount pleasant to climb is another.";
    let found = all_packs(text);
    let pleasant: Vec<_> = found.iter().filter(|m| m.1 == "mount-pleasant").collect();
    assert_eq!(pleasant.len(), 1, "{found:?}");
    assert_eq!(pleasant[0].2, "Mount Pleasant");
}

#[test]
fn a_group_named_after_its_island_is_the_island_in_a_list_of_islands() {
    let listed = all_packs("日本政府宣布“购买”钓鱼岛及其附属的南小岛和北小岛。");
    let features: Vec<&str> = listed.iter().map(|m| m.1.as_str()).collect();
    assert_eq!(features, ["uotsuri-jima", "minami-kojima", "kita-kojima"]);
    let listed = all_packs("釣魚台列嶼由釣魚台、黃尾嶼、赤尾嶼組成。");
    let features: Vec<&str> = listed.iter().map(|m| m.1.as_str()).collect();
    assert_eq!(
        features,
        [
            "senkaku-islands",
            "uotsuri-jima",
            "kuba-jima",
            "taisho-jima"
        ]
    );
    // The group alone, or beside a place that is no island of it.
    let alone = all_packs("中国海警舰艇编队在我钓鱼岛领海内巡航，石垣市和钓鱼岛。");
    assert!(alone.iter().all(|m| m.1 != "uotsuri-jima"), "{alone:?}");
}

#[test]
fn a_name_of_several_words_counts_as_one_word_only_as_a_hashtag() {
    let found = all_packs("Tu hao! #TruongSa #BienDong #SouthChinaSea");
    let features: Vec<&str> = found.iter().map(|m| m.1.as_str()).collect();
    assert_eq!(
        features,
        ["spratly-islands", "south-china-sea", "south-china-sea"]
    );
    assert_eq!(found[0].2, "TruongSa");
    assert_eq!(all_packs("Xem truongsa va biendong.vn"), triples(&[]));
}

#[test]
fn a_japanese_name_split_by_its_reading_is_one_mention() {
    assert_eq!(
        found("択捉島と得撫（ウルップ）島の間に国境を画定し、国後（くなしり）島にも。"),
        [
            ("iturup".to_string(), "択捉島".to_string()),
            ("urup".to_string(), "得撫（ウルップ）島".to_string()),
            ("kunashir".to_string(), "国後（くなしり）島".to_string())
        ]
    );
    let senkaku: Vec<_> = all_packs("初めてドローンで魚釣（うおつり）島を上空から撮影した。")
        .into_iter()
        .map(|(_, feature, text)| (feature, text))
        .collect();
    assert_eq!(
        senkaku,
        [("uotsuri-jima".to_string(), "魚釣（うおつり）島".to_string())]
    );
}

#[test]
fn signalny_by_its_bare_name_only_with_its_capital_beside_the_kurils() {
    assert_eq!(
        found("Японцы добывают капусту у Сигнального, маяк на Сигнальном ремонтируют. На Курилах тихо."),
        [
            ("signalny".to_string(), "Сигнального".to_string()),
            ("signalny".to_string(), "Сигнальном".to_string()),
            ("kuril-islands".to_string(), "Курилах".to_string())
        ]
    );
    // The adjective "signal" in lower case (at a sentence's start, with its capital,
    // it would count), and the name where nothing else names the dispute.
    assert!(
        found("На Курилах горел сигнальный огонь у сигнального буя.")
            .iter()
            .all(|(id, _)| id != "signalny")
    );
    assert!(found("Маяк на Сигнальном.").is_empty());
}
