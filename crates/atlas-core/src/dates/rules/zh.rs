//! Chinese rules and words, simplified and traditional: what the Japanese rules
//! do not already read the same way. "2012年9月11日", "9月11日", "11日", "去年",
//! "今年", "昨日" mean in Chinese what they mean in Japanese, and the Japanese
//! rules find them in Chinese text too. Here: Chinese numerals ("二零一二年九月
//! 十一日"), "号" days ("9月11号"), Taiwan's Republic years ("民國113年" is
//! 2024), "明年", "前年" (the year before last), "上个月", "上周三", "昨天",
//! "三天前".
//!
//! Chinese and Japanese share their characters: words that mean something else
//! in Japanese ("前年", "後年") are read only in Chinese text, which is text with
//! Han characters and no kana ([`Ctx::is_chinese`]); the Japanese rules in turn
//! leave Chinese "前年" and "前日" alone and skip Chinese durations ("3日内").

use super::RuleCaptures;
use chrono::{Datelike, Duration, Weekday};

use super::{
    cand, loose, parse_num, plausible_year, push_month_day, push_month_of_shifted_year, push_shift,
    whole, Cand, Ctx, Loose, PartialDate, RuleSource, D,
};
use crate::dates::resolve::{
    month_offset, resolve_day_only, resolve_weekday, weekday_of_week, year_offset,
};
use crate::dates::surroundings::{char_at, char_before, is_digit};

/// Chinese numeral characters ("二零一二", "一百一十三", "两").
const ZH_DIGIT: &str = "[〇零一二两兩三四五六七八九十百]";

/// A month or day number: digits or Chinese numerals.
const ZH_NUMBER: &str = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";

/// Markers of the future or of plans: "将于" (will, on), "计划" (plan), "预计"
/// (expected), "明年" (next year).
pub(super) const FUTURE: &str = "将于|將於|将在|將在|将会|將會|将要|將要|将举行|將舉行|即将|即將|计划|計劃|計畫|预计|預計|预定|預定|拟于|擬於|明年|下个月|下個月|下周|下週|下星期";

