//! Japanese event words.

use super::{EventWords, Script};
use crate::language::Language;

pub(super) const WORDS: EventWords = EventWords {
    language: Language::Ja,
    script: Script::Cjk,
    // A comma after a verb's continuative form (行われ、 訪れ、 し、 て、), or そして.
    // (Not 含め、: "including", a particle.)
    clause_break: r"(?:[しりてれけべきちびみえせっい]|[^含]め|ており|ました|でき)[、，]|[、，]\s*(?:そして|また|一方)[、，]?",
    // A verb's continuative before a comma (行われ、 開き、), or a sentence's end.
    // The next clause has its own topic (第3陣は) or its own time (１９４５年８月２８日に);
    // otherwise it shares both with the one before (１０日、…日程を終え、根室港に帰港した).
    after_break: r"[^、，。]{1,15}?は|[^。]{0,20}?(?:[0-9０-９〇一二三四五六七八九十]+(?:年|月|日)|今年|昨年|去年|来年|一昨年|先月|今月|来月|昨日|きのう|今日|きょう|明日|あす)",
    not_clause_break: r"(?:について|に対して|にかけて|として|を受けて|において|によって|に関して|に向けて|を通じて|とともに|に先立って|をめぐって)[、，]",
    predicate: r"(?:[しりてれけめべきちびみえせいっ]|ており|ました|でき)[、，]|(?:た|だ|る|す|い|ない)(?:[」』）)]*[。．]|\s*$)",
    islands: r"両島|同諸島|同群島|島々|各島|これらの島",
    island: r"同島",
    nouns: [r"演習|訓練", r"訪問|訪れ|訪島", r"交渉|協議"],
    // Without articles, a bare event noun refers back ("交渉の出発点": the talks told of before).
    noun_references: [r"演習|訓練", r"訪問|訪島", r"交渉|協議"],
    news: r"(?:た|ました|ている|ています|ていた|ていました|でいる|でいます|という|といいます|とのこと|ということです|とみられる|を発表|と発表|としている|と述べ|と語っ|と話し)[」』）)]*[。．]?\s*$|ましたので",
    // None: a topic (択捉島では) reaches over the continuative clauses after it,
    // so a week (先週) does not part them.
    statement: r"明らかにし|発表し|述べ|伝え|報じ|表明し|語っ|話し",
    weeks: "",
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
            finds(WORDS.island, "同島では14日、式典が開かれた。").as_deref(),
            Some("同島")
        );
        assert_eq!(
            finds(WORDS.islands, "両島を結ぶ航路が開設された。").as_deref(),
            Some("両島")
        );
    }

    #[test]
    fn news_and_states() {
        for news in [
            "政府はロシア側に抗議した。",
            "漁船が拿捕されたことがわかりました。",
            "ロシア軍が演習を行っている。",
        ] {
            assert!(finds(WORDS.news, news).is_some(), "{news}");
        }
        for state in [
            "北方領土は日本固有の領土だ。",
            "政府は来月、訪問団を派遣する予定だ。",
        ] {
            assert_eq!(finds(WORDS.news, state), None, "{state}");
        }
    }

    #[test]
    fn clause_breaks() {
        let text = "2018年に国後島で演習が行われ、2019年には択捉島で行われた。";
        assert_eq!(finds(WORDS.clause_break, text).as_deref(), Some("れ、"));
        assert_eq!(finds(WORDS.clause_break, "政府は14日、抗議した。"), None);
    }
}
