//! Whether a UAX #29 sentence boundary inside a line is a false one in news
//! text ([`should_join`]): after titles and abbreviations ([`TITLES`], and
//! [`SOFT_ABBREVIATIONS`] unless one of the [`OPENERS`] follows), initials and
//! dotted abbreviations, before a lower-case continuation, between a closing
//! quote and a quoting particle, and inside a Korean dotted date.

use std::sync::LazyLock;

use regex::Regex;

/// The year (and month) of a Korean dotted date at the end of a piece: "2024.",
/// "2024. 9.".
static KO_DOTTED_DATE_PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)[0-9]{4}\.(?:\s?[0-9]{1,2}\.){0,2}$").unwrap());

/// A whole Korean dotted date at the end of a piece: "2024. 9. 11.".
static KO_DOTTED_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)[0-9]{4}\.\s?[0-9]{1,2}\.\s?[0-9]{1,2}\.$").unwrap());

/// The month or day that continues a Korean dotted date: "9.", "11.".
static KO_DOTTED_DATE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{1,2}\.(?:\s|$)").unwrap());

/// Whether `c` is a Hangul syllable.
fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7AF}').contains(&c)
}

/// Titles and abbreviations after which a period never ends a sentence
/// (Russian, Ukrainian, Spanish, Vietnamese and Filipino ones after the English).
const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Mt",
    "Ft",
    "Prof",
    "Gen",
    "Sen",
    "Rep",
    "Gov",
    "Lt",
    "Col",
    "Capt",
    "Cpt",
    "Sgt",
    "Maj",
    "Adm",
    "Cmdr",
    "Pres",
    "Rev",
    "Hon",
    "Amb",
    "Supt",
    "Messrs",
    "No",
    "Nos",
    "vs",
    "approx",
    "Fig",
    "fig",
    "al",
    "Ave",
    "Blvd",
    "Rd",
    "Univ",
    "Dept",
    "Vol",
    "pp",
    "vol",
    "art",
    "Art",
    "para",
    "ch",
    "no",
    "nos",
    "p", // Russian
    "ул",
    "им",
    "обл",
    "пос",
    "руб",
    "долл",
    "млн",
    "млрд",
    "тыс",
    "св",
    "проф",
    "акад",
    "ген",
    "ст",
    "см",
    "напр",
    "корр",
    "тов",
    "зам",
    "нач",
    "ок",
    "пр",
    "кв",
    "р-н",
    "пгт",
    "просп", // Ukrainian
    "вул",
    "див",
    "тис",
    "грн", // Spanish
    "Sra",
    "Srta",
    "Dra",
    "Gral",
    "Lic",
    "Ing",
    "EE", // Vietnamese: thành phố, tiến sĩ, giáo sư, phó giáo sư, thạc sĩ
    "TP",
    "TS",
    "GS",
    "PGS",
    "ThS", // Filipino: Ginang, Binibini, Kagalang-galang (and "Ma.", see `is_maria`)
    "Gng",
    "Bb",
    "Kgg",
];

/// Abbreviations that usually continue the sentence but may also end it; the
/// period ends the sentence only when a typical sentence opener follows.
const SOFT_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jr",
    "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "г", "гг", "др", "etc", "р", "рр", "UU",
];

/// Words that typically open a sentence (used to tell "U.S. The" from "U.S. Navy").
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "While",
    "When",
    "If",
    "Since",
    "Still",
    "Also",
    "For",
    "According",
    "В",
    "Во",
    "На",
    "По",
    "Это",
    "Он",
    "Она",
    "Они",
    "Мы",
    "Но",
    "И",
    "А",
    "Как",
    "При",
    "После",
    "До",
    "С",
    "Так",
    "Также",
    "Кроме",
    "Однако",
    "Сейчас",
    "Тогда",
    "Затем",
    "Позже",
    "Ранее",
    "У",
    "Це",
    "Він",
    "Вона",
    "Вони",
    "Але",
    "І",
    "Після",
    "Також",
    "Проте",
    "Водночас",
    "El",
    "La",
    "Los",
    "Las",
    "En",
    "Un",
    "Una",
    "Según",
    "Por",
    "Pero",
];

