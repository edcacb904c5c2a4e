//! Russian case forms of a place name, generated from its nominative so the
//! pack lists each name once ("Курильские острова" → "Курильских островов",
//! "Курильским островам", ...).
//!
//! The rules cover what place names need: adjectives (hard, soft and after
//! к/г/х/ж/ш/ч/щ), masculine nouns ending in a consonant, -й or -ь, feminine
//! nouns in -а/-я/-ия/-ь, plural nouns in -ы and plural -а after a plural
//! adjective. Words after the head noun ("остров *Кунашир*", "группа
//! *островов* Хабомаи") and foreign names ending in a vowel stay as they are,
//! except that an adjective name after it may also agree with it ("на острове
//! Зелёный" and "на острове Зелёном", "в станице Крымская" and "в станице
//! Крымской").
//! In a hyphenated word only the last part declines ("Южно-Курильск").

use super::noun_phrase::{
    classify_phrase, decline, inflect, phrases_in, split_prefix, split_words, Agreement, Paradigm,
    Word,
};

const ADJ_HARD_M: Paradigm = [
    &["ый", "ой"],
    &["ого"],
    &["ому"],
    &["ый", "ого"],
    &["ым"],
    &["ом"],
];
const ADJ_SOFT_M: Paradigm = [
    &["ий", "ой"],
    &["ого"],
    &["ому"],
    &["ий", "ого"],
    &["им"],
    &["ом"],
];
const ADJ_HARD_F: Paradigm = [&["ая"], &["ой"], &["ой"], &["ую"], &["ой", "ою"], &["ой"]];
const ADJ_HARD_N: Paradigm = [&["ое"], &["ого"], &["ому"], &["ое"], &["ым"], &["ом"]];
const ADJ_SOFT_N: Paradigm = [&["ое"], &["ого"], &["ому"], &["ое"], &["им"], &["ом"]];
const ADJ_HARD_PL: Paradigm = [&["ые"], &["ых"], &["ым"], &["ые", "ых"], &["ыми"], &["ых"]];
const ADJ_SOFT_PL: Paradigm = [&["ие"], &["их"], &["им"], &["ие", "их"], &["ими"], &["их"]];

const NOUN_M_HARD: Paradigm = [&[""], &["а"], &["у"], &["", "а"], &["ом"], &["е"]];
/// A hard masculine noun with a second locative in stressed -у ("на мосту", "в Крыму").
const NOUN_M_HARD_LOC_U: Paradigm = [&[""], &["а"], &["у"], &["", "а"], &["ом"], &["е", "у"]];

/// Masculine nouns (lower case) whose locative after в/на is -у: "на Крымском мосту",
/// "в порту", "на берегу", "на мысу".
const SECOND_LOCATIVE: &[&str] = &[
    "мост",
    "порт",
    "аэропорт",
    "берег",
    "мыс",
    "вал",
    "лес",
    "сад",
    "пруд",
    "крым",
];
const NOUN_M_HARD_PL: Paradigm = [
    &["ы", "и", "а"],
    &["ов"],
    &["ам"],
    &["ы", "и", "а"],
    &["ами"],
    &["ах"],
];
const NOUN_M_J: Paradigm = [&["й"], &["я"], &["ю"], &["й"], &["ем"], &["е"]];
const NOUN_M_SOFT: Paradigm = [&["ь"], &["я"], &["ю"], &["ь"], &["ем"], &["е"]];
const NOUN_F_A: Paradigm = [&["а"], &["ы", "и"], &["е"], &["у"], &["ой", "ою"], &["е"]];
/// A feminine noun in -а after ж, ш, ч, щ or ц, whose instrumental is -ей when
/// unstressed (станицей, границей) and -ой when stressed (овцой): both.
const NOUN_F_A_SIBILANT: Paradigm = [
    &["а"],
    &["ы", "и"],
    &["е"],
    &["у"],
    &["ой", "ою", "ей", "ею"],
    &["е"],
];
const NOUN_F_YA: Paradigm = [&["я"], &["и"], &["е"], &["ю"], &["ей", "ею"], &["е"]];
const NOUN_F_IYA: Paradigm = [&["ия"], &["ии"], &["ии"], &["ию"], &["ией"], &["ии"]];
const NOUN_F_SOFT: Paradigm = [&["ь"], &["и"], &["и"], &["ь"], &["ью"], &["и"]];
const NOUN_PL_Y: Paradigm = [
    &["ы", "и"],
    &["", "ов"],
    &["ам"],
    &["ы", "и"],
    &["ами"],
    &["ах"],
];
/// Neuter in -о: озеро.
const NOUN_N_O: Paradigm = [&["о"], &["а"], &["у"], &["о"], &["ом"], &["е"]];
/// Neuter in -е: море, побережье.
const NOUN_N_E: Paradigm = [&["е"], &["я"], &["ю"], &["е"], &["ем"], &["е"]];
/// Neuter in -е after ж, ш, ч, щ or ц: водохранилище.
const NOUN_N_E_SIBILANT: Paradigm = [&["е"], &["а"], &["у"], &["е"], &["ем"], &["е"]];
const NOUN_PL_II: Paradigm = [&["ии"], &["ий"], &["иям"], &["ии"], &["иями"], &["иях"]];
const NOUN_PL_A: Paradigm = [&["а"], &["ов"], &["ам"], &["а"], &["ами"], &["ах"]];

