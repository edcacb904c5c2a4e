//! Ukrainian rules and words: month names in the nominative, genitive and
//! locative ("вересень", "11 вересня", "у вересні"), the year word ("2014 року",
//! "у 2014 році", "2014 р."), "минулого року", "торік", "минулого вівторка",
//! "три дні тому".
//!
//! Ukrainian shares Cyrillic with Russian, so these rules run on Russian text
//! too: every word here is Ukrainian only (Russian "листопад" is leaf fall,
//! not November, and is never taken alone), so Russian text finds nothing new.

use super::RuleCaptures;
use chrono::Weekday;

use super::{
    day_number_follows, parse_num, push_ago, push_day_before, push_day_offset, push_full,
    push_month_day, push_month_of_relative_year, push_month_of_year, push_shift, push_unit_offset,
    push_weekday_of_week, push_weekday_toward, push_year, rule_same_year, whole, year_offset, Cand,
    Ctx, PartialDate, RuleSource, Unit,
};
use crate::dates::anchor::cand;
use crate::dates::surroundings::{char_before, next_word, number_bounded, prev_word};

/// The stems of the Ukrainian month names, January to December, as every case
/// of the name starts ("верес": "вересень", "вересня", "вересні").
const MONTH_STEMS: [&str; 12] = [
    "січ",
    "лют",
    "берез",
    "квіт",
    "трав",
    "черв",
    "лип",
    "серп",
    "верес",
    "жовт",
    "листопад",
    "груд",
];

/// A month name in the nominative, genitive or locative, in a pattern.
const UK_MONTH: &str = r"(?i:січ(?:ень|ня|ні)|лют(?:ий|ого|ому)|берез(?:ень|ня|ні)|квіт(?:ень|ня|ні)|трав(?:ень|ня|ні)|черв(?:ень|ня|ні)|лип(?:ень|ня|ні)|серп(?:ень|ня|ні)|верес(?:ень|ня|ні)|жовт(?:ень|ня|ні)|листопад[аі]?|груд(?:ень|ня|ні))";

/// The year word after a number: "року", "році", "рік", "р.", "-го року".
const UK_YEAR_WORD: &str = r"(?:\s*-?(?:го|му|й|м))?\s*(?:року|році|роком|рік|рр?\.)";

/// An apostrophe as Ukrainian writes it (ASCII, typographic, modifier letter).
const APOSTROPHE: &str = "['’ʼ`]";

/// Ukrainian month name in any case (as [`UK_MONTH`] matches it) → month number.
fn uk_month(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    MONTH_STEMS
        .iter()
        .position(|stem| s.starts_with(stem))
        .map(|i| i as u32 + 1)
}

/// The genitive of a month ("вересня", "лютого", "листопада"), as after a day.
fn is_genitive(month: &str) -> bool {
    let m = month.to_lowercase();
    m.ends_with('я') || m.ends_with("ого") || m == "листопада"
}

/// Ukrainian weekday name in any case ("вівторок", "вівторка", "п'ятницю") → weekday.
fn uk_weekday(s: &str) -> Option<Weekday> {
    let s = s.to_lowercase();
    let stems = [
        "понеділ",
        "вівтор",
        "серед",
        "четвер",
        "п",
        "субот",
        "неділ",
    ];
    let i = stems.iter().position(|stem| s.starts_with(stem))?;
    if i == 4 && !s.contains("ятниц") {
        return None;
    }
    Weekday::try_from(i as u8).ok()
}

/// A small count in words or digits ("три", "дві", "п'ять", "3").
fn uk_count(s: &str) -> Option<i64> {
    let s = s.to_lowercase().replace(['’', 'ʼ', '`'], "'");
    let n = match s.as_str() {
        "один" | "одну" | "одного" => 1,
        "два" | "дві" => 2,
        "три" => 3,
        "чотири" => 4,
        "п'ять" => 5,
        "шість" => 6,
        "сім" => 7,
        "вісім" => 8,
        "дев'ять" => 9,
        "десять" => 10,
        _ => return parse_num(&s).map(i64::from),
    };
    Some(n)
}

