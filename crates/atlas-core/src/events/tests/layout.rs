//! Dates set apart from their sentences: datelines, leads, listings and chronologies.

use super::*;

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
    a_dashed_chronology_entry_is_no_dateline,
    "A timeline\n\n1982 – Argentina invades the Falklands.\n1985 – RAF Mount Pleasant opens.",
    "2022-12-01",
    [
        ("Falklands", "falkland-islands", None),
        (
            "RAF Mount Pleasant",
            "mount-pleasant",
            Some("east-falkland")
        )
    ],
    [
        (
            "1982",
            "falkland-islands",
            "1982 – Argentina invades the Falklands.",
            false,
            false
        ),
        (
            "1985",
            "mount-pleasant,east-falkland",
            "1985 – RAF Mount Pleasant opens.",
            false,
            false
        )
    ]
);

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
    let text =
        "Nueva York, 24 de junio (Télam).- El canciller reclamó ayer por las islas Malvinas.";
    assert_eq!(
        event_dates(
            text,
            "2022-06-24",
            &[("islas Malvinas", "falkland-islands")]
        ),
        ["2022-06-23"]
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
fn a_chinese_wire_dateline_gives_way_to_the_news_date() {
    for text in [
        "（中央社記者陳韻聿台北18日電）越南外交部發言人昨天在例行記者會上，對海巡署在太平島的操演表達反對。",
        "新华社北京3月18日电（记者 王雨萧）越南外交部发言人昨天对海巡署在太平岛的操演表示反对。",
        "（中央社記者陳宜蓁台北18日專電）越南外交部發言人昨天對海巡署在太平島的操演表達反對。",
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

#[test]
fn the_leads_news_told_in_irregular_verbs_and_before_a_reported_plan() {
    // "has flown", a reported "would", a Ukrainian «назвав».
    assert_eq!(
        dated(
            "Minister flies to Falklands\n\nA British minister has flown to the Falkland Islands, days after Javier Milei declared that Buenos Aires would seek to recover them.",
            "2023-11-30",
            &[("Falkland Islands", "falkland-islands", None)]
        ),
        [row("2023-11-30", "falkland-islands", "publication", "")]
    );
    assert_eq!(
        dated(
            "Хаясі про Північні території\n\nМіністр Хаясі назвав дуже важливою підтримку позиції Токіо щодо Північних територій.",
            "2022-11-02",
            &[("Північних територій", "southern-kurils", None)]
        ),
        [row("2022-11-02", "southern-kurils", "publication", "")]
    );
}
