//! Regular expressions with Unicode word boundaries that first ask a copy
//! without them whether they can match at all.
//!
//! A Unicode word boundary (`\b`) sends the `regex` crate off its lazy DFA as
//! soon as the text has one non-ASCII byte (every Cyrillic, kana or Hangul
//! text, and any English one with a curly quote), onto its bounded backtracker,
//! which clears a bit set of the size of the pattern times the text on every
//! call: on the ten-language benchmark corpus these fallbacks were a tenth of
//! the whole analysis, mostly on sentences where the pattern matches nowhere.
//!
//! [`PrecheckedRegex`] keeps the pattern exactly as written (unlike
//! [`WordRegex`](crate::word_regex::WordRegex), which changes what matches),
//! and compiles a second one without its `\b`s, which stays on the lazy DFA. A
//! word boundary only takes matches away, so where the copy finds nothing the
//! pattern finds nothing either, and the costly search runs only on texts where
//! the copy matches. [`PrecheckedRegex::is_match`] goes further: where the copy
//! matches, the pattern is tried first on a few words around the copy's
//! earliest match, and on the whole text only when it has no match there
//! (a sentence's worth of backtracking saved on most calls).

use std::ops::Range;

use regex::{Match, Regex};

use crate::text::{ceil_char_boundary, floor_char_boundary};

/// How far, in bytes, from where the copy's earliest match ends
/// [`PrecheckedRegex::is_match`] first looks for a match of the pattern: a
/// few words, the length of the event words' matches.
const NEAR: usize = 32;

/// A pattern that asks its copy without word boundaries first (see the
/// [module documentation](self)). The answers are always the pattern's own.
#[derive(Debug, Clone)]
pub(crate) struct PrecheckedRegex {
    regex: Regex,
    /// The pattern without its Unicode `\b`s, when it has any.
    without_boundaries: Option<Regex>,
}

impl PrecheckedRegex {
    /// Compiles `pattern`.
    pub(crate) fn new(pattern: &str) -> Result<PrecheckedRegex, regex::Error> {
        let relaxed = without_word_boundaries(pattern);
        let without_boundaries = if relaxed == pattern {
            None
        } else {
            Some(Regex::new(&relaxed)?)
        };
        Ok(PrecheckedRegex {
            regex: Regex::new(pattern)?,
            without_boundaries,
        })
    }

    /// Whether the copy without word boundaries (a superset) can match in `text`.
    fn may_match(&self, text: &str) -> bool {
        self.without_boundaries
            .as_ref()
            .is_none_or(|r| r.is_match(text))
    }

    /// Whether the pattern matches somewhere in `text` ([`Regex::is_match`]).
    ///
    /// Where the copy matches, the pattern is tried first around where the
    /// copy's earliest match ends (within [`NEAR`] bytes), and on the whole
    /// text only when it has no match there: every match of the pattern is one
    /// of the copy, but not necessarily the one that ends first.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let Some(relaxed) = &self.without_boundaries else {
            return self.regex.is_match(text);
        };
        let Some(end) = relaxed.shortest_match(text) else {
            return false;
        };
        let near = floor_char_boundary(text, end.saturating_sub(NEAR))
            ..ceil_char_boundary(text, end + NEAR);
        self.matches_within(text, near) || self.regex.is_match(text)
    }

    /// Whether the pattern has a match in `text` that starts and ends within
    /// `span`. The search stops one character after `span`, so that a boundary
    /// at its end sees the character after it, as in the whole text; and only a
    /// match that ends within `span` counts, as the end of the shortened text
    /// is no end of `text`.
    fn matches_within(&self, text: &str, span: Range<usize>) -> bool {
        let after = text[span.end..].chars().next().map_or(0, char::len_utf8);
        self.regex
            .find_at(&text[..span.end + after], span.start)
            .is_some_and(|m| m.end() <= span.end)
    }

    /// The pattern's first match in `text` ([`Regex::find`]).
    pub(crate) fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        if self.may_match(text) {
            self.regex.find(text)
        } else {
            None
        }
    }

    /// The pattern's matches in `text` ([`Regex::find_iter`]).
    pub(crate) fn find_iter<'r, 'h>(
        &'r self,
        text: &'h str,
    ) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        self.may_match(text)
            .then(|| self.regex.find_iter(text))
            .into_iter()
            .flatten()
    }
}

