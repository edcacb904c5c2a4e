//! Date expressions in English, Russian and Japanese text.
//!
//! [`find_dates`] returns every date expression of a text, absolute ("November
//! 1, 2010", "1 ноября 2010 года", "2010年11月1日", "昭和20年") or relative to the
//! publication date ("on Monday", "last year", "в августе", "14日"). Matches are
//! non-overlapping and leftmost-longest: "November 1, 2010" is one expression,
//! not a month-day plus a year.
//!
//! Choices made (documented here because they are judgement calls):
//!
//! - A bare four-digit number is a year only between 1800 and 2100 and only in
//!   a context that makes it a year: after a preposition or article ("in 1945",
//!   "since 1945", "the 1956 Joint Declaration", "mid-1945", Russian "в 1945"),
//!   before a noun such as "treaty", "declaration", "visit", "summit", "war"
//!   ("1855 treaty"), inside parentheses ("(1945)"), after another year in a
//!   range ("1945 and 1956", "1945–1956"), or with a year word ("1945 году",
//!   "1945 г.", "1945年"). Quantities ("in 2000 troops", "$2018", "1,945") are
//!   not years.
//! - A bare year that starts a range of years ("for 2016-2025") or a timeline
//!   entry at the start of a line ("1875: Japan cedes ...") is a year.
//! - "Three years later than planned" compares and is no date; a weekday next to
//!   the date it names ("в пятницу, 23 января", "on Friday, Jan. 23") is no date
//!   of its own.
//! - Decades ("the 1990s", "1990-е годы", "1990年代") are skipped: they are not a
//!   year and the event model has no decade precision.
//! - "May" is a month only with a day or year ("May 9", "May 2019") or after
//!   "in", "on", "since", "until", "by", "early", "late", "mid-" and the like.
//!   Month names alone ("in August", "в августе", "8月") always need such a
//!   context in English and Russian (a plan's "for" is one: "scheduled for
//!   September").
//! - "On this day in 1855", "1855年のきょう" is the publication's day of 1855.
//! - A Japanese fiscal year is named after the year it starts in, on April 1:
//!   "今年度" published in February 2025 is 2024, "来年度" 2025.
//! - A day range sharing its month ("с 9 по 12 декабря", "December 14 to 16")
//!   gives both days.
//! - Relative expressions need the publication date and are skipped without it.
//!   A month or a month-and-day without a year takes the publication year,
//!   except that a date more than 45 days after publication in a sentence that
//!   is not about the future is taken from the previous year (a story published
//!   in January that tells what happened "on December 28"), and a date wholly
//!   before publication in a sentence about the future is taken from the next
//!   year ("talks will be held in January", published in November). Where the
//!   previous sentence of the paragraph gives a past year, that year beats the
//!   previous-year guess ("それが昭和20年の夏に一変する。8月28日から…").
//! - A weekday is the most recent such day on or before publication, or the next
//!   one after it when the context is future ("will meet on Monday", "next
//!   Monday", "в следующий вторник", "来週の月曜日"); "last Monday" is strictly
//!   before publication. "Said on Monday that it will ..." is not future: a
//!   reporting verb right before the date wins over a "will" later on, and so
//!   does one right after a date that opens its clause ("On Monday, the
//!   ministry said it would ...", "В среду министр заявил, что ... будет").
//! - Japanese "14日" alone is a day of the publication month; if it is after the
//!   publication day it is the previous month, unless the sentence is about the
//!   future. A day well before the publication day in a future sentence ("3日に
//!   訪問する予定" published on the 28th) is in the next month.
//! - Numeric dates: ISO `2010-11-01` (also `2010/11/01`, `2010.11.01`) and
//!   day-first `1.11.2010`. Slashed day-month-year is ambiguous and skipped.
use std::cmp::Reverse;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use regex::{Captures, Regex};

use crate::sentences::sentence_spans;
use crate::web_addresses;

/// A calendar date at the precision the text gives: a year, a month or a day.
///
/// Its string form (used by [`Display`](fmt::Display), [`FromStr`] and serde)
/// is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month, 1–12, when the text gives one.
    pub month: Option<u32>,
    /// The day of the month, when the text gives one (only with a month).
    pub day: Option<u32>,
}

impl PartialDate {
    /// A year.
    pub fn from_year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// A month of a year, if `month` is 1–12.
    pub fn from_year_month(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A day, if it exists in the calendar.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Self::from_date)
    }

    /// The day `date`.
    pub fn from_date(date: NaiveDate) -> Self {
        PartialDate {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// Whether only the year is known.
    pub fn is_year_only(&self) -> bool {
        self.month.is_none()
    }

    /// Whether the day is known.
    pub fn is_day(&self) -> bool {
        self.month.is_some() && self.day.is_some()
    }

    /// The first day it covers (`None` if the fields are not a valid date).
    pub fn first_day(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day it covers (`None` if the fields are not a valid date).
    pub fn last_day(&self) -> Option<NaiveDate> {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => NaiveDate::from_ymd_opt(self.year, m, 1)?
                .checked_add_months(Months::new(1))?
                .pred_opt(),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
    }

    /// Whether `other` is a more precise date inside this one (2010-11-01 in 2010).
    pub fn contains(&self, other: &PartialDate) -> bool {
        if self.year != other.year || self == other {
            return false;
        }
        match (self.month, self.day) {
            (None, _) => other.month.is_some(),
            (Some(m), None) => other.month == Some(m) && other.day.is_some(),
            _ => false,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl FromStr for PartialDate {
    type Err = crate::Error;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |why: &str| {
            crate::Error::InvalidInput(format!(
                "invalid date {s:?}: {why} (expected YYYY, YYYY-MM or YYYY-MM-DD)"
            ))
        };
        let parts: Vec<&str> = s.split('-').collect();
        let number = |p: &str, len: usize, what: &str| -> Result<u32, crate::Error> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(&format!("the {what} must be {len} digits")));
            }
            p.parse().map_err(|_| bad(&format!("bad {what}")))
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(bad("wrong number of parts"));
        }
        let year = number(parts[0], 4, "year")? as i32;
        let Some(month) = parts.get(1) else {
            return Ok(PartialDate::from_year(year));
        };
        let month = number(month, 2, "month")?;
        let Some(day) = parts.get(2) else {
            return PartialDate::from_year_month(year, month)
                .ok_or_else(|| bad("the month must be 01-12"));
        };
        let day = number(day, 2, "day")?;
        PartialDate::from_ymd(year, month, day).ok_or_else(|| bad("no such day"))
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl PartialDate {
    /// Whether the fields name a real calendar date at their precision: a year
    /// from 1 to 9999, a month 1–12, a day that exists in that month.
    pub fn is_valid(&self) -> bool {
        (1..=9999).contains(&self.year)
            && match (self.month, self.day) {
                (None, None) => true,
                (Some(m), None) => (1..=12).contains(&m),
                (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d).is_some(),
                (None, Some(_)) => false,
            }
    }

    /// `self` if it is a real calendar date ([`PartialDate::is_valid`]).
    ///
    /// # Errors
    /// [`crate::Error::InvalidInput`] saying what a valid date is.
    pub fn validated(self) -> Result<Self, crate::Error> {
        if self.is_valid() {
            Ok(self)
        } else {
            Err(crate::Error::InvalidInput(format!(
                "{self} is not a valid date (give a year from 1 to 9999, optionally a month 1–12 and a day of that month)"
            )))
        }
    }
}

/// Compares with the string form (`date == "1945-08"`).
impl PartialEq<&str> for PartialDate {
    fn eq(&self, other: &&str) -> bool {
        other.parse::<PartialDate>().is_ok_and(|d| d == *self)
    }
}

impl rusqlite::types::ToSql for PartialDate {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.to_string().into())
    }
}

impl rusqlite::types::FromSql for PartialDate {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        value
            .as_str()?
            .parse()
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// The date it denotes.
    pub date: PartialDate,
    /// Byte span of the expression in the text.
    pub byte_start: usize,
    /// End of the byte span.
    pub byte_end: usize,
    /// Whether it was resolved against the publication date ("on Monday", "last year").
    pub relative: bool,
}

/// Every date expression in `text`; relative ones need `published`.
///
/// The result is sorted by `byte_start` and non-overlapping; when expressions
/// overlap, the leftmost and then the longest wins. See the [module
/// documentation](self) for what is recognised and the choices made.
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    find_dates_in_sentences(text, published, sentence_spans(text))
}

/// [`find_dates`] with the text's [`sentence_spans`] already at hand.
pub(crate) fn find_dates_in_sentences(
    text: &str,
    published: Option<NaiveDate>,
    sentences: Vec<Range<usize>>,
) -> Vec<DateMention> {
    let ctx = Ctx {
        text,
        published,
        sentences,
    };
    let scripts = Scripts::of(text);
    let mut cands = Vec::new();
    for compiled in RULES.iter() {
        if !scripts.covers(compiled.scripts) {
            continue;
        }
        for caps in compiled.regex.captures_iter(text) {
            if compiled.on_boundaries(text, &whole(&caps)) {
                (compiled.rule)(&ctx, &caps, &mut cands);
            }
        }
    }
    if !cands.is_empty() {
        // "…/2025/06/10/…": part of a web address.
        let addresses = web_addresses::address_spans(text);
        cands.retain(|c| !web_addresses::overlaps(&addresses, &c.span));
    }
    cands.sort_by_key(|c| (c.span.start, Reverse(c.span.end)));
    let mut chosen: Vec<Cand> = Vec::new();
    for c in cands {
        if chosen
            .last()
            .is_none_or(|last| c.span.start >= last.span.end)
        {
            chosen.push(c);
        }
    }
    without_apposed_weekdays(text, anchor(&ctx, chosen))
}

/// `dates` without a weekday that only names the day of a date next to it ("в
/// пятницу, 23 января", "on Friday, Jan. 23", "Jan. 23 (Friday)"): the date says
/// which Friday, and the weekday alone would take the nearest one.
fn without_apposed_weekdays(text: &str, mut dates: Vec<DateMention>) -> Vec<DateMention> {
    static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:on\s+|в\s+|во\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)$")
            .expect("valid regex")
    });
    static APPOSED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*(?:,|\()\s*$").expect("valid regex"));
    let is_weekday = |d: &DateMention| WEEKDAY.is_match(text[d.byte_start..d.byte_end].trim());
    let apposed = |a: &DateMention, b: &DateMention| {
        a.byte_end <= b.byte_start && APPOSED.is_match(&text[a.byte_end..b.byte_start])
    };
    let drop: Vec<bool> = (0..dates.len())
        .map(|i| {
            let d = &dates[i];
            is_weekday(d)
                && (dates.get(i + 1).is_some_and(|next| {
                    next.date.is_day() && !is_weekday(next) && apposed(d, next)
                }) || (i > 0
                    && dates[i - 1].date.is_day()
                    && !is_weekday(&dates[i - 1])
                    && apposed(&dates[i - 1], d)))
        })
        .collect();
    let mut keep = drop.iter().map(|d| !d);
    dates.retain(|_| keep.next().unwrap_or(true));
    dates
}

