//! The linker's automaton: every form of every alias of a gazetteer's places
//! (Russian and Ukrainian ones in all their case forms, Latin-script ones also
//! without diacritics, with hyphens written three ways and, for a name of
//! several words, as a hashtag), its generic phrases, not-mention phrases and
//! namesakes' names, each folded (see `fold`) and numbered, with what each
//! pattern stands for ([`Pattern`], [`Meaning`]). Built once per
//! [`Linker`](super::Linker).

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind, StartKind};

use super::{fold, is_han, russian, starts_capitalised, ukrainian};
use crate::gazetteer::{AliasLanguage, Aliases, Gazetteer, PlaceKind};

/// The automaton of a gazetteer and what its patterns stand for.
pub(super) struct Built {
    /// Every pattern, folded, leftmost-longest.
    pub(super) automaton: AhoCorasick,
    /// What each pattern of the automaton stands for, by pattern index.
    pub(super) patterns: Vec<Pattern>,
    /// The places patterns resolve to.
    pub(super) targets: Vec<Target>,
    /// Per generic phrase: the place (an index into `targets`) of each pack that has it.
    pub(super) generic: Vec<Vec<usize>>,
    /// Per namesake's name: the aliases (see [`Pattern::alias`]) of places it contains.
    pub(super) namesakes: Vec<Vec<u32>>,
}

/// Builds the automaton for every alias of `gazetteer` (one pack or several
/// [combined](Gazetteer::combine)).
pub(super) fn build(gazetteer: &Gazetteer) -> Built {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut folded_patterns: Vec<String> = Vec::new();
    let mut patterns: Vec<Pattern> = Vec::new();
    // Generic phrases of two packs that fold alike: (the first one's, the other's).
    let mut shared_generic: Vec<(usize, usize)> = Vec::new();
    let mut add = |alias: &str, language: AliasLanguage, meaning: Meaning, written: Written| {
        let folded = fold::fold(alias.trim());
        if folded.is_empty() {
            return;
        }
        if let Some(&known) = seen.get(&folded) {
            // The same generic phrase in another pack: it may mean that pack's place.
            if let (Meaning::Generic(new), Meaning::Generic(old)) =
                (meaning, patterns[known].meaning)
            {
                shared_generic.push((old, new));
            }
            return;
        }
        // Each variant, and whether it counts only as a hashtag.
        let mut variants = vec![(folded.clone(), false)];
        if folded.contains('-') {
            variants.push((folded.replace('-', "\u{2010}"), false));
            variants.push((folded.replace('-', " "), false));
        }
        if let Some(plain) = without_diacritics(&folded) {
            variants.push((plain, false));
        }
        // A place's name only: a hashtag is checked where places are linked.
        let hashtaggable = matches!(meaning, Meaning::Place(_))
            && folded.contains(' ')
            && folded.chars().all(|c| c == ' ' || is_latin_letter(c));
        if hashtaggable {
            let tag = folded.replace(' ', "");
            if let Some(plain) = without_diacritics(&tag) {
                variants.push((plain, true));
            }
            variants.push((tag, true));
        }
        let short_han = written.not_after_han
            || (language == AliasLanguage::Japanese
                && folded.chars().count() == 2
                && folded.chars().all(is_han));
        let particles = language == AliasLanguage::Korean;
        for (variant, hashtag) in variants {
            if seen.contains_key(&variant) {
                continue;
            }
            seen.insert(variant.clone(), patterns.len());
            folded_patterns.push(variant);
            patterns.push(Pattern {
                meaning,
                short_han,
                particles,
                alias: written.number,
                weak: written.weak,
                capital: written.capital,
                hashtag,
                adjective: written.adjective,
            });
        }
    };
    // Numbers the aliases as written, for `Pattern::alias`.
    let mut written = AliasNumbers::default();
    let targets: Vec<Target> = gazetteer
        .places()
        .iter()
        .map(|place| Target {
            feature: place.id.clone(),
            pack: place.pack.clone(),
            kind: place.kind,
            island: place.island.clone(),
        })
        .collect();
    for (target, place) in gazetteer.places().iter().enumerate() {
        for_each_form(&place.aliases, &mut written, |form, language, alias| {
            add(form, language, Meaning::Place(target), alias)
        });
    }
    // Per pack with generic phrases: the place they name.
    let mut generic: Vec<Vec<usize>> = Vec::new();
    for phrases in gazetteer.generic_mentions() {
        let place = targets.iter().position(|t| t.feature == phrases.place);
        let meaning = Meaning::Generic(generic.len());
        generic.push(place.into_iter().collect());
        for_each_form(&phrases.phrases, &mut written, |form, language, alias| {
            add(form, language, meaning, alias)
        });
    }
    for_each_form(
        gazetteer.not_mentions(),
        &mut written,
        |form, language, alias| add(form, language, Meaning::NotMention, alias),
    );
    let mut namesake_names: Vec<String> = Vec::new();
    for_each_form(
        gazetteer.namesakes(),
        &mut written,
        |form, language, alias| {
            add(
                form,
                language,
                Meaning::Namesake(namesake_names.len()),
                alias,
            );
            namesake_names.push(fold::fold(form.trim()));
        },
    );
    let namesakes = namesake_names
        .iter()
        .map(|name| aliases_named_in(name, &folded_patterns, &patterns))
        .collect();
    for (first, other) in shared_generic {
        for place in generic[other].clone() {
            if !generic[first].contains(&place) {
                generic[first].push(place);
            }
        }
    }
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .start_kind(StartKind::Both)
        .build(&folded_patterns)
        .expect("a few thousand short patterns fit the automaton");
    Built {
        automaton,
        patterns,
        targets,
        generic,
        namesakes,
    }
}

