//! Russian rules and words: month names in every case, the year word
//! ("1945 года", "1945 г."), "на следующий год", "в прошлую среду".

use super::RuleCaptures;
use chrono::Weekday;

use super::{
    cand, count, num, plausible_year, push_day_before, push_month_day, push_shift, push_weekday,
    rule_ago, rule_day_word, rule_end_of_this_year, rule_full, rule_month_alone, rule_month_day,
    rule_month_rel_year, rule_month_year, rule_range_other_day, rule_rel_unit, rule_same_year,
    rule_season, rule_this_day_in, rule_year_ago, whole, Cand, Ctx, PartialDate, RuleSource,
};
use crate::dates::surroundings::{char_before, next_word, number_bounded};

/// The stems of the Russian month names, January to December, as every case
/// of the name starts ("ма" is May: "мая", "май", "мае").
pub(crate) const MONTH_STEMS: [&str; 12] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// The Russian weekday names, Monday to Sunday, in the accusative, as after
/// "в" ("в среду").
pub(crate) const WEEKDAYS: [&str; 7] = [
    "понедельник",
    "вторник",
    "среду",
    "четверг",
    "пятницу",
    "субботу",
    "воскресенье",
];

/// A month name in any case in a pattern.
pub(super) const RU_MONTH: &str = r"(?i:январ[ьяеюё]|феврал[ьяеюё]|март[аеу]?|апрел[ьяеюё]|ма[йяею]|июн[ьяеюё]|июл[ьяеюё]|август[аеу]?|сентябр[ьяеюё]|октябр[ьяеюё]|ноябр[ьяеюё]|декабр[ьяеюё])\b";
/// Russian year word after a number: "года", "году", "г.", "-го года".
const RU_YEAR_WORD: &str = r"(?:\s*-?(?:го|м|й))?\s*(?:года|году|годом|год|гг?\.|г\b)";

/// Russian month name in any case (as [`RU_MONTH`] matches it) → month number.
pub(super) fn ru_month(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    // In calendar order "март" comes before "ма".
    MONTH_STEMS
        .iter()
        .position(|stem| s.starts_with(stem))
        .map(|i| i as u32 + 1)
}

/// A day and an abbreviated month, as RIA Novosti's dateline writes them ("ЯЛТА,
/// 5 фев — РИА Новости.", "МОСКВА, 21 ноя"): a day without a year. "мая" is
/// the full name; "5 марок" (stamps) is no month.
fn rule_ru_abbreviated_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    const ABBREVIATIONS: [(&str, u32); 11] = [
        ("янв", 1),
        ("фев", 2),
        ("мар", 3),
        ("апр", 4),
        ("июн", 6),
        ("июл", 7),
        ("авг", 8),
        ("сен", 9),
        ("окт", 10),
        ("ноя", 11),
        ("дек", 12),
    ];
    let span = whole(caps);
    let abbr = caps["abbr"].trim_end_matches('т');
    let month = ABBREVIATIONS
        .iter()
        .find(|(a, _)| *a == abbr)
        .map(|(_, m)| *m);
    let (Some(month), Some(day)) = (month, num(caps, "d")) else {
        return;
    };
    if number_bounded(ctx.text, &span) && (1..=31).contains(&day) {
        push_month_day(ctx, out, span, month, Some(day));
    }
}

/// Russian weekday name (one of [`WEEKDAYS`], any case) → weekday.
fn ru_weekday(s: &str) -> Option<Weekday> {
    let s = s.to_lowercase();
    let i = WEEKDAYS.iter().position(|w| *w == s)?;
    Weekday::try_from(i as u8).ok()
}

/// Markers of the future or of plans (будет, планируется, состоится, a perfective
/// future such as посетит).
pub(super) const FUTURE: &str = r"(?i)\b(?:будет|будут|буду|будем|планиру\w*|планир\w*|запланир\w*|намерен\w*|намечен\w*|состоится|состоятся|пройд[её]т|пройдут|предстоящ\w*|ожидается|ожидаются|собирается|собираются|в\s+следующем|в\s+будущем|на\s+следующей|посетит|посетят|проведет|проведёт|проведут|начнется|начнётся|начнутся|отправится|отправятся|осмотрит|осмотрят|прибудет|прибудут|встретится|встретятся|обсудит|обсудят|подпишет|подпишут|вернется|вернётся|вернутся|откроется|откроются|откроет|откроют|выйдет|выйдут|исполнится|исполнятся|завершится|завершатся|вступит|вступят)\b";

