//! Mentions of a pack's places in text.
//!
//! All aliases of all places (Russian ones in every case form) and the pack's
//! not-mention phrases go into one Aho-Corasick automaton, run over a folded copy
//! of the text ([`fold`]: lower case, `ё`→`е`, dashes, same byte offsets). Of the
//! matches that sit on word boundaries (where the script has them), the
//! leftmost-longest non-overlapping ones win; not-mention phrases win like any
//! other match and are then dropped, so "Kuril Lake" hides "Kuril".
//!
//! ```
//! use atlas_core::{gazetteer::Gazetteer, linker::Linker};
//! let linker = Linker::new(&Gazetteer::kuril());
//! let mentions = linker.link("Etorofu (Iturup) and the southern Kuril Islands");
//! let ids: Vec<&str> = mentions.iter().map(|m| m.feature.as_str()).collect();
//! assert_eq!(ids, ["iturup", "iturup", "southern-kurils"]);
//! assert_eq!((mentions[2].start, mentions[2].end), (25, 47));
//! ```

mod fold;
mod russian;

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::gazetteer::{Aliases, Gazetteer, PlaceKind};
use crate::text::CharOffsets;

/// One mention of a place in a text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// The place's id in the pack (`kunashir`, `southern-kurils`, `yuzhno-kurilsk`).
    pub feature: String,
    /// Island, group or place.
    pub kind: PlaceKind,
    /// For a sub-place, the island whose polygon contains it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub island: Option<String>,
    /// Character offset of the mention.
    pub start: usize,
    /// Character end offset.
    pub end: usize,
    /// Byte offset.
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte end offset.
    #[serde(skip)]
    pub byte_end: usize,
    /// The text as it stands in the article.
    pub text: String,
}

/// What a pattern of the automaton stands for.
#[derive(Debug, Clone, Copy)]
struct Pattern {
    /// Index into [`Linker::targets`]; `None` for a not-mention phrase.
    target: Option<usize>,
    /// The pattern is two Han characters: it must not follow another Han character
    /// (so 国後 does not match inside 帰国後).
    short_han: bool,
}

/// A place a pattern can resolve to.
#[derive(Debug, Clone)]
struct Target {
    feature: String,
    kind: PlaceKind,
    island: Option<String>,
}

/// Finds mentions of a pack's places. Build once per pack; [`Linker::link`] is cheap.
#[derive(Debug, Clone)]
pub struct Linker {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    targets: Vec<Target>,
}

/// A candidate match on the folded text.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    target: Option<usize>,
}

impl Linker {
    /// Builds the automaton for every alias of `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Linker {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut folded_patterns: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |alias: &str, target: Option<usize>| {
            let folded = fold::fold(alias.trim());
            if folded.is_empty() || seen.contains_key(&folded) {
                return;
            }
            let mut variants = vec![folded.clone()];
            if folded.contains('-') {
                variants.push(folded.replace('-', "\u{2010}"));
                variants.push(folded.replace('-', " "));
            }
            let short_han = folded.chars().count() == 2 && folded.chars().all(is_han);
            for variant in variants {
                if seen.contains_key(&variant) {
                    continue;
                }
                seen.insert(variant.clone(), patterns.len());
                folded_patterns.push(variant);
                patterns.push(Pattern { target, short_han });
            }
        };
        let mut targets = Vec::new();
        for place in gazetteer.places() {
            let target = targets.len();
            targets.push(Target {
                feature: place.id.clone(),
                kind: place.kind,
                island: place.island.clone(),
            });
            for_each_form(&place.aliases, |form| add(form, Some(target)));
        }
        for_each_form(gazetteer.not_mentions(), |form| add(form, None));
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&folded_patterns)
            .expect("a few thousand short patterns fit the automaton");
        Linker {
            automaton,
            patterns,
            targets,
        }
    }

    /// Every mention in `text`, in text order, non-overlapping.
    pub fn link(&self, text: &str) -> Vec<Mention> {
        let mut folded = String::new();
        fold::fold_into(text, &mut folded);
        let mut candidates: Vec<Candidate> = self
            .automaton
            .find_overlapping_iter(&folded)
            .filter(|m| self.on_boundaries(text, m.start(), m.end(), m.pattern().as_usize()))
            .map(|m| Candidate {
                start: m.start(),
                end: m.end(),
                target: self.patterns[m.pattern().as_usize()].target,
            })
            .collect();
        candidates.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut offsets = CharOffsets::new(text);
        let mut mentions = Vec::new();
        let mut covered_to = 0;
        for c in candidates {
            if c.start < covered_to {
                continue;
            }
            covered_to = c.end;
            let Some(target) = c.target else { continue };
            let target = &self.targets[target];
            mentions.push(Mention {
                feature: target.feature.clone(),
                kind: target.kind,
                island: target.island.clone(),
                start: offsets.char_at(c.start),
                end: offsets.char_at(c.end),
                byte_start: c.start,
                byte_end: c.end,
                text: text[c.start..c.end].to_string(),
            });
        }
        mentions
    }

    /// Whether a match sits on word boundaries: a pattern that starts (ends) with a
    /// letter or digit of a spaced script must not be preceded (followed) by one.
    fn on_boundaries(&self, text: &str, start: usize, end: usize, pattern: usize) -> bool {
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let first = text[start..].chars().next();
        let last = text[..end].chars().next_back();
        if first.is_some_and(is_word_char) && before.is_some_and(is_word_char) {
            return false;
        }
        if last.is_some_and(is_word_char) && after.is_some_and(is_word_char) {
            return false;
        }
        if self.patterns[pattern].short_han && before.is_some_and(is_han) {
            return false;
        }
        true
    }
}

/// Calls `f` with every form of every alias: English and Japanese as written,
/// Russian in all its case forms (unless written with a leading `=`).
fn for_each_form(aliases: &Aliases, mut f: impl FnMut(&str)) {
    for alias in aliases.en.iter().chain(&aliases.ja) {
        f(alias);
    }
    for alias in &aliases.ru {
        match alias.strip_prefix('=') {
            Some(exact) => f(exact),
            None => russian::case_forms(alias).iter().for_each(|form| f(form)),
        }
    }
}

/// A letter or digit of a script that separates words with spaces.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_cjk(c: char) -> bool {
    is_han(c)
        || matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' | '\u{3005}')
}

#[cfg(test)]
mod tests;
