//! Events in plain sentences: places, dates and clauses, references, offsets.

use super::*;

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

#[test]
fn an_event_told_twice_is_one_event() {
    // A caption under the lead tells the lead's event again; a recap names the same
    // places at the same date; a different date or different places are another event.
    let text =
        "Russia held drills on Iturup on May 9.\n\nTroops on Etorofu during the drills, May 9\n\n\
                In 2016 missiles were deployed on Kunashir.";
    assert_eq!(
        event_dates(
            text,
            "2025-05-13",
            &[
                ("Iturup", "iturup"),
                ("Etorofu", "iturup"),
                ("Kunashir", "kunashir")
            ]
        ),
        ["2025-05-09", "2016"]
    );
    let text = "Russia held drills on Iturup on May 9. On May 9 the drills on Iturup ended, \
                and on May 9 troops landed on Kunashir.";
    assert_eq!(
        dated(
            text,
            "2025-05-13",
            &[("Iturup", "iturup", None), ("Kunashir", "kunashir", None)]
        ),
        [
            row("2025-05-09", "iturup", "relative", ""),
            row("2025-05-09", "kunashir", "relative", "")
        ]
    );
}

#[test]
fn a_referring_word_makes_its_piece_a_clause() {
    // The first piece has no predicate the words know, but "the whole archipelago"
    // refers to the Paracels: 1974 is theirs, 1988 Johnson South Reef's.
    assert_eq!(
        dated(
            "Năm 1956, Trung Quốc chiếm một phần quần đảo Hoàng Sa. Ngày 19 tháng 1 năm 1974, \
             nước này dùng vũ lực chiếm toàn bộ quần đảo, và ngày 14/3/1988 tiếp tục đánh chiếm đá Gạc Ma.",
            "",
            &[
                ("quần đảo Hoàng Sa", "paracel-islands", None),
                ("đá Gạc Ma", "johnson-south-reef", None)
            ]
        ),
        [
            row("1956", "paracel-islands", "stated", ""),
            row("1974-01-19", "paracel-islands", "stated", "toàn bộ quần đảo"),
            row("1988-03-14", "johnson-south-reef", "stated", "")
        ]
    );
}