/// Which way a Ukrainian relative word points: "минулого" back, "наступного"
/// ahead, "цього" now, "позаминулого" two back.
fn uk_direction(rel: &str) -> i32 {
    let rel = rel.to_lowercase();
    if rel.starts_with("позаминул") {
        -2
    } else if rel.starts_with("минул") || rel.starts_with("торішн") {
        -1
    } else if rel.starts_with("наступн") || rel.starts_with("найближч") {
        1
    } else {
        0
    }
}

/// Markers of the future or of plans (буде, планує, відбудеться, a perfective
/// future such as відвідає, a future in -тиме).
pub(super) const FUTURE: &str = r"(?i)\b(?:будуть|будемо|буде|буду|планую\w*|планує\w*|запланован\w*|має\s+намір|мають\s+намір|відбудуться|відбудеться|очікуються|очікується|наступного\s+(?:тижня|місяця|року)|наступної\s+неділі|найближчим\s+часом|збираються|збирається|відвідають|відвідає|проведуть|проведе|зустрінуться|зустрінеться|підпишуть|підпише|розпочнуться|розпочнеться|почнуться|почнеться|\w+тимуть(?:ся)?|\w+тиме(?:ться)?)\b";

/// The Ukrainian rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    let wd_acc = format!(r"понеділок|вівторок|середу|четвер|п{APOSTROPHE}ятницю|суботу|неділю");
    let wd_gen = format!(r"понеділка|вівторка|середи|четверга|п{APOSTROPHE}ятниці|суботи|неділі");
    let count = format!(
        r"\d{{1,2}}|один|одну|два|дві|три|чотири|п{APOSTROPHE}ять|шість|сім|вісім|дев{APOSTROPHE}ять|десять"
    );
    vec![
        (
            format!(r"\b(?P<d>\d{{1,2}})(?:-?го)?\s+(?P<mon>{UK_MONTH})\s+(?P<y>\d{{4}})(?:{UK_YEAR_WORD})?"),
            rule_uk_full,
        ),
        (
            format!(r"\b(?P<mon>{UK_MONTH})\s+(?P<y>\d{{4}})(?:{UK_YEAR_WORD})?"),
            rule_uk_month_year,
        ),
        (
            format!(
                r"\b(?:(?P<d>\d{{1,2}})(?:-?го)?\s+)?(?P<mon>{UK_MONTH})\s+(?P<rel>(?i:цього|поточного|нинішнього|минулого|позаминулого|наступного))\s+року\b"
            ),
            rule_uk_month_rel_year,
        ),
        (
            format!(r"\b(?P<d>\d{{1,2}})(?:-?го)?\s+(?P<mon>{UK_MONTH})\b"),
            rule_uk_day_month,
        ),
        (
            format!(
                r"(?i)\b(?P<d>\d{{1,2}})\s*(?:по|до|[-–—])\s*\d{{1,2}}(?:-?го)?\s+(?P<mon>{UK_MONTH})\b"
            ),
            rule_uk_range_first_day,
        ),
        (format!(r"\b(?P<mon>{UK_MONTH})\b"), rule_uk_month_alone),
        (format!(r"(?P<y>\d{{4}})(?:{UK_YEAR_WORD})"), rule_uk_year_word),
        (
            r"(?i)(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})(?:\s*-?х)?\s*(?:роках|роки|років|рр\.)".to_string(),
            rule_uk_year_range,
        ),
        (
            r"(?i)\b(?:у|в|з|із|від|після|протягом|впродовж|наприкінці|середині|початку)\s+(?P<y>\d{4})\b".to_string(),
            rule_uk_year_after_preposition,
        ),
        (
            r"(?i)\b(?P<w>позавчора|вчора|учора|сьогодні|післязавтра)\b".to_string(),
            rule_uk_day_word,
        ),
        (r"(?i)\bнапередодні\b".to_string(), rule_uk_eve),
        (
            r"(?i)\b(?:(?:у|в)\s+)?(?P<rel>минулому|цьому|наступному|поточному|нинішньому|позаминулому|минулого|цього|наступного|поточного|нинішнього|позаминулого)\s+(?P<unit>році|року|місяці|місяця)\b|\bторік\b".to_string(),
            rule_uk_rel_unit,
        ),
        (
            format!(
                r"(?i)\b(?:(?P<n>{count})\s+)?(?P<unit>днів|дні|день|тижнів|тижні|тиждень|місяців|місяці|місяць|років|роки|рік)\s+тому\b"
            ),
            rule_uk_ago,
        ),
        (
            r"(?i)\b(?P<rel>цієї|цього|минулої|минулого|наступної|наступного|торішньої|торішнього)\s+(?:весни|літа|осені|зими)\b".to_string(),
            rule_uk_season,
        ),
        (
            format!(
                r"(?i)\b(?:наступного\s+(?P<next>дня|року)|того\s+(?:ж|же|самого)\s+(?P<same>дня)|через\s+(?:(?P<n>{count})\s+)?(?:роки|років|рік))\b"
            ),
            rule_uk_shift,
        ),
        (
            r"(?i)\bтого\s+(?:ж|же|самого)\s+року\b|\bу\s+тому\s+(?:ж|же|самому)\s+році\b".to_string(),
            rule_same_year,
        ),
        (
            format!(
                r"(?i)\b(?:у|в)\s+(?:(?P<rel>минул\w*|наступн\w*|найближч\w*|цей|цю)\s+)?(?P<wd>{wd_acc})(?:\s+(?P<week>минулого|наступного|цього)\s+тижня)?\b"
            ),
            rule_uk_weekday,
        ),
        (
            format!(
                r"(?i)\b(?P<rel>минулого|минулої|наступного|наступної|цього|цієї)\s+(?P<wd>{wd_gen})\b"
            ),
            rule_uk_weekday,
        ),
    ]
}

