//! Vietnamese rules and words: "ngày 11 tháng 9 năm 2012", "ngày 11/9/2012"
//! (day first), "sáng 11/9", "tháng 9/2012", "năm 2012", "năm ngoái", "hôm
//! qua", "tối qua", "sáng nay", "hôm thứ Ba", "thứ Ba tuần trước", "3 ngày trước", with and without
//! diacritics where real text drops them ("ngay 11 thang 9 nam 2012", "hom
//! qua", "nam ngoai").
//!
//! Months are numbers after "tháng" ("tháng 9" is September; "9 tháng" is nine
//! months). The weekday words double as ordinals ("lần thứ ba", the third
//! time), so a weekday needs its capital ("thứ Ba"), a word of time before it
//! ("hôm", "vào", "sáng") or its week after it ("tuần trước").

use super::RuleCaptures;
use chrono::Weekday;

use super::{
    day_number_follows, parse_num, push_ago, push_day_offset, push_full, push_month_day,
    push_month_of_relative_year, push_month_of_year, push_shift, push_unit_offset,
    push_weekday_of_week, push_weekday_toward, push_year, whole, Cand, Ctx, RuleSource, Unit,
};
use crate::dates::surroundings::{next_word, prev_word};

/// Words of time before a date: "ngày" (day), "hôm" (the day of), "sáng"
/// (morning), "chiều" (afternoon), "tối" (evening), "đêm" (night), "trưa" (noon).
const DAY_WORD: &str =
    r"(?i:ngày|ngay|hôm|hom|sáng|chiều|tối|đêm|trưa|vào|sang|chieu|toi|dem|trua|vao)";

/// A small count in a pattern ("ba", "3").
const VI_COUNT: &str = r"\d{1,2}|(?i:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi(?:\s+(?:mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|mười(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)";

/// A count in words (up to ninety-nine: "mười bốn", "hai mươi lăm") or digits.
fn vi_count(s: &str) -> Option<i64> {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        ["mười"] => Some(10),
        ["mười", unit] => vi_digit(unit).map(|u| 10 + u),
        [tens, "mươi"] => vi_digit(tens).map(|t| 10 * t),
        [tens, "mươi", unit] => Some(10 * vi_digit(tens)? + vi_digit(unit)?),
        [one] => vi_digit(one).or_else(|| parse_num(one).map(i64::from)),
        _ => None,
    }
}

/// One to nine in words, with the forms a unit takes after a ten ("mốt", "tư", "lăm").
fn vi_digit(s: &str) -> Option<i64> {
    Some(match s {
        "một" | "mốt" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" | "tư" => 4,
        "năm" | "lăm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        _ => return None,
    })
}

/// A unit word ("ngày", "tuần", "tháng", "năm", with or without diacritics).
fn vi_unit(s: &str) -> Unit {
    match s.to_lowercase().as_str() {
        "ngày" | "ngay" => Unit::Day,
        "tuần" | "tuan" => Unit::Week,
        "tháng" | "thang" => Unit::Month,
        _ => Unit::Year,
    }
}

/// Which way a Vietnamese relative word points: "ngoái", "trước", "qua" back;
/// "tới", "sau", "sang" ahead; "nay", "này" now; "kia" (of a year) two back.
fn vi_direction(rel: &str) -> i32 {
    let rel = rel.to_lowercase();
    if rel.contains("kia") {
        -2
    } else if rel.contains("ngoái")
        || rel.contains("ngoai")
        || rel.contains("trước")
        || rel.contains("qua")
    {
        -1
    } else if rel.contains("tới") || rel.contains("sau") || rel.contains("sang") {
        1
    } else {
        0
    }
}

/// The weekday of "thứ Hai" .. "thứ Bảy", "thứ 2" .. "thứ 7", "Chủ nhật".
fn vi_weekday(s: &str) -> Option<Weekday> {
    let s = s.to_lowercase();
    if s.starts_with("chủ") {
        return Some(Weekday::Sun);
    }
    let word = s.split_whitespace().last()?;
    let i = match word {
        "hai" | "2" => 0,
        "ba" | "3" => 1,
        "tư" | "4" => 2,
        "năm" | "5" => 3,
        "sáu" | "6" => 4,
        "bảy" | "7" => 5,
        _ => return None,
    };
    Weekday::try_from(i as u8).ok()
}