/// The Chinese rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    vec![
        (
            format!(
                r"(?:中華|中华)?(?:民國|民国)\s*(?P<y>元|{D}{{1,3}}|{ZH_DIGIT}{{1,5}})\s*年(?:\s*(?P<m>{ZH_NUMBER})\s*月(?:\s*(?P<d>{ZH_NUMBER})\s*[日号號])?)?"
            ),
            rule_zh_republic_year,
        ),
        (
            format!(
                r"(?P<y>[〇零一二三四五六七八九]{{4}})\s*年(?:\s*(?P<m>{ZH_NUMBER})\s*月(?:\s*(?P<d>{ZH_NUMBER})\s*[日号號])?)?"
            ),
            rule_zh_year,
        ),
        (
            format!(
                r"(?P<y>{D}{{4}})\s*年\s*(?P<m>{ZH_NUMBER})\s*月(?:\s*(?P<d>{ZH_NUMBER})\s*[日号號])?"
            ),
            rule_zh_year,
        ),
        (
            format!(
                r"(?P<rel>大前年|前年|去年|今年|明年|后年|後年)(?:\s*(?P<m>{ZH_NUMBER})\s*月(?:\s*(?P<d>{ZH_NUMBER})\s*[日号號])?)?"
            ),
            rule_zh_rel_year,
        ),
        (
            format!(
                r"(?P<rel>本月|这个月|這個月|上个月|上個月|上月|下个月|下個月|下月)(?:\s*(?P<d>{ZH_NUMBER})\s*[日号號])?"
            ),
            rule_zh_rel_month,
        ),
        (
            format!(r"(?P<m>{ZH_NUMBER})\s*月\s*(?P<d>{ZH_NUMBER})\s*[日号號]"),
            rule_zh_month_day,
        ),
        (
            r"(?P<rel>上个|上個|上|本|这个|這個|这|這|下个|下個|下)?(?:星期|礼拜|禮拜|周|週)(?P<wd>[一二三四五六日天])"
                .to_string(),
            rule_zh_weekday,
        ),
        (
            r"(?P<w>大前天|前天|昨天|昨晚|昨夜|今天|今晨|今早|今晚|明天|明晚)".to_string(),
            rule_zh_day_word,
        ),
        (
            format!(r"(?:大前|前|昨|今|明)[（(](?P<d>{D}{{1,2}})[）)]日"),
            rule_zh_day_word_with_its_day,
        ),
        (
            format!(
                r"(?P<n>{D}{{1,2}}|[一二两兩三四五六七八九十]{{1,3}})\s*(?P<unit>天|个星期|個星期|星期|周|週|个月|個月|年)(?:以|之)?前(?P<today>的今天|的今日|的这一天|的這一天)?"
            ),
            rule_zh_ago,
        ),
        (
            format!(
                r"(?:隔年|次年|翌年|第二年)\s*(?P<m>{ZH_NUMBER})\s*月(?:\s*(?P<d>{ZH_NUMBER})\s*[日号號])?"
            ),
            rule_zh_month_of_the_year_after,
        ),
        (
            // Bare "隔年" is also "every other year" (隔年举行).
            "次年".to_string(),
            rule_zh_the_year_after,
        ),
        (
            r"(?:當天|当天|同一天|同一日|同天|(?P<next>隔天|次日|第二天)|(?P<before>此前一天|前一天|前一日))"
                .to_string(),
            rule_zh_that_day,
        ),
        (
            // "同年" is read by the Japanese rules, which run on Chinese text too.
            format!(
                r"(?:當年|当年)(?:\s*(?P<m>{ZH_NUMBER})\s*月(?:\s*(?P<d>{ZH_NUMBER})\s*[日号號])?)?"
            ),
            rule_zh_that_year,
        ),
    ]
}

/// "隔年1月24日", "次年三月": a month of the year after the previous date
/// expression's.
fn rule_zh_month_of_the_year_after(_ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    push_month_of_shifted_year(caps, 1, zh_group, out);
}

/// "次年": the year after the previous date expression's.
fn rule_zh_the_year_after(_ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    push_shift(out, whole(caps), "year", 1);
}

/// "當天", "同一天" (that day, the same day): the day of the previous date
/// expression, as Japanese "同日"; "隔天", "次日", "第二天" (the next day) and
/// "此前一天", "前一天" (the day before): the day after it or before it, as
/// "翌日" and "前日". Not after 的, where an event names the day counted from
/// ("仲裁庭公布裁决的第二天": the day after the award, whose date is not given).
fn rule_zh_that_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let days = match (caps.name("next"), caps.name("before")) {
        (Some(_), _) => 1,
        (_, Some(_)) => -1,
        _ => 0,
    };
    if days != 0 && ctx.text[..span.start].ends_with('的') {
        return;
    }
    push_shift(out, span, "day", days);
}

/// "當年", "當年9月": the previous date expression's year, or a month of it.
/// Not "想當年" (thinking back to those days).
fn rule_zh_that_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    if caps.name("m").is_some() {
        push_month_of_shifted_year(caps, 0, zh_group, out);
    } else if !ctx.text[..whole(caps).start].ends_with('想') {
        let that_year = Loose::OfYear {
            years: 0,
            month: None,
            day: None,
        };
        out.push(loose(whole(caps), None, false, that_year));
    }
}