fn is_vowel(c: char) -> bool {
    "аеёиоуыэюя".contains(c)
}

fn takes_soft_endings(stem: &str) -> bool {
    stem.chars().last().is_some_and(|c| "кгхжшчщ".contains(c))
}

/// `name`: the word was written with a capital (a foreign name in -о or -е,
/// Скарборо, Токто, stays as it is; a common noun in them is neuter: море).
fn classify(word: &str, name: bool, plural_context: bool, feminine_context: bool) -> Word {
    let (prefix, last) = split_prefix(word);
    let prefix = prefix.to_string();
    let chars: Vec<char> = last.chars().collect();
    let n = chars.len();
    if n < 3 || !chars.iter().all(|c| ('а'..='я').contains(c) || *c == 'ё') {
        return Word::Fixed(word.to_string());
    }
    let ending2: String = chars[n - 2..].iter().collect();
    let stem = |k: usize| chars[..n - k].iter().collect::<String>();
    match ending2.as_str() {
        "ый" | "ой" | "ая" | "ое" | "ые" => {
            let stem = stem(2);
            let soft = takes_soft_endings(&stem) || ending2 == "ий";
            return Word::Adjective { prefix, stem, soft };
        }
        "ий" | "ие" | "ее" | "яя" => {
            return Word::Adjective {
                prefix,
                stem: stem(2),
                soft: true,
            }
        }
        _ => {}
    }
    let noun = |stem: String, singular: Option<Paradigm>, plural: Option<Paradigm>, agreement| {
        Word::Noun {
            singular: singular.map(|p| inflect(&prefix, &stem, &p)),
            plural: plural.map(|p| inflect(&prefix, &stem, &p)),
            agreement,
        }
    };
    match ending2.as_str() {
        "ии" if plural_context => {
            return noun(stem(2), None, Some(NOUN_PL_II), Agreement::Plural);
        }
        "ия" => return noun(stem(2), Some(NOUN_F_IYA), None, Agreement::Feminine),
        _ => {}
    }
    let last_char = chars[n - 1];
    match last_char {
        'а' if plural_context => noun(stem(1), None, Some(NOUN_PL_A), Agreement::Plural),
        'а' if matches!(chars[n - 2], 'ж' | 'ш' | 'ч' | 'щ' | 'ц') => {
            noun(stem(1), Some(NOUN_F_A_SIBILANT), None, Agreement::Feminine)
        }
        'а' => noun(stem(1), Some(NOUN_F_A), None, Agreement::Feminine),
        'я' => noun(stem(1), Some(NOUN_F_YA), None, Agreement::Feminine),
        'ы' => noun(stem(1), None, Some(NOUN_PL_Y), Agreement::Plural),
        'й' if is_vowel(chars[n - 2]) => noun(stem(1), Some(NOUN_M_J), None, Agreement::Masculine),
        // After ж, ч, ш, щ a soft sign makes a feminine noun (Керчь, ночь).
        'ь' if feminine_context || matches!(chars[n - 2], 'ж' | 'ч' | 'ш' | 'щ') => {
            noun(stem(1), Some(NOUN_F_SOFT), None, Agreement::Feminine)
        }
        'ь' => noun(stem(1), Some(NOUN_M_SOFT), None, Agreement::Masculine),
        'о' if !name => noun(stem(1), Some(NOUN_N_O), None, Agreement::Neuter),
        'е' if !name && matches!(chars[n - 2], 'ж' | 'ш' | 'ч' | 'щ' | 'ц') => {
            noun(stem(1), Some(NOUN_N_E_SIBILANT), None, Agreement::Neuter)
        }
        'е' if !name => noun(stem(1), Some(NOUN_N_E), None, Agreement::Neuter),
        c if is_vowel(c) => Word::Fixed(word.to_string()),
        _ => noun(
            stem(0),
            Some(if SECOND_LOCATIVE.contains(&last.to_lowercase().as_str()) {
                NOUN_M_HARD_LOC_U
            } else {
                NOUN_M_HARD
            }),
            Some(NOUN_M_HARD_PL),
            Agreement::Masculine,
        ),
    }
}

