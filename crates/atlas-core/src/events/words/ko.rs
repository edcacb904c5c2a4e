//! Korean event words.
//!
//! Korean particles stick to the noun before them ("섬을", "훈련은"), so the
//! words here have a word boundary before them and none after.

use super::{EventWords, Script};
use crate::language::Language;

pub(super) const WORDS: EventWords = EventWords {
    language: Language::Ko,
    script: Script::Hangul,
    // A semicolon, or a verb's connective in the past with a comma or a space
    // ("실시했고 ", "방문했으며 ", "밝혔지만"): what follows is another clause.
    clause_break: r";\s*|[했됐였었았졌왔갔냈렸켰섰혔폈쳤줬췄뒀봤썼렀랐웠났셨겼텼꼈찼맸댔탔샀잤팠컸](?:고|으며|지만|으나),?\s+",
    after_break: "",
    not_clause_break: "",
    // A verb: past or future stem, or a finite or connective ending.
    predicate: r"[했됐였었았졌왔갔냈렸켰섰혔]|[한된할될]\s|한다|된다|하고|하며|이다|있다|없다",
    // Plural before singular where both match ("이 섬들"): the plural wins.
    islands: r"\b(?:이들|두|모든|여러)\s+(?:섬들|섬|도서)|\b(?:이|해당|그)\s+(?:섬들|도서)|\b섬들",
    island: r"\b(?:이|해당|그|같은)\s+섬",
    nouns: [r"훈련|연습|기동", r"방문|시찰|상륙", r"회담|협상|협의"],
    noun_references: [
        r"\b(?:이번|이|해당|그|이들)\s+(?:[가-힣]+\s+)?(?:훈련|연습)",
        r"\b(?:이번|이|해당|그)\s+(?:방문|시찰|상륙)",
        r"\b(?:이번|이|해당|그)\s+(?:회담|협상|협의)",
    ],
    news: r"[었았였했됐졌왔갔냈렸켰섰혔봤줬쳤웠]다|[었았였했됐졌]습니다|하고\s있다|밝혔|말했|발표했|전했",
    statement: r"밝혔|말했|발표했|전했|강조했|주장했|언급했|성명을\s냈",
    // A week not followed by its day ("지난주" but not "지난주 화요일", a date).
    weeks: r"\b(?:지난\s?주|이번\s?주|다음\s?주|주말)(?:\s*(?:[^\s월화수목금토일]|[월화수목금토일][^요])|\s*$)",
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
            finds(
                WORDS.island,
                "일본 순시선이 11일 이 섬 인근 해역에 진입했다."
            )
            .as_deref(),
            Some("이 섬")
        );
        assert_eq!(
            finds(WORDS.island, "해당 섬에는 경비대가 주둔한다.").as_deref(),
            Some("해당 섬")
        );
        assert_eq!(
            finds(WORDS.islands, "정부는 이들 섬에 대한 영유권을 주장했다.").as_deref(),
            Some("이들 섬")
        );
        // "대통령이 섬을": the subject particle 이, no demonstrative.
        assert_eq!(finds(WORDS.island, "대통령이 섬을 방문했다."), None);
        assert_eq!(
            finds(WORDS.islands, "이 섬들은").as_deref(),
            Some("이 섬들")
        );
        assert_eq!(finds(WORDS.islands, "이 섬에"), None);
    }

    #[test]
    fn event_nouns_and_references() {
        assert!(finds(WORDS.nouns[0], "해군은 독도 방어 훈련을 실시했다.").is_some());
        assert_eq!(
            finds(
                WORDS.noun_references[0],
                "이번 훈련에는 함정 6척이 참가했다."
            )
            .as_deref(),
            Some("이번 훈련")
        );
        assert_eq!(
            finds(WORDS.noun_references[1], "해당 방문은 비공개로 진행됐다.").as_deref(),
            Some("해당 방문")
        );
        assert_eq!(
            finds(WORDS.noun_references[2], "이번 회담에서 양측은").as_deref(),
            Some("이번 회담")
        );
    }

    #[test]
    fn news_and_statements() {
        for news in [
            "외교부는 11일 일본 정부에 강력히 항의했다.",
            "그는 기자들에게 이같이 말했다.",
            "국방부는 훈련 계획을 발표했습니다.",
            "해경은 주변 해역을 감시하고 있다.",
        ] {
            assert!(finds(WORDS.news, news).is_some(), "{news}");
        }
        for plan in ["정부는 다음 달 회담을 열 예정이다.", "독도는 우리 땅이다."]
        {
            assert_eq!(finds(WORDS.news, plan), None, "{plan}");
        }
        assert!(finds(WORDS.statement, "외교부 대변인은 11일 이같이 밝혔다.").is_some());
    }

    #[test]
    fn clause_breaks_and_weeks() {
        let text = "해군은 3일 훈련을 실시했고, 5일에는 해경이 독도를 방문했다.";
        assert_eq!(finds(WORDS.clause_break, text).as_deref(), Some("했고, "));
        assert_eq!(finds(WORDS.clause_break, "외교부는 11일 항의했다."), None);
        // Any past stem, contracted ones too: 폈고 (펴다), 봤고 (보다), 났으며 (나다).
        for text in [
            "같은 주장을 폈고, 지난달",
            "현장을 봤고 이어",
            "회담이 열려 만났으며 ",
        ] {
            assert!(finds(WORDS.clause_break, text).is_some(), "{text}");
        }
        assert!(finds(WORDS.weeks, "지난주 일본 순시선이 나타났다.").is_some());
        assert_eq!(
            finds(WORDS.weeks, "지난주 화요일 일본 순시선이 나타났다."),
            None
        );
    }
}