/// Whether the UAX #29 boundary between `prev` and `next` is a false one.
pub(super) fn should_join(prev: &str, next: &str) -> bool {
    let Some(first) = next.chars().next() else {
        return false;
    };
    // A lower-case continuation: `"Stop!" he said`, `т. е. острова`.
    if first.is_lowercase() {
        return true;
    }
    if matches!(
        first,
        ',' | ';' | ':' | ')' | '）' | '」' | '』' | '»' | '”' | '、'
    ) {
        return true;
    }
    // A quote followed by a quoting particle: 「…！」と述べた, Korean "….”라고 말했다".
    if prev.ends_with(['」', '』', '”', '"'])
        && [
            "と",
            "って",
            "など",
            "との",
            "라고",
            "이라고",
            "라며",
            "이라며",
            "고 ",
            "며 ",
        ]
        .iter()
        .any(|p| next.starts_with(p))
    {
        return true;
    }
    // A Korean dotted date: "2024. 9. 11. 순시선을 확인했다".
    let continues_date = (first.is_ascii_digit() && KO_DOTTED_DATE_START.is_match(next))
        || (is_hangul(first) && KO_DOTTED_DATE.is_match(prev));
    if prev.ends_with('.')
        && continues_date
        && KO_DOTTED_DATE_PART.is_match(prev)
        && prev.chars().any(is_hangul)
    {
        return true;
    }
    // `prev` is trimmed: its last token ends where it does.
    if !prev.ends_with('.') {
        return false;
    }
    let Some(token) = prev.split_whitespace().next_back() else {
        return false;
    };
    let Some(word) = token.strip_suffix('.') else {
        return false;
    };
    let word = word.trim_start_matches(['(', '[', '"', '\'', '«', '“', '‘', '„', '—', '-']);
    if word.is_empty() {
        return false;
    }
    // Looked up only where the answer depends on it.
    let opener = || {
        let next_word: &str = next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        OPENERS.contains(&next_word)
    };
    // Initials and one-letter abbreviations: "V. Putin", "о. Итуруп", "1945 г.".
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return !(matches!(word, "г" | "р") && opener());
    }
    if TITLE_LIST.contains(word) || is_maria(prev, word) {
        return true;
    }
    if SOFT_ABBREVIATION_LIST.contains(word) {
        return first.is_ascii_digit() || !opener();
    }
    // Dotted abbreviations: "U.S.", "U.K.", "т.е.", "e.g.", "a.m.".
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic));
    if dotted {
        return !opener();
    }
    false
}

/// Whether `word`, the last of `prev`, is "Ma." for María in a Filipino name
/// ("si Ma. Teresita Daza", "Sen. Ma. Lourdes"), not the end of a name that
/// "Ma" ends after another capitalised word ("… chiếm giữ đá Gạc Ma. Mười bốn năm …").
fn is_maria(prev: &str, word: &str) -> bool {
    word == "Ma"
        && !prev.split_whitespace().rev().nth(1).is_some_and(|before| {
            before.chars().next().is_some_and(char::is_uppercase) && !before.ends_with('.')
        })
}

/// [`TITLES`], for lookups.
static TITLE_LIST: LazyLock<WordList> = LazyLock::new(|| WordList::new(TITLES));

/// [`SOFT_ABBREVIATIONS`], for lookups.
static SOFT_ABBREVIATION_LIST: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(SOFT_ABBREVIATIONS));

/// A list of words to look words up in: most words are told apart from all of
/// them by their length and first byte alone; the others by a binary search
/// (lookups come at most sentence ends).
struct WordList {
    /// The words, sorted.
    sorted: Vec<&'static str>,
    /// Per first byte, a bit for each length (in bytes, below 32) of a word
    /// starting with it.
    lengths: [u32; 256],
}

