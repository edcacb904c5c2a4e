//! English rules and words: month and weekday names, "the following year",
//! "last Monday", "next March".

use super::RuleCaptures;
use chrono::Weekday;

use super::{
    cand, count, month_of, push_shift, push_weekday, rule_ago, rule_day_word,
    rule_end_of_this_year, rule_full, rule_month_alone, rule_month_day, rule_month_rel_year,
    rule_month_year, rule_range_other_day, rule_rel_unit, rule_season, rule_this_day_in,
    rule_year_ago, whole, Cand, Ctx, PartialDate, RuleSource,
};
use crate::dates::resolve::ymd;
use crate::dates::surroundings::{next_word, prev_word};

/// The English month names, January to December, in lower case; their first
/// three letters are their abbreviations.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The English weekday names, Monday to Sunday, in lower case.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A month name or abbreviation in a pattern.
pub(super) const EN_MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?";
/// A full month name in a pattern.
pub(super) const EN_FULL_MONTH: &str =
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b";
/// An ordinal suffix ("1st", "23rd").
const ORD: &str = r"(?:st|nd|rd|th)?";

/// "2 April that year", "June of the same year": the month (and day) in the
/// year of the previous date expression.
fn rule_month_that_year(_ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(month) = caps.name("mon").and_then(|m| en_month(m.as_str())) else {
        return;
    };
    let day = caps.name("d").and_then(|d| d.as_str().parse().ok());
    out.push(super::loose(
        whole(caps),
        None,
        false,
        super::Loose::OfYear {
            years: 0,
            month: Some(month),
            day,
        },
    ));
}

/// English month name (or abbreviation) → month number.
pub(super) fn en_month(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.').to_ascii_lowercase();
    let key = s.get(..3)?;
    MONTHS
        .iter()
        .position(|m| &m[..3] == key)
        .map(|i| i as u32 + 1)
}

/// English weekday name → weekday.
fn en_weekday(s: &str) -> Option<Weekday> {
    let key = s.to_ascii_lowercase();
    let key = key.get(..3)?;
    let i = WEEKDAYS.iter().position(|w| &w[..3] == key)?;
    Weekday::try_from(i as u8).ok()
}

/// Markers of the future or of plans ("will", "plans to", "next year", "upcoming").
pub(super) const FUTURE: &str = r"(?i)\b(?:will|won't|shall|is\s+to|are\s+to|plans?\s+to|planning|planned|scheduled|expected\s+to|expects?\s+to|is\s+due|are\s+due|intends?\s+to|aims?\s+to|going\s+to|would|next\s+(?:year|month|week)|upcoming|later\s+this|to\s+be\s+held)\b";

