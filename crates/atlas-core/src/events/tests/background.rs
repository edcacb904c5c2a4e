//! Background dates ("since", "from … on") and ranges, which date their start.

use super::*;

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
    ru_a_range_of_months_dates_its_start,
    "С января по март этого года японские рыбаки вели промысел у Кунашира, а в сентябре должен начаться промысел терпуга.",
    "2022-06-08",
    [("Кунашира", "kunashir", None)],
    [(
        "2022-01",
        "kunashir",
        "С января по март этого года японские рыбаки вели промысел у Кунашира, а в сентябре должен начаться промысел терпуга.",
        true,
        false
    )]
);

#[test]
fn a_since_date_alone_is_no_event() {
    assert_no_events(&[
        (
            "South Korea has kept a small police detachment on Dokdo since 1954.",
            "2024-06-24",
            "Dokdo",
        ),
        (
            "Севастополь с 2022 года неоднократно подвергался атакам.",
            "2024-06-24",
            "Севастополь",
        ),
        (
            "雙方自1996年起就釣魚台周邊漁業展開談判。",
            "2024-06-24",
            "釣魚台",
        ),
        (
            "Latam opera desde 1999 entre Punta Arenas y Malvinas.",
            "2024-06-24",
            "Malvinas",
        ),
        (
            "Es la primera vez que Putin pisa Crimea desde que ordenó la invasión de Ucrania, en febrero del año pasado.",
            "2023-03-19",
            "Crimea",
        ),
        (
            "日本媒体报道说，自去年秋季以来，俄军在南千岛群岛频繁举行训练。",
            "2019-08-05",
            "南千岛群岛",
        ),
        (
            "自2022年2月俄罗斯在乌克兰开展特别军事行动以来，克里米亚多次遭到无人机袭击。",
            "2024-03-18",
            "克里米亚",
        ),
        (
            "Это самое длительное пребывание судов у Сэнкаку с момента национализации островов в сентябре 2012 года.",
            "2025-03-24",
            "Сэнкаку",
        ),
        (
            "Tàu ở lại lâu nhất quanh Senkaku kể từ khi Nhật Bản quốc hữu hóa quần đảo năm 2012.",
            "2022-12-26",
            "Senkaku",
        ),
        (
            "パグアサ島はフィリピンが1971年から実効支配していて、滑走路もあります。",
            "2025-10-13",
            "パグアサ島",
        ),
        (
            "Kyiv has wanted Crimea back ever since Russia seized it in 2014.",
            "2024-06-24",
            "Crimea",
        ),
        (
            "Від лютого 2014 року Росія перетворила Крим на військову базу.",
            "2021-09-17",
            "Крим",
        ),
        (
            "北方領土周辺で射撃訓練の航行警報が出されるのは今年に入って８回目。",
            "2025-11-07",
            "北方領土",
        ),
        (
            "海警法が今月１日に施行されて以降、尖閣周辺で船が領海に侵入した。",
            "2021-02-17",
            "尖閣",
        ),
    ]);
    // «від» after a document dates the document; a month entered ("９月に入り") is that month.
    assert_eq!(
        event_dates(
            "Генасамблея ООН у резолюції 68/262 від 27 березня 2014 року підтвердила статус Криму.",
            "2021-09-17",
            &[("Криму", "x")]
        ),
        ["2014-03-27"]
    );
    assert_eq!(
        event_dates(
            "今年6月18日起，韩国海军在独岛附近海域举行为期两天的训练。",
            "2018-08-28",
            &[("独岛", "x")]
        ),
        ["2018-06-18"]
    );
    assert_eq!(
        event_dates(
            "９月に入り、国後島で演習が始まった。",
            "2024-10-02",
            &[("国後島", "x")]
        ),
        ["2024-09"]
    );
    // After publication a "since" starts a plan; with a length it starts a range.
    assert_eq!(
        event_dates(
            "С 1 августа на подъездах к Керчи откроют дополнительные полосы досмотра.",
            "2024-07-20",
            &[("Керчи", "x")]
        ),
        ["2024-08-01"]
    );
    assert_eq!(
        event_dates(
            "해군이 지난 25일부터 이틀 일정으로 독도에서 훈련을 벌이고 있다.",
            "2019-08-26",
            &[("독도", "x")]
        ),
        ["2019-08-25"]
    );
}

#[test]
fn the_end_of_a_span_is_no_event() {
    assert_no_events(&[
        (
            "The drills on Iturup are scheduled to continue until Sunday.",
            "2021-06-24",
            "Iturup",
        ),
        (
            "Радянський Союз окупував Північні території і до 1949 року примусово виселив звідти японців.",
            "2022-11-02",
            "Північні території",
        ),
        (
            "Las Malvinas estuvieron ocupadas hasta 1982.",
            "2022-04-02",
            "Malvinas",
        ),
    ]);
    // «до» after publication is a plan's deadline; "until …, when" tells what happened then.
    assert_eq!(
        event_dates(
            "Завод на Шикотане построят до 2026 года.",
            "2024-07-20",
            &[("Шикотане", "x")]
        ),
        ["2026"]
    );
    assert_eq!(
        event_dates(
            "Crimea was part of Russia until 1954, when Khrushchev transferred it to Ukraine.",
            "2014-03-17",
            &[("Crimea", "x")]
        ),
        ["1954"]
    );
}

#[test]
fn en_a_superlative_s_since_clause_is_background_to_another_date() {
    let text =
        "Two ships left the waters around the Senkakus on Sunday, the longest such intrusion \
                since Japan put the islets under state control in 2012.";
    assert_eq!(
        event_dates(text, "2020-07-05", &[("Senkakus", "senkaku-islands")]),
        ["2020-07-05"]
    );
    let text = "Japan protested over the Senkakus on Friday, the first since the assembly of \
                Ishigaki, the city that administers the islets, voted on June 22 to rename them.";
    assert_eq!(
        event_dates(text, "2020-07-05", &[("Senkakus", "senkaku-islands")]),
        ["2020-07-03"]
    );
    // A "since" of cause, without a superlative, keeps its date.
    let text = "Japan protested on Tuesday, since Russia had deployed missiles on Iturup in 2016.";
    assert_eq!(
        event_dates(text, "2025-05-14", &[("Iturup", "iturup")]),
        ["2025-05-13", "2016"]
    );
}

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
    ko_range_start_before_a_coming_end_is_no_since,
    "러시아는 7일 쿠릴열도 주변에서 이날부터 오는 25일까지 미사일 발사 훈련을 하겠다고 통보했다.",
    "2022-02-07",
    [("쿠릴열도", "kuril-islands", None)],
    [(
        "2022-02-07",
        "kuril-islands",
        "러시아는 7일 쿠릴열도 주변에서 이날부터 오는 25일까지 미사일 발사 훈련을 하겠다고 통보했다.",
        true,
        true
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
    // The range's start takes the year written at its end, after "late" and "early".
    let found: Vec<String> = dated(
        "Liên Xô chiếm Shikotan từ cuối tháng 8 đến đầu tháng 9/1945.",
        "2014-08-14",
        &[("Shikotan", "shikotan", None)],
    )
    .into_iter()
    .map(|(date, ..)| date)
    .collect();
    assert_eq!(found, ["1945-08"]);
}
