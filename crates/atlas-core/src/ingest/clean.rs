//! Text clean-up shared by every format: line endings, spaces, invisible
//! characters, paragraph spacing and the output cap.

use super::MAX_TEXT_BYTES;
use crate::text::floor_char_boundary;

/// What a character becomes in clean text.
enum Class {
    /// Kept as is.
    Keep(char),
    /// A space (any Unicode space, tab).
    Space,
    /// A line break.
    Newline,
    /// A paragraph break (form feed, U+2029).
    Paragraph,
    /// Dropped (controls, zero-width and bidi format characters).
    Drop,
}

fn classify(c: char) -> Class {
    // Most letters of the scripts articles are written in (Latin with
    // diacritics, Cyrillic; kana, CJK, Hangul): none of the cases below.
    if matches!(c, '\u{00AE}'..='\u{167F}' | '\u{3001}'..='\u{FEFE}') {
        return Class::Keep(c);
    }
    match c {
        '\n' | '\r' | '\u{0085}' | '\u{2028}' => Class::Newline,
        '\u{000C}' | '\u{2029}' => Class::Paragraph,
        ' '
        | '\t'
        | '\u{000B}'
        | '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Class::Space,
        // Zero-width and invisible formatting characters.
        '\u{00AD}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => Class::Drop,
        c if c.is_control() => Class::Drop,
        c => Class::Keep(c),
    }
}

/// Cleans `raw` into article text.
///
/// The text is put in Unicode normal form C first, so a letter and its accents
/// written apart (Vietnamese from windows-1258, text copied from some PDFs)
/// become the one character the aliases and rules are written with. Line endings become `\n`; Unicode spaces and tabs become one plain space
/// (runs collapse, lines are trimmed); zero-width characters and control
/// characters other than `\n` are removed; paragraphs are separated by exactly
/// one blank line; the result is trimmed and capped at [`MAX_TEXT_BYTES`] (cut at
/// a character boundary).
pub(crate) fn clean_text(raw: &str) -> String {
    clean_text_capped(raw, MAX_TEXT_BYTES)
}

/// [`clean_text`] with an explicit cap in bytes.
pub(crate) fn clean_text_capped(raw: &str, cap: usize) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization};
    let composed: String;
    let raw = if nfc_quick_check(raw) == IsNormalized::Yes {
        raw
    } else {
        composed = raw.nfc().collect();
        &composed
    };
    let mut out = String::with_capacity(raw.len().min(cap));
    let mut newlines = 0usize;
    let mut space = false;
    let mut prev_cr = false;
    let mut at = 0;
    while let Some(c) = raw[at..].chars().next() {
        at += c.len_utf8();
        let class = classify(c);
        // "\r\n" is one line break.
        let is_lf_after_cr = c == '\n' && prev_cr;
        prev_cr = c == '\r';
        match class {
            Class::Newline => {
                if !is_lf_after_cr {
                    newlines += 1;
                }
                space = false;
            }
            Class::Paragraph => {
                newlines += 2;
                space = false;
            }
            Class::Space => {
                if newlines == 0 && !out.is_empty() {
                    space = true;
                }
            }
            Class::Drop => {}
            Class::Keep(c) => {
                let sep = if out.is_empty() {
                    ""
                } else if newlines >= 2 {
                    "\n\n"
                } else if newlines == 1 {
                    "\n"
                } else if space {
                    " "
                } else {
                    ""
                };
                // The characters kept from here on, as they are: copied at once.
                let start = at - c.len_utf8();
                let end = kept_run_end(raw, at);
                let room = cap.saturating_sub(out.len() + sep.len());
                let fits = floor_char_boundary(raw, end.min(start + room));
                if fits == start {
                    break;
                }
                out.push_str(sep);
                if fits < end {
                    // A space or a line break is written only with the
                    // character after it.
                    out.push_str(raw[start..fits].trim_end_matches([' ', '\n']));
                    break;
                }
                out.push_str(&raw[start..fits]);
                at = end;
                newlines = 0;
                space = false;
            }
        }
    }
    out
}

/// What [`kept_run_end`] makes of a byte.
#[derive(Clone, Copy)]
enum RunByte {
    /// Printable ASCII, a continuation byte, or the lead byte of a character
    /// that [`classify`] keeps whatever follows: U+00C0–U+0FFF, U+4000–U+EFFF
    /// (CJK, Hangul) and the planes above.
    Kept,
    /// A space.
    Space,
    /// A line break.
    Newline,
    /// Any other character: [`classify`] is asked.
    Other,
}

