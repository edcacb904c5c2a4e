//! What the words around a Russian or Ukrainian name say it names when that
//! is not the place: a street named after it (на Крымской улице, улица
//! Курильская, вул. Кримська), a person (Феодосия Петровна: a first name
//! before a patronymic) or a village whose name is an adjective (Кримське на
//! Луганщині, біля Кримського, под Крымским).

/// Street words (and their abbreviations), in the forms that follow or precede
/// a street's name.
const STREET_WORDS: &[&str] = &[
    "улица",
    "улицы",
    "улице",
    "улицу",
    "улицей",
    "ул.",
    "переулок",
    "переулка",
    "переулке",
    "пер.",
    "проспект",
    "проспекта",
    "проспекте",
    "просп.",
    "пр-т",
    "площадь",
    "площади",
    "пл.",
    "бульвар",
    "бульвара",
    "бульваре",
    "б-р",
    "шоссе",
    "проезд",
    "проезда",
    "проезде",
    "набережная",
    "набережной",
    "набережную",
    "наб.",
    "тупик",
    "тупике",
    "вулиця",
    "вулиці",
    "вулицю",
    "вулицею",
    "вул.",
    "провулок",
    "провулку",
    "пров.",
    "площа",
    "площею",
    "бульварі",
    "набережна",
    "набережній",
    "узвіз",
    "узвозі",
];

/// The endings of a patronymic ("Петровна", "Ильинична", "Сергеевич", "Іванівна").
const PATRONYMIC_ENDINGS: &[&str] = &[
    "овна",
    "евна",
    "ична",
    "івна",
    "ївна",
    "ович",
    "евич",
    "ьич",
    "овича",
    "евича",
    "овны",
    "евны",
    "овне",
    "евне",
];

/// The endings of an adjective, as a street named after a place has one
/// (Крымская, на Курильской, Кримська): "на набережной Курильска" (the
/// town's embankment, a noun in the genitive) is the town.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ая",
    "яя",
    "ой",
    "ую",
    "юю",
    "ий",
    "ый",
    "ька",
    "ську",
    "ській",
];

/// Whether the name at `start..end` of `text` is that of a street or a person:
/// an adjective with a street word right after or right before it, or a name
/// with a patronymic after it.
pub(super) fn names_a_street_or_person(text: &str, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    let next = word_after(&text[end..]);
    let adjective = ADJECTIVE_ENDINGS.iter().any(|e| name.ends_with(e));
    (adjective && (is_street_word(next) || is_street_word(word_before(&text[..start]))))
        || is_patronymic(next)
}

/// The endings of an adjective in the neuter, or in the cases a neuter and a
/// masculine share, as a village named after a place has them (Кримське,
/// Кримського, Крымское, Крымским).
const SETTLEMENT_ADJECTIVE_ENDINGS: &[&str] = &[
    "ське",
    "ського",
    "ському",
    "ським",
    "ськім",
    "ское",
    "ского",
    "скому",
    "ским",
    "ском",
];

/// The short words that may follow a village's name where an adjective would
/// be followed by its noun: prepositions and conjunctions.
const FUNCTION_WORDS: &[&str] = &[
    "на",
    "в",
    "у",
    "во",
    "біля",
    "під",
    "поблизу",
    "под",
    "около",
    "возле",
    "близ",
    "та",
    "і",
    "й",
    "и",
    "а",
    "з",
    "із",
    "зі",
    "с",
    "со",
    "до",
    "по",
    "за",
    "над",
    "що",
    "что",
    "як",
    "как",
    "де",
    "где",
];

/// Whether the name at `start..end` of `text` is a village's: one adjective
/// with a capital inside a sentence, with no noun after it to agree with (the
/// sentence goes on with punctuation, a capitalised word, a preposition or a
/// conjunction). "Кримське на Бахмутці", "біля Кримського," are the village;
/// "кримське питання", "Кримського півострова" and a sentence or line that
/// opens with the adjective ("Кримське, херсонське та запорізьке узбережжя") are
/// not judged here; after a colon it is ("Читайте також: Кримське на Бахмутці").
pub(super) fn names_a_settlement(text: &str, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    if !name.starts_with(char::is_uppercase)
        || name.contains(' ')
        || !SETTLEMENT_ADJECTIVE_ENDINGS
            .iter()
            .any(|e| name.ends_with(e))
    {
        return false;
    }
    let inside_a_sentence = text[..start]
        .trim_end_matches([' ', '\u{a0}'])
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ':' | '–' | '—' | '-'));
    let next = word_after(&text[end..]);
    inside_a_sentence
        && (next.is_empty()
            || next.starts_with(char::is_uppercase)
            || FUNCTION_WORDS.contains(&next.to_lowercase().as_str()))
}

fn is_street_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    // An abbreviation keeps its full stop; a full word may end a sentence.
    STREET_WORDS.contains(&lower.as_str()) || STREET_WORDS.contains(&lower.trim_end_matches('.'))
}

fn is_patronymic(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && PATRONYMIC_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether `c` may be part of a word here (letters, a hyphen, an abbreviation's
/// full stop).
fn in_word(c: char) -> bool {
    // The basic Russian letters first: Unicode's tables are slower to ask.
    matches!(c, 'а'..='я' | 'А'..='Я') || c.is_alphabetic() || c == '-' || c == '.'
}

/// The word at the start of `rest`, after spaces.
fn word_after(rest: &str) -> &str {
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let end = rest.find(|c: char| !in_word(c)).unwrap_or(rest.len());
    &rest[..end]
}

/// The word at the end of `before`, before spaces.
fn word_before(before: &str) -> &str {
    let before = before.trim_end_matches([' ', '\u{a0}']);
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| in_word(c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap();
        names_a_street_or_person(text, start, start + name.len())
    }

    #[test]
    fn villages_named_with_an_adjective() {
        let settlement = |text: &str, name: &str| {
            let start = text.find(name).unwrap();
            names_a_settlement(text, start, start + name.len())
        };
        assert!(settlement(
            "Читайте також: Кримське на Бахмутці",
            "Кримське"
        ));
        assert!(settlement(
            "бої точилися біля Кримського, Луганщина",
            "Кримського"
        ));
        assert!(settlement("атаки под Крымским и Кременной", "Крымским"));
        assert!(!settlement("кримське питання стоїть гостро", "кримське"));
        assert!(!settlement("з Кримського півострова вивезли", "Кримського"));
        assert!(!settlement("Кримське питання стоїть гостро", "Кримське"));
        assert!(!settlement(
            "Кримське, херсонське та запорізьке узбережжя",
            "Кримське"
        ));
    }

    #[test]
    fn streets_and_people_named_after_places() {
        assert!(names("ограничат движение на Крымской улице.", "Крымской"));
        assert!(names("на улице Курильской прорвало трубу", "Курильской"));
        assert!(names("живёт на ул. Крымская, 5", "Крымская"));
        assert!(names("у будинку на вул. Кримській", "Кримській"));
        assert!(names(
            "Жительница Твери Феодосия Петровна Сомова",
            "Феодосия"
        ));
        assert!(!names(
            "Удар по Крымскому мосту нанесли ночью.",
            "Крымскому"
        ));
        assert!(!names(
            "Путин прилетел в Феодосию. Улица была пуста.",
            "Феодосию"
        ));
        assert!(!names(
            "Курильские острова — предмет спора.",
            "Курильские острова"
        ));
    }
}
