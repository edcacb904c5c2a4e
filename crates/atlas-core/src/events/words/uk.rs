//! Ukrainian event words. They run on every text with Cyrillic letters, Russian
//! too, and the Russian words run on Ukrainian text: the forms the two share
//! (past tenses in -ла/-ли, «островах», «переговор…») are the Russian module's,
//! and every pattern here matches only Ukrainian forms (a letter і, ї, є or ґ,
//! a past in -ував, a present in -ає/-ють), so Russian text finds nothing new.

use super::{EventWords, Script};
use crate::language::Language;

/// Masculine pasts in -в that the patterns cannot tell from nouns: without a
/// Ukrainian letter, Russian nouns share their ending («пролив», «против»,
/// «состав»), and in -ів, -ов Ukrainian ones do («островів», «років»): listed.
macro_rules! ukrainian_past_verbs {
    () => {
        r"\b(?:заявив|оголосив|сказав|захопив|збив|знищив|заборонив|вразив|наголосив|зазначив|висловив|звинуватив|поставив|зупинив|здійснив|випустив|схвалив|попросив|напав|прибув|почав|розпочав|підписав|додав|визнав|закликав|засудив|обстріляв|атакував|мав|став|провів|зустрів|хотів|зумів|пішов|прийшов|вийшов|зайшов|дійшов|назвав|передав|ухвалив|надіслав|підтримав|отримав|прийняв|відхилив|затримав|вбив|загинув|помер|висунув|розірвав|вручив|оприлюднив|направив|зробив|запровадив|взяв|дав)(?:ся)?\b"
    };
}

