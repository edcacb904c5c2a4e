//! The aggregate: what the timeline, the map and the event list ask of a
//! library of any size, answered from small tables the store keeps current
//! (schema version 5, [`sql`]), so the page never holds every event.
//!
//! - `event_counts`: events per place × year × how they were dated × planned;
//! - `dispute_event_counts`: events per dispute × year × month × dating ×
//!   planned, each event once per dispute (`''`: the whole library);
//! - `event_disputes`: every event under each of its disputes (and `''`) in
//!   the list's order, the index a page of the list is read from;
//! - `article_island_years` and `island_year_pairs`: how many articles have an
//!   event at an island in a range of years (see [`sql`]);
//! - `place_article_counts`, `dispute_article_counts`: how many articles
//!   mention each place and each dispute (the badges over all years);
//! - `excerpt_ranking` (version 6): per place and article, the mentions of
//!   the place and of the places on it, with the publication date: the
//!   island panel's order, read a page at a time ([`Library::excerpts_page`]);
//! - `dispute_coverage` (version 8, [`coverage`]): articles per dispute ×
//!   month × language × source, a dispute's coverage chart.
//!
//! Triggers on `events`, `event_places` and `mentions` keep them current in
//! the transaction of every change (import, delete, restore, corrections,
//! publication-date edits, re-analysis), whatever code makes it. What needs
//! the packs (a place's dispute and island) reads the `places` table, which
//! [`Library::set_places`] fills; when it changes, everything is rebuilt.

pub(crate) mod coverage;
pub(crate) mod sql;

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, TransactionBehavior};

use super::events::{event_record, EventRecord, YearCount, EVENT_ORDER, EVENT_SELECT};
use super::Library;
use crate::{Error, Result};

/// The SQL that builds every aggregate again, with the pair triggers.
pub(crate) const REBUILD: &str = concat!(
    sql::aggregate_rebuild!(),
    sql::island_pair_triggers!(),
    sql::excerpt_ranking_rebuild!(),
    coverage::coverage_rebuild!()
);

/// The tables of [`sql::aggregate_tables`], as built in memory for a
/// library without them.
const IN_MEMORY_TABLES: &[&str] = &[
    "places",
    "event_counts",
    "dispute_event_counts",
    "event_disputes",
    "article_island_years",
    "island_year_pairs",
    "place_article_counts",
    "dispute_article_counts",
    "library_counts",
    "dispute_coverage",
];

/// The most events [`Library::event_page`] answers at once.
pub const MAX_PAGE: usize = 1_000;

/// How far a rebuild of the aggregate has got ([`Library::set_places_with_progress`]):
/// `done` of its `total` SQL steps. The steps differ in cost (the event
/// list's index and the excerpts' order take most of it), so this counts
/// steps, not time; at a million articles a rebuild takes minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RebuildProgress {
    /// Steps done.
    pub done: usize,
    /// Steps in all.
    pub total: usize,
}

/// The statements of `sql`, each with its `;`: split at the end of each
/// line that ends one, except inside a `CREATE TRIGGER … END;` block.
fn statements(sql: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut in_trigger, mut at) = (0, false, 0);
    for line in sql.split_inclusive('\n') {
        let trimmed = line.trim();
        if !in_trigger && trimmed.starts_with("CREATE TRIGGER") {
            in_trigger = true;
        }
        at += line.len();
        let ends = if in_trigger {
            trimmed == "END;"
        } else {
            trimmed.ends_with(';')
        };
        if ends {
            out.push(sql[start..at].trim());
            start = at;
            in_trigger = false;
        }
    }
    if !sql[start..].trim().is_empty() {
        out.push(sql[start..].trim());
    }
    out
}

/// A place of a pack as the aggregate needs it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PlaceOfDispute {
    /// The place id.
    pub id: String,
    /// Its dispute (pack id).
    pub dispute: String,
    /// The island whose badge it counts for: itself for an island, the
    /// island that holds it for a sub-place, none for a group or an area.
    pub island: Option<String>,
    /// Part of the dispute, not context (a neighbouring island, a town
    /// across the strait): only these count in its coverage.
    pub disputed: bool,
}

