//! Regular expressions over words that stay on the regex engine's fast automaton
//! on any text.
//!
//! A Unicode word boundary (`\b`) sends the `regex` crate off its lazy DFA as
//! soon as the text has one non-ASCII character (a curly quote is enough), onto
//! an engine many times slower. [`WordRegex`] compiles a pattern without its
//! `\b`s and checks the boundaries its pattern starts or ends with on each match
//! instead, with the same idea of a word character (letters and digits, except
//! kana and kanji, which run together without spaces).

use std::ops::Range;

use regex::{Captures, Match, Regex};

/// A pattern whose word boundaries are checked per match (see the [module
/// documentation](self)). A `\b` inside the pattern, neither first nor last,
/// is dropped.
///
/// A match that fails its boundary is dropped, not retried with a later
/// alternative: in `\b(?:откроет|откроется)\b` the first alternative shadows
/// the second, so a word must come before the words it starts
/// (`shadowed_alternatives`, in the tests, finds those that do not).
#[derive(Debug, Clone)]
pub(crate) struct WordRegex {
    regex: Regex,
    boundary_start: bool,
    boundary_end: bool,
}

impl WordRegex {
    /// Compiles `pattern`; it panics on an invalid pattern, as the patterns are
    /// the program's own.
    pub(crate) fn new(pattern: &str) -> WordRegex {
        let body = pattern.strip_prefix("(?i)").unwrap_or(pattern);
        WordRegex {
            regex: Regex::new(&pattern.replace(r"\b", "")).expect("valid word pattern"),
            boundary_start: body.starts_with(r"\b"),
            boundary_end: pattern.trim_end_matches(')').ends_with(r"\b"),
        }
    }

    /// The pattern as compiled, without its word boundaries.
    pub(crate) fn as_str(&self) -> &str {
        self.regex.as_str()
    }

    /// The names of the pattern's groups, by index (`None` for group 0 and
    /// unnamed groups).
    pub(crate) fn capture_names(&self) -> impl Iterator<Item = Option<&str>> {
        self.regex.capture_names()
    }

    /// Whether a match at `span` of `text` starts and ends on a word boundary
    /// where the pattern asks for one.
    pub(crate) fn on_boundaries(&self, text: &str, span: &Range<usize>) -> bool {
        let inside = |before: Option<char>, after: Option<char>| {
            before.is_some_and(is_word_char) && after.is_some_and(is_word_char)
        };
        let matched = &text[span.clone()];
        let inside_at_start = self.boundary_start
            && inside(
                text[..span.start].chars().next_back(),
                matched.chars().next(),
            );
        let inside_at_end = self.boundary_end
            && inside(matched.chars().next_back(), text[span.end..].chars().next());
        !(inside_at_start || inside_at_end)
    }

    /// Whether the pattern without its word boundaries matches in `text`. When
    /// it does not, the pattern matches neither in `text` nor in any part of
    /// it, provided it has no look-around but its `\b`s (a match in a part is
    /// a match of the same bytes in the whole; the caller knows its patterns).
    pub(crate) fn may_match(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }

    /// The matches on word boundaries, in text order.
    pub(crate) fn find_iter<'r, 'h>(
        &'r self,
        text: &'h str,
    ) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        self.regex
            .find_iter(text)
            .filter(move |m| self.on_boundaries(text, &m.range()))
    }

    /// The captures of the matches on word boundaries, in text order (what
    /// [`captures_within`](Self::captures_within) is checked against).
    #[cfg(test)]
    pub(crate) fn captures_iter<'r, 'h>(
        &'r self,
        text: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        self.regex.captures_iter(text).filter(move |caps| {
            let whole = caps.get(0).expect("group 0 always matches");
            self.on_boundaries(text, &whole.range())
        })
    }

    /// The captures of the matches on word boundaries that lie within `range`
    /// of `text`, in text order, searching only there: what
    /// the whole text's matches (`captures_iter`, which the tests compare) give
    /// inside `range` when the
    /// pattern has no look-around but its own `\b`s (which are checked here as
    /// there) and none of its matches can cross `range`'s ends (the caller
    /// knows: see `dates/rules/numeric_runs.rs`). The search stops at the end
    /// of `range`, so it costs its length, not the text's.
    pub(crate) fn captures_within<'r, 'h>(
        &'r self,
        text: &'h str,
        range: Range<usize>,
    ) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        let haystack = &text[..range.end];
        let mut at = Some(range.start);
        std::iter::from_fn(move || {
            let caps = self.regex.captures_at(haystack, at?)?;
            let whole = caps.get(0).expect("group 0 always matches");
            // An empty match (none of the date rules has one) moves on a character.
            at = if whole.is_empty() {
                haystack[whole.end()..]
                    .chars()
                    .next()
                    .map(|c| whole.end() + c.len_utf8())
            } else {
                Some(whole.end())
            };
            Some(caps)
        })
        .filter(move |caps| {
            let whole = caps.get(0).expect("group 0 always matches");
            self.on_boundaries(text, &whole.range())
        })
    }
}

/// The plain-word alternatives of `pattern`'s outermost group that an earlier
/// alternative starts, and so can never match on a boundary (see [`WordRegex`]).
#[cfg(test)]
pub(crate) fn shadowed_alternatives(pattern: &str) -> Vec<String> {
    let body = pattern.trim_start_matches("(?i)").trim_start_matches(r"\b");
    let body = body.strip_prefix("(?:").unwrap_or(body);
    let (mut alternatives, mut depth, mut current) = (Vec::new(), 0i32, String::new());
    for c in body.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '|' if depth == 0 => {
                alternatives.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    alternatives.push(current);
    let plain = |a: &str| a.chars().all(char::is_alphanumeric);
    let mut shadowed = Vec::new();
    for (i, later) in alternatives.iter().enumerate().filter(|(_, a)| plain(a)) {
        let mut earlier = alternatives[..i].iter().filter(|a| plain(a));
        if earlier.any(|e| later.starts_with(e.as_str())) {
            shadowed.push(later.clone());
        }
    }
    shadowed
}

/// A character that is part of a word for [`WordRegex`]'s boundaries.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !('\u{3000}'..='\u{9FFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(pattern: &str, text: &str) -> Vec<String> {
        WordRegex::new(pattern)
            .find_iter(text)
            .map(|m| m.as_str().to_string())
            .collect()
    }

    #[test]
    fn boundaries_hold_in_any_script() {
        assert_eq!(found(r"(?i)\b(?:will)\b", "Goodwill: “It will”"), ["will"]);
        assert_eq!(found(r"\b(?:будет)\b", "будете — будет"), ["будет"]);
        assert_eq!(
            found(r"\bпланир\w*", "запланировано, планируется"),
            ["планируется"]
        );
        // Kana and kanji are no word letters: a boundary holds next to them.
        assert_eq!(found(r"\b\d{4}\b", "2024年と12024"), ["2024"]);
    }

    #[test]
    fn an_earlier_word_shadows_the_longer_words_it_starts() {
        let pattern = r"\b(?:откроет|откроется|next\s+(?:week|weekend))\b";
        assert!(found(pattern, "откроется").is_empty());
        assert_eq!(shadowed_alternatives(pattern), ["откроется"]);
        assert!(shadowed_alternatives(r"\b(?:откроется|откроет)\b").is_empty());
    }

    #[test]
    fn a_pattern_without_boundaries_matches_as_written() {
        assert_eq!(found("予定|見通し", "訪問する予定だ"), ["予定"]);
        assert!(found("予定|見通し", "訪問した").is_empty());
        assert_eq!(WordRegex::new(r"(?i)\bwill\b").as_str(), "(?i)will");
    }
}
