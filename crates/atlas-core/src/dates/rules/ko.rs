//! Korean rules and words: "2012년 9월 11일", "9월 11일", "11일" alone,
//! "지난해"/"작년"/"올해"/"내년", "지난달", "지난 3일" (the 3rd just past),
//! "오는 15일" (the 15th to come), "지난주 화요일", "어제", "3일 전", "이듬해".
//!
//! Korean particles stick to the word before them ("올해는", "어제도"), so the
//! patterns ask for a word boundary before a word, not after it; the rules
//! run only on text with Hangul.

use super::RuleCaptures;
use chrono::{Datelike, Duration, Weekday};

use super::{
    cand, loose, num, plausible_year, push_month_day, push_shift, whole, Cand, Ctx, Loose,
    PartialDate, RuleSource, D,
};
use crate::dates::resolve::{
    month_offset, resolve_day_only, resolve_weekday, shift_month, weekday_of_week, year_offset,
};
use crate::dates::surroundings::char_at;

/// An optional weekday in brackets after a date: "(화)", "(수요일)".
const KO_WD_PAREN: &str = r"(?:\s*[（(][월화수목금토일](?:요일)?[）)])?";

/// Markers of the future or of plans: "예정" (scheduled), "계획이다" (plans
/// to), "방침" (policy), "할 것" (will), "하기로" (decided to), "오는 15일".
pub(super) const FUTURE: &str = r"예정|계획이|계획을|계획으로|방침|전망이다|[할될]\s것|[할될]\s계획|하기로|오는\s+[0-9]|내년|다음\s?달|다음\s?주|내달";

/// The Korean rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    vec![
        (
            format!(
                r"\b(?P<y>{D}{{4}})\s*년(?:\s*(?P<m>{D}{{1,2}})(?:\s*[∼~～\-–]\s*{D}{{1,2}})?\s*월(?:\s*(?P<d>{D}{{1,2}})\s*일)?)?{KO_WD_PAREN}"
            ),
            rule_ko_year,
        ),
        (
            format!(
                r"\b(?P<rel>재작년|지난해|작년|올해|금년|내년|내후년)(?:\s*(?P<m>{D}{{1,2}})\s*월(?:\s*(?P<d>{D}{{1,2}})\s*일)?)?{KO_WD_PAREN}"
            ),
            rule_ko_rel_year,
        ),
        (
            format!(
                r"\b(?P<rel>지난\s?달|이달|이번\s?달|다음\s?달|내달)(?:\s*(?P<d>{D}{{1,2}})\s*(?:일|[∼~～\-–]\s*(?P<d2>{D}{{1,2}})\s*일))?{KO_WD_PAREN}"
            ),
            rule_ko_rel_month,
        ),
        (
            format!(
                r"\b(?P<rel>지난|오는)\s+(?:(?P<m>{D}{{1,2}})\s*월(?:\s*(?P<d>{D}{{1,2}})\s*일)?|(?P<day>{D}{{1,2}})\s*일){KO_WD_PAREN}"
            ),
            rule_ko_past_or_coming,
        ),
        (
            format!(r"\b(?P<m>{D}{{1,2}})\s*월(?:\s*(?P<d>{D}{{1,2}})\s*일)?{KO_WD_PAREN}"),
            rule_ko_month,
        ),
        (
            format!(r"\b(?P<d>{D}{{1,2}})\s*일{KO_WD_PAREN}"),
            rule_ko_day,
        ),
        (
            r"\b(?:(?P<rel>지난\s?주|이번\s?주|다음\s?주|오는|지난)\s*)?(?P<wd>[월화수목금토일])요일".to_string(),
            rule_ko_weekday,
        ),
        (
            r"\b(?P<w>그저께|그제|어제|오늘|내일|모레)".to_string(),
            rule_ko_day_word,
        ),
        (
            format!(
                r"\b(?P<n>{D}{{1,2}}|일|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?P<unit>주일|일|주|개월|달|년|해)\s*전"
            ),
            rule_ko_ago,
        ),
        (
            r"\b(?P<w>이듬해|이튿날|다음\s?날|같은\s날|이날|같은\s해|그해)".to_string(),
            rule_ko_shift,
        ),
    ]
}

/// Whether `c` is a Hangul syllable.
fn hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7AF}').contains(&c)
}

