//! Vietnamese event words. Vietnamese is written in Latin letters, so these
//! run on English text too: every word here has a letter with a diacritic or is
//! a phrase no English text has. The words are syllables separated by spaces
//! and carry no `\b` (ASCII word boundaries do not see Vietnamese letters).

use super::{EventWords, Script};
use crate::language::Language;

pub(super) const WORDS: EventWords = EventWords {
    language: Language::Vi,
    script: Script::Latin,
    clause_break: r"(?i);\s+|,\s+(?:và|nhưng|trong\s+khi|còn|sau\s+đó)\s+",
    after_break: "",
    not_clause_break: "",
    predicate: r"(?i)(?:^|\s)(?:đã|đang|sẽ|vừa|là|có|được|bị|cho\s+biết|tuyên\s+bố|nói|tiến\s+hành|diễn\s+ra|nằm|thuộc|gồm)(?:\s|$|[,.;:])",
    islands: r"(?i)quần\s+đảo\s+này|(?:toàn\s+bộ|cả)\s+quần\s+đảo|(?:các|những|hai|ba|bốn)\s+(?:hòn\s+)?đảo(?:\s+này)?",
    island: r"(?i)(?:hòn\s+đảo|bãi\s+đá|bãi\s+cạn)(?:\s+này)?|(?:^|\s)đảo\s+này",
    nouns: [
        r"(?i)tập\s+trận|diễn\s+tập",
        r"(?i)chuyến\s+thăm|chuyến\s+công\s+du",
        r"(?i)đàm\s+phán|hội\s+đàm|tham\s+vấn|thượng\s+đỉnh",
    ],
    noun_references: [
        r"(?i)(?:cuộc|các\s+cuộc)\s+tập\s+trận(?:\s+(?:này|đó))?|tập\s+trận\s+(?:này|đó)",
        r"(?i)chuyến\s+thăm\s+(?:này|đó)|(?:trong|sau)\s+chuyến\s+thăm",
        r"(?i)(?:cuộc|các\s+cuộc|vòng)\s+(?:đàm\s+phán|hội\s+đàm)(?:\s+(?:này|đó))?",
    ],
    news: r"(?i)(?:^|\s)(?:đã|đang|vừa|cho\s+biết|tuyên\s+bố|thông\s+báo|khẳng\s+định|nói|phản\s+đối)(?:\s|$|[,.;:])",
    statement: r"(?i)(?:^|\s)(?:cho\s+biết|tuyên\s+bố|thông\s+báo|khẳng\s+định|phát\s+biểu)(?:\s|$|[,.;:])",
    weeks: r"(?i)(?:cuối\s+)?tuần\s+(?:trước|này|tới|sau|qua)",
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
            finds(
                WORDS.islands,
                "Trung Quốc xây dựng trái phép trên quần đảo này."
            )
            .as_deref(),
            Some("quần đảo này")
        );
        // "The whole archipelago" is the one named before.
        assert_eq!(
            finds(
                WORDS.islands,
                "Ngày 19 tháng 1 năm 1974, nước này dùng vũ lực chiếm toàn bộ quần đảo."
            )
            .as_deref(),
            Some("toàn bộ quần đảo")
        );
        assert_eq!(
            finds(WORDS.island, "Tàu cá neo đậu gần hòn đảo.").as_deref(),
            Some("hòn đảo")
        );
    }

    #[test]
    fn nouns_news_and_statements() {
        assert!(finds(WORDS.nouns[0], "Trung Quốc tổ chức tập trận ở Hoàng Sa.").is_some());
        assert!(finds(WORDS.nouns[1], "Chuyến thăm của Bộ trưởng kéo dài ba ngày.").is_some());
        assert!(finds(WORDS.nouns[2], "Hai bên tiếp tục đàm phán về COC.").is_some());
        assert!(finds(WORDS.news, "Người phát ngôn cho biết tàu đã rời đi.").is_some());
        assert_eq!(
            finds(WORDS.statement, "Bộ Ngoại giao tuyên bố phản đối.").as_deref(),
            Some(" tuyên bố ")
        );
        // A sentence that says where a place lies is no dateline.
        assert!(finds(
            WORDS.predicate,
            "Đảo Tri Tôn nằm ở phía tây nam quần đảo Hoàng Sa."
        )
        .is_some());
        assert_eq!(
            finds(WORDS.weeks, "Cuộc họp diễn ra tuần trước.").as_deref(),
            Some("tuần trước")
        );
    }

    #[test]
    fn english_text_matches_nothing_vietnamese() {
        let words = Words::compile(&WORDS);
        let english = "Vietnam protested, and Ba Dinh officials said on Monday that Nam and \
                       Hai will visit the islands next week. ca da co la.";
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
