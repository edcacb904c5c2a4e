//! The events of small texts, one rule at a time.

use chrono::NaiveDate;

use super::*;
use crate::gazetteer::{ContextPlaces, PlaceKind};

fn pubdate(s: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

/// A mention of the `nth` occurrence of `needle` in `text`.
fn mention(text: &str, needle: &str, feature: &str, island: Option<&str>) -> Mention {
    let byte_start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let byte_end = byte_start + needle.len();
    Mention {
        pack: "kuril".into(),
        feature: feature.to_string(),
        kind: if island.is_some() {
            PlaceKind::Place
        } else {
            PlaceKind::Island
        },
        island: island.map(str::to_string),
        start: crate::text::char_offset(text, byte_start),
        end: crate::text::char_offset(text, byte_end),
        byte_start,
        byte_end,
        text: needle.to_string(),
    }
}

/// `(date, places joined by ",", sentence, relative, planned)` per event.
type Row = (String, String, String, bool, bool);

fn rows(events: &[Event]) -> Vec<Row> {
    events
        .iter()
        .map(|e| {
            (
                e.date.to_string(),
                e.places.join(","),
                e.sentence.clone(),
                e.relative,
                e.planned,
            )
        })
        .collect()
}

/// `t!(name, text, published, [(needle, feature, island)...], [(date, places, sentence, relative, planned)...])`
macro_rules! t {
    ($name:ident, $text:expr, $published:expr,
     [$(($needle:expr, $feature:expr, $island:expr)),* $(,)?],
     [$(($date:expr, $places:expr, $sentence:expr, $relative:expr, $planned:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let text: &str = $text;
            let published = if $published.is_empty() { None } else { pubdate($published) };
            let mentions: Vec<Mention> = vec![$(mention(text, $needle, $feature, $island)),*];
            let expected: Vec<Row> = vec![$((
                $date.to_string(), $places.to_string(), $sentence.to_string(), $relative, $planned
            )),*];
            assert_eq!(rows(&extract_events(text, &mentions, published, &ContextPlaces::default())), expected);
        }
    };
}

t!(
    since_late_month_is_background,
    "The military said on May 9 that troops had drilled on Iturup since late April.",
    "2025-05-13",
    [("Iturup", "iturup", None)],
    [(
        "2025-05-09",
        "iturup",
        "The military said on May 9 that troops had drilled on Iturup since late April.",
        true,
        false
    )]
);
t!(
    en_basic,
    "Tokyo protested again. On November 1, 2010, Medvedev visited Kunashir. He met residents.",
    "2010-11-02",
    [("Kunashir", "kunashir", None)],
    [(
        "2010-11-01",
        "kunashir",
        "On November 1, 2010, Medvedev visited Kunashir.",
        false,
        false
    )]
);
t!(
    listing_entries_take_the_date_above_them,
    "報道発表\n\n令和7年3月14日\n\n択捉島での演習に対する抗議\n\n令和7年1月30日\n\n貝殻島周辺での漁船の拿捕",
    "2025-03-27",
    [("択捉島", "iturup", None), ("貝殻島", "signalny", Some("habomai"))],
    [
        (
            "2025-03-14",
            "iturup",
            "令和7年3月14日\n\n択捉島での演習に対する抗議",
            false,
            false
        ),
        (
            "2025-01-30",
            "signalny,habomai",
            "令和7年1月30日\n\n貝殻島周辺での漁船の拿捕",
            false,
            false
        )
    ]
);
t!(
    a_lone_date_line_does_not_date_the_headline,
    "2019年9月11日（水）\nビザなし交流の訪問団が帰港　色丹島で住民と交流\n一行は色丹島を訪れた。",
    "2019-09-11",
    [("色丹島", "shikotan", None)],
    []
);
t!(
    en_no_place_or_no_date,
    "In 1945 the war ended. Kunashir is large.",
    "2023-01-01",
    [("Kunashir", "kunashir", None)],
    []
);
t!(
    en_places_with_islands,
    "In 2018 troops in Yuzhno-Kurilsk and on Kunashir and Iturup drilled.",
    "2023-01-01",
    [
        ("Yuzhno-Kurilsk", "yuzhno-kurilsk", Some("kunashir")),
        ("Kunashir", "kunashir", None),
        ("Iturup", "iturup", None)
    ],
    [(
        "2018",
        "yuzhno-kurilsk,kunashir,iturup",
        "In 2018 troops in Yuzhno-Kurilsk and on Kunashir and Iturup drilled.",
        false,
        false
    )]
);
t!(
    en_year_dropped_for_precise_date,
    "In 2010, on November 1, 2010, he landed on Kunashir.",
    "",
    [("Kunashir", "kunashir", None)],
    [(
        "2010-11-01",
        "kunashir",
        "In 2010, on November 1, 2010, he landed on Kunashir.",
        false,
        false
    )]
);
t!(
    en_two_years,
    "The 1855 treaty and the 1956 declaration both mention Shikotan.",
    "",
    [("Shikotan", "shikotan", None)],
    [
        (
            "1855",
            "shikotan",
            "The 1855 treaty and the 1956 declaration both mention Shikotan.",
            false,
            false
        ),
        (
            "1956",
            "shikotan",
            "The 1855 treaty and the 1956 declaration both mention Shikotan.",
            false,
            false
        )
    ]
);
t!(
    en_reported_monday_is_not_planned,
    "The minister said on Monday that Russia will deploy missiles on Iturup.",
    "2023-06-14",
    [("Iturup", "iturup", None)],
    [(
        "2023-06-12",
        "iturup",
        "The minister said on Monday that Russia will deploy missiles on Iturup.",
        true,
        false
    )]
);
t!(
    ru_dateline_line_dates_the_sentence_after_it,
    "Южно-Сахалинск, 15 июля. Вице-премьер прибыл на Итуруп.",
    "2024-07-16",
    [
        ("Южно-Сахалинск", "yuzhno-sakhalinsk", None),
        ("Итуруп", "iturup", None)
    ],
    [(
        "2024-07-15",
        "yuzhno-sakhalinsk,iturup",
        "Южно-Сахалинск, 15 июля. Вице-премьер прибыл на Итуруп.",
        true,
        false
    )]
);
t!(
    a_short_sentence_in_prose_is_no_dateline,
    "В понедельник траур объявлен и в Крыму. Затем на Итуруп прибыл вице-премьер.",
    "2024-06-24",
    [("Крыму", "crimea", None), ("Итуруп", "iturup", None)],
    [(
        "2024-06-24",
        "crimea",
        "В понедельник траур объявлен и в Крыму.",
        true,
        false
    )]
);
t!(
    today_meaning_nowadays_is_not_an_event,
    "Today about 20,000 people live on Iturup. Сегодня на Кунашире действует режим свободной зоны. Сегодня Шикотан — один из районов. 今日の国後島は変わりつつある。",
    "2024-11-20",
    [
        ("Iturup", "iturup", None),
        ("Кунашире", "kunashir", None),
        ("Шикотан", "shikotan", None),
        ("国後島", "kunashir", None)
    ],
    []
);
t!(
    today_nowadays_with_a_word_that_only_looks_past,
    "Сегодня на Итурупе живут около 7 тысяч человек.",
    "2024-11-20",
    [("Итурупе", "iturup", None)],
    []
);
t!(
    today_as_the_news_day_is_an_event,
    "Today the minister visited Iturup. Сегодня губернатор прибыл на Кунашир. Сегодня, в пятницу, на Шикотане проходит совещание. 今日、国後島で式典が開かれた。",
    "2024-11-22",
    [
        ("Iturup", "iturup", None),
        ("Кунашир", "kunashir", None),
        ("Шикотане", "shikotan", None),
        ("国後島", "kunashir", None)
    ],
    [
        ("2024-11-22", "iturup", "Today the minister visited Iturup.", true, false),
        ("2024-11-22", "kunashir", "Сегодня губернатор прибыл на Кунашир.", true, false),
        ("2024-11-22", "shikotan", "Сегодня, в пятницу, на Шикотане проходит совещание.", true, false),
        ("2024-11-22", "kunashir", "今日、国後島で式典が開かれた。", true, false)
    ]
);
t!(
    en_recurring_date_is_not_an_event,
    "The rally on Shikotan is held every Feb. 7, the anniversary of the 1855 treaty.",
    "2024-02-07",
    [("Shikotan", "shikotan", None)],
    [(
        "1855",
        "shikotan",
        "The rally on Shikotan is held every Feb. 7, the anniversary of the 1855 treaty.",
        false,
        false
    )]
);
t!(
    recurring_dates_in_other_languages_are_not_events,
    "Японія щороку 7 лютого згадує Кунашир. Cada 7 de febrero Japón reclama Kunashir. 日本每年2月7日都提到国后岛。",
    "2024-02-07",
    [("Кунашир", "kunashir", None), ("Kunashir", "kunashir", None), ("国后岛", "kunashir", None)],
    []
);
t!(
    ja_timestamp_line_is_not_an_event,
    "2024年10月22日 05:00根室支局 佐藤 美咲\n根室市では今月、集会が開かれた。",
    "2024-10-22",
    [("根室支局", "nemuro", None), ("根室市", "nemuro", None)],
    [(
        "2024-10",
        "nemuro",
        "根室市では今月、集会が開かれた。",
        true,
        false
    )]
);
t!(
    ru_range_dates_its_start,
    "С 1945 по 1948 год с Итурупа были переселены все японские жители.",
    "2025-06-18",
    [("Итурупа", "iturup", None)],
    [(
        "1945",
        "iturup",
        "С 1945 по 1948 год с Итурупа были переселены все японские жители.",
        false,
        false
    )]
);
t!(
    en_since_is_background_to_another_date,
    "On Wednesday Japan renewed its claim to Kunashir, with talks frozen since 2022.",
    "2024-02-07",
    [("Kunashir", "kunashir", None)],
    [(
        "2024-02-07",
        "kunashir",
        "On Wednesday Japan renewed its claim to Kunashir, with talks frozen since 2022.",
        true,
        false
    )]
);
t!(
    zh_from_a_year_glossed_in_brackets_is_background_to_another_date,
    "民國35年（1946年）12月，政府派艦接收太平島；民國45年（1956年）起，國軍進駐太平島。",
    "2016-07-13",
    [("太平島", "itu-aba", None), ("太平島", "itu-aba", None)],
    [(
        "1946-12",
        "itu-aba",
        "民國35年（1946年）12月，政府派艦接收太平島；民國45年（1956年）起，國軍進駐太平島。",
        false,
        false
    )]
);
t!(
    ko_since_is_background_to_another_date,
    "1986년부터 매년 독도 방어훈련을 해 온 해군은 지난해 6월에도 독도 인근에서 훈련했다.",
    "2019-08-25",
    [("독도", "dokdo", None)],
    [(
        "2018-06",
        "dokdo",
        "1986년부터 매년 독도 방어훈련을 해 온 해군은 지난해 6월에도 독도 인근에서 훈련했다.",
        true,
        false
    )]
);
t!(
    ja_from_a_month_on_every_day_is_background_to_another_date,
    "尖閣諸島の沖合で、ことし４月から毎日続いていた中国海警局の船の航行が、３日は確認されませんでした。",
    "2020-08-03",
    [("尖閣諸島", "senkaku-islands", None)],
    [(
        "2020-08-03",
        "senkaku-islands",
        "尖閣諸島の沖合で、ことし４月から毎日続いていた中国海警局の船の航行が、３日は確認されませんでした。",
        true,
        false
    )]
);
t!(
    ja_every_year_from_the_next_is_background_to_another_date,
    "県議会は2005年3月、この日を「竹島の日」と定める条例を可決し、翌年から毎年式典を開いている。",
    "2025-02-22",
    [("竹島", "dokdo", None)],
    [(
        "2005-03",
        "dokdo",
        "県議会は2005年3月、この日を「竹島の日」と定める条例を可決し、翌年から毎年式典を開いている。",
        false,
        false
    )]
);
t!(
    fil_ever_since_is_background_to_another_date,
    "Binalaan ni Duterte ang China noong Huwebes na layuan ang Pag-asa Island, kung saan umaaligid ang mga barko mula pa noong Enero.",
    "2019-04-05",
    [("Pag-asa Island", "thitu", None)],
    [(
        "2019-04-04",
        "thitu",
        "Binalaan ni Duterte ang China noong Huwebes na layuan ang Pag-asa Island, kung saan umaaligid ang mga barko mula pa noong Enero.",
        true,
        false
    )]
);
t!(
    ko_a_designated_day_is_no_event,
    "2005년 3월 16일 시마네현 의회는 2월 22일을 '다케시마의 날'로 정하는 조례를 만들어 독도 영유권을 주장했다.",
    "2017-02-22",
    [("독도", "dokdo", None)],
    [(
        "2005-03-16",
        "dokdo",
        "2005년 3월 16일 시마네현 의회는 2월 22일을 '다케시마의 날'로 정하는 조례를 만들어 독도 영유권을 주장했다.",
        false,
        false
    )]
);
t!(
    ja_a_day_made_a_named_day_is_no_event,
    "県議会は２００５年３月１６日、２月２２日を「竹島の日」とする条例を可決。",
    "2015-02-22",
    [("竹島", "dokdo", None)],
    [(
        "2005-03-16",
        "dokdo",
        "県議会は２００５年３月１６日、２月２２日を「竹島の日」とする条例を可決。",
        false,
        false
    )]
);
t!(
    en_a_designated_day_is_no_event,
    "In March 2005 Shimane passed an ordinance designating Feb. 22 as Takeshima Day, a name for Dokdo.",
    "2017-02-22",
    [("Takeshima", "dokdo", None), ("Dokdo", "dokdo", None)],
    [(
        "2005-03",
        "dokdo",
        "In March 2005 Shimane passed an ordinance designating Feb. 22 as Takeshima Day, a name for Dokdo.",
        false,
        false
    )]
);
t!(
    zh_a_clause_with_a_news_verb_keeps_its_date_to_itself,
    "2012年8月5日，马英九提出东海和平倡议；同年9月，日本政府将钓鱼岛、南小岛及北小岛国有化。",
    "2023-04-10",
    [
        ("钓鱼岛", "uotsuri-jima", None),
        ("南小岛", "minami-kojima", None),
        ("北小岛", "kita-kojima", None)
    ],
    [(
        "2012-09",
        "uotsuri-jima,minami-kojima,kita-kojima",
        "2012年8月5日，马英九提出东海和平倡议；同年9月，日本政府将钓鱼岛、南小岛及北小岛国有化。",
        false,
        false
    )]
);
t!(
    a_related_link_s_headline_gives_no_event,
    "Жители Крыма отметили годовщину референдума 16 марта.\n\nЧитайте также:\nПутин: решение о возвращении Крыма было принято в ночь на 23 февраля\n\nRead more: Crimea bridge reopens after the 17 July attack",
    "2015-03-16",
    [
        ("Крыма", "crimea", None),
        ("Крыма", "crimea", None),
        ("Crimea", "crimea", None)
    ],
    [(
        "2015-03-16",
        "crimea",
        "Жители Крыма отметили годовщину референдума 16 марта.",
        true,
        false
    )]
);
t!(
    zh_from_a_year_on_is_background_to_another_date,
    "1946年12月，政府派艦接收太平島；1956年起由國軍駐守太平島，2000年起改由海巡署接防太平島。",
    "2015-12-13",
    [
        ("太平島", "itu-aba", None),
        ("太平島", "itu-aba", None),
        ("太平島", "itu-aba", None)
    ],
    [(
        "1946-12",
        "itu-aba",
        "1946年12月，政府派艦接收太平島；1956年起由國軍駐守太平島，2000年起改由海巡署接防太平島。",
        false,
        false
    )]
);
t!(
    ja_the_end_of_a_month_starts_a_range,
    "１９４５年８月末から９月初めにかけて、旧ソ連軍は択捉島を占領した。",
    "2019-02-07",
    [("択捉島", "iturup", None)],
    [(
        "1945-08",
        "iturup",
        "１９４５年８月末から９月初めにかけて、旧ソ連軍は択捉島を占領した。",
        false,
        false
    )]
);
t!(
    a_sentence_that_starts_with_a_label_s_word_is_no_link,
    "Related to the talks, Japan protested over Kunashir on 5 February 2024.",
    "2024-02-07",
    [("Kunashir", "kunashir", None)],
    [(
        "2024-02-05",
        "kunashir",
        "Related to the talks, Japan protested over Kunashir on 5 February 2024.",
        false,
        false
    )]
);
t!(
    ko_range_start_is_no_since,
    "1986년부터 1990년까지 독도에서 훈련했다.",
    "2019-08-25",
    [("독도", "dokdo", None)],
    [(
        "1986",
        "dokdo",
        "1986년부터 1990년까지 독도에서 훈련했다.",
        false,
        false
    )]
);
t!(
    es_between_months_dates_the_start,
    "El vuelo a Kunashir, que entre noviembre de 2019 y marzo de 2020 hizo una escala mensual.",
    "2023-03-03",
    [("Kunashir", "kunashir", None)],
    [(
        "2019-11",
        "kunashir",
        "El vuelo a Kunashir, que entre noviembre de 2019 y marzo de 2020 hizo una escala mensual.",
        false,
        false
    )]
);
t!(
    chronology_entry_dates_head_their_sentence,
    "LA CRONOLOGÍA\n\n19 de marzo de 1982. Unos obreros desembarcan en Shikotan.\n\n2 de abril. Las fuerzas toman Kunashir. Muere un capitán.",
    "2022-06-14",
    [("Shikotan", "shikotan", None), ("Kunashir", "kunashir", None)],
    [
        (
            "1982-03-19",
            "shikotan",
            "19 de marzo de 1982. Unos obreros desembarcan en Shikotan.",
            false,
            false
        ),
        (
            "1982-04-02",
            "kunashir",
            "2 de abril. Las fuerzas toman Kunashir.",
            false,
            false
        )
    ]
);
t!(
    en_planned_next_month,
    "A delegation will visit Shikotan next month.",
    "2023-06-14",
    [("Shikotan", "shikotan", None)],
    [(
        "2023-07",
        "shikotan",
        "A delegation will visit Shikotan next month.",
        true,
        true
    )]
);
t!(
    en_planned_this_year,
    "Visa-free visits to Kunashir are expected to resume this year.",
    "2023-06-14",
    [("Kunashir", "kunashir", None)],
    [(
        "2023",
        "kunashir",
        "Visa-free visits to Kunashir are expected to resume this year.",
        true,
        true
    )]
);
t!(
    en_historic_date_in_future_sentence_is_not_planned,
    "Russia will no longer honor the 1956 declaration on Shikotan.",
    "2023-06-14",
    [("Shikotan", "shikotan", None)],
    [(
        "1956",
        "shikotan",
        "Russia will no longer honor the 1956 declaration on Shikotan.",
        false,
        false
    )]
);
t!(
    ru_basic,
    "Заголовок без точки\n1 ноября 2010 года Медведев посетил Кунашир. В 2024 году на Итурупе будет построен аэропорт.",
    "2023-06-14",
    [("Кунашир", "kunashir", None), ("Итурупе", "iturup", None)],
    [
        (
            "2010-11-01",
            "kunashir",
            "1 ноября 2010 года Медведев посетил Кунашир.",
            false,
            false
        ),
        (
            "2024",
            "iturup",
            "В 2024 году на Итурупе будет построен аэропорт.",
            false,
            true
        )
    ]
);
t!(
    ja_basic,
    "北方領土で演習\n防衛省は14日、択捉島で演習が行われたと発表した。政府は来年、国後島に調査団を派遣する方針だ。",
    "2023-06-15",
    [("択捉島", "iturup", None), ("国後島", "kunashir", None)],
    [
        (
            "2023-06-14",
            "iturup",
            "防衛省は14日、択捉島で演習が行われたと発表した。",
            true,
            false
        ),
        (
            "2024",
            "kunashir",
            "政府は来年、国後島に調査団を派遣する方針だ。",
            true,
            true
        )
    ]
);

#[test]
fn offsets_are_characters_and_serialization_uses_date_strings() {
    let text = "Кунашир. 2018年11月14日、国後島で会談。";
    let m = mention(text, "国後島", "kunashir", None);
    let events = extract_events(text, &[m], None, &ContextPlaces::default());
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!((e.start, e.end), (9, 28));
    let chars: String = text.chars().skip(e.start).take(e.end - e.start).collect();
    assert_eq!(chars, e.sentence);
    let json = serde_json::to_value(e).unwrap();
    assert_eq!(json["date"], "2018-11-14");
    assert_eq!(json["relative"], false);
}

#[test]
fn many_dates_in_one_sentence_are_all_kept() {
    let text = "Habomai was discussed in 1855, 1875, 1905, 1945 and 1956.";
    let m = mention(text, "Habomai", "habomai", None);
    let dates: Vec<String> = extract_events(text, &[m], None, &ContextPlaces::default())
        .iter()
        .map(|e| e.date.to_string())
        .collect();
    assert_eq!(dates, ["1855", "1875", "1905", "1945", "1956"]);
}

#[test]
fn same_date_twice_gives_one_event() {
    let text = "In 1945 (1945) Soviet troops reached Shikotan.";
    let m = mention(text, "Shikotan", "shikotan", None);
    assert_eq!(
        extract_events(text, &[m], None, &ContextPlaces::default()).len(),
        1
    );
}

#[test]
fn the_same_date_twice_in_two_clauses_gives_each_clause_its_places() {
    let text = "2012年9月10日，日本政府宣布购买钓鱼岛；同日，中国政府公布了北小岛的领海基线。";
    let mentions = [
        mention(text, "钓鱼岛", "uotsuri-jima", None),
        mention(text, "北小岛", "kita-kojima", None),
    ];
    let events = extract_events(text, &mentions, None, &ContextPlaces::default());
    let found: Vec<(String, String)> = events
        .iter()
        .map(|e| (e.date.to_string(), e.places.join(",")))
        .collect();
    assert_eq!(
        found,
        [
            ("2012-09-10".to_string(), "uotsuri-jima".to_string()),
            ("2012-09-10".to_string(), "kita-kojima".to_string())
        ]
    );
}

#[test]
fn a_spanish_island_word_before_a_name_names_another_island() {
    let text = "Los británicos desembarcaron en la isla Soledad el 21 de mayo de 1982.\n\n\
                El 25 de mayo de 1982 hundieron un destructor al norte de la isla Borbón.\n\n\
                El 28 de mayo de 1982 volvieron a la isla.";
    assert_eq!(
        event_dates(text, "2022-05-21", &[("isla Soledad", "east-falkland")]),
        ["1982-05-21", "1982-05-28"]
    );
}

/// The dates of the events of `text` with one mention per `(needle, feature)`.
fn event_dates(text: &str, published: &str, needles: &[(&str, &str)]) -> Vec<String> {
    let mentions: Vec<Mention> = needles
        .iter()
        .map(|(needle, feature)| mention(text, needle, feature, None))
        .collect();
    extract_events(
        text,
        &mentions,
        pubdate(published),
        &ContextPlaces::default(),
    )
    .iter()
    .map(|e| e.date.to_string())
    .collect()
}

#[test]
fn editorial_notes_are_not_events() {
    for (text, needle) in [
        ("Kunashir pier delayed.\n(Updated Feb 5 to add the governor's comments on the Kunashir ferry)", "Kunashir ferry"),
        ("This article was updated on Nov. 21 to add comments from Hokkaido Gov. Naomichi Suzuki.", "Hokkaido"),
        ("(This story was updated on Sept. 12 to add the detention off Kaigara Island.)", "Kaigara"),
        ("Материал обновлен 1 сентября в 18:10: добавлены подробности о строительстве на Шикотане.", "Шикотане"),
        ("※６月３０日午後４時４０分、貝殻島周辺の採取料の金額を更新しました。", "貝殻島"),
    ] {
        assert_eq!(event_dates(text, "2023-11-20", &[(needle, "x")]), Vec::<String>::new(), "{text}");
    }
    // A sentence that reports an update of something else is an event.
    assert_eq!(
        event_dates(
            "Russia updated its maps of Shikotan on Nov. 1.",
            "2023-11-20",
            &[("Shikotan", "shikotan")]
        ),
        ["2023-11-01"]
    );
}

#[test]
fn a_byline_is_not_an_event() {
    let text = "By Kenji Watanabe, Staff writer, in Nemuro | Nov 20, 2023\nBy March 2023 the pier on Shikotan was finished.";
    assert_eq!(
        event_dates(
            text,
            "2023-11-20",
            &[("Nemuro", "nemuro"), ("Shikotan", "shikotan")]
        ),
        ["2023-03"]
    );
}

#[test]
fn a_dateline_date_gives_way_to_the_news_date() {
    let text = "NEMURO, Japan, Sept. 12 (Kyodo) -- Former residents flew over Kunashiri Island on Thursday, the government said.";
    assert_eq!(
        event_dates(text, "2025-09-12", &[("Kunashiri", "kunashir")]),
        ["2025-09-11"]
    );
    let text = "MOSCOW, Feb 4 (Reuters) - Russia will complete a pier on Kunashir in 2027, a deputy minister said on Tuesday.";
    assert_eq!(
        event_dates(text, "2026-02-04", &[("Kunashir", "kunashir")]),
        ["2027", "2026-02-03"]
    );
    // Without another date the dateline's is the best there is.
    let text =
        "TOKYO, May 13 (Kyodo) - Japan protested against drills on Etorofu, the ministry said.";
    assert_eq!(
        event_dates(text, "2025-05-13", &[("Etorofu", "iturup")]),
        ["2025-05-13"]
    );
    // A date later in the sentence is not a dateline's.
    let text = "Japan protested against drills on Etorofu on May 9 (local time) - the ministry said on Tuesday.";
    assert_eq!(
        event_dates(text, "2025-05-13", &[("Etorofu", "iturup")]),
        ["2025-05-09", "2025-05-13"]
    );
}

/// `(date, places joined by ",", how dated, reference texts joined by "|")` per event.
fn dated(
    text: &str,
    published: &str,
    needles: &[(&str, &str, Option<&str>)],
) -> Vec<(String, String, String, String)> {
    let mentions: Vec<Mention> = needles
        .iter()
        .map(|(needle, feature, island)| {
            let mut m = mention(text, needle, feature, *island);
            if feature.ends_with("-kurils") {
                m.kind = PlaceKind::Group;
            }
            m
        })
        .collect();
    let mut context = ContextPlaces::default();
    context.insert("hokkaido");
    let published = if published.is_empty() {
        None
    } else {
        pubdate(published)
    };
    extract_events(text, &mentions, published, &context)
        .iter()
        .map(|e| {
            (
                e.date.to_string(),
                e.places.join(","),
                e.dated_by.code().to_string(),
                e.references
                    .iter()
                    .map(|r| r.text.as_str())
                    .collect::<Vec<_>>()
                    .join("|"),
            )
        })
        .collect()
}

fn row(date: &str, places: &str, by: &str, refs: &str) -> (String, String, String, String) {
    (date.into(), places.into(), by.into(), refs.into())
}

#[test]
fn a_wire_dateline_dates_its_sentence_though_its_city_is_no_pack_place() {
    let cases = [
        (
            "Путин предложил льготы для Курил\n\nВЛАДИВОСТОК, 3 сентября. /ТАСС/. Президент \
             России предложил ввести на Курильских островах особый налоговый режим.",
            "Курильских островах",
            "dateline",
        ),
        // A time stamp in figures is no dateline: its line has no city in capitals.
        (
            "03 сентября 2021, 07:15\n\nПрезидент предложил льготы для Курильских островов.",
            "Курильских островов",
            "publication",
        ),
    ];
    for (text, needle, by) in cases {
        assert_eq!(
            dated(text, "2021-09-03", &[(needle, "kuril-islands", None)]),
            [row("2021-09-03", "kuril-islands", by, "")],
            "{text}"
        );
    }
}

#[test]
fn the_leads_own_news_is_dated_from_publication() {
    // English: present perfect, no date word.
    assert_eq!(
        dated(
            "Russia scraps exchanges\n\nMoscow has scrapped the visa-free exchanges with residents of Kunashir, the ministry said.\n\nIn 1991 the exchanges began on Kunashir.",
            "2022-03-22",
            &[("Kunashir,", "kunashir", None), ("Kunashir.", "kunashir", None)]
        ),
        [row("2022-03-22", "kunashir", "publication", ""), row("1991", "kunashir", "stated", "")]
    );
    // Russian and Japanese.
    assert_eq!(
        dated(
            "Безвизовые обмены отменены\n\nМосква отменила безвизовые обмены с жителями Курил.",
            "2022-03-22",
            &[("Курил", "kuril-islands", None)]
        ),
        [row("2022-03-22", "kuril-islands", "publication", "")]
    );
    assert_eq!(
        dated(
            "北方領土で演習\n\n政府は択捉島での演習についてロシア側に抗議した。",
            "2024-03-12",
            &[("択捉島", "iturup", None)]
        ),
        [row("2024-03-12", "iturup", "publication", "")]
    );
}

#[test]
fn no_publication_event_when_the_lead_is_dated_or_is_no_news() {
    // The lead dates its news itself.
    assert_eq!(
        dated(
            "Drills on Iturup\n\nRussia held drills on Iturup on Monday.",
            "2024-03-13",
            &[("Iturup on", "iturup", None)]
        ),
        [row("2024-03-11", "iturup", "relative", "")]
    );
    // A state, a plan, a question, a headline.
    for text in [
        "Kunashir today\n\nKunashir is the largest of the islands.",
        "Plans\n\nRussia will build a pier on Kunashir.",
        "Questions\n\nHas Russia built a pier on Kunashir?",
        "Russia builds pier on Kunashir",
    ] {
        assert_eq!(
            dated(text, "2024-03-13", &[("Kunashir", "kunashir", None)]),
            [],
            "{text}"
        );
    }
}

#[test]
fn references_take_the_places_named_before() {
    // "the islands": the islands of the last sentence that named any, not the context place.
    assert_eq!(
        dated(
            "Former residents from Hokkaido visited Kunashir and Iturup, two of the Southern Kurils. The islands were seized in 1945.",
            "",
            &[("Hokkaido", "hokkaido", None), ("Kunashir", "kunashir", None), ("Iturup", "iturup", None), ("Southern Kurils", "southern-kurils", None)]
        ),
        [row("1945", "kunashir,iturup", "stated", "The islands")]
    );
    // Russian and Japanese island words; a singular word takes the last island.
    assert_eq!(
        dated(
            "Жители Кунашира и Итурупа собрались. В 2016 году на эти острова прибыли войска.",
            "",
            &[("Кунашира", "kunashir", None), ("Итурупа", "iturup", None)]
        ),
        [row("2016", "kunashir,iturup", "stated", "эти острова")]
    );
    assert_eq!(
        dated(
            "元島民が国後島と択捉島を訪れた。同島では2019年に演習があった。",
            "",
            &[("国後島", "kunashir", None), ("択捉島", "iturup", None)]
        ),
        [row("2019", "iturup", "stated", "同島")]
    );
    // An event noun takes the places of the sentence that told of that event.
    assert_eq!(
        dated(
            "Russia held drills on Iturup. Tokyo protested. The exercises ended on March 3, 2024.",
            "",
            &[("Iturup", "iturup", None)]
        ),
        [row("2024-03-03", "iturup", "stated", "The exercises")]
    );
}

#[test]
fn a_date_without_a_place_or_a_reference_is_no_event() {
    assert_eq!(
        dated(
            "Russia held drills on Iturup. In 2016 the budget was cut.",
            "",
            &[("Iturup", "iturup", None)]
        ),
        []
    );
}

#[test]
fn one_clause_one_date() {
    assert_eq!(
        dated(
            "In August 1945 the war ended, and in 1947 the last residents were deported from Shikotan.",
            "",
            &[("Shikotan", "shikotan", None)]
        ),
        [row("1947", "shikotan", "stated", "")]
    );
    assert_eq!(
        dated(
            "В 1945 году закончилась война, а в 1947 году жителей выселили с Шикотана.",
            "",
            &[("Шикотана", "shikotan", None)]
        ),
        [row("1947", "shikotan", "stated", "")]
    );
    assert_eq!(
        dated(
            "2018年に国後島で演習が行われ、2019年には択捉島で行われた。",
            "",
            &[("国後島", "kunashir", None), ("択捉島", "iturup", None)]
        ),
        [
            row("2018", "kunashir", "stated", ""),
            row("2019", "iturup", "stated", "")
        ]
    );
}

#[test]
fn a_range_dates_its_start() {
    for (text, needle, start) in [
        (
            "From 1875 to 1877 settlers moved to Shikotan.",
            "Shikotan",
            "1875",
        ),
        (
            "Talks on Shikotan ran from December 14 to 16.",
            "Shikotan",
            "2016-12-14",
        ),
        (
            "1875年から1877年まで色丹島に移住者が渡った。",
            "色丹島",
            "1875",
        ),
        (
            "С 9 по 12 декабря 2016 года на Шикотане шли переговоры.",
            "Шикотане",
            "2016-12-09",
        ),
    ] {
        let found = dated(text, "2016-12-20", &[(needle, "shikotan", None)]);
        // A range without a year takes the publication's.
        let by = if text.contains("16.") {
            "relative"
        } else {
            "stated"
        };
        assert_eq!(found, [row(start, "shikotan", by, "")], "{text}");
    }
}

#[test]
fn a_range_dates_its_start_in_the_new_languages() {
    for (text, needle) in [
        ("海巡署于2016年12月14日至16日在色丹岛举行演习。", "色丹岛"),
        ("海巡署於2016年12月14日到16日在色丹島舉行演習。", "色丹島"),
        (
            "2016년 12월 14일부터 16일까지 시코탄섬에서 회담이 열렸다.",
            "시코탄섬",
        ),
        (
            "З 14 грудня по 16 грудня 2016 року на Шикотані тривали переговори.",
            "Шикотані",
        ),
        (
            "Del 14 de diciembre al 16 de diciembre de 2016 hubo conversaciones en Shikotan.",
            "Shikotan",
        ),
        (
            "Từ ngày 14/12/2016 đến ngày 16/12/2016, các cuộc đàm phán diễn ra tại Shikotan.",
            "Shikotan",
        ),
        (
            "Các cuộc đàm phán diễn ra từ ngày 14 đến ngày 16/12 tại Shikotan.",
            "Shikotan",
        ),
    ] {
        let found: Vec<String> = dated(text, "2016-12-20", &[(needle, "shikotan", None)])
            .into_iter()
            .map(|(date, ..)| date)
            .collect();
        assert_eq!(found, ["2016-12-14"], "{text}");
    }
}

#[test]
fn a_chinese_wire_dateline_gives_way_to_the_news_date() {
    for text in [
        "（中央社記者陳韻聿台北18日電）越南外交部發言人昨天在例行記者會上，對海巡署在太平島的操演表達反對。",
        "新华社北京3月18日电（记者 王雨萧）越南外交部发言人昨天对海巡署在太平岛的操演表示反对。",
    ] {
        let needle = if text.contains("太平島") { "太平島" } else { "太平岛" };
        let found: Vec<String> = dated(text, "2025-03-18", &[(needle, "itu-aba", None)])
            .into_iter()
            .map(|(date, ..)| date)
            .collect();
        assert_eq!(found, ["2025-03-17"], "{text}");
    }
    // 电话 is a telephone call, not a dispatch: the date is the news.
    let text = "两国外长18日电话会谈，讨论太平岛问题。";
    let found: Vec<String> = dated(text, "2025-03-20", &[("太平岛", "itu-aba", None)])
        .into_iter()
        .map(|(date, ..)| date)
        .collect();
    assert_eq!(found, ["2025-03-18"]);
}

#[test]
fn a_past_weekday_is_on_or_before_publication() {
    // Published on Wednesday 2024-03-13.
    for text in [
        "Officials met Tuesday on Kunashir.",
        "Tuesday's talks on Kunashir ended without a deal.",
        "Japan protested on Tuesday against drills on Kunashir that will last a month.",
        "Во вторник на Кунашире провели учения.",
    ] {
        let found = dated(
            text,
            "2024-03-13",
            &[(
                if text.contains("Кунашире") {
                    "Кунашире"
                } else {
                    "Kunashir"
                },
                "kunashir",
                None,
            )],
        );
        assert_eq!(
            found,
            [row("2024-03-12", "kunashir", "relative", "")],
            "{text}"
        );
    }
}

#[test]
fn an_official_pages_dateline_dates_its_news() {
    assert_eq!(
        dated(
            "Визит на Курилы\n\n12 июля 2019 года, Остров Итуруп\n\nДмитрий Медведев осмотрел строящийся рыбоперерабатывающий завод.",
            "2019-07-13",
            &[("Остров Итуруп", "iturup", None)]
        ),
        [row("2019-07-12", "iturup", "dateline", "")]
    );
    assert_eq!(
        dated(
            "TOKYO, May 13 (Kyodo) - Japan protested against drills on Etorofu, the ministry said.",
            "2025-05-13",
            &[("Etorofu", "iturup", None)]
        ),
        [row("2025-05-13", "iturup", "dateline", "")]
    );
}

#[test]
fn a_statement_of_plans_is_the_leads_news() {
    assert_eq!(
        dated(
            "択捉島に観光施設\n\n【ユジノサハリンスク共同】サハリン州政府は、択捉島に観光施設を建設する計画を明らかにした。",
            "2020-02-07",
            &[("ユジノサハリンスク", "yuzhno-sakhalinsk", None), ("択捉島に観光施設を", "iturup", None)]
        ),
        [row("2020-02-07", "yuzhno-sakhalinsk,iturup", "publication", "")]
    );
    assert_eq!(
        dated(
            "Pier plans\n\nRussia has announced plans to build a pier on Kunashir.",
            "2020-02-07",
            &[("Kunashir", "kunashir", None)]
        ),
        [row("2020-02-07", "kunashir", "publication", "")]
    );
}
t!(
    a_chronology_entry_is_no_dateline,
    "Cronología\n\n2 de abril de 1982: desembarco argentino.\n\n3 de abril: combate en Grytviken, en las islas Georgias del Sur.\n\n25 de abril: fuerzas británicas recuperan Leith.",
    "2022-05-02",
    [("Grytviken", "grytviken", Some("south-georgia")), ("islas Georgias del Sur", "south-georgia", None)],
    [(
        "1982-04-03",
        "grytviken,south-georgia",
        "3 de abril: combate en Grytviken, en las islas Georgias del Sur.",
        false,
        false
    )]
);
t!(
    a_short_chronology_entry_is_no_dateline,
    "Cronología\n\n2 de abril de 1982: desembarco argentino.\n\n28 de mayo: combate en Pradera del Ganso.",
    "2022-05-02",
    [("Pradera del Ganso", "goose-green", Some("east-falkland"))],
    [(
        "1982-05-28",
        "goose-green,east-falkland",
        "28 de mayo: combate en Pradera del Ganso.",
        false,
        false
    )]
);
t!(
    vi_from_a_year_on_is_background_to_another_date,
    "Huyện đảo Hoàng Sa được thành lập ngày 9.12.1982, và từ năm 1997 thuộc TP.Đà Nẵng.",
    "2019-01-19",
    [("Huyện đảo Hoàng Sa", "paracel-islands", None)],
    [(
        "1982-12-09",
        "paracel-islands",
        "Huyện đảo Hoàng Sa được thành lập ngày 9.12.1982, và từ năm 1997 thuộc TP.Đà Nẵng.",
        false,
        false
    )]
);