/// Parses digits or Chinese numerals: "113", "一一三", "一百一十三", "二零一二",
/// "十一", "两".
fn zh_num(s: &str) -> Option<u32> {
    if let Some(n) = parse_num(s) {
        return Some(n);
    }
    let digit = |c: char| {
        Some(match c {
            '〇' | '零' => 0,
            '一' => 1,
            '二' | '两' | '兩' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    };
    if s.is_empty() {
        return None;
    }
    if !s.contains(['十', '百']) {
        return s
            .chars()
            .try_fold(0u32, |acc, c| Some(acc * 10 + digit(c)?));
    }
    // Positional: "一百一十三" = 1×100 + 1×10 + 3; "十一" = 10 + 1.
    let (mut total, mut current) = (0u32, None::<u32>);
    for c in s.chars() {
        match c {
            '十' => total += current.take().unwrap_or(1) * 10,
            '百' => total += current.take().unwrap_or(1) * 100,
            c => current = Some(digit(c)?),
        }
    }
    Some(total + current.unwrap_or(0))
}

/// The number of capture group `name`, if any (see [`zh_num`]).
fn zh_group(caps: &RuleCaptures, name: &str) -> Option<u32> {
    caps.name(name).and_then(|m| zh_num(m.as_str()))
}

/// A year with the month and day of groups `m` and `d` where they are given;
/// `None` when the month or day does not exist.
fn zh_date(year: i32, caps: &RuleCaptures) -> Option<PartialDate> {
    let month = zh_group(caps, "m");
    // A month group that does not read as a number is no month.
    if month.is_none() && caps.name("m").is_some() {
        return None;
    }
    PartialDate::from_parts(year, month, zh_group(caps, "d"))
}

/// Words after "N年" that make it a duration or a decade, not a year.
fn zh_not_a_year(rest: &str) -> bool {
    ["代", "间", "間", "前", "后", "後", "多", "左右", "以上"]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// "民國113年5月20日": a year of the Republic of China, counted from 1912 (year 1).
fn rule_zh_republic_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(y) = zh_group(caps, "y") else {
        return;
    };
    if !(1..=200).contains(&y) || char_before(ctx.text, span.start).is_some_and(is_digit) {
        return;
    }
    if caps.name("m").is_none() && zh_not_a_year(&ctx.text[span.end..]) {
        return;
    }
    if let Some(date) = zh_date(1911 + y as i32, caps) {
        out.push(cand(span, date, false));
    }
}

/// "二零一二年九月十一日", "2012年9月11号": a year in Chinese numerals, or a
/// year with a month in Chinese numerals or a "号" day.
fn rule_zh_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(y) = zh_group(caps, "y") else {
        return;
    };
    if !plausible_year(y) || char_before(ctx.text, span.start).is_some_and(is_digit) {
        return;
    }
    if caps.name("m").is_none() && zh_not_a_year(&ctx.text[span.end..]) {
        return;
    }
    if let Some(date) = zh_date(y as i32, caps) {
        out.push(cand(span, date, false));
    }
}

/// "明年", "前年9月", "去年十月": a year counted from publication, with an
/// optional month and day. "前年" and "后年" mean "the year before" and "later
/// years" in Japanese, and are read only in Chinese text.
fn rule_zh_rel_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let delta: i32 = match &caps["rel"] {
        "大前年" => -3,
        "前年" => -2,
        "去年" => -1,
        "今年" => 0,
        "明年" => 1,
        _ => 2,
    };
    if delta.abs() >= 2 && !ctx.is_chinese() {
        return;
    }
    let Some(year) = year_offset(ctx, delta) else {
        return;
    };
    if let Some(date) = zh_date(year, caps) {
        out.push(cand(span, date, true));
    }
}

/// "本月", "上个月", "下月10日": a month counted from publication.
fn rule_zh_rel_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let rel = &caps["rel"];
    // "登上月球": "climb onto the moon".
    if rel == "上月" && char_at(ctx.text, span.end).is_some_and(|c| "球亮台光".contains(c)) {
        return;
    }
    let delta = if rel.starts_with('上') {
        -1
    } else if rel.starts_with('下') {
        1
    } else {
        0
    };
    let Some(month) = month_offset(ctx, delta) else {
        return;
    };
    let date = match zh_group(caps, "d") {
        Some(d) => PartialDate::from_ymd(month.year, month.month.unwrap_or(1), d),
        None => Some(month),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// "九月十一日", "9月11号": a month and day without a year (the Japanese rules
/// read "9月11日").
fn rule_zh_month_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if char_before(ctx.text, span.start)
        .is_some_and(|c| is_digit(c) || "第每〇零一二三四五六七八九十".contains(c))
    {
        return;
    }
    let (Some(m), Some(d)) = (zh_group(caps, "m"), zh_group(caps, "d")) else {
        return;
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return;
    }
    push_month_day(ctx, out, span, m, Some(d));
}

