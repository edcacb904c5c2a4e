//! Where the language-independent date rules can match: the runs of digits
//! and date separators in a text.
//!
//! The rules of `common` (ISO and day-first numeric dates, a bare year) match
//! nothing but digits (ASCII, full-width, or any Unicode decimal digit, as their
//! `\d` does) and the separators `-`, `/`, `.` and `／`, have no look-around,
//! and every match of theirs holds at least [`MIN_DIGITS`] digits. So each match
//! lies inside one maximal run of such characters with that many digits, and
//! searching only those runs, each on its own, finds exactly the matches of a
//! pass over the whole text: without three passes of the regex engine over the
//! letters in between, which cost more than the rest of those rules.

use std::ops::Range;

/// The fewest digits a match of a `common` rule holds (a year's four).
pub(super) const MIN_DIGITS: usize = 4;

/// The byte ranges of `text`'s maximal runs of digits and date separators
/// (`-`, `/`, `.`, `／`) that hold at least [`MIN_DIGITS`] digits, in order,
/// each from its first digit to its last (a match starts and ends with one).
pub(super) fn numeric_runs(text: &str) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut at = 0;
    while let Some(first) = next_digit(text, at) {
        let (start, mut end, mut digits) = (first.start, first.end, 1);
        at = first.end;
        loop {
            match part_at(text, at) {
                Some((Part::Digit, len)) => {
                    digits += 1;
                    at += len;
                    end = at;
                }
                Some((Part::Separator, len)) => at += len,
                None => break,
            }
        }
        if digits >= MIN_DIGITS {
            runs.push(start..end);
        }
    }
    runs
}

/// What a character of a numeric run is.
enum Part {
    Digit,
    Separator,
}

/// The character at `at` as a part of a numeric run, with its length; None at
/// the end of `text` or on any other character.
fn part_at(text: &str, at: usize) -> Option<(Part, usize)> {
    let b = *text.as_bytes().get(at)?;
    if b.is_ascii() {
        return match b {
            b'0'..=b'9' => Some((Part::Digit, 1)),
            b'-' | b'/' | b'.' => Some((Part::Separator, 1)),
            _ => None,
        };
    }
    let c = text[at..].chars().next()?;
    if c == '／' {
        Some((Part::Separator, c.len_utf8()))
    } else if may_be_decimal_digit(c) {
        Some((Part::Digit, c.len_utf8()))
    } else {
        None
    }
}

/// How many bytes [`next_digit`] tests at once: a block with no byte that may
/// start a digit is passed over whole (the test of a block compiles to a few
/// vector instructions).
const BLOCK: usize = 32;

/// The first byte of every UTF-8 encoded decimal digit beyond ASCII: Arabic-Indic
/// (U+0660, U+06F0), N'Ko (U+07C0), the scripts of U+0800–U+1FFF (most Indic
/// and South-East Asian ones), of U+A000–U+AFFF, the full-width digits (U+FF10)
/// and those beyond U+FFFF. The test `every_decimal_digit_may_be_one` holds
/// this list to Unicode.
fn may_start_a_digit(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, 0xD9 | 0xDB | 0xDF | 0xE0 | 0xE1 | 0xEA | 0xEF | 0xF0)
}

/// Whether a byte of `block` may start a digit ([`may_start_a_digit`]),
/// tested without a branch so that it compiles to vector instructions.
fn block_may_hold_a_digit(block: &[u8; BLOCK]) -> bool {
    let mut any = 0u8;
    for &b in block {
        let digit = (b.wrapping_sub(b'0') < 10) as u8;
        let lead = (b == 0xD9) as u8
            | (b == 0xDB) as u8
            | (b == 0xDF) as u8
            | (b.wrapping_sub(0xE0) < 2) as u8
            | (b == 0xEA) as u8
            | (b == 0xEF) as u8
            | (b == 0xF0) as u8;
        any |= digit | lead;
    }
    any != 0
}

