//! Date expressions in English, Russian and Japanese text.
// PLACEHOLDER: the dates helper replaces this file.
use chrono::NaiveDate;

/// A calendar date at the precision the text gives: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month, 1–12, when the text gives one.
    pub month: Option<u32>,
    /// The day of the month, when the text gives one (only with a month).
    pub day: Option<u32>,
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
pub fn find_dates(_text: &str, _published: Option<NaiveDate>) -> Vec<DateMention> {
    unimplemented!()
}