/// The Russian rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    vec![
        (
            format!(r"\b(?P<d>\d{{1,2}})(?:-?го)?\s+(?P<mon>{RU_MONTH})\s+(?P<y>\d{{4}})(?:{RU_YEAR_WORD})?"),
            rule_full,
        ),
        (
            format!(r"\b(?P<mon>{RU_MONTH})\s+(?P<y>\d{{4}})(?:{RU_YEAR_WORD})?"),
            rule_month_year,
        ),
        (
            format!(
                r"\b(?:(?P<d>\d{{1,2}})(?:-?го)?\s+)?(?P<mon>{RU_MONTH})\s+(?P<rel>(?i:этого|текущего|нынешнего|прошлого|минувшего|позапрошлого|следующего|будущего|наступающего))\s+года\b"
            ),
            rule_month_rel_year,
        ),
        (
            format!(r"\b(?P<d>\d{{1,2}})(?:-?го)?\s+(?P<mon>{RU_MONTH})"),
            rule_month_day,
        ),
        (
            r"\b(?P<d>\d{1,2})\s+(?P<abbr>янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек)\b"
                .to_string(),
            rule_ru_abbreviated_month,
        ),
        (
            format!(
                r"(?i)\b(?P<d>\d{{1,2}})\s*(?:по|до|[-–—])\s*\d{{1,2}}(?:-?го)?\s+(?P<mon>{RU_MONTH})"
            ),
            rule_range_other_day,
        ),
        (format!(r"\b(?P<mon>{RU_MONTH})"), rule_month_alone),
        (
            format!(r"(?P<y>\d{{4}})(?:{RU_YEAR_WORD})"),
            rule_year_word,
        ),
        (
            r"(?i)(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})(?:\s*-?х)?\s*(?:годах|годы|годов|годами|гг\.)".to_string(),
            rule_year_range,
        ),
        (
            r"(?i)\b(?P<w>вчера|сегодня|завтра|позавчера|послезавтра)\b".to_string(),
            rule_day_word,
        ),
        (r"(?i)\bнакануне\b".to_string(), rule_ru_eve),
        (
            r"(?i)\b(?:(?:в|во)\s+)?(?P<rel>этом|текущем|нынешнем|прошлом|минувшем|следующем|будущем|наступающем|позапрошлом|этого|текущего|нынешнего|прошлого|минувшего|следующего|будущего|наступающего|позапрошлого)\s+(?P<unit>году|года|месяце|месяца)\b".to_string(),
            rule_rel_unit,
        ),
        (r"(?i)\bгод\s+назад\b".to_string(), rule_year_ago),
        (
            r"(?i)\b(?:до|к)\s+(?:конца|концу)\s+(?:этого\s+|текущего\s+|нынешнего\s+)?года\b".to_string(),
            rule_end_of_this_year,
        ),
        (
            r"(?i)\b(?:(?P<n>два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,2})\s+)?(?P<unit>день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|года|лет)\s+назад\b".to_string(),
            rule_ago,
        ),
        (
            r"(?i)\b(?P<rel>этой|этим|прошлой|прошлым|минувшей|минувшим|следующей|следующим|будущей|будущим)\s+(?P<season>весной|летом|осенью|зимой)\b".to_string(),
            rule_season,
        ),
        (
            r"(?i)\b(?:на\s+следующий\s+(?P<unit>год|день)|в\s+тот\s+же\s+(?P<same>день)|(?P<unit2>годом|днем|днём)\s+(?P<dir>позже|позднее|ранее|раньше)|через\s+(?:(?P<n>два|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,2})\s+)?(?P<unit3>года|год|лет)|(?:(?P<n2>два|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,2})\s+)?(?P<unit4>год|года|лет)\s+спустя)\b".to_string(),
            rule_ru_shift,
        ),
        (
            format!(r"(?i)\b(?:в\s+ночь\s+на|в|во)\s+(?:(?P<rel>прошл\w+|минувш\w+|следующ\w+|ближайш\w+|эт[оу]т?)\s+)?(?P<wd>{})\b", WEEKDAYS.join("|")),
            rule_ru_weekday,
        ),
        (
            r"(?i)\bв\s+этот\s+(?:же\s+)?день\s+в\s+(?P<y>\d{4})\s+год[уа]".to_string(),
            rule_this_day_in,
        ),
        (
            r"(?i)\bтого\s+же\s+года\b|\bв\s+том\s+же\s+году\b".to_string(),
            rule_same_year,
        ),
    ]
}

fn rule_year_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let y_span = caps.name("y").unwrap().range();
    let Some(y) = num(caps, "y") else {
        return;
    };
    if !plausible_year(y) || !number_bounded(ctx.text, &y_span) {
        return;
    }
    if char_before(ctx.text, span.start).is_some_and(|c| c.is_alphanumeric()) {
        return;
    }
    out.push(cand(span, PartialDate::from_year(y as i32), false));
}

