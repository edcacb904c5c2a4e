//! The words the event rules look for, one module per language.
//!
//! Each language gives an [`EventWords`]: where a sentence with several dates
//! is cut into clauses, which words refer back to places named earlier ("the
//! islands", «эти острова», 同島, "the exercises"), and what tells a sentence
//! that reports something that happened. Each language's words are compiled
//! on their own ([`Words`]) and run only on text with letters of its [`Script`]
//! in an article whose [`Languages`] include it ([`languages_in`], [`any_matches`]).
//!
//! Adding a language: a module `xx.rs` with its `WORDS`, one line in
//! [`LANGUAGES`], and its tests in that module.

use std::cell::OnceCell;
use std::sync::LazyLock;

use crate::language::{Language, Languages};
use crate::prechecked_regex::PrecheckedRegex;

mod en;
mod es;
mod fil;
mod ja;
mod ko;
mod ru;
mod uk;
mod vi;
mod zh;

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

/// The script a language is written in: its patterns run only on text with
/// letters of that script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Script {
    /// Latin letters (English). Its patterns use ASCII word boundaries, which the
    /// regex engine's fast automaton handles on any text.
    Latin,
    /// Cyrillic letters (Russian).
    Cyrillic,
    /// Kana or Han characters (Japanese and Chinese, which share the Han
    /// characters: each language's words run on the other's text too, so they
    /// are kept to words the other does not use).
    Cjk,
    /// Hangul (Korean).
    Hangul,
}

impl Script {
    /// Which of the `wanted` scripts `text` has letters of (the others are
    /// `false`): the search stops once all of them are found.
    ///
    /// ASCII is read byte by byte, and once a Latin letter is found, blocks of
    /// [`BLOCK`] ASCII bytes are passed over whole: only the characters beyond
    /// ASCII can add a script then. Those are told by their first bytes
    /// ([`script_at`]), not decoded.
    fn of(text: &str, wanted: [bool; 4]) -> [bool; 4] {
        let bytes = text.as_bytes();
        let mut found = [false; 4];
        let all_found = |found: &[bool; 4]| found.iter().zip(wanted).all(|(f, w)| *f || !w);
        if all_found(&found) {
            return found;
        }
        let mut i = 0;
        while i < bytes.len() {
            if found[0] && bytes.get(i..i + BLOCK).is_some_and(|b| b.is_ascii()) {
                i += BLOCK;
                continue;
            }
            let b = bytes[i];
            if b.is_ascii() {
                if b.is_ascii_alphabetic() && !found[0] {
                    found[0] = wanted[0];
                    if all_found(&found) {
                        break;
                    }
                }
                i += 1;
                continue;
            }
            let (script, len) = script_at(&bytes[i..]);
            if let Some(script) = script.filter(|&script| wanted[script]) {
                found[script] = true;
                if all_found(&found) {
                    break;
                }
            }
            i += len;
        }
        found
    }

