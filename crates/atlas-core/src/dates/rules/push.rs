//! The candidates a rule makes of what it read: a full date, a month of a
//! year, a year, a month and day without a year, a day or weekday counted from
//! publication, a shift from the previous date expression. Every language's
//! rules use them; the rules that read their own month and weekday words
//! (Ukrainian, Spanish, Vietnamese, Filipino) need little else.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, Weekday};
use regex::Regex;

use super::compiled::RuleCaptures;
use super::{parse_num, plausible_year, weekday_dir, whole};
use crate::dates::anchor::{cand, loose, Cand, Loose};
use crate::dates::resolve::{month_offset, resolve_no_year, resolve_weekday, year_offset, Ctx};
use crate::dates::surroundings::{char_at, char_before, is_digit, next_word, number_bounded};
use crate::dates::PartialDate;
use crate::text::floor_char_boundary;

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

/// Month `m` (and day `d`) of the year `delta` years from publication's
/// ("March 5 last year", "Disyembre 9 ng nakaraang taon", "у вересні минулого
/// року", "abril del año pasado").
pub(super) fn push_month_of_relative_year(
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
    if let Some(date) = PartialDate::from_parts(year, Some(m), d) {
        out.push(cand(span, date, true));
    }
}

/// A month (group `m`) and an optional day (`d`) of the year `years` after the
/// previous date expression's ("翌年３月", "隔年1月24日"); the numbers are read
/// by `number`.
pub(super) fn push_month_of_shifted_year(
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
pub(super) fn push_shift(out: &mut Vec<Cand>, span: Range<usize>, unit: &str, n: i64) {
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
pub(super) fn push_weekday(
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

/// A unit a date is counted in ("three days ago", «два тижні тому»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A full date at `span`, if the year is plausible, the day exists and no
/// digit follows.
pub(super) fn push_full(
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
pub(super) fn push_month_of_year(
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
pub(super) fn push_year(ctx: &Ctx, out: &mut Vec<Cand>, span: Range<usize>, number: &Range<usize>) {
    let Some(y) = parse_num(&ctx.text[number.clone()]) else {
        return;
    };
    if plausible_year(y) && number_bounded(ctx.text, number) {
        out.push(cand(span, PartialDate::from_year(y as i32), false));
    }
}

/// The last (`dir` < 0), next (`dir` > 0) or this (0) month of that name,
/// or day of that month, before or after publication ("el pasado abril", "el
/// pasado 2 de abril", "abril próximo").
pub(super) fn push_named_from_publication(
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
    if let Some(date) = PartialDate::from_parts(year, Some(month), day) {
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
pub(super) fn push_day_before(
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
pub(super) fn push_day_offset(ctx: &Ctx, out: &mut Vec<Cand>, span: Range<usize>, days: i64) {
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
pub(super) fn push_unit_offset(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    unit: Unit,
    delta: i32,
) {
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
pub(super) fn push_ago(ctx: &Ctx, out: &mut Vec<Cand>, span: Range<usize>, n: i64, unit: Unit) {
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
pub(super) fn push_weekday_toward(
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
pub(super) fn push_weekday_of_week(
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
pub(super) fn day_number_follows(text: &str, end: usize) -> bool {
    static DAY_NEXT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*[,(]?\s*(?:(?i:ngày|ngay|ika-?)\s*)?\d").expect("valid regex")
    });
    DAY_NEXT.is_match(&text[end..floor_char_boundary(text, (end + 16).min(text.len()))])
}
