//! [`Library::check`]: a full check of an open library, for `atlas check`
//! and a "check the library" action: SQLite's `integrity_check`, the schema
//! version and what the library holds.

use serde::Serialize;

use super::{schema, Library};
use crate::Result;

/// At most this many problems are reported.
const MAX_PROBLEMS: usize = 100;

/// What [`Library::check`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CheckReport {
    /// The library is whole: `integrity_check` said `ok` and everything could be counted.
    pub ok: bool,
    /// What `integrity_check` (or a count) reported instead of `ok`, at most 100 lines.
    pub problems: Vec<String>,
    /// Its schema version (`PRAGMA user_version`).
    pub schema_version: usize,
    /// The schema version this version of the app writes (an older library is upgraded when opened).
    pub current_schema_version: usize,
    /// Stored articles (`None` when they could not be counted).
    pub articles: Option<usize>,
    /// Their mentions of places.
    pub mentions: Option<usize>,
    /// Their dated events.
    pub events: Option<usize>,
}

impl Library {
    /// Checks every page and index of the library (`PRAGMA integrity_check`,
    /// which reads the whole file: seconds for a large library) and counts
    /// its articles, mentions and events. Writes nothing.
    ///
    /// # Errors
    /// [`Error::Store`](crate::Error::Store) if the schema version cannot be
    /// read; damage the check finds is in the report, not an error.
    pub fn check(&self) -> Result<CheckReport> {
        let schema_version = schema::version(&self.conn)?;
        let mut problems = match self.integrity_problems() {
            Ok(problems) => problems,
            Err(e) => vec![format!("integrity_check failed: {e}")],
        };
        let mut count = |table: &str| {
            let counted =
                self.conn
                    .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
                        row.get::<_, usize>(0)
                    });
            counted
                .map_err(|e| problems.push(format!("cannot count the {table}: {e}")))
                .ok()
        };
        let articles = count("articles");
        let mentions = count("mentions");
        let events = count("events");
        Ok(CheckReport {
            ok: problems.is_empty(),
            problems,
            schema_version,
            current_schema_version: schema::VERSION,
            articles,
            mentions,
            events,
        })
    }

    /// The lines of `integrity_check` other than `ok`.
    fn integrity_problems(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare(&format!("PRAGMA integrity_check({MAX_PROBLEMS})"))?;
        let lines: Vec<String> = stmt
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(lines.into_iter().filter(|line| line != "ok").collect())
    }
}