    /// The scripts of the languages in `languages` that have event words.
    fn of_languages(languages: Languages) -> [bool; 4] {
        let mut wanted = [false; 4];
        for words in LANGUAGES {
            wanted[words.script.index()] |= languages.contains(words.language);
        }
        wanted
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The script (as an index of [`Script`]) of the character beyond ASCII that
/// `bytes` starts with, and its length, told from its UTF-8 bytes: Cyrillic
/// U+0400–U+04FF (lead bytes 0xD0–0xD3); kana U+3040–U+30FF, CJK ideographs
/// U+4E00–U+9FFF and half-width katakana U+FF66–U+FF9F; Hangul syllables
/// U+AC00–U+D7AF, jamo U+1100–U+11FF and compatibility jamo U+3130–U+318F.
fn script_at(bytes: &[u8]) -> (Option<usize>, usize) {
    let byte = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let (lead, second, third) = (byte(0), byte(1), byte(2));
    let (cyrillic, cjk, hangul) = (Some(1), Some(2), Some(3));
    match lead {
        0xD0..=0xD3 => (cyrillic, 2),
        0xC0..=0xDF => (None, 2),
        0xE0..=0xEF => {
            let script = match (lead, second) {
                (0xE3, 0x81..=0x83) | (0xE4, 0xB8..) | (0xE5..=0xE9, _) => cjk,
                (0xEF, 0xBD) if third >= 0xA6 => cjk,
                (0xEF, 0xBE) if third <= 0x9F => cjk,
                (0xE1, 0x84..=0x87) | (0xEA, 0xB0..) | (0xEB..=0xEC, _) => hangul,
                (0xED, ..=0x9D) => hangul,
                (0xED, 0x9E) if third <= 0xAF => hangul,
                (0xE3, 0x84) if third >= 0xB0 => hangul,
                (0xE3, 0x85) => hangul,
                (0xE3, 0x86) if third <= 0x8F => hangul,
                _ => None,
            };
            (script, 3)
        }
        _ => (None, 4),
    }
}

/// How many bytes [`Script::of`] passes over at once.
const BLOCK: usize = 32;

/// One language's words for the event rules (regular expression sources).
pub(super) struct EventWords {
    /// The language.
    pub language: Language,
    /// The script it is written in.
    pub script: Script,
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
    /// What ends a wire dispatch's dateline right after its date (Chinese
    /// 电/電, "dispatch": 新华社北京11月20日电): that date is the report's, not
    /// an event's, when the sentence has another. Empty where the language's
    /// datelines put the date elsewhere (English's are in `date_filters.rs`).
    pub dispatch: &'static str,
    /// Whether an island word right before a capitalized word is that
    /// island's name, not a reference: Spanish «al norte de la isla Borbón»
    /// names another island. Not where a sentence's subject may follow («На
    /// острове Путин…», "the islands Japan calls…").
    pub names_follow: bool,
}

/// Every language with event words.
pub(super) const LANGUAGES: &[&EventWords] = &[
    &en::WORDS,
    &ru::WORDS,
    &ja::WORDS,
    &zh::WORDS,
    &ko::WORDS,
    &uk::WORDS,
    &es::WORDS,
    &vi::WORDS,
    &fil::WORDS,
];

/// One language's words, compiled. An empty pattern is `None`.
pub(super) struct Words {
    /// The language.
    pub language: Language,
    /// Where a sentence is cut into clauses.
    pub clause_break: Option<PrecheckedRegex>,
    /// What must follow a clause break for it to cut.
    pub after_break: Option<PrecheckedRegex>,
    /// A clause break that is none (matched at the end of the text before it).
    pub not_clause_break: Option<PrecheckedRegex>,
    /// A predicate.
    pub predicate: Option<PrecheckedRegex>,
    /// Plural island references.
    pub islands: Option<PrecheckedRegex>,
    /// Singular island references.
    pub island: Option<PrecheckedRegex>,
    /// Per [`EventNoun`]: the noun.
    pub nouns: [Option<PrecheckedRegex>; 3],
    /// Any of the [`Words::nouns`] (one pass says a sentence has none).
    pub any_noun: Option<PrecheckedRegex>,
    /// Per [`EventNoun`]: the noun referring back.
    pub noun_references: [Option<PrecheckedRegex>; 3],
    /// Any referring word (one pass says a clause has none).
    pub any_reference: Option<PrecheckedRegex>,
    /// News markers.
    pub news: Option<PrecheckedRegex>,
    /// Statements.
    pub statement: Option<PrecheckedRegex>,
    /// Weeks.
    pub weeks: Option<PrecheckedRegex>,
    /// The end of a dispatch's dateline, matched right after a date.
    pub dispatch: Option<PrecheckedRegex>,
    /// Whether an island word before a capitalized word names that island
    /// ([`EventWords::names_follow`]).
    pub names_follow: bool,
}

impl Words {
    fn compile(words: &EventWords) -> Words {
        let compile = |source: &str, anchor: (&str, &str)| -> Option<PrecheckedRegex> {
            if source.is_empty() {
                return None;
            }
            // Latin-script words need only ASCII word boundaries.
            let source = if words.script == Script::Latin {
                source.replace(r"\b", r"(?-u:\b)")
            } else {
                source.to_string()
            };
            Some(
                PrecheckedRegex::new(&format!("{}(?:{source}){}", anchor.0, anchor.1))
                    .expect("valid event word patterns"),
            )
        };
        let free = ("", "");
        let mut references = vec![words.islands, words.island];
        references.extend(words.noun_references);
        let any_of = |sources: &[&str]| -> String {
            sources
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| format!("(?:{s})"))
                .collect::<Vec<_>>()
                .join("|")
        };
        Words {
            language: words.language,
            clause_break: compile(words.clause_break, free),
            after_break: compile(words.after_break, ("^", "")),
            not_clause_break: compile(words.not_clause_break, ("", "$")),
            predicate: compile(words.predicate, free),
            islands: compile(words.islands, free),
            island: compile(words.island, free),
            nouns: words.nouns.map(|n| compile(n, free)),
            any_noun: compile(&any_of(&words.nouns), free),
            noun_references: words.noun_references.map(|n| compile(n, free)),
            any_reference: compile(&any_of(&references), free),
            news: compile(words.news, free),
            statement: compile(words.statement, free),
            weeks: compile(words.weeks, free),
            dispatch: compile(words.dispatch, ("^", "")),
            names_follow: words.names_follow,
        }
    }
}

/// Every language's compiled words, by [`Script`].
static COMPILED: LazyLock<[Vec<Words>; 4]> = LazyLock::new(|| {
    let mut by_script: [Vec<Words>; 4] = Default::default();
    for words in LANGUAGES {
        by_script[words.script.index()].push(Words::compile(words));
    }
    by_script
});

/// A text and the scripts of its letters ([`Script::of`]), found when first
/// asked for: an event sentence is asked about by several rules.
pub(super) struct Sentence<'t> {
    text: &'t str,
    /// The scripts looked for, and those of them found.
    scripts: OnceCell<([bool; 4], [bool; 4])>,
}

