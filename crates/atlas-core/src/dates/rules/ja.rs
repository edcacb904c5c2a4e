//! Japanese rules and words: "2010年11月1日", era years ("昭和20年"),
//! "今年度", "先月", "14日" alone, "同年", "翌日", "きょう".

use super::RuleCaptures;
use chrono::{Datelike, Duration, Weekday};

use super::{
    cand, loose, num, parse_num, plausible_year, push_month_day, push_month_of_shifted_year,
    push_shift, push_weekday, rel_year, rule_ago, rule_same_year, rule_season, rule_this_day_in,
    whole, Cand, Ctx, Loose, PartialDate, RuleSource, D,
};
use crate::dates::resolve::{month_offset, resolve_day_only, year_offset};
use crate::dates::surroundings::{char_at, char_before, is_digit};

/// The Japanese weekday characters, Monday (月) to Sunday (日).
pub(crate) const WEEKDAYS: &str = "月火水木金土日";

/// An optional Japanese weekday in brackets after a date: "（月）", "(水曜日)".
const JA_WD_PAREN: &str = r"(?:\s*[（(][月火水木金土日](?:曜日?)?[）)])?";

/// Japanese weekday character (the first of `s`) → weekday.
fn ja_weekday(s: &str) -> Option<Weekday> {
    let c = s.chars().next()?;
    let i = WEEKDAYS.chars().position(|k| k == c)?;
    Weekday::try_from(i as u8).ok()
}

/// Markers of the future or of plans (予定, 方針, 来年, wishes such as したい).
pub(super) const FUTURE: &str = "予定|見通し|方針|考え|来年|来月|来週|計画|見込み|目指|方向で|意向|つもり|構え|調整して|調整中|したい|実施したい|たいと";

/// The Japanese rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    vec![
        (
            format!(r"(?P<y>{D}{{4}})\s*年の(?:きょう|今日|この日)"),
            rule_this_day_in,
        ),
        (
            format!(
                r"(?P<y>{D}{{4}})(?:\s*[（(](?:明治|大正|昭和|平成|令和)\s*(?:元|{D}{{1,2}})\s*[）)])?\s*年(?:\s*(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?)?{JA_WD_PAREN}"
            ),
            rule_ja_year,
        ),
        (
            format!(r"(?P<y>{D}{{4}})\s*[～〜~－]\s*{D}{{2}}(?:{D}{{2}})?\s*年"),
            rule_ja_range_start,
        ),
        (
            format!(
                r"(?P<y>{D}{{2}})\s*年(?:\s*(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?)?{JA_WD_PAREN}"
            ),
            rule_ja_short_year,
        ),
        (
            format!(
                r"(?P<era>明治|大正|昭和|平成|令和)\s*(?P<ey>元|{D}{{1,2}}|[一二三四五六七八九十]{{1,3}})(?:\s*[（(]{D}{{4}}[）)])?\s*年(?:\s*(?P<m>{D}{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日)?)?"
            ),
            rule_ja_era,
        ),
        (
            format!(
                r"(?P<rel>今年|本年|昨年|去年|一昨年|おととし|来年|再来年)(?:\s*(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?)?{JA_WD_PAREN}"
            ),
            rule_ja_rel_year,
        ),
        (
            r"(?P<rel>今年|本年|昨年|来年|再来年)度".to_string(),
            rule_ja_fiscal_year,
        ),
        (
            format!(r"(?P<rel>今月|先月|来月|先々月)(?:\s*(?P<d>{D}{{1,2}})\s*日)?{JA_WD_PAREN}"),
            rule_ja_rel_month,
        ),
        (
            format!(r"(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?{JA_WD_PAREN}"),
            rule_ja_month,
        ),
        (format!(r"(?P<d>{D}{{1,2}})\s*日{JA_WD_PAREN}"), rule_ja_day),
        (
            format!(r"(?P<d>{D}{{1,2}})\s*[、，・]\s*(?P<d2>{D}{{1,2}})\s*両日"),
            rule_ja_two_days,
        ),
        (
            r"(?P<rel>先週|今週|来週)?の?(?P<wd>[月火水木金土日])曜日?".to_string(),
            rule_ja_weekday,
        ),
        (r"(?P<w>年内|月内)".to_string(), rule_ja_within),
        (
            format!(
                r"(?P<y>[〇一二三四五六七八九]{{4}})\s*年(?:\s*(?P<m>{D}{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日)?)?{JA_WD_PAREN}"
            ),
            rule_ja_year,
        ),
        (
            format!(
                r"(?P<n>{D}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?P<unit>日|週間|か月|カ月|ヶ月|ヵ月|年)前"
            ),
            rule_ago,
        ),
        (
            r"(?P<rel>今|昨|来)(?P<season>春|夏|秋|冬)".to_string(),
            rule_season,
        ),
        (
            format!(
                r"(?P<w>翌々年|翌年|前年)\s*(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?{JA_WD_PAREN}"
            ),
            rule_ja_month_of_shifted_year,
        ),
        (
            r"(?P<w>翌々年|翌年|前年|同日|同じ日|翌日|前日)".to_string(),
            rule_ja_shift,
        ),
        (
            format!(
                r"同年(?:\s*(?P<m>{D}{{1,2}})\s*月(?:\s*(?P<d>{D}{{1,2}})\s*日)?)?{JA_WD_PAREN}"
            ),
            rule_same_year,
        ),
        (
            format!(r"同月(?:\s*(?P<d>{D}{{1,2}})\s*日)?{JA_WD_PAREN}"),
            rule_same_month,
        ),
        (
            r"(?P<w>一昨日|おととい|昨日|きのう|本日|今日|きょう|明日|あした|あす|明後日|あさって)"
                .to_string(),
            rule_ja_day_word,
        ),
    ]
}

