//! The rules that find date expressions: each is a regex and a function that
//! turns a match into candidates ([`Cand`]). The rules of each language live in
//! their own module ([`en`], [`ru`], [`ja`], `zh`, `ko`, with the language-independent
//! ones in [`common`]), which also holds that language's month and weekday
//! words; [`LANGUAGES`] registers them in the order they run, each on the texts
//! whose [`Languages`](crate::language::Languages) include its language; [`compiled`]
//! compiles them and runs them over a text. This module holds what the languages
//! share: number parsing, and the rule functions more than one language uses (a
//! month name with a day or year, "yesterday", "N days ago", ...).
//!
//! Order: candidates are sorted by span, stably, so on two candidates with the
//! same span the earlier rule wins.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, Weekday};
use regex::Regex;

use super::anchor::{cand, loose, Cand, Loose};
use super::resolve::{month_offset, resolve_no_year, resolve_weekday, year_offset, Ctx};
use super::surroundings::{
    char_at, char_before, is_digit, next_word, number_bounded, prev_word, tail,
};
use super::PartialDate;
use crate::language::Language;
use crate::prechecked_regex::PrecheckedRegex;
use crate::text::floor_char_boundary;
use common::UNITS;
pub(super) use compiled::candidates;
use compiled::RuleCaptures;

mod common;
mod compiled;
pub(crate) mod en;
mod es;
mod fil;
mod ja;
mod ko;
mod numeric_runs;
pub(crate) mod ru;
mod uk;
mod vi;
mod zh;

/// What a rule does with a match: pushes its candidates.
type Rule = fn(&Ctx, &RuleCaptures, &mut Vec<Cand>);

/// A rule as a language module gives it: its pattern and its function.
type RuleSource = (String, Rule);

/// A language module's rules: its `rules()` function.
type LanguageRules = fn() -> Vec<RuleSource>;

/// Each language's rules, in the order they run, with the language whose text
/// they run on ([`common`] first, on every text): a new language is a module
/// with a `rules()` function and one line here.
const LANGUAGES: &[(Option<Language>, LanguageRules)] = &[
    (None, common::rules),
    (Some(Language::En), en::rules),
    (Some(Language::Ru), ru::rules),
    (Some(Language::Ja), ja::rules),
    (Some(Language::Zh), zh::rules),
    (Some(Language::Ko), ko::rules),
    (Some(Language::Uk), uk::rules),
    (Some(Language::Es), es::rules),
    (Some(Language::Vi), vi::rules),
    (Some(Language::Fil), fil::rules),
];

/// Each language's markers of the future or of plans (its module's `FUTURE`),
/// which `clauses` looks for: one line per language.
pub(super) const FUTURE_MARKERS: &[(Language, &str)] = &[
    (Language::En, en::FUTURE),
    (Language::Ru, ru::FUTURE),
    (Language::Ja, ja::FUTURE),
    (Language::Zh, zh::FUTURE),
    (Language::Ko, ko::FUTURE),
    (Language::Uk, uk::FUTURE),
    (Language::Es, es::FUTURE),
    (Language::Vi, vi::FUTURE),
    (Language::Fil, fil::FUTURE),
];

/// Digits, ASCII or full-width.
const D: &str = "[0-9０-９]";

/// The span of the whole match.
fn whole(caps: &RuleCaptures) -> Range<usize> {
    caps.get(0).unwrap().range()
}

/// Parses ASCII, full-width or simple kanji numerals ("14", "１４", "二十", "元").
fn parse_num(s: &str) -> Option<u32> {
    let s = s.trim();
    if s == "元" {
        return Some(1);
    }
    if s.chars().all(is_digit) && !s.is_empty() {
        return s.chars().try_fold(0u32, |acc, c| {
            let d = if c.is_ascii_digit() {
                c as u32 - '0' as u32
            } else {
                c as u32 - '０' as u32
            };
            acc.checked_mul(10)?.checked_add(d)
        });
    }
    let kanji = |c: char| "〇一二三四五六七八九".chars().position(|k| k == c);
    if s.is_empty() || !s.chars().all(|c| c == '十' || kanji(c).is_some()) {
        return None;
    }
    if let Some((tens, ones)) = s.split_once('十') {
        let tens = match tens {
            "" => 1,
            t if t.chars().count() == 1 => kanji(t.chars().next()?)? as u32,
            _ => return None,
        };
        let ones = match ones {
            "" => 0,
            o if o.chars().count() == 1 => kanji(o.chars().next()?)? as u32,
            _ => return None,
        };
        return Some(tens * 10 + ones);
    }
    s.chars()
        .try_fold(0u32, |acc, c| Some(acc * 10 + kanji(c)? as u32))
}

