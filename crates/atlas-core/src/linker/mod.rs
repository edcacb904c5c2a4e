//! Mentions of the places of one or more packs in text.
//!
//! All aliases of all places of every pack (Russian ones in every case form,
//! Latin-script ones also without diacritics), the packs' not-mention phrases
//! and their generic phrases go into one Aho-Corasick automaton, run over a
//! folded copy of the text (`fold`: lower case, `ё`→`е`, dashes, same byte
//! offsets). Of the matches that sit on word boundaries (where the script has
//! them; Korean names may take particles), the leftmost-longest non-overlapping
//! ones win; not-mention phrases win like any other match and are then dropped,
//! so "Kuril Lake" hides "Kuril". A generic phrase ("the disputed islands") goes
//! to the pack the text names most, and is dropped in a text that names none.
//!
//! ```
//! use atlas_core::{gazetteer::Gazetteer, linker::Linker};
//! let linker = Linker::new(&Gazetteer::kuril());
//! let mentions = linker.link("Etorofu (Iturup) and the southern Kuril Islands");
//! let ids: Vec<&str> = mentions.iter().map(|m| m.feature.as_str()).collect();
//! assert_eq!(ids, ["iturup", "iturup", "southern-kurils"]);
//! assert_eq!((mentions[2].start, mentions[2].end), (25, 47));
//! ```

mod automaton;
mod cyrillic_context;
mod fold;
mod korean;
mod namesake_islands;
mod noun_phrase;
mod readings;
mod russian;
mod shared_heads;
mod ukrainian;

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, Anchored, Input, Match};

use crate::gazetteer::{ContextPlaces, Gazetteer, PlaceKind};
use crate::text::{ceil_char_boundary, last_word, CharOffsets};
use crate::web_addresses::Addresses;
use automaton::{Meaning, Pattern, Target};
use namesake_islands::NamesakeIslands;

/// One mention of a place in a text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// The place's id (`kunashir`, `southern-kurils`, `yuzhno-kurilsk`).
    pub feature: String,
    /// The id of the place's pack (`kuril`).
    #[serde(default)]
    pub pack: String,
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

/// What linking a text has found so far: its mentions, for each generic
/// phrase among them (by the byte where it starts) the index of the phrase,
/// the namesakes named (indices into [`Linker::namesakes`]) and the starts of
/// the mentions by a weak name ([`Pattern::weak`]).
struct Found<'a> {
    mentions: &'a mut Vec<Mention>,
    generic: &'a mut HashMap<usize, usize>,
    namesakes: &'a mut Vec<usize>,
    weak: &'a mut HashSet<usize>,
}

/// Finds mentions of the places of one or more packs. Build once; [`Linker::link`] is cheap.
#[derive(Debug, Clone)]
pub struct Linker {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    targets: Vec<Target>,
    /// Per generic phrase: the place (an index into `targets`) of each pack that has it.
    generic: Vec<Vec<usize>>,
    /// Per namesake's name: the aliases (see [`Pattern::alias`]) of places it contains.
    namesakes: Vec<Vec<u32>>,
    /// The groups named after one of their islands.
    namesake_islands: NamesakeIslands,
    context: ContextPlaces,
}

impl Linker {
    /// Builds the automaton for every alias of `gazetteer` (one pack or several
    /// [combined](Gazetteer::combine)).
    pub fn new(gazetteer: &Gazetteer) -> Linker {
        let built = automaton::build(gazetteer);
        Linker {
            automaton: built.automaton,
            patterns: built.patterns,
            targets: built.targets,
            generic: built.generic,
            namesakes: built.namesakes,
            namesake_islands: NamesakeIslands::new(gazetteer.places()),
            context: gazetteer.context_places(),
        }
    }

    /// The pack's context places (the event rules need them).
    pub fn context_places(&self) -> &ContextPlaces {
        &self.context
    }

    /// Every mention in `text`, in text order, non-overlapping.
    pub fn link(&self, text: &str) -> Vec<Mention> {
        self.link_sharing(&Addresses::of(text))
    }

