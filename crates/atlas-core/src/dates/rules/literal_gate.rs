//! Whether any rule of a language can match a text at all, from the literals
//! of its patterns: one quick search instead of the language's
//! [`RegexSet`](regex::RegexSet) pass.
//!
//! Each rule's pattern is parsed ([`regex_syntax`]) for a set of literals one
//! of which every match holds ([`required_literals`]): a part of a
//! concatenation, or of every alternative, is in every match, and a literal of
//! [`Extractor`] starts every match of the part it is taken from. So a text
//! that holds none of a language's literals can match none of its rules, and
//! the rules are skipped without any regex pass; a text that holds one runs
//! them as before. Most texts run the rules of a language or two besides
//! their own ([`Languages`](crate::language::Languages) is generous), and it is
//! for those that the search finds nothing, usually at the cost of a pass of
//! a prefilter rather than of the set's automaton.

use aho_corasick::{AhoCorasick, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind};

/// The shortest literal (in bytes) worth gating a rule on.
const MIN_LITERAL_BYTES: usize = 2;

/// How many literals one extraction may give before it shortens them: a `(?i)`
/// word has a case variant per letter, and "septiembre" is 2^10.
const LIMIT_TOTAL: usize = 64;

/// The largest class ([0-9０-９] is 20) whose characters extend a literal.
const LIMIT_CLASS: usize = 24;

/// A set of literals one of which every match of `pattern` holds (a rule's
/// pattern as compiled, without `\b`: see
/// [`WordRegex`](crate::word_regex::WordRegex)); None when none is known of at
/// least [`MIN_LITERAL_BYTES`].
pub(super) fn required_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::parse(pattern).expect("valid date rule");
    required(&hir).filter(|literals| shortest(literals).is_some_and(|len| len >= MIN_LITERAL_BYTES))
}

/// The length of the shortest of `literals` (None when there is none).
fn shortest(literals: &[Vec<u8>]) -> Option<usize> {
    literals.iter().map(Vec::len).min()
}

/// A finite set of literals one of which starts every match of `hir`, none
/// of them empty; sorted and without repeats.
fn finite_prefixes(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let mut extractor = Extractor::new();
    extractor
        .kind(ExtractKind::Prefix)
        .limit_class(LIMIT_CLASS)
        .limit_total(LIMIT_TOTAL);
    let seq = extractor.extract(hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.is_empty()) {
        return None;
    }
    let mut literals: Vec<Vec<u8>> = literals.iter().map(|l| l.as_bytes().to_vec()).collect();
    literals.sort_unstable();
    literals.dedup();
    Some(literals)
}

/// A finite set of literals one of which every match of `hir` holds, the most
/// selective found (longest shortest literal, then fewest).
fn required(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Capture(capture) => required(&capture.sub),
        HirKind::Repetition(repetition) if repetition.min >= 1 => required(&repetition.sub),
        HirKind::Alternation(alternatives) => {
            let mut all = Vec::new();
            for alternative in alternatives {
                all.extend(required(alternative)?);
            }
            all.sort_unstable();
            all.dedup();
            Some(all)
        }
        HirKind::Concat(parts) => {
            // Every match holds a match of each part, and of each run of parts
            // to the end, which starts with one of that run's prefixes.
            let mut best = None;
            for i in 0..parts.len() {
                best = more_selective(best, finite_prefixes(&Hir::concat(parts[i..].to_vec())));
                best = more_selective(best, required(&parts[i]));
            }
            best
        }
        _ => finite_prefixes(hir),
    }
}

