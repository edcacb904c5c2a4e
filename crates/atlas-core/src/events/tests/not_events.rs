//! Dates that are no events: recurring and designated days, editorial notes, bylines, time stamps, related links, labels.

use super::*;

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
    a_recurring_word_before_a_preposition,
    "Каждый год с 1 мая по 16 августа Китай вводит запрет на рыболовство в Южно-Китайском море. День Токто, который отмечается 22 февраля, вызывает протесты.",
    "2022-07-13",
    [("Южно-Китайском море", "south-china-sea", None), ("Токто", "dokdo", None)],
    []
);

t!(
    a_sentence_opening_with_every_year_recurs,
    "Hằng năm, Trung Quốc ban hành lệnh cấm đánh bắt cá trên Biển Đông từ ngày 1/5 đến 16/8. Every year, Japan protests on Feb. 22 and in 2005 it named the day Takeshima Day.",
    "2024-10-03",
    [("Biển Đông", "south-china-sea", None), ("Takeshima", "dokdo", None)],
    [(
        "2005",
        "dokdo",
        "Every year, Japan protests on Feb. 22 and in 2005 it named the day Takeshima Day.",
        false,
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

#[test]
fn a_record_s_yardstick_is_no_event() {
    assert_no_events(&[
        ("Ships were spotted near the Senkakus for 83 days, the longest streak since the islands were nationalized in September 2012.", "2020-07-05", "Senkakus"),
        ("It was the largest drill on Iturup since 2016.", "2024-03-01", "Iturup"),
        ("領海にとどまった時間は８０時間を超え、２０１２年９月に尖閣諸島が国有化されて以降で最も長くなりました。", "2020-10-13", "尖閣諸島"),
        ("接続水域で確認された日数は３３３日で、２０１２年の国有化以降で最も多かった尖閣周辺。", "2021-01-15", "尖閣"),
        ("中国海警船在钓鱼岛领海停留时间为2012年以来最长。", "2020-07-05", "钓鱼岛"),
        ("독도 방문객은 2012년 이후 가장 많았다.", "2024-12-01", "독도"),
        ("Учения на Итурупе прошли впервые с 2016 года.", "2024-03-01", "Итурупе"),
    ]);
    // A range's start and a plain "since" are no record's.
    assert_eq!(
        event_dates(
            "Курилы — один из самых быстрорастущих районов: с 2015 по 2025 год население выросло.",
            "2025-06-01",
            &[("Курилы", "x")]
        ),
        ["2015"]
    );
}