/// The number of capture group `name`, if any (see [`parse_num`]).
fn num(caps: &RuleCaptures, name: &str) -> Option<u32> {
    caps.name(name).and_then(|m| parse_num(m.as_str()))
}

/// Whether `y` is a year a bare number may be (1500–2100: the disputes' histories reach back to
/// the 1690s at the Falklands, 1696 at Takeshima, 1783 in Crimea).
fn plausible_year(y: u32) -> bool {
    (1500..=2100).contains(&y)
}

/// Month by name in either language.
fn month_of(caps: &RuleCaptures) -> Option<u32> {
    let m = caps.name("mon")?.as_str();
    if m.is_ascii() {
        en::en_month(m)
    } else {
        ru::ru_month(m)
    }
}

/// A month, or a month and day, without a year at `span`: resolved against the
/// publication date for now, and loose, so the text before it may give the year
/// (see [`Loose::MonthDay`]).
pub(super) fn push_month_day(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    month: u32,
    day: Option<u32>,
) {
    let date = resolve_no_year(ctx, &span, month, day);
    out.push(loose(span, date, true, Loose::MonthDay { month, day }));
}

fn rule_full(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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

fn rule_month_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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

fn rule_month_rel_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let (Some(m), Some(delta)) = (month_of(caps), rel_year(&caps["rel"])) else {
        return;
    };
    push_month_of_relative_year(ctx, out, whole(caps), m, num(caps, "d"), delta);
}