fn rule_ja_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let y_span = caps.name("y").unwrap().range();
    let Some(y) = num(caps, "y") else {
        return;
    };
    if !plausible_year(y) || char_before(ctx.text, span.start).is_some_and(is_digit) {
        return;
    }
    if caps.name("m").is_none() && ja_not_a_year(&ctx.text[span.end..]) {
        return;
    }
    match ja_date(y as i32, caps) {
        Some(date) => out.push(cand(span, date, false)),
        None => {
            // An impossible month or day: keep the year alone.
            let end = ctx.text[y_span.end..]
                .find('年')
                .map(|i| y_span.end + i + '年'.len_utf8());
            if let Some(end) = end {
                out.push(cand(
                    span.start..end,
                    PartialDate::from_year(y as i32),
                    false,
                ));
            }
        }
    }
}

/// The first year of a range of years written with 年 after the last one only
/// ("２００９～１１年", "2009～2011年"): a year of its own, where the range's
/// end is found by the year rules (a short year after a wave dash starts a
/// year, see [`rule_ja_short_year`]).
fn rule_ja_range_start(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let y_span = caps.name("y").unwrap().range();
    let Some(y) = num(caps, "y") else {
        return;
    };
    if plausible_year(y) && !char_before(ctx.text, y_span.start).is_some_and(is_digit) {
        out.push(cand(y_span, PartialDate::from_year(y as i32), false));
    }
}

/// A year by its last two digits ("５４年には", "、02年3月に"), as a newspaper
/// writes one after a full year of the same sentence: resolved from that year
/// ([`Loose::ShortYear`](crate::dates::anchor::Loose::ShortYear)). Only where
/// a year can start (after a comma, a quote or bracket, "と", or at a line's
/// start; after "は", "も" or "が" when a comma or "に" follows), so durations and counts ("終戦から７０年", "戦後７０年") and era years
/// ("明治３８年") are not.
fn rule_ja_short_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(yy) = num(caps, "y") else {
        return;
    };
    let rest = &ctx.text[span.end..];
    let starts_a_year = match char_before(ctx.text, span.start) {
        None => true,
        Some(c) => {
            "、，,。「『（(とや～〜~－\n".contains(c)
                // After a subject's particle, a year that dates its clause
                // ("韓国は５２年、…"), not a count ("期間は５２年だ").
                || ("はもが".contains(c) && rest.starts_with(['、', '，', 'に']))
        }
    };
    if !starts_a_year || (caps.name("m").is_none() && ja_not_a_year(rest)) {
        return;
    }
    let (month, day) = (num(caps, "m"), num(caps, "d"));
    if month.is_some_and(|m| !(1..=12).contains(&m)) {
        return;
    }
    out.push(loose(
        span,
        None,
        false,
        Loose::ShortYear { yy, month, day },
    ));
}

/// A Japanese year, month and optional day, with the year known.
fn ja_date(year: i32, caps: &RuleCaptures) -> Option<PartialDate> {
    PartialDate::from_parts(year, num(caps, "m"), num(caps, "d"))
}