    /// [`Linker::link`] on the text of `addresses`, whose search for web
    /// addresses the caller shares with the date rules.
    pub fn link_sharing(&self, addresses: &Addresses) -> Vec<Mention> {
        let text = addresses.text();
        let mut folded = Vec::new();
        let mut offsets = CharOffsets::new(text);
        let mut mentions = Vec::new();
        // The generic phrases found, by the byte where each starts: their phrase index.
        let mut generic = HashMap::new();
        let mut namesakes = Vec::new();
        let mut weak = HashSet::new();
        for chunk in chunks(text) {
            fold::fold_into(&text[chunk.clone()], &mut folded);
            let found = Found {
                mentions: &mut mentions,
                generic: &mut generic,
                namesakes: &mut namesakes,
                weak: &mut weak,
            };
            self.link_chunk(text, chunk.start, &folded, &mut offsets, found);
        }
        self.link_shared_heads(text, &mut mentions, &mut weak);
        self.link_glossed_names(text, &mut mentions);
        if !mentions.is_empty() {
            // "…/kunashir-power-plant/", "mintrans.sakhalin.gov.ru": part of an address.
            mentions.retain(|m| !addresses.overlap(&(m.byte_start..m.byte_end)));
        }
        if !namesakes.is_empty() {
            self.drop_namesakes(&mut mentions, &namesakes, &generic);
        }
        if !weak.is_empty() {
            drop_unconfirmed_weak(&mut mentions, &weak, &generic);
        }
        if !generic.is_empty() {
            self.resolve_generic(&mut mentions, &generic);
        }
        self.namesake_islands.apply(text, &mut mentions);
        korean::drop_hanja_glosses(text, &mut mentions);
        mentions
    }

    /// Adds the mentions of names that a list writes without their shared head
    /// ("Mischief, Subi and Fiery Cross reefs", see [`shared_heads`]): each name
    /// not yet linked whose full form is an alias of a place. `mentions` are in
    /// text order and do not overlap, and stay so.
    fn link_shared_heads(
        &self,
        text: &str,
        mentions: &mut Vec<Mention>,
        weak: &mut HashSet<usize>,
    ) {
        let mut names = shared_heads::shared_head_names(text);
        if names.is_empty() {
            return;
        }
        names.sort_by_key(|name| name.span.start);
        // The names are few: their offsets are counted from the start once.
        let mut offsets = CharOffsets::new(text);
        let mut added: Vec<Mention> = Vec::new();
        for name in names {
            let span = name.span;
            let before = mentions.partition_point(|m| m.byte_start < span.end);
            let linked = before > 0 && mentions[before - 1].byte_end > span.start;
            let Some(pattern) = name.full.iter().find_map(|full| self.pattern_of(full)) else {
                continue;
            };
            // "đường Trường Sa, Hoàng Sa": the head makes a not-mention of a name
            // that alone is a place (the street, not the islands).
            if linked && matches!(pattern.meaning, Meaning::NotMention) {
                if mentions[before - 1].byte_start == span.start
                    && mentions[before - 1].byte_end == span.end
                {
                    mentions.remove(before - 1);
                }
                continue;
            }
            if linked || added.last().is_some_and(|m| m.byte_end > span.start) {
                continue;
            }
            let Meaning::Place(target) = pattern.meaning else {
                continue;
            };
            if pattern.weak {
                weak.insert(span.start);
            }
            added.push(self.mention_of(target, text, span, &mut offsets));
        }
        if !added.is_empty() {
            mentions.extend(added);
            mentions.sort_by_key(|m| m.byte_start);
        }
    }

    /// Links the Japanese names that a bracketed reading splits (魚釣（うおつり）島,
    /// see [`readings`]): one mention over the name and its reading, in place
    /// of what was found in its parts. `mentions` are in text order and do not
    /// overlap, and stay so.
    fn link_glossed_names(&self, text: &str, mentions: &mut Vec<Mention>) {
        let place_of = |name: &str| match self.pattern_of(name) {
            Some(Pattern {
                meaning: Meaning::Place(target),
                weak: false,
                ..
            }) => Some(target),
            _ => None,
        };
        let names = readings::glossed_names(text, place_of);
        if names.is_empty() {
            return;
        }
        let mut offsets = CharOffsets::new(text);
        for name in names {
            let span = name.span;
            mentions.retain(|m| m.byte_end <= span.start || m.byte_start >= span.end);
            let at = mentions.partition_point(|m| m.byte_start < span.start);
            mentions.insert(at, self.mention_of(name.place, text, span, &mut offsets));
        }
    }

    /// A mention of the place [`Linker::targets`]`[target]` at `span` of `text`.
    fn mention_of(
        &self,
        target: usize,
        text: &str,
        span: std::ops::Range<usize>,
        offsets: &mut CharOffsets,
    ) -> Mention {
        let target = &self.targets[target];
        Mention {
            feature: target.feature.clone(),
            pack: target.pack.clone(),
            kind: target.kind,
            island: target.island.clone(),
            start: offsets.char_at(span.start),
            end: offsets.char_at(span.end),
            byte_start: span.start,
            byte_end: span.end,
            text: text[span].to_string(),
        }
    }

