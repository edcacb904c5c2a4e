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
mod noun_phrase;
mod russian;
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "wired into for_each_form when packs have Ukrainian aliases"
    )
)]
mod ukrainian;

use std::collections::HashMap;

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, Match, MatchKind, StartKind,
};

use crate::gazetteer::{Aliases, ContextPlaces, Gazetteer, PlaceKind};
use crate::text::CharOffsets;
use crate::web_addresses;

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
    context: ContextPlaces,
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
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .start_kind(StartKind::Both)
            .build(&folded_patterns)
            .expect("a few thousand short patterns fit the automaton");
        Linker {
            automaton,
            patterns,
            targets,
            context: gazetteer.context_places(),
        }
    }

    /// The pack's context places (the event rules need them).
    pub fn context_places(&self) -> &ContextPlaces {
        &self.context
    }

    /// Every mention in `text`, in text order, non-overlapping.
    pub fn link(&self, text: &str) -> Vec<Mention> {
        let mut folded = Vec::new();
        let mut offsets = CharOffsets::new(text);
        let mut mentions = Vec::new();
        for chunk in chunks(text) {
            fold::fold_into(&text[chunk.clone()], &mut folded);
            self.link_chunk(text, chunk.start, &folded, &mut offsets, &mut mentions);
        }
        if !mentions.is_empty() {
            // "…/kunashir-power-plant/", "mintrans.sakhalin.gov.ru": part of an address.
            let addresses = web_addresses::address_spans(text);
            mentions.retain(|m| !web_addresses::overlaps(&addresses, &(m.byte_start..m.byte_end)));
        }
        mentions
    }

    /// Links the chunk of `text` starting at `base` whose folded bytes are `folded`.
    fn link_chunk(
        &self,
        text: &str,
        base: usize,
        folded: &[u8],
        offsets: &mut CharOffsets<'_>,
        mentions: &mut Vec<Mention>,
    ) {
        let mut at = 0;
        while at < folded.len() {
            let input = Input::new(folded).span(at..folded.len());
            let Some(mut m) = self.automaton.find(input) else {
                break;
            };
            // Two place names written together ("樺太千島交換条約"): the second
            // follows a Han character, but it is a name of its own.
            let after_mention = mentions
                .last()
                .is_some_and(|p| p.byte_end == base + m.start());
            let fits = |m: &Match| {
                let pattern = self.patterns[m.pattern().as_usize()];
                self.on_boundaries(
                    text,
                    base + m.start(),
                    base + m.end(),
                    pattern,
                    after_mention,
                )
            };
            // The longest name may run into the next word ("Kunashiri islands"
            // is not "Kunashiri Island"): a shorter one at the same place may fit.
            // Not inside a not-mention phrase ("Kuril Lakes" is not "Kuril").
            while !fits(&m) && self.patterns[m.pattern().as_usize()].target.is_some() {
                match self.shorter_at(folded, &m) {
                    Some(shorter) => m = shorter,
                    None => break,
                }
            }
            let (start, end) = (base + m.start(), base + m.end());
            let pattern = self.patterns[m.pattern().as_usize()];
            if !fits(&m) {
                // Try again from the next character: a later, shorter match may fit.
                at = m.start() + text[start..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            at = m.end();
            let Some(target) = pattern.target else {
                continue;
            };
            let target = &self.targets[target];
            mentions.push(Mention {
                feature: target.feature.clone(),
                kind: target.kind,
                island: target.island.clone(),
                start: offsets.char_at(start),
                end: offsets.char_at(end),
                byte_start: start,
                byte_end: end,
                text: text[start..end].to_string(),
            });
        }
    }

    /// The longest pattern that starts where `m` starts and ends before it ends.
    fn shorter_at(&self, folded: &[u8], m: &Match) -> Option<Match> {
        if m.end() <= m.start() + 1 {
            return None;
        }
        let input = Input::new(folded)
            .span(m.start()..m.end() - 1)
            .anchored(Anchored::Yes);
        self.automaton.find(input)
    }

    /// Whether a match sits on word boundaries: a pattern that starts (ends) with a
    /// letter or digit of a spaced script must not be preceded (followed) by one,
    /// and a two-Han pattern must not follow a Han character unless that character
    /// ends another mention (`after_mention`).
    fn on_boundaries(
        &self,
        text: &str,
        start: usize,
        end: usize,
        pattern: Pattern,
        after_mention: bool,
    ) -> bool {
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
        if pattern.short_han && before.is_some_and(is_han) && !after_mention {
            return false;
        }
        if first.is_some_and(is_cyrillic) && after_compound_stem(&text[..start]) {
            return false;
        }
        true
    }
}

/// Whether `before` ends with the first half of a Russian compound adjective, a
/// word in -о and a hyphen ("Северо-", "Южно-", "Курило-"): what follows is the
/// second half of that word, not a name of its own, so "Северо-Курильский" (a
/// district) is not "Курильский".
fn after_compound_stem(before: &str) -> bool {
    let Some(stem) = before.strip_suffix('-') else {
        return false;
    };
    let letters: Vec<char> = stem
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    letters.len() >= 3 && letters.iter().all(|c| is_cyrillic(*c)) && matches!(letters[0], 'о' | 'О')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
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

/// Paragraph-aligned pieces of `text` of about [`CHUNK_BYTES`], so the folded copy
/// stays small and in cache. A name never spans a blank line; a piece with no blank
/// line for a long stretch ends at white space instead.
fn chunks(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let bytes = text.as_bytes();
        let mut end = (start + CHUNK_BYTES).min(text.len());
        if end < text.len() {
            let window = &bytes[end..(end + CHUNK_BYTES).min(text.len())];
            end = match window.windows(2).position(|w| w == b"\n\n") {
                Some(p) => end + p + 1,
                None => match window.iter().position(|b| b.is_ascii_whitespace()) {
                    Some(p) => end + p,
                    None => (end + window.len()).min(text.len()),
                },
            };
            while !text.is_char_boundary(end) {
                end += 1;
            }
        }
        let chunk = start..end;
        start = end;
        Some(chunk)
    })
}

/// Target size of a [`chunks`] piece.
const CHUNK_BYTES: usize = 64 * 1024;

/// A letter or digit of a script that separates words with spaces.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
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