/// Chinese weekday character → weekday ("一" Monday … "日"/"天" Sunday).
fn zh_weekday(c: &str) -> Option<Weekday> {
    let i = "一二三四五六日".chars().position(|k| c.starts_with(k));
    let i = if c == "天" { Some(6) } else { i };
    Weekday::try_from(i? as u8).ok()
}

/// "周三", "星期三", "上周三", "下週一": a weekday; with "上"/"本"/"下", of the
/// week before, this week or the week after.
fn rule_zh_weekday(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    if !ctx.is_chinese() {
        return;
    }
    let span = whole(caps);
    let Some(wd) = zh_weekday(&caps["wd"]) else {
        return;
    };
    // "每周三" (every Wednesday), "两周一次" (once in two weeks), "週一回".
    let before = char_before(ctx.text, span.start);
    if before.is_some_and(|c| is_digit(c) || "每逢隔第〇零一二两兩三四五六七八九十几幾".contains(c))
        && caps.name("rel").is_none()
    {
        return;
    }
    if char_at(ctx.text, span.end).is_some_and(|c| "次回遍".contains(c)) {
        return;
    }
    let date = match caps.name("rel").map(|m| m.as_str()) {
        Some(rel) if rel.starts_with('上') => weekday_of_week(ctx, -1, wd),
        Some(rel) if rel.starts_with('下') => weekday_of_week(ctx, 1, wd),
        Some(_) => weekday_of_week(ctx, 0, wd),
        None => resolve_weekday(ctx, &span, wd, 0),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// "昨天", "前天", "今天", "明天", and the evening or morning of one ("昨晚",
/// "今晨"): a day counted from publication.
fn rule_zh_day_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let delta = match &caps["w"] {
        "大前天" => -3,
        "前天" => -2,
        "昨天" | "昨晚" | "昨夜" => -1,
        "今天" | "今晨" | "今早" | "今晚" => 0,
        _ => 1,
    };
    if let Some(date) = p.checked_add_signed(Duration::days(delta)) {
        out.push(cand(whole(caps), PartialDate::from_date(date), true));
    }
}

/// Taiwanese wire style: the day word with the day of the month in brackets
/// ("昨（11）日", "今（12）日", "前（21）日"): the day it names, of the
/// publication's month (or the month before, as "11日" alone).
fn rule_zh_day_word_with_its_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(day) = parse_num(&caps["d"]).filter(|d| (1..=31).contains(d)) else {
        return;
    };
    if let Some(date) = resolve_day_only(ctx, &span, day) {
        out.push(cand(span, date, true));
    }
}

