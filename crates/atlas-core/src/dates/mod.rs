//! Date expressions in English, Russian, Japanese, Chinese, Korean, Ukrainian,
//! Spanish, Vietnamese and Filipino text.
//!
//! [`find_dates`] returns every date expression of a text, absolute ("November
//! 1, 2010", "1 ноября 2010 года", "2010年11月1日", "昭和20年") or relative to the
//! publication date ("on Monday", "last year", "в августе", "14日"). Matches are
//! non-overlapping and leftmost-longest: "November 1, 2010" is one expression,
//! not a month-day plus a year.
//!
//! Choices made (documented here because they are judgement calls):
//!
//! - A bare four-digit number is a year only between 1500 and 2100 and only in
//!   a context that makes it a year: after a preposition or article ("in 1945",
//!   "since 1945", "the 1956 Joint Declaration", "mid-1945", Russian "в 1945"),
//!   before a noun such as "treaty", "declaration", "visit", "summit", "war"
//!   ("1855 treaty"), inside parentheses ("(1945)"), after another year in a
//!   range ("1945 and 1956", "1945–1956"), or with a year word ("1945 году",
//!   "1945 г.", "1945年"). Quantities ("in 2000 troops", "$2018", "1,945") are
//!   not years.
//! - A bare year that starts a range of years ("for 2016-2025") or a timeline
//!   entry at the start of a line ("1875: Japan cedes ...") is a year.
//! - A date expression never runs over a line break, as a sentence does not:
//!   "planned for July.\n\nLast year" is a month and a year, not July of
//!   last year.
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
//! - Chinese shares its characters with Japanese: the Japanese rules read
//!   "2012年9月11日", "11日", "去年" in Chinese text too, and the words whose
//!   meaning differs ("前年": the year before in Japanese, the year before last
//!   in Chinese) are read as Chinese only in text with Han and no kana.
//!   "民國113年" is a year of the Republic of China (2024). "當年" (that year),
//!   "隔年1月24日" and "次年" (the year after) count from the previous date
//!   expression, as "同年" and "翌年３月" do in Japanese.
//! - Korean "지난 3일" is the 3rd just past (of the month before if the 3rd is
//!   after publication), "오는 15일" the 15th to come; "지난주 화요일" and
//!   Chinese "上周三" are days of the calendar week (Monday to Sunday) before
//!   publication's.
//! - Numeric dates: ISO `2010-11-01` (also `2010/11/01`, `2010.11.01`) and
//!   day-first `1.11.2010`. Slashed day-month-year is ambiguous and skipped.
//!
//! How the parts fit: `rules` runs every rule's regex over the text and turns
//! matches into candidates (each language's rules and month and weekday words
//! in its own module, `rules/en.rs`, `rules/ru.rs`, `rules/ja.rs`,
//! `rules/zh.rs`, `rules/ko.rs`, the
//! language-independent ones in `rules/common.rs`); [`find_dates`] keeps the
//! leftmost-longest of overlapping candidates; `anchor` takes the year (or
//! month) of a loose one from the expressions before it; a weekday next to the
//! date it names is dropped. `resolve` resolves expressions against the
//! publication date, `clauses` says whether an expression is about the
//! future, and [`PartialDate`] (in `partial_date.rs`) is the date type with its
//! one string form.
//!
//! Adding a language: a module `rules/xx.rs` with its words and a `rules()`
//! function that returns its patterns and rule functions (reusing the shared
//! ones of `rules` where the shape is the same), one line in
//! `rules::LANGUAGES`, and its tests in that module.

use std::cmp::Reverse;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::language::{detect_languages, Languages};
use crate::sentences::sentence_spans;
use crate::web_addresses::Addresses;

#[cfg(test)]
mod expect;

mod anchor;
mod clauses;
mod partial_date;
mod resolve;
pub(crate) mod rules;
pub(crate) mod surroundings;

pub(crate) use anchor::starts_its_line;
use anchor::{anchor, Cand};
pub use partial_date::PartialDate;
use resolve::Ctx;

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
    let (_, languages) = detect_languages(text);
    find_dates_in_sentences(
        &Addresses::of(text),
        languages,
        published,
        sentence_spans(text),
    )
}

/// [`find_dates`] with the text's [`Languages`] and [`sentence_spans`] already
/// at hand, on the text of `addresses` (its web addresses, shared with the linker).
pub(crate) fn find_dates_in_sentences(
    addresses: &Addresses,
    languages: Languages,
    published: Option<NaiveDate>,
    sentences: Vec<Range<usize>>,
) -> Vec<DateMention> {
    let text = addresses.text();
    let ctx = Ctx::new(text, languages, published, sentences);
    let mut cands = rules::candidates(&ctx);
    if !cands.is_empty() {
        // "…/2025/06/10/…": part of a web address.
        cands.retain(|c| !addresses.overlap(&c.span));
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
        Regex::new(&format!(
            r"(?i)^(?:on\s+|в\s+|во\s+)?(?:{}|{})$",
            rules::en::WEEKDAYS.join("|"),
            rules::ru::WEEKDAYS.join("|")
        ))
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

/// Whether `sentence` speaks of the future or of plans ("will", "plans to",
/// "будет", "состоится", "予定", "方針", "来年" ...).
/// Only the markers of `languages` are looked for.
pub(crate) fn is_future_sentence(sentence: &str, languages: Languages) -> bool {
    clauses::speaks_of_the_future(sentence, languages)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::dates::expect::pubdate;

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

    #[test]
    fn no_date_runs_over_a_line_break() {
        // A line break ends a sentence, and so it ends any date expression:
        // "July.\n\nLast year" holds a month and a year of their own.
        let text = "The next visit is planned for July.\n\nLast year, the first tourists came.";
        let found = crate::dates::expect::found(text, pubdate("2019-06-05"));
        let expressions: Vec<_> = found
            .iter()
            .map(|(e, d, _)| (e.as_str(), d.as_str()))
            .collect();
        assert_eq!(expressions, [("July", "2019-07"), ("Last year", "2018")]);
        let wrapped = "Signed on 12 июля 2019\nгода in Moscow.";
        let spans = find_dates(wrapped, None);
        assert_eq!(spans.len(), 1);
        assert_eq!(
            &wrapped[spans[0].byte_start..spans[0].byte_end],
            "12 июля 2019"
        );
    }

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
        assert!(is_future_sentence(
            "The summit will be held in Tokyo.",
            Languages::ALL
        ));
        assert!(is_future_sentence(
            "Встреча состоится в Москве.",
            Languages::ALL
        ));
        assert!(is_future_sentence("首相は訪問する予定だ。", Languages::ALL));
        assert!(!is_future_sentence(
            "The summit was held in Tokyo.",
            Languages::ALL
        ));
        assert!(!is_future_sentence(
            "漁は予定どおり行われた。",
            Languages::ALL
        ));
        assert!(is_future_sentence(
            "В октябре исполнится 70 лет декларации.",
            Languages::ALL
        ));
        assert!(is_future_sentence(
            "Новый причал откроется летом.",
            Languages::ALL
        ));
        assert!(!is_future_sentence(
            "The talks went ahead as scheduled.",
            Languages::ALL
        ));
        assert!(is_future_sentence(
            "予定どおりなら、来月に再開する予定だ。",
            Languages::ALL
        ));
    }
}