/// Resolves the expressions without a year against the text before them (see
/// [`Loose`]) and drops those that stay unresolved.
fn anchor(ctx: &Ctx, chosen: Vec<Cand>) -> Vec<DateMention> {
    let listed_year = listed_years(ctx, &chosen);
    let mut out: Vec<DateMention> = Vec::new();
    for (c, listed_year) in chosen.into_iter().zip(listed_year) {
        if let (Some(Loose::MonthDay { month, day }), Some(year)) = (c.loose, listed_year) {
            let listed = match day {
                Some(d) => PartialDate::from_ymd(year, month, d),
                None => PartialDate::from_year_month(year, month),
            };
            if let Some(date) = listed {
                out.push(DateMention {
                    date,
                    byte_start: c.span.start,
                    byte_end: c.span.end,
                    relative: false,
                });
                continue;
            }
        }
        let prev = out.last();
        let same_sentence =
            prev.is_some_and(|p| ctx.sentence(p.byte_start) == ctx.sentence(c.span.start));
        let mut date = c.date;
        let mut relative = c.relative;
        match (c.loose, prev) {
            (Some(Loose::MonthDay { month, day }), Some(p)) if same_sentence && !p.relative => {
                let mut year = p.date.year;
                if p.date.month.is_some_and(|pm| month < pm) && ctx.future(&c.span) {
                    year += 1;
                }
                let anchored = match day {
                    Some(d) => PartialDate::from_ymd(year, month, d),
                    None => PartialDate::from_year_month(year, month),
                };
                if anchored.is_some() {
                    (date, relative) = (anchored, false);
                }
            }
            (Some(Loose::MonthDay { month, day }), Some(p))
                if same_sentence
                    && p.relative
                    && p.date.is_year_only()
                    && ctx.published.is_some_and(|pd| p.date.year < pd.year())
                    && !ctx.text[c.span.end..].starts_with(['を', 'が']) =>
            {
                // "昨年は…７月１２日にずれ込んだ", "last year ... on July 12": a past
                // year named before the month in the same sentence is its year. A day
                // that is the object or subject ("昨年、９月３日を記念日に改め") is named,
                // not dated by that year.
                let anchored = match day {
                    Some(d) => PartialDate::from_ymd(p.date.year, month, d),
                    None => PartialDate::from_year_month(p.date.year, month),
                };
                if anchored.is_some() {
                    date = anchored;
                }
            }
            (Some(Loose::MonthDay { month, day }), Some(p))
                if same_sentence && p.relative && ends_range(ctx, p, &c.span) =>
            {
                // "from June to September", both resolved against publication:
                // the end is the first such month after the start.
                if let Some(pm) = p.date.month {
                    let year = p.date.year + i32::from(month < pm);
                    let anchored = match day {
                        Some(d) => PartialDate::from_ymd(year, month, d),
                        None => PartialDate::from_year_month(year, month),
                    };
                    if anchored.is_some() {
                        date = anchored;
                    }
                }
            }
            (Some(Loose::MonthDay { month, day }), Some(p))
                if !same_sentence && continues_story(ctx, p, &c.span, (month, day), c.date) =>
            {
                let anchored = match day {
                    Some(d) => PartialDate::from_ymd(p.date.year, month, d),
                    None => PartialDate::from_year_month(p.date.year, month),
                };
                if anchored.is_some() {
                    (date, relative) = (anchored, false);
                }
            }
            (Some(Loose::Day { day }), Some(p)) if same_sentence && !p.relative => {
                if let Some(month) = p.date.month {
                    if let Some(anchored) = PartialDate::from_ymd(p.date.year, month, day) {
                        (date, relative) = (Some(anchored), false);
                    }
                }
            }
            (Some(Loose::SameYear { month, day }), Some(p)) => {
                date = match (month, day) {
                    (Some(m), Some(d)) => PartialDate::from_ymd(p.date.year, m, d),
                    (Some(m), None) => PartialDate::from_year_month(p.date.year, m),
                    _ => Some(PartialDate::from_year(p.date.year)),
                };
                relative = p.relative;
            }
            (Some(Loose::Shift { years, days }), Some(p)) => {
                date = match days {
                    Some(days) if p.date.is_day() => p
                        .date
                        .first_day()
                        .and_then(|d| d.checked_add_signed(Duration::days(days)))
                        .map(PartialDate::from_date),
                    Some(_) => None,
                    None => Some(PartialDate::from_year(p.date.year + years)),
                };
                relative = p.relative;
            }
            (Some(Loose::ThisDay { year }), Some(p)) if p.date.is_day() => {
                if let (Some(m), Some(d)) = (p.date.month, p.date.day) {
                    if let Some(anchored) = PartialDate::from_ymd(year, m, d) {
                        date = Some(anchored);
                    }
                }
            }
            (Some(Loose::SameMonth { day }), Some(p)) => {
                date = p.date.month.and_then(|m| match day {
                    Some(d) => PartialDate::from_ymd(p.date.year, m, d),
                    None => PartialDate::from_year_month(p.date.year, m),
                });
                relative = p.relative;
            }
            _ => {}
        }
        if let Some(date) = date {
            out.push(DateMention {
                date,
                byte_start: c.span.start,
                byte_end: c.span.end,
                relative,
            });
        }
    }
    out
}

/// Whether the date at `span` ends a range that `prev` starts: only a range
/// word lies between them ("June to September", "June–September",
/// "с июня по сентябрь", "6月から9月").
fn ends_range(ctx: &Ctx, prev: &DateMention, span: &Range<usize>) -> bool {
    const RANGE_WORDS: &[&str] = &[
        "to", "through", "till", "until", "-", "–", "—", "~", "～", "〜", "по", "до", "から",
    ];
    let Some(between) = ctx.text.get(prev.byte_end..span.start) else {
        return false;
    };
    RANGE_WORDS.contains(&between.trim().to_lowercase().as_str())
}

/// Whether a month (or month and day) without a year at `span` goes on with the
/// story of the dated month `prev` of an earlier sentence rather than with the
/// publication date: a history told date by date ("On August 9, 1945, the Soviet
/// Union entered the war. By September 5 it had occupied the islands."). It does
/// when `prev` is an absolute date of a past year with a month, in the same
/// paragraph, the month and day come after it, and the sentence is not about
/// the future. A past year alone ("それが昭和20年の夏に一変する。8月28日から…")
/// goes on only where the publication date gives no better answer: where
/// `default`, the date taken from publication, is already a guess of the year
/// before publication (a month-day well after publication).
fn continues_story(
    ctx: &Ctx,
    prev: &DateMention,
    span: &Range<usize>,
    (month, day): (u32, Option<u32>),
    default: Option<PartialDate>,
) -> bool {
    let Some(published) = ctx.published else {
        return false;
    };
    if prev.relative || prev.date.year >= published.year() || prev.byte_end > span.start {
        return false;
    }
    let after_prev = match prev.date.month {
        Some(prev_month) => (month, day.unwrap_or(1)) > (prev_month, prev.date.day.unwrap_or(1)),
        None => default.is_some_and(|d| d.year < published.year() && prev.date.year < d.year),
    };
    let between = &ctx.text[prev.byte_end..span.start];
    let same_paragraph = !between
        .split('\n')
        .skip(1)
        .any(|line| line.trim().is_empty());
    same_paragraph && after_prev && !ctx.future(span)
}

/// For each candidate that is a month (or month and day) without a year, the year
/// of the dated month it is listed with: "August and September 1945", "с июля по
/// сентябрь 1945 года", "July, August and September 2010" (a month later in the
/// year than the one it is listed with falls in the year before: "December to
/// February 2020").
fn listed_years(ctx: &Ctx, chosen: &[Cand]) -> Vec<Option<i32>> {
    static JOINED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:,|,?\s*and|,?\s*or|to|through|until|и|или|по|до|-|–|—)\s*(?:(?:early|late|mid-?|the\s+(?:end|beginning|middle)\s+of|начале|конце|середине)\s*)?$")
            .expect("valid regex")
    });
    let mut years = vec![None; chosen.len()];
    for i in (0..chosen.len().saturating_sub(1)).rev() {
        let (c, next) = (&chosen[i], &chosen[i + 1]);
        let Some(Loose::MonthDay { month, .. }) = c.loose else {
            continue;
        };
        if !JOINED.is_match(&ctx.text[c.span.end..next.span.start]) {
            continue;
        }
        let next_month = match (next.loose, years[i + 1]) {
            (Some(Loose::MonthDay { month, .. }), Some(year)) => Some((year, month)),
            (None, _) if !next.relative => next.date.and_then(|d| d.month.map(|m| (d.year, m))),
            _ => None,
        };
        if let Some((year, next_month)) = next_month {
            years[i] = Some(if month > next_month { year - 1 } else { year });
        }
    }
    years
}

/// Whether `sentence` speaks of the future or of plans ("will", "plans to",
/// "будет", "состоится", "予定", "方針", "来年" ...).
pub fn is_future_sentence(sentence: &str) -> bool {
    speaks_of_the_future(sentence)
}

/// Whether `text` has a marker of the future or of plans (see [`FUTURE`]) that
/// does not say a plan was kept or has passed: "as planned", "as scheduled",
/// 予定どおり, 計画通り, 予定だった, 予定していた.
fn speaks_of_the_future(text: &str) -> bool {
    static KEPT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:どおり|通り|だった|でした|していた|していました|されていた)")
            .expect("valid regex")
    });
    static KEPT_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bas\s+$").expect("valid regex"));
    FUTURE.find_iter(text).any(|m| {
        let kept = KEPT_AFTER.is_match(&text[m.end()..])
            || (m.as_str().is_ascii() && KEPT_BEFORE.is_match(&text[..m.start()]));
        !kept
    })
}

// ---------------------------------------------------------------------------
// Context

struct Ctx<'t> {
    text: &'t str,
    published: Option<NaiveDate>,
    sentences: Vec<Range<usize>>,
}

impl Ctx<'_> {
    /// The sentence holding `byte` (the whole text if none does).
    fn sentence(&self, byte: usize) -> Range<usize> {
        let i = self.sentences.partition_point(|s| s.end <= byte);
        match self.sentences.get(i) {
            Some(s) if s.start <= byte => s.clone(),
            _ => 0..self.text.len(),
        }
    }

    /// Whether the expression at `span` is about the future: its sentence has a
    /// future marker and no reporting verb ("said", "заявил") right before it,
    /// and (in Japanese) it is not the topic date of a report ("14日、").
    fn future(&self, span: &Range<usize>) -> bool {
        let sentence = clause_of(self.text, self.sentence(span.start), span.start);
        if !speaks_of_the_future(&voice_of(self.text, sentence.clone(), span.start)) {
            return false;
        }
        let from = floor_boundary(self.text, span.start.saturating_sub(80).max(sentence.start));
        if let Some(m) = REPORTED_BEFORE.find(&self.text[from..span.start]) {
            // "said on Monday that it will ..." reports Monday's statement; in "said
            // that on Thursday it will ...", "сообщил, что в четверг посетит", the
            // date is inside what was said.
            if !REPORTED_THAT.is_match(m.as_str()) {
                return false;
            }
        }
        // "On Monday, the ministry said it would ...", "В среду министр заявил, что
        // ... будет": a date that opens the clause, before any future marker, and
        // is followed by a reporting verb dates the statement.
        if !speaks_of_the_future(&self.text[sentence.start..span.start]) {
            let end = floor_boundary(self.text, (span.end + 160).min(sentence.end));
            let after = &self.text[span.end..end.max(span.end)];
            if let Some(m) = REPORTED_AFTER.find(after) {
                if !speaks_of_the_future(&after[..m.start()]) {
                    return false;
                }
            }
        }
        !self.text[span.end..].starts_with(['、', '，'])
    }
}

/// The clause of `sentence` that holds byte `at`, where clauses are parts joined by
/// "; ", by a contrasting ", but" / ", while" / ", а" / ", но", or by an "and
/// will": in "15 июня открылся детский сад, а до конца года планируется школа"
/// the plan is not June's, and in "began on Monday and will end on Friday" the
/// future is only Friday's.
/// A joint inside a quotation splits only that quotation.
fn clause_of(text: &str, sentence: Range<usize>, at: usize) -> Range<usize> {
    static JOINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i);\s|,\s+(?:but|while|whereas|а|но|однако|зато)\s|,?\s+and\s+(?:will|would|shall|is\s+to|are\s+to)\s",
        )
        .expect("valid regex")
    });
    // Quotations of the sentence: a joint counts only inside the same one as `at`
    // (or outside all of them, if `at` is).
    let mut quotes: Vec<Range<usize>> = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text[sentence.clone()].char_indices() {
        let i = sentence.start + i;
        match open {
            None => open = closing_quote(c).map(|close| (i, close)),
            Some((from, close)) if c == close => {
                quotes.push(from..i);
                open = None;
            }
            Some(_) => {}
        }
    }
    if let Some((from, _)) = open {
        quotes.push(from..sentence.end);
    }
    let quote_of = |i: usize| quotes.iter().position(|q| q.contains(&i));
    let (mut start, mut end) = (sentence.start, sentence.end);
    for m in JOINT.find_iter(&text[sentence.clone()]) {
        let (m_start, m_end) = (sentence.start + m.start(), sentence.start + m.end());
        if quote_of(m_start) != quote_of(at) {
            continue;
        }
        if m_end <= at {
            start = m_start;
        } else if m_start >= at {
            end = m_start;
            break;
        }
    }
    start..end
}

/// The words of `sentence` that speak with the same voice as the expression at
/// `at`: the quotation holding it, or else the sentence with its quotations
/// blanked out, so "“... will be tough,” he told reporters ahead of his
/// departure Sunday" reads Sunday in the reporter's past tense.
fn voice_of(text: &str, sentence: Range<usize>, at: usize) -> String {
    let mut outside = String::with_capacity(sentence.len());
    let mut quote: Option<(usize, char)> = None;
    for (i, c) in text[sentence.clone()].char_indices() {
        let i = sentence.start + i;
        match quote {
            None => match closing_quote(c) {
                Some(close) => quote = Some((i + c.len_utf8(), close)),
                None => outside.push(c),
            },
            Some((open, close)) if c == close => {
                if (open..i).contains(&at) {
                    return text[open..i].to_string();
                }
                quote = None;
                outside.push(' ');
            }
            Some(_) => {}
        }
    }
    match quote {
        // An unclosed quotation runs to the end of the sentence.
        Some((open, _)) if at >= open => text[open..sentence.end].to_string(),
        _ => outside,
    }
}

/// The closing mark of a quotation opened by `c`.
fn closing_quote(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '«' => Some('»'),
        '「' => Some('」'),
        '『' => Some('』'),
        '"' => Some('"'),
        _ => None,
    }
}