/// "三天前", "两周前", "3个月前", "两年前": counted back from publication;
/// "十年前的今天" (this day ten years ago) is the publication's day in that year.
fn rule_zh_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let span = whole(caps);
    if char_before(ctx.text, span.start).is_some_and(is_digit) {
        return;
    }
    // "三天前往": "go in three days"; "前夕": the eve of.
    if char_at(ctx.text, span.end).is_some_and(|c| c == '往' || c == '夕') {
        return;
    }
    let Some(n) = zh_group(caps, "n").filter(|n| (1..=99).contains(n)) else {
        return;
    };
    let n = i64::from(n);
    let date = match &caps["unit"] {
        "天" => p
            .checked_sub_signed(Duration::days(n))
            .map(PartialDate::from_date),
        "个月" | "個月" => month_offset(ctx, -(n as i32)),
        "年" if caps.name("today").is_some() => {
            p.with_year(p.year() - n as i32).map(PartialDate::from_date)
        }
        "年" => year_offset(ctx, -(n as i32)).map(PartialDate::from_year),
        _ => p
            .checked_sub_signed(Duration::days(7 * n))
            .map(PartialDate::from_date),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// Whether "N日" at `span` of a Chinese text is a duration or a count rather
/// than a day: "每3日" (every 3 days), "近3日" (the last 3 days), "3日内"
/// (within 3 days), "3日后" (3 days later).
pub(super) fn not_a_day(text: &str, span: &std::ops::Range<usize>) -> bool {
    let before = char_before(text, span.start);
    let rest = &text[span.end..];
    before.is_some_and(|c| "每约約近连連逐隔".contains(c))
        || [
            "内", "內", "之内", "之內", "后", "之后", "之後", "左右", "游", "遊", "多",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// Whether "今日" (or another day word `w`) followed by `rest` in Chinese text is
/// part of a name: "今日俄罗斯" (RT), "今日美国" (USA Today), "今日头条".
pub(super) fn names_after_today(w: &str, rest: &str) -> bool {
    w == "今日"
        && [
            "俄罗斯",
            "俄羅斯",
            "美国",
            "美國",
            "头条",
            "頭條",
            "中国",
            "中國",
            "说法",
            "說法",
        ]
        .iter()
        .any(|name| rest.starts_with(name))
}

#[cfg(test)]
mod tests {
    use super::zh_num;
    use crate::dates::expect::t;

    t!(
        zh_same_year_is_the_story_s_not_today_s,
        "民國97年6月10日凌晨，聯合號遭撞沉，今天滿10年。同年6月16日，保釣人士駛抵釣魚台。",
        "2018-06-10",
        [
            ("民國97年6月10日", "2008-06-10"),
            ("今天", "2018-06-10~"),
            ("同年6月16日", "2008-06-16")
        ]
    );
    t!(
        zh_the_year_after_and_that_year,
        "2012年9月25日，船隊前往釣魚台。隔年1月24日再度出航，次年又去。當年9月也有行動。隔年舉行一次。",
        "2022-09-25",
        [
            ("2012年9月25日", "2012-09-25"),
            ("隔年1月24日", "2013-01-24"),
            ("次年", "2014"),
            ("當年9月", "2014-09")
        ]
    );
    t!(
        zh_that_day,
        "外交部昨（23）日安排記者前往太平島。記者當天飲用了島上的井水。",
        "2016-03-24",
        [("昨（23）日", "2016-03-23~"), ("當天", "2016-03-23~")]
    );
    t!(
        zh_that_day_after_a_range_is_its_start,
        "俄军将于5日至10日进行射击训练。官房长官当天表示抗议，次日再次抗议。",
        "2019-08-05",
        [
            ("5日", "2019-08-05~"),
            ("10日", "2019-08-10~"),
            ("当天", "2019-08-05~"),
            ("次日", "2019-08-06~")
        ]
    );
    t!(
        zh_the_next_day_the_same_day_and_last_night,
        "今年7月12日仲裁結果出爐，立法院隔天通過提案。7月20日立委登上太平島；同一天，漁民也駛往太平島。內政部昨晚發布新聞稿。",
        "2016-08-16",
        [
            ("今年7月12日", "2016-07-12~"),
            ("隔天", "2016-07-13~"),
            ("7月20日", "2016-07-20~"),
            ("同一天", "2016-07-20~"),
            ("昨晚", "2016-08-15~")
        ]
    );
    t!(
        zh_the_day_before_and_the_day_after_an_event,
        "所谓南海仲裁案仲裁庭公布裁决的第二天，客机降落。13日上午客机起飞。此前一天，校验飞机飞行。",
        "2016-07-14",
        [("13日", "2016-07-13~"), ("此前一天", "2016-07-12~")]
    );
    t!(
        zh_that_year_alone,
        "十年前的今天，漁船駛向釣魚台。當年船隊在9月24日出發。想當年，大家都年輕。",
        "2022-09-25",
        [
            ("十年前的今天", "2012-09-25~"),
            ("當年", "2012~"),
            ("9月24日", "2012-09-24~")
        ]
    );

    #[test]
    fn chinese_numerals() {
        assert_eq!(zh_num("113"), Some(113));
        assert_eq!(zh_num("一一三"), Some(113));
        assert_eq!(zh_num("一百一十三"), Some(113));
        assert_eq!(zh_num("二零一二"), Some(2012));
        assert_eq!(zh_num("十一"), Some(11));
        assert_eq!(zh_num("二十"), Some(20));
        assert_eq!(zh_num("两"), Some(2));
        assert_eq!(zh_num("一百零五"), Some(105));
        assert_eq!(zh_num("年"), None);
    }

    t!(
        zh_tw_day_word_with_its_day,
        "漁船昨（11）日在釣魚台海域作業，海巡署今（12）日表示，前（10）日也有船隻。",
        "2024-09-12",
        [
            ("昨（11）日", "2024-09-11~"),
            ("今（12）日", "2024-09-12~"),
            ("前（10）日", "2024-09-10~")
        ]
    );
    t!(
        zh_full_dates,
        "2012年9月11日，日本政府与栗原家族签订购岛合同。2013年10月，中国海警船进入该海域。",
        "",
        [("2012年9月11日", "2012-09-11"), ("2013年10月", "2013-10")]
    );
    t!(
        zh_traditional_full_date,
        "日本政府於2012年9月11日將釣魚臺「國有化」。",
        "",
        [("2012年9月11日", "2012-09-11")]
    );
    t!(
        zh_chinese_numerals,
        "二零一二年九月十一日，日方宣布购岛。一九七二年九月中日建交。",
        "",
        [
            ("二零一二年九月十一日", "2012-09-11"),
            ("一九七二年九月", "1972-09")
        ]
    );
    t!(
        zh_hao_days,
        "菲律宾船只于9月11号进入黄岩岛海域，2024年6月17号发生冲突。",
        "2024-09-20",
        [("9月11号", "2024-09-11~"), ("2024年6月17号", "2024-06-17")]
    );
    t!(
        zh_month_day_and_day_alone,
        "中国海警9月11日在钓鱼岛领海内巡航，13日再次进入。",
        "2024-09-14",
        [("9月11日", "2024-09-11~"), ("13日", "2024-09-13~")]
    );
    t!(
        zh_dateline,
        "新华社北京9月11日电 外交部发言人11日表示，中方坚决反对。",
        "2024-09-12",
        [("9月11日", "2024-09-11~"), ("11日", "2024-09-11~")]
    );
    t!(
        zh_republic_years,
        "中華民國113年5月20日，總統就職。民國元年為1912年，民國60年代經濟起飛。",
        "",
        [
            ("中華民國113年5月20日", "2024-05-20"),
            ("民國元年", "1912"),
            ("1912年", "1912")
        ]
    );
    t!(
        zh_republic_year_simplified_and_numerals,
        "民国一百一十三年，台湾当局宣布扩大巡逻。民国113年",
        "",
        [("民国一百一十三年", "2024"), ("民国113年", "2024")]
    );
    t!(
        zh_relative_years,
        "去年9月，中国海警进入该海域；前年也曾发生类似事件，今年十月和明年将继续巡航。",
        "2024-06-15",
        [
            ("去年9月", "2023-09~"),
            ("前年", "2022~"),
            ("今年十月", "2024-10~"),
            ("明年", "2025~")
        ]
    );
    t!(
        zh_year_before_last_is_chinese_only,
        "前年の4月に協議が始まった。1956年に宣言し、前年に交渉した。",
        "2024-06-15",
        [("4月", "2024-04~"), ("1956年", "1956"), ("前年", "1955")]
    );
    t!(
        zh_relative_months,
        "本月，日本舰船多次进入；上个月20日菲律宾船只搁浅，上個月也有衝突。下月将举行会谈。",
        "2024-06-15",
        [
            ("本月", "2024-06~"),
            ("上个月20日", "2024-05-20~"),
            ("上個月", "2024-05~"),
            ("下月", "2024-07~")
        ]
    );
    t!(
        zh_words_in_japanese_text_keep_their_japanese_meaning,
        "週一回の協議を行った。明年には後年の課題を話し合う。",
        "2024-06-15",
        [("明年", "2025~")]
    );
    t!(
        zh_past_clause_before_a_plan,
        "中国海警船9月11日进入该海域；双方将于10月举行会谈，而日方12日提出抗议。",
        "2024-09-20",
        [
            ("9月11日", "2024-09-11~"),
            ("10月", "2024-10~"),
            ("12日", "2024-09-12~")
        ]
    );
    t!(zh_moon_is_no_month, "他们计划登上月球。", "2024-06-15", []);
    t!(
        zh_weeks_days,
        "上周三，菲律宾补给船抵达仁爱礁；上週五海巡署出動。下周一双方将会谈。",
        "2024-06-15",
        [
            ("上周三", "2024-06-05~"),
            ("上週五", "2024-06-07~"),
            ("下周一", "2024-06-17~")
        ]
    );
    t!(
        zh_weekday_alone,
        "日本外务省周三表示，将提出抗议。星期一，中国海警船驶入该海域。",
        "2024-06-14",
        [("周三", "2024-06-12~"), ("星期一", "2024-06-10~")]
    );
    t!(
        zh_every_week_is_no_date,
        "海警船每周三巡航一次，两周一次补给。",
        "2024-06-14",
        []
    );
    t!(
        zh_day_words,
        "昨天，中国海警船进入钓鱼岛领海；前天菲律宾船只被驱离，今天双方对峙，昨日再次进入。",
        "2024-06-14",
        [
            ("昨天", "2024-06-13~"),
            ("前天", "2024-06-12~"),
            ("今天", "2024-06-14~"),
            ("昨日", "2024-06-13~")
        ]
    );
    t!(
        zh_counted_back,
        "三天前，菲律宾船只抵达；两周前发生冲突，3个月前和两年前也曾发生。",
        "2024-06-14",
        [
            ("三天前", "2024-06-11~"),
            ("两周前", "2024-05-31~"),
            ("3个月前", "2024-03~"),
            ("两年前", "2022~")
        ]
    );
    t!(
        zh_this_day_years_ago,
        "十年前的今天，数十艘渔船驶向钓鱼岛海域。",
        "2022-09-25",
        [("十年前的今天", "2012-09-25~")]
    );
    t!(
        zh_going_on_a_day,
        "日本议员将于3日前往钓鱼岛海域。",
        "2024-06-28",
        [("3日", "2024-07-03~")]
    );
    t!(
        zh_durations_are_no_days,
        "须在3日内撤离，近3日多次进入，每3日巡航，演习持续3天，10日前提交。",
        "2024-06-14",
        []
    );
    t!(
        zh_names_and_numbers_are_no_dates,
        "据今日俄罗斯报道，该岛面积3.91平方公里，第11日，日本海上保安厅派出2000名人员。",
        "2024-06-14",
        []
    );
    t!(
        zh_range_of_days,
        "演习于9月11日至13日举行。",
        "2024-09-20",
        [("9月11日", "2024-09-11~"), ("13日", "2024-09-13~")]
    );
    t!(
        zh_future_month_is_next_year,
        "双方计划于1月举行会谈。",
        "2024-11-20",
        [("1月", "2025-01~")]
    );
    t!(
        zh_past_month_is_last_year,
        "中国海警船12月进入该海域，引发抗议。",
        "2025-01-10",
        [("12月", "2024-12~")]
    );
}