fn adjective_paradigm(agreement: Agreement, soft: bool) -> Paradigm {
    match (agreement, soft) {
        (Agreement::Masculine, false) => ADJ_HARD_M,
        (Agreement::Masculine, true) => ADJ_SOFT_M,
        (Agreement::Feminine, _) => ADJ_HARD_F,
        (Agreement::Neuter, false) => ADJ_HARD_N,
        (Agreement::Neuter, true) => ADJ_SOFT_N,
        (Agreement::Plural, false) => ADJ_HARD_PL,
        (Agreement::Plural, true) => ADJ_SOFT_PL,
    }
}

/// The numerals two to four in the six cases (nominative → prepositional). After
/// them a noun stands in the genitive singular ("четыре острова"), but in the
/// other cases numeral and noun phrase agree in the plural ("четырех островов",
/// "четырьмя островами").
const NUMERALS: &[[&str; 6]] = &[
    ["два", "двух", "двум", "два", "двумя", "двух"],
    ["две", "двух", "двум", "две", "двумя", "двух"],
    ["три", "трех", "трем", "три", "тремя", "трех"],
    [
        "четыре",
        "четырех",
        "четырем",
        "четыре",
        "четырьмя",
        "четырех",
    ],
];

/// Case forms of a phrase that starts with the numeral `numeral` ("четыре южных
/// острова"): as written in the nominative and accusative, and in the other cases
/// the numeral's form followed by the rest in the plural of that case.
fn numeral_forms(numeral: &[&str; 6], rest: &[String], written: String) -> Vec<String> {
    // The rest in the nominative plural: "южных острова" → "южные острова".
    let plural: Vec<String> = rest
        .iter()
        .map(
            |w| match w.strip_suffix("ых").or_else(|| w.strip_suffix("их")) {
                Some(stem) if stem.chars().count() >= 2 => {
                    format!("{stem}{}", if w.ends_with("ых") { "ые" } else { "ие" })
                }
                _ => w.to_string(),
            },
        )
        .collect();
    let classified = classify_phrase(&plural, |i| classify(&plural[i], false, true, false));
    let mut forms = vec![written];
    for case in [1, 2, 4, 5] {
        for phrase in phrases_in(&classified, Agreement::Plural, case, adjective_paradigm) {
            forms.push(format!("{} {phrase}", numeral[case]));
        }
    }
    forms
}

/// Every case form of a nominative Russian `phrase`, lower case, the phrase itself first.
pub(crate) fn case_forms(phrase: &str) -> Vec<String> {
    let written = split_words(phrase);
    let words: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    if let [first, rest @ ..] = words.as_slice() {
        if let Some(numeral) = NUMERALS.iter().find(|n| n[0] == *first) {
            if !rest.is_empty() {
                return numeral_forms(numeral, rest, words.join(" "));
            }
        }
    }
    let plural_context = words.iter().any(|w| w.ends_with("ые") || w.ends_with("ие"));
    let feminine_context = words.iter().any(|w| w.ends_with("ая") || w.ends_with("яя"));
    let classified = classify_phrase(&words, |i| {
        let name = written[i].chars().next().is_some_and(char::is_uppercase);
        classify(&words[i], name, plural_context, feminine_context)
    });
    decline(words.join(" "), &classified, adjective_paradigm)
}

#[cfg(test)]
mod tests {
    use super::case_forms;

    macro_rules! t {
        ($name:ident, $phrase:expr, has: [$($has:expr),*], not: [$($not:expr),*]) => {
            #[test]
            fn $name() {
                let forms = case_forms($phrase);
                $(assert!(forms.iter().any(|f| f == $has), "{:?} lacks {:?}: {:?}", $phrase, $has, forms);)*
                $(assert!(!forms.iter().any(|f| f == $not), "{:?} has {:?}", $phrase, $not);)*
            }
        };
    }