/// The English rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    vec![
        // "that year", "later that year", "2 April that year", "in June of the same year".
        (
            r"(?i)\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+year\b".to_string(),
            super::rule_same_year,
        ),
        (
            format!(r"\b(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<mon>{EN_FULL_MONTH})\s+(?:of\s+)?(?:that|the\s+same)\s+year\b"),
            rule_month_that_year,
        ),
        (
            format!(r"\b(?P<mon>{EN_FULL_MONTH})\s+(?P<d>\d{{1,2}}){ORD},?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b"),
            rule_month_that_year,
        ),
        (
            format!(r"\b(?P<mon>{EN_FULL_MONTH})\s+(?:of\s+)?(?:that|the\s+same)\s+year\b"),
            rule_month_that_year,
        ),
        (
            format!(r"\b(?P<mon>{EN_MONTH})\s*(?P<d>\d{{1,2}}){ORD},?\s+(?P<y>\d{{4}})\b"),
            rule_full,
        ),
        (
            format!(r"\b(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<mon>{EN_MONTH}),?\s+(?P<y>\d{{4}})\b"),
            rule_full,
        ),
        // "May 28-29, 1982", "December 14 to 16, 2023": the range's start, with its year.
        (
            format!(
                r"\b(?P<mon>{EN_MONTH})\s*(?P<d>\d{{1,2}}){ORD}\s*(?:to|through|[-–—])\s*\d{{1,2}}{ORD},?\s+(?P<y>\d{{4}})\b"
            ),
            rule_full,
        ),
        (
            format!(r"\b(?P<mon>{EN_MONTH}),?\s+(?:of\s+)?(?P<y>\d{{4}})\b"),
            rule_month_year,
        ),
        (
            format!(
                r"\b(?P<mon>{EN_MONTH})(?:\s*(?P<d>\d{{1,2}}){ORD})?,?\s+(?:of\s+)?(?P<rel>(?i:this|last|next))\s+year\b"
            ),
            rule_month_rel_year,
        ),
        (
            format!(r"\b(?P<mon>{EN_MONTH})\s*(?P<d>\d{{1,2}}){ORD}\b"),
            rule_month_day,
        ),
        (
            format!(r"\b(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<mon>{EN_MONTH})"),
            rule_month_day,
        ),
        (
            format!(r"\b(?P<rel>(?i:last|next|this))\s+(?P<mon>{EN_FULL_MONTH})"),
            rule_rel_month_name,
        ),
        (format!(r"\b(?P<mon>{EN_FULL_MONTH})"), rule_month_alone),
        (
            r"(?i)\b(?P<w>yesterday|today|tomorrow)\b".to_string(),
            rule_day_word,
        ),
        (
            r"(?i)\b(?:(?P<pre>earlier|later)\s+)?(?P<rel>this|last|next)\s+(?P<unit>year|month)\b".to_string(),
            rule_rel_unit,
        ),
        (r"(?i)\ba\s+year\s+ago\b".to_string(), rule_year_ago),
        (
            r"(?i)(?-u:\b)(?:by|before|until|till)\s+(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year|year[-\s]end)(?-u:\b)".to_string(),
            rule_end_of_this_year,
        ),
        (
            r"(?i)\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago\b".to_string(),
            rule_ago,
        ),
        (
            r"(?i)\b(?P<rel>this|last|next|this\s+past|this\s+coming)\s+(?P<season>spring|summer|autumn|fall|winter)\b".to_string(),
            rule_season,
        ),
        (
            r"(?i)\b(?:(?P<the>the)\s+(?P<which>following|next|previous|preceding)\s+(?P<unit>year|day)|the\s+(?P<unit2>year|day)\s+(?P<rel2>after|before)|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit3>year|day)s?\s+(?P<dir>later|earlier|afterwards?)|(?:that\s+|the\s+)?same\s+day|later\s+that\s+day)\b".to_string(),
            rule_en_shift,
        ),
        (
            r"\b(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b".to_string(),
            rule_en_weekday,
        ),
        (
            format!(
                r"(?i)\b(?P<d>\d{{1,2}}){ORD}\s*(?:to|[-–—])\s*\d{{1,2}}{ORD}\s+(?:of\s+)?(?P<mon>{EN_MONTH})"
            ),
            rule_range_other_day,
        ),
        (
            format!(
                r"\b(?P<mon>{EN_MONTH})\s*\d{{1,2}}{ORD}\s*(?:to|through|[-–—])\s*(?P<d>\d{{1,2}}){ORD}\b"
            ),
            rule_range_other_day,
        ),
        (
            r"(?i)\bthis\s+day\s+in\s+(?P<y>\d{4})\b".to_string(),
            rule_this_day_in,
        ),
    ]
}

fn rule_rel_month_name(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(m), Some(p)) = (month_of(caps), ctx.published) else {
        return;
    };
    let (py, pm, _) = ymd(p);
    let year = match caps["rel"].to_ascii_lowercase().as_str() {
        "last" if m < pm => py,
        "last" => py - 1,
        "next" if m > pm => py,
        "next" => py + 1,
        _ => py,
    };
    if let Some(date) = PartialDate::from_year_month(year, m) {
        out.push(cand(span, date, true));
    }
}

