//! Japanese names written with their reading in brackets inside them:
//! 魚釣（うおつり）島, 得撫（ウルップ）島, 国後（くなしり）島. Newspapers gloss a rare
//! kanji name so, and a reader sees one name: the characters around the
//! brackets are the alias (魚釣島), and the kana in them are no second mention
//! (ウルップ is Urup's katakana alias too). The name is found by asking the
//! automaton whether the Han characters before the brackets and those after
//! them are, joined, a place's whole alias.

use std::ops::Range;

use memchr::memmem;

use super::is_han;

/// At most this many Han characters before the brackets, and after them, are
/// tried as the name's two parts (the longest names are four or five kanji).
const MAX_PART: usize = 4;

/// At most this many characters inside the brackets (a reading of a few words).
const MAX_READING: usize = 12;

/// A name split by its reading: where it stands in the text (from its first
/// Han character to its last, the reading inside) and what the name without
/// the reading names (as `place_of` of [`glossed_names`] says).
pub(super) struct GlossedName<T> {
    pub(super) span: Range<usize>,
    pub(super) place: T,
}

/// The names in `text` that a bracketed kana reading splits, longest first at
/// each reading: for each way to take 1..=[`MAX_PART`] Han characters before
/// the brackets and after them, `place_of` says what the joined characters
/// name, if they are an alias; the first that names something wins.
pub(super) fn glossed_names<T>(
    text: &str,
    place_of: impl Fn(&str) -> Option<T>,
) -> Vec<GlossedName<T>> {
    let mut names = Vec::new();
    for open in
        memmem::find_iter(text.as_bytes(), "（").chain(memchr::memchr_iter(b'(', text.as_bytes()))
    {
        let Some(reading_end) = reading_end(text, open) else {
            continue;
        };
        let before = han_run_before(text, open);
        let after = han_run_after(text, reading_end);
        if before.is_empty() || after.is_empty() {
            continue;
        }
        let found = before.iter().find_map(|&start| {
            after.iter().rev().find_map(|&end| {
                let name = format!("{}{}", &text[start..open], &text[reading_end..end]);
                place_of(&name).map(|place| GlossedName {
                    span: start..end,
                    place,
                })
            })
        });
        names.extend(found);
    }
    names.sort_by_key(|n| n.span.start);
    names
}

/// Where the bracketed reading that opens at `open` ends (after its closing
/// bracket), if the brackets hold only kana (and ・ or ー) and follow a Han character.
fn reading_end(text: &str, open: usize) -> Option<usize> {
    if !text[..open].chars().next_back().is_some_and(is_han) {
        return None;
    }
    let bracket = if text.as_bytes()[open] == b'(' {
        ")"
    } else {
        "）"
    };
    let inside_start = open + if bracket == ")" { 1 } else { "（".len() };
    let mut count = 0;
    for (i, c) in text[inside_start..].char_indices() {
        if text[inside_start + i..].starts_with(bracket) {
            return (count > 0).then_some(inside_start + i + bracket.len());
        }
        count += 1;
        if count > MAX_READING || !is_kana(c) {
            return None;
        }
    }
    None
}

/// The byte starts of the 1..=[`MAX_PART`] Han characters right before `at`,
/// the farthest first.
fn han_run_before(text: &str, at: usize) -> Vec<usize> {
    let mut starts: Vec<usize> = text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_han(c))
        .take(MAX_PART)
        .map(|(i, _)| i)
        .collect();
    starts.reverse();
    starts
}

/// The byte ends of the 1..=[`MAX_PART`] Han characters right after `at`, the nearest first.
fn han_run_after(text: &str, at: usize) -> Vec<usize> {
    text[at..]
        .char_indices()
        .take_while(|&(_, c)| is_han(c))
        .take(MAX_PART)
        .map(|(i, c)| at + i + c.len_utf8())
        .collect()
}

/// Hiragana, katakana (full and half width), the middle dot and the long vowel mark.
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, &str)> {
        let aliases = ["魚釣島", "得撫島", "国後島", "得撫"];
        glossed_names(text, |n| aliases.contains(&n).then(|| n.to_string()))
            .into_iter()
            .map(|g| (g.place, &text[g.span]))
            .collect()
    }

    #[test]
    fn a_reading_inside_a_name_joins_its_parts() {
        assert_eq!(
            names("ドローンで魚釣（うおつり）島を撮影し、択捉島と得撫（ウルップ）島の間。"),
            [
                ("魚釣島".to_string(), "魚釣（うおつり）島"),
                ("得撫島".to_string(), "得撫（ウルップ）島")
            ]
        );
        assert_eq!(
            names("国後(くなしり)島"),
            [("国後島".to_string(), "国後(くなしり)島")]
        );
    }

    #[test]
    fn only_kana_readings_between_han_characters() {
        // A reading after the whole name, a note in kanji, and brackets after kana are no split name.
        assert!(names("国後島（くなしりとう）に").is_empty());
        assert!(names("得撫（東京）島").is_empty());
        assert!(names("うお（うおつり）島").is_empty());
        assert!(names("魚釣（うおつり）丸").is_empty());
        assert!(names("魚釣（うおつり").is_empty());
    }
}
