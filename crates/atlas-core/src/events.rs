//! Dated events: sentences with a date and at least one linked place.
// PLACEHOLDER: the dates helper replaces this file.
use chrono::NaiveDate;

use crate::dates::PartialDate;
use crate::linker::Mention;

/// One event an article reports.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Event {
    /// When, at the precision the text gives (serialized as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub date: PartialDate,
    /// Place ids in order of first mention (sub-places followed by their island).
    pub places: Vec<String>,
    /// The sentence (or clause) that reports it.
    pub sentence: String,
    /// Character offset of the sentence in the article text.
    pub start: usize,
    /// Character end offset of the sentence.
    pub end: usize,
    /// Whether the date was resolved against the publication date.
    pub relative: bool,
    /// Whether the event is planned or expected rather than reported as having happened.
    pub planned: bool,
}

/// The events of `text`, given its mentions and publication date.
pub fn extract_events(
    _text: &str,
    _mentions: &[Mention],
    _published: Option<NaiveDate>,
) -> Vec<Event> {
    unimplemented!()
}