/// "the following year", "two years later", "the next day", "the same day":
/// counted from the previous date expression (see [`Loose::Shift`](crate::dates::anchor::Loose::Shift)
/// and [`Loose::OfYear`](crate::dates::anchor::Loose::OfYear)).
fn rule_en_shift(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let whole_text = ctx.text[span.clone()].to_lowercase();
    let (unit, n): (String, i64) = if let Some(which) = caps.name("which") {
        // "over the next year" is a period to come, not the year after a date.
        if which.as_str().eq_ignore_ascii_case("next")
            && ["over", "within", "during", "for", "in", "throughout"]
                .contains(&prev_word(ctx.text, span.start).as_str())
        {
            return;
        }
        let back = matches!(
            which.as_str().to_lowercase().as_str(),
            "previous" | "preceding"
        );
        (caps["unit"].to_lowercase(), if back { -1 } else { 1 })
    } else if let Some(rel) = caps.name("rel2") {
        let back = rel.as_str().eq_ignore_ascii_case("before");
        (caps["unit2"].to_lowercase(), if back { -1 } else { 1 })
    } else if let Some(n) = caps.name("n") {
        let Some(n) = count(n.as_str()).filter(|n| (1..=99).contains(n)) else {
            return;
        };
        // "three years later than first planned" compares, it does not date.
        if next_word(ctx.text, span.end) == "than" {
            return;
        }
        let back = caps["dir"].eq_ignore_ascii_case("earlier");
        (caps["unit3"].to_lowercase(), if back { -n } else { n })
    } else if whole_text.contains("day") {
        ("day".to_string(), 0)
    } else {
        return;
    };
    push_shift(out, span, &unit, n);
}

/// "on Monday", "last Friday", "this coming Sunday".
fn rule_en_weekday(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    push_weekday(ctx, caps, out, en_weekday);
}

#[cfg(test)]
mod tests {
    t!(
        en_chronology_entries_take_the_year_of_the_entry_before,
        "March 19, 1982: Workers land on South Georgia.\n\nApril 2: Argentine forces land.\n\nIn June the war ends.",
        "2022-06-14",
        [
            ("March 19, 1982", "1982-03-19"),
            ("April 2", "1982-04-02"),
            ("June", "2022-06~")
        ]
    );
    t!(
        a_month_that_year_takes_the_previous_year,
        "Argentina invaded in 1982. Troops landed on 2 April that year and surrendered on June 14 of the same year; later that year, in November that year, talks failed.",
        "2024-02-20",
        [
            ("1982", "1982"),
            ("2 April that year", "1982-04-02"),
            ("June 14 of the same year", "1982-06-14"),
            ("later that year", "1982"),
            ("November that year", "1982-11")
        ]
    );

    use crate::dates::expect::t;

    // ---- English absolute

