//! Spanish event words. Latin-script words run on English text too, so each is
//! Spanish only (a verb in -ó, "las islas", "afirmó"), never an English look-alike.
//! Their word boundaries are ASCII ones (see [`super::Words`]): no `\b` stands
//! next to an accented letter.

use super::{EventWords, Script};
use crate::language::Language;

pub(super) const WORDS: EventWords = EventWords {
    language: Language::Es,
    script: Script::Latin,
    clause_break: r"(?i);\s+|,\s+(?:y|pero|mientras\s+que|mientras|cuando|aunque|tras\s+lo\s+cual)\s+",
    after_break: "",
    not_clause_break: "",
    predicate: r"(?i)\b(?:fue|fueron|eran|está|están|será|serán|tiene|tienen|había|habían)\s|\b\w{3,}(?:aron|ieron)\b|\w{2,}ó(?:\W|$)",
    islands: r"(?i)\b(?:las|los|estas|estos|esas|esos|dichas|dichos|ambas|ambos|todas\s+las|todos\s+los)\s+(?:\w+\s+)?(?:islas|islotes)\b|\b(?:el|del|al|este|dicho)\s+archipi[ée]lago\b",
    island: r"(?i)\b(?:la|esta|esa|dicha)\s+(?:\w+\s+)?isla\b|\b(?:el|este|ese|dicho)\s+islote\b",
    nouns: [
        r"(?i)\b(?:ejercicios|maniobras|simulacros)\b",
        r"(?i)\b(?:visita|visitas|viaje|gira)\b|\bvisitó",
        r"(?i)\b(?:conversaciones|negociaciones|cumbre|reuni[óo]n)\b|\bdi[áa]logo\b",
    ],
    noun_references: [
        r"(?i)\b(?:los|estos|esos|dichos|las|estas|esas|dichas)\s+(?:\w+\s+)?(?:ejercicios|maniobras|simulacros)\b",
        r"(?i)\b(?:la|esta|esa|dicha)\s+(?:\w+\s+)?(?:visita|gira)\b",
        r"(?i)\b(?:las|estas|esas|dichas)\s+(?:\w+\s+)?(?:conversaciones|negociaciones)\b|\b(?:la|esta)\s+cumbre\b",
    ],
    news: r"(?i)\w{2,}ó(?:\W|$)|\b\w{3,}(?:aron|ieron)\b|(?-i:\b(?:ha|han|había|habían)\s+\w+(?:ado|ido)\b)|\b(?:está|están)\s+\w+(?:ando|iendo)\b|\bdijo\b",
    statement: r"(?i)\b(?:afirmó|anunció|declaró|informó|señaló|aseguró|confirmó|reveló|advirtió|dijo\b|ha\s+anunciado\b|ha\s+afirmado\b)",
    weeks: r"(?i)\b(?:la\s+)?semana\s+(?:pasada|pr[óo]xima|que\s+viene)\b|\b(?:la\s+)?(?:pr[óo]xima|pasada)\s+semana\b|\b(?:esta\s+semana|este\s+fin\s+de\s+semana)\b|\bel\s+fin\s+de\s+semana\s+pasado\b",
    dispatch: "",
    names_follow: true,
};

#[cfg(test)]
mod tests {
    use super::super::{finds, Words};
    use super::WORDS;

    #[test]
    fn island_references() {
        assert_eq!(
            finds(
                WORDS.islands,
                "En 1982 Argentina ocupó las islas durante 74 días."
            )
            .as_deref(),
            Some("las islas")
        );
        assert_eq!(
            finds(
                WORDS.islands,
                "El Reino Unido administra el archipiélago desde 1833."
            )
            .as_deref(),
            Some("el archipiélago")
        );
        // "de el" and "a el" are written "del" and "al".
        assert_eq!(
            finds(WORDS.islands, "una guerra por el control del archipiélago").as_deref(),
            Some("del archipiélago")
        );
        assert_eq!(
            finds(WORDS.island, "Un buque llegó a la isla el martes.").as_deref(),
            Some("la isla")
        );
        assert_eq!(
            finds(
                WORDS.islands,
                "Japón volvió a reclamar los islotes en julio."
            )
            .as_deref(),
            Some("los islotes")
        );
        assert_eq!(
            finds(WORDS.island, "La policía vigila el islote.").as_deref(),
            Some("el islote")
        );
    }

    #[test]
    fn nouns_news_and_statements() {
        assert!(finds(
            WORDS.nouns[0],
            "La Armada realizó ejercicios en el Atlántico Sur."
        )
        .is_some());
        assert!(finds(WORDS.nouns[1], "La visita del canciller a Londres.").is_some());
        assert!(finds(
            WORDS.nouns[2],
            "Las conversaciones se reanudaron en Madrid."
        )
        .is_some());
        for news in [
            "El canciller afirmó que la soberanía no se negocia.",
            "Los buques zarparon de Ushuaia.",
            "El gobierno ha presentado una protesta.",
        ] {
            assert!(finds(WORDS.news, news).is_some(), "{news}");
        }
        assert_eq!(
            finds(WORDS.statement, "El ministro anunció nuevas medidas.").as_deref(),
            Some("anunció")
        );
        assert_eq!(
            finds(WORDS.news, "La acción es una reivindicación histórica."),
            None
        );
    }

    #[test]
    fn english_text_matches_nothing_spanish() {
        let words = Words::compile(&WORDS);
        let english = "Russia fortified the islands, and Japan said on Monday that the visit \
                       and the talks held at the summit will go ahead. Han officials had planned it.";
        for (name, pattern) in [
            ("clause_break", &words.clause_break),
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
