//! The user's corrections: a mention relinked or unlinked, an event's date fixed.
//!
//! Each correction is a row of `corrections` keyed by what it corrects, and is
//! applied to `mentions`/`events` at once, so every query shows corrected
//! values. Event-date corrections are re-applied when an article's events are
//! replaced ([`Library::replace_events`]); mention corrections live on
//! the mention rows, which re-extraction does not replace.

use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};

use super::{article_not_found, sql_offset, Library};
use crate::dates::PartialDate;
use crate::{Error, Result, Timestamp};

/// A person's correction of a mention, as the reader shows it: relinked to
/// another place, or unlinked ("not a place").
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct MentionCorrection {
    /// Character offset of the mention in the article text (the correction's key).
    pub start: usize,
    /// Character end offset.
    pub end: usize,
    /// The text as it stands in the article.
    pub text: String,
    /// The place the linker found (setting it back removes the correction).
    pub linked: String,
    /// The place the person linked it to; absent when they said it is not a place.
    pub feature: Option<String>,
    /// When the correction was made, by this library's clock.
    pub at: Timestamp,
}

/// A person's correction of an event's date: what the extractor said, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DateCorrection {
    /// The date the extractor found (setting it back removes the correction).
    pub extracted: PartialDate,
    /// When the correction was made, by this library's clock.
    pub at: Timestamp,
}

/// Inserts or replaces a correction.
const UPSERT: &str =
    "INSERT INTO corrections (article_id, kind, key, value) VALUES (?1, ?2, ?3, ?4) \
     ON CONFLICT (article_id, kind, key) DO UPDATE SET value = excluded.value, \
     created_at = excluded.created_at";

/// Removes a correction (the user set the value back to what was extracted).
const REMOVE: &str = "DELETE FROM corrections WHERE article_id = ?1 AND kind = ?2 AND key = ?3";

