//! Dated events: the timeline, its histogram, and the replacement of an
//! article's events when its publication date changes (the caller extracts
//! them again: the store runs no analysis).

use chrono::NaiveDate;
use std::sync::LazyLock;

use rusqlite::{params, Connection, Row, TransactionBehavior};

use super::corrections::{reapply_event_dates, DateCorrection};
use super::{article_not_found, sql_offset, Library};
use crate::dates::PartialDate;
use crate::events::{DatedBy, Event, Reference};
use crate::{Error, Result, Timestamp};

/// Which events [`Library::events`] returns. The default is all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EventFilter {
    /// The first year wanted (inclusive).
    pub from: Option<i32>,
    /// The last year wanted (inclusive).
    pub to: Option<i32>,
    /// Only events at this place id.
    pub place: Option<String>,
}

/// A stored event without its text: what a timeline indexes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventStub {
    /// The event's id (changes when the article's events are re-extracted).
    pub id: i64,
    /// The article that reports it.
    pub article_id: i64,
    /// When, at the precision the text gives.
    pub date: PartialDate,
    /// The year of `date`.
    pub year: i32,
    /// Place ids in order of first mention.
    pub places: Vec<String>,
    /// Whether the date was resolved against the publication date.
    pub relative: bool,
    /// Whether the event is planned rather than reported as having happened.
    pub planned: bool,
    /// How the extractor found its date (kept when the user corrects the date).
    pub dated_by: DatedBy,
}

/// One dated event reported by a stored article (with corrections applied):
/// its stub and its text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventRecord {
    /// When, where, which article.
    #[serde(flatten)]
    pub stub: EventStub,
    /// That article's title.
    pub article_title: String,
    /// That article's source, when known (not serialized: an export has the
    /// article's own `source`).
    #[serde(skip)]
    pub article_source: Option<String>,
    /// The sentence that reports it.
    pub sentence: String,
    /// Character offset of the sentence in the article text.
    pub start: usize,
    /// Character end offset of the sentence.
    pub end: usize,
    /// The words that refer to its places without naming them, in text order.
    pub references: Vec<Reference>,
    /// Whether a person corrected its date ([`Library::correct_event_date`]).
    pub corrected: bool,
    /// The extracted date and the time of the correction, when a person corrected it.
    pub date_correction: Option<DateCorrection>,
}

/// How many events fall in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct YearCount {
    /// The year.
    pub year: i32,
    /// The number of article events dated in it.
    pub count: usize,
}

/// The most events [`Library::events_by_id`] answers in one call.
pub const MAX_EVENT_IDS: usize = 1_000;

/// The columns [`event_stub`] reads, first in every event query.
const STUB_COLUMNS: &str = "e.id, e.article_id, e.date, e.year, \
     (SELECT json_group_array(p.place ORDER BY p.position) FROM event_places p WHERE p.event_id = e.id), \
     e.relative, e.planned, e.dated_by";

/// Selects the columns [`event_record`] reads; callers append `WHERE`/`ORDER BY`.
pub(super) static EVENT_SELECT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {STUB_COLUMNS}, a.title, e.sentence, e.start, e.\"end\", \
         (SELECT json_group_array(json_object('start', r.start, 'end', r.\"end\", \
              'text', r.text, 'places', json(r.places)) ORDER BY r.position) \
          FROM event_references r WHERE r.event_id = e.id), \
         (SELECT c.created_at FROM corrections c WHERE c.article_id = e.article_id \
              AND c.kind = 'event_date' AND c.key = e.start || ':' || e.extracted_date), \
         e.extracted_date, \
         a.source \
         FROM events e JOIN articles a ON a.id = e.article_id"
    )
});

/// The order of the timeline.
pub(super) const EVENT_ORDER: &str =
    " ORDER BY e.year, e.month, e.day, e.article_id, e.start, e.id";

/// Reads the [`STUB_COLUMNS`] at the start of a row.
fn event_stub(row: &Row<'_>) -> rusqlite::Result<EventStub> {
    let places: String = row.get(4)?;
    Ok(EventStub {
        id: row.get(0)?,
        article_id: row.get(1)?,
        date: row.get(2)?,
        year: row.get(3)?,
        places: parse_json(4, &places)?,
        relative: row.get(5)?,
        planned: row.get(6)?,
        dated_by: row.get(7)?,
    })
}

