//! Publication dates as files state them: metadata values (ISO 8601,
//! RFC 2822, ...) and, conservatively, a date line near the top of a text.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate};
use regex::Regex;

use crate::dates::rules::{en, ru};

/// Years accepted as publication years.
const YEARS: std::ops::RangeInclusive<i32> = 1800..=2200;

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let y: i32 = y.parse().ok()?;
    if !YEARS.contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
}

/// A month name (English, full or abbreviated, or Russian, in the nominative or
/// genitive) → month number, from the month words of [`crate::dates`].
fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    if n.is_ascii() {
        if n.len() < 3 {
            return None;
        }
        let i = en::MONTHS.iter().position(|m| n.starts_with(&m[..3]))?;
        // "sept" and prefixes of the full name only.
        return (en::MONTHS[i].starts_with(n) || n == "sept").then_some(i as u32 + 1);
    }
    // Russian genitive/nominative: "сентября", "мая", "марта".
    let i = ru::MONTH_STEMS.iter().position(|stem| {
        n.starts_with(stem) && {
            let rest = &n[stem.len()..];
            matches!(rest, "" | "я" | "ь" | "а" | "й" | "я." | "ь.")
                || (*stem == "ма" && matches!(rest, "я" | "й"))
        }
    })?;
    Some(i as u32 + 1)
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_,]|[+-]\d)").expect("regex")
});
static COMPACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})(\d{2})(\d{2})(?:$|T)").expect("regex"));
static DMY_DOTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$").expect("regex"));
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日").expect("regex")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?|[а-яА-ЯёЁ]{3,9})\s+(\d{4})(?:\s*(?:г\.|года))?")
        .expect("regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})").expect("regex")
});

/// Parses a date at the start of `s` in the unambiguous shapes: ISO
/// (`2015-09-21`, `2015/09/21`, with or without a time), `21.09.2015`,
/// `2015年9月21日`, `21 September 2015`, `September 21, 2015`,
/// `21 сентября 2015`. Returns the date and the byte length matched.
fn parse_prefix(s: &str) -> Option<(NaiveDate, usize)> {
    if let Some(c) = ISO.captures(s) {
        let end = c.get(3)?.end();
        return Some((ymd(&c[1], &c[2], &c[3])?, end));
    }
    if let Some(c) = CJK.captures(s) {
        return Some((ymd(&c[1], &c[2], &c[3])?, c.get(0)?.end()));
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(s) {
        let m = month_number(&c[2])?;
        return Some((ymd(&c[3], &m.to_string(), &c[1])?, c.get(0)?.end()));
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(s) {
        let m = month_number(&c[1])?;
        return Some((ymd(&c[3], &m.to_string(), &c[2])?, c.get(0)?.end()));
    }
    None
}

/// A date from a metadata value (`<meta content>`, JSON-LD, front matter,
/// e-mail headers): ISO 8601 / RFC 3339, RFC 2822, `20150921`, and the
/// shapes of [`parse_date_line`].
pub(crate) fn parse_meta_date(value: &str) -> Option<NaiveDate> {
    let v = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    if v.is_empty() || v.len() > 100 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(v) {
        return Some(dt.date_naive()).filter(|d| YEARS.contains(&chrono::Datelike::year(d)));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(v) {
        return Some(dt.date_naive()).filter(|d| YEARS.contains(&chrono::Datelike::year(d)));
    }
    if let Some(c) = COMPACT.captures(v) {
        return ymd(&c[1], &c[2], &c[3]);
    }
    if let Some(c) = DMY_DOTS.captures(v) {
        return ymd(&c[3], &c[2], &c[1]);
    }
    // "Mon, 21 Sep 2015" style without a valid RFC 2822 tail: drop a weekday.
    let v = strip_weekday(v);
    parse_prefix(v).map(|(d, _)| d)
}

fn strip_weekday(v: &str) -> &str {
    static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
        let abbreviations: Vec<&str> = en::WEEKDAYS.iter().map(|w| &w[..3]).collect();
        Regex::new(&format!(
            r"(?i)^(?:{})[a-z]*\.?,?\s+",
            abbreviations.join("|")
        ))
        .expect("regex")
    });
    WEEKDAY.find(v).map_or(v, |m| &v[m.end()..])
}

/// A line near the top of a plain text that states the publication date and
/// nothing else: an optional label (`Published:`, `Date:`, `Опубликовано:`,
/// `公開日：`, ...), a date in an unambiguous shape, and optionally a time.
/// Anything else on the line makes it not a date line.
pub(crate) fn parse_date_line(line: &str) -> Option<NaiveDate> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?:published(?:\s+on)?|posted(?:\s+on)?|date|dated|publication\s+date|опубликовано|дата(?:\s+публикации)?|公開日?|掲載日?|日付|発行日)\s*[:：]?\s*",
        )
        .expect("regex")
    });
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\s*(?:,|at|в)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm))?(?:\s*(?:[a-z]{2,5}|utc[+-]\d{1,2}|gmt[+-]\d{1,2}|[+-]\d{2}:?\d{2}))?)?\s*$")
            .expect("regex")
    });
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 80 {
        return None;
    }
    let rest = LABEL.find(line).map_or(line, |m| &line[m.end()..]);
    let rest = strip_weekday(rest);
    if let Some(c) = DMY_DOTS.captures(rest) {
        return ymd(&c[3], &c[2], &c[1]);
    }
    let (date, end) = parse_prefix(rest)?;
    TAIL.is_match(&rest[end..]).then_some(date)
}

