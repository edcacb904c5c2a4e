//! Chinese event words, simplified and traditional.
//!
//! They run on every text with Han characters, Japanese too (see
//! [`Script::Cjk`]), so they keep to what Japanese does not write: simplified
//! or traditional forms (该岛, 會談), a Chinese full-width comma after a
//! reporting verb (表示，), Chinese demonstratives (这些, 上述, 此次).

use super::{EventWords, Script};
use crate::language::Language;

pub(super) const WORDS: EventWords = EventWords {
    language: Language::Zh,
    script: Script::Cjk,
    // A semicolon, or a comma before a contrast or a next step ("，而", "，但",
    // "，并于13日", "，随后").
    clause_break: r"；|，\s*(?:而|但是|但|并于|並於|随后|隨後|此后|此後)",
    after_break: "",
    not_clause_break: "",
    // A verb with its aspect (了, 已经, 将于) or a common news verb.
    predicate: r"[^終完修満為为]了(?:[^解承]|$)|已经|已經|将于|將於|将在|將在|正在|举行|舉行|进行|访问|抵达|抵達|登上|表示|宣布|发表|發表|举办|舉辦|签署|簽署|召开|召開|开始|结束|結束|派遣|称|稱|说|說|提出|呼吁|呼籲|通过|通過|批准|公布|发布|發布|决定|決定|要求|抗议|抗議|部署|启动|啟動|生效|成立|设立|設立|采取|採取|闯|闖|进入|進入|驶入|駛入|冲撞|衝撞|使用|拦截|攔截|驱离|驅離|占领|佔領|侵入|登陆|登陸",
    islands: r"这些岛屿|這些島嶼|这些岛|這些島|上述岛屿|上述島嶼|上述各岛|上述各島|该群岛|該群島|该列岛|該列島|两岛|兩島|各岛|诸岛|諸島嶼",
    island: r"该岛屿|該島嶼|该岛|該島|此岛|此島|这个岛|這個島|上述岛|上述島|这座岛|這座島",
    nouns: [
        r"演习|軍演|军演|训练|訓練|演習",
        r"访问|訪問|到访|到訪|登岛|登島|之行(?:[^为為]|$)",
        r"会谈|會談|谈判|談判|磋商|会晤|會晤|峰会|峰會",
    ],
    noun_references: [
        r"(?:此次|这次|這次|该|該|上述|这些|這些)(?:军事)?(?:演习|演習|军演|軍演|训练|訓練)",
        r"(?:此次|这次|這次|该|該|上述)(?:访问|訪問)|此访|此訪|此行",
        r"(?:此次|这次|這次|该|該|上述)(?:会谈|會談|谈判|談判|磋商|会晤|會晤)",
    ],
    news: r"(?:表示|称|稱|指出|强调|強調|说|說|宣称|宣稱)[，,：:]|宣布|发表声明|發表聲明|[^終完修満為为]了(?:[^解承]|$)|已经|已經",
    statement: r"(?:表示|称|稱|指出|强调|強調|说|說|宣称|宣稱)[，,：:]|宣布|发表声明|發表聲明",
    // A week not followed by its day ("上周" but not "上周三", a date).
    weeks: r"(?:上|本|下|这|這)(?:个|個)?(?:周|週|星期)(?:[^一二三四五六日天]|$)",
    // 电/電 "dispatch" (专电/專電, a special one) right after the date, then a bracket, a space or the end
    // (not 电话, "telephone"): 新华社北京11月20日电（记者…）, （中央社記者…台北18日電）.
    dispatch: r"(?:[专專])?[电電](?:[)）(（\s]|$)",
    names_follow: false,
};

#[cfg(test)]
mod tests {
    use super::super::finds;
    use super::WORDS;

