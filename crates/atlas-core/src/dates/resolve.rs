//! The context a text's expressions are resolved in ([`Ctx`]: the text, its
//! publication date, its sentences) and the resolution of expressions relative
//! to the publication date: a month or day without a year, a weekday, a day
//! alone, a month or year counted from publication.

use std::cell::OnceCell;
use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::clauses::{is_future_at, may_speak_of_the_future};
use super::PartialDate;
use crate::language::Languages;

/// A text being searched for dates, with what resolving them needs.
pub(super) struct Ctx<'t> {
    pub(super) text: &'t str,
    /// The languages whose rules and markers run on the text.
    pub(super) languages: Languages,
    pub(super) published: Option<NaiveDate>,
    pub(super) sentences: Vec<Range<usize>>,
    /// Whether the text is Chinese ([`Ctx::is_chinese`]), found on first use.
    pub(super) chinese: OnceCell<bool>,
    /// Per sentence, whether an expression in it may be about the future
    /// ([`may_speak_of_the_future`]), found on first use.
    pub(super) future_in_sentence: Vec<OnceCell<bool>>,
}

impl<'t> Ctx<'t> {
    /// The context of `text` and its `sentences`.
    pub(super) fn new(
        text: &'t str,
        languages: Languages,
        published: Option<NaiveDate>,
        sentences: Vec<Range<usize>>,
    ) -> Ctx<'t> {
        Ctx {
            text,
            languages,
            published,
            future_in_sentence: vec![OnceCell::new(); sentences.len()],
            sentences,
            chinese: OnceCell::new(),
        }
    }

    /// The index of the sentence holding `byte`, if one does.
    fn sentence_index(&self, byte: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= byte);
        self.sentences
            .get(i)
            .is_some_and(|s| s.start <= byte)
            .then_some(i)
    }

    /// The sentence holding `byte` (the whole text if none does).
    pub(super) fn sentence(&self, byte: usize) -> Range<usize> {
        self.sentence_index(byte)
            .map_or(0..self.text.len(), |i| self.sentences[i].clone())
    }

    /// Whether the text is Chinese rather than Japanese: it has Han characters
    /// and no kana. The few words the two languages share with another meaning
    /// (前年: "the year before" in Japanese, "the year before last" in Chinese)
    /// are read by it; a Japanese article always has kana.
    pub(super) fn is_chinese(&self) -> bool {
        *self.chinese.get_or_init(|| {
            let mut han = false;
            for c in self.text.chars().filter(|c| !c.is_ascii()) {
                match c {
                    '\u{3040}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}' => return false,
                    '\u{4E00}'..='\u{9FFF}' => han = true,
                    _ => {}
                }
            }
            han
        })
    }

    /// Whether the expression at `span` is about the future (see
    /// [`is_future_at`]).
    pub(super) fn future(&self, span: &Range<usize>) -> bool {
        let sentence = match self.sentence_index(span.start) {
            Some(i) => {
                let sentence = self.sentences[i].clone();
                let may = self.future_in_sentence[i].get_or_init(|| {
                    may_speak_of_the_future(&self.text[sentence.clone()], self.languages)
                });
                if !*may {
                    return false;
                }
                sentence
            }
            None => 0..self.text.len(),
        };
        is_future_at(self.text, self.languages, sentence, span)
    }
}

/// The publication date, resolved fields: `(year, month, day)`.
pub(super) fn ymd(d: NaiveDate) -> (i32, u32, u32) {
    (d.year(), d.month(), d.day())
}

/// Shifts `month` of `year` by `delta` months.
pub(super) fn shift_month(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let m0 = year * 12 + month as i32 - 1 + delta;
    (m0.div_euclid(12), m0.rem_euclid(12) as u32 + 1)
}

/// A month (and optional day) without a year, resolved against publication.
pub(super) fn resolve_no_year(
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
pub(super) fn resolve_weekday(
    ctx: &Ctx,
    span: &Range<usize>,
    wd: Weekday,
    dir: i32,
) -> Option<PartialDate> {
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

/// A weekday of the week `weeks` weeks from the publication's (weeks run from
/// Monday to Sunday): "上周三" is Wednesday of the week before, whatever day the
/// text was published on.
pub(super) fn weekday_of_week(ctx: &Ctx, weeks: i64, weekday: Weekday) -> Option<PartialDate> {
    let published = ctx.published?;
    let monday = published.checked_sub_signed(Duration::days(i64::from(
        published.weekday().num_days_from_monday(),
    )))?;
    let offset = 7 * weeks + i64::from(weekday.num_days_from_monday());
    monday
        .checked_add_signed(Duration::days(offset))
        .map(PartialDate::from_date)
}

/// Japanese "14日" alone: a day of the publication month (see the module docs).
pub(super) fn resolve_day_only(ctx: &Ctx, span: &Range<usize>, day: u32) -> Option<PartialDate> {
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
pub(super) fn month_offset(ctx: &Ctx, delta: i32) -> Option<PartialDate> {
    let p = ctx.published?;
    let (y, m) = shift_month(p.year(), p.month(), delta);
    PartialDate::from_year_month(y, m)
}

/// The year relative to publication.
pub(super) fn year_offset(ctx: &Ctx, delta: i32) -> Option<i32> {
    Some(ctx.published?.year() + delta)
}
