//! Russian event words.

use super::EventWords;

/// Adjectives that may stand between a demonstrative and an island word.
macro_rules! island_adjectives {
    () => {
        r"(?:(?:спорн|оспариваем|южн|малы|четыр|дв|тр|эт|т)\w*\s+)*"
    };
}

pub(super) const WORDS: EventWords = EventWords {
    clause_break: r"(?i);\s+|,\s+(?:а|и|но|однако|когда|тогда\s+как|после\s+чего|в\s+то\s+время\s+как)\s+",
    predicate: r"(?i)\b\w+(?:[аяиеыуоё]л(?:а|о|и)?(?:сь|ся)?|[ауяюиеё]т(?:ся)?|ут|ют|ат|ят)\b|\b(?:был\w*|будет|будут|есть)\b",
    islands: concat!(
        r"(?i)\b(?:эт|т|данн|спорн|оспариваем|все|всех|обоих|обе|оба)\w*\s+",
        island_adjectives!(),
        r"(?:остров(?:а|ов|ам|ами|ах)|архипелаг\w*|территори(?:и|й|ям|ями|ях)|гряд\w*)\b|\b(?:острова|островах|островов|островам)\b"
    ),
    island: r"(?i)\b(?:эт(?:от|ом|ого|ому|им)\s+|тот\s+же\s+|том\s+же\s+|спорн\w+\s+)?остров(?:е|а|у|ом)?\b",
    nouns: [
        r"(?i)\b(?:учени[яйеюим]\w*|маневр\w*|манёвр\w*)",
        r"(?i)\b(?:визит\w*|посещени\w*|поездк\w*|посетил\w*)",
        r"(?i)\b(?:переговор\w*|консультаци\w*|встреч[аеиу]\b|саммит\w*)",
    ],
    noun_references: [
        r"(?i)\b(?:эт|т|данн|так)\w*\s+(?:\w+\s+)?(?:учени\w*|маневр\w*|манёвр\w*)|\b(?:учения|учений|учениях)\b",
        r"(?i)\b(?:эт|т|данн)\w*\s+(?:\w+\s+)?(?:визит\w*|посещени\w*|поездк\w*)|\b(?:визит|визита|визите|поездки|поездке)\b",
        r"(?i)\b(?:эт|т|данн)\w*\s+(?:\w+\s+)?(?:переговор\w*|консультаци\w*|встреч\w*|саммит\w*)|\b(?:переговоры|переговорах|переговоров)\b",
    ],
    news: r"(?i)\b\w+[аяиеыуё]л(?:а|о|и)?(?:сь|ся)?\b|\b\w*(?:рос|мог|ш[её]л|шл[аои])\b|\b(?:сообща\w+|заявля\w+|провод(?:ит|ят)|проход(?:ит|ят)|продолжа(?:ется|ются)|идут|ид[её]т)\b",
};

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::WORDS;

    fn finds(pattern: &str, text: &str) -> Option<String> {
        Regex::new(pattern)
            .unwrap()
            .find(text)
            .map(|m| m.as_str().to_string())
    }

    #[test]
    fn island_references() {
        assert_eq!(
            finds(WORDS.islands, "В 2016 году на эти острова прибыли войска.").as_deref(),
            Some("эти острова")
        );
        assert_eq!(
            finds(WORDS.islands, "Жители островов встретились.").as_deref(),
            Some("островов")
        );
        assert_eq!(
            finds(WORDS.island, "В понедельник на острове открыли школу.").as_deref(),
            Some("острове")
        );
    }

    #[test]
    fn news_and_states() {
        for news in [
            "Москва отменила безвизовые обмены.",
            "МИД Японии заявил протест.",
            "На островах проходят учения.",
        ] {
            assert!(finds(WORDS.news, news).is_some(), "{news}");
        }
        for state in [
            "Курилы остаются камнем преткновения.",
            "Кунашир — крупнейший из островов.",
        ] {
            assert_eq!(finds(WORDS.news, state), None, "{state}");
        }
    }

    #[test]
    fn clause_breaks() {
        let text = "В 1945 году закончилась война, а в 1947 году жителей выселили с Шикотана.";
        assert_eq!(finds(WORDS.clause_break, text).as_deref(), Some(", а "));
    }
}
