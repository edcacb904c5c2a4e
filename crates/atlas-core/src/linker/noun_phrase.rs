//! A noun phrase declined around its head, the part of case generation that
//! Russian ([`super::russian`]) and Ukrainian ([`super::ukrainian`]) share.
//!
//! A phrase is split into words (a comma is a word of its own); each language
//! classifies its words ([`Word`]): adjectives before the first noun agree with
//! it, the first noun is the head, words after it stay as written (an adjective
//! name after it may also agree: "остров Зелёный", "острів Зелений"). The phrase
//! is then built in each of the six cases (nominative, genitive, dative,
//! accusative, instrumental, prepositional/locative) for each agreement the head
//! allows. The endings themselves belong to each language's module.

use std::collections::HashSet;

/// The six cases, nominative → prepositional (Russian) or locative (Ukrainian).
pub(super) const CASES: usize = 6;

/// Grammatical gender and number of a phrase's head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Agreement {
    Masculine,
    Feminine,
    Neuter,
    Plural,
}

/// Case endings, one slot per case, each with its variant spellings.
pub(super) type Paradigm = [&'static [&'static str]; CASES];

/// A word's full forms, one slot per case, each with its variants.
pub(super) type Forms = Box<[Vec<String>; CASES]>;

/// Chooses an adjective's endings: by the head's agreement and whether the
/// adjective takes the soft endings.
pub(super) type AdjectiveEndings = fn(Agreement, bool) -> Paradigm;

/// How one word of a phrase changes.
#[derive(Debug, Clone)]
pub(super) enum Word {
    /// Never changes.
    Fixed(String),
    /// An adjective: the part before its last hyphen, its stem, and whether it
    /// takes the soft endings.
    Adjective {
        prefix: String,
        stem: String,
        soft: bool,
    },
    /// An adjective after the head noun, the name in "остров Зелёный": as written
    /// (in apposition) or agreeing with the head.
    Appositive {
        written: String,
        adjective: Box<Word>,
    },
    /// A noun: its singular and plural forms (either may be absent) and the
    /// agreement it asks of its adjectives.
    Noun {
        singular: Option<Forms>,
        plural: Option<Forms>,
        agreement: Agreement,
    },
}

/// The forms of `stem` with each of `paradigm`'s endings, `prefix` in front.
pub(super) fn inflect(prefix: &str, stem: &str, paradigm: &Paradigm) -> Forms {
    Box::new(paradigm.map(|endings| {
        endings
            .iter()
            .map(|e| format!("{prefix}{stem}{e}"))
            .collect()
    }))
}

/// Splits `word` into the part that never declines (up to and including the last
/// hyphen) and the part that does ("Южно-" and "Курильск").
pub(super) fn split_prefix(word: &str) -> (&str, &str) {
    match word.rfind('-') {
        Some(i) => (&word[..=i], &word[i + 1..]),
        None => ("", word),
    }
}

/// The words of `phrase` as written, split at white space and before each
/// comma: a comma starts a word that never changes ("Курильский, Южно-Курильский").
/// [`decline`] joins the words with spaces and takes the space before a comma out.
pub(super) fn split_words(phrase: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for token in phrase.split_whitespace() {
        let mut rest = token;
        // The first character stays in the word it starts, comma or not.
        let after_first = |w: &str| w.chars().next().map_or(0, char::len_utf8);
        while let Some(i) = rest[after_first(rest)..]
            .find(',')
            .map(|i| i + after_first(rest))
        {
            words.push(&rest[..i]);
            rest = &rest[i..];
        }
        words.push(rest);
    }
    words
}

/// Classifies the words of a phrase with `classify` (called with each word's
/// index) up to and including the first noun, the head; words after it stay as
/// written, except an adjective (a name, "остров Зелёный", "станица Крымская"),
/// which may also agree with the head.
pub(super) fn classify_phrase(words: &[String], classify: impl Fn(usize) -> Word) -> Vec<Word> {
    let mut classified: Vec<Word> = Vec::with_capacity(words.len());
    let mut head_seen = false;
    for (i, w) in words.iter().enumerate() {
        if head_seen {
            let word = match classify(i) {
                adjective @ Word::Adjective { .. } => Word::Appositive {
                    written: w.clone(),
                    adjective: Box::new(adjective),
                },
                _ => Word::Fixed(w.clone()),
            };
            classified.push(word);
            continue;
        }
        let word = classify(i);
        head_seen = matches!(word, Word::Noun { .. });
        classified.push(word);
    }
    classified
}

/// One slot of the table: the forms a word takes in one case and agreement.
fn word_forms(
    word: &Word,
    agreement: Agreement,
    case: usize,
    adjectives: AdjectiveEndings,
) -> Vec<String> {
    match word {
        Word::Fixed(w) => vec![w.clone()],
        Word::Appositive { written, adjective } => {
            let mut forms = vec![written.clone()];
            forms.extend(word_forms(adjective, agreement, case, adjectives));
            forms
        }
        Word::Adjective { prefix, stem, soft } => adjectives(agreement, *soft)[case]
            .iter()
            .map(|e| format!("{prefix}{stem}{e}"))
            .collect(),
        Word::Noun {
            singular, plural, ..
        } => {
            let forms = if agreement == Agreement::Plural {
                plural.as_ref().or(singular.as_ref())
            } else {
                singular.as_ref().or(plural.as_ref())
            };
            forms.expect("a noun has forms")[case].clone()
        }
    }
}