/// Markers of the future or of plans (sẽ, dự kiến, sắp, tuần tới, năm tới).
pub(super) const FUTURE: &str = r"(?i)\b(?:sẽ|dự\s+kiến|dự\s+định|sắp\s+tới|sắp|tới\s+đây|tuần\s+tới|tháng\s+tới|năm\s+tới|kế\s+hoạch|chuẩn\s+bị)\b";

/// The Vietnamese rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    vec![
        (
            r"(?i)\b(?:(?:ngày|ngay)\s+)?(?P<d>\d{1,2})\s+(?:tháng|thang)\s+(?P<m>\d{1,2})\s*,?\s+(?:năm|nam)\s+(?P<y>\d{4})\b".to_string(),
            rule_vi_full,
        ),
        (
            // "ngày 14-3-1988"; with its four-digit year a day needs no day word
            // ("- 14-3-1988: …" in a chronology).
            format!(r"\b(?:{DAY_WORD}\s+)?(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}})\b"),
            rule_vi_full,
        ),
        (
            r"(?i)\b(?:tháng|thang)\s+(?P<m>\d{1,2})(?:\s*[/.-]\s*|\s*,?\s+(?:năm|nam)\s+)(?P<y>\d{4})\b".to_string(),
            rule_vi_month_year,
        ),
        (
            r"(?i)\b(?:(?:ngày|ngay)\s+(?P<d>\d{1,2})(?:\s+(?:tháng|thang)\s+|/)|(?:tháng|thang)\s+)(?P<m>\d{1,2})\s+(?P<rel>năm\s+ngoái|năm\s+trước|năm\s+nay|năm\s+tới|năm\s+sau|nam\s+ngoai|nam\s+nay)\b".to_string(),
            rule_vi_month_rel_year,
        ),
        (
            r"(?i)\b(?:(?:ngày|ngay)\s+)?(?P<d>\d{1,2})\s+(?:tháng|thang)\s+(?P<m>\d{1,2})\b".to_string(),
            rule_vi_day_month,
        ),
        (
            // "sáng 11/9"; after a weekday and its comma: "hôm thứ Ba, 12/8".
            format!(
                r"(?:\b{DAY_WORD}\s+|(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật),\s*)(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})\b"
            ),
            rule_vi_day_month,
        ),
        // The day in brackets after the words that say it: "Chủ nhật tuần trước (23.8)",
        // "Hôm qua (26.8)".
        (
            r"\((?P<d>\d{1,2})[/.](?P<m>\d{1,2})\)".to_string(),
            rule_vi_day_month,
        ),
        (
            format!(
                r"\b{DAY_WORD}\s+(?P<d>\d{{1,2}})\s*(?:đến|tới|den|toi|[-–—])\s*(?:{DAY_WORD}\s+)?\d{{1,2}}(?:\s*[/.-]\s*|\s+(?:tháng|thang)\s+)(?P<m>\d{{1,2}})\b"
            ),
            rule_vi_range_start,
        ),
        (
            r"\b(?:(?i:tháng)|thang)\s+(?P<m>\d{1,2})\b".to_string(),
            rule_vi_month_alone,
        ),
        (r"\b(?P<unit>[Nn]ăm|NĂM|nam|Nam)\s+(?P<y>\d{4})\b".to_string(), rule_vi_year),
        (
            r"(?i)\b(?P<unit>năm|tháng|nam|thang)\s+(?P<rel>ngoái|ngoai|trước|nay|này|tới|kia)\b|\bsang\s+năm\b".to_string(),
            rule_vi_rel_unit,
        ),
        (
            r"(?i)\b(?P<w>hôm\s+qua|hôm\s+kia|hôm\s+nay|ngày\s+mai|hom\s+qua|hom\s+nay|(?:sáng|trưa|chiều|tối|đêm)\s+(?:qua|nay|mai))\b".to_string(),
            rule_vi_day_word,
        ),
        (
            r"(?i)\b(?:(?P<same>cùng\s+ngày|cùng\s+ngay)|(?:ngày\s+)?hôm\s+sau|(?:ngay\s+)?hom\s+sau)\b".to_string(),
            rule_vi_shift,
        ),
        (
            format!(
                r"(?i)\b(?:cách\s+đây\s+)?(?P<n>{VI_COUNT})\s+(?P<unit>ngày|tuần|tháng|năm)\s+(?:về\s+)?trước\b|\bcách\s+đây\s+(?P<n2>{VI_COUNT})\s+(?P<unit2>ngày|tuần|tháng|năm)\b"
            ),
            rule_vi_ago,
        ),
        (
            r"(?i)\b(?:(?P<pre>hôm|hom|vào|sáng|chiều|tối|đêm|trưa|ngày)\s+)?(?P<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?:\s+(?P<week>tuần\s+(?:trước|này|tới|sau))|\s+(?P<rel>vừa\s+qua|tuần\s+qua|tới|này))?\b".to_string(),
            rule_vi_weekday,
        ),
    ]
}