    t!(
        en_end_of_this_year,
        "The pier will open by the end of the year, or before year-end at the latest.",
        "2021-09-10",
        [
            ("by the end of the year", "2021~"),
            ("before year-end", "2021~")
        ]
    );
    t!(
        en_full_mdy,
        "On November 1, 2010, Medvedev visited Kunashir.",
        "",
        [("November 1, 2010", "2010-11-01")]
    );
    t!(
        en_full_abbrev,
        "On Nov. 1, 2010 he landed; on Nov 2 2010 he left.",
        "",
        [("Nov. 1, 2010", "2010-11-01"), ("Nov 2 2010", "2010-11-02")]
    );
    t!(
        en_full_dmy,
        "It was signed on 19 October 1956 in Moscow.",
        "",
        [("19 October 1956", "1956-10-19")]
    );
    t!(
        en_full_dmy_of,
        "the 7th of February, 1855 at Shimoda",
        "",
        [("7th of February, 1855", "1855-02-07")]
    );
    t!(
        en_iso,
        "Updated 2010-11-01 and 2018/11/14.",
        "",
        [("2010-11-01", "2010-11-01"), ("2018/11/14", "2018-11-14")]
    );
    t!(
        en_month_year,
        "In February 1945 at Yalta, and in Feb. 1946, and in February of 1947.",
        "",
        [
            ("February 1945", "1945-02"),
            ("Feb. 1946", "1946-02"),
            ("February of 1947", "1947-02")
        ]
    );
    t!(en_years_in_context, "Since 1945 Russia has held the islands; the 1956 Joint Declaration and the 1855 treaty differ. By 2030 little may change.", "",
        [("1945", "1945"), ("1956", "1956"), ("1855", "1855"), ("2030", "2030")]);
    t!(
        en_year_before_an_event_noun,
        "In a 2013 referendum the islanders voted to stay; a 2016 arbitral ruling followed, and 2000 troops left.",
        "",
        [("2013", "2013"), ("2016", "2016")]
    );
    t!(
        en_year_parens_and_mid,
        "The Treaty of Shimoda (1855) was signed; in mid-1945 and early 1946 the war ended.",
        "",
        [("1855", "1855"), ("1945", "1945"), ("1946", "1946")]
    );
    t!(
        en_year_range,
        "Between 1945 and 1949 the residents left, from 1950 to 1955 too.",
        "",
        [
            ("1945", "1945"),
            ("1949", "1949"),
            ("1950", "1950"),
            ("1955", "1955")
        ]
    );
    t!(en_year_false_positives, "Some 1,945 troops and $2018 in cash; 2018 soldiers; a 1945 figure; room 1956; in 2000 square meters; the 1990s; page 2020.", "", []);
    t!(en_decade_apostrophe, "In the 1990's talks stalled.", "", []);
    t!(
        en_may_modal,
        "Tokyo May protest. Talks may resume. It May be so.",
        "2023-06-10",
        []
    );
    t!(
        en_may_month,
        "On May 9, 2015 and in May 2016 it rained. Since May the parade was held.",
        "2023-06-10",
        [
            ("May 9, 2015", "2015-05-09"),
            ("May 2016", "2016-05"),
            ("May", "2023-05~")
        ]
    );
    t!(
        en_day_range_with_its_year,
        "The battle, fought on May 28-29, 1982, was won. Talks ran December 14 to 16, 2023.",
        "2024-05-28",
        [
            ("May 28-29, 1982", "1982-05-28"),
            ("December 14 to 16, 2023", "2023-12-14")
        ]
    );
    t!(
        en_month_range_takes_its_end_s_year,
        "From January to March 2019 ships swarmed; from December to February 2020 they left.",
        "2022-11-20",
        [
            ("January", "2019-01"),
            ("March 2019", "2019-03"),
            ("December", "2019-12"),
            ("February 2020", "2020-02")
        ]
    );
    t!(
        en_may_ending_a_boat_s_name,
        "On March 23 the Unaizah May 4 was hit near the shoal.\nUpdated May 4\nTalks of May 4 and in Manila, May 5, went on.",
        "2024-06-19",
        [
            ("March 23", "2024-03-23~"),
            ("May 4", "2024-05-04~"),
            ("May 4", "2024-05-04~"),
            ("May 5", "2024-05-05~")
        ]
    );
    t!(
        en_march_verb,
        "Protesters march in Tokyo. They March on. In March they rallied.",
        "2023-06-10",
        [("March", "2023-03~")]
    );

    // ---- English relative