/// What a pattern of the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Meaning {
    /// A place: an index into the targets (`Built::targets`, kept by the linker).
    Place(usize),
    /// A generic phrase: an index into `Built::generic`.
    Generic(usize),
    /// A not-mention phrase.
    NotMention,
    /// The name of a namesake: an index into `Built::namesakes`.
    Namesake(usize),
}

/// A pattern of the automaton.
#[derive(Debug, Clone, Copy)]
pub(super) struct Pattern {
    pub(super) meaning: Meaning,
    /// The pattern is two Han characters of a Japanese alias, or an alias
    /// written with a leading `^` (Chinese `^国后`): it must not follow another
    /// Han character (so 国後 does not match inside 帰国後, nor 国后 in 回国后).
    pub(super) short_han: bool,
    /// A Korean name: particles may follow it (독도는, 독도에서).
    pub(super) particles: bool,
    /// The alias as written in the pack that this pattern is a form of (see
    /// [`AliasNumbers`]): all the case forms of "Крымский" share it, and a name
    /// written alike in two languages is one alias.
    pub(super) alias: u32,
    /// A name that counts only in a text that names its dispute by another
    /// (written with a leading `?` in the pack: 서도 alone).
    pub(super) weak: bool,
    /// A weak name written with a capital first letter, which counts only
    /// where the text has the capital too: "Pag-asa" is the island, "pag-asa"
    /// is hope; «Курили» are the Kurils, «курили» "smoked".
    pub(super) capital: bool,
    /// A Latin-script name of several words written as one, which counts
    /// only as a hashtag (#TruongSa, #BienDong, #SouthChinaSea).
    pub(super) hashtag: bool,
    /// A form of a Russian or Ukrainian adjective written in lower case in
    /// the pack, one word that stands for its place («кримський»): with a
    /// capital and no noun after it, it is a village's name (Кримське).
    pub(super) adjective: bool,
}

/// A place a pattern can resolve to.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub(super) feature: String,
    pub(super) pack: String,
    pub(super) kind: PlaceKind,
    pub(super) island: Option<String>,
}

/// An alias as written in a pack: its number (see [`Pattern::alias`]),
/// whether it is weak (see [`Pattern::weak`]), whether it is weak and
/// capitalised (see [`Pattern::capital`]), whether it must not follow a Han
/// character (see [`Pattern::short_han`]) and whether it is a lone adjective
/// (see [`Pattern::adjective`]).
#[derive(Debug, Clone, Copy)]
struct Written {
    number: u32,
    weak: bool,
    capital: bool,
    not_after_han: bool,
    adjective: bool,
}

