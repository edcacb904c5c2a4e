//! What the tests of the date rules share: [`found`], every date of a text as
//! `(expression, date, relative)`, and the macro [`t`] that writes one test of
//! a text, its publication date and the dates expected.

use chrono::NaiveDate;

use super::find_dates;

/// The publication day `s` (`YYYY-MM-DD`).
pub(crate) fn pubdate(s: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

/// `(expression text, date string, relative)` of every date in `text`.
pub(crate) fn found(text: &str, published: Option<NaiveDate>) -> Vec<(String, String, bool)> {
    find_dates(text, published)
        .into_iter()
        .map(|m| {
            (
                text[m.byte_start..m.byte_end].to_string(),
                m.date.to_string(),
                m.relative,
            )
        })
        .collect()
}

/// `t!(name, text, published, [(expression, date), ...])`; published "" = none.
/// A trailing `~` on the date means "relative".
macro_rules! t {
    ($name:ident, $text:expr, $published:expr, [$(($expr:expr, $date:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let published = if $published.is_empty() {
                None
            } else {
                $crate::dates::expect::pubdate($published)
            };
            let expected: Vec<(String, String, bool)> = vec![$((
                $expr.to_string(),
                $date.trim_end_matches('~').to_string(),
                $date.ends_with('~'),
            )),*];
            assert_eq!(
                $crate::dates::expect::found($text, published),
                expected,
                "in {:?}",
                $text
            );
        }
    };
}

pub(crate) use t;
