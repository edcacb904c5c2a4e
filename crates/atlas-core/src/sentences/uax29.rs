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
//! cut before a terminator (a character of category `STerm` or `ATerm`, listed
//! in [`TERMINATORS`] beyond ASCII) to a safe cut after it, and only the windows
//! are segmented; the text between them, passed over by blocks of bytes, has no
//! boundary.
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
///
/// Each window runs from the last safe cut before a possible terminator (or
/// the end of the window before it, or the line's start) to the first safe cut
/// after it. The text between windows is passed over by bytes: only `.`, `!`,
/// `?` and the characters beyond ASCII whose first byte [`may_start_terminator`]
/// are looked at (see [`next_terminator`]).
pub(super) fn sentence_ranges(line: &str) -> Vec<Range<usize>> {
    let mut boundaries = Vec::new();
    let mut at = 0;
    while let Some(terminator) = next_terminator(line, at) {
        let start = last_cut_before(line, at, terminator);
        match first_cut_after(line, terminator) {
            Some(end) => {
                boundaries_in(line, start..end, &mut boundaries);
                at = end;
            }
            None => {
                boundaries_in(line, start..line.len(), &mut boundaries);
                break;
            }
        }
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

/// How many bytes [`next_terminator`] tests at once.
const BLOCK: usize = 32;

/// Whether `byte` may start a character that [`is_terminator`]: `.`, `!`, `?`,
/// or the first byte of a character at or beyond U+0589 outside three blocks
/// with no terminator, U+4000–U+9FFF (most ideographs), U+B000–U+EFFF (most
/// Hangul syllables and the private use area). So Cyrillic, Greek, Latin with
/// diacritics, Chinese and Korean text is passed over by blocks too. A test
/// (`every_terminator_starts_with_a_byte_that_may`) checks it against
/// [`TERMINATORS`].
fn may_start_terminator(byte: u8) -> bool {
    matches!(byte, b'.' | b'!' | b'?')
        || (byte >= 0xD6 && !matches!(byte, 0xE4..=0xE9 | 0xEB..=0xEE))
}

/// How far to step from `byte` (not ASCII) to the next character: its
/// character's length when it is a first byte, one when it is inside a
/// character (where a block passed over by [`next_terminator`] can end).
fn utf8_step(byte: u8) -> usize {
    match byte {
        ..0xC0 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// The first character at or after byte `at` of `line` that
/// [`is_terminator`]. Blocks of bytes none of which [`may_start_terminator`]
/// are passed over without a branch per byte.
fn next_terminator(line: &str, mut at: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    loop {
        while let Some(block) = bytes.get(at..at + BLOCK) {
            let any = block
                .iter()
                .fold(0u8, |any, &b| any | u8::from(may_start_terminator(b)));
            if any != 0 {
                break;
            }
            at += BLOCK;
        }
        // Character by character to the end of this block (or of the line).
        let end = (at + BLOCK).min(bytes.len());
        if at >= end {
            return None;
        }
        while at < end {
            let b = bytes[at];
            if b.is_ascii() {
                if matches!(b, b'.' | b'!' | b'?') {
                    return Some(at);
                }
                at += 1;
            } else if !may_start_terminator(b) {
                at += utf8_step(b);
            } else {
                let c = line[at..].chars().next().expect("a character starts here");
                if is_terminator(c) {
                    return Some(at);
                }
                at += c.len_utf8();
            }
        }
    }
}

/// Whether `c` is a plain letter (ASCII first: most characters are).
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_plain_letter(c)
    }
}

/// The last safe cut of `line` after byte `from` and before the terminator at
/// byte `terminator`; `from` (the line's start or a safe cut) when there is none.
fn last_cut_before(line: &str, from: usize, terminator: usize) -> usize {
    let mut after = line[terminator..].chars().next();
    for (i, c) in line[from..terminator].char_indices().rev() {
        // A cut at the character after `c`, which is a letter or a space.
        if is_letter(c) && after.is_some_and(|a| is_letter(a) || a == ' ') {
            return from + i + c.len_utf8();
        }
        after = Some(c);
    }
    from
}

/// The first safe cut of `line` after the character at byte `terminator` (which
/// is no letter); `None` when there is none.
fn first_cut_after(line: &str, terminator: usize) -> Option<usize> {
    let mut after_letter = false;
    for (i, c) in line[terminator..].char_indices() {
        let letter = is_letter(c);
        if after_letter && (letter || c == ' ') {
            return Some(terminator + i);
        }
        after_letter = letter;
    }
    None
}

/// Appends the boundaries inside `window` of `line` (not at its ends).
fn boundaries_in(line: &str, window: Range<usize>, out: &mut Vec<usize>) {
    let text = &line[window.clone()];
    if let Some(boundary) = simple_window(text) {
        out.extend(boundary.map(|offset| window.start + offset));
        return;
    }
    out.extend(
        text.split_sentence_bound_indices()
            .map(|(offset, _)| offset)
            .filter(|&offset| offset > 0)
            .map(|offset| window.start + offset),
    );
}

/// The sentence category of a letter (UAX #29), for [`simple_window`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LetterCategory {
    Upper,
    Lower,
    OLetter,
}

/// The category of the letters whose category [`simple_window`] knows: ASCII,
/// the basic Cyrillic ones, kana, CJK ideographs and Hangul syllables.
fn letter_category(c: char) -> Option<LetterCategory> {
    match c {
        'A'..='Z' | 'А'..='Я' | 'Ѐ'..='Џ' => Some(LetterCategory::Upper),
        'a'..='z' | 'а'..='я' | 'ѐ'..='џ' => Some(LetterCategory::Lower),
        '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' => Some(LetterCategory::OLetter),
        _ => None,
    }
}

/// The boundary of the most common window, without running the segmenter
/// (which looks up every character's category in a table): a letter (after a
/// space, at most), a terminator, spaces and a letter, as in "d. T", "s? N",
/// "た。次". `None` for any other window; `Some(None)` where such a window has
/// no boundary. By UAX #29: after `!`, `?`, `。`, `！` or `？`, the sentence
/// ends before the letter (SB11); after `.`, not before a lower-case letter
/// (SB8), nor, right after it, before a capital when a cased letter is before
/// it ("U.S", SB7).
fn simple_window(window: &str) -> Option<Option<usize>> {
    let mut chars = window.char_indices();
    let mut first = chars.next()?.1;
    if first == ' ' {
        first = chars.next()?.1;
    }
    let before = letter_category(first)?;
    let full_stop = match chars.next()?.1 {
        '.' => true,
        '!' | '?' | '。' | '！' | '？' => false,
        _ => return None,
    };
    let mut spaces = 0;
    let (at, after) = loop {
        match chars.next()? {
            (_, ' ') => spaces += 1,
            (at, c) => break (at, c),
        }
    };
    if chars.next().is_some() {
        return None;
    }
    let after = letter_category(after)?;
    let joins = full_stop
        && (after == LetterCategory::Lower
            || (spaces == 0
                && after == LetterCategory::Upper
                && before != LetterCategory::OLetter));
    Some((!joins).then_some(at))
}

/// Whether `c` is a sentence terminator (UAX #29 `STerm` or `ATerm`): `.`, `!`
/// and `?` in ASCII, beyond it those of [`TERMINATORS`].
fn is_terminator(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '.' | '!' | '?')
    } else {
        c >= TERMINATORS[0].0
            && TERMINATORS
                .binary_search_by(|&(first, last)| {
                    if last < c {
                        std::cmp::Ordering::Less
                    } else if first > c {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Equal
                    }
                })
                .is_ok()
    }
}