/// At most the last `max` bytes of `text[..end]` (cut on a char boundary).
fn tail(text: &str, end: usize, max: usize) -> &str {
    &text[floor_boundary(text, end.saturating_sub(max))..end]
}

/// The greatest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// An expression whose year (or month) may come from the text before it
/// rather than from the publication date.
#[derive(Debug, Clone, Copy)]
enum Loose {
    /// A month, or a month and day, without a year ("in August", "June 15",
    /// "8月"): the year of an absolute date earlier in the same sentence
    /// ("In 1945, ... in August" is August 1945), else publication.
    MonthDay { month: u32, day: Option<u32> },
    /// A Japanese day alone ("16日"): the month of an absolute date earlier in
    /// the same sentence ("2016年12月15日に来日し、16日に"), else publication.
    Day { day: u32 },
    /// "同年" (the same year), "that year", "того же года": the year of the
    /// previous date expression, with an optional month and day.
    SameYear {
        month: Option<u32>,
        day: Option<u32>,
    },
    /// "同月" (the same month), with an optional day.
    SameMonth { day: Option<u32> },
    /// "This day in 1855", "1855年のこの日": the day of the previous date
    /// expression, when it has one ("２月７日は…。１８５５年のこの日、…" is
    /// 1855-02-07), in that year; else the publication's day.
    ThisDay { year: i32 },
    /// A date counted from the previous date expression: years ("the following
    /// year", "two years later", "翌年", "前年") give a year; days ("the next
    /// day", "同日", "翌日") need a previous day and give a day.
    Shift { years: i32, days: Option<i64> },
}

/// One candidate, before overlaps are resolved.
#[derive(Debug)]
struct Cand {
    span: Range<usize>,
    /// The date as resolved without looking at other expressions.
    date: Option<PartialDate>,
    relative: bool,
    loose: Option<Loose>,
}

fn cand(span: Range<usize>, date: PartialDate, relative: bool) -> Cand {
    Cand {
        span,
        date: Some(date),
        relative,
        loose: None,
    }
}

fn loose(span: Range<usize>, date: Option<PartialDate>, relative: bool, loose: Loose) -> Cand {
    Cand {
        span,
        date,
        relative,
        loose: Some(loose),
    }
}

/// A month, or a month and day, without a year at `span`: resolved against the
/// publication date for now, and loose, so the text before it may give the year
/// (see [`Loose::MonthDay`]).
fn push_month_day(
    ctx: &Ctx,
    out: &mut Vec<Cand>,
    span: Range<usize>,
    month: u32,
    day: Option<u32>,
) {
    let date = resolve_no_year(ctx, &span, month, day);
    out.push(loose(span, date, true, Loose::MonthDay { month, day }));
}

/// The char before `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The char at `i`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Whether the number span is not part of a longer number ("12018", "1,945", "3.1945").
fn number_bounded(text: &str, span: &Range<usize>) -> bool {
    let before_ok = match char_before(text, span.start) {
        None => true,
        Some(c) if is_digit(c) || c.is_alphabetic() && c.is_ascii() => false,
        Some(',' | '.') => !char_before(text, span.start - 1).is_some_and(is_digit),
        Some(_) => true,
    };
    let after_ok = match char_at(text, span.end) {
        None => true,
        Some(c) if is_digit(c) => false,
        Some(',' | '.') => !char_at(text, span.end + 1).is_some_and(is_digit),
        Some(_) => true,
    };
    before_ok && after_ok
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

fn num(caps: &Captures, name: &str) -> Option<u32> {
    caps.name(name).and_then(|m| parse_num(m.as_str()))
}

fn plausible_year(y: u32) -> bool {
    (1800..=2100).contains(&y)
}

/// The word right before `i` (lower-cased), skipping white space; a word
/// joined by a hyphen ("mid-") is returned with the hyphen.
fn prev_word(text: &str, i: usize) -> String {
    let before = &text[..i];
    let trimmed = before.trim_end();
    let (trimmed, hyphen) = match trimmed.strip_suffix('-') {
        Some(t) if trimmed.len() == before.len() => (t, true),
        _ => (trimmed, false),
    };
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '.')
        .last()
        .map(|(i, _)| i)
        .unwrap_or(trimmed.len());
    let mut w = trimmed[start..].to_lowercase();
    if hyphen {
        w.push('-');
    }
    w
}

/// The word right after `i` (lower-cased), skipping white space.
fn next_word(text: &str, i: usize) -> String {
    text[i..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase()
}

/// The publication date, resolved fields: `(year, month, day)`.
fn ymd(d: NaiveDate) -> (i32, u32, u32) {
    (d.year(), d.month(), d.day())
}

/// Shifts `month` of `year` by `delta` months.
fn shift_month(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let m0 = year * 12 + month as i32 - 1 + delta;
    (m0.div_euclid(12), m0.rem_euclid(12) as u32 + 1)
}

/// A month (and optional day) without a year, resolved against publication.
fn resolve_no_year(
    ctx: &Ctx,
    span: &Range<usize>,
    month: u32,
    day: Option<u32>,
) -> Option<PartialDate> {
    let published = ctx.published?;
    let make = |year: i32| match day {
        Some(d) => PartialDate::from_ymd(year, month, d),
        None => PartialDate::from_year_month(year, month),
    };
    let date = make(published.year())
        .or_else(|| make(published.year() - 1)) // February 29
        ?;
    let future = ctx.future(span);
    // (Checked: `published` may be chrono's last day.)
    let limit = published
        .checked_add_signed(Duration::days(45))
        .unwrap_or(NaiveDate::MAX);
    if !future && date.first_day()? > limit {
        return make(published.year() - 1);
    }
    if future && date.last_day()? < published {
        return make(published.year() + 1);
    }
    Some(date)
}

/// A weekday, resolved against publication: `dir` < 0 strictly before,
/// > 0 strictly after, 0 on or before (or after, in a future context).
fn resolve_weekday(ctx: &Ctx, span: &Range<usize>, wd: Weekday, dir: i32) -> Option<PartialDate> {
    let published = ctx.published?;
    let pub_wd = published.weekday().num_days_from_monday() as i64;
    let target = wd.num_days_from_monday() as i64;
    let back = (pub_wd - target).rem_euclid(7);
    let fwd = (target - pub_wd).rem_euclid(7);
    // Checked: next to chrono's first or last day there is no such weekday.
    let date = match dir {
        d if d < 0 => {
            published.checked_sub_signed(Duration::days(if back == 0 { 7 } else { back }))
        }
        d if d > 0 => published.checked_add_signed(Duration::days(if fwd == 0 { 7 } else { fwd })),
        _ if back != 0 && ctx.future(span) => published.checked_add_signed(Duration::days(fwd)),
        _ => published.checked_sub_signed(Duration::days(back)),
    }?;
    Some(PartialDate::from_date(date))
}

/// Japanese "14日" alone: a day of the publication month (see the module docs).
fn resolve_day_only(ctx: &Ctx, span: &Range<usize>, day: u32) -> Option<PartialDate> {
    let published = ctx.published?;
    let (py, pm, pd) = ymd(published);
    if !(1..=31).contains(&day) {
        return None;
    }
    let delta = if day == pd {
        0
    } else if day > pd {
        if ctx.future(span) {
            0
        } else {
            -1
        }
    } else if ctx.future(span) && pd - day > 10 {
        1
    } else {
        0
    };
    // Step further back (or forward) past months too short for the day.
    for step in 0..3 {
        let d = if delta >= 0 {
            delta + step
        } else {
            delta - step
        };
        let (y, m) = shift_month(py, pm, d);
        if let Some(date) = PartialDate::from_ymd(y, m, day) {
            return Some(date);
        }
    }
    None
}

/// A month ("this month", "先月") relative to publication.
fn month_offset(ctx: &Ctx, delta: i32) -> Option<PartialDate> {
    let p = ctx.published?;
    let (y, m) = shift_month(p.year(), p.month(), delta);
    PartialDate::from_year_month(y, m)
}

/// The year relative to publication.
fn year_offset(ctx: &Ctx, delta: i32) -> Option<i32> {
    Some(ctx.published?.year() + delta)
}

// ---------------------------------------------------------------------------
// Vocabulary

/// English month name (or abbreviation) → month number.
fn en_month(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.').to_ascii_lowercase();
    let key = s.get(..3)?;
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| *m == key)
    .map(|i| i as u32 + 1)
}

/// Russian month name in any case → month number.
fn ru_month(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    let table = [
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
        ("ма", 5),
    ];
    table
        .iter()
        .find(|(p, _)| s.starts_with(p))
        .map(|(_, m)| *m)
}

fn en_weekday(s: &str) -> Option<Weekday> {
    s.to_ascii_lowercase().get(..3)?.parse().ok()
}

fn ru_weekday(s: &str) -> Option<Weekday> {
    let s = s.to_lowercase();
    let table = [
        ("пон", Weekday::Mon),
        ("вто", Weekday::Tue),
        ("сре", Weekday::Wed),
        ("чет", Weekday::Thu),
        ("пят", Weekday::Fri),
        ("суб", Weekday::Sat),
        ("вос", Weekday::Sun),
    ];
    table
        .iter()
        .find(|(p, _)| s.starts_with(p))
        .map(|(_, w)| *w)
}

fn ja_weekday(s: &str) -> Option<Weekday> {
    let c = s.chars().next()?;
    let i = "月火水木金土日".chars().position(|k| k == c)?;
    Weekday::try_from(i as u8).ok()
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

const EN_MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?";
const EN_FULL_MONTH: &str =
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b";
const RU_MONTH: &str = r"(?i:январ[ьяеюё]|феврал[ьяеюё]|март[аеу]?|апрел[ьяеюё]|ма[йяею]|июн[ьяеюё]|июл[ьяеюё]|август[аеу]?|сентябр[ьяеюё]|октябр[ьяеюё]|ноябр[ьяеюё]|декабр[ьяеюё])\b";
const ORD: &str = r"(?:st|nd|rd|th)?";
/// Russian year word after a number: "года", "году", "г.", "-го года".
const RU_YEAR_WORD: &str = r"(?:\s*-?(?:го|м|й))?\s*(?:года|году|годом|год|гг?\.|г\b)";
/// Digits, ASCII or full-width.
const D: &str = "[0-9０-９]";
/// An optional Japanese weekday in brackets after a date: "（月）", "(水曜日)".
const JA_WD_PAREN: &str = r"(?:\s*[（(][月火水木金土日](?:曜日?)?[）)])?";

/// Words that make a following bare number a year.
const YEAR_LEFT: &[&str] = &[
    "in",
    "since",
    "of",
    "by",
    "from",
    "until",
    "till",
    "through",
    "after",
    "before",
    "the",
    "during",
    "around",
    "early",
    "late",
    "mid-",
    "mid",
    "circa",
    "year",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "fiscal",
    "between",
    "as",
    "than",
    "to",
    "and",
    "or",
    "в",
    "во",
    "с",
    "со",
    "до",
    "после",
    "к",
    "по",
    "от",
    "около",
    "начале",
    "конце",
    "середине",
    "году",
    "года",
];

/// Units of measure and money: a number before them is never a year.
const UNITS: &[&str] = &[
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "meters",
    "metres",
    "feet",
    "tons",
    "tonnes",
    "yen",
    "rubles",
    "roubles",
    "dollars",
    "hectares",
    "square",
    "sq",
    "percent",
    "times",
];

/// Things counted: a number before them is a year only after a time
/// preposition ("in 2018 troops were sent", but "some 2018 troops").
const COUNTED: &[&str] = &[
    "troops",
    "soldiers",
    "people",
    "residents",
    "islanders",
    "persons",
    "men",
    "women",
    "children",
    "units",
    "members",
    "households",
    "workers",
    "vessels",
    "ships",
    "boats",
    "fishermen",
    "visitors",
    "tourists",
    "copies",
    "votes",
    "cases",
    "servicemen",
    "personnel",
    "houses",
    "homes",
    "buildings",
    "aircraft",
    "jets",
    "missiles",
    "signatures",
    "former",
    "participants",
];

/// Time prepositions after which a number is a year even before a counted noun.
const YEAR_STRONG_LEFT: &[&str] = &[
    "in", "since", "until", "till", "by", "during", "before", "after", "early", "late", "mid-",
    "mid", "circa", "fiscal",
];

/// Words that make a preceding bare number a year ("1855 treaty"), also after
/// an adjective of such a noun ("a 1998 bilateral agreement").
static YEAR_RIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:bilateral|intergovernmental|fisheries|fishing|security|military|border|trade|territorial|economic|landmark|historic|failed|secret|formal|provisional|interim)\s+)?(?:treaty|treaties|declaration|agreement|accord|accords|pact|visit|visits|summit|summits|war|year|election|elections|talks|meeting|meetings|protocol|communiqu[eé]|statement|invasion|occupation|earthquake|tsunami|deal|negotiations|census|survey|law|constitution|budget|report|white\s+paper|plan|strategy|exercises?|drills|conference|olympics|games|crisis|incident|proposal|document|letter|poll|joint|soviet|japan|russo|peace|shimoda|san\s+francisco|tokyo|irkutsk|moscow|potsdam|yalta|cairo|kuril|portsmouth|edition|season)\b",
    )
    .unwrap()
});