    t!(masculine_noun, "Кунашир", has: ["кунашир", "кунашира", "кунаширу", "кунаширом", "кунашире"], not: ["кунаширой"]);
    t!(plural_noun, "Курилы", has: ["курилы", "курил", "курилам", "курилами", "курилах"], not: []);
    t!(adjective_and_plural_noun, "Курильские острова",
        has: ["курильские острова", "курильских островов", "курильским островам", "курильскими островами", "курильских островах"],
        not: ["курильская острова"]);
    t!(hard_adjective_plural, "Южные Курилы", has: ["южных курил", "южных курилах", "южным курилам"], not: []);
    t!(feminine_phrase, "Малая Курильская гряда",
        has: ["малой курильской гряды", "малую курильскую гряду", "малой курильской грядой", "малой курильской гряде"],
        not: []);
    t!(hyphenated_town, "Южно-Курильск", has: ["южно-курильска", "южно-курильске", "южно-курильском"], not: ["южного-курильска"]);
    t!(apposition_stays_fixed, "остров Кунашир", has: ["острове кунашир", "острова кунашир"], not: ["острове кунашире"]);
    t!(genitive_complement_stays_fixed, "группа островов Хабомаи", has: ["группы островов хабомаи"], not: ["группы островах хабомаи"]);
    t!(lone_adjective_all_genders, "Курильский", has: ["курильский", "курильская", "курильское", "курильские", "курильского", "курильскую"], not: []);
    t!(feminine_after_a_hushing_soft_sign, "Керчь", has: ["керчи", "керчью"], not: ["керчя"]);
    t!(second_locative, "Крымский мост", has: ["крымском мосту", "крымском мосте", "крымскому мосту"], not: []);
    t!(feminine_oblast, "Сахалинская область", has: ["сахалинской области", "сахалинскую область"], not: []);
    t!(neuter_substantive, "Малокурильское", has: ["малокурильское", "малокурильского", "малокурильском"], not: []);
    t!(foreign_vowel_final_is_fixed, "Хабомаи", has: ["хабомаи"], not: ["хабома"]);
    t!(list_with_a_comma, "Курильский, Южно-Курильский",
        has: ["курильский, южно-курильский", "курильского, южно-курильского", "курильских, южно-курильских"],
        not: []);
    t!(yo_word, "остров Зелёный", has: ["острове зелёный"], not: []);
    t!(adjective_name_after_the_head_also_agrees, "остров Зеленый",
        has: ["остров зеленый", "острове зеленый", "острове зеленом", "острова зеленого", "островом зеленым"],
        not: ["острове зеленая"]);
    t!(adjective_complement_stays_fixed, "группа островов Хабомаи", has: ["группе островов хабомаи"], not: []);
    t!(plural_ii_noun, "Северные территории", has: ["северных территорий", "северным территориям", "северных территориях"], not: []);
    t!(feminine_soft_noun, "южная часть Курильских островов", has: ["южной части курильских островов", "южную часть курильских островов"], not: []);
    t!(ya_noun, "Тятя", has: ["тяти", "тятю"], not: []);
    t!(numeral_phrase, "четыре острова",
        has: ["четыре острова", "четырех островов", "четырем островам", "четырьмя островами", "четырех островах"],
        not: ["четырех острова", "четыре островах"]);
    t!(numeral_adjective_phrase, "четыре южных Курильских острова",
        has: ["четыре южных курильских острова", "четырех южных курильских островов", "четырьмя южными курильскими островами"],
        not: []);
    t!(feminine_adjective_name_after_the_head, "станица Крымская",
        has: ["станицы крымской", "станице крымской", "станицу крымскую", "станицей крымской", "станицею крымской", "станице крымская"],
        not: ["станицей крымскую"]);
    t!(phrase_after_the_head_stays_fixed, "Крымский мост через Москву-реку",
        has: ["крымского моста через москву-реку", "крымскому мосту через москву-реку", "крымском мосту через москву-реку"], not: []);
    t!(second_locative_of_a_rampart, "Крымский вал", has: ["крымском валу", "крымском вале", "крымского вала"], not: []);
    t!(unstressed_instrumental_after_a_sibilant, "граница", has: ["границей", "границы"], not: []);
    t!(neuter_noun_in_e, "Южно-Китайское море",
        has: ["южно-китайского моря", "южно-китайскому морю", "южно-китайским морем", "южно-китайском море"],
        not: ["южно-китайское моря"]);
    t!(neuter_noun_in_o, "Японское озеро", has: ["японского озера", "японском озере", "японским озером"], not: []);
    t!(neuter_noun_in_e_after_a_sibilant, "Курское водохранилище",
        has: ["курского водохранилища", "курском водохранилище"], not: ["курского водохранилищя"]);
    t!(foreign_name_in_o_is_fixed, "риф Скарборо", has: ["рифа скарборо", "рифе скарборо"], not: ["рифа скарбора"]);
    t!(numeral_alone_is_a_word, "три", has: ["три"], not: []);
}
