//! The numbers in the rules' matches: ASCII, full-width and kanji numerals
//! (`parse_num`, `num`), small counts in words ("three", "две": `count`), and
//! which numbers a bare year may be (`plausible_year`).

use super::compiled::RuleCaptures;
use crate::dates::surroundings::is_digit;

/// Parses ASCII, full-width or simple kanji numerals ("14", "１４", "二十", "元").
pub(super) fn parse_num(s: &str) -> Option<u32> {
    let s = s.trim();
    if s == "元" {
        return Some(1);
    }
    if s.chars().all(is_digit) && !s.is_empty() {
        return s.chars().try_fold(0u32, |acc, c| {
            let d = if c.is_ascii_digit() {
                c as u32 - '0' as u32
            } else {
                c as u32 - '０' as u32
            };
            acc.checked_mul(10)?.checked_add(d)
        });
    }
    let kanji = |c: char| "〇一二三四五六七八九".chars().position(|k| k == c);
    if s.is_empty() || !s.chars().all(|c| c == '十' || kanji(c).is_some()) {
        return None;
    }
    if let Some((tens, ones)) = s.split_once('十') {
        let tens = match tens {
            "" => 1,
            t if t.chars().count() == 1 => kanji(t.chars().next()?)? as u32,
            _ => return None,
        };
        let ones = match ones {
            "" => 0,
            o if o.chars().count() == 1 => kanji(o.chars().next()?)? as u32,
            _ => return None,
        };
        return Some(tens * 10 + ones);
    }
    s.chars()
        .try_fold(0u32, |acc, c| Some(acc * 10 + kanji(c)? as u32))
}

/// The number of capture group `name`, if any (see [`parse_num`]).
pub(super) fn num(caps: &RuleCaptures, name: &str) -> Option<u32> {
    caps.name(name).and_then(|m| parse_num(m.as_str()))
}

/// Whether `y` is a year a bare number may be (1500–2100: the disputes' histories reach back to
/// the 1690s at the Falklands, 1696 at Takeshima, 1783 in Crimea).
pub(super) fn plausible_year(y: u32) -> bool {
    (1500..=2100).contains(&y)
}

/// A small count in words or digits ("a", "two", "две", "３").
pub(super) fn count(s: &str) -> Option<i64> {
    const WORDS: &[(&str, i64)] = &[
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("два", 2),
        ("две", 2),
        ("три", 3),
        ("четыре", 4),
        ("пять", 5),
        ("шесть", 6),
        ("семь", 7),
        ("восемь", 8),
        ("девять", 9),
        ("десять", 10),
    ];
    // English teens and tens, alone or with a unit ("forty", "twenty-five").
    const TEENS: &[&str] = &[
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let word = |w: &str| {
        WORDS
            .iter()
            .find(|(word, _)| *word == w)
            .map(|(_, n)| *n)
            .or_else(|| (11..).zip(TEENS).find(|(_, t)| **t == w).map(|(n, _)| n))
            .or_else(|| (2..).zip(TENS).find(|(_, t)| **t == w).map(|(n, _)| n * 10))
    };
    let lower = s.to_lowercase();
    if let Some((tens, unit)) = lower.split_once(['-', ' ']) {
        return word(tens)
            .filter(|t| t % 10 == 0 && *t >= 20)
            .zip(word(unit.trim()).filter(|u| (1..=9).contains(u)))
            .map(|(t, u)| t + u);
    }
    word(&lower).or_else(|| parse_num(s).map(i64::from))
}