/// Month `m` (and day `d`) of the year `delta` years from publication's
/// ("March 5 last year", "Disyembre 9 ng nakaraang taon").
fn push_month_of_relative_year(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    m: u32,
    d: Option<u32>,
    delta: i32,
) {
    let Some(year) = year_offset(ctx, delta) else {
        return;
    };
    let date = match d {
        Some(d) => PartialDate::from_ymd(year, m, d),
        None => PartialDate::from_year_month(year, m),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

fn rule_month_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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
fn rule_range_other_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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

fn rule_month_alone(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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

fn rule_day_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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

fn rule_rel_unit(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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
fn rule_end_of_this_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    if let Some(y) = year_offset(ctx, 0) {
        out.push(cand(whole(caps), PartialDate::from_year(y), true));
    }
}

fn rule_year_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    if let Some(y) = year_offset(ctx, -1) {
        out.push(cand(whole(caps), PartialDate::from_year(y), true));
    }
}

/// A small count in words or digits ("a", "two", "две", "３").
fn count(s: &str) -> Option<i64> {
    const WORDS: &[(&str, i64)] = &[
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("два", 2),
        ("две", 2),
        ("три", 3),
        ("четыре", 4),
        ("пять", 5),
        ("шесть", 6),
        ("семь", 7),
        ("восемь", 8),
        ("девять", 9),
        ("десять", 10),
    ];
    // English teens and tens, alone or with a unit ("forty", "twenty-five").
    const TEENS: &[&str] = &[
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let word = |w: &str| {
        WORDS
            .iter()
            .find(|(word, _)| *word == w)
            .map(|(_, n)| *n)
            .or_else(|| (11..).zip(TEENS).find(|(_, t)| **t == w).map(|(n, _)| n))
            .or_else(|| (2..).zip(TENS).find(|(_, t)| **t == w).map(|(n, _)| n * 10))
    };
    let lower = s.to_lowercase();
    if let Some((tens, unit)) = lower.split_once(['-', ' ']) {
        return word(tens)
            .filter(|t| t % 10 == 0 && *t >= 20)
            .zip(word(unit.trim()).filter(|u| (1..=9).contains(u)))
            .map(|(t, u)| t + u);
    }
    word(&lower).or_else(|| parse_num(s).map(i64::from))
}

/// "a week ago", "three days ago", "две недели назад", "３日前": a day (or a
/// month, a year) counted back from publication.
fn rule_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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
fn rule_season(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let delta = direction_of(&caps["rel"], "昨", "来");
    if let Some(year) = year_offset(ctx, delta) {
        out.push(cand(whole(caps), PartialDate::from_year(year), true));
    }
}

/// "同年8月", "that year": the year of the previous date expression.
fn rule_same_year(_ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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

/// A month (group `m`) and an optional day (`d`) of the year `years` after the
/// previous date expression's ("翌年３月", "隔年1月24日"); the numbers are read
/// by `number`.
fn push_month_of_shifted_year(
    caps: &RuleCaptures,
    years: i32,
    number: fn(&RuleCaptures, &str) -> Option<u32>,
    out: &mut Vec<Cand>,
) {
    let Some(month) = number(caps, "m").filter(|m| (1..=12).contains(m)) else {
        return;
    };
    let day = number(caps, "d");
    if caps.name("d").is_some() && day.is_none() {
        return;
    }
    let shifted = Loose::OfYear {
        years,
        month: Some(month),
        day,
    };
    out.push(loose(whole(caps), None, false, shifted));
}

/// A date `n` units ("day" or "year") after the previous date expression.
fn push_shift(out: &mut Vec<Cand>, span: Range<usize>, unit: &str, n: i64) {
    let shift = if unit.starts_with("day") {
        Loose::Shift { days: n }
    } else {
        Loose::OfYear {
            years: n as i32,
            month: None,
            day: None,
        }
    };
    out.push(loose(span, None, false, shift));
}

/// A weekday (group `wd`, read by `weekday`) after an optional relative word
/// (group `rel`: "last", "next", "прошлую", "来週"), resolved against publication.
fn push_weekday(
    ctx: &Ctx,
    caps: &RuleCaptures,
    out: &mut Vec<Cand>,
    weekday: fn(&str) -> Option<Weekday>,
) {
    let span = whole(caps);
    let Some(wd) = weekday(&caps["wd"]) else {
        return;
    };
    let dir = weekday_dir(caps.name("rel").map(|m| m.as_str()));
    if let Some(date) = resolve_weekday(ctx, &span, wd, dir) {
        out.push(cand(span, date, true));
    }
}

/// Which way a weekday's relative word points (see [`direction_of`]).
fn weekday_dir(rel: Option<&str>) -> i32 {
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
fn rule_this_day_in(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
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
fn rel_year(s: &str) -> Option<i32> {
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

// ---- Shared by the rules that read their own month and weekday words
// (Ukrainian, Spanish, Vietnamese, Filipino): the rule reads the words, these
// make the candidates.

/// A unit a date is counted in ("three days ago", «два тижні тому»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A full date at `span`, if the year is plausible, the day exists and no
/// digit follows.
fn push_full(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
) {
    let (Some(y), Some(m), Some(d)) = (year, month, day) else {
        return;
    };
    if !plausible_year(y) || char_at(ctx.text, span.end).is_some_and(is_digit) {
        return;
    }
    if let Some(date) = PartialDate::from_ymd(y as i32, m, d) {
        out.push(cand(span, date, false));
    }
}

/// A month of a year at `span`, if the year is plausible and no digit follows.
fn push_month_of_year(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    year: Option<u32>,
    month: Option<u32>,
) {
    let (Some(y), Some(m)) = (year, month) else {
        return;
    };
    if !plausible_year(y) || char_at(ctx.text, span.end).is_some_and(is_digit) {
        return;
    }
    if let Some(date) = PartialDate::from_year_month(y as i32, m) {
        out.push(cand(span, date, false));
    }
}

/// A year alone at `span` (the number is at `number`), if plausible and not
/// part of a longer number.
fn push_year(ctx: &Ctx, out: &mut Vec<Cand>, span: Range<usize>, number: &Range<usize>) {
    let Some(y) = parse_num(&ctx.text[number.clone()]) else {
        return;
    };
    if plausible_year(y) && number_bounded(ctx.text, number) {
        out.push(cand(span, PartialDate::from_year(y as i32), false));
    }
}

/// A month (and day) in the year `years` from publication ("у вересні
/// минулого року", "abril del año pasado").
fn push_month_in_year_offset(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    month: u32,
    day: Option<u32>,
    years: i32,
) {
    let Some(year) = year_offset(ctx, years) else {
        return;
    };
    let date = match day {
        Some(d) => PartialDate::from_ymd(year, month, d),
        None => PartialDate::from_year_month(year, month),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// The last (`dir` < 0), next (`dir` > 0) or this (0) month of that name,
/// or day of that month, before or after publication ("el pasado abril", "el
/// pasado 2 de abril", "abril próximo").
fn push_named_from_publication(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    month: u32,
    day: Option<u32>,
    dir: i32,
) {
    let Some(p) = ctx.published else {
        return;
    };
    // Without a day, this month of publication is neither last nor next.
    let published_day = if day.is_some() { p.day() } else { 0 };
    let (py, named, published) = (
        p.year(),
        (month, day.unwrap_or(0)),
        (p.month(), published_day),
    );
    let year = match dir {
        d if d < 0 && named < published => py,
        d if d < 0 => py - 1,
        d if d > 0 && named > published => py,
        d if d > 0 => py + 1,
        _ => py,
    };
    let date = match day {
        Some(d) => PartialDate::from_ymd(year, month, d),
        None => PartialDate::from_year_month(year, month),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// A word for "the day before" at `span` ("накануне", "напередодні") said
/// of the day before publication, as a wire writes "yesterday" ("произошла
/// накануне около полудня", "накануне заявил"), not "on the eve of" something
/// ("накануне визита", "напередодні 9 травня"): read only where what follows
/// says so, a stop, one of the language's `followers` (prepositions,
/// conjunctions, times of day) or a word of four letters or more with one of
/// its `past_endings` (a verb in the past tense) other than the `not_verbs`.
fn push_day_before(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    followers: &[&str],
    past_endings: &[&str],
    not_verbs: &[&str],
) {
    let rest = ctx.text[span.end..].trim_start();
    let next = next_word(ctx.text, span.end);
    let stop = rest.is_empty() || rest.starts_with([',', '.', ';', ':', '!', '?', ')', '—', '–']);
    let past_tense = next.chars().count() >= 4
        && past_endings.iter().any(|ending| next.ends_with(ending))
        && !not_verbs.contains(&next.as_str());
    if stop || followers.contains(&next.as_str()) || past_tense {
        push_day_offset(ctx, out, span, -1);
    }
}

/// The day `days` from publication ("вчора", "ayer", "hôm qua", "kahapon").
fn push_day_offset(ctx: &Ctx, out: &mut Vec<Cand>, span: Range<usize>, days: i64) {
    let Some(date) = ctx
        .published
        .and_then(|p| p.checked_add_signed(Duration::days(days)))
    else {
        return;
    };
    out.push(cand(span, PartialDate::from_date(date), true));
}

/// The year or month `delta` units from publication ("минулого року", "el mes
/// pasado", "năm nay"); other units are no date of their own.
fn push_unit_offset(ctx: &Ctx, out: &mut Vec<Cand>, span: Range<usize>, unit: Unit, delta: i32) {
    let date = match unit {
        Unit::Year => year_offset(ctx, delta).map(PartialDate::from_year),
        Unit::Month => month_offset(ctx, delta),
        Unit::Day | Unit::Week => return,
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// `n` units before publication ("три дні тому", "hace tres días", "3 ngày
/// trước", "tatlong araw na ang nakalipas"); `n` is 1 to 99.
fn push_ago(ctx: &Ctx, out: &mut Vec<Cand>, span: Range<usize>, n: i64, unit: Unit) {
    let Some(p) = ctx.published.filter(|_| (1..=99).contains(&n)) else {
        return;
    };
    if char_before(ctx.text, span.start).is_some_and(is_digit) {
        return;
    }
    let date = match unit {
        Unit::Day => p
            .checked_sub_signed(Duration::days(n))
            .map(PartialDate::from_date),
        Unit::Week => p
            .checked_sub_signed(Duration::days(7 * n))
            .map(PartialDate::from_date),
        Unit::Month => month_offset(ctx, -(n as i32)),
        Unit::Year => year_offset(ctx, -(n as i32)).map(PartialDate::from_year),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// A weekday: the last one before publication (`dir` < 0), the next one
/// after it (`dir` > 0), or the nearest as [`resolve_weekday`] takes it (0).
fn push_weekday_toward(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    weekday: Weekday,
    dir: i32,
) {
    if let Some(date) = resolve_weekday(ctx, &span, weekday, dir) {
        out.push(cand(span, date, true));
    }
}

/// A weekday of the week `weeks` from the publication's ("у вівторок
/// наступного тижня", "thứ Ba tuần trước": Tuesday of last week, even when
/// publication is on a Thursday).
fn push_weekday_of_week(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    weekday: Weekday,
    weeks: i64,
) {
    let Some(p) = ctx.published else {
        return;
    };
    let days = 7 * weeks + i64::from(weekday.num_days_from_monday())
        - i64::from(p.weekday().num_days_from_monday());
    push_day_offset(ctx, out, span, days);
}

/// Whether a day number follows `end`, as after the weekday of "el lunes 3 de
/// abril", "thứ Ba, ngày 11/9", "у вівторок, 11 вересня": a weekday before the
/// date it names is no date of its own.
fn day_number_follows(text: &str, end: usize) -> bool {
    static DAY_NEXT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*[,(]?\s*(?:(?i:ngày|ngay|ika-?)\s*)?\d").expect("valid regex")
    });
    DAY_NEXT.is_match(&text[end..floor_char_boundary(text, (end + 16).min(text.len()))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_before_asks_the_pattern_only_where_it_can_match() {
        let pieces = [
            "July",
            "july",
            "августе",
            "Августа",
            "3",
            "٣",
            " ",
            "\u{a0}",
            "\n",
            ",",
            "and",
            "or",
            "to",
            "и",
            "или",
            "по",
            "-",
            "–",
            "—",
            "x",
            "в",
            "talks",
            "Токио",
            "andy",
            "ио",
        ];
        let mut rng = crate::test_random::Rng::new(1);
        let mut listed = 0;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + rng.below(8) {
                text.push_str(rng.pick::<&str>(&pieces));
            }
            let expected = MONTH_BEFORE.is_match(&text);
            assert_eq!(month_before(&text), expected, "{text:?}");
            listed += usize::from(expected);
        }
        assert!(listed > 500, "{listed}");
    }
}