impl WordList {
    fn new(words: &[&'static str]) -> WordList {
        let mut sorted = words.to_vec();
        sorted.sort_unstable();
        let mut lengths = [0u32; 256];
        for word in words {
            assert!(!word.is_empty() && word.len() < 32, "{word}");
            lengths[usize::from(word.as_bytes()[0])] |= 1 << word.len();
        }
        WordList { sorted, lengths }
    }

    /// Whether `word` is in the list.
    fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        word.len() < 32
            && self.lengths[usize::from(first)] & (1 << word.len()) != 0
            && self.sorted.binary_search(&word).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`should_join`] as it was before it looked its words up lazily and by
    /// binary search.
    fn should_join_before(prev: &str, next: &str) -> bool {
        let Some(first) = next.chars().next() else {
            return false;
        };
        // A lower-case continuation: `"Stop!" he said`, `т. е. острова`.
        if first.is_lowercase() {
            return true;
        }
        if matches!(
            first,
            ',' | ';' | ':' | ')' | '）' | '」' | '』' | '»' | '”' | '、'
        ) {
            return true;
        }
        // A quote followed by a quoting particle: 「…！」と述べた, Korean "….”라고 말했다".
        if prev.ends_with(['」', '』', '”', '"'])
            && [
                "と",
                "って",
                "など",
                "との",
                "라고",
                "이라고",
                "라며",
                "이라며",
                "고 ",
                "며 ",
            ]
            .iter()
            .any(|p| next.starts_with(p))
        {
            return true;
        }
        // A Korean dotted date: "2024. 9. 11. 순시선을 확인했다".
        let continues_date = (first.is_ascii_digit() && KO_DOTTED_DATE_START.is_match(next))
            || (is_hangul(first) && KO_DOTTED_DATE.is_match(prev));
        if prev.ends_with('.')
            && continues_date
            && KO_DOTTED_DATE_PART.is_match(prev)
            && prev.chars().any(is_hangul)
        {
            return true;
        }
        let Some(token) = prev.split_whitespace().next_back() else {
            return false;
        };
        let Some(word) = token.strip_suffix('.') else {
            return false;
        };
        let word = word.trim_start_matches(['(', '[', '"', '\'', '«', '“', '‘', '„', '—', '-']);
        if word.is_empty() {
            return false;
        }
        let next_word: &str = next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let opener = OPENERS.contains(&next_word);
        // Initials and one-letter abbreviations: "V. Putin", "о. Итуруп", "1945 г.".
        if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
            return !(matches!(word, "г" | "р") && opener);
        }
        if TITLES.contains(&word) {
            return true;
        }
        if SOFT_ABBREVIATIONS.contains(&word) {
            return first.is_ascii_digit() || !opener;
        }
        // Dotted abbreviations: "U.S.", "U.K.", "т.е.", "e.g.", "a.m.".
        let dotted = word.contains('.')
            && word
                .split('.')
                .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic));
        if dotted {
            return !opener;
        }
        false
    }

    #[test]
    fn should_join_as_before() {
        let prevs = [
            "Mr.",
            "He met Mr.",
            "in 1945 г.",
            "with the U.S.",
            "т.е.",
            "(Gen.",
            "the islands.",
            "Nov.",
            "etc.",
            "V.",
            "said so!",
            "«Крим.»",
            "2024.",
            "해경은 2024. 9.",
            "a.m.",
            "No.",
            "UU.",
            "р.",
            "EE.",
            "x",
            "",
            ".",
            "Inc.",
            "e.g.",
            "“Dr.",
        ];
        let nexts = [
            "The talks",
            "Putin",
            "1, 2010",
            "В ней",
            "he said",
            "Navy",
            "9. 11. 순시선을",
            "순시선을",
            "Also",
            "",
            ", and",
            "」と述べた",
            "라고 말했다",
            "Según",
            "И",
            "2,000 troops",
            "According to",
            "El canciller",
            "rest",
        ];
        for prev in prevs {
            for next in nexts {
                assert_eq!(
                    should_join(prev, next),
                    should_join_before(prev, next),
                    "{prev:?} {next:?}"
                );
            }
        }
    }

    #[test]
    fn word_lists_hold_their_words_and_no_other() {
        for (list, words) in [
            (&*TITLE_LIST, TITLES),
            (&*SOFT_ABBREVIATION_LIST, SOFT_ABBREVIATIONS),
        ] {
            for word in words {
                assert!(list.contains(word), "{word}");
                for other in [
                    format!("{word}s"),
                    word.to_uppercase(),
                    word.chars().skip(1).collect::<String>(),
                ] {
                    assert_eq!(
                        list.contains(&other),
                        words.contains(&other.as_str()),
                        "{other}"
                    );
                }
            }
            for other in ["", "islands", "U.S", "т.е", "Kurils", "г", "х"] {
                assert_eq!(list.contains(other), words.contains(&other), "{other}");
            }
        }
    }
}