impl PlaceOfDispute {
    /// Every place of `gazetteer`'s packs with its dispute and the island its
    /// events count for (what [`Library::set_places`] is told).
    pub fn all_of(gazetteer: &crate::gazetteer::Gazetteer) -> Vec<PlaceOfDispute> {
        use crate::gazetteer::{PlaceKind, Role};
        gazetteer
            .places()
            .iter()
            .map(|p| PlaceOfDispute {
                id: p.id.clone(),
                dispute: p.pack.clone(),
                island: match p.kind {
                    PlaceKind::Island => Some(p.id.clone()),
                    _ => p.island.clone(),
                },
                disputed: p.role == Role::Disputed,
            })
            .collect()
    }
}

/// A place (or island) and a number.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlaceCount {
    /// The place id.
    pub place: String,
    /// The number.
    pub count: usize,
}

/// Whose events, in which years: a dispute's (`None`: the whole library's)
/// from `from` to `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventScope<'a> {
    /// A dispute (pack id), or the whole library.
    pub dispute: Option<&'a str>,
    /// The first year.
    pub from: i32,
    /// The last year.
    pub to: i32,
}

impl EventScope<'_> {
    fn dispute_key(&self) -> &str {
        self.dispute.unwrap_or("")
    }
}

/// Some rows of the event list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventPage {
    /// How many events the scope holds (the list's length).
    pub total: usize,
    /// The index of the first event given.
    pub offset: usize,
    /// The events from `offset` on, in the list's order.
    pub events: Vec<EventRecord>,
}

impl Library {
    /// Tells the store each place's dispute and island (the packs in use).
    /// When they differ from what it knew, the aggregates are rebuilt (one
    /// transaction; seconds for a million articles); returns whether they were.
    ///
    /// # Errors
    /// [`Error::Store`] if SQLite fails (nothing is changed then).
    ///
    /// A library opened read-only at a version before the aggregate (4 or
    /// older: it cannot be upgraded) gets the aggregate built in memory
    /// instead, from its events and mentions, for as long as it is open:
    /// every query below then answers as on a current library.
    pub fn set_places(&mut self, places: &[PlaceOfDispute]) -> Result<bool> {
        self.set_places_with_progress(places, &mut |_| {})
    }