/// The numbers of the aliases as written (see [`Pattern::alias`]): one per
/// name, so the Russian and the Ukrainian «Ялта» are one alias, and each of
/// their case forms ("Ялту", "Ялті") is a form of it.
#[derive(Default)]
struct AliasNumbers {
    by_name: HashMap<String, u32>,
}

impl AliasNumbers {
    /// The number of the alias written `name` (without its `?`, `^` and `=`).
    fn of(&mut self, name: &str) -> u32 {
        let next = u32::try_from(self.by_name.len()).expect("fewer than 2^32 aliases");
        *self.by_name.entry(name.to_string()).or_insert(next)
    }
}

/// Calls `f` with every form of every alias, its language and the alias as
/// [`Written`] (numbered by `written`): most as written, Russian and
/// Ukrainian ones in all their case forms (unless written with a leading `=`);
/// a leading `?` makes the alias weak, a leading `^` (after `?`) keeps it from
/// matching right after a Han character (Chinese `^国后`, not in 回国后).
fn for_each_form(
    aliases: &Aliases,
    written: &mut AliasNumbers,
    mut f: impl FnMut(&str, AliasLanguage, Written),
) {
    for (language, alias) in aliases.iter() {
        let (weak, alias) = match alias.strip_prefix('?') {
            Some(rest) => (true, rest),
            None => (false, alias),
        };
        let (not_after_han, alias) = match alias.strip_prefix('^') {
            Some(rest) => (true, rest),
            None => (false, alias),
        };
        let name = alias.trim_start_matches('=');
        let this = Written {
            number: written.of(name),
            weak,
            capital: weak && starts_capitalised(name),
            not_after_han,
            adjective: matches!(language, AliasLanguage::Russian | AliasLanguage::Ukrainian)
                && is_lone_adjective(name),
        };
        let mut f = |form: &str, language| f(form, language, this);
        match (language, alias.strip_prefix('=')) {
            (AliasLanguage::Russian | AliasLanguage::Ukrainian, Some(exact)) => f(exact, language),
            (AliasLanguage::Russian, None) => russian::case_forms(alias)
                .iter()
                .for_each(|form| f(form, language)),
            (AliasLanguage::Ukrainian, None) => ukrainian::case_forms(alias)
                .iter()
                .for_each(|form| f(form, language)),
            _ => f(alias, language),
        }
    }
}

/// Whether a Russian or Ukrainian alias as written is one adjective in lower
/// case («крымский», «кримський»), not a name («Крабозаводское»).
fn is_lone_adjective(alias: &str) -> bool {
    alias.starts_with(char::is_lowercase) && !alias.contains(' ')
}

/// `folded` without the diacritics of its Latin letters (`biển đông` → `bien dong`,
/// `atlántico` → `atlantico`), if it has any.
fn without_diacritics(folded: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let is_latin = |c: char| {
        c.is_alphabetic()
            && (c.is_ascii()
                || ('\u{00C0}'..='\u{024F}').contains(&c)
                || ('\u{1E00}'..='\u{1EFF}').contains(&c))
    };
    if folded.is_ascii() || !folded.chars().any(|c| !c.is_ascii() && is_latin(c)) {
        return None;
    }
    let plain: String = folded
        .chars()
        .map(|c| match c {
            'đ' => 'd',
            c => c,
        })
        .collect::<String>()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .nfc()
        .collect();
    (plain != folded).then_some(plain)
}

/// The aliases of places (see [`Pattern::alias`]) that, among the automaton's
/// `folded_patterns`, occur in the folded name of a namesake.
fn aliases_named_in(name: &str, folded_patterns: &[String], patterns: &[Pattern]) -> Vec<u32> {
    let mut aliases: Vec<u32> = folded_patterns
        .iter()
        .zip(patterns)
        .filter(|(pattern, p)| {
            matches!(p.meaning, Meaning::Place(_)) && name.contains(pattern.as_str())
        })
        .map(|(_, p)| p.alias)
        .collect();
    aliases.sort_unstable();
    aliases.dedup();
    aliases
}

/// Whether `c` is a letter of the Latin script (with its diacritics).
fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && (c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}