    #[test]
    fn island_references() {
        assert_eq!(
            finds(WORDS.island, "日本船只11日驶入该岛附近海域。").as_deref(),
            Some("该岛")
        );
        assert_eq!(
            finds(WORDS.island, "海巡署表示，該島周邊海域").as_deref(),
            Some("該島")
        );
        assert_eq!(
            finds(WORDS.islands, "中方对这些岛屿拥有主权。").as_deref(),
            Some("这些岛屿")
        );
        assert_eq!(
            finds(WORDS.islands, "上述島嶼自古以來就是中國領土。").as_deref(),
            Some("上述島嶼")
        );
        // Japanese "同島" and "両島" are the Japanese words' own.
        assert_eq!(finds(WORDS.island, "同島では式典が開かれた。"), None);
        assert_eq!(finds(WORDS.islands, "両島を結ぶ航路"), None);
    }

    #[test]
    fn event_nouns_and_references() {
        assert!(finds(WORDS.nouns[0], "解放军在南海举行演习。").is_some());
        assert_eq!(
            finds(WORDS.noun_references[0], "此次演习为期三天。").as_deref(),
            Some("此次演习")
        );
        assert_eq!(
            finds(WORDS.noun_references[1], "此次訪問引發關注。").as_deref(),
            Some("此次訪問")
        );
        assert_eq!(
            finds(WORDS.noun_references[2], "这次会谈没有取得进展。").as_deref(),
            Some("这次会谈")
        );
        // A trip ("太平島之行") and "this trip" (此行); not 之行为 ("the act of").
        assert!(finds(WORDS.nouns[1], "葉俊榮此次太平島之行，由海巡署長同行。").is_some());
        assert_eq!(finds(WORDS.nouns[1], "挑衅之行为"), None);
        assert_eq!(
            finds(WORDS.noun_references[1], "內政部昨晚才宣布此行。").as_deref(),
            Some("此行")
        );
        // Japanese 会談 (talks) is neither Chinese form.
        assert_eq!(finds(WORDS.nouns[2], "首脳会談が開かれた。"), None);
    }

    #[test]
    fn news_and_statements() {
        for news in [
            "外交部发言人11日表示，中方对此坚决反对。",
            "日本海上保安厅宣布扩大巡逻范围。",
            "海巡署稱，該船已離開。",
            "两国海军举行了联合演习。",
            "中国政府发表声明。",
        ] {
            assert!(finds(WORDS.news, news).is_some(), "{news}");
        }
        for plan in ["双方将于下月举行会谈。", "為了解決爭端"] {
            assert_eq!(finds(WORDS.news, plan), None, "{plan}");
        }
        // Japanese: 表示 before a Japanese comma, 終了, 了解 are no Chinese news.
        for ja in ["地図に表示、", "演習が終了する。", "了解を得る。"] {
            assert_eq!(finds(WORDS.news, ja), None, "{ja}");
        }
        assert!(finds(WORDS.statement, "国防部表示，将继续巡航。").is_some());
    }

    #[test]
    fn clause_breaks_and_weeks() {
        let text = "菲律宾船只9月11日驶入该海域；中国海警13日进行了驱离。";
        assert_eq!(finds(WORDS.clause_break, text).as_deref(), Some("；"));
        assert_eq!(
            finds(WORDS.clause_break, "双方11日举行会谈，并于12日签署协议。").as_deref(),
            Some("，并于")
        );
        assert_eq!(finds(WORDS.clause_break, "他11日表示，中方反对。"), None);
        assert!(finds(WORDS.weeks, "上周，日本舰艇驶入该海域。").is_some());
        assert_eq!(finds(WORDS.weeks, "上周三，日本舰艇驶入该海域。"), None);
    }

    #[test]
    fn predicates_of_a_clause_without_a_place() {
        // "…；去年12月10日，菲方船只又一次强闯该海域，…": a clause of its own.
        for clause in [
            "菲方船只又一次强闯该海域",
            "中国海警依法采取管控措施",
            "日本舰艇驶入毗连区",
        ] {
            assert!(finds(WORDS.predicate, clause).is_some(), "{clause}");
        }
        assert_eq!(finds(WORDS.predicate, "去年12月10日"), None);
    }
}
