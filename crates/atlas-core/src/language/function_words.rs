//! The function words of the Latin-script languages in the sample that
//! [`whatlang`] would read ([`FunctionWords`]): in running text a language's
//! articles, prepositions and conjunctions are a fifth of its words, so when
//! one language's outnumber every other's many times over, they decide at once
//! and the trigram model (the costly part of detection) is not asked. Where
//! they leave any doubt (a short or mixed sample, Vietnamese written without
//! diacritics), [`whatlang`] decides as before.

use super::Language;

/// English function words, none of them a word of Spanish or Filipino.
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "is", "was", "that", "for", "with", "by", "from", "his", "its",
    "has", "have", "were", "which", "will", "it", "said", "this", "are", "been", "after",
];

/// Spanish function words, none of them a word of English or Filipino ("de",
/// "la" and "el" are left out: English names are full of them).
const SPANISH: &[&str] = &[
    "los", "las", "del", "que", "y", "por", "con", "una", "un", "se", "su", "para", "es", "fue",
    "al", "sus", "entre", "como", "sobre", "lo", "tras",
];

/// Filipino function words, none of them a word of English or Spanish ("at",
/// "and", and "si" are left out: both write them; "sa" too, which Vietnamese
/// names are full of: Trường Sa, Hoàng Sa).
const FILIPINO: &[&str] = &[
    "ang", "ng", "mga", "ay", "ni", "noong", "nang", "ito", "kay", "naman", "hindi", "ayon",
    "niya", "kanilang", "aniya",
];

/// Vietnamese words as written without diacritics: they decide nothing (the
/// letters only Vietnamese writes decide it, in [`super::scripts`]), but keep
/// the others from deciding on Vietnamese text without its diacritics.
const VIETNAMESE: &[&str] = &[
    "cua", "nhung", "duoc", "trong", "cac", "voi", "nguoi", "khong", "ngay", "thang", "nam", "va",
    "tai", "cho", "nay", "mot",
];

/// How many function words of each language a sample holds.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct FunctionWords {
    english: usize,
    spanish: usize,
    filipino: usize,
    vietnamese: usize,
}

/// How many function words the deciding language needs at least.
const MIN_WORDS: usize = 8;

/// How many times the deciding language's words must outnumber those of each
/// other language.
const MARGIN: usize = 5;

impl FunctionWords {
    /// Counts the function words of `sample`: its runs of letters (ASCII
    /// letters in any case; a run with a letter beyond ASCII, "según", is no
    /// word of the lists).
    pub(super) fn of(sample: &str) -> FunctionWords {
        let mut count = FunctionWords::default();
        let mut word = [0u8; 8];
        for run in sample.split(|c: char| !c.is_alphabetic()) {
            if run.is_empty() || run.len() > word.len() || !run.is_ascii() {
                continue;
            }
            let lower = &mut word[..run.len()];
            lower.copy_from_slice(run.as_bytes());
            lower.make_ascii_lowercase();
            let lower = std::str::from_utf8(lower).expect("ASCII");
            if ENGLISH.contains(&lower) {
                count.english += 1;
            } else if SPANISH.contains(&lower) {
                count.spanish += 1;
            } else if FILIPINO.contains(&lower) {
                count.filipino += 1;
            } else if VIETNAMESE.contains(&lower) {
                count.vietnamese += 1;
            }
        }
        count
    }

    /// English, Spanish or Filipino, when that language's function words are
    /// at least [`MIN_WORDS`] and [`MARGIN`] times those of each other one
    /// (Vietnamese included).
    pub(super) fn language(self) -> Option<Language> {
        let counts = [
            (self.english, Language::En),
            (self.spanish, Language::Es),
            (self.filipino, Language::Fil),
            (self.vietnamese, Language::Vi),
        ];
        let (most, language) = counts[..3].iter().copied().max_by_key(|(n, _)| *n)?;
        let others_below = counts
            .iter()
            .filter(|(_, l)| *l != language)
            .all(|(n, _)| n * MARGIN <= most);
        (most >= MIN_WORDS && others_below).then_some(language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_decide_only_with_a_wide_margin() {
        let en = "The ministry said on Tuesday that the ship, which was seen near the \
                  island, has left the waters of the zone it had entered with two others.";
        assert_eq!(FunctionWords::of(en).language(), Some(Language::En));
        let es = "El ministerio dijo que el buque, que fue visto cerca de las islas, se \
                  retiró de la zona tras la protesta del gobierno y de los pescadores.";
        assert_eq!(FunctionWords::of(es).language(), Some(Language::Es));
        let fil = "Ayon sa Philippine Coast Guard, hindi umalis ang mga barko ng China sa \
                   Bajo de Masinloc noong Lunes, at nagpadala naman ito ng mas maraming barko.";
        assert_eq!(FunctionWords::of(fil).language(), Some(Language::Fil));
        // Too few words, or two languages mixed: no decision.
        assert_eq!(FunctionWords::of("The islands").language(), None);
        let mixed = format!("{en} {es}");
        assert_eq!(FunctionWords::of(&mixed).language(), None);
        // Vietnamese without its diacritics: its names hold no Filipino word.
        let vi = "Bo Ngoai giao phan doi viec tau Trung Quoc dam chim tau ca cua ngu dan \
                  Viet Nam o Hoang Sa va Truong Sa trong thang nay, mot nguoi cho biet.";
        assert_eq!(FunctionWords::of(vi).language(), None);
    }

    #[test]
    fn no_word_is_in_two_lists() {
        let lists = [ENGLISH, SPANISH, FILIPINO, VIETNAMESE];
        for (i, a) in lists.iter().enumerate() {
            for b in lists.iter().skip(i + 1) {
                assert!(a.iter().all(|w| !b.contains(w)), "{a:?} / {b:?}");
            }
        }
    }
}
