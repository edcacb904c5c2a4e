//! The rule functions that more than one language's rules share: a month name
//! with a day or a year (English and Russian month words), a month alone after
//! the words that make it a date, "yesterday", "last year", "N days ago", a
//! season, "that year", "on this day in 1855", and the relative words they read.

use std::sync::LazyLock;

use chrono::{Datelike, Duration};
use regex::Regex;

use super::common::UNITS;
use super::compiled::RuleCaptures;
use super::{count, num, plausible_year, push_month_day, push_month_of_relative_year, whole};
use super::{en, ru};
use crate::dates::anchor::{cand, loose, Cand, Loose};
use crate::dates::resolve::{month_offset, year_offset, Ctx};
use crate::dates::surroundings::{
    char_at, char_before, is_digit, next_word, number_bounded, prev_word, tail,
};
use crate::dates::PartialDate;
use crate::prechecked_regex::PrecheckedRegex;

/// Month by name in either language.
pub(super) fn month_of(caps: &RuleCaptures) -> Option<u32> {
    let m = caps.name("mon")?.as_str();
    if m.is_ascii() {
        en::en_month(m)
    } else {
        ru::ru_month(m)
    }
}

pub(super) fn rule_full(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(y), Some(m), Some(d)) = (num(caps, "y"), month_of(caps), num(caps, "d")) else {
        return;
    };
    if !plausible_year(y) || char_at(ctx.text, span.end).is_some_and(is_digit) {
        return;
    }
    if let Some(date) = PartialDate::from_ymd(y as i32, m, d) {
        out.push(cand(span, date, false));
    }
}

pub(super) fn rule_month_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(y), Some(m)) = (num(caps, "y"), month_of(caps)) else {
        return;
    };
    if !plausible_year(y) || char_at(ctx.text, span.end).is_some_and(is_digit) {
        return;
    }
    // "March 2000 tons" is not a date.
    if UNITS.contains(&next_word(ctx.text, span.end).as_str()) {
        return;
    }
    if let Some(date) = PartialDate::from_year_month(y as i32, m) {
        out.push(cand(span, date, false));
    }
}

pub(super) fn rule_month_rel_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let (Some(m), Some(delta)) = (month_of(caps), rel_year(&caps["rel"])) else {
        return;
    };
    push_month_of_relative_year(ctx, out, whole(caps), m, num(caps, "d"), delta);
}

pub(super) fn rule_month_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(m), Some(d)) = (month_of(caps), num(caps, "d")) else {
        return;
    };
    if !number_bounded(ctx.text, &span) {
        return;
    }
    // Russian day-month needs the genitive ("15 июня"), not "15 июнь".
    let mon = &caps["mon"];
    if !mon.is_ascii() && !mon.ends_with(['я', 'а']) {
        return;
    }
    if mon == "May" && ends_a_name(ctx.text, span.start) {
        return;
    }
    push_month_day(ctx, out, span, m, Some(d));
}

/// Whether a word at `start` of `text` would end a name: it comes right after
/// a capitalized word (one space between) that is neither a weekday nor a
/// month and that does not start its sentence or line. "May 4" in "the
/// Unaizah May 4 was hit" is a boat; in "Updated May 4", "on Tuesday May 4"
/// or "Tokyo, May 4" it is a date.
fn ends_a_name(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let Some(word_start) = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)
    else {
        return false;
    };
    let word = &before[word_start..];
    let lower = word.to_lowercase();
    let capitalized = word.starts_with(char::is_uppercase) && word.chars().count() >= 2;
    let time_word = en::WEEKDAYS.contains(&lower.as_str()) || en::MONTHS.contains(&lower.as_str());
    let inside_a_sentence = before[..word_start]
        .trim_end_matches(' ')
        .ends_with(|c: char| c.is_alphanumeric() || c == ',');
    capitalized && !time_word && inside_a_sentence
}

/// The day of a day range that the month does not stand next to: the first
/// day of "с 9 по 12 декабря", "9–12 December", the last of "December 9–12".
/// The month's own day is found by the month-day rules.
pub(super) fn rule_range_other_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = caps.name("d").unwrap().range();
    let (Some(m), Some(d)) = (month_of(caps), num(caps, "d")) else {
        return;
    };
    if !number_bounded(ctx.text, &span) || !(1..=31).contains(&d) {
        return;
    }
    push_month_day(ctx, out, span, m, Some(d));
}

/// The words that join a month to one just before it ("July and August").
const MONTH_JOINERS: &[&str] = &[
    ",", "and", "or", "to", "through", "until", "и", "или", "по", "-", "–", "—",
];