    /// [`Library::set_places`], telling `progress` after each step of a
    /// rebuild (not called when nothing is rebuilt).
    ///
    /// # Errors
    /// As [`Library::set_places`].
    pub fn set_places_with_progress(
        &mut self,
        places: &[PlaceOfDispute],
        progress: &mut dyn FnMut(RebuildProgress),
    ) -> Result<bool> {
        let mut wanted = places.to_vec();
        wanted.sort();
        wanted.dedup_by(|a, b| a.id == b.id);
        if !self.has_aggregate()? {
            self.build_aggregate_in_memory(&wanted)?;
            return Ok(true);
        }
        let known = self.known_places()?;
        if known == wanted {
            return Ok(false);
        }
        // Only which places are disputed changed (the first start after the
        // upgrade to version 8 learns them): only the coverage depends on it.
        let same_but_disputed = known.len() == wanted.len()
            && known
                .iter()
                .zip(&wanted)
                .all(|(k, w)| (&k.id, &k.dispute, &k.island) == (&w.id, &w.dispute, &w.island));
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM places", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO places (id, dispute, island, disputed) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for p in &wanted {
                insert.execute(params![p.id, p.dispute, p.island, p.disputed])?;
            }
        }
        let steps = statements(if same_but_disputed {
            coverage::coverage_rebuild!()
        } else {
            REBUILD
        });
        let total = steps.len();
        progress(RebuildProgress { done: 0, total });
        for (i, step) in steps.into_iter().enumerate() {
            tx.execute_batch(step)?;
            progress(RebuildProgress { done: i + 1, total });
        }
        tx.commit()?;
        // The rebuild went to the WAL as one transaction (660 MB at a million
        // articles). Checkpointed but not emptied, it stayed there, and every
        // later open read it all again to rebuild the WAL's index (0.3 s at
        // each start). Folded into the file and emptied now; best effort: a
        // reader that holds the WAL leaves it to a later checkpoint.
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(true)
    }

    /// Builds the aggregate's tables in the connection's temporary schema
    /// (which a read-only connection can write), where they hide nothing:
    /// the library has none of its own.
    fn build_aggregate_in_memory(&mut self, places: &[PlaceOfDispute]) -> Result<()> {
        let tables = concat!(sql::aggregate_tables!(), coverage::coverage_table!())
            .replace("CREATE TABLE ", "CREATE TEMP TABLE ")
            .replace("CREATE INDEX ", "CREATE INDEX temp.")
            .replace("ALTER TABLE ", "ALTER TABLE temp.");
        let tx = self.conn.transaction()?;
        for table in IN_MEMORY_TABLES {
            tx.execute_batch(&format!("DROP TABLE IF EXISTS temp.{table}"))?;
        }
        tx.execute_batch(&tables)?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO temp.places (id, dispute, island, disputed) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for p in places {
                insert.execute(params![p.id, p.dispute, p.island, p.disputed])?;
            }
        }
        tx.execute_batch(concat!(
            sql::aggregate_rebuild!(),
            coverage::coverage_rebuild!()
        ))?;
        tx.commit()?;
        Ok(())
    }

    /// Whether the library has the aggregate (schema version 5 or later: a
    /// library opened read-only at an older version has not).
    ///
    /// # Errors
    /// [`Error::Store`] if the version cannot be read.
    pub fn has_aggregate(&self) -> Result<bool> {
        Ok(super::schema::version(&self.conn)? >= 5)
    }

    /// Whether the library has the coverage aggregate (schema version 8, or
    /// built in memory for an old library opened read-only; not a library at
    /// versions 5 to 7 opened read-only).
    ///
    /// # Errors
    /// [`Error::Store`] if SQLite fails.
    pub fn has_coverage_aggregate(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM pragma_table_info('places') WHERE name = 'disputed')",
            [],
            |row| row.get(0),
        )?)
    }

    /// Whether the aggregate counts every one of `places` already, each with
    /// its dispute and island (it may count others too). A query with fewer
    /// packs than the library was built with (`atlas events --pack kuril` on
    /// the app's library) then reads it as it is, where [`Library::set_places`]
    /// would rebuild it for those packs alone (minutes at a million articles,
    /// and again at the app's next start).
    ///
    /// # Errors
    /// [`Error::Store`] if SQLite fails.
    pub fn knows_places(&self, places: &[PlaceOfDispute]) -> Result<bool> {
        if !self.has_aggregate()? {
            return Ok(false);
        }
        let known = self.known_places()?;
        Ok(places.iter().all(|p| known.binary_search(p).is_ok()))
    }

    /// The places the aggregate counts, in order.
    fn known_places(&self) -> Result<Vec<PlaceOfDispute>> {
        // A library opened read-only at versions 5 to 7 has no `disputed`.
        let disputed = if self.has_coverage_aggregate()? {
            "disputed"
        } else {
            "0"
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, dispute, island, {disputed} FROM places ORDER BY id"
        ))?;
        let rows = stmt.query_map([], |row| {
            Ok(PlaceOfDispute {
                id: row.get(0)?,
                dispute: row.get(1)?,
                island: row.get(2)?,
                disputed: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Events per year of a dispute (`None`: the whole library), each event
    /// once, in year order (years without events are left out).
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn dispute_histogram(&self, dispute: Option<&str>) -> Result<Vec<YearCount>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT year, SUM(events) FROM dispute_event_counts WHERE dispute = ?1 \
             GROUP BY year ORDER BY year",
        )?;
        let rows = stmt.query_map([dispute.unwrap_or("")], |row| {
            Ok(YearCount {
                year: row.get(0)?,
                count: row.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Events per place in the scope's years: the places of its dispute (of
    /// every dispute for the whole library), places without events left out.
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn place_event_counts(&self, scope: EventScope<'_>) -> Result<Vec<PlaceCount>> {
        let sql = if scope.dispute.is_some() {
            "SELECT c.place, SUM(c.events) FROM places q JOIN event_counts c ON c.place = q.id \
             WHERE q.dispute = ?1 AND c.year BETWEEN ?2 AND ?3 GROUP BY c.place ORDER BY c.place"
        } else {
            "SELECT place, SUM(events) FROM event_counts \
             WHERE ?1 = '' AND year BETWEEN ?2 AND ?3 GROUP BY place ORDER BY place"
        };
        self.place_counts(sql, scope)
    }

    /// For each island (of the scope's dispute), how many articles report an
    /// event there (or at a place on it) in the scope's years; islands with
    /// none are left out.
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn island_article_counts(&self, scope: EventScope<'_>) -> Result<Vec<PlaceCount>> {
        let sql = if scope.dispute.is_some() {
            "SELECT p.island, SUM(p.articles) FROM island_year_pairs p \
             WHERE p.island IN (SELECT island FROM places WHERE dispute = ?1) \
             AND p.year BETWEEN ?2 AND ?3 AND p.prev < ?2 GROUP BY p.island ORDER BY p.island"
        } else {
            "SELECT island, SUM(articles) FROM island_year_pairs \
             WHERE ?1 = '' AND year BETWEEN ?2 AND ?3 AND prev < ?2 \
             GROUP BY island ORDER BY island"
        };
        self.place_counts(sql, scope)
    }

    fn place_counts(&self, sql: &str, scope: EventScope<'_>) -> Result<Vec<PlaceCount>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params![scope.dispute_key(), scope.from, scope.to], |row| {
            Ok(PlaceCount {
                place: row.get(0)?,
                count: row.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many articles mention each dispute (an article naming two counts
    /// for both), from the aggregate: right once [`Library::set_places`] has
    /// been told the packs.
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn dispute_article_counts(&self) -> Result<HashMap<String, usize>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT dispute, articles FROM dispute_article_counts")?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// At most `limit` events of the scope from index `offset` of its list
    /// (date order, as [`Library::events`]), with the list's length.
    ///
    /// The list is read by index, not by key: it is virtualised, and its
    /// scroll bar jumps to any row. The aggregate's counts per month find the
    /// month that holds row `offset`, so the index is read from there with an
    /// offset within that month only: the cost is bounded by the largest
    /// month, not by the library.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for more than [`MAX_PAGE`] events,
    /// [`Error::Store`] if a query fails.
    pub fn event_page(
        &self,
        scope: EventScope<'_>,
        offset: usize,
        limit: usize,
    ) -> Result<EventPage> {
        if limit > MAX_PAGE {
            return Err(Error::InvalidInput(format!(
                "at most {MAX_PAGE} events can be asked for at once, not {limit}"
            )));
        }
        let tx = self.read_snapshot()?;
        let months: Vec<(i32, i32, usize)> = {
            let mut stmt = tx.prepare_cached(
                "SELECT year, month, SUM(events) FROM dispute_event_counts \
                 WHERE dispute = ?1 AND year BETWEEN ?2 AND ?3 \
                 GROUP BY year, month ORDER BY year, month",
            )?;
            let rows = stmt.query_map(params![scope.dispute_key(), scope.from, scope.to], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let total = months.iter().map(|m| m.2).sum();
        let mut skipped = 0;
        let start = months.iter().find(|&&(_, _, n)| {
            if skipped + n > offset {
                true
            } else {
                skipped += n;
                false
            }
        });
        let events = match start {
            Some(&(year, month, _)) if limit > 0 => {
                let select = EVENT_SELECT.as_str();
                let sql = format!(
                    "{select} WHERE e.id IN (SELECT event_id FROM event_disputes \
                     WHERE dispute = ?1 AND (year, month) >= (?2, ?3) AND year <= ?4 \
                     ORDER BY year, month, day, article_id, start, event_id \
                     LIMIT ?5 OFFSET ?6){EVENT_ORDER}"
                );
                let mut stmt = tx.prepare_cached(&sql)?;
                let rows = stmt.query_map(
                    params![
                        scope.dispute_key(),
                        year,
                        month,
                        scope.to,
                        i64::try_from(limit).unwrap_or(i64::MAX),
                        i64::try_from(offset - skipped).unwrap_or(i64::MAX),
                    ],
                    event_record,
                )?;
                rows.collect::<rusqlite::Result<_>>()?
            }
            _ => Vec::new(),
        };
        Ok(EventPage {
            total,
            offset,
            events,
        })
    }

    /// For each date (year, month, day; 0 for none), how many events of the
    /// scope come before an event of that date that sorts first within it:
    /// where the pack's curated events go in the list ([`Library::event_page`]).
    ///
    /// # Errors
    /// [`Error::Store`] if a query fails.
    pub fn events_before(
        &self,
        scope: EventScope<'_>,
        dates: &[(i32, i32, i32)],
    ) -> Result<Vec<usize>> {
        let tx = self.read_snapshot()?;
        let mut months = tx.prepare_cached(
            "SELECT COALESCE(SUM(events), 0) FROM dispute_event_counts \
             WHERE dispute = ?1 AND year BETWEEN ?2 AND ?3 AND (year, month) < (?4, ?5)",
        )?;
        let mut days = tx.prepare_cached(
            "SELECT COUNT(*) FROM event_disputes WHERE dispute = ?1 \
             AND year = ?2 AND month = ?3 AND day < ?4",
        )?;
        let mut out = Vec::with_capacity(dates.len());
        for &(year, month, day) in dates {
            let mut n: usize = months.query_row(
                params![scope.dispute_key(), scope.from, scope.to, year, month],
                |r| r.get(0),
            )?;
            if day > 0 && (scope.from..=scope.to).contains(&year) {
                n += days.query_row(params![scope.dispute_key(), year, month, day], |r| {
                    r.get::<_, usize>(0)
                })?;
            }
            out.push(n);
        }
        Ok(out)
    }

    /// The index of event `id` in the list of `scope` (where the list
    /// scrolls to show it), if it is in it.
    ///
    /// # Errors
    /// [`Error::Store`] if a query fails.
    pub fn event_index(&self, scope: EventScope<'_>, id: i64) -> Result<Option<usize>> {
        let tx = self.read_snapshot()?;
        let key: Option<(i32, i32, i32, i64, i64)> = tx
            .query_row(
                "SELECT year, COALESCE(month, 0), COALESCE(day, 0), article_id, start \
                 FROM events WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let Some((year, month, day, article, start)) = key else {
            return Ok(None);
        };
        if year < scope.from || year > scope.to {
            return Ok(None);
        }
        let before_month: usize = tx.query_row(
            "SELECT COALESCE(SUM(events), 0) FROM dispute_event_counts \
             WHERE dispute = ?1 AND year BETWEEN ?2 AND ?3 AND (year, month) < (?4, ?5)",
            params![scope.dispute_key(), scope.from, scope.to, year, month],
            |r| r.get(0),
        )?;
        let within: Option<usize> = tx
            .query_row(
                "SELECT (SELECT COUNT(*) FROM event_disputes WHERE dispute = ?1 \
                     AND year = ?2 AND month = ?3 \
                     AND (day, article_id, start, event_id) < (?4, ?5, ?6, ?7)) \
                 WHERE EXISTS (SELECT 1 FROM event_disputes WHERE dispute = ?1 AND year = ?2 \
                     AND month = ?3 AND day = ?4 AND article_id = ?5 AND start = ?6 \
                     AND event_id = ?7)",
                params![scope.dispute_key(), year, month, day, article, start, id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(within.map(|n| before_month + n))
    }
}

#[cfg(test)]
mod tests;