/// Words after "N年" that make it a duration or a decade, not a year.
fn ja_not_a_year(rest: &str) -> bool {
    [
        "代", "間", "前", "後", "以上", "余", "ぶり", "来", "近く", "超",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

fn rule_ja_era(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let base = match &caps["era"] {
        "明治" => 1867,
        "大正" => 1911,
        "昭和" => 1925,
        "平成" => 1988,
        _ => 2018,
    };
    let Some(ey) = num(caps, "ey") else {
        return;
    };
    if ey == 0 || ey > 64 || (caps.name("m").is_none() && ja_not_a_year(&ctx.text[span.end..])) {
        return;
    }
    if let Some(date) = ja_date(base + ey as i32, caps) {
        out.push(cand(span, date, false));
    }
}

fn rule_ja_rel_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(year) = rel_year(&caps["rel"]).and_then(|d| year_offset(ctx, d)) else {
        return;
    };
    if let Some(date) = ja_date(year, caps) {
        out.push(cand(span, date, true));
    }
}

/// "今年度", "来年度", "昨年度": a Japanese fiscal year, which starts on April 1 and
/// is named after the year it starts in ("2025年度" is April 2025 to March 2026).
/// Published in January to March, "今年度" is the year before and "来年度" this year.
fn rule_ja_fiscal_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let Some(delta) = rel_year(&caps["rel"]) else {
        return;
    };
    let fiscal = p.year() - i32::from(p.month() < 4);
    out.push(cand(
        whole(caps),
        PartialDate::from_year(fiscal + delta),
        true,
    ));
}

fn rule_ja_rel_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let delta = match &caps["rel"] {
        "今月" => 0,
        "先月" => -1,
        "来月" => 1,
        _ => -2,
    };
    let Some(month) = month_offset(ctx, delta) else {
        return;
    };
    let date = match num(caps, "d") {
        Some(d) => PartialDate::from_ymd(month.year, month.month.unwrap_or(1), d),
        None => Some(month),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// Words after "N日" or "N月" that make it a duration or a count, not a date.
fn ja_duration(rest: &str) -> bool {
    [
        "間",
        "以内",
        "以上",
        "ぶり",
        "後",
        "前",
        "目",
        "ほど",
        "余",
        "分",
        "連続",
        "程度",
        "未満",
        "近く",
        "足らず",
        "おき",
        "ごと",
        "当たり",
        "あたり",
        "平均",
        "超",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// Whether the words at `end` make the number before a duration ([`ja_duration`]),
/// except Chinese "前往" ("9月3日前往": go on September 3).
fn ja_duration_at(ctx: &Ctx, end: usize) -> bool {
    let rest = &ctx.text[end..];
    ja_duration(rest) && !(rest.starts_with("前往") && ctx.is_chinese())
}

fn rule_ja_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let before = char_before(ctx.text, span.start);
    if before.is_some_and(|c| {
        is_digit(c) || c == '第' || c == '毎' || c == '.' || c.is_ascii_alphabetic()
    }) {
        return;
    }
    let Some(m) = num(caps, "m") else {
        return;
    };
    if !(1..=12).contains(&m) || ja_duration_at(ctx, span.end) {
        return;
    }
    let d = num(caps, "d");
    if d.is_some_and(|d| !(1..=31).contains(&d)) {
        return;
    }
    push_month_day(ctx, out, span, m, d);
}

fn rule_ja_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let before = char_before(ctx.text, span.start);
    if before
        .is_some_and(|c| is_digit(c) || "第毎数同翌前約泊.".contains(c) || c.is_ascii_alphabetic())
    {
        return;
    }
    let Some(d) = num(caps, "d") else {
        return;
    };
    if ja_duration_at(ctx, span.end) {
        return;
    }
    if ctx.is_chinese() && super::zh::not_a_day(ctx.text, &span) {
        return;
    }
    // "日本" after a number is "Japan", not a day ("3日本" cannot be told apart; skip it).
    if ctx.text[span.end..].starts_with('本') && !ctx.text[..span.end].ends_with(')') {
        return;
    }
    if (1..=31).contains(&d) {
        let date = resolve_day_only(ctx, &span, d);
        out.push(loose(span, date, true, Loose::Day { day: d }));
    }
}

/// "６、７両日" (both the 6th and the 7th): two days of the month, each
/// resolved as a day alone is.
fn rule_ja_two_days(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let (Some(first), Some(second)) = (caps.name("d"), caps.name("d2")) else {
        return;
    };
    if char_before(ctx.text, first.start()).is_some_and(is_digit) {
        return;
    }
    for (m, span) in [
        (first, first.range()),
        (second, second.start()..whole(caps).end),
    ] {
        let Some(d) = parse_num(m.as_str()).filter(|d| (1..=31).contains(d)) else {
            return;
        };
        let date = resolve_day_only(ctx, &span, d);
        out.push(loose(span, date, true, Loose::Day { day: d }));
    }
}

fn rule_ja_weekday(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    // "毎週月曜" (every Monday) is not a date.
    let before = &ctx.text[..whole(caps).start];
    if before.ends_with("毎週") || before.ends_with('毎') {
        return;
    }
    push_weekday(ctx, caps, out, ja_weekday);
}

/// Japanese "年内" (within this year) and "月内" (within this month).
fn rule_ja_within(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let date = if &caps["w"] == "年内" {
        year_offset(ctx, 0).map(PartialDate::from_year)
    } else {
        month_offset(ctx, 0)
    };
    if let Some(date) = date {
        out.push(cand(whole(caps), date, true));
    }
}

/// "翌年３月", "前年12月5日": a month of the year after (before) the previous
/// date expression's.
fn rule_ja_month_of_shifted_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let years = match &caps["w"] {
        "翌々年" => 2,
        "翌年" => 1,
        // Chinese "前年" is the year before last (the Chinese rules read it).
        _ if ctx.is_chinese() => return,
        _ => -1,
    };
    push_month_of_shifted_year(caps, years, num, out);
}