/// The characters beyond ASCII whose UAX #29 sentence category is `STerm` or
/// `ATerm`, as ranges in order: those of [`unicode_segmentation`]'s tables
/// (Unicode 17). The test `every_terminator_is_listed` asks the crate about
/// every character, so an update that adds one fails it.
const TERMINATORS: &[(char, char)] = &[
    ('\u{589}', '\u{589}'),
    ('\u{61D}', '\u{61F}'),
    ('\u{6D4}', '\u{6D4}'),
    ('\u{700}', '\u{702}'),
    ('\u{7F9}', '\u{7F9}'),
    ('\u{837}', '\u{837}'),
    ('\u{839}', '\u{839}'),
    ('\u{83D}', '\u{83E}'),
    ('\u{964}', '\u{965}'),
    ('\u{104A}', '\u{104B}'),
    ('\u{1362}', '\u{1362}'),
    ('\u{1367}', '\u{1368}'),
    ('\u{166E}', '\u{166E}'),
    ('\u{1735}', '\u{1736}'),
    ('\u{17D4}', '\u{17D5}'),
    ('\u{1803}', '\u{1803}'),
    ('\u{1809}', '\u{1809}'),
    ('\u{1944}', '\u{1945}'),
    ('\u{1AA8}', '\u{1AAB}'),
    ('\u{1B4E}', '\u{1B4F}'),
    ('\u{1B5A}', '\u{1B5B}'),
    ('\u{1B5E}', '\u{1B5F}'),
    ('\u{1B7D}', '\u{1B7F}'),
    ('\u{1C3B}', '\u{1C3C}'),
    ('\u{1C7E}', '\u{1C7F}'),
    ('\u{2024}', '\u{2024}'),
    ('\u{203C}', '\u{203D}'),
    ('\u{2047}', '\u{2049}'),
    ('\u{2CF9}', '\u{2CFB}'),
    ('\u{2E2E}', '\u{2E2E}'),
    ('\u{2E3C}', '\u{2E3C}'),
    ('\u{2E53}', '\u{2E54}'),
    ('\u{3002}', '\u{3002}'),
    ('\u{A4FF}', '\u{A4FF}'),
    ('\u{A60E}', '\u{A60F}'),
    ('\u{A6F3}', '\u{A6F3}'),
    ('\u{A6F7}', '\u{A6F7}'),
    ('\u{A876}', '\u{A877}'),
    ('\u{A8CE}', '\u{A8CF}'),
    ('\u{A92F}', '\u{A92F}'),
    ('\u{A9C8}', '\u{A9C9}'),
    ('\u{AA5D}', '\u{AA5F}'),
    ('\u{AAF0}', '\u{AAF1}'),
    ('\u{ABEB}', '\u{ABEB}'),
    ('\u{FE12}', '\u{FE12}'),
    ('\u{FE15}', '\u{FE16}'),
    ('\u{FE52}', '\u{FE52}'),
    ('\u{FE56}', '\u{FE57}'),
    ('\u{FF01}', '\u{FF01}'),
    ('\u{FF0E}', '\u{FF0E}'),
    ('\u{FF1F}', '\u{FF1F}'),
    ('\u{FF61}', '\u{FF61}'),
    ('\u{10A56}', '\u{10A57}'),
    ('\u{10F55}', '\u{10F59}'),
    ('\u{10F86}', '\u{10F89}'),
    ('\u{11047}', '\u{11048}'),
    ('\u{110BE}', '\u{110C1}'),
    ('\u{11141}', '\u{11143}'),
    ('\u{111C5}', '\u{111C6}'),
    ('\u{111CD}', '\u{111CD}'),
    ('\u{111DE}', '\u{111DF}'),
    ('\u{11238}', '\u{11239}'),
    ('\u{1123B}', '\u{1123C}'),
    ('\u{112A9}', '\u{112A9}'),
    ('\u{113D4}', '\u{113D5}'),
    ('\u{1144B}', '\u{1144C}'),
    ('\u{115C2}', '\u{115C3}'),
    ('\u{115C9}', '\u{115D7}'),
    ('\u{11641}', '\u{11642}'),
    ('\u{1173C}', '\u{1173E}'),
    ('\u{11944}', '\u{11944}'),
    ('\u{11946}', '\u{11946}'),
    ('\u{11A42}', '\u{11A43}'),
    ('\u{11A9B}', '\u{11A9C}'),
    ('\u{11C41}', '\u{11C42}'),
    ('\u{11EF7}', '\u{11EF8}'),
    ('\u{11F43}', '\u{11F44}'),
    ('\u{16A6E}', '\u{16A6F}'),
    ('\u{16AF5}', '\u{16AF5}'),
    ('\u{16B37}', '\u{16B38}'),
    ('\u{16B44}', '\u{16B44}'),
    ('\u{16D6E}', '\u{16D6F}'),
    ('\u{16E98}', '\u{16E98}'),
    ('\u{1BC9F}', '\u{1BC9F}'),
    ('\u{1DA88}', '\u{1DA88}'),
];

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
        let mut rng = crate::test_random::Rng::new(1);
        for _ in 0..20_000 {
            let len = rng.below(40);
            let line: String = (0..len).map(|_| *rng.pick(ALPHABET)).collect();
            assert_same(&line);
        }
    }

    #[test]
    fn matches_unicode_segmentation_on_long_random_lines() {
        // Long runs without a terminator, so that whole blocks are passed over,
        // between the characters the rules look at.
        const PIECES: &[&str] = &[
            "the coast guard said that the vessels left ",
            "Russia fortified the disputed islands in 2016",
            "Министр посетил Кунашир ",
            "外交部发言人表示中方坚决反对",
            "정부는 독도가 우리 영토라고 밝혔다 ",
            "Trung Quốc đã xây dựng các đảo ",
            "a",
            "Z",
            "é",
            "ж",
            "の",
            "독",
            " ",
            "  ",
            "\u{A0}",
            ".",
            "!",
            "?",
            "。",
            "！",
            "…",
            ",",
            "\"",
            "”",
            "»",
            "」",
            ")",
            "1",
            "９",
            "\u{AD}",
            "\u{301}",
            "U.S.",
            "Mr. ",
        ];
        let mut rng = crate::test_random::Rng::new(2);
        for _ in 0..5_000 {
            let len = rng.below(24);
            let line: String = (0..len).map(|_| *rng.pick(PIECES)).collect();
            assert_same(&line);
        }
    }

    #[test]
    fn every_terminator_is_listed() {
        // A terminator before a space and a capital ends a sentence; any other
        // character there (but a paragraph separator) does not.
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}') {
                continue;
            }
            let ends = format!("x{c} Y").split_sentence_bounds().count() > 1;
            assert_eq!(is_terminator(c), ends, "{c:?} U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn every_terminator_starts_with_a_byte_that_may() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            if is_terminator(c) {
                assert!(may_start_terminator(first), "U+{:04X}", u32::from(c));
            }
            if !c.is_ascii() {
                assert_eq!(utf8_step(first), c.len_utf8());
            }
        }
    }

    #[test]
    fn simple_windows_as_unicode_segmentation() {
        // Every letter whose category is known, one in 7 of the ideographs and
        // syllables, before and after every kind of terminator.
        let letters: Vec<char> = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|&c| letter_category(c).is_some())
            .filter(|&c| {
                !matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}')
                    || u32::from(c) % 7 == 0
            })
            .collect();
        let samples = ['a', 'Z', 'я', 'Ж', 'の', '島', '독'];
        for lead in ["", " "] {
            for stop in ['.', '!', '?', '。', '！', '？'] {
                for spaces in ["", " ", "  "] {
                    for &letter in &letters {
                        for &other in &samples {
                            for window in [
                                format!("{lead}{letter}{stop}{spaces}{other}"),
                                format!("{lead}{other}{stop}{spaces}{letter}"),
                            ] {
                                let expected: Vec<usize> = window
                                    .split_sentence_bound_indices()
                                    .map(|(offset, _)| offset)
                                    .filter(|&offset| offset > 0)
                                    .collect();
                                let simple = simple_window(&window).expect("a simple window");
                                assert_eq!(Vec::from_iter(simple), expected, "{window:?}");
                            }
                        }
                    }
                }
            }
        }
        for window in [
            "ab. C", "a, B", "a.1", ". B", "a. B.", "a.) B", "a\u{A0}B", "1. B",
        ] {
            assert_eq!(simple_window(window), None, "{window:?}");
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