/// Whether `rest`, after a number with its unit, makes it a duration or a count:
/// "3일간", "10일 동안", "5년 만에", "3일째", "2일 연속", "3일 일정".
fn ko_duration(rest: &str) -> bool {
    const ATTACHED: &[&str] = &[
        "간", "동안", "째", "치", "씩", "마다", "여", "가량", "이내", "만에", "만의", "이상",
        "연속", "넘게", "남짓",
    ];
    const WORDS: &[&str] = &[
        "동안",
        "동안에",
        "사이",
        "사이에",
        "새",
        "만에",
        "만의",
        "이상",
        "이내",
        "가량",
        "정도",
        "연속",
        "넘게",
        "남짓",
        "일정",
        "일정으로",
        "일정을",
        "일정의",
        "후",
        "후에",
        "뒤",
        "뒤에",
        "째",
    ];
    if ATTACHED.iter().any(|w| rest.starts_with(w)) {
        return true;
    }
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return false;
    }
    let word_end = trimmed
        .char_indices()
        .find(|&(_, c)| !hangul(c))
        .map_or(trimmed.len(), |(i, _)| i);
    WORDS.contains(&&trimmed[..word_end])
}

/// A Korean year, month and optional day, with the year known; `None` when the
/// month or day does not exist.
fn ko_date(year: i32, caps: &RuleCaptures) -> Option<PartialDate> {
    PartialDate::from_parts(year, num(caps, "m"), num(caps, "d"))
}

/// "2012년 9월 11일", "2012년 8월", "2012년"; a range of months ("1945년
/// 8∼9월") is dated at its start.
fn rule_ko_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(y) = num(caps, "y") else {
        return;
    };
    if !plausible_year(y) {
        return;
    }
    // "1990년대" is a decade, "2000년 동안" a duration, "2018년판" an edition's name
    // (of a white paper or a bluebook), not when something happened.
    let rest = &ctx.text[span.end..];
    if caps.name("m").is_none()
        && (rest.starts_with('대') || rest.starts_with('판') || ko_duration(rest))
    {
        return;
    }
    if let Some(date) = ko_date(y as i32, caps) {
        out.push(cand(span, date, false));
    }
}

fn rule_ko_rel_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let delta = match &caps["rel"] {
        "재작년" => -2,
        "지난해" | "작년" => -1,
        "올해" | "금년" => 0,
        "내년" => 1,
        _ => 2,
    };
    let Some(year) = year_offset(ctx, delta) else {
        return;
    };
    if let Some(date) = ko_date(year, caps) {
        out.push(cand(span, date, true));
    }
}