    t!(
        en_relative_skipped_without_publication,
        "Yesterday, last year, on Monday, in August and June 15 the islands...",
        "",
        []
    );
    t!(
        en_weekday_past,
        "Japan's foreign minister said on Monday that Tokyo will protest.",
        "2023-06-14",
        [("Monday", "2023-06-12~")]
    );
    t!(
        en_weekday_past_and_will_future,
        "The exercises on Iturup began on Monday and will end on Friday, it said.",
        "2025-03-12",
        [("Monday", "2025-03-10~"), ("Friday", "2025-03-14~")]
    );
    t!(
        en_weekday_inside_what_was_said,
        "The governor said that on Thursday he will visit Iturup.",
        "2024-09-03",
        [("Thursday", "2024-09-05~")]
    );
    t!(
        ru_weekday_inside_what_was_said,
        "Губернатор сообщил, что в четверг посетит Итуруп.",
        "2024-09-03",
        [("в четверг", "2024-09-05~")]
    );
    t!(
        en_history_told_date_by_date,
        "The Soviet Union entered the war on August 9, 1945. By September 5 it held the islands.\n\n\
         On September 3 the minister protested.",
        "2024-11-20",
        [
            ("August 9, 1945", "1945-08-09"),
            ("September 5", "1945-09-05"),
            ("September 3", "2024-09-03~")
        ]
    );
    t!(
        en_an_anniversary_piece_tells_its_story_s_year,
        "40 years ago, on May 28, 1982, British paratroopers took Goose Green.\n\n\
         On June 14 the Argentine garrison surrendered.",
        "2022-05-28",
        [
            ("40 years ago", "1982~"),
            ("May 28, 1982", "1982-05-28"),
            ("June 14", "1982-06-14")
        ]
    );
    t!(
        ja_history_told_date_by_date,
        "ソ連は昭和２０年８月９日、対日参戦した。終戦後の８月２８日から９月５日までに四島を占領した。",
        "2024-08-27",
        [
            ("昭和２０年８月９日", "1945-08-09"),
            ("８月２８日", "1945-08-28"),
            ("９月５日", "1945-09-05")
        ]
    );
    t!(
        ru_anniversary_ahead_is_future,
        "В октябре исполнится 70 лет декларации.",
        "2026-01-22",
        [("октябре", "2026-10~")]
    );
    t!(
        day_ranges,
        "Консультации прошли с 9 по 12 декабря, а встречи — 3–5 ноября 2023 года.\n\nTalks ran 9-12 December and December 14 to 16.",
        "2024-12-20",
        [
            ("9", "2024-12-09~"),
            ("12 декабря", "2024-12-12~"),
            ("3", "2023-11-03"),
            ("5 ноября 2023 года", "2023-11-05"),
            ("9", "2024-12-09~"),
            ("12 December", "2024-12-12~"),
            ("December 14", "2024-12-14~"),
            ("16", "2024-12-16~")
        ]
    );
    t!(
        en_year_before_an_adjective_and_its_noun,
        "It fished under a 1998 bilateral agreement, not with 2000 bilateral partners.",
        "2021-03-03",
        [("1998", "1998")]
    );
    t!(
        en_month_a_plan_is_for,
        "A visit is scheduled for September, and talks were set for May 2020. He waited for August.",
        "2019-08-23",
        [("September", "2019-09~"), ("May 2020", "2020-05")]
    );
    t!(
        ru_month_after_k_nachalu,
        "В августе 1945 года СССР вступил в войну и к началу сентября занял острова.",
        "2026-01-22",
        [("августе 1945 года", "1945-08"), ("сентября", "1945-09")]
    );
    t!(
        ja_plan_kept_is_not_future,
        "今年は交渉が６月上旬にまとまり、予定どおり操業した。",
        "2022-12-16",
        [("今年", "2022~"), ("６月", "2022-06~")]
    );
    t!(
        en_as_planned_is_not_future,
        "The ship left on August 20 as planned.",
        "2022-03-01",
        [("August 20", "2021-08-20~")]
    );
    t!(
        ja_history_told_after_a_year_alone,
        "それが昭和２０年の夏に一変する。８月２８日から９月５日にかけて、ソ連軍が四島を占領した。",
        "2020-02-07",
        [
            ("昭和２０年", "1945"),
            ("８月２８日", "1945-08-28"),
            ("９月５日", "1945-09-05")
        ]
    );
    t!(
        // A month-day before publication keeps the publication's year after a year alone.
        en_year_alone_then_a_recent_month_day,
        "Russia deployed missiles in 2016. On January 20 the ministry protested.",
        "2020-02-07",
        [("2016", "2016"), ("January 20", "2020-01-20~")]
    );
    t!(
        en_story_date_before_the_dated_one_is_publications,
        "Talks were suspended in March 2022. On February 7 Japan marked the day.",
        "2024-02-08",
        [("March 2022", "2022-03"), ("February 7", "2024-02-07~")]
    );
    t!(
        ja_kyou_after_a_particle,
        "洋上慰霊がきょう行われました。きょうだいで参加した。",
        "2025-09-02",
        [("きょう", "2025-09-02~")]
    );
    t!(
        en_weekday_publication_day,
        "The ministry said Wednesday.",
        "2023-06-14",
        [("Wednesday", "2023-06-14~")]
    );
    t!(
        en_weekday_future,
        "The envoy will visit Kunashir on Friday.",
        "2023-06-14",
        [("Friday", "2023-06-16~")]
    );
    t!(
        en_weekday_next_last,
        "Talks resume next Monday after last Wednesday's row.",
        "2023-06-14",
        [
            ("next Monday", "2023-06-19~"),
            ("last Wednesday", "2023-06-07~")
        ]
    );
    t!(
        en_day_words,
        "Yesterday the ship left; today it docks; tomorrow it sails.",
        "2023-06-14",
        [
            ("Yesterday", "2023-06-13~"),
            ("today", "2023-06-14~"),
            ("tomorrow", "2023-06-15~")
        ]
    );
    t!(
        en_rel_years,
        "This year and last year, unlike next year; earlier this month and last month.",
        "2023-06-14",
        [
            ("This year", "2023~"),
            ("last year", "2022~"),
            ("next year", "2024~"),
            ("earlier this month", "2023-06~"),
            ("last month", "2023-05~")
        ]
    );
    t!(
        en_rel_year_anaphoric,
        "Over the last year and in the next year.",
        "2023-06-14",
        []
    );
    t!(
        en_month_this_last_year,
        "In August this year and in August last year, and August 15 last year.",
        "2023-06-14",
        [
            ("August this year", "2023-08~"),
            ("August last year", "2022-08~"),
            ("August 15 last year", "2022-08-15~")
        ]
    );
    t!(
        en_last_next_month_name,
        "Since last August, and until next March.",
        "2023-06-14",
        [("last August", "2022-08~"), ("next March", "2024-03~")]
    );
    t!(
        en_month_alone_past,
        "In March the patrol boat seized a trawler.",
        "2023-06-14",
        [("March", "2023-03~")]
    );
    t!(
        en_month_alone_rolls_back,
        "In November the patrol boat seized a trawler.",
        "2023-01-20",
        [("November", "2022-11~")]
    );
    t!(
        en_month_alone_future,
        "The visit will take place in November.",
        "2023-06-14",
        [("November", "2023-11~")]
    );
    t!(
        en_month_alone_future_next_year,
        "Talks will be held in February.",
        "2023-11-20",
        [("February", "2024-02~")]
    );
    t!(
        en_month_day_no_year,
        "On June 15 the delegation arrived; on 3 June it left.",
        "2023-06-20",
        [("June 15", "2023-06-15~"), ("3 June", "2023-06-03~")]
    );
    t!(
        en_month_day_december_in_january,
        "On December 28 a drill was held on Etorofu.",
        "2024-01-05",
        [("December 28", "2023-12-28~")]
    );
    t!(
        en_month_list,
        "in July and August",
        "2023-09-01",
        [("July", "2023-07~"), ("August", "2023-08~")]
    );
    t!(
        en_counts_in_words_ago,
        "Forty years ago the war began. Twenty-five years ago, and eighteen months ago, talks failed.",
        "2022-05-28",
        [
            ("Forty years ago", "1982~"),
            ("Twenty-five years ago", "1997~"),
            ("eighteen months ago", "2020-11~")
        ]
    );
    t!(
        en_year_ago,
        "A year ago the talks collapsed.",
        "2023-06-14",
        [("A year ago", "2022~")]
    );
}