fn rule_uk_full(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let month = caps.name("mon").filter(|m| is_genitive(m.as_str()));
    let month = month.and_then(|m| uk_month(m.as_str()));
    push_full(ctx, out, whole(caps), num(caps, "y"), month, num(caps, "d"));
}

fn rule_uk_month_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let month = uk_month(&caps["mon"]);
    push_month_of_year(ctx, out, whole(caps), num(caps, "y"), month);
}

/// "у вересні минулого року", "11 вересня цього року".
fn rule_uk_month_rel_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(month) = uk_month(&caps["mon"]) else {
        return;
    };
    let day = num(caps, "d");
    if day.is_some() && !is_genitive(&caps["mon"]) {
        return;
    }
    let years = uk_direction(&caps["rel"]);
    push_month_of_relative_year(ctx, out, whole(caps), month, day, years);
}

/// "11 вересня": the day needs the genitive, not "11 вересень".
fn rule_uk_day_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(month), Some(day)) = (uk_month(&caps["mon"]), num(caps, "d")) else {
        return;
    };
    if is_genitive(&caps["mon"]) && number_bounded(ctx.text, &span) {
        push_month_day(ctx, out, span, month, Some(day));
    }
}

/// The first day of "з 9 по 12 грудня", "9–12 грудня" (the second is a day-month).
fn rule_uk_range_first_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = caps.name("d").unwrap().range();
    let (Some(month), Some(day)) = (uk_month(&caps["mon"]), num(caps, "d")) else {
        return;
    };
    if is_genitive(&caps["mon"]) && number_bounded(ctx.text, &span) && (1..=31).contains(&day) {
        push_month_day(ctx, out, span, month, Some(day));
    }
}