/// "翌年", "前年", "翌々年", "同日" (or "同じ日"), "翌日", "前日".
fn rule_ja_shift(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let rest = &ctx.text[span.end..];
    // "前年比", "前年同期": a comparison with the year before, not a date.
    if ["比", "同期", "並", "割れ"]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return;
    }
    // Chinese "前年" is the year before last (the Chinese rules read it), and
    // "前日" is "the other day".
    if ctx.is_chinese() && matches!(&caps["w"], "前年" | "前日") {
        return;
    }
    let (unit, n) = match &caps["w"] {
        "翌々年" => ("year", 2),
        "翌年" => ("year", 1),
        "前年" => ("year", -1),
        "同日" | "同じ日" => ("day", 0),
        "翌日" => ("day", 1),
        _ => ("day", -1),
    };
    push_shift(out, span, unit, n);
}

/// "同月14日": the month of the previous date expression.
fn rule_same_month(_ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let day = num(caps, "d");
    out.push(loose(whole(caps), None, false, Loose::SameMonth { day }));
}

fn rule_ja_day_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let span = whole(caps);
    let w = &caps["w"];
    let hiragana = |c: char| ('\u{3041}'..='\u{309F}').contains(&c);
    // Words in hiragana are only dates when followed by a particle or a kanji
    // ("きょう午前", "あすは", "きょう行われた"), not inside other words ("きょうだい").
    if w.chars().all(hiragana) {
        // A particle before is fine ("慰霊がきょう行われた"); other kana are a longer word.
        let before_ok = char_before(ctx.text, span.start)
            .is_none_or(|c| !hiragana(c) || "がはもをにとでへやの".contains(c));
        // After it: a particle, a time of day or a verb's kanji ("きょう行われた").
        let kanji = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
        let after_ok =
            char_at(ctx.text, span.end).is_none_or(|c| kanji(c) || "はのもにまで、，".contains(c));
        if !before_ok || !after_ok {
            return;
        }
    }
    if ctx.is_chinese() && super::zh::names_after_today(w, &ctx.text[span.end..]) {
        return;
    }
    let delta = match w {
        "一昨日" | "おととい" => -2,
        "昨日" | "きのう" => -1,
        "本日" | "今日" | "きょう" => 0,
        "明日" | "あした" | "あす" => 1,
        _ => 2,
    };
    let Some(date) = p.checked_add_signed(Duration::days(delta)) else {
        return;
    };
    out.push(cand(span, PartialDate::from_date(date), true));
}

#[cfg(test)]
mod tests {
    use crate::dates::expect::t;

    // ---- Japanese