impl Library {
    /// Relinks the mention of article `article_id` that starts at character
    /// `mention_start` to place `feature`, or unlinks it (`None`): it is then
    /// left out of the article's mentions, excerpts and counts.
    ///
    /// Setting a mention back to what the linker found removes the correction.
    /// The kind and island shown stay those the linker found, and the places
    /// of already extracted events change only when the events are
    /// replaced ([`Library::replace_events`]).
    ///
    /// # Errors
    /// [`Error::NotFound`] if there is no such article or mention,
    /// [`Error::InvalidInput`] for an empty place id, [`Error::Store`] if SQLite fails.
    pub fn correct_mention(
        &mut self,
        article_id: i64,
        mention_start: usize,
        feature: Option<&str>,
    ) -> Result<()> {
        if feature.is_some_and(|f| f.trim().is_empty()) {
            return Err(Error::InvalidInput(
                "give the id of the place to link the mention to".into(),
            ));
        }
        let start = sql_offset(mention_start)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let linked: Option<String> = tx
            .query_row(
                "SELECT linked_feature FROM mentions WHERE article_id = ?1 AND start = ?2",
                params![article_id, start],
                |row| row.get(0),
            )
            .optional()?;
        let Some(linked) = linked else {
            return Err(missing_in_article(&tx, article_id, || {
                format!("article #{article_id} has no mention at character {mention_start}")
            }));
        };
        let key = mention_start.to_string();
        if feature == Some(linked.as_str()) {
            tx.execute(REMOVE, params![article_id, "mention", key])?;
        } else {
            tx.execute(UPSERT, params![article_id, "mention", key, feature])?;
        }
        tx.execute(
            "UPDATE mentions SET feature = ?3 WHERE article_id = ?1 AND start = ?2",
            params![article_id, start, feature],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Sets the date of event `event_id` to `date`. The correction is kept:
    /// it is re-applied to the event re-extracted from the same sentence with
    /// the same extracted date. Setting it back to the extracted date removes it.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] if `date` is not a calendar date,
    /// [`Error::NotFound`] if there is no such event (event ids change when an
    /// article's events are re-extracted), [`Error::Store`] if SQLite fails.
    pub fn correct_event_date(&mut self, event_id: i64, date: PartialDate) -> Result<()> {
        let date = date.validate()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let event: Option<(i64, i64, String)> = tx
            .query_row(
                "SELECT article_id, start, extracted_date FROM events WHERE id = ?1",
                [event_id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let Some((article_id, start, extracted)) = event else {
            return Err(Error::NotFound(format!(
                "event #{event_id} is not in the library (events are renumbered when an \
                 article's publication date changes; reload the events)"
            )));
        };
        let key = event_key(start, &extracted);
        let value = date.to_string();
        if value == extracted {
            tx.execute(REMOVE, params![article_id, "event_date", key])?;
        } else {
            tx.execute(UPSERT, params![article_id, "event_date", key, value])?;
        }
        set_event_date(&tx, article_id, start, &extracted, date)?;
        tx.commit()?;
        Ok(())
    }
}

/// The mention corrections of article `article_id` in effect, in text order.
pub(super) fn mention_corrections(
    conn: &rusqlite::Connection,
    article_id: i64,
) -> Result<Vec<MentionCorrection>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.start, m.\"end\", m.text, m.linked_feature, m.feature, c.created_at \
         FROM mentions m JOIN corrections c ON c.article_id = m.article_id \
              AND c.kind = 'mention' AND c.key = CAST(m.start AS TEXT) \
         WHERE m.article_id = ?1 AND m.feature IS NOT m.linked_feature ORDER BY m.start",
    )?;
    let rows = stmt.query_map([article_id], |row| {
        Ok(MentionCorrection {
            start: row.get(0)?,
            end: row.get(1)?,
            text: row.get(2)?,
            linked: row.get(3)?,
            feature: row.get(4)?,
            at: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The key of an event-date correction: the sentence start and the extracted date.
fn event_key(start: i64, extracted: &str) -> String {
    format!("{start}:{extracted}")
}

/// Dates the events of `article_id` extracted as `extracted` from the sentence at `start`.
fn set_event_date(
    tx: &Transaction<'_>,
    article_id: i64,
    start: i64,
    extracted: &str,
    date: PartialDate,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE events SET date = ?4, year = ?5, month = ?6, day = ?7 \
         WHERE article_id = ?1 AND start = ?2 AND extracted_date = ?3",
    )?
    .execute(params![
        article_id, start, extracted, date, date.year, date.month, date.day
    ])?;
    Ok(())
}

/// Re-applies the stored event-date corrections of `article_id` to its events.
pub(super) fn reapply_event_dates(tx: &Transaction<'_>, article_id: i64) -> Result<()> {
    let corrections: Vec<(String, Option<String>)> = {
        let mut stmt = tx.prepare_cached(
            "SELECT key, value FROM corrections WHERE article_id = ?1 AND kind = 'event_date'",
        )?;
        let rows = stmt.query_map([article_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (key, value) in corrections {
        let parsed = key
            .split_once(':')
            .and_then(|(start, extracted)| Some((start.parse::<i64>().ok()?, extracted)));
        let date = value.and_then(|v| v.parse::<PartialDate>().ok());
        if let (Some((start, extracted)), Some(date)) = (parsed, date) {
            set_event_date(tx, article_id, start, extracted, date)?;
        }
    }
    Ok(())
}

fn missing_in_article(tx: &Transaction<'_>, article_id: i64, what: impl Fn() -> String) -> Error {
    let exists = tx
        .query_row("SELECT 1 FROM articles WHERE id = ?1", [article_id], |_| {
            Ok(())
        })
        .optional();
    match exists {
        Ok(Some(())) => Error::NotFound(what()),
        Ok(None) => article_not_found(article_id),
        Err(e) => e.into(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::store::testing::*;
    use crate::store::ImportOutcome;

    fn library() -> (Library, i64) {
        let mut lib = Library::open_in_memory().unwrap();
        let (a, analysis) = sample_en();
        match lib.import("en.txt", &a, &analysis, *T0).unwrap() {
            ImportOutcome::Stored { id } => (lib, id),
            other => panic!("{other:?}"),
        }
    }

    fn date(year: i32, month: Option<u32>, day: Option<u32>) -> PartialDate {
        PartialDate { year, month, day }
    }

    #[test]
    fn relinks_and_unlinks_mentions() {
        let (mut lib, id) = library();
        let before = lib.article(id).unwrap();
        let iturup = before.mentions[1].clone();
        assert_eq!(iturup.feature, "iturup");
        lib.correct_mention(id, iturup.start, Some("shikotan"))
            .unwrap();
        let first = before.mentions[0].start;
        lib.correct_mention(id, first, None).unwrap();

        let after = lib.article(id).unwrap();
        assert_eq!(after.mentions.len(), before.mentions.len() - 1);
        let relinked = after
            .mentions
            .iter()
            .find(|m| m.start == iturup.start)
            .unwrap();
        assert_eq!(relinked.feature, "shikotan");
        assert!(relinked.corrected);
        let counts = lib.article_counts().unwrap();
        assert_eq!(counts.get("iturup"), None);
        assert_eq!(counts["shikotan"], 1);
        assert_eq!(lib.articles().unwrap()[0].mention_count, 3);

        // Relinking to what the linker found drops the correction.
        lib.correct_mention(id, iturup.start, Some("iturup"))
            .unwrap();
        let n: i64 = lib
            .conn
            .query_row("SELECT COUNT(*) FROM corrections", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        let after = lib.article(id).unwrap();
        let reverted = after.mentions.iter().find(|m| m.start == iturup.start);
        assert_eq!(reverted.unwrap().feature, "iturup");
        assert!(!reverted.unwrap().corrected);
    }

    #[test]
    fn the_article_lists_its_mention_corrections_with_their_time() {
        let (mut lib, id) = library();
        let before = lib.article(id).unwrap();
        assert!(before.mention_corrections.is_empty());
        let (first, second) = (&before.mentions[0], &before.mentions[1]);
        lib.correct_mention(id, second.start, Some("shikotan"))
            .unwrap();
        lib.correct_mention(id, first.start, None).unwrap();
        let after = lib.article(id).unwrap();
        let got: Vec<_> = after
            .mention_corrections
            .iter()
            .map(|c| (c.start, c.linked.as_str(), c.feature.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (first.start, first.feature.as_str(), None),
                (second.start, second.feature.as_str(), Some("shikotan")),
            ]
        );
        assert_eq!(after.mention_corrections[0].text, first.text);
        assert_eq!(after.mention_corrections[0].end, first.end);
        // Undone: gone from the list.
        lib.correct_mention(id, first.start, Some(&first.feature))
            .unwrap();
        assert_eq!(lib.article(id).unwrap().mention_corrections.len(), 1);
    }

    #[test]
    fn refuses_unknown_mentions_and_empty_ids() {
        let (mut lib, id) = library();
        let err = lib.correct_mention(id, 3, Some("iturup")).unwrap_err();
        assert_eq!(err.code(), "not_found");
        assert!(err.to_string().contains("no mention at character 3"));
        let err = lib.correct_mention(id + 1, 0, None).unwrap_err();
        assert!(err.to_string().contains(&format!("article #{}", id + 1)));
        let err = lib.correct_mention(id, 0, Some(" ")).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
    }

    #[test]
    fn corrects_event_dates() {
        let (mut lib, id) = library();
        let events = lib.article(id).unwrap().events;
        lib.correct_event_date(events[0].stub.id, date(2020, Some(12), Some(31)))
            .unwrap();
        let after = lib.article(id).unwrap().events;
        assert_eq!(after[0].stub.date, "2020-12-31");
        let correction = after[0].date_correction.expect("marked as corrected");
        assert_eq!(correction.extracted, events[0].stub.date);
        assert!(events[0].date_correction.is_none());
        assert_eq!(after[0].stub.year, 2020);
        let hist = lib.event_histogram().unwrap();
        assert_eq!(
            hist.iter().map(|y| y.year).collect::<Vec<_>>(),
            [2019, 2020]
        );

        let err = lib
            .correct_event_date(events[0].stub.id, date(2020, Some(2), Some(30)))
            .unwrap_err();
        assert_eq!(err.code(), "invalid_input");
        let err = lib
            .correct_event_date(9999, date(2020, None, None))
            .unwrap_err();
        assert_eq!(err.code(), "not_found");
    }

    #[test]
    fn corrections_survive_set_published() {
        let (mut lib, id) = library();
        let day = NaiveDate::from_ymd_opt(2024, 5, 1);
        set_published_with(&mut lib, id, day, &fake_extract).unwrap();
        let events = lib.article(id).unwrap().events;
        let dates: Vec<_> = events.iter().map(|e| e.stub.date.to_string()).collect();
        assert_eq!(dates, ["2021", "2023", "2019"]);
        // Fix the absolute one and unlink a mention.
        lib.correct_event_date(events[0].stub.id, date(2021, Some(3), Some(15)))
            .unwrap();
        let record = lib.article(id).unwrap();
        let yuzhno = record
            .mentions
            .iter()
            .find(|m| m.feature == "yuzhno-kurilsk")
            .unwrap()
            .start;
        lib.correct_mention(id, yuzhno, None).unwrap();

        set_published_with(
            &mut lib,
            id,
            NaiveDate::from_ymd_opt(2025, 1, 1),
            &fake_extract,
        )
        .unwrap();
        let events = lib.article(id).unwrap().events;
        let dates: Vec<_> = events.iter().map(|e| e.stub.date.to_string()).collect();
        assert_eq!(dates, ["2021-03-15", "2024", "2019"]);
        assert_eq!(
            events[2].stub.places,
            ["kunashir"],
            "the unlinked mention is not passed on"
        );
        assert_eq!(lib.article(id).unwrap().mentions.len(), 3);
    }
}