/// The span of the first digit at or after `at` (a character boundary).
fn next_digit(text: &str, mut at: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        while let Some(block) = bytes.get(at..at + BLOCK) {
            if block_may_hold_a_digit(block.try_into().expect("a whole block")) {
                break;
            }
            at += BLOCK;
        }
        // Byte by byte through the block that may hold one.
        let block_end = (at + BLOCK).min(bytes.len());
        while at < block_end {
            let b = bytes[at];
            if b.is_ascii_digit() {
                return Some(at..at + 1);
            }
            if !may_start_a_digit(b) {
                at += 1;
                continue;
            }
            // A lead byte, so a character starts here. Vietnamese letters
            // (U+1E00–U+1EFF) and the first Hangul syllables (U+AC00–U+AFFF)
            // share their lead byte with digits: the second byte tells them apart.
            let second = bytes.get(at + 1).copied().unwrap_or(0);
            if (b == 0xE1 && (0xB8..=0xBB).contains(&second)) || (b == 0xEA && second >= 0xB0) {
                at += 3;
                continue;
            }
            let c = text[at..].chars().next()?;
            if may_be_decimal_digit(c) {
                return Some(at..at + c.len_utf8());
            }
            at += c.len_utf8();
        }
    }
    None
}

/// Whether `c`, a non-ASCII character, may be a decimal digit (Unicode `Nd`,
/// as the regex `\d`): the letters of the scripts most text is in are not,
/// and the rest is asked of [`char::is_numeric`], which covers `Nd`.
fn may_be_decimal_digit(c: char) -> bool {
    let plainly_a_letter = matches!(c,
        '\u{C0}'..='\u{24F}'
        | '\u{370}'..='\u{5FF}'
        | '\u{1E00}'..='\u{1FFF}'
        | '\u{3040}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}');
    !plainly_a_letter && c.is_numeric()
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;

    #[test]
    fn every_decimal_digit_may_be_one() {
        let digit = Regex::new(r"^\d$").unwrap();
        let mut buffer = [0u8; 4];
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let encoded = c.encode_utf8(&mut buffer);
            if digit.is_match(encoded) {
                assert!(may_be_decimal_digit(c), "{c:?} (U+{:04X})", c as u32);
                assert!(may_start_a_digit(encoded.as_bytes()[0]), "{c:?}");
            }
        }
    }

    #[test]
    fn runs_of_four_digits_or_more() {
        let text = "On 2024-09-21, 12.3 km, 1.11.2010 and ２０２４／９／１ (page 2/3, ١٩٤٥)";
        let runs: Vec<&str> = numeric_runs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            runs,
            ["2024-09-21", "1.11.2010", "２０２４／９／１", "١٩٤٥"]
        );
        assert!(numeric_runs("").is_empty());
        assert_eq!(numeric_runs("1945"), vec![(0..4)]);
        assert!(numeric_runs("x 123 y").is_empty());
    }

    /// The `common` rules' matches over the whole text, as they ran before
    /// the runs, and within the runs.
    fn matches_both_ways(text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
        let common = super::super::compiled::RULES
            .iter()
            .filter(|r| r.language.is_none());
        let (mut whole, mut within) = (Vec::new(), Vec::new());
        for rule in common {
            whole.extend(
                rule.regex
                    .captures_iter(text)
                    .map(|c| c.get(0).unwrap().range()),
            );
            for run in numeric_runs(text) {
                within.extend(
                    rule.regex
                        .captures_within(text, run)
                        .map(|c| c.get(0).unwrap().range()),
                );
            }
        }
        (whole, within)
    }

    #[test]
    fn the_common_rules_find_the_same_matches_within_the_runs() {
        let common: Vec<&str> = super::super::compiled::RULES
            .iter()
            .filter(|r| r.language.is_none())
            .map(|r| r.regex.as_str())
            .collect();
        assert_eq!(common.len(), 3);
        for pattern in common {
            // No look-around, which could see past a run's ends.
            for assertion in [r"\b", r"\B", "^", "$", r"\A", r"\z", "(?m"] {
                assert!(!pattern.contains(assertion), "{pattern}");
            }
        }
        let pieces = [
            "1", "2", "0", "9", "8", "19", "20", "21", "00", "2100", "1945", "-", "/", ".", "／",
            "２", "０", "٣", "١", " ", "a", "年", ",", "–", "\n", "x1", "Ⅻ", "²",
        ];
        let mut rng = crate::test_random::Rng::new(1);
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + rng.below(24) {
                text.push_str(rng.pick::<&str>(&pieces));
            }
            let (whole, within) = matches_both_ways(&text);
            assert_eq!(whole, within, "{text:?}");
        }
        for text in [
            "On 2024-09-21 and 1.11.2010, in 1945; ２０２４／０９／２１ and 1945-1956 (2100/12/1).",
            "12.11.2010.1945-2024/01/02",
        ] {
            let (whole, within) = matches_both_ways(text);
            assert!(!whole.is_empty());
            assert_eq!(whole, within, "{text:?}");
        }
    }
}
