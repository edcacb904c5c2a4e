//! From candidates to mentions: each candidate may be [`Loose`], its year (or
//! month, or whole date) to be taken from the expressions before it rather than
//! from the publication date; [`anchor`] resolves those against the text before
//! them and drops the ones that stay unresolved.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Duration};
use regex::Regex;

use super::resolve::Ctx;
use super::surroundings::is_digit;
use super::{DateMention, PartialDate};
use crate::text::{ends_with_stop, LIST_BULLETS};

/// An expression whose year (or month) may come from the text before it
/// rather than from the publication date.
#[derive(Debug, Clone, Copy)]
pub(super) enum Loose {
    /// A month, or a month and day, without a year ("in August", "June 15",
    /// "8月"): the year of an absolute date earlier in the same sentence
    /// ("In 1945, ... in August" is August 1945), else publication.
    MonthDay { month: u32, day: Option<u32> },
    /// A Japanese day alone ("16日"): the month of an absolute date earlier in
    /// the same sentence ("2016年12月15日に来日し、16日に"), else publication.
    Day { day: u32 },
    /// A year counted from the previous date expression's, with an optional
    /// month and day: the same year (`years` 0: "同年", "that year", "того же
    /// года", "2 April that year"), the year after or before ("the following
    /// year", "翌年", "前年", "翌年３月", "隔年1月24日").
    OfYear {
        years: i32,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// "同月" (the same month), with an optional day.
    SameMonth { day: Option<u32> },
    /// A Japanese year written with its last two digits ("５４年", "02年3月"),
    /// as newspapers write a year after a full one ("１９５２年１月に…、５４年には",
    /// "２０１７年５月以来で…。１７年５月には"): the first such year at or after the
    /// last full year written before it, in the next fifty years; nothing
    /// without one.
    ShortYear {
        yy: u32,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// "This day in 1855", "1855年のこの日": the day of the previous date
    /// expression, when it has one ("２月７日は…。１８５５年のこの日、…" is
    /// 1855-02-07), in that year; else the publication's day.
    ThisDay { year: i32 },
    /// A day counted from the previous date expression, which must be a day
    /// ("the next day", "同日", "翌日").
    Shift { days: i64 },
    /// The day of the article's news: Korean "이날" names the day its lead
    /// dates, however many dates came between ("(도쿄=연합뉴스) … 7일 … 8일부터
    /// … 지난 3일 … 다음 달 1일까지 … 이날"). The first day written in the text
    /// relative to publication ("7일", not a time stamp's "2022-02-07 16:41")
    /// that lies in the three days up to it; without one, the previous date
    /// expression's day, as [`Loose::Shift`] reads "同日".
    NewsDay,
}

/// One candidate, before overlaps are resolved.
#[derive(Debug)]
pub(super) struct Cand {
    pub(super) span: Range<usize>,
    /// The date as resolved without looking at other expressions.
    pub(super) date: Option<PartialDate>,
    pub(super) relative: bool,
    pub(super) loose: Option<Loose>,
}

/// A candidate resolved on its own.
pub(super) fn cand(span: Range<usize>, date: PartialDate, relative: bool) -> Cand {
    Cand {
        span,
        date: Some(date),
        relative,
        loose: None,
    }
}

/// A candidate that the expressions before it may resolve (see [`Loose`]).
pub(super) fn loose(
    span: Range<usize>,
    date: Option<PartialDate>,
    relative: bool,
    loose: Loose,
) -> Cand {
    Cand {
        span,
        date,
        relative,
        loose: Some(loose),
    }
}

/// Resolves the expressions without a year against the text before them (see
/// [`Loose`]) and drops those that stay unresolved.
pub(super) fn anchor(ctx: &Ctx, chosen: Vec<Cand>) -> Vec<DateMention> {
    let listed_year = listed_years(ctx, &chosen);
    let mut out: Vec<DateMention> = Vec::new();
    // The last date that starts its line (an entry of a chronology).
    let mut last_entry: Option<usize> = None;
    // The year of the story the article tells (see [`StoryYear`]).
    let mut story = StoryYear::Open { years_ago: None };
    for (c, listed_year) in chosen.into_iter().zip(listed_year) {
        if let (Some(Loose::MonthDay { month, day }), Some(year)) = (c.loose, listed_year) {
            let listed = PartialDate::from_parts(year, Some(month), day);
            if let Some(date) = listed {
                if starts_its_line(ctx.text, c.span.start) {
                    last_entry = Some(out.len());
                }
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
        // Where the story stands for a year counted from the date before
        // (see [`before_today`]).
        let story_prev = prev.map(|p| before_today(ctx, &out, p));
        // A chronology's entry goes on from the entry before, whatever dates
        // that entry's text held ("11 al 14 de junio. …" then "14 de junio. …").
        let entry_before = last_entry
            .map(|i: usize| out[i].clone())
            .filter(|_| starts_its_line(ctx.text, c.span.start));
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
                let anchored = PartialDate::from_parts(year, Some(month), day);
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
                let anchored = PartialDate::from_parts(p.date.year, Some(month), day);
                if anchored.is_some() {
                    date = anchored;
                }
            }
            (Some(Loose::MonthDay { month, day }), Some(p))
                if same_sentence
                    && p.relative
                    && p.date.day.is_none()
                    && p.date.month == Some(month)
                    && ctx
                        .published
                        .is_some_and(|pd| p.date.last_day().is_some_and(|last| last < pd)) =>
            {
                // "Минулого місяця, 23 серпня, … ухвалили декларацію, … не
                // визнаватимуть": a past month told from publication names the
                // month's year, whatever the sentence says of the future.
                let anchored = PartialDate::from_parts(p.date.year, Some(month), day);
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
                    let anchored = PartialDate::from_parts(year, Some(month), day);
                    if anchored.is_some() {
                        date = anchored;
                    }
                }
            }
            (Some(Loose::MonthDay { month, day }), Some(p))
                if !same_sentence && continues_story(ctx, p, &c.span, (month, day), c.date) =>
            {
                let anchored = PartialDate::from_parts(p.date.year, Some(month), day);
                if anchored.is_some() {
                    (date, relative) = (anchored, false);
                }
            }
            (Some(Loose::MonthDay { month, day }), Some(_))
                if !same_sentence
                    && entry_before.as_ref().is_some_and(|e| {
                        continues_story(ctx, e, &c.span, (month, day), c.date)
                    }) =>
            {
                let year = entry_before.as_ref().map_or(0, |e| e.date.year);
                let anchored = PartialDate::from_parts(year, Some(month), day);
                if anchored.is_some() {
                    (date, relative) = (anchored, false);
                }
            }
            (Some(Loose::MonthDay { month, day }), Some(p))
                if !same_sentence
                    && story_prev.is_some_and(|s| story == StoryYear::Of(s.date.year))
                    && !ctx.future(&c.span) =>
            {
                let year = story_prev.unwrap_or(p).date.year;
                let anchored = PartialDate::from_parts(year, Some(month), day);
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
            (Some(Loose::Day { day }), Some(p))
                if same_sentence && p.date.is_day() && names_its_month(ctx, p) =>
            {
                // "11月1日に択捉島に移動し、3日に根室港に戻る": a day after a
                // month and day written without a year is of that month, or
                // of the next when it comes before that day.
                if let (Some(month), Some(first)) = (p.date.month, p.date.day) {
                    let (year, month) = match (day < first, month) {
                        (false, m) => (p.date.year, m),
                        (true, 12) => (p.date.year + 1, 1),
                        (true, m) => (p.date.year, m + 1),
                    };
                    if let Some(anchored) = PartialDate::from_ymd(year, month, day) {
                        date = Some(anchored);
                    }
                }
            }
            (Some(Loose::ShortYear { yy, month, day }), Some(_)) => {
                // The full year written last, in this sentence or an earlier one
                // («２０１７年５月以来で…。１７年５月には…»).
                if let Some(full) = out.iter().rev().find(|d| !d.relative) {
                    let mut year = full.date.year - full.date.year.rem_euclid(100) + yy as i32;
                    if year < full.date.year {
                        year += 100;
                    }
                    if year - full.date.year <= 50 {
                        date = PartialDate::from_parts(year, month, day);
                    }
                }
            }
            (Some(Loose::OfYear { years, month, day }), Some(p)) => {
                // "…2008年6月10日…，今天滿10年。…同年6月16日": the same year is
                // the story's, not that of today's anniversary.
                let p = story_prev.unwrap_or(p);
                date = PartialDate::from_parts(p.date.year + years, month, day);
                relative = p.relative;
            }
            (Some(Loose::Shift { days }), Some(p)) => {
                // "5日至10日…。当天": "that day" after a range is the day it starts.
                let p = match out.len().checked_sub(2).map(|i| &out[i]) {
                    Some(start)
                        if days == 0 && ends_range(ctx, start, &(p.byte_start..p.byte_end)) =>
                    {
                        start
                    }
                    _ => p,
                };
                date = p
                    .date
                    .first_day()
                    .filter(|_| p.date.is_day())
                    .and_then(|d| d.checked_add_signed(Duration::days(days)))
                    .map(PartialDate::from_date);
                relative = p.relative;
            }
            (Some(Loose::NewsDay), Some(p)) => {
                let news_day = ctx.published.and_then(|published| {
                    out.iter().find(|d| {
                        d.relative
                            && d.date.is_day()
                            && d.date.first_day().is_some_and(|day| {
                                day <= published && published - day <= Duration::days(3)
                            })
                    })
                });
                let day = news_day.unwrap_or(p);
                date = Some(day.date).filter(|d| d.is_day());
                relative = day.relative;
            }
            (Some(Loose::ThisDay { year }), Some(p)) if p.date.is_day() => {
                if let (Some(m), Some(d)) = (p.date.month, p.date.day) {
                    if let Some(anchored) = PartialDate::from_ymd(year, m, d) {
                        date = Some(anchored);
                    }
                }
            }
            (Some(Loose::SameMonth { day }), Some(p)) => {
                date = p
                    .date
                    .month
                    .and_then(|m| PartialDate::from_parts(p.date.year, Some(m), day));
                relative = p.relative;
            }
            _ => {}
        }
        if let Some(date) = date {
            if starts_its_line(ctx.text, c.span.start) {
                last_entry = Some(out.len());
            }
            if story.is_open() && ends_with_stop(&ctx.text[ctx.sentence(c.span.start)]) {
                story.read(ctx, &date, relative);
            }
            out.push(DateMention {
                date,
                byte_start: c.span.start,
                byte_end: c.span.end,
                relative,
            });
        }
    }
    years_from_range_ends(ctx, &mut out);
    months_from_range_ends(ctx, &mut out);
    out
}

/// A range's start written without a year takes the year of its end
/// ("from January to March 2019", "Mula Enero hanggang Marso 2019", «с января
/// по март 2019 года»): the start, resolved against publication, is moved to
/// the end's year, or to the year before when its month comes after the end's
/// ("December to March 2019").
fn years_from_range_ends(ctx: &Ctx, dates: &mut [DateMention]) {
    for i in 1..dates.len() {
        let (before, after) = dates.split_at_mut(i);
        let (start, end) = (&mut before[i - 1], &after[0]);
        if !start.relative || end.relative {
            continue;
        }
        let (Some(start_month), Some(end_month)) = (start.date.month, end.date.month) else {
            continue;
        };
        if !ends_range(ctx, start, &(end.byte_start..end.byte_end)) {
            continue;
        }
        let year = end.date.year - i32::from(start_month > end_month);
        if let Some(date) = PartialDate::from_parts(year, Some(start_month), start.date.day) {
            (start.date, start.relative) = (date, false);
        }
    }
}

/// A day alone that starts a range ending on a day with its month takes that
/// month ("８日から１２月１日まで" published on 7 November is 8 November to 1
/// December; "8일부터 12월 1일까지"), or the month before when its day comes
/// after the end's: resolved against publication alone, a day after the
/// publication day is taken from the month before.
fn months_from_range_ends(ctx: &Ctx, dates: &mut [DateMention]) {
    for i in 1..dates.len() {
        let (before, after) = dates.split_at_mut(i);
        let (start, end) = (&mut before[i - 1], &after[0]);
        let (Some(day), Some(end_month), Some(end_day)) =
            (start.date.day, end.date.month, end.date.day)
        else {
            continue;
        };
        if !start.relative
            || !is_day_alone(ctx, start)
            || !names_its_month(ctx, end)
            || !ends_range(ctx, start, &(end.byte_start..end.byte_end))
        {
            continue;
        }
        let (year, month) = match (day <= end_day, end_month) {
            (true, _) => (end.date.year, end_month),
            (false, 1) => (end.date.year - 1, 12),
            (false, _) => (end.date.year, end_month - 1),
        };
        if let Some(date) = PartialDate::from_parts(year, Some(month), Some(day)) {
            start.date = date;
        }
    }
}

/// Whether `date` is written as a day number alone ("８日", "8일", "8日").
fn is_day_alone(ctx: &Ctx, date: &DateMention) -> bool {
    let written = &ctx.text[date.byte_start..date.byte_end];
    let digits = written.trim_end_matches(['日', '일']);
    digits.len() < written.len() && !digits.is_empty() && digits.chars().all(is_digit)
}

/// The year of the story an article tells, when its lead says it tells what
/// happened years ago: "Hace 40 años, el 3 de abril de 1982, …", "Forty years
/// ago, on May 28, 1982, …" (a date counted back from publication, then an
/// absolute date of the same year, in the sentences with a stop: the lead, not a
/// headline or a time stamp). A month and day without a year after a date of
/// that year, in any paragraph, are then of that year ("… donde el 19 de marzo
/// …", "El 25 de abril, …"), as an anniversary piece tells its story. Any other
/// first date (today's news, "on Monday", or a past date without "ago") leaves
/// bare dates to the paragraph rules and publication's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StoryYear {
    /// No date of a sentence with a stop read yet, or only a date counted back
    /// to a past year (`years_ago`, that year).
    Open { years_ago: Option<i32> },
    /// The story's year.
    Of(i32),
    /// No story year.
    None,
}

impl StoryYear {
    /// Whether the next date of a sentence with a stop may still decide it.
    fn is_open(self) -> bool {
        matches!(self, StoryYear::Open { .. })
    }