/// [`RunByte`] by byte.
const RUN_BYTES: [RunByte; 256] = {
    let mut table = [RunByte::Other; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = match byte as u8 {
            b' ' => RunByte::Space,
            b'\n' => RunByte::Newline,
            0x21..=0x7E | 0x80..=0xBF | 0xC3..=0xDF | 0xE0 | 0xE4..=0xEE | 0xF0..=0xF4 => {
                RunByte::Kept
            }
            _ => RunByte::Other,
        };
        byte += 1;
    }
    table
};

/// The end of the run of characters that [`classify`] keeps, in `text` from
/// `at`, with what the clean-up writes as it is between two of them: a single
/// plain space, one line break or two. Bytes are told by [`RUN_BYTES`], and
/// only the characters it cannot tell are decoded.
fn kept_run_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    let class_at = |at: usize| bytes.get(at).map(|&b| RUN_BYTES[usize::from(b)]);
    let is_kept_at = |at: usize| match class_at(at) {
        Some(RunByte::Kept) => true,
        Some(RunByte::Other) => text[at..]
            .chars()
            .next()
            .is_some_and(|c| matches!(classify(c), Class::Keep(_))),
        _ => false,
    };
    loop {
        at += bytes[at..]
            .iter()
            .position(|&b| !matches!(RUN_BYTES[usize::from(b)], RunByte::Kept))
            .unwrap_or(bytes.len() - at);
        match class_at(at) {
            Some(RunByte::Space) if is_kept_at(at + 1) => at += 1,
            Some(RunByte::Newline) => {
                let breaks = if bytes.get(at + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                if !is_kept_at(at + breaks) {
                    return at;
                }
                at += breaks;
            }
            Some(RunByte::Other) if is_kept_at(at) => at += utf8_len(bytes[at]),
            // The end of the text, or what ends the run.
            _ => return at,
        }
    }
}

/// The length of the UTF-8 sequence that starts with `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    }
}

/// [`unicode_normalization::is_nfc_quick`] on `text`, with the characters of
/// the scripts articles are written in (Latin, Cyrillic, kana, CJK, Hangul,
/// their punctuation and full-width forms) passed as ASCII: like ASCII, each is
/// a starter (canonical combining class 0) that is allowed in NFC, and the
/// quick check does the same with all of them, skipping the two table lookups.
fn nfc_quick_check(text: &str) -> unicode_normalization::IsNormalized {
    if all_nfc_starters(text) {
        return unicode_normalization::IsNormalized::Yes;
    }
    unicode_normalization::is_nfc_quick(
        text.chars()
            .map(|c| if is_nfc_starter(c) { 'a' } else { c }),
    )
}

/// Whether every character of `text` is ASCII or one of [`NFC_STARTERS`]
/// (then the text is in NFC). The commonest letters are told by their lead
/// byte (Latin with diacritics, Cyrillic, most CJK and Hangul), the others
/// looked up.
fn all_nfc_starters(text: &str) -> bool {
    /// The bytes passed over: ASCII, continuation bytes, and the lead bytes
    /// of U+00C0–U+02FF, U+0400–U+047F, U+04C0–U+04FF, U+5000–U+9FFF and
    /// U+B000–U+CFFF.
    const PASSED: [bool; 256] = {
        let mut table = [false; 256];
        let mut byte = 0;
        while byte < 256 {
            table[byte] = matches!(
                byte as u8,
                0x00..=0xBF | 0xC3..=0xCB | 0xD0 | 0xD1 | 0xD3 | 0xE5..=0xE9 | 0xEB | 0xEC
            );
            byte += 1;
        }
        table
    };
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        at += bytes[at..]
            .iter()
            .position(|&b| !PASSED[usize::from(b)])
            .unwrap_or(bytes.len() - at);
        let Some(c) = text[at..].chars().next() else {
            return true;
        };
        if !is_nfc_starter(c) {
            return false;
        }
        at += c.len_utf8();
    }
}

/// Ranges of characters that are all starters allowed in NFC, in order and
/// apart (the test `nfc_starters_are_starters_allowed_in_nfc` checks every
/// character and the order).
const NFC_STARTERS: &[(char, char)] = &[
    ('\u{00A0}', '\u{02FF}'),
    ('\u{0400}', '\u{0482}'),
    ('\u{048A}', '\u{04FF}'),
    ('\u{1E00}', '\u{1EFF}'),
    ('\u{2010}', '\u{206F}'),
    ('\u{3000}', '\u{3029}'),
    ('\u{3030}', '\u{3098}'),
    ('\u{309B}', '\u{30FF}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{AC00}', '\u{D7A3}'),
    ('\u{FF01}', '\u{FFEE}'),
];

