//! Past, present and planned: weekdays, "today", plans and history in a plan.

use super::*;

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
    "Today the minister visited Iturup. Сегодня губернатор прибыл на Кунашир. Сегодня, в пятницу, на Шикотане проходит совещание. 今日、歯舞群島で式典が開かれた。",
    "2024-11-22",
    [
        ("Iturup", "iturup", None),
        ("Кунашир", "kunashir", None),
        ("Шикотане", "shikotan", None),
        ("歯舞群島", "habomai", None)
    ],
    [
        ("2024-11-22", "iturup", "Today the minister visited Iturup.", true, false),
        ("2024-11-22", "kunashir", "Сегодня губернатор прибыл на Кунашир.", true, false),
        ("2024-11-22", "shikotan", "Сегодня, в пятницу, на Шикотане проходит совещание.", true, false),
        ("2024-11-22", "habomai", "今日、歯舞群島で式典が開かれた。", true, false)
    ]
);