/// A year just before (a range or list: "1945 and", "1945–", "1945 to").
static YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:1[89]\d\d|20\d\d)\s*(?:,|and|or|to|through|until|и|по|-|–|—)\s*$").unwrap()
});

/// A month name just before ("July and August", "в июле и августе").
static MONTH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{EN_FULL_MONTH}|{RU_MONTH}|\d)\s*(?:,|and|or|to|through|until|и|или|по|-|–|—)\s*$"
    ))
    .unwrap()
});

/// Markers of a future or planned event, in all three languages.
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:will|won't|shall|is\s+to|are\s+to|plans?\s+to|planning|planned|scheduled|expected\s+to|expects?\s+to|is\s+due|are\s+due|intends?\s+to|aims?\s+to|going\s+to|would|next\s+(?:year|month|week)|upcoming|later\s+this|to\s+be\s+held|будет|будут|буду|будем|планиру\w*|планир\w*|запланир\w*|намерен\w*|намечен\w*|состоится|состоятся|пройд[её]т|пройдут|предстоящ\w*|ожидается|ожидаются|собирается|собираются|в\s+следующем|в\s+будущем|на\s+следующей|посетит|посетят|проведет|проведёт|проведут|начнется|начнётся|начнутся|отправится|исполнится|исполнятся|откроется|откроются|завершится|завершатся|вступит|вступят)\b|予定|見通し|方針|考え|来年|来月|来週|計画|見込み|目指|方向で|意向|つもり|構え|調整して|調整中",
    )
    .unwrap()
});

/// A reporting verb right before a date: "said on", "told reporters on", "заявил в".
static REPORTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:said|says|told|announced|stated|reported|added|warned|noted|confirmed|declared|заявил\w*|сообщил\w*|сказал\w*|отметил\w*|рассказал\w*|объявил\w*|подчеркнул\w*|заявлени\w*)\b(?:\W+\w+){0,3}?\W*$",
    )
    .unwrap()
});

/// A reporting verb in the past, after a date that opens its clause ("On Monday,
/// the ministry said ...").
static REPORTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:said|told|announced|stated|reported|confirmed|declared|заявил\w*|сообщил\w*|сказал\w*|отметил\w*|рассказал\w*|объявил\w*|подчеркнул\w*)\b",
    )
    .expect("valid regex")
});

/// A complementizer: what follows it is the content of a report.
static REPORTED_THAT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:that|что|чтобы)\b").expect("valid regex"));

// ---------------------------------------------------------------------------
// Rules

type Rule = fn(&Ctx, &Captures, &mut Vec<Cand>);

/// Which scripts a text has, or a rule needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Scripts {
    cyrillic: bool,
    cjk: bool,
}

impl Scripts {
    fn of(text: &str) -> Scripts {
        let mut scripts = Scripts::default();
        for c in text.chars().filter(|c| !c.is_ascii()) {
            scripts.cyrillic |= ('\u{0400}'..='\u{04FF}').contains(&c);
            scripts.cjk |=
                ('\u{3000}'..='\u{9FFF}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c);
            if scripts.cyrillic && scripts.cjk {
                break;
            }
        }
        scripts
    }

    /// Whether a text with these scripts can match a rule that needs `needed`.
    fn covers(self, needed: Scripts) -> bool {
        (self.cyrillic || !needed.cyrillic) && (self.cjk || !needed.cjk)
    }
}

/// A rule's regex, compiled without Unicode word boundaries (`\b`), which keep
/// the regex engine off its fast DFA on non-ASCII text; the boundaries a pattern
/// starts or ends with are checked on each match instead.
struct CompiledRule {
    regex: Regex,
    rule: Rule,
    scripts: Scripts,
    boundary_start: bool,
    boundary_end: bool,
}

impl CompiledRule {
    fn new(pattern: &str, rule: Rule) -> CompiledRule {
        let body = pattern.strip_prefix("(?i)").unwrap_or(pattern);
        let boundary_start = body.starts_with(r"\b");
        let boundary_end = pattern.trim_end_matches(')').ends_with(r"\b");
        let stripped = pattern.replace(r"\b", "");
        CompiledRule {
            regex: Regex::new(&stripped).expect("valid date rule"),
            rule,
            // Only kana and kanji make a rule need CJK text (not full-width digits).
            scripts: Scripts {
                cyrillic: Scripts::of(&stripped).cyrillic,
                cjk: stripped
                    .chars()
                    .any(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}')),
            },
            boundary_start,
            boundary_end,
        }
    }

    /// Whether a match at `span` starts and ends on a word boundary where the pattern asks.
    fn on_boundaries(&self, text: &str, span: &Range<usize>) -> bool {
        let word = |c: char| c.is_alphanumeric() && !('\u{3000}'..='\u{9FFF}').contains(&c);
        let (first, last) = (
            text[span.clone()].chars().next(),
            text[span.clone()].chars().next_back(),
        );
        let (before, after) = (
            text[..span.start].chars().next_back(),
            text[span.end..].chars().next(),
        );
        let inside_at_start =
            self.boundary_start && first.is_some_and(word) && before.is_some_and(word);
        let inside_at_end = self.boundary_end && last.is_some_and(word) && after.is_some_and(word);
        !(inside_at_start || inside_at_end)
    }
}

fn whole(caps: &Captures) -> Range<usize> {
    caps.get(0).unwrap().range()
}

static RULES: LazyLock<Vec<CompiledRule>> = LazyLock::new(|| {
    let r = |s: String| s;
    let rules: Vec<(String, Rule)> = vec![
        // ---- numeric, any language
        (
            r(format!(r"(?P<y>{D}{{4}})(?P<sep>[-/.／])(?P<m>{D}{{1,2}})[-/.／](?P<d>{D}{{1,2}})")),
            rule_iso,
        ),
        (
            r(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})".to_string()),
            rule_dmy_numeric,
        ),
        // ---- English
        (
            r(format!(r"\b(?P<mon>{EN_MONTH})\s*(?P<d>\d{{1,2}}){ORD},?\s+(?P<y>\d{{4}})\b")),
            rule_full,
        ),
        (
            r(format!(r"\b(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<mon>{EN_MONTH}),?\s+(?P<y>\d{{4}})\b")),
            rule_full,
        ),
        (
            r(format!(r"\b(?P<mon>{EN_MONTH}),?\s+(?:of\s+)?(?P<y>\d{{4}})\b")),
            rule_month_year,
        ),
        (
            r(format!(
                r"\b(?P<mon>{EN_MONTH})(?:\s*(?P<d>\d{{1,2}}){ORD})?,?\s+(?:of\s+)?(?P<rel>(?i:this|last|next))\s+year\b"
            )),
            rule_month_rel_year,
        ),
        (
            r(format!(r"\b(?P<mon>{EN_MONTH})\s*(?P<d>\d{{1,2}}){ORD}\b")),
            rule_month_day,
        ),
        (
            r(format!(r"\b(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<mon>{EN_MONTH})")),
            rule_month_day,
        ),
        (
            r(format!(r"\b(?P<rel>(?i:last|next|this))\s+(?P<mon>{EN_FULL_MONTH})")),
            rule_rel_month_name,
        ),
        (r(format!(r"\b(?P<mon>{EN_FULL_MONTH})")), rule_month_alone),
        (
            r(r"(?P<y>(?:1[89]\d\d|20\d\d|2100))".to_string()),
            rule_bare_year,
        ),
        (
            r(r"(?i)\b(?P<w>yesterday|today|tomorrow)\b".to_string()),
            rule_day_word,
        ),
        (
            r(r"(?i)\b(?:(?P<pre>earlier|later)\s+)?(?P<rel>this|last|next)\s+(?P<unit>year|month)\b".to_string()),
            rule_rel_unit,
        ),
        (r(r"(?i)\ba\s+year\s+ago\b".to_string()), rule_year_ago),
        (
            r(r"(?i)\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago\b".to_string()),
            rule_ago,
        ),
        (
            r(r"(?i)\b(?P<rel>this|last|next|this\s+past|this\s+coming)\s+(?P<season>spring|summer|autumn|fall|winter)\b".to_string()),
            rule_season,
        ),
        (
            r(r"(?i)\b(?:(?P<the>the)\s+(?P<which>following|next|previous|preceding)\s+(?P<unit>year|day)|the\s+(?P<unit2>year|day)\s+(?P<rel2>after|before)|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit3>year|day)s?\s+(?P<dir>later|earlier|afterwards?)|(?:that\s+|the\s+)?same\s+day|later\s+that\s+day)\b".to_string()),
            rule_en_shift,
        ),
        (
            r(r"\b(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b".to_string()),
            rule_en_weekday,
        ),
        (
            r(format!(
                r"(?i)\b(?P<d>\d{{1,2}}){ORD}\s*(?:to|[-–—])\s*\d{{1,2}}{ORD}\s+(?:of\s+)?(?P<mon>{EN_MONTH})"
            )),
            rule_range_other_day,
        ),
        (
            r(format!(
                r"\b(?P<mon>{EN_MONTH})\s*\d{{1,2}}{ORD}\s*(?:to|through|[-–—])\s*(?P<d>\d{{1,2}}){ORD}\b"
            )),
            rule_range_other_day,
        ),
        // ---- Russian
        (
            r(format!(r"\b(?P<d>\d{{1,2}})(?:-?го)?\s+(?P<mon>{RU_MONTH})\s+(?P<y>\d{{4}})(?:{RU_YEAR_WORD})?")),
            rule_full,
        ),
        (
            r(format!(r"\b(?P<mon>{RU_MONTH})\s+(?P<y>\d{{4}})(?:{RU_YEAR_WORD})?")),
            rule_month_year,
        ),
        (
            r(format!(
                r"\b(?:(?P<d>\d{{1,2}})(?:-?го)?\s+)?(?P<mon>{RU_MONTH})\s+(?P<rel>(?i:этого|текущего|нынешнего|прошлого|минувшего|позапрошлого|следующего|будущего|наступающего))\s+года\b"
            )),
            rule_month_rel_year,
        ),
        (
            r(format!(r"\b(?P<d>\d{{1,2}})(?:-?го)?\s+(?P<mon>{RU_MONTH})")),
            rule_month_day,
        ),
        (
            r(format!(
                r"(?i)\b(?P<d>\d{{1,2}})\s*(?:по|до|[-–—])\s*\d{{1,2}}(?:-?го)?\s+(?P<mon>{RU_MONTH})"
            )),
            rule_range_other_day,
        ),
        (r(format!(r"\b(?P<mon>{RU_MONTH})")), rule_month_alone),
        (
            r(format!(r"(?P<y>\d{{4}})(?:{RU_YEAR_WORD})")),
            rule_year_word,
        ),
        (
            r(r"(?i)(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})(?:\s*-?х)?\s*(?:годах|годы|годов|годами|гг\.)".to_string()),
            rule_year_range,
        ),
        (
            r(r"(?i)\b(?P<w>вчера|сегодня|завтра|позавчера|послезавтра)\b".to_string()),
            rule_day_word,
        ),
        (
            r(r"(?i)\b(?:(?:в|во)\s+)?(?P<rel>этом|текущем|нынешнем|прошлом|минувшем|следующем|будущем|наступающем|позапрошлом|этого|текущего|нынешнего|прошлого|минувшего|следующего|будущего|наступающего|позапрошлого)\s+(?P<unit>году|года|месяце|месяца)\b".to_string()),
            rule_rel_unit,
        ),
        (r(r"(?i)\bгод\s+назад\b".to_string()), rule_year_ago),
        (
            r(r"(?i)\b(?:(?P<n>два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,2})\s+)?(?P<unit>день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|года|лет)\s+назад\b".to_string()),
            rule_ago,
        ),
        (
            r(r"(?i)\b(?P<rel>этой|этим|прошлой|прошлым|минувшей|минувшим|следующей|следующим|будущей|будущим)\s+(?P<season>весной|летом|осенью|зимой)\b".to_string()),
            rule_season,
        ),
        (
            r(r"(?i)\b(?:на\s+следующий\s+(?P<unit>год|день)|в\s+тот\s+же\s+(?P<same>день)|(?P<unit2>годом|днем|днём)\s+(?P<dir>позже|позднее|ранее|раньше)|через\s+(?:(?P<n>два|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,2})\s+)?(?P<unit3>года|год|лет)|(?:(?P<n2>два|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,2})\s+)?(?P<unit4>год|года|лет)\s+спустя)\b".to_string()),
            rule_ru_shift,
        ),
        (
            r(r"(?i)\b(?:в|во)\s+(?:(?P<rel>прошл\w+|минувш\w+|следующ\w+|ближайш\w+|эт[оу]т?)\s+)?(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b".to_string()),
            rule_ru_weekday,
        ),
        // ---- "this day in 1855": the publication's day of that year
        (
            r(r"(?i)\bthis\s+day\s+in\s+(?P<y>\d{4})\b".to_string()),
            rule_this_day_in,
        ),
        (
            r(r"(?i)\bв\s+этот\s+(?:же\s+)?день\s+в\s+(?P<y>\d{4})\s+год[уа]".to_string()),
            rule_this_day_in,
        ),
        (
            r(format!(r"(?P<y>{D}{{4}})\s*年の(?:きょう|今日|この日)")),
            rule_this_day_in,
        ),
        // ---- Japanese
        (
            r(format!(
                r"(?P<y>{D}{{4}})\s*年(?:\s*(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?)?{JA_WD_PAREN}"
            )),
            rule_ja_year,
        ),
        (
            r(format!(
                r"(?P<era>明治|大正|昭和|平成|令和)\s*(?P<ey>元|{D}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*年(?:\s*(?P<m>{D}{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日)?)?"
            )),
            rule_ja_era,
        ),
        (
            r(format!(
                r"(?P<rel>今年|本年|昨年|去年|一昨年|おととし|来年|再来年)(?:\s*(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?)?{JA_WD_PAREN}"
            )),
            rule_ja_rel_year,
        ),
        (
            r(r"(?P<rel>今年|本年|昨年|来年|再来年)度".to_string()),
            rule_ja_fiscal_year,
        ),
        (
            r(format!(r"(?P<rel>今月|先月|来月|先々月)(?:\s*(?P<d>{D}{{1,2}})\s*日)?{JA_WD_PAREN}")),
            rule_ja_rel_month,
        ),
        (
            r(format!(r"(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?{JA_WD_PAREN}")),
            rule_ja_month,
        ),
        (
            r(format!(r"(?P<d>{D}{{1,2}})\s*日{JA_WD_PAREN}")),
            rule_ja_day,
        ),
        (
            r(r"(?P<rel>先週|今週|来週)?の?(?P<wd>[月火水木金土日])曜日?".to_string()),
            rule_ja_weekday,
        ),
        (r(r"(?P<w>年内|月内)".to_string()), rule_ja_within),
        (
            r(format!(
                r"(?P<y>[〇一二三四五六七八九]{{4}})\s*年(?:\s*(?P<m>{D}{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日)?)?{JA_WD_PAREN}"
            )),
            rule_ja_year,
        ),
        (
            r(format!(r"(?P<n>{D}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?P<unit>日|週間|か月|カ月|ヶ月|ヵ月|年)前")),
            rule_ago,
        ),
        (
            r(r"(?P<rel>今|昨|来)(?P<season>春|夏|秋|冬)".to_string()),
            rule_season,
        ),
        (r(r"(?P<w>翌々年|翌年|前年|同日|翌日|前日)".to_string()), rule_ja_shift),
        (
            r(format!(
                r"同年(?:\s*(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?)?{JA_WD_PAREN}"
            )),
            rule_same_year,
        ),
        (
            r(format!(r"同月(?:\s*(?P<d>{D}{{1,2}})\s*日)?{JA_WD_PAREN}")),
            rule_same_month,
        ),
        (
            r(r"(?i)\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+year\b|\bтого\s+же\s+года\b|\bв\s+том\s+же\s+году\b".to_string()),
            rule_same_year,
        ),
        (
            r(r"(?P<w>一昨日|おととい|昨日|きのう|本日|今日|きょう|明日|あした|あす|明後日|あさって)".to_string()),
            rule_ja_day_word,
        ),
    ];
    rules
        .into_iter()
        .map(|(pattern, rule)| CompiledRule::new(&pattern, rule))
        .collect()
});