fn rule_ko_rel_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let rel = &caps["rel"];
    let delta = if rel.starts_with("지난") {
        -1
    } else if rel.starts_with("다음") || rel == "내달" {
        1
    } else {
        0
    };
    let Some(month) = month_offset(ctx, delta) else {
        return;
    };
    let day = |d| PartialDate::from_ymd(month.year, month.month.unwrap_or(1), d);
    // "지난달 25∼26일": both days of that month, the range's start up to its
    // first number, its end from its second.
    if let (Some(d), Some(end)) = (caps.name("d"), caps.name("d2")) {
        let (Some(first), Some(last)) =
            (num(caps, "d").and_then(day), num(caps, "d2").and_then(day))
        else {
            return;
        };
        out.push(cand(span.start..d.end(), first, true));
        out.push(cand(end.start()..span.end, last, true));
        return;
    }
    let date = match num(caps, "d") {
        Some(d) => day(d),
        None => Some(month),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// "지난 3일" (the 3rd just past: of this month, or of the last if the 3rd is
/// after publication), "오는 15일" (the 15th to come), "지난 9월", "오는 3월 1일".
fn rule_ko_past_or_coming(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let span = whole(caps);
    // "지난 3일간", "지난 10일 동안": the last three or ten days.
    if ko_duration(&ctx.text[span.end..]) {
        return;
    }
    let past = &caps["rel"] == "지난";
    let (py, pm, pd) = (p.year(), p.month(), p.day());
    let date = if let Some(day) = num(caps, "day") {
        if !(1..=31).contains(&day) {
            return;
        }
        let delta = match past {
            true if day <= pd => 0,
            true => -1,
            false if day >= pd => 0,
            false => 1,
        };
        // Step past months too short for the day.
        (0..3).find_map(|step| {
            let (y, m) = shift_month(
                py,
                pm,
                if delta < 0 {
                    delta - step
                } else {
                    delta + step
                },
            );
            PartialDate::from_ymd(y, m, day)
        })
    } else {
        let Some(m) = num(caps, "m").filter(|m| (1..=12).contains(m)) else {
            return;
        };
        let d = num(caps, "d");
        let before_publication = m < pm || (m == pm && d.is_none_or(|d| d <= pd));
        let after_publication = m > pm || (m == pm && d.is_none_or(|d| d >= pd));
        let year = match (past, before_publication, after_publication) {
            (true, true, _) | (false, _, true) => py,
            (true, false, _) => py - 1,
            (false, _, false) => py + 1,
        };
        match d {
            Some(d) => PartialDate::from_ymd(year, m, d),
            None => PartialDate::from_year_month(year, m),
        }
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

fn rule_ko_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(m) = num(caps, "m").filter(|m| (1..=12).contains(m)) else {
        return;
    };
    let d = num(caps, "d");
    if d.is_some_and(|d| !(1..=31).contains(&d)) || ko_duration(&ctx.text[span.end..]) {
        return;
    }
    push_month_day(ctx, out, span, m, d);
}

/// "11일" alone: a day of the publication month, as Japanese "11日" (see
/// [`resolve_day_only`]), unless it counts days ("3일간", "3일 동안", "3일이
/// 지났다").
fn rule_ko_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(d) = num(caps, "d").filter(|d| (1..=31).contains(d)) else {
        return;
    };
    let rest = &ctx.text[span.end..];
    // A particle may follow ("11일에", "11일부터", "11일자"); other syllables
    // make another word ("3일간", "1일이").
    if char_at(ctx.text, span.end)
        .is_some_and(|c| hangul(c) && !"에부까의은는도과와로엔자".contains(c))
        || ko_duration(rest)
    {
        return;
    }
    let date = resolve_day_only(ctx, &span, d);
    out.push(loose(span, date, true, Loose::Day { day: d }));
}

/// Korean weekday syllable → weekday ("월" Monday … "일" Sunday).
fn ko_weekday(s: &str) -> Option<Weekday> {
    let i = "월화수목금토일".chars().position(|k| s.starts_with(k))?;
    Weekday::try_from(i as u8).ok()
}

/// "화요일", "지난주 화요일" (Tuesday of the week before), "다음 주 월요일",
/// "오는 금요일" (the next Friday), "지난 화요일" (the last Tuesday).
fn rule_ko_weekday(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(wd) = ko_weekday(&caps["wd"]) else {
        return;
    };
    // "매주 화요일": every Tuesday.
    if ctx.text[..span.start].trim_end().ends_with("매주") {
        return;
    }
    let rel: String = caps
        .name("rel")
        .map(|m| m.as_str().split_whitespace().collect())
        .unwrap_or_default();
    let date = match rel.as_str() {
        "지난주" => weekday_of_week(ctx, -1, wd),
        "이번주" => weekday_of_week(ctx, 0, wd),
        "다음주" => weekday_of_week(ctx, 1, wd),
        "지난" => resolve_weekday(ctx, &span, wd, -1),
        "오는" => resolve_weekday(ctx, &span, wd, 1),
        _ => resolve_weekday(ctx, &span, wd, 0),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

fn rule_ko_day_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let span = whole(caps);
    let w = &caps["w"];
    let rest = &ctx.text[span.end..];
    // "오늘날" (nowadays), "그제야"/"그제서야" (only then).
    if (w == "오늘" && rest.starts_with('날')) || (w == "그제" && rest.starts_with(['야', '서']))
    {
        return;
    }
    let delta = match w {
        "그저께" | "그제" => -2,
        "어제" => -1,
        "오늘" => 0,
        "내일" => 1,
        _ => 2,
    };
    if let Some(date) = p.checked_add_signed(Duration::days(delta)) {
        out.push(cand(span, PartialDate::from_date(date), true));
    }
}

/// A Korean count in words ("한" 1 … "열" 10) or digits.
fn ko_count(s: &str) -> Option<i64> {
    const WORDS: [&str; 10] = [
        "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열",
    ];
    match WORDS.iter().position(|w| *w == s) {
        Some(i) => Some(i as i64 + 1),
        None => s.parse().ok(),
    }
}

/// "3일 전", "일주일 전", "두 달 전", "2년 전": counted back from publication.
fn rule_ko_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(p) = ctx.published else {
        return;
    };
    let span = whole(caps);
    // After "전" only a particle: not "3일 전국에서" (on the 3rd, nationwide).
    if char_at(ctx.text, span.end).is_some_and(|c| hangul(c) && !"에부까의만쯤은도".contains(c))
    {
        return;
    }
    let (n, unit) = (&caps["n"], &caps["unit"]);
    // "일주일 전": one week; "일" is no count of anything else.
    let n = if n == "일" {
        if unit != "주일" {
            return;
        }
        1
    } else {
        match ko_count(n) {
            Some(n) if (1..=99).contains(&n) => n,
            _ => return,
        }
    };
    // Days are counted in digits ("3일 전"), not in the words for counting things.
    if unit == "일" && !caps["n"].chars().all(|c| c.is_ascii_digit()) {
        return;
    }
    let date = match unit {
        "일" => p
            .checked_sub_signed(Duration::days(n))
            .map(PartialDate::from_date),
        "주" | "주일" => p
            .checked_sub_signed(Duration::days(7 * n))
            .map(PartialDate::from_date),
        "개월" | "달" => month_offset(ctx, -(n as i32)),
        _ => year_offset(ctx, -(n as i32)).map(PartialDate::from_year),
    };
    if let Some(date) = date {
        out.push(cand(span, date, true));
    }
}

/// "이듬해" (the year after), "이튿날"/"다음 날" (the day after), "같은 날",
/// "같은 해"/"그해": counted from the date expression before; "이날" (that
/// day: Korean news says it of the day its lead dates, see [`Loose::NewsDay`]).
fn rule_ko_shift(_ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let w: String = caps["w"].split_whitespace().collect();
    match w.as_str() {
        "이듬해" => push_shift(out, span, "year", 1),
        "이튿날" | "다음날" => push_shift(out, span, "day", 1),
        "같은날" => push_shift(out, span, "day", 0),
        "이날" => out.push(loose(span, None, false, Loose::NewsDay)),
        _ => out.push(loose(
            span,
            None,
            false,
            Loose::OfYear {
                years: 0,
                month: None,
                day: None,
            },
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::expect::t;

    t!(
        ko_full_dates,
        "일본 시마네현은 2005년 3월 16일 '다케시마의 날' 조례를 제정했다. 2012년 8월 이명박 대통령이 독도를 방문했다.",
        "",
        [
            ("2005년 3월 16일", "2005-03-16"),
            ("2012년 8월", "2012-08"),
        ]
    );
    t!(
        ko_an_edition_is_no_date,
        "2024년판 외교청서에는 2018년판부터 같은 주장이 실렸고, 2018년 발간됐다.",
        "",
        [("2018년", "2018")]
    );
    t!(
        ko_years_with_particles,
        "1954년부터 경비대가 주둔했고, 2000년대 들어 관광객이 늘었다. 2000년 동안 변함이 없었다.",
        "",
        [("1954년", "1954")]
    );
    t!(
        ko_month_day,
        "해경은 9월 11일 독도 인근에서 일본 순시선을 확인했다.",
        "2024-09-20",
        [("9월 11일", "2024-09-11~")]
    );
    t!(
        ko_day_alone,
        "외교부는 11일 주한 일본대사관 총괄공사를 초치했다.",
        "2024-09-12",
        [("11일", "2024-09-11~")]
    );
    t!(
        ko_day_alone_after_publication_is_last_month,
        "외교부는 28일 일본 정부에 항의했다.",
        "2024-09-12",
        [("28일", "2024-08-28~")]
    );
    t!(
        ko_day_with_particles_and_weekday,
        "해군은 11일(현지시간)과 13일부터 훈련을 했고, 15일(화)에는 회담이 있었다.",
        "2024-09-20",
        [
            ("11일", "2024-09-11~"),
            ("13일", "2024-09-13~"),
            ("15일(화)", "2024-09-15~")
        ]
    );
    t!(
        ko_day_counts_are_no_days,
        "훈련은 3일간 진행됐다. 10일 동안 머물렀고 5일째 이어졌다. 3일 일정으로 방문했고 1일이 지났다. 제3일",
        "2024-09-20",
        []
    );
    t!(
        ko_relative_years,
        "지난해 9월 일본 순시선이 접근했고, 작년에도 올해 3월 1일에도 그랬다. 내년에는 재작년처럼",
        "2024-06-15",
        [
            ("지난해 9월", "2023-09~"),
            ("작년", "2023~"),
            ("올해 3월 1일", "2024-03-01~"),
            ("내년", "2025~"),
            ("재작년", "2022~")
        ]
    );
    t!(
        ko_days_of_last_month_in_a_range,
        "일본 정부는 지난달 25∼26일 한국군이 실시한 독도방어훈련에 대해 항의했다.",
        "2019-09-27",
        [("지난달 25", "2019-08-25~"), ("26일", "2019-08-26~")]
    );
    t!(
        ko_relative_months,
        "지난달 15일 일본 외무성이 발표했다. 이달 들어 두 차례, 다음 달에는 회담이 열린다.",
        "2024-06-20",
        [
            ("지난달 15일", "2024-05-15~"),
            ("이달", "2024-06~"),
            ("다음 달", "2024-07~")
        ]
    );
    t!(
        ko_past_day_this_month,
        "일본 순시선은 지난 3일 독도 인근 해역에 진입했다.",
        "2024-09-12",
        [("지난 3일", "2024-09-03~")]
    );
    t!(
        ko_past_day_after_publication_is_last_month,
        "일본 순시선은 지난 25일 독도 인근 해역에 진입했다.",
        "2024-09-12",
        [("지난 25일", "2024-08-25~")]
    );
    t!(
        ko_coming_day,
        "양국은 오는 15일 서울에서 회담을 열 예정이다. 오는 3일에는 훈련이 있다.",
        "2024-09-12",
        [("오는 15일", "2024-09-15~"), ("오는 3일", "2024-10-03~")]
    );
    t!(
        ko_past_and_coming_months,
        "지난 9월 독도를 방문했고 오는 3월에도 방문한다.",
        "2024-06-12",
        [("지난 9월", "2023-09~"), ("오는 3월", "2025-03~")]
    );
    t!(
        ko_past_days_are_a_period,
        "지난 3일간 일본 순시선이 머물렀다. 지난 10일 동안 조용했다.",
        "2024-09-12",
        []
    );
    t!(
        ko_weeks_days,
        "지난주 화요일 일본 순시선이 나타났고, 다음 주 월요일 회담이 열린다.",
        "2024-09-14",
        [
            ("지난주 화요일", "2024-09-03~"),
            ("다음 주 월요일", "2024-09-16~")
        ]
    );
    t!(
        ko_weekdays,
        "외교부는 수요일 항의했다. 매주 화요일 순찰한다. 오는 금요일 회의가 열린다.",
        "2024-09-14",
        [("수요일", "2024-09-11~"), ("오는 금요일", "2024-09-20~")]
    );
    t!(
        ko_day_words,
        "어제 일본 순시선이 나타났고 그제는 조용했다. 오늘날의 독도, 그제야 알았다. 내일 회담이 열린다.",
        "2024-09-14",
        [
            ("어제", "2024-09-13~"),
            ("그제", "2024-09-12~"),
            ("내일", "2024-09-15~")
        ]
    );
    t!(
        ko_counted_back,
        "3일 전 일본 순시선이 나타났다. 일주일 전에도, 두 달 전에도, 2년 전에도 그랬다.",
        "2024-09-14",
        [
            ("3일 전", "2024-09-11~"),
            ("일주일 전", "2024-09-07~"),
            ("두 달 전", "2024-07~"),
            ("2년 전", "2022~")
        ]
    );
    t!(
        ko_a_day_before_a_word_starting_with_jeon,
        "해경은 3일 전국 해역에 경보를 내렸다.",
        "2024-09-14",
        [("3일", "2024-09-03~")]
    );
    t!(
        ko_counted_from_the_previous_date,
        "1905년 일본은 독도를 편입했고 이듬해 시찰단을 보냈다. 2012년 8월 10일 방문했고 이튿날 일본이 항의했다.",
        "",
        [
            ("1905년", "1905"),
            ("이듬해", "1906"),
            ("2012년 8월 10일", "2012-08-10"),
            ("이튿날", "2012-08-11")
        ]
    );
    t!(
        ko_that_day_and_a_range_of_months,
        "러시아는 22일 탄약고가 폭발했다고 밝혔다. 당국은 이날 철도 운행을 중단했다. 소련은 1945년 8∼9월 이들 섬을 점령했다.",
        "2023-07-23",
        [
            ("22일", "2023-07-22~"),
            ("이날", "2023-07-22~"),
            ("1945년 8∼9월", "1945-08")
        ]
    );
    t!(
        ko_that_day_is_the_news_day_not_the_last_date,
        "장관은 7일 회견에서 항의 사실을 밝혔다. 항의는 지난 3일 이뤄졌다. 훈련은 다음 달 1일까지 진행된다. 이날은 '북방영토의 날'이다.",
        "2022-02-07",
        [
            ("7일", "2022-02-07~"),
            ("지난 3일", "2022-02-03~"),
            ("다음 달 1일", "2022-03-01~"),
            ("이날", "2022-02-07~")
        ]
    );
    t!(
        ko_numbers_are_no_dates,
        "독도의 면적은 187,554㎡이며 경비대원 40명이 3개월마다 교대한다. 2024명",
        "2024-09-14",
        []
    );
    t!(
        ko_hangul_gate_leaves_other_text_alone,
        "Tokyo said on 11 September that it will protest. 外交部は11日に抗議した。",
        "2024-09-14",
        [("11 September", "2024-09-11~"), ("11日", "2024-09-11~")]
    );
}
