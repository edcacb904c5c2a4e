//! Re-analysis: an article's mentions and events replaced by a newer linker's
//! or pack's, with the user's corrections kept.
//!
//! A mention correction is keyed by the character its mention starts at; it
//! applies again to the new mention that starts there. An event-date
//! correction is keyed by its sentence's start and the date first extracted;
//! it applies again to the new event with the same. A correction that finds
//! nothing to apply to is kept (a later analysis may find its mention again)
//! and reported ([`StaleCorrection`]), never dropped silently.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, TransactionBehavior};

use super::corrections::reapply_event_dates;
use super::events::insert_events;
use super::import::insert_mentions;
use super::{article_not_found, Library};
use crate::analysis::Language;
use crate::events::Event;
use crate::linker::Mention;
use crate::Result;

/// What a re-analysis reads of a stored article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredText {
    /// The clean text.
    pub text: String,
    /// The publication date relative dates resolve against.
    pub published: Option<NaiveDate>,
    /// The mention corrections: the character a mention starts at, and the
    /// place the user linked it to (`None`: not a place).
    pub mention_corrections: Vec<(usize, Option<String>)>,
}

/// A correction that the new analysis gave nothing to apply to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaleCorrection {
    /// The article.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub article_id: i64,
    /// `mention` or `event_date`.
    pub kind: String,
    /// What it applied to: a mention's start character, or an event's sentence
    /// start and extracted date (`120:2016-08`).
    pub key: String,
    /// The corrected value: a place id, a date, or none (unlinked).
    pub value: Option<String>,
}

impl Library {
    /// The text, publication date and mention corrections of article `id`.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] if there is no such article,
    /// [`crate::Error::Store`] if a query fails.
    pub fn stored_text(&self, id: i64) -> Result<StoredText> {
        let _snapshot = self.read_snapshot()?;
        let row: Option<(String, Option<NaiveDate>)> = self
            .conn
            .query_row(
                "SELECT text, published FROM articles WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (text, published) = row.ok_or_else(|| article_not_found(id))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT key, value FROM corrections WHERE article_id = ?1 AND kind = 'mention'",
        )?;
        let rows = stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
        let mut mention_corrections = Vec::new();
        for row in rows {
            let (key, value) = row?;
            if let Ok(start) = key.parse() {
                mention_corrections.push((start, value));
            }
        }
        mention_corrections.sort();
        Ok(StoredText {
            text,
            published,
            mention_corrections,
        })
    }

    /// Replaces article `id`'s language, mentions (`mentions`, as the linker
    /// found them) and events (`events`, extracted from the mentions with the
    /// corrections applied) in one transaction, then applies the corrections
    /// again. Returns those that found nothing to apply to.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] if there is no such article,
    /// [`crate::Error::Store`] if SQLite fails (nothing is changed then).
    pub fn replace_analysis(
        &mut self,
        id: i64,
        language: Language,
        mentions: &[Mention],
        events: &[Event],
    ) -> Result<Vec<StaleCorrection>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = tx.execute(
            "UPDATE articles SET language = ?2 WHERE id = ?1",
            params![id, language],
        )?;
        if changed == 0 {
            return Err(article_not_found(id));
        }
        tx.execute("DELETE FROM mentions WHERE article_id = ?1", [id])?;
        insert_mentions(&tx, id, mentions)?;
        tx.execute(
            "UPDATE mentions SET feature = c.value FROM corrections c \
             WHERE c.article_id = ?1 AND c.kind = 'mention' \
               AND mentions.article_id = ?1 AND CAST(mentions.start AS TEXT) = c.key",
            [id],
        )?;
        tx.execute("DELETE FROM events WHERE article_id = ?1", [id])?;
        insert_events(&tx, id, events)?;
        reapply_event_dates(&tx, id)?;
        let stale = {
            let mut stmt = tx.prepare_cached(
                "SELECT kind, key, value FROM corrections c WHERE c.article_id = ?1 AND ( \
                   (c.kind = 'mention' AND NOT EXISTS (SELECT 1 FROM mentions m \
                      WHERE m.article_id = ?1 AND CAST(m.start AS TEXT) = c.key)) \
                   OR (c.kind = 'event_date' AND NOT EXISTS (SELECT 1 FROM events e \
                      WHERE e.article_id = ?1 AND e.start || ':' || e.extracted_date = c.key))) \
                 ORDER BY c.id",
            )?;
            let rows = stmt.query_map([id], |r| {
                Ok(StaleCorrection {
                    article_id: id,
                    kind: r.get(0)?,
                    key: r.get(1)?,
                    value: r.get(2)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        tx.commit()?;
        Ok(stale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::*;
    use crate::store::ImportOutcome;

    #[test]
    fn corrections_apply_again_and_stale_ones_are_kept_and_reported() {
        let mut lib = Library::open_in_memory().unwrap();
        let (article, analysis) = sample_news();
        let ImportOutcome::Stored { id } =
            lib.import("news.txt", &article, &analysis, *T0).unwrap()
        else {
            panic!()
        };
        let before = lib.article(id).unwrap();
        let (first, second) = (&before.mentions[0], &before.mentions[1]);
        lib.correct_mention(id, first.start, Some("iturup"))
            .unwrap();
        lib.correct_mention(id, second.start, None).unwrap();
        let event = &before.events[0];
        lib.correct_event_date(event.stub.id, "2001-02-03".parse().unwrap())
            .unwrap();
        let stored = lib.stored_text(id).unwrap();
        assert_eq!(
            stored.mention_corrections,
            [
                (first.start, Some("iturup".to_string())),
                (second.start, None)
            ]
        );

        // The same analysis again: every correction applies, none is stale.
        let stale = lib
            .replace_analysis(id, analysis.language, &analysis.mentions, &analysis.events)
            .unwrap();
        assert_eq!(stale, []);
        let again = lib.article(id).unwrap();
        assert_eq!(again.mentions[0].feature, "iturup");
        assert!(again.mentions[0].corrected);
        assert_eq!(
            again.mentions.len(),
            before.mentions.len() - 1,
            "one unlinked"
        );
        assert_eq!(again.events[0].stub.date, "2001-02-03");
        assert!(again.events[0].corrected);

        // An analysis without the first mention and the first event: both
        // corrections are reported, and kept for a later analysis.
        let stale = lib
            .replace_analysis(
                id,
                analysis.language,
                &analysis.mentions[1..],
                &analysis.events[1..],
            )
            .unwrap();
        let kinds: Vec<&str> = stale.iter().map(|s| s.kind.as_str()).collect();
        assert_eq!(kinds, ["mention", "event_date"]);
        assert_eq!(stale[0].key, first.start.to_string());
        assert_eq!(stale[0].value.as_deref(), Some("iturup"));
        assert_eq!(stale[1].value.as_deref(), Some("2001-02-03"));
        let stale = lib
            .replace_analysis(id, analysis.language, &analysis.mentions, &analysis.events)
            .unwrap();
        assert_eq!(stale, []);
        assert_eq!(lib.article(id).unwrap().mentions[0].feature, "iturup");
    }

    #[test]
    fn an_unknown_article_is_not_found() {
        let mut lib = Library::open_in_memory().unwrap();
        let error = lib
            .replace_analysis(42, Language::En, &[], &[])
            .unwrap_err();
        assert_eq!(error.kind(), crate::ErrorCode::NotFound);
        assert_eq!(
            lib.stored_text(42).unwrap_err().kind(),
            crate::ErrorCode::NotFound
        );
    }
}