/// Words after which a month name alone is a month: "у вересні", "з вересня",
/// "на початку вересня", "наприкінці листопада", "на вересень" (a plan).
const MONTH_LEFT: &[&str] = &[
    "у",
    "в",
    "з",
    "із",
    "до",
    "від",
    "після",
    "початку",
    "кінця",
    "кінці",
    "наприкінці",
    "середини",
    "середині",
    "половини",
    "половині",
    "протягом",
    "впродовж",
    "на",
    "по",
];

fn rule_uk_month_alone(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let mon = caps["mon"].to_lowercase();
    let Some(month) = uk_month(&mon) else {
        return;
    };
    let left = prev_word(ctx.text, span.start);
    if !MONTH_LEFT.contains(&left.as_str()) {
        return;
    }
    let locative = mon.ends_with('і') || mon.ends_with("ому");
    let form_fits = match left.as_str() {
        // "у вересні", not "у вересень"; "на вересень" and "по вересень" are plans and ends.
        "у" | "в" => locative,
        "на" | "по" => !locative && !is_genitive(&mon),
        "кінці"
        | "середині"
        | "половині"
        | "початку"
        | "наприкінці"
        | "до"
        | "з"
        | "із"
        | "від"
        | "після"
        | "кінця"
        | "середини"
        | "половини"
        | "протягом"
        | "впродовж" => is_genitive(&mon),
        _ => false,
    };
    // Russian "листопад" (leaf fall) is never taken alone.
    if form_fits && mon != "листопад" {
        push_month_day(ctx, out, span, month, None);
    }
}

fn rule_uk_year_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if char_before(ctx.text, span.start).is_some_and(|c| c.is_alphanumeric()) {
        return;
    }
    push_year(ctx, out, span, &caps.name("y").unwrap().range());
}

fn rule_uk_year_range(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if !number_bounded(ctx.text, &span) {
        return;
    }
    let first = caps.name("y1").unwrap().range();
    let second = caps.name("y2").unwrap().range();
    push_year(ctx, out, first.clone(), &first);
    push_year(ctx, out, second.start..span.end, &second);
}

/// "у 2014", "з 2014 по 2016": a year, unless a noun follows that it counts
/// ("у 2000 кілометрах").
fn rule_uk_year_after_preposition(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = caps.name("y").unwrap().range();
    // Decades ("у 1990-ті", "в 1990-е") and "2014-го року" (the year-word rule).
    let rest = ctx.text[span.end..].trim_start_matches(['-', '–']);
    if rest.len() < ctx.text.len() - span.end && rest.starts_with(char::is_alphabetic) {
        return;
    }
    let next = next_word(ctx.text, span.end);
    let counts_a_noun = next.chars().next().is_some_and(|c| c.is_lowercase())
        && !next.starts_with("рок")
        && !next.starts_with("рр")
        && next != "р"
        && !matches!(next.as_str(), "по" | "до" | "і" | "й" | "та" | "або");
    if !counts_a_noun {
        push_year(ctx, out, span.clone(), &span);
    }
}

fn rule_uk_day_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let days = match caps["w"].to_lowercase().as_str() {
        "позавчора" => -2,
        "вчора" | "учора" => -1,
        "сьогодні" => 0,
        "післязавтра" => 2,
        _ => return,
    };
    push_day_offset(ctx, out, whole(caps), days);
}

/// "напередодні" as the day before publication ("напередодні ввечері",
/// "напередодні заявив"); not "напередодні 9 травня" (see `push_day_before`).
fn rule_uk_eve(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    const FOLLOWERS: &[&str] = &[
        "в",
        "у",
        "на",
        "по",
        "біля",
        "близько",
        "о",
        "об",
        "із",
        "зі",
        "й",
        "та",
        "і",
        "а",
        "але",
        "вранці",
        "уранці",
        "вдень",
        "ввечері",
        "увечері",
        "вночі",
        "уночі",
        "пізно",
        // The subject of a wire's sentence: "Напередодні речник МЗС заявив".
        "секретар",
        "президент",
        "прем'єр",
        "глава",
        "голова",
        "міністр",
        "речник",
        "посол",
        "представник",
        "командувач",
        "влада",
        "мзс",
        "міноборони",
        "кремль",
    ];
    // The masculine pasts of the verbs of going end in -йшов, -ішов («пройшов»,
    // «прийшов», «пішов»); a noun's -ов or -ів («островів») is no verb.
    const PAST_ENDINGS: &[&str] = &["ив", "ав", "ув", "яв", "йшов", "ішов", "ла", "ло", "ли"];
    push_day_before(ctx, out, whole(caps), FOLLOWERS, PAST_ENDINGS, &[]);
}