/// [`NFC_STARTERS`] as one bit per character of the Basic Multilingual
/// Plane (8 KB): a lookup per character instead of a search of the ranges.
static NFC_STARTER_BITS: std::sync::LazyLock<Box<[u64; 1024]>> = std::sync::LazyLock::new(|| {
    let mut bits = Box::new([0u64; 1024]);
    for &(first, last) in NFC_STARTERS {
        for c in u32::from(first)..=u32::from(last) {
            bits[(c / 64) as usize] |= 1 << (c % 64);
        }
    }
    bits
});

/// Whether `c` lies in one of [`NFC_STARTERS`].
fn is_nfc_starter(c: char) -> bool {
    let c = u32::from(c);
    NFC_STARTER_BITS
        .get((c / 64) as usize)
        .is_some_and(|word| word & (1 << (c % 64)) != 0)
}

/// Cleans a one-line value (a title, a source): all whitespace collapses to
/// single spaces; `None` when nothing is left.
pub(crate) fn clean_line(raw: &str) -> Option<String> {
    let s = clean_text_capped(raw, 4096).replace('\n', " ");
    let s: String = s
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!s.is_empty()).then_some(s)
}

/// Truncates `s` to at most `max_chars` characters, at a word boundary when one
/// is near, and adds an ellipsis when it cut.
pub(crate) fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_string();
    }
    let cut: String = s.chars().take(max_chars.saturating_sub(1)).collect();
    let trimmed = match cut.rfind(' ') {
        Some(i) if cut[..i].chars().count() > max_chars / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", trimmed.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_line_endings_and_paragraphs() {
        let raw = "  Title \r\n\r\n\r\n\r\nFirst  line\rsecond\tline \n \n\n Next ";
        assert_eq!(clean_text(raw), "Title\n\nFirst line\nsecond line\n\nNext");
    }

    #[test]
    fn spaces_and_invisibles() {
        let raw = "Kuna\u{200B}shir\u{00A0}\u{00A0}island\u{3000}is \u{202E}here\u{0007}.\u{FEFF}";
        assert_eq!(clean_text(raw), "Kunashir island is here.");
    }

    #[test]
    fn form_feed_is_a_paragraph_break() {
        assert_eq!(
            clean_text("page one\u{000C}page two"),
            "page one\n\npage two"
        );
    }

    #[test]
    fn whitespace_only_is_empty() {
        assert_eq!(clean_text(" \n\t\r\n\u{00A0}\u{200B}"), "");
    }

    #[test]
    fn cap_cuts_at_a_char_boundary() {
        let s = "ж".repeat(10);
        let c = clean_text_capped(&s, 7);
        assert_eq!(c, "жжж");
        let long = "a".repeat(100);
        assert_eq!(clean_text_capped(&long, 10).len(), 10);
    }

    #[test]
    fn huge_single_line() {
        let s = "Kunashir ".repeat(1_200_000); // ~10.8 MB
        let c = clean_text(&s);
        assert!(c.len() <= MAX_TEXT_BYTES);
        assert!(c.starts_with("Kunashir Kunashir"));
    }

    #[test]
    fn nfc_starters_are_starters_allowed_in_nfc() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        assert!(NFC_STARTERS.windows(2).all(|w| w[0].1 < w[1].0));
        assert!(!is_nfc_starter('\u{9F}') && !is_nfc_starter('\u{300}'));
        assert!(is_nfc_starter('\u{A0}') && is_nfc_starter('\u{D7A3}'));
        for &(first, last) in NFC_STARTERS {
            for c in first..=last {
                assert!(is_nfc_starter(c));
                assert_eq!(canonical_combining_class(c), 0, "{c:?} is not a starter");
                assert_eq!(
                    is_nfc_quick(std::iter::once(c)),
                    IsNormalized::Yes,
                    "{c:?} is not always allowed in NFC"
                );
            }
        }
    }

    #[test]
    fn characters_told_by_their_lead_bytes_are_as_classify_and_the_table_say() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            if matches!(RUN_BYTES[usize::from(lead)], RunByte::Kept) {
                assert!(matches!(classify(c), Class::Keep(_)), "{c:?} is not kept");
            }
            assert_eq!(
                all_nfc_starters(c.encode_utf8(&mut buf)),
                c.is_ascii() || is_nfc_starter(c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn runs_of_words_and_breaks_match_the_clean_up_by_characters() {
        // Mostly what runs are made of (letters, single spaces and line
        // breaks), with the near misses that end them.
        const ALPHABET: &[&str] = &[
            "a", "Z", "é", "ж", "の", "島", "독", "«", "“", "。", " ", " ", "\n", "\n\n", "\n\n\n",
            "\u{A0}", "\u{3000}", "\u{301}", "\u{200B}", "\r\n", "\t",
        ];
        agrees_with_the_clean_up_by_characters(ALPHABET, 7, 16, 40);
    }

    /// Random texts of up to `max_len` pieces of `alphabet`, cleaned with a
    /// random cap under `max_cap` and with the largest: as by characters.
    fn agrees_with_the_clean_up_by_characters(
        alphabet: &[&str],
        seed: u64,
        max_len: usize,
        max_cap: usize,
    ) {
        let mut rng = crate::test_random::Rng::new(seed);
        for _ in 0..50_000 {
            let len = rng.below(max_len);
            let text: String = (0..len).map(|_| *rng.pick(alphabet)).collect();
            let cap = rng.below(max_cap);
            assert_eq!(
                clean_text_capped(&text, cap),
                clean_text_by_characters(&text, cap),
                "{text:?} capped at {cap}"
            );
            assert_eq!(
                clean_text(&text),
                clean_text_by_characters(&text, MAX_TEXT_BYTES),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_quick_check_agrees_with_the_crates() {
        use unicode_normalization::is_nfc_quick;
        let texts = [
            "qua\u{0302}\u{0300}n đa\u{0309}o",
            "Кунашир и Итуруп\u{0301}",
            "択捉島\u{3099}と国後島",
            "e\u{0301}\u{0327} e\u{0327}\u{0301} Å Å",
            "독도는 한국 땅\u{11A8}",
            "plain ASCII",
        ];
        for text in texts {
            assert_eq!(
                nfc_quick_check(text),
                is_nfc_quick(text.chars()),
                "{text:?}"
            );
        }
    }

    /// The clean-up one character at a time, as it was written before runs
    /// of kept characters were copied at once: the oracle of the test below.
    fn clean_text_by_characters(raw: &str, cap: usize) -> String {
        use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
        let composed: String;
        let raw = if is_nfc_quick(raw.chars()) == IsNormalized::Yes {
            raw
        } else {
            composed = raw.nfc().collect();
            &composed
        };
        let mut out = String::new();
        let (mut newlines, mut space, mut prev_cr) = (0usize, false, false);
        for c in raw.chars() {
            let is_lf_after_cr = c == '\n' && prev_cr;
            prev_cr = c == '\r';
            match classify(c) {
                Class::Newline => {
                    newlines += usize::from(!is_lf_after_cr);
                    space = false;
                }
                Class::Paragraph => {
                    newlines += 2;
                    space = false;
                }
                Class::Space => space |= newlines == 0 && !out.is_empty(),
                Class::Drop => {}
                Class::Keep(c) => {
                    let sep = match (out.is_empty(), newlines, space) {
                        (true, _, _) => "",
                        (_, 2.., _) => "\n\n",
                        (_, 1, _) => "\n",
                        (_, _, true) => " ",
                        _ => "",
                    };
                    if out.len() + sep.len() + c.len_utf8() > cap {
                        break;
                    }
                    out.push_str(sep);
                    out.push(c);
                    newlines = 0;
                    space = false;
                }
            }
        }
        out
    }

    #[test]
    fn matches_the_clean_up_by_characters_on_random_text() {
        // Kept characters of each script, every class of space, break and
        // invisible character, and accents written apart.
        const ALPHABET: &[&str] = &[
            "a", "Z", "~", "é", "ư", "ж", "の", "島", "독", "９", "ℌ", "\u{FB01}", " ", "\t",
            "\u{A0}", "\u{3000}", "\u{2003}", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}",
            "\u{C}", "\u{B}", "\u{AD}", "\u{200B}", "\u{202E}", "\u{FEFF}", "\u{7}", "\u{7F}",
            "\u{301}", "\u{327}", "\u{3099}", "\u{11A8}", "e\u{301}", "\u{2000}", "\u{F900}",
        ];
        agrees_with_the_clean_up_by_characters(ALPHABET, 1, 30, 48);
    }

    #[test]
    fn letters_and_accents_written_apart_are_composed() {
        // "quần đảo" with its tones as combining marks, as windows-1258 writes them.
        let decomposed = "qua\u{0302}\u{0300}n đa\u{0309}o";
        assert_eq!(clean_text(decomposed), "quần đảo");
    }

    #[test]
    fn clean_line_and_shorten() {
        assert_eq!(clean_line("  a \n b\t c ").as_deref(), Some("a b c"));
        assert_eq!(clean_line(" \n "), None);
        assert_eq!(shorten("abc", 5), "abc");
        let s = shorten("word word word word word", 12);
        assert!(s.chars().count() <= 12, "{s}");
        assert!(s.ends_with('…'));
    }
}