/// The more selective of two literal sets: the longer shortest literal, then
/// the fewer literals.
fn more_selective(a: Option<Vec<Vec<u8>>>, b: Option<Vec<Vec<u8>>>) -> Option<Vec<Vec<u8>>> {
    let key = |s: &Vec<Vec<u8>>| (shortest(s).unwrap_or(0), std::cmp::Reverse(s.len()));
    match (a, b) {
        (Some(a), Some(b)) => Some(if key(&b) > key(&a) { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The literals of a language's rules, in one automaton: whether a text may
/// hold a match of any of them.
pub(super) struct LiteralGate {
    searcher: AhoCorasick,
}

impl LiteralGate {
    /// The gate of rules with these literals; None if a rule has none, as it
    /// may match anywhere.
    pub(super) fn new<'a>(
        rules: impl IntoIterator<Item = Option<&'a [Vec<u8>]>>,
    ) -> Option<LiteralGate> {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        for rule in rules {
            literals.extend(rule?.iter().map(|l| l.to_ascii_lowercase()));
        }
        literals.sort_unstable();
        literals.dedup();
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(&literals)
            .expect("date rule literals build an automaton");
        Some(LiteralGate { searcher })
    }

    /// Whether `text` holds any of the literals (ASCII case aside): if not,
    /// none of the rules can match it.
    pub(super) fn may_match(&self, text: &str) -> bool {
        self.searcher.is_match(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(literals: Option<Vec<Vec<u8>>>) -> Vec<String> {
        literals
            .expect("literals")
            .into_iter()
            .map(|l| String::from_utf8(l).unwrap())
            .collect()
    }

    #[test]
    fn a_pattern_that_starts_with_words_requires_them() {
        assert_eq!(
            strings(required_literals(r"(?:January|May) (?P<d>\d+)")),
            ["January ", "May "]
        );
    }

    #[test]
    fn a_pattern_that_starts_with_a_digit_requires_its_words() {
        assert_eq!(
            strings(required_literals(r"\d{1,2}\s+(?:January|May)")),
            ["January", "May"]
        );
        let required = strings(required_literals(
            r"(?P<d>\d{1,2})\s+de\s+(?P<mon>(?i:mayo|junio))",
        ));
        assert!(required.len() == 48 && required.contains(&"mAyO".to_string()));
    }

    #[test]
    fn an_optional_part_is_never_required() {
        assert_eq!(required_literals(r"\d+(?:\s+годах)?"), None);
        assert_eq!(required_literals(r"\d+\s*(?:x|годах)"), None);
    }

    #[test]
    fn the_gate_opens_on_any_literal_in_any_ascii_case() {
        let (may, mayo) = (vec![b"May".to_vec()], vec![b"mayo".to_vec()]);
        let gate = LiteralGate::new([Some(&may[..]), Some(&mayo[..])]).unwrap();
        assert!(gate.may_match("in MAY"));
        assert!(!gate.may_match("in March"));
        assert!(LiteralGate::new([Some(&may[..]), None]).is_none());
    }

    /// Whether `haystack` holds `literal`, ASCII case aside.
    fn holds(haystack: &[u8], literal: &[u8]) -> bool {
        haystack
            .windows(literal.len())
            .any(|w| w.eq_ignore_ascii_case(literal))
    }

    /// Every language rule's pattern (without its `\b`s, as the set and the
    /// gate see it) with its literals, and each entry's rules.
    fn rules() -> Vec<(regex::Regex, Option<Vec<Vec<u8>>>)> {
        super::super::RULES
            .iter()
            .filter(|r| r.language.is_some())
            .map(|r| {
                let pattern = r.regex.as_str();
                (
                    regex::Regex::new(pattern).unwrap(),
                    required_literals(pattern),
                )
            })
            .collect()
    }

    /// The articles under `tests/fixtures/articles`, and random texts of the
    /// rules' own literals (in random ASCII case), date words and noise.
    fn texts(rules: &[(regex::Regex, Option<Vec<Vec<u8>>>)]) -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/articles");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .collect();
        let mut pieces: Vec<String> = rules
            .iter()
            .filter_map(|(_, literals)| literals.as_ref())
            .flatten()
            .filter_map(|l| String::from_utf8(l.clone()).ok())
            .collect();
        pieces.extend(
            [
                "1", "12", "2012", "１２", "٣", " ", "  ", "\n", ",", ".", "-", "–", "年", "月",
                "日", "de", "del", "года", "року", "년", "월", "일", "ngày", "tháng", "năm",
                "ika-", "noong", "the", "of", "в", "у", "el", "a", "é", "ё", "Ş", "K", "ſ", "’",
            ]
            .map(String::from),
        );
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..1 + state % 12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let piece = &pieces[(state % pieces.len() as u64) as usize];
                if state & (1 << 40) != 0 {
                    text.push_str(&piece.to_ascii_uppercase());
                } else {
                    text.push_str(piece);
                }
            }
            texts.push(text);
        }
        texts
    }

    #[test]
    fn every_match_of_every_rule_holds_one_of_its_literals() {
        let rules = rules();
        let texts = texts(&rules);
        let mut matches = 0;
        for text in &texts {
            for (regex, literals) in &rules {
                let Some(literals) = literals else { continue };
                for m in regex.find_iter(text) {
                    matches += 1;
                    assert!(
                        literals.iter().any(|l| holds(m.as_str().as_bytes(), l)),
                        "{:?} in {:?}",
                        m.as_str(),
                        regex.as_str()
                    );
                }
            }
        }
        assert!(matches > 1_000, "{matches} matches");
    }

    #[test]
    fn a_closed_gate_means_no_rule_of_its_language_matches() {
        let entries = super::super::LANGUAGES.len();
        let patterns: Vec<regex::Regex> = super::super::RULES
            .iter()
            .map(|r| regex::Regex::new(r.regex.as_str()).unwrap())
            .collect();
        let mut closed = 0;
        for text in texts(&rules()) {
            for entry in 0..entries {
                let set = super::super::RuleSet::of(entry);
                let Some(gate) = &set.gate else { continue };
                if !gate.may_match(&text) {
                    closed += 1;
                    for &rule in &set.rules {
                        assert!(!patterns[rule].is_match(&text), "{}", patterns[rule]);
                    }
                }
            }
        }
        assert!(closed > 1_000, "{closed} closed gates");
    }
}