fn rule_vi_full(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    push_full(
        ctx,
        out,
        whole(caps),
        num(caps, "y"),
        month_number(caps),
        num(caps, "d"),
    );
}

fn rule_vi_month_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    push_month_of_year(ctx, out, whole(caps), num(caps, "y"), month_number(caps));
}

/// "tháng 9 năm ngoái", "ngày 11/9 năm nay".
fn rule_vi_month_rel_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(month) = month_number(caps) else {
        return;
    };
    let dir = vi_direction(&caps["rel"]);
    push_month_of_relative_year(ctx, out, whole(caps), month, num(caps, "d"), dir);
}

/// "ngày 11 tháng 9", "sáng 11/9": a day of a month; "3 tháng 9 ngày" after
/// a count is a duration, so a day without "ngày" must not follow a number.
fn rule_vi_day_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(month), Some(day)) = (month_number(caps), num(caps, "d")) else {
        return;
    };
    if next_word(ctx.text, span.end) == "ngày" {
        return;
    }
    push_month_day(ctx, out, span, month, Some(day));
}

/// "ngày 1 đến ngày 5/7": the range's first day, in the month its last day
/// names (the last day is a date of its own, the range's end).
fn rule_vi_range_start(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let start = whole(caps).start;
    let day = caps.name("d").unwrap();
    let (Some(month), Some(d)) = (month_number(caps), num(caps, "d")) else {
        return;
    };
    if (1..=31).contains(&d) {
        push_month_day(ctx, out, start..day.end(), month, Some(d));
    }
}

/// "tháng 9": September (not "9 tháng", nine months, nor "tháng 9 ngày");
/// "thang" without its diacritics only in lower case ("Thang" is a name).
fn rule_vi_month_alone(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(month) = month_number(caps) else {
        return;
    };
    if ctx.text[..span.start]
        .trim_end()
        .ends_with(|c: char| c.is_ascii_digit())
        || matches!(next_word(ctx.text, span.end).as_str(), "ngày" | "tuần")
    {
        return;
    }
    push_month_day(ctx, out, span, month, None);
}

/// "năm 2012" (the year word is lower-case without diacritics: "Viet Nam 2012"
/// is a name).
fn rule_vi_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    if is_name_nam(ctx.text, caps) {
        return;
    }
    push_year(ctx, out, whole(caps), &caps.name("y").unwrap().range());
}

/// Whether the match's `unit` is a capital "Nam" after a word of its
/// sentence ("Việt Nam trước việc…", "Viet Nam 2024", "miền Nam trước đây"):
/// a name, not "năm" (year) written without its diacritics, which a sentence
/// may start with ("Nam 1988, ngay 14/3").
fn is_name_nam(text: &str, caps: &RuleCaptures) -> bool {
    caps.name("unit").is_some_and(|u| {
        u.as_str() == "Nam"
            && text[..u.start()]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
    })
}

/// Words of quantity before "năm trước": "nhiều năm trước" is many years ago
/// (a count before it, "hai tháng trước", is a time ago or before something).
const QUANTIFIERS: &[&str] = &["nhiều", "vài", "mấy", "những", "các", "bao", "hàng", "mỗi"];