fn rule_year_range(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(y1), Some(y2)) = (num(caps, "y1"), num(caps, "y2")) else {
        return;
    };
    if !plausible_year(y1) || !plausible_year(y2) || !number_bounded(ctx.text, &span) {
        return;
    }
    let first = caps.name("y1").unwrap().range();
    let second = caps.name("y2").unwrap().start()..span.end;
    out.push(cand(first, PartialDate::from_year(y1 as i32), false));
    out.push(cand(second, PartialDate::from_year(y2 as i32), false));
}

/// "на следующий год", "через два года", "год спустя", "в тот же день"; not
/// "на следующий день после годовщины", which counts from what it names.
fn rule_ru_shift(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if caps.name("unit").is_some() && next_word(ctx.text, span.end) == "после" {
        return;
    }
    let n = caps
        .name("n")
        .or_else(|| caps.name("n2"))
        .map_or(Some(1), |m| count(m.as_str()));
    let Some(n) = n.filter(|n| (1..=99).contains(n)) else {
        return;
    };
    let (unit, n) = if caps.name("same").is_some() {
        ("day", 0)
    } else if let Some(u) = caps.name("unit") {
        (
            if u.as_str().to_lowercase() == "день" {
                "day"
            } else {
                "year"
            },
            1,
        )
    } else if let Some(u) = caps.name("unit2") {
        let back = matches!(caps["dir"].to_lowercase().as_str(), "ранее" | "раньше");
        let unit = if u.as_str().to_lowercase() == "годом" {
            "year"
        } else {
            "day"
        };
        (unit, if back { -1 } else { 1 })
    } else {
        ("year", n)
    };
    push_shift(out, span, unit, n);
}

/// "накануне" as the day before publication ("произошла накануне около
/// полудня", "накануне заявил"); not "накануне визита" (see `push_day_before`).
fn rule_ru_eve(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    const FOLLOWERS: &[&str] = &[
        "в",
        "во",
        "на",
        "около",
        "по",
        "у",
        "из",
        "с",
        "со",
        "от",
        "к",
        "и",
        "а",
        "но",
        "же",
        "утром",
        "днем",
        "днём",
        "вечером",
        "ночью",
        "поздно",
        "о",
        "об",
        // The subject of a wire's sentence: "Накануне секретарь СНБО заявил".
        "секретарь",
        "президент",
        "премьер",
        "глава",
        "министр",
        "губернатор",
        "посол",
        "спикер",
        "представитель",
        "председатель",
        "командующий",
        "власти",
        "мид",
        "минобороны",
        "кремль",
    ];
    const PAST_ENDINGS: &[&str] = &["л", "ла", "ло", "ли"];
    // "накануне начала переговоров": the noun, not the verb.
    const NOT_VERBS: &[&str] = &["начала", "начало"];
    push_day_before(ctx, out, whole(caps), FOLLOWERS, PAST_ENDINGS, NOT_VERBS);
}

/// "в понедельник", "в прошлую пятницу", "в следующий вторник", "в ночь на
/// понедельник" (the night that ends on Monday: Monday's date, as a wire dates it).
fn rule_ru_weekday(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    push_weekday(ctx, caps, out, ru_weekday);
}

#[cfg(test)]
mod tests {
    use crate::dates::expect::t;

    // ---- Russian

