//! Filipino event words. Filipino is written in Latin letters, so these run on
//! English text too: each is a Filipino word or phrase (never "at", "ng" or
//! "sa" alone), and the verbs are listed rather than found by their affixes,
//! which English words share ("nation", "magazine").

use super::{EventWords, Script};
use crate::language::Language;

pub(super) const WORDS: EventWords = EventWords {
    language: Language::Fil,
    script: Script::Latin,
    clause_break: r"(?i);\s+|,\s+(?:at|ngunit|pero|habang|samantalang|subalit)\s+",
    after_break: "",
    not_clause_break: "",
    predicate: r"(?i)\b(?:ay|sinabi|inihayag|iniulat|nagsagawa|isinagawa|naglagay|inilagay|dumating|nagpadala|ipinadala|nagprotesta|naglabas|inilabas|binisita|bumisita|nagsimula|nagtapos|naganap|ginanap|nanalo|hinarang|binomba|pumasok|umalis|nakipagpulong|nagpulong|iginiit|tinutulan|gaganapin|bibisita|magsasagawa|nagbabala|inakusahan)\b",
    islands: r"(?i)\b(?:ang\s+)?mga\s+(?:(?:naturang|nasabing|pinagtatalunang)\s+)?(?:isla|pulo)\b|\bkapuluan\b",
    island: r"(?i)\b(?:ang|sa)\s+(?:(?:naturang|nasabing)\s+)?(?:isla|pulo)\b",
    nouns: [
        r"(?i)\b(?:pagsasanay|ehersisyo|Balikatan)\b",
        r"(?i)\b(?:pagbisita|bumisita|binisita|pagdalaw)\b",
        r"(?i)\b(?:pag-uusap|negosasyon|pagpupulong)\b",
    ],
    noun_references: [
        r"(?i)\b(?:ang|nasabing|naturang)\s+(?:mga\s+)?pagsasanay\b",
        r"(?i)\b(?:ang|nasabing|naturang)\s+pagbisita\b",
        r"(?i)\b(?:ang|nasabing|naturang)\s+(?:mga\s+)?(?:pag-uusap|negosasyon)\b",
    ],
    news: r"(?i)\b(?:sinabi|ayon\s+sa|inihayag|iniulat|kinumpirma|nagsagawa|isinagawa|dumating|nagpadala|nagprotesta|naglabas|binisita|bumisita|nagsimula|naganap|ginanap|hinarang|binomba|nakipagpulong|iginiit|nagbabala|inakusahan)\b",
    statement: r"(?i)\b(?:sinabi|ayon\s+sa|inihayag|iniulat|kinumpirma|ipinahayag)\b",
    weeks: r"\b(?:[Nn]oong\s+)?(?:[Nn]akaraang|[Ss]usunod\s+na|[Nn]gayong)\s+linggo\b|\b[Ss]a\s+susunod\s+na\s+linggo\b|\b[Nn]oong\s+isang\s+linggo\b",
    dispatch: "",
    names_follow: false,
};

#[cfg(test)]
mod tests {
    use super::super::{finds, Words};
    use super::WORDS;

    #[test]
    fn island_references() {
        assert_eq!(
            finds(WORDS.island, "Dumating ang barko sa isla noong Lunes.").as_deref(),
            Some("sa isla")
        );
        assert_eq!(
            finds(WORDS.islands, "Inaangkin ng Tsina ang mga isla.").as_deref(),
            Some("ang mga isla")
        );
    }

    #[test]
    fn nouns_news_and_statements() {
        assert!(finds(WORDS.nouns[0], "Nagsimula ang pagsasanay ng militar.").is_some());
        assert!(finds(
            WORDS.nouns[1],
            "Ang pagbisita ng kalihim ay tumagal ng tatlong araw."
        )
        .is_some());
        assert!(finds(WORDS.nouns[2], "Itinuloy ang pag-uusap sa Maynila.").is_some());
        assert_eq!(
            finds(WORDS.statement, "Ayon sa PCG, hinarang ang barko.").as_deref(),
            Some("Ayon sa")
        );
        assert!(finds(WORDS.news, "Sinabi ng DFA na magpoprotesta ito.").is_some());
        assert_eq!(
            finds(WORDS.weeks, "Sa susunod na linggo ang pulong.").as_deref(),
            Some("Sa susunod na linggo")
        );
        assert_eq!(finds(WORDS.weeks, "Noong Linggo dumating ang barko."), None);
    }

    #[test]
    fn english_text_matches_nothing_filipino() {
        let words = Words::compile(&WORDS);
        let english = "Manila protested, at the same time the nation's magazine said on Monday \
                       that the visit and the talks will go ahead. sa ng ang mga.";
        // ", at" is Filipino's ", and" (it cuts only a sentence with two dates),
        // and English's "protested, at the same time": the one break both share.
        assert_eq!(finds(WORDS.clause_break, english).as_deref(), Some(", at "));
        for (name, pattern) in [
            ("predicate", &words.predicate),
            ("islands", &words.islands),
            ("island", &words.island),
            ("news", &words.news),
            ("statement", &words.statement),
            ("weeks", &words.weeks),
            ("any_reference", &words.any_reference),
        ] {
            assert!(!pattern.as_ref().unwrap().is_match(english), "{name}");
        }
    }
}