/// "năm ngoái", "năm nay", "năm tới", "tháng trước", "tháng này", "sang năm".
fn rule_vi_rel_unit(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (unit, dir) = match (caps.name("unit"), caps.name("rel")) {
        (Some(unit), Some(rel)) => (vi_unit(unit.as_str()), vi_direction(rel.as_str())),
        _ => (Unit::Year, 1),
    };
    // "tháng kia" is no month; "năm trước đó" is the year before another.
    let rel = caps
        .name("rel")
        .map_or(String::new(), |r| r.as_str().to_lowercase());
    if unit == Unit::Month && rel == "kia" || next_word(ctx.text, span.end) == "đó" {
        return;
    }
    if is_name_nam(ctx.text, caps) {
        return;
    }
    let left = prev_word(ctx.text, span.start);
    let counted = QUANTIFIERS.contains(&left.as_str())
        || vi_count(&left).is_some()
        || ctx.text[..span.start]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit());
    if !counted {
        push_unit_offset(ctx, out, span, unit, dir);
    }
}

fn rule_vi_day_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let w = caps["w"].to_lowercase();
    let days = if w.ends_with("qua") {
        -1
    } else if w.ends_with("kia") {
        -2
    } else if w.ends_with("mai") {
        1
    } else {
        0
    };
    push_day_offset(ctx, out, whole(caps), days);
}

/// "cùng ngày" (the same day), "hôm sau" and "ngày hôm sau" (the day after):
/// counted from the date before, as Japanese "同日" and "翌日".
fn rule_vi_shift(_ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let days = if caps.name("same").is_some() { 0 } else { 1 };
    push_shift(out, whole(caps), "day", days);
}

/// "3 ngày trước", "hai tuần trước", "cách đây 3 năm"; not "hai tháng trước
/// khi" (before an event, not publication).
fn rule_vi_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(n), Some(unit)) = (
        caps.name("n").or_else(|| caps.name("n2")),
        caps.name("unit").or_else(|| caps.name("unit2")),
    ) else {
        return;
    };
    // Before something else: "trước khi", "trước đó", "trước sự kiện này", "trước ngày…".
    if matches!(
        next_word(ctx.text, span.end).as_str(),
        "khi" | "đó" | "đấy" | "sự" | "ngày" | "trận" | "cuộc" | "lễ" | "việc" | "thời" | "lúc"
    ) {
        return;
    }
    if let Some(n) = vi_count(n.as_str()) {
        push_ago(ctx, out, span, n, vi_unit(unit.as_str()));
    }
}

/// "hôm thứ Ba", "thứ Ba tuần trước", "vào Chủ nhật", "thứ Năm tới"; not the
/// ordinal of "lần thứ ba", nor the weekday of a date that follows ("thứ Ba,
/// ngày 11/9").
fn rule_vi_weekday(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let wd_text = &caps["wd"];
    let Some(weekday) = vi_weekday(wd_text) else {
        return;
    };
    let capitalised = wd_text
        .split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        || wd_text.to_lowercase().starts_with("chủ");
    let anchored = caps.name("pre").is_some() || caps.name("week").is_some();
    if !(capitalised || anchored) || day_number_follows(ctx.text, span.end) {
        return;
    }
    if let Some(week) = caps.name("week") {
        let weeks = vi_direction(week.as_str()) as i64;
        push_weekday_of_week(ctx, out, span, weekday, weeks);
        return;
    }
    let dir = caps.name("rel").map_or(0, |rel| vi_direction(rel.as_str()));
    push_weekday_toward(ctx, out, span, weekday, dir);
}

/// The month number (group `m`), if it is one.
fn month_number(caps: &RuleCaptures) -> Option<u32> {
    num(caps, "m").filter(|m| (1..=12).contains(m))
}

/// The number of capture group `name`, if any.
fn num(caps: &RuleCaptures, name: &str) -> Option<u32> {
    super::num(caps, name)
}

#[cfg(test)]
mod tests {
    use crate::dates::expect::t;

