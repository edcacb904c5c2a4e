//! The words the event rules look for, one module per language.
//!
//! Each language gives an [`EventWords`]: where a sentence with several dates
//! is cut into clauses, which words refer back to places named earlier ("the
//! islands", «эти острова», 同島, "the exercises"), and what tells a sentence
//! that reports something that happened. The rules use the union of every
//! language's patterns (the scripts differ, so a pattern of one language does
//! not fire in another's text).
//!
//! Adding a language: a module `xx.rs` with its `WORDS`, one line in
//! [`LANGUAGES`], and its tests in that module.

use std::sync::LazyLock;

use regex::Regex;

mod en;
mod ja;
mod ru;

/// The kinds of event that a noun names, so that "the exercises" finds the
/// places of the sentence that told of exercises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum EventNoun {
    /// Drills, exercises, manoeuvres.
    Drills,
    /// A visit or trip.
    Visit,
    /// Talks, negotiations, consultations, a summit.
    Talks,
}

impl EventNoun {
    /// Every kind, in a fixed order (an index into per-kind tables).
    pub(super) const ALL: [EventNoun; 3] = [EventNoun::Drills, EventNoun::Visit, EventNoun::Talks];

    /// The position of this kind in [`EventNoun::ALL`].
    pub(super) fn index(self) -> usize {
        self as usize
    }
}

/// One language's words for the event rules (regular expression sources).
pub(super) struct EventWords {
    /// Where a sentence is cut into clauses (the match is the cut: "; ", ", and ").
    pub clause_break: &'static str,
    /// What must follow a clause break of this language for it to cut (empty:
    /// anything): a Japanese continuative (訪れ、) parts two clauses only when
    /// the next has its own topic (…には、…は); without one they share subject and time.
    pub after_break: &'static str,
    /// A clause break that is none: the text up to a break ending so is a
    /// particle, not a clause (について、, として、); empty where none.
    pub not_clause_break: &'static str,
    /// A clause has a predicate (a verb form): a clause without one ("On May
    /// 9, 2019, and again in 2020, …") joins the next.
    pub predicate: &'static str,
    /// Plural words that refer back to islands or their group ("the islands",
    /// «эти острова», 両島).
    pub islands: &'static str,
    /// Singular words that refer back to one island ("the island", «остров», 同島).
    pub island: &'static str,
    /// Per [`EventNoun`]: the noun itself (in any sentence).
    pub nouns: [&'static str; 3],
    /// Per [`EventNoun`]: the noun used to refer back ("the exercises", «эти учения», 同演習).
    pub noun_references: [&'static str; 3],
    /// A sentence that reports something that happened: told in the past, the
    /// present perfect or progressive, or a statement ("said", «заявил», と述べた).
    pub news: &'static str,
    /// A statement in the past ("announced", «заявил», 明らかにした): news even
    /// when what it says is a plan.
    pub statement: &'static str,
    /// A week or weekend ("last week", «на прошлой неделе», 先週): no date an
    /// event takes, but a time of its own that makes its clause another's.
    pub weeks: &'static str,
}

/// Every language with event words.
pub(super) const LANGUAGES: &[&EventWords] = &[&en::WORDS, &ru::WORDS, &ja::WORDS];

/// One regex of every language's pattern that `pick` chooses (a language
/// without one gives the empty pattern).
fn union(pick: impl Fn(&EventWords) -> &'static str) -> Regex {
    let sources: Vec<String> = LANGUAGES
        .iter()
        .map(|w| pick(w))
        .filter(|source| !source.is_empty())
        .map(|source| format!("(?:{source})"))
        .collect();
    Regex::new(&sources.join("|")).expect("valid event word patterns")
}

/// Clause breaks of every language.
pub(super) static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| union(|w| w.clause_break));
/// Per language: its clause break (whole) and what must follow it.
static BREAK_CONDITIONS: LazyLock<Vec<(Regex, Regex)>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .filter(|w| !w.after_break.is_empty())
        .map(|w| {
            (
                Regex::new(&format!("^(?:{})$", w.clause_break))
                    .expect("valid event word patterns"),
                Regex::new(&format!("^(?:{})", w.after_break)).expect("valid event word patterns"),
            )
        })
        .collect()
});

/// Whether a clause break `found` (a match of [`CLAUSE_BREAK`]) cuts before `rest`.
pub(super) fn cuts_before(found: &str, rest: &str) -> bool {
    BREAK_CONDITIONS
        .iter()
        .all(|(clause_break, after)| !clause_break.is_match(found) || after.is_match(rest))
}

/// Breaks that are none, of every language (matched at the end of the text before a cut).
pub(super) static NOT_CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    let sources: Vec<String> = LANGUAGES
        .iter()
        .map(|w| w.not_clause_break)
        .filter(|source| !source.is_empty())
        .map(|source| format!("(?:{source})$"))
        .collect();
    Regex::new(&sources.join("|")).expect("valid event word patterns")
});
/// Predicates of every language.
pub(super) static PREDICATE: LazyLock<Regex> = LazyLock::new(|| union(|w| w.predicate));
/// Plural island references of every language.
pub(super) static ISLANDS: LazyLock<Regex> = LazyLock::new(|| union(|w| w.islands));
/// Singular island references of every language.
pub(super) static ISLAND: LazyLock<Regex> = LazyLock::new(|| union(|w| w.island));
/// News markers of every language.
pub(super) static NEWS: LazyLock<Regex> = LazyLock::new(|| union(|w| w.news));
/// Statements of every language.
pub(super) static STATEMENT: LazyLock<Regex> = LazyLock::new(|| union(|w| w.statement));
/// Weeks of every language.
pub(super) static WEEKS: LazyLock<Regex> = LazyLock::new(|| union(|w| w.weeks));

/// The nouns of each [`EventNoun`], every language.
pub(super) static NOUNS: LazyLock<[Regex; 3]> =
    LazyLock::new(|| EventNoun::ALL.map(|kind| union(|w| w.nouns[kind.index()])));

/// The referring uses of each [`EventNoun`], every language.
pub(super) static NOUN_REFERENCES: LazyLock<[Regex; 3]> =
    LazyLock::new(|| EventNoun::ALL.map(|kind| union(|w| w.noun_references[kind.index()])));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for regex in [
            &*CLAUSE_BREAK,
            &*PREDICATE,
            &*ISLANDS,
            &*ISLAND,
            &*NEWS,
            &*WEEKS,
        ] {
            assert!(!regex.as_str().is_empty());
        }
        assert_eq!(NOUNS.len(), EventNoun::ALL.len());
        assert_eq!(NOUN_REFERENCES.len(), EventNoun::ALL.len());
    }
}