/// "минулого року", "у цьому році", "наступного місяця", "торік".
fn rule_uk_rel_unit(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let (delta, unit) = match (caps.name("rel"), caps.name("unit")) {
        (Some(rel), Some(unit)) => {
            let unit = if unit.as_str().to_lowercase().starts_with("рок")
                || unit.as_str().to_lowercase().starts_with("році")
            {
                Unit::Year
            } else {
                Unit::Month
            };
            (uk_direction(rel.as_str()), unit)
        }
        _ => (-1, Unit::Year),
    };
    push_unit_offset(ctx, out, whole(caps), unit, delta);
}

/// "три дні тому", "два тижні тому", "рік тому": a plural unit needs its number
/// ("багато років тому" is no date).
fn rule_uk_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let unit_word = caps["unit"].to_lowercase();
    let singular = matches!(unit_word.as_str(), "день" | "тиждень" | "місяць" | "рік");
    let n = match caps.name("n") {
        Some(n) => uk_count(n.as_str()),
        None if singular => Some(1),
        None => None,
    };
    let Some(n) = n else {
        return;
    };
    let unit = if unit_word.starts_with("д") {
        Unit::Day
    } else if unit_word.starts_with("тиж") {
        Unit::Week
    } else if unit_word.starts_with("міс") {
        Unit::Month
    } else {
        Unit::Year
    };
    push_ago(ctx, out, whole(caps), n, unit);
}

/// "цього літа", "минулої зими": the year of that season.
fn rule_uk_season(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    if let Some(year) = year_offset(ctx, uk_direction(&caps["rel"]).signum()) {
        out.push(cand(whole(caps), PartialDate::from_year(year), true));
    }
}

/// "наступного дня", "того ж дня", "через два роки": counted from the date before.
/// "Наступного року" is next year from publication (as Russian "в следующем
/// году"), found by [`rule_uk_rel_unit`]; here only the day is a shift.
fn rule_uk_shift(_ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if let Some(next) = caps.name("next") {
        if next.as_str().to_lowercase() == "дня" {
            push_shift(out, span, "day", 1);
        }
    } else if caps.name("same").is_some() {
        push_shift(out, span, "day", 0);
    } else {
        let n = caps.name("n").map_or(Some(1), |n| uk_count(n.as_str()));
        if let Some(n) = n.filter(|n| (1..=99).contains(n)) {
            push_shift(out, span, "year", n);
        }
    }
}

/// "у вівторок", "у минулу середу", "минулого вівторка", "у вівторок наступного
/// тижня"; not the weekday of a date that follows ("у вівторок, 11 вересня").
fn rule_uk_weekday(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(weekday) = uk_weekday(&caps["wd"]) else {
        return;
    };
    if day_number_follows(ctx.text, span.end) {
        return;
    }
    if let Some(week) = caps.name("week") {
        let weeks = uk_direction(week.as_str()) as i64;
        push_weekday_of_week(ctx, out, span, weekday, weeks);
        return;
    }
    let dir = caps.name("rel").map_or(0, |rel| uk_direction(rel.as_str()));
    push_weekday_toward(ctx, out, span, weekday, dir);
}

/// The number of capture group `name`, if any.
fn num(caps: &RuleCaptures, name: &str) -> Option<u32> {
    super::num(caps, name)
}