impl<'t> Sentence<'t> {
    /// `text`, its scripts not found yet.
    pub(super) fn of(text: &'t str) -> Sentence<'t> {
        Sentence {
            text,
            scripts: OnceCell::new(),
        }
    }

    /// The text.
    pub(super) fn text(&self) -> &'t str {
        self.text
    }

    /// The compiled words of those of `languages` whose script the text has letters of.
    pub(super) fn languages(&self, languages: Languages) -> impl Iterator<Item = &'static Words> {
        let wanted = Script::of_languages(languages);
        let (asked, found) = *self
            .scripts
            .get_or_init(|| (wanted, Script::of(self.text, wanted)));
        // Asked again for more scripts than the first time: look again.
        let scripts = if wanted.iter().zip(asked).all(|(w, a)| a || !w) {
            found
        } else {
            Script::of(self.text, wanted)
        };
        words_of_scripts(scripts, languages)
    }

    /// Whether a pattern that `pick` chooses, of one of `languages` found in
    /// the text, matches in it.
    pub(super) fn any_matches(
        &self,
        languages: Languages,
        pick: impl Fn(&Words) -> &Option<PrecheckedRegex>,
    ) -> bool {
        self.languages(languages)
            .any(|w| pick(w).as_ref().is_some_and(|r| r.is_match(self.text)))
    }
}

/// The compiled words of those of `languages` whose script `text` has letters of.
pub(super) fn languages_in(
    text: &str,
    languages: Languages,
) -> impl Iterator<Item = &'static Words> {
    words_of_scripts(Script::of(text, Script::of_languages(languages)), languages)
}

/// The compiled words of those of `languages` written in one of `scripts` (by [`Script::index`]).
fn words_of_scripts(
    scripts: [bool; 4],
    languages: Languages,
) -> impl Iterator<Item = &'static Words> {
    COMPILED
        .iter()
        .zip(scripts)
        .filter(|(_, found)| *found)
        .flat_map(|(words, _)| words.iter())
        .filter(move |words| languages.contains(words.language))
}