    /// The pattern that all of `name` is (folded), if any.
    fn pattern_of(&self, name: &str) -> Option<Pattern> {
        let folded = fold::fold(name);
        let input = Input::new(&folded).anchored(Anchored::Yes);
        self.automaton
            .find(input)
            .filter(|m| m.end() == folded.len())
            .map(|m| self.patterns[m.pattern().as_usize()])
    }

    /// Reads the names contained in the namesakes found (indices into
    /// [`Linker::namesakes`]) as those namesakes wherever the text uses them:
    /// drops every mention of a pack whose named mentions all use such a name,
    /// in any of its forms (one sense per discourse: "广州南沙" makes a later
    /// "南沙" the district too). A pack named otherwise as well ("南沙群岛")
    /// keeps all its mentions.
    fn drop_namesakes(
        &self,
        mentions: &mut Vec<Mention>,
        namesakes: &[usize],
        generic: &HashMap<usize, usize>,
    ) {
        let shadowed: HashSet<u32> = namesakes
            .iter()
            .flat_map(|&n| self.namesakes[n].iter().copied())
            .collect();
        let named = |m: &Mention| !generic.contains_key(&m.byte_start);
        let confirmed: HashSet<String> = mentions
            .iter()
            .filter(|m| named(m) && !self.alias_of(m).is_some_and(|a| shadowed.contains(&a)))
            .map(|m| m.pack.clone())
            .collect();
        mentions.retain(|m| !named(m) || confirmed.contains(&m.pack));
    }

    /// The alias (see [`Pattern::alias`]) a mention was found by: the pattern
    /// its folded text is.
    fn alias_of(&self, mention: &Mention) -> Option<u32> {
        self.pattern_of(&mention.text).map(|p| p.alias)
    }

    /// Gives each generic phrase (a mention whose start is a key of `generic`,
    /// the index of its phrase in [`Linker::generic`]) the place of the pack
    /// with the most named mentions (on a tie, the one named first), and drops
    /// it where that pack has no such phrase or the text names no place.
    fn resolve_generic(&self, mentions: &mut Vec<Mention>, generic: &HashMap<usize, usize>) {
        let is_generic = |m: &Mention| generic.contains_key(&m.byte_start);
        let mut named: Vec<(&str, usize)> = Vec::new();
        for m in mentions.iter().filter(|m| !is_generic(m)) {
            match named.iter_mut().find(|(pack, _)| *pack == m.pack) {
                Some((_, count)) => *count += 1,
                None => named.push((m.pack.as_str(), 1)),
            }
        }
        // The first of the most named packs (`max_by_key` keeps the last of equals).
        let best = named
            .iter()
            .rev()
            .max_by_key(|(_, count)| *count)
            .map(|(pack, _)| pack.to_string());
        for m in mentions.iter_mut() {
            let Some(&phrase) = generic.get(&m.byte_start) else {
                continue;
            };
            let target = self.generic[phrase]
                .iter()
                .map(|&t| &self.targets[t])
                .find(|t| best.as_deref() == Some(t.pack.as_str()));
            match target {
                Some(target) => {
                    m.feature = target.feature.clone();
                    m.pack = target.pack.clone();
                    m.kind = target.kind;
                    m.island = target.island.clone();
                }
                None => m.feature.clear(),
            }
        }
        mentions.retain(|m| !m.feature.is_empty());
    }