    t!(
        ja_years,
        "1945年に旧ソ連が占領し、2018年11月14日に首脳会談、1956年10月に共同宣言。",
        "",
        [
            ("1945年", "1945"),
            ("2018年11月14日", "2018-11-14"),
            ("1956年10月", "1956-10")
        ]
    );
    t!(
        ja_full_width,
        "１９４５年８月と２０１０年１１月１日。",
        "",
        [
            ("１９４５年８月", "1945-08"),
            ("２０１０年１１月１日", "2010-11-01")
        ]
    );
    t!(
        ja_eras,
        "昭和20年8月、平成元年、令和5年、昭和三十一年十月十九日。",
        "",
        [
            ("昭和20年8月", "1945-08"),
            ("平成元年", "1989"),
            ("令和5年", "2023"),
            ("昭和三十一年十月十九日", "1956-10-19")
        ]
    );
    t!(ja_not_years, "1990年代、2000年以上前、70年間。", "", []);
    t!(
        ja_day_only,
        "首相は14日、根室市を訪れた。",
        "2023-06-15",
        [("14日", "2023-06-14~")]
    );
    t!(
        ja_day_after_publication_is_last_month,
        "首相は28日、根室市を訪れた。",
        "2023-06-15",
        [("28日", "2023-05-28~")]
    );
    t!(
        ja_day_future_same_month,
        "首相は28日に根室市を訪れる予定だ。",
        "2023-06-15",
        [("28日", "2023-06-28~")]
    );
    t!(
        ja_day_future_next_month,
        "首相は3日に根室市を訪問する予定だ。",
        "2023-06-28",
        [("3日", "2023-07-03~")]
    );
    t!(
        ja_day_durations,
        "3日間の日程で、30日以内に、5日後、10日ぶり。",
        "2023-06-15",
        []
    );
    t!(
        ja_month_day,
        "2月7日は北方領土の日で、8月に式典があった。",
        "2023-09-15",
        [("2月7日", "2023-02-07~"), ("8月", "2023-08~")]
    );
    t!(
        this_day_in_a_year,
        "1855年のきょう、条約が結ばれた。On this day in 1945, troops landed. В этот день в 1956 году подписали декларацию. 1855年に結ばれた。",
        "2020-02-07",
        [
            ("1855年のきょう", "1855-02-07~"),
            ("this day in 1945", "1945-02-07~"),
            ("В этот день в 1956 году", "1956-02-07~"),
            ("1855年", "1855")
        ]
    );
    t!(
        this_day_in_a_year_in_japanese_text,
        "先である▼1855年のきょう、条約が結ばれた。",
        "2020-02-07",
        [("1855年のきょう", "1855-02-07~")]
    );
    t!(
        this_day_points_back_to_the_day_named_before,
        "２月７日は北方領土の日です。１８５５年のこの日、条約が結ばれました。February 7 is the day. On this day in 1855, a treaty was signed.",
        "2025-02-01",
        [
            ("２月７日", "2025-02-07~"),
            ("１８５５年のこの日", "1855-02-07~"),
            ("February 7", "2025-02-07~"),
            ("this day in 1855", "1855-02-07~")
        ]
    );
    t!(
        today_in_a_year_is_the_publication_day,
        "２月７日は北方領土の日です。１８５５年のきょう、条約が結ばれました。",
        "2025-02-01",
        [
            ("２月７日", "2025-02-07~"),
            ("１８５５年のきょう", "1855-02-01~")
        ]
    );
    t!(
        this_day_in_a_year_without_that_day,
        "On this day in 1945, troops landed.",
        "2024-02-29",
        [("1945", "1945")]
    );
    t!(
        ja_month_rolls_back,
        "12月に根室で大会が開かれた。",
        "2023-01-10",
        [("12月", "2022-12~")]
    );
    t!(
        ja_fiscal_years_start_in_april,
        "政府は今年度、洋上慰霊を実施したが、来年度は墓参の再開を求める。昨年度も同じだった。",
        "2025-02-07",
        [
            ("今年度", "2024~"),
            ("来年度", "2025~"),
            ("昨年度", "2023~")
        ]
    );
    t!(
        ja_fiscal_years_after_april_are_the_calendar_years,
        "北海道は来年度も予算を確保し、今年度の事業を続ける。",
        "2024-09-02",
        [("来年度", "2025~"), ("今年度", "2024~")]
    );
    t!(
        ja_rel_years,
        "今年8月、昨年11月14日、来年、去年、先月、来月10日。",
        "2023-06-15",
        [
            ("今年8月", "2023-08~"),
            ("昨年11月14日", "2022-11-14~"),
            ("来年", "2024~"),
            ("去年", "2022~"),
            ("先月", "2023-05~"),
            ("来月10日", "2023-07-10~")
        ]
    );
    t!(
        ja_weekdays,
        "月曜日に会談し、先週の金曜には発表した。来週水曜に訪問する。",
        "2023-06-14",
        [
            ("月曜日", "2023-06-12~"),
            ("先週の金曜", "2023-06-09~"),
            ("来週水曜", "2023-06-21~")
        ]
    );
    t!(
        anchored_to_earlier_date_in_sentence,
        "In 1945, Soviet troops landed on Shumshu in August and reached Kunashir on September 1.",
        "2023-06-14",
        [
            ("1945", "1945"),
            ("August", "1945-08"),
            ("September 1", "1945-09-01")
        ]
    );
    t!(
        anchored_without_publication,
        "2016年12月15日に来日し、16日に山口県で会談した。",
        "",
        [("2016年12月15日", "2016-12-15"), ("16日", "2016-12-16")]
    );
    t!(
        day_after_a_month_and_day_of_publication_year,
        "その後、11月1日に択捉島に移動し、3日に根室港に戻る。",
        "2019-10-31",
        [("11月1日", "2019-11-01~"), ("3日", "2019-11-03~")]
    );
    t!(
        day_after_a_month_and_day_next_month,
        "12月30日に出発し、2日に戻る予定だ。",
        "2019-12-20",
        [("12月30日", "2019-12-30~"), ("2日", "2020-01-02~")]
    );
    t!(
        not_anchored_across_sentences,
        "The treaty was signed in 1956. In August the ships returned.",
        "2023-09-14",
        [("1956", "1956"), ("August", "2023-08~")]
    );
    t!(
        ja_short_year_after_a_full_one,
        "韓国は１９５２年１月に李承晩ラインを設定し、５４年には警備隊を派遣した。戦後７０年の節目に、明治３８年の記録を展示する。竹島は１９０５年に編入された。韓国は５２年、ラインを設定した。期間は５２年だ。",
        "2019-02-22",
        [
            ("１９５２年１月", "1952-01"),
            ("５４年", "1954"),
            ("明治３８年", "1905"),
            ("１９０５年", "1905"),
            ("５２年", "1952")
        ]
    );
    t!(
        ja_range_of_years_written_with_its_end_s_last_digits,
        "領海侵入は２００９～１１年に計１件だったが、１２年は２３件に急増した。2009～2011年も同じ。",
        "2022-09-11",
        [
            ("２００９", "2009"),
            ("１１年", "2011"),
            ("１２年", "2012"),
            ("2009", "2009"),
            ("2011年", "2011")
        ]
    );
    t!(
        ja_year_with_its_era_in_brackets,
        "政府は１９０５（明治３８）年１月２８日の閣議決定で編入した。終戦は昭和２０（１９４５）年８月１５日。",
        "2015-02-22",
        [
            ("１９０５（明治３８）年１月２８日", "1905-01-28"),
            ("昭和２０（１９４５）年８月１５日", "1945-08-15")
        ]
    );
    t!(
        ja_a_short_year_after_a_full_one_in_an_earlier_sentence,
        "抗議するのは２０１７年５月以来で、令和に入って初めて。１７年５月には調査船が竹島の西方で調査した。",
        "2022-05-30",
        [("２０１７年５月", "2017-05"), ("１７年５月", "2017-05")]
    );
    t!(
        ja_two_days_of_the_month,
        "海警局の船が領海に侵入したのは６、７両日に続いて３回目。",
        "2021-02-17",
        [("６", "2021-02-06~"), ("７両日", "2021-02-07~")]
    );
    t!(
        ja_a_day_alone_takes_the_month_of_its_range_end,
        "ロシア当局が８日から１２月１日まで射撃訓練を行うとの航行警報を出した。２５日から１２月２日まで。",
        "2025-11-07",
        [
            ("８日", "2025-11-08~"),
            ("１２月１日", "2025-12-01~"),
            ("２５日", "2025-11-25~"),
            ("１２月２日", "2025-12-02~")
        ]
    );
    t!(
        ja_nights_and_days_are_a_length,
        "元島民ら７０人が２３日、１泊２日の日程を終えた。２泊３日で訪れる。",
        "2018-07-23",
        [("２３日", "2018-07-23~")]
    );
    t!(
        ja_same_year_and_month,
        "1945年8月9日に参戦し、同年9月5日までに占領した。同月中に…",
        "",
        [
            ("1945年8月9日", "1945-08-09"),
            ("同年9月5日", "1945-09-05"),
            ("同月", "1945-09")
        ]
    );
    t!(
        same_year_words,
        "Talks began in 1993. Later that year and в том же году nothing changed.",
        "",
        [
            ("1993", "1993"),
            ("Later that year", "1993"),
            ("в том же году", "1993")
        ]
    );
    t!(
        en_counted_from_the_previous_date,
        "Japan attacked in 1904 and seized Sakhalin the following year. A plant opened in 2007; \
         two years later a second one. Talks on May 3, 2019 went on the next day. \
         Over the next year nothing.",
        "",
        [
            ("1904", "1904"),
            ("the following year", "1905"),
            ("2007", "2007"),
            ("two years later", "2009"),
            ("May 3, 2019", "2019-05-03"),
            ("the next day", "2019-05-04")
        ]
    );
    t!(
        ru_counted_from_the_previous_date,
        "В 1956 году подписали декларацию, а через четыре года СССР изменил позицию. \
         Визит 1 ноября 2010 года, в тот же день протест; год спустя — снова.",
        "",
        [
            ("1956 году", "1956"),
            ("через четыре года", "1960"),
            ("1 ноября 2010 года", "2010-11-01"),
            ("в тот же день", "2010-11-01"),
            ("год спустя", "2011")
        ]
    );
    t!(
        ja_a_month_of_the_year_after,
        "１９５６年１０月に宣言に署名し、翌年３月に発効した。翌年12月5日には会談。",
        "2025-02-10",
        [
            ("１９５６年１０月", "1956-10"),
            ("翌年３月", "1957-03"),
            ("翌年12月5日", "1958-12-05")
        ]
    );
    t!(
        ja_counted_from_the_previous_date,
        "１９５６年に宣言に署名した。前年に交渉が始まり、翌年には発効した。７日に大会、同日に集会、翌日に会見、同じ日に声明。前年比で増えた。",
        "2025-02-10",
        [
            ("１９５６年", "1956"),
            ("前年", "1955"),
            ("翌年", "1956"),
            ("７日", "2025-02-07~"),
            ("同日", "2025-02-07~"),
            ("翌日", "2025-02-08~"),
            ("同じ日", "2025-02-08~")
        ]
    );
    t!(
        ja_kanji_numeral_years,
        "一九五六年の共同宣言と二〇一八年十一月の会談",
        "",
        [("一九五六年", "1956"), ("二〇一八年十一月", "2018-11")]
    );
    t!(
        seasons_of_a_year,
        "In spring 2019 and this summer; last autumn. 今春と昨秋、来夏。этим летом и прошлой осенью",
        "2023-10-18",
        [
            ("2019", "2019"),
            ("this summer", "2023~"),
            ("last autumn", "2022~"),
            ("今春", "2023~"),
            ("昨秋", "2022~"),
            ("来夏", "2024~"),
            ("этим летом", "2023~"),
            ("прошлой осенью", "2022~")
        ]
    );
    t!(
        counted_back_from_publication,
        "a week ago, three days ago, two months ago; неделю назад, два года назад, много лет назад; ３日前、２年前、1945年前後の混乱",
        "2024-09-06",
        [
            ("a week ago", "2024-08-30~"),
            ("three days ago", "2024-09-03~"),
            ("two months ago", "2024-07~"),
            ("неделю назад", "2024-08-30~"),
            ("два года назад", "2022~"),
            ("３日前", "2024-09-03~"),
            ("２年前", "2022~")
        ]
    );
    t!(
        ja_within,
        "年内の締結を目指し、月内に協議する。2018年内は無理だ。",
        "2023-06-15",
        [("年内", "2023~"), ("月内", "2023-06~"), ("2018年", "2018")]
    );
    t!(
        ja_day_with_weekday,
        "14日（水）に会談",
        "2023-06-15",
        [("14日（水）", "2023-06-14~")]
    );
    t!(
        ja_day_words,
        "昨日と今日、明日、きょう午前、きょうだい。",
        "2023-06-14",
        [
            ("昨日", "2023-06-13~"),
            ("今日", "2023-06-14~"),
            ("明日", "2023-06-15~"),
            ("きょう", "2023-06-14~")
        ]
    );
}
