//! Sentence boundaries in English, Russian and Japanese text.
// PLACEHOLDER: the dates helper replaces this file.
use std::ops::Range;

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space.
pub fn sentence_spans(_text: &str) -> Vec<Range<usize>> {
    unimplemented!()
}