/// A month name just before ("July and August", "в июле и августе").
static MONTH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{}|{}|\d)\s*(?:{})\s*$",
        en::EN_FULL_MONTH,
        ru::RU_MONTH,
        MONTH_JOINERS.join("|")
    ))
    .unwrap()
});

/// Whether `before` (the text before a month) ends with a month name and a
/// joiner ([`MONTH_BEFORE`]), asking the pattern only when it ends with a
/// joiner and spaces (`\s` is `char::is_whitespace`): on Cyrillic text the
/// pattern takes tens of microseconds.
fn month_before(before: &str) -> bool {
    let end = before.trim_end();
    MONTH_JOINERS.iter().any(|joiner| end.ends_with(joiner)) && MONTH_BEFORE.is_match(before)
}

/// Russian prepositions and time words after which a year or a month names a
/// date ("в 1945", "к началу сентября", "в конце августа"); shared by the year
/// and month rules.
pub(super) const RU_DATE_LEFT: &[&str] = &[
    "в",
    "во",
    "с",
    "со",
    "до",
    "после",
    "к",
    "по",
    "от",
    "начале",
    "конце",
    "середине",
];

/// Words after which a month name alone is a month ("in August", "в августе").
const MONTH_LEFT: &[&str] = &[
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid-",
    "mid",
    "of",
    "around",
    "throughout",
    "половине",
    "начала",
    "конца",
    "середины",
    "половины",
    "началу",
    "концу",
    "течение",
];

/// A plan's "for" before a month name alone ("scheduled for September").
static PLANNED_FOR: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
    PrecheckedRegex::new(
        r"(?i)\b(?:scheduled|rescheduled|planned|set|slated|due|expected|postponed|delayed|moved|pushed\s+back|put\s+off)\s+for\s+$",
    )
    .expect("valid regex")
});

pub(super) fn rule_month_alone(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(m) = month_of(caps) else {
        return;
    };
    let mon = &caps["mon"];
    let left = prev_word(ctx.text, span.start);
    // Russian nominative "август" alone is rare in dates and often a name;
    // "по сентябрь" (a range's end, accusative) and "намечен на октябрь" (a
    // plan's month, accusative) are dates.
    let accusative = !mon.is_ascii() && (left == "по" || left == "на");
    if !mon.is_ascii() && !mon.ends_with(['е', 'я', 'а', 'ю', 'у']) && !accusative {
        return;
    }
    let listed = month_before(tail(ctx.text, span.start, 60));
    let planned_for = PLANNED_FOR.is_match(tail(ctx.text, span.start, 40)) || accusative;
    let after_left_word =
        MONTH_LEFT.contains(&left.as_str()) || RU_DATE_LEFT.contains(&left.as_str());
    if !after_left_word && !listed && !planned_for {
        return;
    }
    push_month_day(ctx, out, span, m, None);
}

pub(super) fn rule_day_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let delta = match caps["w"].to_lowercase().as_str() {
        "yesterday" | "вчера" => -1,
        "today" | "сегодня" => 0,
        "tomorrow" | "завтра" => 1,
        "позавчера" => -2,
        "послезавтра" => 2,
        _ => return,
    };
    let Some(date) = p.checked_add_signed(Duration::days(delta)) else {
        return;
    };
    out.push(cand(whole(caps), PartialDate::from_date(date), true));
}

pub(super) fn rule_rel_unit(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(delta) = rel_year(&caps["rel"]) else {
        return;
    };
    // "over the last year" is a period, "the next year" is anaphoric.
    if prev_word(ctx.text, span.start) == "the" {
        return;
    }
    let unit = caps["unit"].to_lowercase();
    let date = if unit.starts_with("year") || unit.starts_with("год") {
        year_offset(ctx, delta).map(PartialDate::from_year)
    } else {
        month_offset(ctx, delta)
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// "By the end of the year", «до конца года»: the publication's year.
pub(super) fn rule_end_of_this_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    if let Some(y) = year_offset(ctx, 0) {
        out.push(cand(whole(caps), PartialDate::from_year(y), true));
    }
}

pub(super) fn rule_year_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    if let Some(y) = year_offset(ctx, -1) {
        out.push(cand(whole(caps), PartialDate::from_year(y), true));
    }
}

