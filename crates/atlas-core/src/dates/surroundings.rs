//! What stands around a match in the text: the char before or at a byte, the
//! word before or after it, whether a number stands alone, and a bounded tail
//! of the text before a byte (all on char boundaries).

use std::ops::Range;

use crate::text::floor_char_boundary;
/// The char before `i`.
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The char at `i`.
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// Whether `c` is a digit, ASCII or full-width.
pub(super) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Whether the number span is not part of a longer number ("12018", "1,945", "3.1945").
pub(super) fn number_bounded(text: &str, span: &Range<usize>) -> bool {
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

/// The word right before `i` (lower-cased), skipping white space; a word
/// joined by a hyphen ("mid-") is returned with the hyphen.
pub(super) fn prev_word(text: &str, i: usize) -> String {
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
pub(super) fn next_word(text: &str, i: usize) -> String {
    text[i..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase()
}

/// At most the last `max` bytes of `text[..end]` (cut on a char boundary).
pub(crate) fn tail(text: &str, end: usize, max: usize) -> &str {
    &text[floor_char_boundary(text, end.saturating_sub(max))..end]
}