/// The phrases `classified` makes in one case and agreement: every combination
/// of its words' variants.
pub(super) fn phrases_in(
    classified: &[Word],
    agreement: Agreement,
    case: usize,
    adjectives: AdjectiveEndings,
) -> Vec<String> {
    let mut phrases = vec![String::new()];
    for word in classified {
        let options = word_forms(word, agreement, case, adjectives);
        phrases = phrases
            .iter()
            .flat_map(|p| {
                options.iter().map(move |o| {
                    if p.is_empty() {
                        o.clone()
                    } else {
                        format!("{p} {o}")
                    }
                })
            })
            .collect();
    }
    phrases
}

/// The agreements `classified` is declined in. A masculine head is declined in
/// the singular and the plural; a head with only plural forms makes its
/// adjectives plural; a phrase with no noun (a lone adjective, "курильский")
/// agrees with whatever noun follows it: all genders.
fn agreements(classified: &[Word]) -> Vec<Agreement> {
    let head = classified.iter().find_map(|w| match w {
        Word::Noun { agreement, .. } => Some(*agreement),
        _ => None,
    });
    let candidates: Vec<Agreement> = match head {
        Some(Agreement::Masculine) => vec![Agreement::Masculine, Agreement::Plural],
        Some(a) => vec![a],
        None => vec![
            Agreement::Masculine,
            Agreement::Feminine,
            Agreement::Neuter,
            Agreement::Plural,
        ],
    };
    candidates
        .into_iter()
        // Skip a number the head lacks (a feminine noun with no plural forms).
        .filter(|agreement| {
            classified.iter().all(|w| match w {
                Word::Noun {
                    singular, plural, ..
                } => match agreement {
                    Agreement::Plural => plural.is_some() || singular.is_some(),
                    _ => singular.is_some(),
                },
                _ => true,
            })
        })
        .map(|agreement| match head {
            // Masculine nouns with only a plural form ("Курилы") take plural adjectives.
            Some(Agreement::Plural) => Agreement::Plural,
            _ => agreement,
        })
        .collect()
}

/// Every case form of the phrase `classified`, `written` (the phrase itself) first,
/// each once, in each of its [`agreements`].
pub(super) fn decline(
    written: String,
    classified: &[Word],
    adjectives: AdjectiveEndings,
) -> Vec<String> {
    let mut forms = vec![written];
    for agreement in agreements(classified) {
        for case in 0..CASES {
            forms.extend(phrases_in(classified, agreement, case, adjectives));
        }
    }
    let mut seen = HashSet::new();
    forms.retain(|f| seen.insert(f.clone()));
    forms.iter().map(|f| f.replace(" ,", ",")).collect()
}

/// The phrases `classified` makes in each case, over all its [`agreements`]: for
/// joining phrases declined in the same case ("Південної Джорджії та Південних
/// Сандвічевих островів"). A comma keeps the space before it.
pub(super) fn case_table(classified: &[Word], adjectives: AdjectiveEndings) -> Forms {
    let mut table: Forms = Box::default();
    for agreement in agreements(classified) {
        for (case, slot) in table.iter_mut().enumerate() {
            for phrase in phrases_in(classified, agreement, case, adjectives) {
                if !slot.contains(&phrase) {
                    slot.push(phrase);
                }
            }
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_are_words_of_their_own() {
        assert_eq!(
            split_words("Курильский,  Южно-Курильский ,x a,b"),
            ["Курильский", ",", "Южно-Курильский", ",x", "a", ",b"]
        );
    }

    #[test]
    fn only_the_last_part_of_a_hyphenated_word_declines() {
        assert_eq!(split_prefix("южно-курильск"), ("южно-", "курильск"));
        assert_eq!(split_prefix("крим"), ("", "крим"));
    }

    #[test]
    fn words_after_the_head_stay_as_written_but_an_adjective_may_also_agree() {
        let words: Vec<String> = ["big", "island", "red", "sea"].map(String::from).to_vec();
        let noun = Word::Noun {
            singular: Some(inflect(
                "",
                "island",
                &[&[""], &["s"], &[""], &[""], &[""], &[""]],
            )),
            plural: None,
            agreement: Agreement::Feminine,
        };
        let classified = classify_phrase(&words, |i| match i {
            1 | 3 => noun.clone(),
            _ => Word::Adjective {
                prefix: String::new(),
                stem: words[i].clone(),
                soft: false,
            },
        });
        assert!(matches!(classified[0], Word::Adjective { .. }));
        assert!(matches!(classified[1], Word::Noun { .. }));
        assert!(matches!(&classified[2], Word::Appositive { written, .. } if written == "red"));
        assert!(matches!(&classified[3], Word::Fixed(w) if w == "sea"));
    }
}
