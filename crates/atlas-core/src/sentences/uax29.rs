//! The Unicode sentence boundaries of UAX #29 in a line, computed only where a
//! sentence can end.
//!
//! [`unicode_segmentation`] looks up every character's sentence category in a
//! table: on a news article that was a sixth of the whole analysis. Yet every
//! UAX #29 boundary inside a line follows a terminator (`.`, `!`, `?`, `。`, …),
//! and each of its rules looks only a little way around one: back over the
//! terminator's letter (SB7), forward over closing punctuation and spaces
//! (SB8a–SB11) and, after a full stop, over everything that is not a letter to
//! the first letter (SB8). So the line is cut into windows, each from a safe
//! cut before a possible terminator to a safe cut after it, and only the windows
//! are segmented; the text between them has no boundary.
//!
//! A *safe cut* lies between a letter and a letter or a space (see
//! [`is_plain_letter`]). No rule reaches across it: a rule's look-back starts at
//! a terminator, which is neither, and its look-ahead stops at the first letter,
//! which comes before the cut. Nor is a safe cut ever a boundary, as a boundary
//! follows terminators, closing punctuation or spaces, never a letter. The
//! `matches_unicode_segmentation_*` tests hold this to the whole-line result on
//! every annotated article and on random text built of the characters that
//! matter.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// The byte ranges of `line`'s UAX #29 sentences, relative to the line, in order;
/// together they cover the line.
pub(super) fn sentence_ranges(line: &str) -> Vec<Range<usize>> {
    let mut boundaries = Vec::new();
    // The window being collected (it starts at a safe cut or the line's start),
    // and the last safe cut seen outside a window.
    let mut window: Option<usize> = None;
    let mut last_cut = 0;
    let mut after_letter = false;
    for (i, c) in line.char_indices() {
        // ASCII first: most characters of most lines are.
        let letter = if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            is_plain_letter(c)
        };
        if after_letter && (letter || c == ' ') {
            if let Some(start) = window.take() {
                boundaries_in(line, start..i, &mut boundaries);
            }
            last_cut = i;
        }
        if window.is_none() && !letter && may_end_sentence(c) {
            window = Some(last_cut);
        }
        after_letter = letter;
    }
    if let Some(start) = window {
        boundaries_in(line, start..line.len(), &mut boundaries);
    }
    let mut ranges = Vec::with_capacity(boundaries.len() + 1);
    let mut start = 0;
    for boundary in boundaries {
        ranges.push(start..boundary);
        start = boundary;
    }
    if start < line.len() {
        ranges.push(start..line.len());
    }
    ranges
}

/// Appends the boundaries inside `window` of `line` (not at its ends).
fn boundaries_in(line: &str, window: Range<usize>, out: &mut Vec<usize>) {
    let text = &line[window.clone()];
    out.extend(
        text.split_sentence_bound_indices()
            .map(|(offset, _)| offset)
            .filter(|&offset| offset > 0)
            .map(|offset| window.start + offset),
    );
}

/// Whether `c` may be a sentence terminator (UAX #29 `STerm` or `ATerm`): in
/// ASCII only `.`, `!` and `?` are; beyond it, any character that is not a
/// letter, a digit or a space is taken to be one (a few more windows, never a
/// missed boundary).
fn may_end_sentence(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '.' | '!' | '?')
    } else {
        !c.is_alphanumeric() && !c.is_whitespace()
    }
}

/// Whether `c` is a letter whose sentence category is plainly a letter one
/// (`Upper`, `Lower` or `OLetter`, never `Extend` or `Format`), in the scripts
/// the app reads: Latin (with Vietnamese), Cyrillic, kana, CJK ideographs and
/// Hangul syllables. Other letters simply make no safe cut.
fn is_plain_letter(c: char) -> bool {
    matches!(c,
        'a'..='z'
        | 'A'..='Z'
        | '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{24F}'
        | '\u{400}'..='\u{481}'
        | '\u{48A}'..='\u{4FF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences as [`unicode_segmentation`] gives them for the whole line.
    fn whole_line(line: &str) -> Vec<Range<usize>> {
        line.split_sentence_bound_indices()
            .map(|(offset, s)| offset..offset + s.len())
            .collect()
    }

    fn assert_same(line: &str) {
        assert_eq!(sentence_ranges(line), whole_line(line), "in {line:?}");
    }

    #[test]
    fn matches_unicode_segmentation_on_examples() {
        for line in [
            "",
            "One sentence without an end",
            "Mr. Smith went to Washington. He said no! Did he? Yes.",
            "U.S. forces left. The talks ended at 3 p.m. on Monday.",
            "\"Stop!\" he said. (See p. 5.) Then: 2,000 troops.",
            "Министр посетил Кунашир. «Это наша земля», — сказал он… Затем уехал.",
            "政府は抗議した。「反対だ！」と述べた。北方領土の問題だ",
            "정부는 밝혔다. \"우리 땅이다.\"라고 말했다. 2024. 9. 11. 순시선을",
            "Trung Quốc đã xây dựng. Ông nói: \"Không!\" Sau đó...",
            "etc.  (see below) and. 'quoted.' ¿Qué? ¡Sí! fin.",
            "a.b.c. d.e. F.G. 1.2. x.\u{AD}Y \u{200B}. Z",
        ] {
            assert_same(line);
        }
    }

    #[test]
    fn matches_unicode_segmentation_on_random_text() {
        // Letters of each script, terminators, closing marks, spaces, digits,
        // format and combining characters: all that the rules look at.
        const ALPHABET: &[&str] = &[
            "a", "b", "Z", "é", "ư", "ж", "Ж", "ї", "の", "ア", "島", "독", "ー", "1", "９", " ",
            "  ", "\t", "\u{A0}", ".", "!", "?", "。", "！", "？", "．", "…", ",", "、", ";", ":",
            "\"", "'", "”", "»", "«", "」", "『", ")", "(", "）", "-", "—", "\u{AD}", "\u{200B}",
            "\u{301}", "\u{483}", "¿", "¡", "·",
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            let line: String = (0..len)
                .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
                .collect();
            assert_same(&line);
        }
    }

    #[test]
    fn matches_unicode_segmentation_on_every_annotated_article() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/articles");
        let mut lines = 0;
        for entry in std::fs::read_dir(dir).expect("the annotated articles") {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                // A few articles are in legacy encodings on purpose.
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                for line in text.lines() {
                    assert_same(line);
                    lines += 1;
                }
            }
        }
        assert!(lines > 1000, "only {lines} lines read");
    }
}
