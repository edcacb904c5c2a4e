//! Offsets into text: byte offsets (what Rust slices with) and character
//! offsets (Unicode scalar values, what the CLI and the UI report).

/// Converts byte offsets of one text into character offsets.
///
/// Offsets must be asked for in non-decreasing order for the fast path; any
/// order works, earlier ones just rescan.
#[derive(Debug)]
pub struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    /// Starts at the beginning of `text`.
    pub fn new(text: &'t str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of `byte` (which must be on a char boundary).
    pub fn char_at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// The character offset of `byte` in `text`.
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// The byte offset of character offset `chars` in `text` (the text's length if past the end).
pub fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map(|(b, _)| b)
        .unwrap_or(text.len())
}

/// The characters `start..end` (character offsets, as mentions and excerpts
/// give them) of `text`; offsets past the end are cut to it.
pub fn char_span(text: &str, start: usize, end: usize) -> &str {
    let from = byte_offset(text, start);
    let to = from + byte_offset(&text[from..], end.saturating_sub(start));
    &text[from..to]
}

/// The quotation marks and brackets that close what they open.
pub(crate) const CLOSING_MARKS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '」', '』', '）'];

/// Whether `sentence` ends with a sentence stop (before closing quotes or
/// brackets): a headline, a kicker, a byline or a time stamp has none.
pub(crate) fn ends_with_stop(sentence: &str) -> bool {
    sentence
        .trim_end()
        .trim_end_matches(CLOSING_MARKS)
        .ends_with(['.', '。', '!', '?', '！', '？', '．'])
}

/// The bullets a list item may start with ("- ", "• ", "* ").
pub(crate) const LIST_BULLETS: &[char] = &['-', '–', '—', '•', '*', '·'];

/// Whether `rest` starts with a dash between spaces (" – ", " - ", " — "), as
/// a timeline's entry or a chronology's line puts one after its date.
pub(crate) fn starts_with_spaced_dash(rest: &str) -> bool {
    rest.strip_prefix([' ', '\u{a0}'])
        .and_then(|r| r.strip_prefix(['-', '–', '—']))
        .is_some_and(|r| r.starts_with([' ', '\u{a0}']))
}

/// What comes before the last word of `text` and that word (its trailing
/// letters; empty when `text` ends with anything else): ("в ", "аэропорта") of
/// "в аэропорта", ("hanggang ", "sa") of "hanggang sa".
pub(crate) fn last_word(text: &str) -> (&str, &str) {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(text.len(), |(i, _)| i);
    (&text[..start], &text[start..])
}

/// The greatest char boundary of `text` at or before `i` (its length past the end).
pub(crate) fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The least char boundary of `text` at or after `i` (its length past the end).
pub(crate) fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spaced_dash_is_a_dash_between_spaces() {
        assert!(starts_with_spaced_dash(" – RAF Mount Pleasant opens."));
        assert!(starts_with_spaced_dash("\u{a0}- entry"));
        assert!(!starts_with_spaced_dash("–1956"));
        assert!(!starts_with_spaced_dash(" -1956"));
        assert!(!starts_with_spaced_dash(": entry"));
    }

    #[test]
    fn the_last_word_is_its_trailing_letters() {
        assert_eq!(last_word("в аэропорта"), ("в ", "аэропорта"));
        assert_eq!(last_word("until "), ("until ", ""));
        assert_eq!(last_word("1945"), ("1945", ""));
        assert_eq!(last_word(""), ("", ""));
    }

    #[test]
    fn converts_non_ascii_offsets() {
        let text = "Остров 国後島 and Kunashir";
        let byte = text.find("Kunashir").unwrap();
        let mut offsets = CharOffsets::new(text);
        assert_eq!(offsets.char_at(0), 0);
        assert_eq!(offsets.char_at(byte), 15);
        assert_eq!(char_offset(text, byte), 15);
        assert_eq!(byte_offset(text, 15), byte);
        assert_eq!(offsets.char_at(text.find("国").unwrap()), 7);
    }

    #[test]
    fn char_span_counts_characters_not_bytes() {
        let text = "北方領土の国後島 and Kunashir";
        assert_eq!(char_span(text, 5, 8), "国後島");
        assert_eq!(char_span(text, 13, 21), "Kunashir");
        assert_eq!(char_span(text, 13, 99), "Kunashir");
        assert_eq!(char_span(text, 30, 40), "");
    }
}
