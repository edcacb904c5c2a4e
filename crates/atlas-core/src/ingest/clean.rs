//! Text clean-up shared by every format: line endings, spaces, invisible
//! characters, paragraph spacing and the output cap.

use super::MAX_TEXT_BYTES;

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
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    let composed: String;
    let raw = if is_nfc_quick(raw.chars()) == IsNormalized::Yes {
        raw
    } else {
        composed = raw.nfc().collect();
        &composed
    };
    let mut out = String::with_capacity(raw.len().min(cap));
    let mut newlines = 0usize;
    let mut space = false;
    let mut prev_cr = false;
    for c in raw.chars() {
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