/// `pattern` without its Unicode word-boundary assertions `\b`. An ASCII one,
/// written `(?-u:\b)`, stays (the lazy DFA handles it), and so does an escaped
/// backslash followed by `b` (`\\b`).
fn without_word_boundaries(pattern: &str) -> String {
    const ASCII_BOUNDARY: &str = r"(?-u:\b)";
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix(ASCII_BOUNDARY) {
            out.push_str(ASCII_BOUNDARY);
            rest = after;
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if c != '\\' {
            out.push(c);
            continue;
        }
        let mut chars = rest.chars();
        let next = chars.next();
        rest = chars.as_str();
        match next {
            Some('b') => {}
            Some(escaped) => {
                out.push('\\');
                out.push(escaped);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(pattern: &str, text: &str) -> Vec<String> {
        PrecheckedRegex::new(pattern)
            .unwrap()
            .find_iter(text)
            .map(|m| m.as_str().to_string())
            .collect()
    }

    #[test]
    fn boundaries_are_taken_out_of_the_copy_only() {
        assert_eq!(
            without_word_boundaries(r"(?i)\b(?:с|со)\b\s+$"),
            r"(?i)(?:с|со)\s+$"
        );
        assert_eq!(without_word_boundaries(r"a\\b\.\b"), r"a\\b\.");
        assert_eq!(without_word_boundaries(r"(?-u:\b)x\b"), r"(?-u:\b)x");
        assert!(PrecheckedRegex::new(r"\d+")
            .unwrap()
            .without_boundaries
            .is_none());
    }

    #[test]
    fn answers_are_the_patterns_own() {
        let pattern = r"(?i)\b(?:учени\w*|остров)\b";
        assert_eq!(
            found(pattern, "Учения на острове, остров"),
            ["Учения", "остров"]
        );
        assert!(found(pattern, "обучения островной").is_empty());
        let regex = PrecheckedRegex::new(pattern).unwrap();
        assert!(!regex.is_match("обучения"));
        assert!(!regex.is_match("Тихий океан"));
        assert!(regex.is_match("— учения"));
        assert_eq!(regex.find("на остров").map(|m| m.start()), Some(5));
    }

    #[test]
    fn agrees_with_the_plain_regex_on_mixed_text() {
        let patterns = [
            r"(?i)\b(?:today|сегодня)\b",
            r"(?i)(?:\bsince|\bс|\bсо)\s*$",
            r"\b\d{4}\b",
            r"(?i)\bthe\s+islands?\b|\bэти\s+острова\b",
        ];
        let texts = [
            "Since 2014, сегодня «today» — с 2022",
            "the islands, эти острова, theislands, этиострова",
            "12024 2024年 “2024” Сегодняшний",
            "",
        ];
        for pattern in patterns {
            let plain = Regex::new(pattern).unwrap();
            let prechecked = PrecheckedRegex::new(pattern).unwrap();
            for text in texts {
                for start in 0..=text.len() {
                    let Some(text) = text.get(start..) else {
                        continue;
                    };
                    let spans = |it: &mut dyn Iterator<Item = Match>| -> Vec<_> {
                        it.map(|m| m.range()).collect()
                    };
                    assert_eq!(
                        spans(&mut prechecked.find_iter(text)),
                        spans(&mut plain.find_iter(text)),
                        "{pattern} in {text:?}"
                    );
                    assert_eq!(prechecked.is_match(text), plain.is_match(text));
                }
            }
        }
    }

    /// `is_match` on texts where the copy's matches overlap, shadow or come
    /// close to the pattern's: random strings of words that a boundary splits
    /// or joins.
    #[test]
    fn is_match_agrees_with_the_plain_regex_on_random_texts() {
        let patterns = [
            r"(?i)\b(?:переговор\w*|встреч[аеиу]\b|саммит\w*)",
            r"(?i)\b(?:talks|negotiations)\b",
            r"(?i)\bab\b|b\b|\bba",
            r"(?i)\b(?:a|ab|abc)\b",
            r"\b\d{4}\b|\d\b",
        ];
        let pieces = [
            "a",
            "b",
            "ab",
            "abc",
            "ba",
            " ",
            "-",
            "й",
            "встреча",
            "встречах",
            "переговоры",
            "talks",
            "stalks",
            "Talks",
            "2024",
            "12",
            "年",
            "«",
            "»",
            "\n",
            // Longer than NEAR: the pattern's match far from the copy's first.
            "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod",
        ];
        let mut rng = crate::test_random::Rng::new(3);
        for pattern in patterns {
            let plain = Regex::new(pattern).unwrap();
            let prechecked = PrecheckedRegex::new(pattern).unwrap();
            for _ in 0..3_000 {
                let len = rng.below(10);
                let text: String = (0..len).map(|_| *rng.pick(&pieces)).collect();
                assert_eq!(
                    prechecked.is_match(&text),
                    plain.is_match(&text),
                    "{pattern} in {text:?}"
                );
            }
        }
    }
}