/// Whether a pattern that `pick` chooses, of one of `languages` found in
/// `text`, matches in `text`.
pub(super) fn any_matches(
    text: &str,
    languages: Languages,
    pick: impl Fn(&Words) -> &Option<PrecheckedRegex>,
) -> bool {
    languages_in(text, languages).any(|w| pick(w).as_ref().is_some_and(|r| r.is_match(text)))
}

/// The first match of `pattern` in `text` (the language modules' tests).
#[cfg(test)]
fn finds(pattern: &str, text: &str) -> Option<String> {
    regex::Regex::new(pattern)
        .unwrap()
        .find(text)
        .map(|m| m.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Script::of`] as it was, character by character.
    fn scripts_char_by_char(text: &str) -> [bool; 4] {
        let mut found = [false; 4];
        for c in text.chars() {
            match c {
                'a'..='z' | 'A'..='Z' => found[0] = true,
                '\u{0400}'..='\u{04FF}' => found[1] = true,
                '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF66}'..='\u{FF9F}' => {
                    found[2] = true
                }
                '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' => {
                    found[3] = true
                }
                _ => {}
            }
        }
        found
    }

    #[test]
    fn every_character_beyond_ascii_has_its_script_by_bytes() {
        for c in (0x80..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let encoded = c.encode_utf8(&mut buf);
            let expected = scripts_char_by_char(encoded).iter().position(|f| *f);
            assert_eq!(
                script_at(encoded.as_bytes()),
                (expected, c.len_utf8()),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn scripts_by_blocks_as_char_by_char() {
        let pieces = [
            "the islands were seized in 1945 and ",
            "1234567890 ",
            "Кунашир",
            "国後島",
            "独島は",
            "독도는",
            "ｱ",
            "ᄀ",
            "ㄱ",
            "é",
            "—",
            " ",
            "a",
            "Z",
            "\n",
            ".",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 30) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let all = scripts_char_by_char(&text);
            assert_eq!(Script::of(&text, [true; 4]), all, "{text:?}");
            // Only the scripts asked for, whichever they are.
            let wanted: [bool; 4] = std::array::from_fn(|i| state >> (40 + i) & 1 == 1);
            let expected: [bool; 4] = std::array::from_fn(|i| all[i] && wanted[i]);
            assert_eq!(Script::of(&text, wanted), expected, "{text:?} {wanted:?}");
            state = state.wrapping_add(0x9E37_79B9);
        }
    }

    #[test]
    fn any_noun_matches_where_a_noun_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/articles");
        let mut sentences = 0;
        for entry in std::fs::read_dir(dir).expect("the annotated articles") {
            let Ok(text) = std::fs::read_to_string(entry.unwrap().path()) else {
                continue;
            };
            for span in crate::sentences::sentence_spans(&text) {
                let sentence = &text[span];
                for words in COMPILED.iter().flatten() {
                    let any = words.nouns.iter().flatten().any(|r| r.is_match(sentence));
                    let one_pass = words
                        .any_noun
                        .as_ref()
                        .is_some_and(|r| r.is_match(sentence));
                    assert_eq!(one_pass, any, "{:?}: {sentence}", words.language);
                }
                sentences += 1;
            }
        }
        assert!(sentences > 1000, "only {sentences} sentences");
    }

    #[test]
    fn every_pattern_compiles() {
        assert_eq!(
            COMPILED.iter().map(Vec::len).sum::<usize>(),
            LANGUAGES.len()
        );
        assert!(any_matches(
            "Russia fortified the islands.",
            Languages::ALL,
            |w| &w.any_reference
        ));
        assert!(any_matches(
            "В 2016 году на эти острова прибыли войска.",
            Languages::ALL,
            |w| &w.islands
        ));
        assert!(!any_matches(
            "同島では式典が開かれた。",
            Languages::ALL,
            |w| &w.islands
        ));
        assert!(any_matches(
            "同島では式典が開かれた。",
            Languages::ALL,
            |w| &w.island
        ));
    }
}