fn rule_iso(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if !number_bounded(ctx.text, &span) {
        return;
    }
    let (Some(y), Some(m), Some(d)) = (num(caps, "y"), num(caps, "m"), num(caps, "d")) else {
        return;
    };
    if caps["sep"].len() == 1
        && caps["sep"].as_bytes()[0] == b'.'
        && ctx.text[span.clone()].ends_with('.')
    {
        return;
    }
    if plausible_year(y) {
        if let Some(date) = PartialDate::from_ymd(y as i32, m, d) {
            out.push(cand(span, date, false));
        }
    }
}

fn rule_dmy_numeric(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if !number_bounded(ctx.text, &span) {
        return;
    }
    let (Some(y), Some(m), Some(d)) = (num(caps, "y"), num(caps, "m"), num(caps, "d")) else {
        return;
    };
    if plausible_year(y) {
        if let Some(date) = PartialDate::from_ymd(y as i32, m, d) {
            out.push(cand(span, date, false));
        }
    }
}

/// Month by name in either language.
fn month_of(caps: &Captures) -> Option<u32> {
    let m = caps.name("mon")?.as_str();
    if m.is_ascii() {
        en_month(m)
    } else {
        ru_month(m)
    }
}

fn rule_full(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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

fn rule_month_year(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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

fn rule_month_rel_year(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(m), Some(delta)) = (month_of(caps), rel_year(&caps["rel"])) else {
        return;
    };
    let Some(year) = year_offset(ctx, delta) else {
        return;
    };
    let date = match num(caps, "d") {
        Some(d) => PartialDate::from_ymd(year, m, d),
        None => PartialDate::from_year_month(year, m),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

fn rule_month_day(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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
    push_month_day(ctx, out, span, m, Some(d));
}

/// The day of a day range that the month does not stand next to: the first
/// day of "с 9 по 12 декабря", "9–12 December", the last of "December 9–12".
/// The month's own day is found by the month-day rules.
fn rule_range_other_day(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = caps.name("d").unwrap().range();
    let (Some(m), Some(d)) = (month_of(caps), num(caps, "d")) else {
        return;
    };
    if !number_bounded(ctx.text, &span) || !(1..=31).contains(&d) {
        return;
    }
    push_month_day(ctx, out, span, m, Some(d));
}

fn rule_rel_month_name(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(m), Some(p)) = (month_of(caps), ctx.published) else {
        return;
    };
    let (py, pm, _) = ymd(p);
    let year = match caps["rel"].to_ascii_lowercase().as_str() {
        "last" if m < pm => py,
        "last" => py - 1,
        "next" if m > pm => py,
        "next" => py + 1,
        _ => py,
    };
    if let Some(date) = PartialDate::from_year_month(year, m) {
        out.push(cand(span, date, true));
    }
}

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
    "в",
    "во",
    "с",
    "со",
    "до",
    "после",
    "от",
    "к",
    "по",
    "начале",
    "конце",
    "середине",
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
static PLANNED_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:scheduled|rescheduled|planned|set|slated|due|expected|postponed|delayed|moved|pushed\s+back|put\s+off)\s+for\s+$",
    )
    .expect("valid regex")
});

fn rule_month_alone(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(m) = month_of(caps) else {
        return;
    };
    let mon = &caps["mon"];
    let left = prev_word(ctx.text, span.start);
    // Russian nominative "август" alone is rare in dates and often a name;
    // "по сентябрь" (a range's end, accusative) is a date.
    if !mon.is_ascii() && !mon.ends_with(['е', 'я', 'а', 'ю', 'у']) && left != "по" {
        return;
    }
    let listed = MONTH_BEFORE.is_match(tail(ctx.text, span.start, 60));
    let planned_for = PLANNED_FOR.is_match(tail(ctx.text, span.start, 40));
    if !MONTH_LEFT.contains(&left.as_str()) && !listed && !planned_for {
        return;
    }
    push_month_day(ctx, out, span, m, None);
}

fn rule_bare_year(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let text = ctx.text;
    let Some(y) = num(caps, "y") else {
        return;
    };
    let before = char_before(text, span.start);
    let after = char_at(text, span.end);
    if before.is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, '$' | '¥' | '€' | '£' | '#' | '№' | '+')
    }) || after.is_some_and(|c| c.is_alphanumeric() || c == '%')
        || !number_bounded(text, &span)
    {
        return;
    }
    let rest = &text[span.end..];
    // Decades: "1990's", "1990-е", "1990-х".
    if y % 10 == 0 && (rest.starts_with("'s") || rest.starts_with("’s")) {
        return;
    }
    if let Some(suffix) = rest.strip_prefix(['-', '–']) {
        if suffix.starts_with(['е', 'х', 'ы']) {
            return;
        }
    }
    let next = next_word(text, span.end);
    let left = prev_word(text, span.start);
    if UNITS.contains(&next.as_str())
        || COUNTED.contains(&next.as_str()) && !YEAR_STRONG_LEFT.contains(&left.as_str())
    {
        return;
    }
    // A Cyrillic lower-case word after the number: a quantity ("в 2000 километрах").
    if next
        .chars()
        .next()
        .is_some_and(|c| matches!(c, 'а'..='я' | 'ё'))
        && !next.starts_with("год")
        && !matches!(next.as_str(), "по" | "и" | "до" | "или")
    {
        return;
    }
    let in_parens = before == Some('(') && after == Some(')');
    // "for 2016-2025", "1991–1992:": the start of a range of years.
    static RANGE_START: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*[-–—]\s*(?P<y2>\d{4})\b").expect("valid regex"));
    let starts_range = RANGE_START
        .captures(rest)
        .and_then(|c| c["y2"].parse::<u32>().ok())
        .is_some_and(|y2| y2 > y && y2 - y <= 100 && plausible_year(y2));
    // A timeline's entry: "1875: Japan cedes its claim ..." at the start of a line.
    let line_start = text[..span.start]
        .rsplit('\n')
        .next()
        .is_some_and(|l| l.chars().all(|c| c.is_whitespace() || "•*-–—·".contains(c)));
    let timeline_entry = line_start && rest.starts_with(':');
    let ok = (YEAR_LEFT.contains(&left.as_str()) && !matches!(left.as_str(), "to" | "and" | "or"))
        || YEAR_RIGHT.is_match(rest)
        || in_parens
        || starts_range
        || timeline_entry
        || YEAR_BEFORE.is_match(tail(text, span.start, 40));
    if ok {
        out.push(cand(span, PartialDate::from_year(y as i32), false));
    }
}