    /// Links the chunk of `text` starting at `base` whose folded bytes are `folded`.
    fn link_chunk(
        &self,
        text: &str,
        base: usize,
        folded: &[u8],
        offsets: &mut CharOffsets<'_>,
        found: Found<'_>,
    ) {
        let Found {
            mentions,
            generic,
            namesakes,
            weak,
        } = found;
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
            while !fits(&m)
                && !matches!(
                    self.patterns[m.pattern().as_usize()].meaning,
                    Meaning::NotMention | Meaning::Namesake(_)
                )
            {
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
            let (feature, pack, kind, island) = match pattern.meaning {
                Meaning::NotMention => continue,
                Meaning::Place(_) if is_quoted_cyrillic_name(text, start, end) => continue,
                Meaning::Namesake(namesake) => {
                    namesakes.push(namesake);
                    continue;
                }
                Meaning::Place(_) if pattern.capital && !starts_capitalised(&text[start..]) => {
                    continue
                }
                Meaning::Place(_) if pattern.hashtag && !text[..start].ends_with('#') => continue,
                Meaning::Place(target) => {
                    if pattern.weak {
                        weak.insert(start);
                    }
                    let target = &self.targets[target];
                    (
                        target.feature.clone(),
                        target.pack.clone(),
                        target.kind,
                        target.island.clone(),
                    )
                }
                // Resolved once the whole text is linked (`resolve_generic`).
                Meaning::Generic(phrase) => {
                    generic.insert(start, phrase);
                    (String::new(), String::new(), PlaceKind::Group, None)
                }
            };
            mentions.push(Mention {
                feature,
                pack,
                kind,
                island,
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
        if last.is_some_and(is_word_char)
            && after.is_some_and(is_word_char)
            && !(pattern.particles && korean::ends_a_name(&text[end..]))
        {
            return false;
        }
        if pattern.short_han && before.is_some_and(is_han) && !after_mention {
            return false;
        }
        if names_islanders(&text[end..]) || names_a_district(&text[end..]) {
            return false;
        }
        if first.is_some_and(is_cyrillic)
            && (after_compound_stem(&text[..start])
                || cyrillic_context::names_a_street_or_person(text, start, end)
                || (pattern.adjective && cyrillic_context::names_a_settlement(text, start, end)))
        {
            return false;
        }
        true
    }
}

/// Whether `after`, the text after a name, makes it the name of a people:
/// "Falkland Islanders" are the islands' people (a demonym), not the islands.
fn names_islanders(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(" Islander")
        .or_else(|| after.strip_prefix(" islander"))
    else {
        return false;
    };
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    !rest.starts_with(char::is_alphanumeric)
}

/// Whether `after`, the text after a name, makes it the name of a district:
/// "the Dzhankoi district", "Kurilsky District" name the district around a
/// town or on an island, not the place itself (as «Курильский городской
/// округ» does not).
fn names_a_district(after: &str) -> bool {
    const DISTRICT_WORDS: &[&str] = &[
        " district",
        " District",
        " raion",
        " Raion",
        " municipal district",
        " Municipal District",
        " urban district",
        " Urban District",
        " city district",
        " City District",
    ];
    DISTRICT_WORDS.iter().any(|word| {
        after
            .strip_prefix(word)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

/// Drops the mentions by a weak name (their starts are `weak`) of every pack
/// that no other named mention confirms: 서도 alone is Dokdo's West Islet only
/// in a text that names Dokdo.
fn drop_unconfirmed_weak(
    mentions: &mut Vec<Mention>,
    weak: &HashSet<usize>,
    generic: &HashMap<usize, usize>,
) {
    let confirmed: HashSet<String> = mentions
        .iter()
        .filter(|m| !weak.contains(&m.byte_start) && !generic.contains_key(&m.byte_start))
        .map(|m| m.pack.clone())
        .collect();
    mentions.retain(|m| !weak.contains(&m.byte_start) || confirmed.contains(&m.pack));
}

/// Whether the name at `start..end` of `text` is one capitalised Cyrillic word
/// alone in guillemets: in Russian and Ukrainian that names a thing after a
/// place (the hotel «Севастополь», the battleship «Севастополь», ФК «Крим»),
/// not the place, but after an airport or airfield word (аэропорт
/// «Симферополь» is at the city). A quoted term of more words is the place
/// ("calls them its «северными территориями»", «Кримська платформа»).
fn is_quoted_cyrillic_name(text: &str, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    if !(name
        .chars()
        .next()
        .is_some_and(|c| is_cyrillic(c) && c.is_uppercase())
        && !name.contains(char::is_whitespace)
        && text[..start].ends_with('«')
        && text[end..].starts_with('»'))
    {
        return false;
    }
    let (_, word) = last_word(text[..start - '«'.len_utf8()].trim_end());
    let lower = word.to_lowercase();
    !["аэропорт", "аэродром", "аеропорт", "аеродром"]
        .iter()
        .any(|w| lower.starts_with(w))
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

/// Whether `text` starts with a capital letter.
fn starts_capitalised(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
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
            end = ceil_char_boundary(text, end);
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
    // The basic Russian letters and the Hangul syllables first, then kana and
    // Han: Unicode's tables are slower to ask.
    if matches!(c, 'а'..='я' | 'А'..='Я' | '\u{AC00}'..='\u{D7A3}') {
        return true;
    }
    !is_cjk(c) && c.is_alphanumeric()
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