/// "a week ago", "three days ago", "две недели назад", "３日前": a day (or a
/// month, a year) counted back from publication.
pub(super) fn rule_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let span = whole(caps);
    let unit = caps["unit"].to_lowercase();
    // "много лет назад": a plural unit needs its number.
    if caps.name("n").is_none() && !matches!(unit.as_str(), "день" | "неделю" | "месяц")
    {
        return;
    }
    if char_before(ctx.text, span.start).is_some_and(is_digit) {
        return;
    }
    // Chinese "3日前" is "before the 3rd" as often as "three days ago" (which
    // is "3天前"), and "3日前往" is "go on the 3rd".
    if unit == "日" && ctx.is_chinese() {
        return;
    }
    let n = caps.name("n").map_or(Some(1), |m| count(m.as_str()));
    let Some(n) = n.filter(|n| (1..=99).contains(n)) else {
        return;
    };
    let date = if unit.starts_with("day") || unit.starts_with("д") || unit == "日" {
        p.checked_sub_signed(Duration::days(n))
            .map(PartialDate::from_date)
    } else if unit.starts_with("week") || unit.starts_with("нед") || unit == "週間" {
        p.checked_sub_signed(Duration::days(7 * n))
            .map(PartialDate::from_date)
    } else if unit.starts_with("month") || unit.starts_with("мес") || unit.ends_with('月') {
        month_offset(ctx, -(n as i32))
    } else {
        year_offset(ctx, -(n as i32)).map(PartialDate::from_year)
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// "this summer", "last autumn", "этой весной", "прошлым летом", "今春", "昨秋":
/// the year of that season, counted from publication.
pub(super) fn rule_season(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let delta = direction_of(&caps["rel"], "昨", "来");
    if let Some(year) = year_offset(ctx, delta) {
        out.push(cand(whole(caps), PartialDate::from_year(year), true));
    }
}

/// "同年8月", "that year": the year of the previous date expression.
pub(super) fn rule_same_year(_ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let (month, day) = (num(caps, "m"), num(caps, "d"));
    if month.is_some_and(|m| !(1..=12).contains(&m)) {
        return;
    }
    out.push(loose(
        whole(caps),
        None,
        false,
        Loose::OfYear {
            years: 0,
            month,
            day,
        },
    ));
}

/// Which way a weekday's relative word points (see [`direction_of`]).
pub(super) fn weekday_dir(rel: Option<&str>) -> i32 {
    rel.map_or(0, |rel| direction_of(rel, "先週", "来週"))
}

/// Which way a relative word points: -1 back ("last", "past", "прошлый",
/// "минувший", or the Japanese word `ja_back`), 1 ahead ("next", "coming",
/// "следующий", "ближайший", "будущий", or `ja_ahead`), else 0 ("this").
fn direction_of(rel: &str, ja_back: &str, ja_ahead: &str) -> i32 {
    let rel = rel.to_lowercase();
    if rel.starts_with("last")
        || rel.contains("past")
        || rel.starts_with("прошл")
        || rel.starts_with("минувш")
        || rel == ja_back
    {
        -1
    } else if rel.starts_with("next")
        || rel.contains("coming")
        || rel.starts_with("следующ")
        || rel.starts_with("ближайш")
        || rel.starts_with("будущ")
        || rel == ja_ahead
    {
        1
    } else {
        0
    }
}

/// "On this day in 1855", "в этот день в 1855 году", "1855年のきょう": the
/// publication's month and day in that year (without a publication date, or when
/// the day does not exist in that year, the year rules take the year alone).
/// "This day" ("この日", "этот день") points back: a day named before it wins
/// over the publication's (see [`Loose::ThisDay`]); "today" ("きょう") does not.
pub(super) fn rule_this_day_in(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(y) = num(caps, "y") else {
        return;
    };
    if !plausible_year(y) {
        return;
    }
    let day = ctx
        .published
        .and_then(|p| PartialDate::from_ymd(y as i32, p.month(), p.day()));
    let Some(date) = day else {
        return;
    };
    let matched = &ctx.text[span.clone()];
    if matched.contains("きょう") || matched.contains("今日") {
        out.push(cand(span, date, true));
    } else {
        out.push(loose(
            span,
            Some(date),
            true,
            Loose::ThisDay { year: y as i32 },
        ));
    }
}

/// The relative-year words of all three languages → offset from publication.
pub(super) fn rel_year(s: &str) -> Option<i32> {
    let s = s.to_lowercase();
    Some(match s.as_str() {
        "this" | "этого" | "этом" | "текущего" | "текущем" | "нынешнего" | "нынешнем" | "今年"
        | "本年" => 0,
        "last" | "прошлого" | "прошлом" | "минувшего" | "минувшем" | "昨年" | "去年" => {
            -1
        }
        "next"
        | "следующего"
        | "следующем"
        | "будущего"
        | "будущем"
        | "наступающего"
        | "наступающем"
        | "来年" => 1,
        "позапрошлого" | "позапрошлом" | "一昨年" | "おととし" => -2,
        "再来年" => 2,
        _ => return None,
    })
}