/// The publication date stated by a date line among the first few lines of
/// `text`, if any (see [`parse_date_line`]).
pub(crate) fn date_from_text_head(text: &str) -> Option<NaiveDate> {
    head_lines(text).find_map(parse_date_line)
}

/// The first five non-empty lines of `text`.
pub(crate) fn head_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(5)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn meta_values() {
        assert_eq!(parse_meta_date("2015-09-21T10:00:00+09:00"), d(2015, 9, 21));
        assert_eq!(parse_meta_date("2015-09-21"), d(2015, 9, 21));
        assert_eq!(parse_meta_date("2015/09/21 10:00"), d(2015, 9, 21));
        assert_eq!(parse_meta_date("20150921"), d(2015, 9, 21));
        assert_eq!(
            parse_meta_date("Mon, 21 Sep 2015 10:00:00 +0900"),
            d(2015, 9, 21)
        );
        assert_eq!(parse_meta_date("21.09.2015"), d(2015, 9, 21));
        assert_eq!(parse_meta_date("September 21, 2015"), d(2015, 9, 21));
        assert_eq!(parse_meta_date("2015年9月21日"), d(2015, 9, 21));
        assert_eq!(parse_meta_date("2015-02-30"), None);
        assert_eq!(parse_meta_date("yesterday"), None);
        assert_eq!(parse_meta_date(""), None);
        assert_eq!(parse_meta_date("0001-01-01"), None);
    }

    #[test]
    fn date_lines() {
        assert_eq!(
            parse_date_line("Published: 21 September 2015"),
            d(2015, 9, 21)
        );
        assert_eq!(parse_date_line("2015-09-21"), d(2015, 9, 21));
        assert_eq!(parse_date_line("21.09.2015"), d(2015, 9, 21));
        assert_eq!(parse_date_line("2015年9月21日"), d(2015, 9, 21));
        assert_eq!(
            parse_date_line("公開日：2015年9月21日 10:30"),
            d(2015, 9, 21)
        );
        assert_eq!(
            parse_date_line("Опубликовано: 21 сентября 2015 г."),
            d(2015, 9, 21)
        );
        assert_eq!(
            parse_date_line("Monday, September 21, 2015 at 10:30 JST"),
            d(2015, 9, 21)
        );
        assert_eq!(parse_date_line("1 May 2016"), d(2016, 5, 1));
        assert_eq!(parse_date_line("21 мая 2016"), d(2016, 5, 21));
    }

    #[test]
    fn date_lines_are_conservative() {
        // A sentence that merely starts with a date is not a date line.
        assert_eq!(
            parse_date_line("21 September 2015 was the day talks resumed in Moscow."),
            None
        );
        assert_eq!(parse_date_line("2015-09-21: Lavrov meets Kishida"), None);
        assert_eq!(parse_date_line("09/21/2015"), None);
        assert_eq!(parse_date_line("Updated: 2015-09-21"), None);
        assert_eq!(parse_date_line("21 Mayday 2015"), None);
        assert_eq!(parse_date_line("The islands"), None);
    }

    #[test]
    fn head_of_text() {
        let t = "Talks on Kunashir\n\nPublished: 21 September 2015\n\nBody.";
        assert_eq!(date_from_text_head(t), d(2015, 9, 21));
        let t = "a\nb\nc\nd\ne\n2015-09-21";
        assert_eq!(date_from_text_head(t), None);
    }
}
