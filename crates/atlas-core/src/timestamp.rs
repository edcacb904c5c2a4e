//! [`Timestamp`]: an instant the library records (when an article was imported),
//! at one precision, the millisecond, wherever it comes from.

use serde_with::{DeserializeFromStr, SerializeDisplay};
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};

/// An instant in UTC, to the millisecond. Its text form (stored, serialized and
/// shown) is RFC 3339 with three decimals and `Z`: `2026-12-05T09:30:00.250Z`.
///
/// The core never reads the clock: the app and the CLI make one with
/// `Timestamp::from(Utc::now())` and pass it in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, SerializeDisplay, DeserializeFromStr,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    /// The instant as a chrono value.
    pub fn as_datetime(&self) -> DateTime<Utc> {
        self.0
    }
}

impl From<DateTime<Utc>> for Timestamp {
    /// Rounds `instant` down to the millisecond.
    fn from(instant: DateTime<Utc>) -> Timestamp {
        Timestamp(instant.trunc_subsecs(3))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::Millis, true))
    }
}

impl FromStr for Timestamp {
    type Err = crate::Error;

    /// Parses any RFC 3339 instant (libraries written before version 0.2 of the
    /// CLI stored whole seconds), rounding it to the millisecond.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DateTime::parse_from_rfc3339(s)
            .map(|t| Timestamp::from(t.with_timezone(&Utc)))
            .map_err(|e| crate::Error::InvalidInput(format!("{s:?} is not an RFC 3339 time: {e}")))
    }
}

impl rusqlite::types::ToSql for Timestamp {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.to_string().into())
    }
}

impl rusqlite::types::FromSql for Timestamp {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        value
            .as_str()?
            .parse()
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_precision_whatever_the_source() {
        let precise: DateTime<Utc> = "2026-12-05T09:30:00.250999Z".parse().unwrap();
        assert_eq!(
            Timestamp::from(precise).to_string(),
            "2026-12-05T09:30:00.250Z"
        );
        let whole: Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
        assert_eq!(whole.to_string(), "2026-01-01T00:00:00.000Z");
        let offset: Timestamp = "2026-01-01T09:00:00+09:00".parse().unwrap();
        assert_eq!(offset, whole);
        assert_eq!(
            "yesterday".parse::<Timestamp>().unwrap_err().code(),
            "invalid_input"
        );
    }

    #[test]
    fn round_trips_through_json_and_sqlite() {
        let t: Timestamp = "2026-12-05T09:30:00.250Z".parse().unwrap();
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"2026-12-05T09:30:00.250Z\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let back: Timestamp = conn.query_row("SELECT ?1", [t], |r| r.get(0)).unwrap();
        assert_eq!(back, t);
        let bad = conn.query_row("SELECT 'x'", [], |r| r.get::<_, Timestamp>(0));
        assert!(bad.is_err());
    }
}
