//! Places by reference: "the islands", «эти острова», 同島, "the exercises"
//! point back to places named earlier in the article. A clause with a date and
//! no place name is an event of the places its referring words point to, and
//! of no other.
//!
//! - An island word points to the island and group places (not the context
//!   places) of the most recent earlier sentence that named any, the islands
//!   alone when it named both islands and their group; a singular one ("the
//!   island", «остров», 同島) to the last-named island.
//! - An event noun ("the exercises", «визит», 同演習) points to the places of
//!   the most recent earlier sentence that named places together with the same
//!   kind of event.

use std::ops::Range;

use super::places_of;
use super::words::{EventNoun, Sentence};
use super::Reference;
use crate::gazetteer::{ContextPlaces, PlaceKind};
use crate::language::Languages;
use crate::linker::Mention;
use crate::prechecked_regex::PrecheckedRegex;
use crate::text::CharOffsets;

/// What the sentences read so far named, for the references after them.
#[derive(Debug, Clone)]
pub(super) struct Antecedents {
    /// The languages whose referring words are looked for.
    languages: Languages,
    /// The islands (or groups) of the last sentence that named any.
    islands: Vec<String>,
    /// The last island named.
    island: Option<String>,
    /// Per [`EventNoun`]: the places of the last sentence that named that kind of event with places.
    by_noun: [Vec<String>; 3],
}

impl Antecedents {
    /// Nothing read yet, in a text that may hold words of `languages`.
    pub(super) fn new(languages: Languages) -> Antecedents {
        Antecedents {
            languages,
            islands: Vec::new(),
            island: None,
            by_noun: Default::default(),
        }
    }

    /// Remembers what the sentence `in_sentence` names (its `mentions`).
    pub(super) fn remember(
        &mut self,
        in_sentence: &Sentence,
        mentions: &[&Mention],
        context: &ContextPlaces,
    ) {
        if mentions.is_empty() {
            return;
        }
        let mut islands: Vec<(String, PlaceKind)> = Vec::new();
        for m in mentions {
            let place = match (m.kind, &m.island) {
                (PlaceKind::Island | PlaceKind::Group, _) => Some((m.feature.clone(), m.kind)),
                (PlaceKind::Place, Some(island)) => Some((island.clone(), PlaceKind::Island)),
                // A peninsula or a sea is no island "the islands" could mean.
                (PlaceKind::Place, None) | (PlaceKind::Area, _) => None,
            };
            if let Some((id, kind)) = place {
                if !context.contains(&id) && !islands.iter().any(|(known, _)| *known == id) {
                    islands.push((id, kind));
                }
            }
        }
        if !islands.is_empty() {
            let has_island = islands.iter().any(|(_, k)| *k == PlaceKind::Island);
            self.island = islands
                .iter()
                .rev()
                .find(|(_, k)| *k == PlaceKind::Island)
                .map(|(id, _)| id.clone());
            self.islands = islands
                .into_iter()
                .filter(|(_, k)| !has_island || *k == PlaceKind::Island)
                .map(|(id, _)| id)
                .collect();
        }
        let sentence = in_sentence.text();
        for words in in_sentence.languages(self.languages) {
            if !words
                .any_noun
                .as_ref()
                .is_some_and(|r| r.is_match(sentence))
            {
                continue;
            }
            for kind in EventNoun::ALL {
                if words.nouns[kind.index()]
                    .as_ref()
                    .is_some_and(|r| r.is_match(sentence))
                {
                    self.by_noun[kind.index()] = places_of(mentions.iter().copied());
                }
            }
        }
    }

    /// The places that the referring words of `clause` point to, in order, with
    /// each reference (character offsets from `offsets`).
    pub(super) fn resolve<'a>(
        &'a self,
        text: &str,
        clause: &Range<usize>,
        offsets: &mut CharOffsets,
    ) -> (Vec<String>, Vec<Reference>) {
        let said = &text[clause.clone()];
        let clause_words = Sentence::of(said);
        if !clause_words.any_matches(self.languages, |w| &w.any_reference) {
            return (Vec::new(), Vec::new());
        }
        let mut found: Vec<(Range<usize>, &[String])> = Vec::new();
        let mut add = |span: Range<usize>, places: &'a [String]| {
            let overlaps = found
                .iter()
                .any(|(s, _)| s.start < span.end && span.start < s.end);
            if !places.is_empty() && !overlaps {
                found.push((span, places));
            }
        };
        let island = self.island.as_slice();
        for words in clause_words.languages(self.languages) {
            // Plural before singular: «острова» is both, and the plural wins.
            // An island word may be followed by its island's name instead
            // (`names_follow`); an event noun may not.
            let mut kinds: Vec<(&Option<PrecheckedRegex>, &'a [String], bool)> = vec![
                (&words.islands, &self.islands, words.names_follow),
                (&words.island, island, words.names_follow),
            ];
            for kind in EventNoun::ALL {
                kinds.push((
                    &words.noun_references[kind.index()],
                    &self.by_noun[kind.index()],
                    false,
                ));
            }
            for (regex, places, names_follow) in kinds {
                for m in regex.iter().flat_map(|r| r.find_iter(said)) {
                    if names_follow && name_follows(&said[m.end()..]) {
                        continue;
                    }
                    add(m.range(), places);
                }
            }
        }
        found.sort_by_key(|(span, _)| span.start);
        let mut places: Vec<String> = Vec::new();
        let mut references = Vec::with_capacity(found.len());
        for (span, to) in found {
            for id in to {
                if !places.contains(id) {
                    places.push(id.clone());
                }
            }
            let (start, end) = (clause.start + span.start, clause.start + span.end);
            references.push(Reference {
                start: offsets.char_at(start),
                end: offsets.char_at(end),
                text: text[start..end].to_string(),
                places: to.to_vec(),
            });
        }
        (places, references)
    }
}

/// Whether `after` (the text after an island word) starts with a capitalized
/// word after one space: the island's name («la isla Borbón»).
fn name_follows(after: &str) -> bool {
    after
        .strip_prefix([' ', '\u{a0}'])
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase)
}
