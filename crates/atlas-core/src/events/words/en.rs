//! English event words.

use super::{EventWords, Script};
use crate::language::Language;

/// Adjectives that may stand between a determiner and an island word.
macro_rules! island_adjectives {
    () => {
        r"(?:(?:two|three|four|five|small|smaller|tiny|remote|disputed|contested|russian-held|russian-controlled|japanese-claimed|southern|northern|other|volcanic|sparsely\s+populated)\s+)*"
    };
}

pub(super) const WORDS: EventWords = EventWords {
    language: Language::En,
    script: Script::Latin,
    clause_break: r"(?i);\s+|,\s+(?:and|but|while|whereas|when|after\s+which|before\s+which|by\s+which\s+time)\s+|\s+(?:while|whereas)\s+",
    after_break: "",
    not_clause_break: "",
    predicate: r"(?i)\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|(?-i:may)|might|must|should|did|does|do|expects?|plans?|wants?|claims?|calls?|hopes?|fears?|seeks?|insists?|believes?|thinks?|remains?|continues?|begins?|starts?|ends?|opens?|faces?|holds?|runs?|lives?|stays?|keeps?|needs?|says|said|met|held|took|made|came|went|began|gave|told|saw|found|left|sent|won|lost|built|became|brought|spoke|flew|ran|set|put|paid|struck|fell|rose|sank|led|kept|stood|hit|cut)\b|\b\w{3,}(?:ed|es)\b",
    islands: concat!(
        r"(?i)\b(?:the|these|those|both|all)\s+",
        island_adjectives!(),
        r"(?:islands|islets|isles|archipelago|territories|island\s+chain|island\s+group)\b"
    ),
    island: concat!(
        r"(?i)\b(?:the|this|that)\s+",
        island_adjectives!(),
        r"(?:island|islet)\b"
    ),
    nouns: [
        r"(?i)\b(?:exercises?|drills?|maneuvers?|manoeuvres?|war\s+games)\b",
        r"(?i)\b(?:visit(?:s|ed|ing)?|trip|tour)\b",
        r"(?i)\b(?:talks|negotiations|consultations|summit)\b",
    ],
    noun_references: [
        r"(?i)\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?(?:exercises?|drills?|maneuvers?|manoeuvres?|war\s+games)\b",
        r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\b",
        r"(?i)\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations|summit)\b",
    ],
    news: r"(?i)\b(?:has|have|had)\s+(?:\w+\s+)?(?:\w+ed|been|\w+en|made|held|sent|built|begun|met|said|told|lost|won|paid|put|set|brought|left|found|taken|given|struck|led|kept|flown|gone|done|seen|drawn|shown|grown|thrown|sworn|sunk|fought|sought|caught|heard|sold|spent|stood|fled|run|come|become|hit|cut|shot)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?\w+ing\b|\b\w{3,}ed\b|\b(?:said|says|told|tells|met|held|sent|took|made|began|gave|saw|found|left|won|lost|built|became|brought|spoke|flew|came|went|ran|set|put|paid|struck|shot|fell|rose|sank|caught|drew|led|kept|stood|hit|cut|let|seized|fled|fought|sought|sold|heard|drove|threw|wrote|chose|knew|grew|bought|warns|protests|accuses|says)\b",
    statement: r"(?i)\b(?:said|says|announced|revealed|unveiled|disclosed|told|reported|confirmed|declared|stated|vowed|pledged|promised|warned|insisted|claimed|agreed|decided|has\s+announced|have\s+announced)\b",
    weeks: r"(?i)\b(?:last|this|next|earlier\s+this|later\s+this|the\s+previous|the\s+following)\s+(?:week|weekend)\b",
    dispatch: "",
    names_follow: false,
};

#[cfg(test)]
mod tests {
    use super::super::finds;
    use super::WORDS;

    #[test]
    fn island_references() {
        assert_eq!(
            finds(WORDS.islands, "Russia fortified the four islands in 2016.").as_deref(),
            Some("the four islands")
        );
        assert_eq!(
            finds(WORDS.islands, "These islands were seized in 1945.").as_deref(),
            Some("These islands")
        );
        assert_eq!(
            finds(WORDS.island, "A ferry reached the island on Monday.").as_deref(),
            Some("the island")
        );
        assert_eq!(finds(WORDS.island, "The islanders voted."), None);
    }

    #[test]
    fn event_noun_references() {
        assert_eq!(
            finds(WORDS.noun_references[0], "The exercises ended on Friday.").as_deref(),
            Some("The exercises")
        );
        assert_eq!(
            finds(
                WORDS.noun_references[1],
                "During the three-day visit he met residents."
            )
            .as_deref(),
            Some("the three-day visit")
        );
    }

    #[test]
    fn news_and_states() {
        for news in [
            "Moscow has scrapped the visa-free exchanges with Japan.",
            "Russia is holding drills on the islands.",
            "Japan protested.",
            "The minister said the islands are Japanese.",
            "A British minister has flown to the Falkland Islands.",
            "Coast guard ships have fought off the fishing boats.",
        ] {
            assert!(finds(WORDS.news, news).is_some(), "{news}");
        }
        for state in [
            "The islands remain a thorn in relations.",
            "Kunashir is the largest of the four.",
        ] {
            assert_eq!(finds(WORDS.news, state), None, "{state}");
        }
    }

    #[test]
    fn clause_breaks() {
        let text =
            "In August 1945 the war ended, and in 1947 residents were deported from Shikotan.";
        assert_eq!(finds(WORDS.clause_break, text).as_deref(), Some(", and "));
    }
}
