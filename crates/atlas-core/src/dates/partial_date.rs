//! [`PartialDate`], a date at the precision a text gives, and its one string
//! form `YYYY[-MM[-DD]]`: printed by [`Display`](fmt::Display), parsed by
//! [`FromStr`], and used as is by serde, by SQLite (a TEXT value) and by
//! TypeScript (a `string`).

use serde_with::{DeserializeFromStr, SerializeDisplay};
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

/// A calendar date at the precision the text gives: a year, a month or a day.
///
/// Its string form (used by [`Display`](fmt::Display), [`FromStr`], serde, SQL
/// and TypeScript, where it is a `string`) is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, SerializeDisplay, DeserializeFromStr,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(type = "string"))]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month, 1–12, when the text gives one.
    pub month: Option<u32>,
    /// The day of the month, when the text gives one (only with a month).
    pub day: Option<u32>,
}

impl PartialDate {
    /// A year.
    pub fn from_year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// A month of a year, if `month` is 1–12.
    pub fn from_year_month(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A year with the month and day where they are given (a day without a
    /// month is left out); `None` when the month or day does not exist.
    pub fn from_parts(year: i32, month: Option<u32>, day: Option<u32>) -> Option<Self> {
        match (month, day) {
            (Some(m), Some(d)) => Self::from_ymd(year, m, d),
            (Some(m), None) => Self::from_year_month(year, m),
            (None, _) => Some(Self::from_year(year)),
        }
    }

    /// A day, if it exists in the calendar.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Self::from_date)
    }

    /// The day `date`.
    pub fn from_date(date: NaiveDate) -> Self {
        PartialDate {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// Whether only the year is known.
    pub fn is_year_only(&self) -> bool {
        self.month.is_none()
    }

    /// Whether the day is known.
    pub fn is_day(&self) -> bool {
        self.month.is_some() && self.day.is_some()
    }

    /// The first day it covers (`None` if the fields are not a valid date).
    pub fn first_day(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day it covers (`None` if the fields are not a valid date).
    pub fn last_day(&self) -> Option<NaiveDate> {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => NaiveDate::from_ymd_opt(self.year, m, 1)?
                .checked_add_months(Months::new(1))?
                .pred_opt(),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
    }

    /// Whether `other` is a more precise date inside this one (2010-11-01 in 2010).
    pub fn contains(&self, other: &PartialDate) -> bool {
        if self.year != other.year || self == other {
            return false;
        }
        match (self.month, self.day) {
            (None, _) => other.month.is_some(),
            (Some(m), None) => other.month == Some(m) && other.day.is_some(),
            _ => false,
        }
    }

    /// Whether it is a real calendar date at its precision: a year from 1 to
    /// 9999, a month 1–12, a day that exists in that month, and no day without
    /// a month. (The fields are public, so a value built by hand may not be.)
    pub fn is_valid(&self) -> bool {
        (1..=9999).contains(&self.year)
            && match (self.month, self.day) {
                (None, None) => true,
                (Some(m), None) => (1..=12).contains(&m),
                (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d).is_some(),
                (None, Some(_)) => false,
            }
    }

    /// Parses a day given as `YYYY-MM-DD` (a publication date, say).
    ///
    /// # Errors
    /// [`InvalidInput`](crate::Error::InvalidInput) for anything else, with an example.
    pub fn parse_day(s: &str) -> crate::Result<NaiveDate> {
        s.trim()
            .parse::<PartialDate>()
            .ok()
            .filter(PartialDate::is_day)
            .and_then(|d| d.first_day())
            .ok_or_else(|| {
                crate::Error::InvalidInput(format!(
                    "{s:?} is not a date; give it as YYYY-MM-DD, for example 2024-02-16"
                ))
            })
    }

    /// `self` if it [is valid](Self::is_valid), else an
    /// [`InvalidInput`](crate::Error::InvalidInput) error that says what a valid
    /// date is.
    pub fn validate(self) -> crate::Result<Self> {
        if self.is_valid() {
            Ok(self)
        } else {
            Err(crate::Error::InvalidInput(format!(
                "{self} is not a valid date (give a year from 1 to 9999, optionally a month 1–12 and a day of that month)"
            )))
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl FromStr for PartialDate {
    type Err = crate::Error;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |why: &str| {
            crate::Error::InvalidInput(format!(
                "invalid date {s:?}: {why} (expected YYYY, YYYY-MM or YYYY-MM-DD)"
            ))
        };
        let parts: Vec<&str> = s.split('-').collect();
        let number = |p: &str, len: usize, what: &str| -> Result<u32, crate::Error> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(&format!("the {what} must be {len} digits")));
            }
            p.parse().map_err(|_| bad(&format!("bad {what}")))
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(bad("wrong number of parts"));
        }
        let year = number(parts[0], 4, "year")? as i32;
        let Some(month) = parts.get(1) else {
            return Ok(PartialDate::from_year(year));
        };
        let month = number(month, 2, "month")?;
        let Some(day) = parts.get(2) else {
            return PartialDate::from_year_month(year, month)
                .ok_or_else(|| bad("the month must be 01-12"));
        };
        let day = number(day, 2, "day")?;
        PartialDate::from_ymd(year, month, day).ok_or_else(|| bad("no such day"))
    }
}

/// Compares with the string form (`date == "1945-08"`).
impl PartialEq<&str> for PartialDate {
    fn eq(&self, other: &&str) -> bool {
        other.parse::<PartialDate>().is_ok_and(|d| d == *self)
    }
}

impl ToSql for PartialDate {
    /// Stored as its text, `YYYY[-MM[-DD]]`.
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for PartialDate {
    /// Read from its text; any other value, or a malformed text, is an error.
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        value
            .as_str()?
            .parse()
            .map_err(|e: crate::Error| FromSqlError::Other(Box::new(e)))
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::*;

    fn date(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    fn day(s: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn partial_date_string_forms() {
        for s in ["1945", "1945-02", "2010-11-01"] {
            assert_eq!(date(s).to_string(), s);
            let json = serde_json::to_string(&date(s)).unwrap();
            assert_eq!(json, format!("\"{s}\""));
            let back: PartialDate = serde_json::from_str(&json).unwrap();
            assert_eq!(back, date(s));
        }
        assert_eq!(date("0800").to_string(), "0800");
        assert_eq!(date("2010-11-01").year(), 2010);
    }

    #[test]
    fn partial_date_rejects_bad_strings() {
        for s in [
            "",
            "45",
            "1945-2",
            "1945-13",
            "2023-02-29",
            "1945-02-01-03",
            "abcd",
            "1945/02",
        ] {
            let err = s.parse::<PartialDate>().unwrap_err();
            assert_eq!(err.code(), "invalid_input", "{s}");
            assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
        }
        assert!(serde_json::from_str::<PartialDate>("\"1945-13\"").is_err());
    }

    #[test]
    fn partial_date_days_and_containment() {
        let feb = date("2024-02");
        assert_eq!(feb.first_day(), day("2024-02-01"));
        assert_eq!(feb.last_day(), day("2024-02-29"));
        assert_eq!(date("2010").last_day(), day("2010-12-31"));
        assert!(date("2010").contains(&date("2010-11-01")));
        assert!(date("2010-11").contains(&date("2010-11-01")));
        assert!(!date("2010-11").contains(&date("2010-11")));
        assert!(!date("2011").contains(&date("2010-11-01")));
    }

    #[test]
    fn sql_round_trip_as_text() {
        let db = Connection::open_in_memory().unwrap();
        db.execute_batch("CREATE TABLE t (d TEXT)").unwrap();
        for s in ["1945", "1945-02", "2010-11-01", "0800"] {
            db.execute("DELETE FROM t", []).unwrap();
            db.execute("INSERT INTO t (d) VALUES (?1)", [date(s)])
                .unwrap();
            let text: String = db.query_row("SELECT d FROM t", [], |r| r.get(0)).unwrap();
            assert_eq!(text, s);
            let back: PartialDate = db.query_row("SELECT d FROM t", [], |r| r.get(0)).unwrap();
            assert_eq!(back, date(s));
        }
    }

    #[test]
    fn sql_rejects_malformed_values() {
        let db = Connection::open_in_memory().unwrap();
        for value in [
            "'1945-13'",
            "'2023-02-29'",
            "'yesterday'",
            "''",
            "1945",
            "NULL",
            "x'31393435'",
        ] {
            let read: rusqlite::Result<PartialDate> =
                db.query_row(&format!("SELECT {value}"), [], |r| r.get(0));
            assert!(read.is_err(), "{value} read as {read:?}");
        }
        let err = db
            .query_row("SELECT '1945-13'", [], |r| r.get::<_, PartialDate>(0))
            .unwrap_err();
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
    }

    #[test]
    fn validity_at_each_precision() {
        for s in ["0001", "9999", "1945-12", "2024-02-29"] {
            assert!(date(s).is_valid(), "{s}");
            assert_eq!(date(s).validate().unwrap(), date(s));
        }
        let invalid = [
            PartialDate::from_year(0),
            PartialDate::from_year(10_000),
            PartialDate::from_year(-44),
            PartialDate {
                year: 1945,
                month: Some(13),
                day: None,
            },
            PartialDate {
                year: 1945,
                month: Some(0),
                day: None,
            },
            PartialDate {
                year: 2023,
                month: Some(2),
                day: Some(29),
            },
            PartialDate {
                year: 1945,
                month: Some(4),
                day: Some(31),
            },
            PartialDate {
                year: 1945,
                month: None,
                day: Some(3),
            },
        ];
        for d in invalid {
            assert!(!d.is_valid(), "{d:?}");
            let err = d.validate().unwrap_err();
            assert_eq!(err.code(), "invalid_input");
            assert!(err.to_string().contains("is not a valid date"), "{err}");
        }
        // "0000" has the string form but is no calendar year.
        assert!(!date("0000").is_valid());
    }
}