    t!(
        ru_the_next_day_after_an_event_counts_from_it,
        "12 июля 2016 года суд вынес решение. Проход пришелся на следующий день после годовщины, а 1 мая на следующий день пришли суда.",
        "2022-07-13",
        [
            ("12 июля 2016 года", "2016-07-12"),
            ("1 мая", "2022-05-01~"),
            ("на следующий день", "2022-05-02~")
        ]
    );
    t!(
        ru_abbreviated_months_of_a_dateline,
        "ЯЛТА, 5 фев — РИА Новости. МОСКВА, 21 ноя. Купили 5 марок и 3 сент.",
        "2015-02-05",
        [
            ("5 фев", "2015-02-05~"),
            ("21 ноя", "2014-11-21~"),
            ("3 сент", "2014-09-03~")
        ]
    );
    t!(
        ru_eve_said_of_the_day_before,
        "Трагедия произошла накануне около полудня. Накануне заявил министр. Накануне секретарь СНБО заявил. Визит пройдет накануне выборов, а встреча — накануне 9 мая.",
        "2018-10-18",
        [
            ("накануне", "2018-10-17~"),
            ("Накануне", "2018-10-17~"),
            ("Накануне", "2018-10-17~"),
            ("9 мая", "2019-05-09~")
        ]
    );
    t!(
        ru_end_of_this_year,
        "Школу сдадут до конца года, а поликлинику — к концу текущего года.",
        "2024-06-19",
        [
            ("до конца года", "2024~"),
            ("к концу текущего года", "2024~")
        ]
    );
    t!(
        ru_year_forms,
        "В 1945 году СССР занял острова. В 1956 г. подписана декларация, в 1855-м году — трактат.",
        "",
        [
            ("1945 году", "1945"),
            ("1956 г.", "1956"),
            ("1855-м году", "1855")
        ]
    );
    t!(
        ru_full_dates,
        "1 ноября 2010 года Медведев посетил Кунашир, а 2 ноября 2010 г. улетел.",
        "",
        [
            ("1 ноября 2010 года", "2010-11-01"),
            ("2 ноября 2010 г.", "2010-11-02")
        ]
    );
    t!(
        ru_month_year,
        "В феврале 1945 года в Ялте, с августа 1945 г. и февраль 1946.",
        "",
        [
            ("феврале 1945 года", "1945-02"),
            ("августа 1945 г.", "1945-08"),
            ("февраль 1946", "1946-02")
        ]
    );
    t!(
        ru_numeric,
        "Дата: 1.11.2010 и 01.11.2010, версия 1.2.3.",
        "",
        [("1.11.2010", "2010-11-01"), ("01.11.2010", "2010-11-01")]
    );
    t!(
        ru_year_range,
        "В 1945–1949 годах жители уехали.",
        "",
        [("1945", "1945"), ("1949 годах", "1949")]
    );
    t!(
        ru_bare_year,
        "С 2018 по 2020 год шли переговоры.",
        "",
        [("2018", "2018"), ("2020 год", "2020")]
    );
    t!(
        ru_false_positives,
        "В 2000 километрах от острова, 1945 человек, в 1990-е годы.",
        "",
        []
    );
    t!(
        ru_relative_years,
        "В этом году, в прошлом году и в следующем году.",
        "2023-06-14",
        [
            ("В этом году", "2023~"),
            ("в прошлом году", "2022~"),
            ("в следующем году", "2024~")
        ]
    );
    t!(
        ru_relative_months,
        "В прошлом месяце и в конце этого месяца.",
        "2023-06-14",
        [
            ("В прошлом месяце", "2023-05~"),
            ("этого месяца", "2023-06~")
        ]
    );
    t!(
        ru_month_this_last_year,
        "В августе этого года и в августе прошлого года, 15 августа прошлого года.",
        "2023-06-14",
        [
            ("августе этого года", "2023-08~"),
            ("августе прошлого года", "2022-08~"),
            ("15 августа прошлого года", "2022-08-15~")
        ]
    );
    t!(
        ru_month_alone,
        "В марте и с января, а в декабре — учения.",
        "2023-06-14",
        [
            ("марте", "2023-03~"),
            ("января", "2023-01~"),
            ("декабре", "2022-12~")
        ]
    );
    t!(ru_month_forms_all, "в январе в феврале в марте в апреле в мае в июне в июле в августе в сентябре в октябре в ноябре в декабре", "2023-12-31",
        [("январе", "2023-01~"), ("феврале", "2023-02~"), ("марте", "2023-03~"), ("апреле", "2023-04~"), ("мае", "2023-05~"), ("июне", "2023-06~"),
         ("июле", "2023-07~"), ("августе", "2023-08~"), ("сентябре", "2023-09~"), ("октябре", "2023-10~"), ("ноябре", "2023-11~"), ("декабре", "2023-12~")]);
    t!(
        ru_day_month,
        "15 июня делегация прибыла на Итуруп.",
        "2023-06-20",
        [("15 июня", "2023-06-15~")]
    );
    t!(ru_weekdays, "Министр заявил в понедельник, что в следующий вторник состоится встреча, а в прошлую пятницу...", "2023-06-14",
        [("в понедельник", "2023-06-12~"), ("в следующий вторник", "2023-06-20~"), ("в прошлую пятницу", "2023-06-09~")]);
    t!(
        ru_night_before_a_weekday,
        "Ограничение сняли в ночь на понедельник.",
        "2018-10-01",
        [("в ночь на понедельник", "2018-10-01~")]
    );
    t!(
        ru_weekday_future,
        "Делегация прибудет на Кунашир в пятницу, визит будет коротким.",
        "2023-06-14",
        [("в пятницу", "2023-06-16~")]
    );
    t!(
        ru_sreda_environment,
        "Окружающая среда острова уязвима.",
        "2023-06-14",
        []
    );
    t!(
        ru_day_words,
        "Вчера и сегодня, а завтра — нет.",
        "2023-06-14",
        [
            ("Вчера", "2023-06-13~"),
            ("сегодня", "2023-06-14~"),
            ("завтра", "2023-06-15~")
        ]
    );
}