    /// Reads the next date of a sentence with a stop.
    fn read(&mut self, ctx: &Ctx, date: &PartialDate, relative: bool) {
        let StoryYear::Open { years_ago } = *self else {
            return;
        };
        let past = ctx.published.is_some_and(|p| date.year < p.year());
        *self = match (relative, years_ago) {
            (true, None) if past && date.is_year_only() => StoryYear::Open {
                years_ago: Some(date.year),
            },
            (false, Some(year)) if date.year == year => StoryYear::Of(year),
            _ => StoryYear::None,
        };
    }
}

/// Whether `date` is the publication day, told from it ("today", "今天").
fn is_publication_day(ctx: &Ctx, date: &DateMention) -> bool {
    date.relative
        && date.date.is_day()
        && ctx
            .published
            .is_some_and(|published| date.date.first_day() == Some(published))
}

/// The date the story stands at when `prev` was read: `prev`, or, when `prev`
/// is the publication day told from it ("today", "hoy vive en …", "今天滿10
///年"), the last date before it that is not told from publication. A
/// story's "same year" or year is not that of today's anniversary.
fn before_today<'a>(ctx: &Ctx, out: &'a [DateMention], prev: &'a DateMention) -> &'a DateMention {
    if is_publication_day(ctx, prev) {
        out.iter().rev().find(|d| !d.relative).unwrap_or(prev)
    } else {
        prev
    }
}

/// Whether `prev` writes its month ("11月1日", "11월 1일"), rather than being
/// a day word ("昨日") or a day alone.
fn names_its_month(ctx: &Ctx, prev: &DateMention) -> bool {
    let written = &ctx.text[prev.byte_start..prev.byte_end];
    // 月, 월, or a month's name in a Latin script ("15 de agosto").
    written.contains(['月', '월']) || written.chars().any(|c| c.is_alphabetic() && c < '\u{250}')
}

/// Whether the date at `span` ends a range that `prev` starts: only a range
/// word lies between them ("June to September", "June–September",
/// "с июня по сентябрь", "6月から9月", "de junio a septiembre", "Hunyo hanggang
/// Setyembre", "tháng 6 đến tháng 9", "6月至9月").
fn ends_range(ctx: &Ctx, prev: &DateMention, span: &Range<usize>) -> bool {
    const RANGE_WORDS: &[&str] = &[
        "to", "through", "till", "until", "-", "–", "—", "~", "～", "〜", "по", "до", "から", "a",
        "al", "hasta", "hanggang", "đến", "tới", "至", "到", "부터",
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
/// paragraph (or both start their lines: the entries of a chronology), the
/// month and day come after it (or are its day again), and the sentence is not
/// about the future. A past year alone ("それが昭和20年の夏に一変する。8月28日から…")
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
        // The same day again goes on too (a chronology's "11 al 14 de junio",
        // then "14 de junio"); the same month alone does not ("in May 2016 …
        // Since May").
        Some(prev_month) => {
            let (this, before) = (
                (month, day.unwrap_or(1)),
                (prev_month, prev.date.day.unwrap_or(1)),
            );
            this > before || (this == before && day.is_some() && prev.date.day.is_some())
        }
        None => default.is_some_and(|d| d.year < published.year() && prev.date.year < d.year),
    };
    let between = &ctx.text[prev.byte_end..span.start];
    let same_paragraph = !between
        .split('\n')
        .skip(1)
        .any(|line| line.trim().is_empty());
    // A chronology: each entry a paragraph that starts with its date
    // ("19 de marzo de 1982. …" then "2 de abril. …").
    let next_entry =
        starts_its_line(ctx.text, prev.byte_start) && starts_its_line(ctx.text, span.start);
    (same_paragraph || next_entry) && after_prev && !ctx.future(span)
}

/// Whether only spaces or a list's bullet come before byte `at` on its line.
/// (Read back from `at` to the first other character: a long line costs
/// nothing more.)
pub(crate) fn starts_its_line(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .rev()
        .find(|&c| c == '\n' || !(c.is_whitespace() || LIST_BULLETS.contains(&c)))
        .is_none_or(|c| c == '\n')
}

/// For each candidate that is a month (or month and day) without a year, the year
/// of the dated month it is listed with: "August and September 1945", "с июля по
/// сентябрь 1945 года", "agosto y septiembre de 1945", "từ cuối tháng 8 đến đầu tháng 9/1945", "July, August and September 2010" (a month later in the
/// year than the one it is listed with falls in the year before: "December to
/// February 2020").
fn listed_years(ctx: &Ctx, chosen: &[Cand]) -> Vec<Option<i32>> {
    static JOINED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:,|,?\s*and|,?\s*or|to|through|until|и|или|по|до|y|e|o|u|a|al|hasta|та|і|й|або|và|đến|tới|-|–|—)\s*(?:(?:early|late|mid-?|the\s+(?:end|beginning|middle)\s+of|начале|конце|середине|đầu|cuối|giữa)\s*)?$")
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