    t!(
        vi_years_listed_after_nam,
        "Trong năm 2014 và 2015, Trung Quốc bồi đắp 7 bãi đá.",
        "2015-10-30",
        [("năm 2014", "2014"), ("2015", "2015")]
    );
    t!(
        vi_full_dates,
        "Ngày 11 tháng 9 năm 2012, Nhật Bản mua ba hòn đảo; ngày 14/9/2012 tàu Trung Quốc tiến vào.",
        "",
        [
            ("Ngày 11 tháng 9 năm 2012", "2012-09-11"),
            ("ngày 14/9/2012", "2012-09-14")
        ]
    );
    t!(
        vi_full_without_diacritics,
        "Ngay 11 thang 9 nam 2012 Nhat Ban mua dao.",
        "",
        [("Ngay 11 thang 9 nam 2012", "2012-09-11")]
    );
    t!(
        vi_day_first_slashes,
        "Sáng 2/5, tàu cá bị xua đuổi; ngày 11/9 tàu hải cảnh xuất hiện.",
        "2023-09-15",
        [("Sáng 2/5", "2023-05-02~"), ("ngày 11/9", "2023-09-11~")]
    );
    t!(
        vi_same_day_and_day_after,
        "Sáng 14/3/1988, tàu bị bắn chìm. Cùng ngày, Hà Nội phản đối; ngày hôm sau, tàu cứu hộ đến.",
        "",
        [
            ("Sáng 14/3/1988", "1988-03-14"),
            ("Cùng ngày", "1988-03-14"),
            ("ngày hôm sau", "1988-03-15")
        ]
    );
    t!(
        vi_month_year,
        "Tháng 9/2012 và tháng 5 năm 2014, giàn khoan được hạ đặt.",
        "",
        [("Tháng 9/2012", "2012-09"), ("tháng 5 năm 2014", "2014-05")]
    );
    t!(
        vi_year,
        "Năm 1974, Trung Quốc chiếm Hoàng Sa; năm 1988 xảy ra xung đột.",
        "",
        [("Năm 1974", "1974"), ("năm 1988", "1988")]
    );
    t!(
        vi_viet_nam_is_no_year_word,
        "The Viet Nam 2012 figures were published.",
        "",
        []
    );
    t!(
        vi_chronology_entries_need_no_day_word,
        "- 14-3-1988: Trung Quốc tấn công đảo Gạc Ma.\n- 12/7/2016: Tòa trọng tài ra phán quyết.",
        "2018-03-14",
        [("14-3-1988", "1988-03-14"), ("12/7/2016", "2016-07-12")]
    );
    t!(
        vi_month_alone,
        "Trong tháng 3, các tàu tuần tra nhiều lần.",
        "2023-06-14",
        [("tháng 3", "2023-03~")]
    );
    t!(
        vi_durations_are_no_months,
        "Sau 9 tháng đàm phán và 3 tháng 9 ngày chờ đợi, không có kết quả.",
        "2023-06-14",
        []
    );
    t!(
        vi_relative_years,
        "Năm ngoái, năm nay và năm tới; nam ngoai cũng vậy.",
        "2023-06-14",
        [
            ("Năm ngoái", "2022~"),
            ("năm nay", "2023~"),
            ("năm tới", "2024~"),
            ("nam ngoai", "2022~")
        ]
    );
    t!(
        vi_many_years_ago_is_no_last_year,
        "Nhiều năm trước, ngư dân đánh cá ở đây.",
        "2023-06-14",
        []
    );
    t!(
        vi_nam_of_a_name_is_no_year,
        "Phản ứng của Việt Nam trước việc Trung Quốc công bố bản đồ; miền Nam trước đây. Nam ngoai, tau ca bi dam.",
        "2023-06-14",
        [("Nam ngoai", "2022~")]
    );
    t!(
        vi_without_diacritics_a_year_and_a_time_of_day,
        "Toi 9/6, tau ca bi dam. Nam 1988, ngay 14/3, TQ tan cong da Gac Ma. Viet Nam 2024 khac.",
        "2019-06-19",
        [
            ("Toi 9/6", "2019-06-09~"),
            ("Nam 1988", "1988"),
            ("ngay 14/3", "1988-03-14")
        ]
    );
    t!(
        vi_month_of_relative_year,
        "Tháng 9 năm ngoái và ngày 11/5 năm nay.",
        "2023-06-14",
        [
            ("Tháng 9 năm ngoái", "2022-09~"),
            ("ngày 11/5 năm nay", "2023-05-11~")
        ]
    );
    t!(
        vi_day_words,
        "Hôm qua tàu Trung Quốc xuất hiện, hôm kia máy bay bay qua, hôm nay yên tĩnh; hom qua cũng vậy.",
        "2023-06-14",
        [
            ("Hôm qua", "2023-06-13~"),
            ("hôm kia", "2023-06-12~"),
            ("hôm nay", "2023-06-14~"),
            ("hom qua", "2023-06-13~")
        ]
    );
    t!(
        vi_parts_of_day,
        "Tối qua Bộ Ngoại giao trao công hàm; sáng nay tàu rời cảng, chiều mai họp; thời điểm tối quan trọng.",
        "2020-04-04",
        [
            ("Tối qua", "2020-04-03~"),
            ("sáng nay", "2020-04-04~"),
            ("chiều mai", "2020-04-05~")
        ]
    );
    t!(
        vi_days_ago,
        "3 ngày trước, tàu cá bị đâm; cách đây hai tuần, một tàu khác; hai tháng trước khi đàm phán.",
        "2023-06-14",
        [("3 ngày trước", "2023-06-11~"), ("cách đây hai tuần", "2023-05-31~")]
    );
    t!(
        vi_years_ago_in_tens,
        "Mười bốn năm trước sự kiện này, Trung Quốc chiếm Hoàng Sa; hai mươi lăm năm trước, tàu cá bị đâm; cách đây mười hai ngày.",
        "2022-03-14",
        [("hai mươi lăm năm trước", "1997~"), ("cách đây mười hai ngày", "2022-03-02~")]
    );
    t!(
        vi_a_weekday_with_its_date_in_brackets,
        "Chủ nhật tuần trước (23.8), báo dẫn thông báo; bắt đầu từ ngày 24.8.",
        "2020-08-27",
        [("(23.8)", "2020-08-23~"), ("ngày 24.8", "2020-08-24~")]
    );
    t!(
        vi_weekdays,
        "Hôm thứ Ba, Bộ Ngoại giao phản đối; thứ Ba tuần trước có tập trận; vào Chủ nhật tàu rời đi.",
        "2023-06-15",
        [
            ("Hôm thứ Ba", "2023-06-13~"),
            ("thứ Ba tuần trước", "2023-06-06~"),
            ("vào Chủ nhật", "2023-06-11~")
        ]
    );
    t!(
        vi_a_weekday_and_its_date,
        "Cuộc tập trận bắt đầu hôm thứ Ba, 12/8, với hơn 1.000 binh sĩ.",
        "2014-08-14",
        [("thứ Ba, 12/8", "2014-08-12~")]
    );
    t!(
        vi_ordinals_are_no_weekdays,
        "Lần thứ ba trong năm, bên thứ ba can thiệp.",
        "2023-06-15",
        []
    );
    t!(
        vi_weekday_future,
        "Ngoại trưởng sẽ đến Manila vào thứ Sáu tới.",
        "2023-06-15",
        [("vào thứ Sáu tới", "2023-06-16~")]
    );
    t!(
        vi_weekday_before_its_date,
        "Thứ Ba, ngày 11/9, tàu hải cảnh xuất hiện.",
        "2023-09-15",
        [("ngày 11/9", "2023-09-11~")]
    );
    t!(
        vi_weekday_in_digits,
        "Sáng thứ 2, tàu rời cảng.",
        "2023-06-15",
        [("Sáng thứ 2", "2023-06-12~")]
    );
    t!(
        vi_relative_months,
        "Tháng trước và tháng này.",
        "2023-06-14",
        [("Tháng trước", "2023-05~"), ("tháng này", "2023-06~")]
    );
    t!(
        en_text_with_vietnamese_look_alikes,
        "Thang 9 visited Nam Dinh; ngay and hom are names, on 11/9 talks began.",
        "2023-06-14",
        []
    );
}