/// Reads a row selected by [`EVENT_SELECT`].
pub(super) fn event_record(row: &Row<'_>) -> rusqlite::Result<EventRecord> {
    let corrected_at: Option<Timestamp> = row.get(13)?;
    let date_correction = match corrected_at {
        Some(at) => Some(DateCorrection {
            extracted: row.get(14)?,
            at,
        }),
        None => None,
    };
    Ok(EventRecord {
        stub: event_stub(row)?,
        article_title: row.get(8)?,
        sentence: row.get(9)?,
        start: row.get(10)?,
        end: row.get(11)?,
        references: parse_json(12, &row.get::<_, String>(12)?)?,
        corrected: date_correction.is_some(),
        date_correction,
        article_source: row.get(15)?,
    })
}

/// A value built by SQLite's JSON functions (an event's places, its
/// references) in column `column`.
fn parse_json<T: serde::de::DeserializeOwned>(column: usize, json: &str) -> rusqlite::Result<T> {
    serde_json::from_str(json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Inserts `events` for article `article_id`, as extracted (no corrections).
pub(super) fn insert_events(tx: &Connection, article_id: i64, events: &[Event]) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO events (article_id, date, year, month, day, extracted_date, sentence, \
         start, \"end\", relative, planned, dated_by) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?2, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let mut place = tx.prepare_cached(
        "INSERT INTO event_places (event_id, place, position) VALUES (?1, ?2, ?3)",
    )?;
    let mut reference = tx.prepare_cached(
        "INSERT INTO event_references (event_id, position, start, \"end\", text, places) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for event in events {
        insert.execute(params![
            article_id,
            event.date,
            event.date.year,
            event.date.month,
            event.date.day,
            event.sentence,
            sql_offset(event.start)?,
            sql_offset(event.end)?,
            event.relative,
            event.planned,
            event.dated_by,
        ])?;
        let event_id = tx.last_insert_rowid();
        for (position, id) in event.places.iter().enumerate() {
            place.execute(params![event_id, id, sql_offset(position)?])?;
        }
        for (position, r) in event.references.iter().enumerate() {
            let places = serde_json::to_string(&r.places)
                .map_err(|e| Error::InvalidInput(format!("reference places: {e}")))?;
            reference.execute(params![
                event_id,
                sql_offset(position)?,
                sql_offset(r.start)?,
                sql_offset(r.end)?,
                r.text,
                places,
            ])?;
        }
    }
    Ok(())
}

/// The events of article `article_id`, in text order.
pub(super) fn article_events(conn: &Connection, article_id: i64) -> Result<Vec<EventRecord>> {
    let select = EVENT_SELECT.as_str();
    let sql = format!("{select} WHERE e.article_id = ?1 ORDER BY e.start, e.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([article_id], event_record)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Library {
    /// The events of all stored articles that pass `filter`, in date order
    /// (a year before its months, a month before its days).
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<EventRecord>> {
        let select = EVENT_SELECT.as_str();
        let sql = format!(
            "{select} WHERE (?1 IS NULL OR e.year >= ?1) AND (?2 IS NULL OR e.year <= ?2) \
             AND (?3 IS NULL OR EXISTS (SELECT 1 FROM event_places q \
                  WHERE q.event_id = e.id AND q.place = ?3)){EVENT_ORDER}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![filter.from, filter.to, filter.place], event_record)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every stored event without its text, in date order: a large library's
    /// timeline in a fraction of the memory of [`Library::events`].
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn event_stubs(&self) -> Result<Vec<EventStub>> {
        let sql = format!("SELECT {STUB_COLUMNS} FROM events e{EVENT_ORDER}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], event_stub)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The events with the given `ids`, in date order; ids that do not exist
    /// (deleted since, say) are left out.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for more than [`MAX_EVENT_IDS`] ids,
    /// [`Error::Store`] if the query fails.
    pub fn events_by_id(&self, ids: &[i64]) -> Result<Vec<EventRecord>> {
        if ids.len() > MAX_EVENT_IDS {
            return Err(Error::InvalidInput(format!(
                "at most {MAX_EVENT_IDS} events can be asked for at once, not {}",
                ids.len()
            )));
        }
        let ids = serde_json::to_string(ids).map_err(|e| Error::InvalidInput(e.to_string()))?;
        let select = EVENT_SELECT.as_str();
        let sql = format!("{select} WHERE e.id IN (SELECT value FROM json_each(?1)){EVENT_ORDER}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([ids], event_record)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The number of article events per year, in year order (years without
    /// events are left out).
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn event_histogram(&self) -> Result<Vec<YearCount>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT year, COUNT(*) FROM events GROUP BY year ORDER BY year")?;
        let rows = stmt.query_map([], |row| {
            Ok(YearCount {
                year: row.get(0)?,
                count: row.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The number of stored articles that report no dated event.
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn undated_article_count(&self) -> Result<usize> {
        // Kept by the aggregate's triggers (see `aggregate`), but a library
        // opened read-only at an older version has none.
        let sql = if self.has_aggregate()? {
            "SELECT n FROM library_counts WHERE name = 'undated'"
        } else {
            "SELECT COUNT(*) FROM articles a \
             WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)"
        };
        let n: usize = self.conn.query_row(sql, [], |row| row.get(0))?;
        Ok(n)
    }

    /// Sets the publication date of article `id` and replaces its events with
    /// `events` (extracted again by the caller: relative dates depend on the
    /// publication date). Event-date corrections are re-applied to the new
    /// events whose sentence start and extracted date match. One transaction.
    ///
    /// # Errors
    /// [`Error::NotFound`] if there is no such article, [`Error::Store`] if
    /// SQLite fails (nothing is changed then).
    pub fn replace_events(
        &mut self,
        id: i64,
        published: Option<NaiveDate>,
        events: &[Event],
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = tx.execute(
            "UPDATE articles SET published = ?2 WHERE id = ?1",
            params![id, published],
        )?;
        if changed == 0 {
            return Err(article_not_found(id));
        }
        tx.execute("DELETE FROM events WHERE article_id = ?1", [id])?;
        insert_events(&tx, id, events)?;
        reapply_event_dates(&tx, id)?;
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::*;
    use crate::store::ImportOutcome;

    fn library() -> (Library, i64, i64) {
        let mut lib = Library::open_in_memory().unwrap();
        let (a, analysis) = sample_en();
        let ImportOutcome::Stored { id: en } = lib.import("en.txt", &a, &analysis, *T0).unwrap()
        else {
            panic!()
        };
        let (a, analysis) = sample_ru();
        let ImportOutcome::Stored { id: ru } = lib.import("ru.txt", &a, &analysis, *T1).unwrap()
        else {
            panic!()
        };
        (lib, en, ru)
    }

    #[test]
    fn lists_events_in_date_order_with_filters() {
        let (lib, en, ru) = library();
        let all = lib.events(&EventFilter::default()).unwrap();
        let dates: Vec<_> = all.iter().map(|e| e.stub.date.to_string()).collect();
        assert_eq!(dates, ["2019", "2021-03", "2022-09-01"]);
        assert_eq!(all[0].stub.article_id, en);
        assert_eq!(all[0].article_title, "Drills on Kunashir");
        assert_eq!(all[0].article_source.as_deref(), Some("Example News"));
        assert_eq!(all[0].stub.places, ["yuzhno-kurilsk", "kunashir"]);
        assert_eq!(all[2].stub.article_id, ru);
        assert!(all[1].sentence.starts_with("Russia held exercises"));
        let text = sample_en().0.text;
        assert_eq!(
            text.chars()
                .skip(all[1].start)
                .take(all[1].end - all[1].start)
                .collect::<String>(),
            all[1].sentence
        );

        let from = EventFilter {
            from: Some(2020),
            ..Default::default()
        };
        assert_eq!(lib.events(&from).unwrap().len(), 2);
        let range = EventFilter {
            from: Some(2019),
            to: Some(2021),
            place: None,
        };
        assert_eq!(lib.events(&range).unwrap().len(), 2);
        let place = EventFilter {
            place: Some("iturup".into()),
            ..Default::default()
        };
        let at = lib.events(&place).unwrap();
        assert_eq!(at.len(), 1);
        assert_eq!(at[0].stub.date, "2022-09-01");
        let none = EventFilter {
            place: Some("shikotan".into()),
            ..Default::default()
        };
        assert!(lib.events(&none).unwrap().is_empty());
    }

    #[test]
    fn lists_event_stubs_and_finds_events_by_id() {
        let (lib, _, _) = library();
        let all = lib.events(&EventFilter::default()).unwrap();
        let stubs = lib.event_stubs().unwrap();
        assert_eq!(stubs.len(), all.len());
        for (stub, full) in stubs.iter().zip(&all) {
            assert_eq!(stub, &full.stub);
        }
        let wanted = [all[2].stub.id, 999_999, all[0].stub.id];
        let found = lib.events_by_id(&wanted).unwrap();
        assert_eq!(found, vec![all[0].clone(), all[2].clone()]);
        assert!(lib.events_by_id(&[]).unwrap().is_empty());
        let too_many = vec![1; MAX_EVENT_IDS + 1];
        assert_eq!(
            lib.events_by_id(&too_many).unwrap_err().code(),
            "invalid_input"
        );
    }

    #[test]
    fn histogram_and_undated_count() {
        let (mut lib, _, _) = library();
        let (mut a, mut analysis) = sample_ja();
        analysis.events.clear();
        a.title = "no events".into();
        lib.import("ja.txt", &a, &analysis, *T2).unwrap();
        assert_eq!(
            lib.event_histogram().unwrap(),
            [
                YearCount {
                    year: 2019,
                    count: 1
                },
                YearCount {
                    year: 2021,
                    count: 1
                },
                YearCount {
                    year: 2022,
                    count: 1
                }
            ]
        );
        assert_eq!(lib.undated_article_count().unwrap(), 1);
    }

    #[test]
    fn set_published_re_extracts_events() {
        let (mut lib, en, _) = library();
        let day = NaiveDate::from_ymd_opt(2024, 5, 1);
        set_published_with(&mut lib, en, day, &fake_extract).unwrap();
        let record = lib.article(en).unwrap();
        assert_eq!(record.published, day);
        let dates: Vec<_> = record
            .events
            .iter()
            .map(|e| e.stub.date.to_string())
            .collect();
        // The fake extractor reads years, and "last year" against the new date.
        assert_eq!(dates, ["2021", "2023", "2019"]);
        assert!(record.events[1].stub.relative);

        set_published_with(&mut lib, en, None, &fake_extract).unwrap();
        let record = lib.article(en).unwrap();
        assert_eq!(record.published, None);
        assert_eq!(
            record.events.len(),
            2,
            "no relative dates without a publication date"
        );

        let err = set_published_with(&mut lib, 999, day, &fake_extract).unwrap_err();
        assert_eq!(err.code(), "not_found");
    }

    #[test]
    fn set_published_is_atomic() {
        let (mut lib, en, _) = library();
        lib.conn
            .execute_batch(
                "CREATE TEMP TRIGGER fail BEFORE INSERT ON events \
                 BEGIN SELECT RAISE(ABORT, 'forced'); END;",
            )
            .unwrap();
        let day = NaiveDate::from_ymd_opt(2024, 5, 1);
        assert!(set_published_with(&mut lib, en, day, &fake_extract).is_err());
        let record = lib.article(en).unwrap();
        assert_eq!(record.published, sample_en().0.published);
        assert_eq!(record.events.len(), 2);
    }

    fn count(lib: &Library, table: &str) -> i64 {
        lib.conn
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn keeps_how_each_date_was_found_and_the_references() {
        let mut lib = Library::open_in_memory().unwrap();
        let (a, analysis) = sample_news();
        let ImportOutcome::Stored { id } = lib.import("news.txt", &a, &analysis, *T0).unwrap()
        else {
            panic!()
        };
        let record = lib.article(id).unwrap();
        let by: Vec<_> = record.events.iter().map(|e| e.stub.dated_by).collect();
        assert_eq!(by, [DatedBy::Publication, DatedBy::Stated]);
        assert!(record.events[0].references.is_empty());
        assert_eq!(record.events[1].references, analysis.events[1].references);
        let these = &record.events[1].references[0];
        assert_eq!(these.text, "these islands");
        assert_eq!(
            a.text
                .chars()
                .skip(these.start)
                .take(these.end - these.start)
                .collect::<String>(),
            "these islands"
        );

        // The timeline's queries read the same (in date order: 2016 first).
        let all = lib.events(&EventFilter::default()).unwrap();
        assert_eq!(all[0].references, record.events[1].references);
        assert_eq!(all[1].stub.dated_by, DatedBy::Publication);
        let stubs: Vec<_> = lib.event_stubs().unwrap();
        assert_eq!(stubs[1], all[1].stub);
        let by_id = lib.events_by_id(&[all[0].stub.id]).unwrap();
        assert_eq!(by_id[0].references, all[0].references);

        // Every way of dating, and several references in order, survive a replace.
        let text = NEWS_TEXT;
        let ways = [
            DatedBy::Stated,
            DatedBy::Relative,
            DatedBy::Publication,
            DatedBy::Dateline,
        ];
        let events: Vec<Event> = ways
            .iter()
            .enumerate()
            .map(|(i, &dated_by)| Event {
                dated_by,
                relative: dated_by == DatedBy::Relative,
                date: ymd(2020 + i as i32, None, None),
                references: vec![
                    reference(text, "these islands", &["iturup"]),
                    reference(text, "the same system", &[]),
                ],
                ..analysis.events[0].clone()
            })
            .collect();
        lib.replace_events(id, a.published, &events).unwrap();
        let record = lib.article(id).unwrap();
        let by: Vec<_> = record.events.iter().map(|e| e.stub.dated_by).collect();
        assert_eq!(by, ways);
        for (got, want) in record.events.iter().zip(&events) {
            assert_eq!(got.references, want.references);
        }
        assert_eq!(count(&lib, "event_references"), 8, "the old ones are gone");
    }

    #[test]
    fn a_corrected_date_keeps_how_it_was_found() {
        let mut lib = Library::open_in_memory().unwrap();
        let (a, analysis) = sample_news();
        let ImportOutcome::Stored { id } = lib.import("news.txt", &a, &analysis, *T0).unwrap()
        else {
            panic!()
        };
        let before = lib.article(id).unwrap().events;
        assert!(before.iter().all(|e| !e.corrected));
        lib.correct_event_date(before[0].stub.id, ymd(2024, Some(5), Some(12)))
            .unwrap();
        lib.correct_event_date(before[1].stub.id, ymd(2016, Some(8), None))
            .unwrap();
        let after = lib.article(id).unwrap().events;
        assert_eq!(after[0].stub.date, "2024-05-12");
        assert_eq!(after[0].stub.dated_by, DatedBy::Publication);
        assert_eq!(after[1].stub.date, "2016-08");
        assert_eq!(after[1].references, before[1].references);
        assert!(after[0].corrected && after[1].corrected);

        // Extracted again (by a stand-in that finds no references), the
        // correction still applies and no reference row is left behind.
        set_published_with(&mut lib, id, a.published, &fake_extract).unwrap();
        let again = lib.article(id).unwrap().events;
        assert_eq!(again[0].stub.date, "2016-08");
        assert!(again[0].corrected);
        assert_eq!(count(&lib, "event_references"), 0);
    }

    #[test]
    fn validates_dates() {
        let ok = |y, m, d| {
            PartialDate {
                year: y,
                month: m,
                day: d,
            }
            .validate()
            .is_ok()
        };
        assert!(ok(1945, None, None));
        assert!(ok(1945, Some(8), None));
        assert!(ok(2024, Some(2), Some(29)));
        assert!(!ok(2023, Some(2), Some(29)));
        assert!(!ok(1945, Some(13), None));
        assert!(!ok(1945, None, Some(3)));
        assert!(!ok(0, None, None));
    }
}