pub(super) const WORDS: EventWords = EventWords {
    language: Language::Uk,
    script: Script::Cyrillic,
    clause_break: r"(?i);\s+|,\s+(?:а|і|й|та|але|проте|однак|коли|тоді\s+як|після\s+чого)\s+",
    after_break: "",
    not_clause_break: "",
    predicate: concat!(
        r"(?i)\b\w*[іїєґ]\w*(?:ав|яв|ив)(?:ся)?\b|\b\w+ував(?:ся)?\b|\b\w+(?:ає|яє|ує|ює|ють|іє)(?:ться)?\b|",
        // The past in the feminine, neuter and plural: окупувала, пролунали, відбулося.
        r"\b\w+[аяиіуо]л(?:а|о|и)(?:ся|сь)?\b|",
        ukrainian_past_verbs!(),
        r"|\b(?:була|було|були|буде|будуть|є)\b"
    ),
    islands: r"(?i)\b(?:ці|ті|цих|тих|цим|тим|цими|тими|спірні|спірних|усі|всі|усіх|всіх|обидва|обидві)\s+(?:\w+\s+)?(?:острови|островів|островам|островами|островах|архіпелаг\w*|територі(?:ї|й|ям|ями|ях))\b|\b(?:острови|островів|островами|архіпелаг(?:у|ом|і)?)\b",
    island: r"(?i)\b(?:цей\s+|цьому\s+|цього\s+)?(?:острів|острові)\b|\b(?:півострів|півострові|півострова|півостровом)\b",
    nouns: [
        r"(?i)\b(?:навчання|навчань)\b",
        r"(?i)\b(?:візит\w*|відвідин\w*|поїздк\w*|відвідав\w*)",
        r"(?i)\b(?:переговор(?:и|ів)|консультаці\w*|зустріч\w*|саміт\w*)",
    ],
    noun_references: [
        r"(?i)\b(?:ці|ті|такі)\s+(?:\w+\s+)?навчання\b|\bнавчань\b",
        r"(?i)\b(?:цей|цього|цьому|той)\s+(?:\w+\s+)?візит\w*|\b(?:візит|візиту|візиті)\b",
        r"(?i)\b(?:ці|ті|цих)\s+(?:\w+\s+)?(?:переговор\w*|консультаці\w*)|\b(?:переговори|переговорів)\b",
    ],
    news: concat!(
        r"(?i)\b\w*[іїєґ]\w*(?:ав|яв|ив)(?:ся)?\b|\b\w+ував(?:ся)?\b|",
        r"\b\w+[аяиіуо]л(?:а|о|и)(?:ся|сь)?\b|",
        ukrainian_past_verbs!(),
        r"|\b(?:повідомля\w+|заявля\w+|проводять|тривають|триває|відбуваються|відбувається)\b"
    ),
    statement: r"(?i)\b(?:заяви(?:в|ла|ли)|повідоми(?:в|ла|ли)|оголоси(?:в|ла|ли)|сказа(?:в|ла|ли)|розповіл\w*|розповів|повідомляє|повідомляють|заявляє)\b",
    weeks: r"(?i)\b(?:на\s+)?(?:минулого|цього|наступного)\s+тижня\b|\b(?:на\s+)?(?:минулому|цьому|наступному)\s+тижні\b|\b(?:минулих|цих)\s+вихідних\b",
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
            finds(WORDS.islands, "У 2014 році на ці острови прибули війська.").as_deref(),
            Some("ці острови")
        );
        assert_eq!(
            finds(
                WORDS.islands,
                "Росія згорнула безвізові обміни з островами."
            )
            .as_deref(),
            Some("островами")
        );
        assert_eq!(
            finds(WORDS.islands, "Війська на цих островах посилили.").as_deref(),
            Some("цих островах")
        );
        assert_eq!(
            finds(WORDS.island, "Росія окупувала півострів у 2014 році.").as_deref(),
            Some("півострів")
        );
        assert_eq!(
            finds(WORDS.island, "На острові відкрили школу.").as_deref(),
            Some("острові")
        );
    }

    #[test]
    fn nouns_and_references() {
        assert!(finds(WORDS.nouns[0], "Флот провів навчання біля Криму.").is_some());
        assert_eq!(
            finds(
                WORDS.noun_references[1],
                "Під час візиту міністр заявив про підтримку."
            )
            .as_deref(),
            Some("візиту")
        );
        assert_eq!(
            finds(WORDS.noun_references[2], "Переговори тривали три дні.").as_deref(),
            Some("Переговори")
        );
    }

    #[test]
    fn news_and_statements() {
        for news in [
            "Міністр заявив про протест.",
            "Речник повідомив, що кораблі відійшли.",
            "МЗС оголосив протест.",
            "Міністр назвав підтримку дуже важливою.",
            "Парламент ухвалив звернення.",
        ] {
            assert!(finds(WORDS.news, news).is_some(), "{news}");
        }
        assert_eq!(
            finds(WORDS.statement, "Зеленський заявив, що Крим повернеться.").as_deref(),
            Some("заявив")
        );
        assert_eq!(finds(WORDS.news, "Крим — півострів у Чорному морі."), None);
        assert_eq!(
            finds(WORDS.news, "Рух мостом було тимчасово перекрито.").as_deref(),
            Some("було")
        );
        assert_eq!(
            finds(WORDS.predicate, "Росія окупувала Кримський півострів.").as_deref(),
            Some("окупувала")
        );
        assert_eq!(
            finds(WORDS.predicate, "Вибухи пролунали у Криму.").as_deref(),
            Some("пролунали")
        );
    }

    /// Ukrainian words run on Russian text too (a text with letters of both, or
    /// a short one): none may find what is not there. The predicate is left
    /// out, and so is the news: the past in -ла, -ло, -ли is the same verb
    /// form in both languages, and a verb found where there is one is no error.
    /// So are the clause breaks: «, а» and «;» break a clause in both.
    #[test]
    fn russian_text_matches_nothing_ukrainian() {
        let russian =
            "В декабре 2016 года лидеры договорились обсуждать деятельность на островах, \
                       а в ноябре — ускорить переговоры; против этого был пролив и состав флота, \
                       заявил министр, и учения прошли на острове.";
        for pattern in [WORDS.islands, WORDS.island, WORDS.statement, WORDS.weeks]
            .into_iter()
            .chain(WORDS.nouns)
            .chain(WORDS.noun_references)
        {
            assert_eq!(finds(pattern, russian), None, "{pattern}");
        }
    }

    #[test]
    fn clause_breaks_and_weeks() {
        let text = "У 2014 році Росія анексувала Крим, але у 2022 році почалася війна.";
        assert_eq!(finds(WORDS.clause_break, text).as_deref(), Some(", але "));
        let text = "16 березня в Криму провели «референдум», а 18 березня підписали договір.";
        assert_eq!(finds(WORDS.clause_break, text).as_deref(), Some(", а "));
        assert_eq!(
            finds(WORDS.weeks, "Переговори відбудуться наступного тижня.").as_deref(),
            Some("наступного тижня")
        );
    }
}