#[cfg(test)]
mod tests {
    use crate::dates::expect::t;

    t!(
        uk_a_day_of_last_month_is_of_that_month_whatever_follows,
        "Минулого місяця, 23 серпня, учасники саміту ухвалили декларацію, у якій підтвердили, що не визнаватимуть анексії.",
        "2021-09-17",
        [("Минулого місяця", "2021-08~"), ("23 серпня", "2021-08-23~")]
    );
    t!(
        uk_eve_said_of_the_day_before,
        "Напередодні ввечері дрони атакували Севастополь, а напередодні 9 травня — Керч. Напередодні речник МЗС заявив.",
        "2024-03-24",
        [
            ("Напередодні", "2024-03-23~"),
            ("9 травня", "2023-05-09~"),
            ("Напередодні", "2024-03-23~")
        ]
    );
    t!(
        uk_eve_before_a_verb_of_going,
        "Есмінець, який напередодні пройшов біля мису, і напередодні островів.",
        "2021-06-24",
        [("напередодні", "2021-06-23~")]
    );
    t!(
        uk_full_dates,
        "11 вересня 2012 року Японія викупила острови, а 14 вересня 2012 р. Китай надіслав кораблі.",
        "",
        [
            ("11 вересня 2012 року", "2012-09-11"),
            ("14 вересня 2012 р.", "2012-09-14")
        ]
    );
    t!(
        uk_every_month_genitive,
        "1 січня, 2 лютого, 3 березня, 4 квітня, 5 травня, 6 червня, 7 липня, 8 серпня, 9 вересня, 10 жовтня, 11 листопада, 12 грудня",
        "2023-12-31",
        [
            ("1 січня", "2023-01-01~"),
            ("2 лютого", "2023-02-02~"),
            ("3 березня", "2023-03-03~"),
            ("4 квітня", "2023-04-04~"),
            ("5 травня", "2023-05-05~"),
            ("6 червня", "2023-06-06~"),
            ("7 липня", "2023-07-07~"),
            ("8 серпня", "2023-08-08~"),
            ("9 вересня", "2023-09-09~"),
            ("10 жовтня", "2023-10-10~"),
            ("11 листопада", "2023-11-11~"),
            ("12 грудня", "2023-12-12~")
        ]
    );
    t!(
        uk_month_year,
        "У лютому 2014 року почалася окупація, а в березні 2014 р. відбувся так званий референдум.",
        "",
        [
            ("лютому 2014 року", "2014-02"),
            ("березні 2014 р.", "2014-03")
        ]
    );
    t!(
        uk_year_forms,
        "У 2014 році Росія анексувала Крим; 2015 року тривали санкції, а з 2016 — блокада.",
        "",
        [
            ("2014 році", "2014"),
            ("2015 року", "2015"),
            ("2016", "2016")
        ]
    );
    t!(
        uk_month_alone,
        "У вересні Кримський міст закрили, а з листопада його знову відкрили.",
        "2023-12-10",
        [("вересні", "2023-09~"), ("листопада", "2023-11~")]
    );
    t!(
        uk_month_of_relative_year,
        "У вересні минулого року і 11 травня цього року на півострові лунали вибухи.",
        "2023-06-14",
        [
            ("вересні минулого року", "2022-09~"),
            ("11 травня цього року", "2023-05-11~")
        ]
    );
    t!(
        uk_relative_years,
        "Минулого року міст пошкодили, цього року його ремонтують, а торік теж були атаки.",
        "2023-06-14",
        [
            ("Минулого року", "2022~"),
            ("цього року", "2023~"),
            ("торік", "2022~")
        ]
    );
    t!(
        uk_relative_months,
        "У минулому місяці та наступного місяця.",
        "2023-06-14",
        [
            ("У минулому місяці", "2023-05~"),
            ("наступного місяця", "2023-07~")
        ]
    );
    t!(
        uk_day_words,
        "Вчора вибухи лунали в Севастополі, позавчора — у Феодосії, а сьогодні тихо.",
        "2023-06-14",
        [
            ("Вчора", "2023-06-13~"),
            ("позавчора", "2023-06-12~"),
            ("сьогодні", "2023-06-14~")
        ]
    );
    t!(
        uk_days_ago,
        "Три дні тому дрони атакували Саки, а два тижні тому і рік тому — Керч.",
        "2023-06-14",
        [
            ("Три дні тому", "2023-06-11~"),
            ("два тижні тому", "2023-05-31~"),
            ("рік тому", "2022~")
        ]
    );
    t!(
        uk_many_years_ago_is_no_date,
        "Багато років тому тут жили рибалки.",
        "2023-06-14",
        []
    );
    t!(
        uk_weekdays,
        "У понеділок ЗСУ вдарили по Джанкою, минулого вівторка — по Саках, а минулої п'ятниці — по Керчі.",
        "2023-06-14",
        [
            ("У понеділок", "2023-06-12~"),
            ("минулого вівторка", "2023-06-13~"),
            ("минулої п'ятниці", "2023-06-09~")
        ]
    );
    t!(
        uk_apostrophe_variants,
        "У п’ятницю і в пʼятницю, у п`ятницю.",
        "2023-06-14",
        [
            ("У п’ятницю", "2023-06-09~"),
            ("в пʼятницю", "2023-06-09~"),
            ("у п`ятницю", "2023-06-09~")
        ]
    );
    t!(
        uk_weekday_of_next_week,
        "Переговори відбудуться у вівторок наступного тижня, а в середу минулого тижня сторони обмінялися нотами.",
        "2023-06-15",
        [
            ("у вівторок наступного тижня", "2023-06-20~"),
            ("в середу минулого тижня", "2023-06-07~")
        ]
    );
    t!(
        uk_weekday_future,
        "Делегація відвідає Сімферополь у четвер.",
        "2023-06-13",
        [("у четвер", "2023-06-15~")]
    );
    t!(
        uk_weekday_apposed_to_date,
        "У вівторок, 11 вересня, кораблі підійшли до островів.",
        "2012-09-14",
        [("11 вересня", "2012-09-11~")]
    );
    t!(
        uk_day_range,
        "Навчання тривали з 9 по 12 грудня.",
        "2021-12-15",
        [("9", "2021-12-09~"), ("12 грудня", "2021-12-12~")]
    );
    t!(
        uk_year_range,
        "У 2014–2015 роках тривали бої.",
        "",
        [("2014", "2014"), ("2015 роках", "2015")]
    );
    t!(
        uk_same_year_and_next_day,
        "5 березня 2014 року росіяни захопили базу, наступного дня — штаб, а того ж року — увесь півострів.",
        "",
        [
            ("5 березня 2014 року", "2014-03-05"),
            ("наступного дня", "2014-03-06"),
            ("того ж року", "2014")
        ]
    );
    t!(
        uk_quantities_are_no_years,
        "У 2000 кілометрах від Криму стоять 1945 військових; 12 вересень.",
        "2023-06-14",
        []
    );
    t!(
        uk_seasons,
        "Минулого літа міст атакували, а цієї зими його відремонтують.",
        "2023-06-14",
        [("Минулого літа", "2022~"), ("цієї зими", "2023~")]
    );

    // ---- Ukrainian words do not change Russian results

    t!(
        ru_leaf_fall_is_no_month,
        "В листопад деревья сбрасывают листья, а листопад в ноябре красив.",
        "2023-06-14",
        [("ноябре", "2022-11~")]
    );
    t!(
        ru_text_unchanged,
        "В четверг и в среду, 1 ноября 2010 года, министр заявил, что вчера прошла встреча.",
        "2023-06-14",
        [
            ("В четверг", "2023-06-08~"),
            ("1 ноября 2010 года", "2010-11-01"),
            ("вчера", "2023-06-13~")
        ]
    );
}