fn rule_year_word(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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

fn rule_year_range(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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

fn rule_day_word(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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

fn rule_ja_day_word(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let span = whole(caps);
    let w = &caps["w"];
    let hiragana = |c: char| ('\u{3041}'..='\u{309F}').contains(&c);
    // Words in hiragana are only dates when followed by a particle or a kanji
    // ("きょう午前", "あすは", "きょう行われた"), not inside other words ("きょうだい").
    if w.chars().all(hiragana) {
        // A particle before is fine ("慰霊がきょう行われた"); other kana are a longer word.
        let before_ok = char_before(ctx.text, span.start)
            .is_none_or(|c| !hiragana(c) || "がはもをにとでへやの".contains(c));
        // After it: a particle, a time of day or a verb's kanji ("きょう行われた").
        let kanji = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
        let after_ok =
            char_at(ctx.text, span.end).is_none_or(|c| kanji(c) || "はのもにまで、，".contains(c));
        if !before_ok || !after_ok {
            return;
        }
    }
    let delta = match w {
        "一昨日" | "おととい" => -2,
        "昨日" | "きのう" => -1,
        "本日" | "今日" | "きょう" => 0,
        "明日" | "あした" | "あす" => 1,
        _ => 2,
    };
    let Some(date) = p.checked_add_signed(Duration::days(delta)) else {
        return;
    };
    out.push(cand(span, PartialDate::from_date(date), true));
}

/// "同年8月", "that year": the year of the previous date expression.
fn rule_same_year(_ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let (month, day) = (num(caps, "m"), num(caps, "d"));
    if month.is_some_and(|m| !(1..=12).contains(&m)) {
        return;
    }
    out.push(loose(
        whole(caps),
        None,
        false,
        Loose::SameYear { month, day },
    ));
}

/// "同月14日": the month of the previous date expression.
fn rule_same_month(_ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let day = num(caps, "d");
    out.push(loose(whole(caps), None, false, Loose::SameMonth { day }));
}

/// Japanese "年内" (within this year) and "月内" (within this month).
fn rule_ja_within(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let date = if &caps["w"] == "年内" {
        year_offset(ctx, 0).map(PartialDate::from_year)
    } else {
        month_offset(ctx, 0)
    };
    if let Some(date) = date {
        out.push(cand(whole(caps), date, true));
    }
}

fn rule_rel_unit(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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

fn rule_year_ago(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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
    let lower = s.to_lowercase();
    WORDS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, n)| *n)
        .or_else(|| parse_num(s).map(i64::from))
}

/// "a week ago", "three days ago", "две недели назад", "３日前": a day (or a
/// month, a year) counted back from publication.
fn rule_ago(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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
fn rule_season(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let delta = direction_of(&caps["rel"], "昨", "来");
    if let Some(year) = year_offset(ctx, delta) {
        out.push(cand(whole(caps), PartialDate::from_year(year), true));
    }
}

/// "the following year", "two years later", "the next day", "the same day":
/// counted from the previous date expression (see [`Loose::Shift`]).
fn rule_en_shift(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let whole_text = ctx.text[span.clone()].to_lowercase();
    let (unit, n): (String, i64) = if let Some(which) = caps.name("which") {
        // "over the next year" is a period to come, not the year after a date.
        if which.as_str().eq_ignore_ascii_case("next")
            && ["over", "within", "during", "for", "in", "throughout"]
                .contains(&prev_word(ctx.text, span.start).as_str())
        {
            return;
        }
        let back = matches!(
            which.as_str().to_lowercase().as_str(),
            "previous" | "preceding"
        );
        (caps["unit"].to_lowercase(), if back { -1 } else { 1 })
    } else if let Some(rel) = caps.name("rel2") {
        let back = rel.as_str().eq_ignore_ascii_case("before");
        (caps["unit2"].to_lowercase(), if back { -1 } else { 1 })
    } else if let Some(n) = caps.name("n") {
        let Some(n) = count(n.as_str()).filter(|n| (1..=99).contains(n)) else {
            return;
        };
        // "three years later than first planned" compares, it does not date.
        if next_word(ctx.text, span.end) == "than" {
            return;
        }
        let back = caps["dir"].eq_ignore_ascii_case("earlier");
        (caps["unit3"].to_lowercase(), if back { -n } else { n })
    } else if whole_text.contains("day") {
        ("day".to_string(), 0)
    } else {
        return;
    };
    push_shift(out, span, &unit, n);
}

/// "на следующий год", "через два года", "год спустя", "в тот же день".
fn rule_ru_shift(_ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
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

/// "翌年", "前年", "翌々年", "同日", "翌日", "前日".
fn rule_ja_shift(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let rest = &ctx.text[span.end..];
    // "前年比", "前年同期": a comparison with the year before, not a date.
    if ["比", "同期", "並", "割れ"]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return;
    }
    let (unit, n) = match &caps["w"] {
        "翌々年" => ("year", 2),
        "翌年" => ("year", 1),
        "前年" => ("year", -1),
        "同日" => ("day", 0),
        "翌日" => ("day", 1),
        _ => ("day", -1),
    };
    push_shift(out, span, unit, n);
}

fn push_shift(out: &mut Vec<Cand>, span: Range<usize>, unit: &str, n: i64) {
    let shift = if unit.starts_with("day") {
        Loose::Shift {
            years: 0,
            days: Some(n),
        }
    } else {
        Loose::Shift {
            years: n as i32,
            days: None,
        }
    };
    out.push(loose(span, None, false, shift));
}

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

fn rule_en_weekday(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(wd) = en_weekday(&caps["wd"]) else {
        return;
    };
    let dir = weekday_dir(caps.name("rel").map(|m| m.as_str()));
    if let Some(date) = resolve_weekday(ctx, &span, wd, dir) {
        out.push(cand(span, date, true));
    }
}

fn rule_ru_weekday(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(wd) = ru_weekday(&caps["wd"]) else {
        return;
    };
    let dir = weekday_dir(caps.name("rel").map(|m| m.as_str()));
    if let Some(date) = resolve_weekday(ctx, &span, wd, dir) {
        out.push(cand(span, date, true));
    }
}

fn rule_ja_weekday(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(wd) = ja_weekday(&caps["wd"]) else {
        return;
    };
    // "毎週月曜" (every Monday) is not a date.
    if ctx.text[..span.start].ends_with("毎週") || ctx.text[..span.start].ends_with('毎') {
        return;
    }
    let dir = weekday_dir(caps.name("rel").map(|m| m.as_str()));
    if let Some(date) = resolve_weekday(ctx, &span, wd, dir) {
        out.push(cand(span, date, true));
    }
}

/// A Japanese year, month and optional day, with the year known.
fn ja_date(year: i32, caps: &Captures) -> Option<PartialDate> {
    match (num(caps, "m"), num(caps, "d")) {
        (Some(m), Some(d)) => PartialDate::from_ymd(year, m, d),
        (Some(m), None) => PartialDate::from_year_month(year, m),
        _ => Some(PartialDate::from_year(year)),
    }
}

/// Words after "N年" that make it a duration or a decade, not a year.
fn ja_not_a_year(rest: &str) -> bool {
    [
        "代", "間", "前", "後", "以上", "余", "ぶり", "来", "近く", "超",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

fn rule_ja_year(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let y_span = caps.name("y").unwrap().range();
    let Some(y) = num(caps, "y") else {
        return;
    };
    if !plausible_year(y) || char_before(ctx.text, span.start).is_some_and(is_digit) {
        return;
    }
    if caps.name("m").is_none() && ja_not_a_year(&ctx.text[span.end..]) {
        return;
    }
    match ja_date(y as i32, caps) {
        Some(date) => out.push(cand(span, date, false)),
        None => {
            // An impossible month or day: keep the year alone.
            let end = ctx.text[y_span.end..]
                .find('年')
                .map(|i| y_span.end + i + '年'.len_utf8());
            if let Some(end) = end {
                out.push(cand(
                    span.start..end,
                    PartialDate::from_year(y as i32),
                    false,
                ));
            }
        }
    }
}

/// "On this day in 1855", "в этот день в 1855 году", "1855年のきょう": the
/// publication's month and day in that year (without a publication date, or when
/// the day does not exist in that year, the year rules take the year alone).
/// "This day" ("この日", "этот день") points back: a day named before it wins
/// over the publication's (see [`Loose::ThisDay`]); "today" ("きょう") does not.
fn rule_this_day_in(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
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

fn rule_ja_era(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let base = match &caps["era"] {
        "明治" => 1867,
        "大正" => 1911,
        "昭和" => 1925,
        "平成" => 1988,
        _ => 2018,
    };
    let Some(ey) = num(caps, "ey") else {
        return;
    };
    if ey == 0 || ey > 64 || (caps.name("m").is_none() && ja_not_a_year(&ctx.text[span.end..])) {
        return;
    }
    if let Some(date) = ja_date(base + ey as i32, caps) {
        out.push(cand(span, date, false));
    }
}

fn rule_ja_rel_year(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(year) = rel_year(&caps["rel"]).and_then(|d| year_offset(ctx, d)) else {
        return;
    };
    if let Some(date) = ja_date(year, caps) {
        out.push(cand(span, date, true));
    }
}

/// "今年度", "来年度", "昨年度": a Japanese fiscal year, which starts on April 1 and
/// is named after the year it starts in ("2025年度" is April 2025 to March 2026).
/// Published in January to March, "今年度" is the year before and "来年度" this year.
fn rule_ja_fiscal_year(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let Some(delta) = rel_year(&caps["rel"]) else {
        return;
    };
    let fiscal = p.year() - i32::from(p.month() < 4);
    out.push(cand(
        whole(caps),
        PartialDate::from_year(fiscal + delta),
        true,
    ));
}

fn rule_ja_rel_month(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let delta = match &caps["rel"] {
        "今月" => 0,
        "先月" => -1,
        "来月" => 1,
        _ => -2,
    };
    let Some(month) = month_offset(ctx, delta) else {
        return;
    };
    let date = match num(caps, "d") {
        Some(d) => PartialDate::from_ymd(month.year, month.month.unwrap_or(1), d),
        None => Some(month),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// Words after "N日" or "N月" that make it a duration or a count, not a date.
fn ja_duration(rest: &str) -> bool {
    [
        "間",
        "以内",
        "以上",
        "ぶり",
        "後",
        "前",
        "目",
        "ほど",
        "余",
        "分",
        "連続",
        "程度",
        "未満",
        "近く",
        "足らず",
        "おき",
        "ごと",
        "当たり",
        "あたり",
        "平均",
        "超",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

fn rule_ja_month(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let before = char_before(ctx.text, span.start);
    if before.is_some_and(|c| {
        is_digit(c) || c == '第' || c == '毎' || c == '.' || c.is_ascii_alphabetic()
    }) {
        return;
    }
    let Some(m) = num(caps, "m") else {
        return;
    };
    if !(1..=12).contains(&m) || ja_duration(&ctx.text[span.end..]) {
        return;
    }
    let d = num(caps, "d");
    if d.is_some_and(|d| !(1..=31).contains(&d)) {
        return;
    }
    push_month_day(ctx, out, span, m, d);
}

fn rule_ja_day(ctx: &Ctx, caps: &Captures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let before = char_before(ctx.text, span.start);
    if before
        .is_some_and(|c| is_digit(c) || "第毎数同翌前約.".contains(c) || c.is_ascii_alphabetic())
    {
        return;
    }
    let Some(d) = num(caps, "d") else {
        return;
    };
    if ja_duration(&ctx.text[span.end..]) {
        return;
    }
    // "日本" after a number is "Japan", not a day ("3日本" cannot be told apart; skip it).
    if ctx.text[span.end..].starts_with('本') && !ctx.text[..span.end].ends_with(')') {
        return;
    }
    if (1..=31).contains(&d) {
        let date = resolve_day_only(ctx, &span, d);
        out.push(loose(span, date, true, Loose::Day { day: d }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    fn pubdate(s: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn publication_at_the_ends_of_the_calendar_does_not_panic() {
        // Found by the `dates` fuzz target: "December 28" published on
        // chrono's last day overflowed `published + 45 days`.
        let text = "On December 28 and on Monday, yesterday, last Sunday, next Friday, \
                    in August, 昨日, あす午前, 14日, 1 ноября, вчера, the talks on Iturup went on.";
        for published in [NaiveDate::MAX, NaiveDate::MIN] {
            let dates = find_dates(text, Some(published));
            assert!(dates.iter().all(|d| d.byte_start < d.byte_end));
        }
        let max = find_dates("On December 28 talks resumed.", Some(NaiveDate::MAX));
        assert_eq!(max.len(), 1);
    }

    /// `(expression text, date string, relative)` of every date in `text`.
    fn found(text: &str, published: Option<NaiveDate>) -> Vec<(String, String, bool)> {
        find_dates(text, published)
            .into_iter()
            .map(|m| {
                (
                    text[m.byte_start..m.byte_end].to_string(),
                    m.date.to_string(),
                    m.relative,
                )
            })
            .collect()
    }

    /// `t!(name, text, published, [(expression, date), ...])`; published "" = none.
    /// A trailing `~` on the date means "relative".
    macro_rules! t {
        ($name:ident, $text:expr, $published:expr, [$(($expr:expr, $date:expr)),* $(,)?]) => {
            #[test]
            fn $name() {
                let published = if $published.is_empty() { None } else { pubdate($published) };
                let expected: Vec<(String, String, bool)> = vec![$((
                    $expr.to_string(),
                    $date.trim_end_matches('~').to_string(),
                    $date.ends_with('~'),
                )),*];
                assert_eq!(found($text, published), expected, "in {:?}", $text);
            }
        };
    }

    // ---- Quotations keep their own tense
    t!(
        en_future_inside_quote_does_not_move_reported_weekday,
        "“Talks will be tough,” he told reporters ahead of his departure Sunday.",
        "2015-09-21",
        [("Sunday", "2015-09-20~")]
    );
    t!(
        a_weekday_opening_a_report_dates_the_statement,
        "On Monday, Sakhalin Governor Valery Limarenko said a ferry would return to service on Friday. \
         В среду вице-премьер Юрий Трутнев заявил, что в следующий четверг комиссия рассмотрит программу. \
         In a Diet session on Nov. 14, the prime minister said he planned to raise the issue.",
        "2026-02-04",
        [
            ("Monday", "2026-02-02~"),
            ("Friday", "2026-02-06~"),
            ("В среду", "2026-02-04~"),
            ("в следующий четверг", "2026-02-05~"),
            ("Nov. 14", "2025-11-14~")
        ]
    );
    t!(
        a_weekday_next_to_its_date_is_no_date_of_its_own,
        "Итоги подведут в пятницу, 23 января. The result is due on Friday, Jan. 23, and talks on Jan. 27 (Tuesday).",
        "2026-01-15",
        [("23 января", "2026-01-23~"), ("Jan. 23", "2026-01-23~"), ("Jan. 27", "2026-01-27~")]
    );
    t!(
        months_listed_with_early_and_late,
        "Soviet troops seized them in late August and early September 1945.",
        "2026-02-04",
        [("August", "1945-08"), ("September 1945", "1945-09")]
    );
    t!(
        years_later_than_planned_is_a_comparison,
        "The pier will be finished in 2027, three years later than first planned. It opened in 2019 and two years later it closed.",
        "2026-02-04",
        [("2027", "2027"), ("2019", "2019"), ("two years later", "2021")]
    );
    t!(
        a_range_of_years_and_a_timeline_entry_are_years,
        "The programme for 2016-2025 provides funds.\n1875: Japan cedes its claim to Sakhalin.\n• 1992: Visa-free exchanges begin.\nHe paid 1875: a fee.",
        "2019-06-05",
        [("2016", "2016"), ("2025", "2025"), ("1875", "1875"), ("1992", "1992")]
    );
    t!(
        a_past_relative_year_dates_a_month_after_it,
        "ただ昨年は、出漁が７月１２日にずれ込んだ。Last year, the second tour took place on October 14. 政権は昨年、６月３日を記念日に改めた。",
        "2023-06-30",
        [
            ("昨年", "2022~"),
            ("７月１２日", "2022-07-12~"),
            ("Last year", "2022~"),
            ("October 14", "2022-10-14~"),
            ("昨年", "2022~"),
            ("６月３日", "2023-06-03~")
        ]
    );
    t!(
        a_plan_before_its_report_stays_a_plan,
        "He will visit Kunashir on Monday, the ministry said. В пятницу пройдут переговоры, сообщил МИД.",
        "2026-02-04",
        [("Monday", "2026-02-09~"), ("В пятницу", "2026-02-06~")]
    );
    t!(
        en_weekday_inside_future_quote_is_next,
        "“We will meet again on Friday,” the minister said.",
        "2015-09-21",
        [("Friday", "2015-09-25~")]
    );

    t!(
        month_listed_with_a_dated_month,
        "Soviet forces occupied the islands in August and September 1945.",
        "2024-02-07",
        [("August", "1945-08"), ("September 1945", "1945-09")]
    );
    t!(
        a_range_of_months_without_a_year_runs_forward,
        "The kelp season runs from June to September. Сезон длится с июня по сентябрь.",
        "2024-07-10",
        [
            ("June", "2024-06~"),
            ("September", "2024-09~"),
            ("июня", "2024-06~"),
            ("сентябрь", "2024-09~")
        ]
    );
    t!(
        months_listed_and_ranged,
        "In July, August and September 2010; from December to February 2020; с июля по сентябрь 1945 года.",
        "2024-02-07",
        [
            ("July", "2010-07"),
            ("August", "2010-08"),
            ("September 2010", "2010-09"),
            ("December", "2019-12"),
            ("February 2020", "2020-02"),
            ("июля", "1945-07"),
            ("сентябрь 1945 года", "1945-09")
        ]
    );
    t!(
        month_not_listed_keeps_publication_year,
        "In August the ship left, and the treaty of September 1945 stood.",
        "2024-02-07",
        [("August", "2023-08~"), ("September 1945", "1945-09")]
    );
    t!(
        past_clause_of_a_sentence_with_a_plan,
        "Так, 15 июня в Южно-Курильске открылся детский сад, а до конца года на Итурупе планируется сдать школу.",
        "2024-06-19",
        [("15 июня", "2024-06-15~")]
    );
    t!(
        en_joint_inside_a_quote_does_not_split_the_report,
        "“Talks will be tough, but I want a way out,” he told reporters ahead of his departure Sunday.",
        "2015-09-21",
        [("Sunday", "2015-09-20~")]
    );
    t!(
        en_past_clause_before_but_will,
        "The envoy arrived on Monday, but will leave on Friday.",
        "2023-06-14",
        [("Monday", "2023-06-12~"), ("Friday", "2023-06-16~")]
    );

    // ---- PartialDate

    #[test]
    fn partial_date_string_forms() {
        for s in ["1945", "1945-02", "2010-11-01"] {
            assert_eq!(date(s).to_string(), s);
            let json = serde_json::to_string(&date(s)).unwrap();
            assert_eq!(json, format!("\"{s}\""));
            let back: PartialDate = serde_json::from_str(&json).unwrap();
            assert_eq!(back, date(s));
        }
        assert_eq!(date("0800").to_string(), "0800");
        assert_eq!(date("2010-11-01").year(), 2010);
    }

    #[test]
    fn partial_date_rejects_bad_strings() {
        for s in [
            "",
            "45",
            "1945-2",
            "1945-13",
            "2023-02-29",
            "1945-02-01-03",
            "abcd",
            "1945/02",
        ] {
            let err = s.parse::<PartialDate>().unwrap_err();
            assert_eq!(err.code(), "invalid_input", "{s}");
            assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
        }
        assert!(serde_json::from_str::<PartialDate>("\"1945-13\"").is_err());
    }

    #[test]
    fn partial_date_days_and_containment() {
        let feb = date("2024-02");
        assert_eq!(feb.first_day(), pubdate("2024-02-01"));
        assert_eq!(feb.last_day(), pubdate("2024-02-29"));
        assert_eq!(date("2010").last_day(), pubdate("2010-12-31"));
        assert!(date("2010").contains(&date("2010-11-01")));
        assert!(date("2010-11").contains(&date("2010-11-01")));
        assert!(!date("2010-11").contains(&date("2010-11")));
        assert!(!date("2011").contains(&date("2010-11-01")));
    }

    // ---- English absolute

    t!(
        en_full_mdy,
        "On November 1, 2010, Medvedev visited Kunashir.",
        "",
        [("November 1, 2010", "2010-11-01")]
    );
    t!(
        en_full_abbrev,
        "On Nov. 1, 2010 he landed; on Nov 2 2010 he left.",
        "",
        [("Nov. 1, 2010", "2010-11-01"), ("Nov 2 2010", "2010-11-02")]
    );
    t!(
        en_full_dmy,
        "It was signed on 19 October 1956 in Moscow.",
        "",
        [("19 October 1956", "1956-10-19")]
    );
    t!(
        en_full_dmy_of,
        "the 7th of February, 1855 at Shimoda",
        "",
        [("7th of February, 1855", "1855-02-07")]
    );
    t!(
        en_iso,
        "Updated 2010-11-01 and 2018/11/14.",
        "",
        [("2010-11-01", "2010-11-01"), ("2018/11/14", "2018-11-14")]
    );
    t!(
        en_month_year,
        "In February 1945 at Yalta, and in Feb. 1946, and in February of 1947.",
        "",
        [
            ("February 1945", "1945-02"),
            ("Feb. 1946", "1946-02"),
            ("February of 1947", "1947-02")
        ]
    );
    t!(en_years_in_context, "Since 1945 Russia has held the islands; the 1956 Joint Declaration and the 1855 treaty differ. By 2030 little may change.", "",
        [("1945", "1945"), ("1956", "1956"), ("1855", "1855"), ("2030", "2030")]);
    t!(
        en_year_parens_and_mid,
        "The Treaty of Shimoda (1855) was signed; in mid-1945 and early 1946 the war ended.",
        "",
        [("1855", "1855"), ("1945", "1945"), ("1946", "1946")]
    );
    t!(
        en_year_range,
        "Between 1945 and 1949 the residents left, from 1950 to 1955 too.",
        "",
        [
            ("1945", "1945"),
            ("1949", "1949"),
            ("1950", "1950"),
            ("1955", "1955")
        ]
    );
    t!(en_year_false_positives, "Some 1,945 troops and $2018 in cash; 2018 soldiers; a 1945 figure; room 1956; in 2000 square meters; the 1990s; page 2020.", "", []);
    t!(en_decade_apostrophe, "In the 1990's talks stalled.", "", []);
    t!(
        en_may_modal,
        "Tokyo May protest. Talks may resume. It May be so.",
        "2023-06-10",
        []
    );
    t!(
        en_may_month,
        "On May 9, 2015 and in May 2016 it rained. Since May the parade was held.",
        "2023-06-10",
        [
            ("May 9, 2015", "2015-05-09"),
            ("May 2016", "2016-05"),
            ("May", "2023-05~")
        ]
    );
    t!(
        en_march_verb,
        "Protesters march in Tokyo. They March on. In March they rallied.",
        "2023-06-10",
        [("March", "2023-03~")]
    );

    // ---- English relative

    t!(
        en_relative_skipped_without_publication,
        "Yesterday, last year, on Monday, in August and June 15 the islands...",
        "",
        []
    );
    t!(
        en_weekday_past,
        "Japan's foreign minister said on Monday that Tokyo will protest.",
        "2023-06-14",
        [("Monday", "2023-06-12~")]
    );
    t!(
        en_weekday_past_and_will_future,
        "The exercises on Iturup began on Monday and will end on Friday, it said.",
        "2025-03-12",
        [("Monday", "2025-03-10~"), ("Friday", "2025-03-14~")]
    );
    t!(
        en_weekday_inside_what_was_said,
        "The governor said that on Thursday he will visit Iturup.",
        "2024-09-03",
        [("Thursday", "2024-09-05~")]
    );
    t!(
        ru_weekday_inside_what_was_said,
        "Губернатор сообщил, что в четверг посетит Итуруп.",
        "2024-09-03",
        [("в четверг", "2024-09-05~")]
    );
    t!(
        en_history_told_date_by_date,
        "The Soviet Union entered the war on August 9, 1945. By September 5 it held the islands.\n\n\
         On September 3 the minister protested.",
        "2024-11-20",
        [
            ("August 9, 1945", "1945-08-09"),
            ("September 5", "1945-09-05"),
            ("September 3", "2024-09-03~")
        ]
    );
    t!(
        ja_history_told_date_by_date,
        "ソ連は昭和２０年８月９日、対日参戦した。終戦後の８月２８日から９月５日までに四島を占領した。",
        "2024-08-27",
        [
            ("昭和２０年８月９日", "1945-08-09"),
            ("８月２８日", "1945-08-28"),
            ("９月５日", "1945-09-05")
        ]
    );
    t!(
        ru_anniversary_ahead_is_future,
        "В октябре исполнится 70 лет декларации.",
        "2026-01-22",
        [("октябре", "2026-10~")]
    );
    t!(
        day_ranges,
        "Консультации прошли с 9 по 12 декабря, а встречи — 3–5 ноября 2023 года.\n\nTalks ran 9-12 December and December 14 to 16.",
        "2024-12-20",
        [
            ("9", "2024-12-09~"),
            ("12 декабря", "2024-12-12~"),
            ("3", "2023-11-03"),
            ("5 ноября 2023 года", "2023-11-05"),
            ("9", "2024-12-09~"),
            ("12 December", "2024-12-12~"),
            ("December 14", "2024-12-14~"),
            ("16", "2024-12-16~")
        ]
    );
    t!(
        en_year_before_an_adjective_and_its_noun,
        "It fished under a 1998 bilateral agreement, not with 2000 bilateral partners.",
        "2021-03-03",
        [("1998", "1998")]
    );
    t!(
        en_month_a_plan_is_for,
        "A visit is scheduled for September, and talks were set for May 2020. He waited for August.",
        "2019-08-23",
        [("September", "2019-09~"), ("May 2020", "2020-05")]
    );
    t!(
        ru_month_after_k_nachalu,
        "В августе 1945 года СССР вступил в войну и к началу сентября занял острова.",
        "2026-01-22",
        [("августе 1945 года", "1945-08"), ("сентября", "1945-09")]
    );
    t!(
        ja_plan_kept_is_not_future,
        "今年は交渉が６月上旬にまとまり、予定どおり操業した。",
        "2022-12-16",
        [("今年", "2022~"), ("６月", "2022-06~")]
    );
    t!(
        en_as_planned_is_not_future,
        "The ship left on August 20 as planned.",
        "2022-03-01",
        [("August 20", "2021-08-20~")]
    );
    t!(
        ja_history_told_after_a_year_alone,
        "それが昭和２０年の夏に一変する。８月２８日から９月５日にかけて、ソ連軍が四島を占領した。",
        "2020-02-07",
        [
            ("昭和２０年", "1945"),
            ("８月２８日", "1945-08-28"),
            ("９月５日", "1945-09-05")
        ]
    );
    t!(
        // A month-day before publication keeps the publication's year after a year alone.
        en_year_alone_then_a_recent_month_day,
        "Russia deployed missiles in 2016. On January 20 the ministry protested.",
        "2020-02-07",
        [("2016", "2016"), ("January 20", "2020-01-20~")]
    );
    t!(
        en_story_date_before_the_dated_one_is_publications,
        "Talks were suspended in March 2022. On February 7 Japan marked the day.",
        "2024-02-08",
        [("March 2022", "2022-03"), ("February 7", "2024-02-07~")]
    );
    t!(
        ja_kyou_after_a_particle,
        "洋上慰霊がきょう行われました。きょうだいで参加した。",
        "2025-09-02",
        [("きょう", "2025-09-02~")]
    );
    t!(
        en_weekday_publication_day,
        "The ministry said Wednesday.",
        "2023-06-14",
        [("Wednesday", "2023-06-14~")]
    );
    t!(
        en_weekday_future,
        "The envoy will visit Kunashir on Friday.",
        "2023-06-14",
        [("Friday", "2023-06-16~")]
    );
    t!(
        en_weekday_next_last,
        "Talks resume next Monday after last Wednesday's row.",
        "2023-06-14",
        [
            ("next Monday", "2023-06-19~"),
            ("last Wednesday", "2023-06-07~")
        ]
    );
    t!(
        en_day_words,
        "Yesterday the ship left; today it docks; tomorrow it sails.",
        "2023-06-14",
        [
            ("Yesterday", "2023-06-13~"),
            ("today", "2023-06-14~"),
            ("tomorrow", "2023-06-15~")
        ]
    );
    t!(
        en_rel_years,
        "This year and last year, unlike next year; earlier this month and last month.",
        "2023-06-14",
        [
            ("This year", "2023~"),
            ("last year", "2022~"),
            ("next year", "2024~"),
            ("earlier this month", "2023-06~"),
            ("last month", "2023-05~")
        ]
    );
    t!(
        en_rel_year_anaphoric,
        "Over the last year and in the next year.",
        "2023-06-14",
        []
    );
    t!(
        en_month_this_last_year,
        "In August this year and in August last year, and August 15 last year.",
        "2023-06-14",
        [
            ("August this year", "2023-08~"),
            ("August last year", "2022-08~"),
            ("August 15 last year", "2022-08-15~")
        ]
    );
    t!(
        en_last_next_month_name,
        "Since last August, and until next March.",
        "2023-06-14",
        [("last August", "2022-08~"), ("next March", "2024-03~")]
    );
    t!(
        en_month_alone_past,
        "In March the patrol boat seized a trawler.",
        "2023-06-14",
        [("March", "2023-03~")]
    );
    t!(
        en_month_alone_rolls_back,
        "In November the patrol boat seized a trawler.",
        "2023-01-20",
        [("November", "2022-11~")]
    );
    t!(
        en_month_alone_future,
        "The visit will take place in November.",
        "2023-06-14",
        [("November", "2023-11~")]
    );
    t!(
        en_month_alone_future_next_year,
        "Talks will be held in February.",
        "2023-11-20",
        [("February", "2024-02~")]
    );
    t!(
        en_month_day_no_year,
        "On June 15 the delegation arrived; on 3 June it left.",
        "2023-06-20",
        [("June 15", "2023-06-15~"), ("3 June", "2023-06-03~")]
    );
    t!(
        en_month_day_december_in_january,
        "On December 28 a drill was held on Etorofu.",
        "2024-01-05",
        [("December 28", "2023-12-28~")]
    );
    t!(
        en_month_list,
        "in July and August",
        "2023-09-01",
        [("July", "2023-07~"), ("August", "2023-08~")]
    );
    t!(
        en_year_ago,
        "A year ago the talks collapsed.",
        "2023-06-14",
        [("A year ago", "2022~")]
    );

    // ---- Russian

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

    // ---- Japanese

    t!(
        ja_years,
        "1945年に旧ソ連が占領し、2018年11月14日に首脳会談、1956年10月に共同宣言。",
        "",
        [
            ("1945年", "1945"),
            ("2018年11月14日", "2018-11-14"),
            ("1956年10月", "1956-10")
        ]
    );
    t!(
        ja_full_width,
        "１９４５年８月と２０１０年１１月１日。",
        "",
        [
            ("１９４５年８月", "1945-08"),
            ("２０１０年１１月１日", "2010-11-01")
        ]
    );
    t!(
        ja_eras,
        "昭和20年8月、平成元年、令和5年、昭和三十一年十月十九日。",
        "",
        [
            ("昭和20年8月", "1945-08"),
            ("平成元年", "1989"),
            ("令和5年", "2023"),
            ("昭和三十一年十月十九日", "1956-10-19")
        ]
    );
    t!(ja_not_years, "1990年代、2000年以上前、70年間。", "", []);
    t!(
        ja_day_only,
        "首相は14日、根室市を訪れた。",
        "2023-06-15",
        [("14日", "2023-06-14~")]
    );
    t!(
        ja_day_after_publication_is_last_month,
        "首相は28日、根室市を訪れた。",
        "2023-06-15",
        [("28日", "2023-05-28~")]
    );
    t!(
        ja_day_future_same_month,
        "首相は28日に根室市を訪れる予定だ。",
        "2023-06-15",
        [("28日", "2023-06-28~")]
    );
    t!(
        ja_day_future_next_month,
        "首相は3日に根室市を訪問する予定だ。",
        "2023-06-28",
        [("3日", "2023-07-03~")]
    );
    t!(
        ja_day_durations,
        "3日間の日程で、30日以内に、5日後、10日ぶり。",
        "2023-06-15",
        []
    );
    t!(
        ja_month_day,
        "2月7日は北方領土の日で、8月に式典があった。",
        "2023-09-15",
        [("2月7日", "2023-02-07~"), ("8月", "2023-08~")]
    );
    t!(
        this_day_in_a_year,
        "1855年のきょう、条約が結ばれた。On this day in 1945, troops landed. В этот день в 1956 году подписали декларацию. 1855年に結ばれた。",
        "2020-02-07",
        [
            ("1855年のきょう", "1855-02-07~"),
            ("this day in 1945", "1945-02-07~"),
            ("В этот день в 1956 году", "1956-02-07~"),
            ("1855年", "1855")
        ]
    );
    t!(
        this_day_in_a_year_in_japanese_text,
        "先である▼1855年のきょう、条約が結ばれた。",
        "2020-02-07",
        [("1855年のきょう", "1855-02-07~")]
    );
    t!(
        this_day_points_back_to_the_day_named_before,
        "２月７日は北方領土の日です。１８５５年のこの日、条約が結ばれました。February 7 is the day. On this day in 1855, a treaty was signed.",
        "2025-02-01",
        [
            ("２月７日", "2025-02-07~"),
            ("１８５５年のこの日", "1855-02-07~"),
            ("February 7", "2025-02-07~"),
            ("this day in 1855", "1855-02-07~")
        ]
    );
    t!(
        today_in_a_year_is_the_publication_day,
        "２月７日は北方領土の日です。１８５５年のきょう、条約が結ばれました。",
        "2025-02-01",
        [
            ("２月７日", "2025-02-07~"),
            ("１８５５年のきょう", "1855-02-01~")
        ]
    );
    t!(
        this_day_in_a_year_without_that_day,
        "On this day in 1945, troops landed.",
        "2024-02-29",
        [("1945", "1945")]
    );
    t!(
        ja_month_rolls_back,
        "12月に根室で大会が開かれた。",
        "2023-01-10",
        [("12月", "2022-12~")]
    );
    t!(
        ja_fiscal_years_start_in_april,
        "政府は今年度、洋上慰霊を実施したが、来年度は墓参の再開を求める。昨年度も同じだった。",
        "2025-02-07",
        [
            ("今年度", "2024~"),
            ("来年度", "2025~"),
            ("昨年度", "2023~")
        ]
    );
    t!(
        ja_fiscal_years_after_april_are_the_calendar_years,
        "北海道は来年度も予算を確保し、今年度の事業を続ける。",
        "2024-09-02",
        [("来年度", "2025~"), ("今年度", "2024~")]
    );
    t!(
        ja_rel_years,
        "今年8月、昨年11月14日、来年、去年、先月、来月10日。",
        "2023-06-15",
        [
            ("今年8月", "2023-08~"),
            ("昨年11月14日", "2022-11-14~"),
            ("来年", "2024~"),
            ("去年", "2022~"),
            ("先月", "2023-05~"),
            ("来月10日", "2023-07-10~")
        ]
    );
    t!(
        ja_weekdays,
        "月曜日に会談し、先週の金曜には発表した。来週水曜に訪問する。",
        "2023-06-14",
        [
            ("月曜日", "2023-06-12~"),
            ("先週の金曜", "2023-06-09~"),
            ("来週水曜", "2023-06-21~")
        ]
    );
    t!(
        anchored_to_earlier_date_in_sentence,
        "In 1945, Soviet troops landed on Shumshu in August and reached Kunashir on September 1.",
        "2023-06-14",
        [
            ("1945", "1945"),
            ("August", "1945-08"),
            ("September 1", "1945-09-01")
        ]
    );
    t!(
        anchored_without_publication,
        "2016年12月15日に来日し、16日に山口県で会談した。",
        "",
        [("2016年12月15日", "2016-12-15"), ("16日", "2016-12-16")]
    );
    t!(
        not_anchored_across_sentences,
        "The treaty was signed in 1956. In August the ships returned.",
        "2023-09-14",
        [("1956", "1956"), ("August", "2023-08~")]
    );
    t!(
        ja_same_year_and_month,
        "1945年8月9日に参戦し、同年9月5日までに占領した。同月中に…",
        "",
        [
            ("1945年8月9日", "1945-08-09"),
            ("同年9月5日", "1945-09-05"),
            ("同月", "1945-09")
        ]
    );
    t!(
        same_year_words,
        "Talks began in 1993. Later that year and в том же году nothing changed.",
        "",
        [
            ("1993", "1993"),
            ("Later that year", "1993"),
            ("в том же году", "1993")
        ]
    );
    t!(
        en_counted_from_the_previous_date,
        "Japan attacked in 1904 and seized Sakhalin the following year. A plant opened in 2007; \
         two years later a second one. Talks on May 3, 2019 went on the next day. \
         Over the next year nothing.",
        "",
        [
            ("1904", "1904"),
            ("the following year", "1905"),
            ("2007", "2007"),
            ("two years later", "2009"),
            ("May 3, 2019", "2019-05-03"),
            ("the next day", "2019-05-04")
        ]
    );
    t!(
        ru_counted_from_the_previous_date,
        "В 1956 году подписали декларацию, а через четыре года СССР изменил позицию. \
         Визит 1 ноября 2010 года, в тот же день протест; год спустя — снова.",
        "",
        [
            ("1956 году", "1956"),
            ("через четыре года", "1960"),
            ("1 ноября 2010 года", "2010-11-01"),
            ("в тот же день", "2010-11-01"),
            ("год спустя", "2011")
        ]
    );
    t!(
        ja_counted_from_the_previous_date,
        "１９５６年に宣言に署名した。前年に交渉が始まり、翌年には発効した。７日に大会、同日に集会、翌日に会見。前年比で増えた。",
        "2025-02-10",
        [
            ("１９５６年", "1956"),
            ("前年", "1955"),
            ("翌年", "1956"),
            ("７日", "2025-02-07~"),
            ("同日", "2025-02-07~"),
            ("翌日", "2025-02-08~")
        ]
    );
    t!(
        ja_kanji_numeral_years,
        "一九五六年の共同宣言と二〇一八年十一月の会談",
        "",
        [("一九五六年", "1956"), ("二〇一八年十一月", "2018-11")]
    );
    t!(
        seasons_of_a_year,
        "In spring 2019 and this summer; last autumn. 今春と昨秋、来夏。этим летом и прошлой осенью",
        "2023-10-18",
        [
            ("2019", "2019"),
            ("this summer", "2023~"),
            ("last autumn", "2022~"),
            ("今春", "2023~"),
            ("昨秋", "2022~"),
            ("来夏", "2024~"),
            ("этим летом", "2023~"),
            ("прошлой осенью", "2022~")
        ]
    );
    t!(
        counted_back_from_publication,
        "a week ago, three days ago, two months ago; неделю назад, два года назад, много лет назад; ３日前、２年前、1945年前後の混乱",
        "2024-09-06",
        [
            ("a week ago", "2024-08-30~"),
            ("three days ago", "2024-09-03~"),
            ("two months ago", "2024-07~"),
            ("неделю назад", "2024-08-30~"),
            ("два года назад", "2022~"),
            ("３日前", "2024-09-03~"),
            ("２年前", "2022~")
        ]
    );
    t!(
        ja_within,
        "年内の締結を目指し、月内に協議する。2018年内は無理だ。",
        "2023-06-15",
        [("年内", "2023~"), ("月内", "2023-06~"), ("2018年", "2018")]
    );
    t!(
        ja_day_with_weekday,
        "14日（水）に会談",
        "2023-06-15",
        [("14日（水）", "2023-06-14~")]
    );
    t!(
        ja_day_words,
        "昨日と今日、明日、きょう午前、きょうだい。",
        "2023-06-14",
        [
            ("昨日", "2023-06-13~"),
            ("今日", "2023-06-14~"),
            ("明日", "2023-06-15~"),
            ("きょう", "2023-06-14~")
        ]
    );

    #[test]
    fn sorted_and_non_overlapping() {
        let text = "On Nov. 1, 2010 (2010-11-01) in 2010, 1 ноября 2010 года, 2010年11月1日.";
        let found = find_dates(text, pubdate("2023-01-01"));
        assert_eq!(found.len(), 5, "{found:?}");
        for w in found.windows(2) {
            assert!(w[0].byte_end <= w[1].byte_start);
        }
        assert!(found.iter().all(|m| !m.relative));
    }

    #[test]
    fn future_sentence_markers() {
        assert!(is_future_sentence("The summit will be held in Tokyo."));
        assert!(is_future_sentence("Встреча состоится в Москве."));
        assert!(is_future_sentence("首相は訪問する予定だ。"));
        assert!(!is_future_sentence("The summit was held in Tokyo."));
        assert!(!is_future_sentence("漁は予定どおり行われた。"));
        assert!(is_future_sentence(
            "В октябре исполнится 70 лет декларации."
        ));
        assert!(is_future_sentence("Новый причал откроется летом."));
        assert!(!is_future_sentence("The talks went ahead as scheduled."));
        assert!(is_future_sentence("予定どおりなら、来月に再開する予定だ。"));
    }
}
