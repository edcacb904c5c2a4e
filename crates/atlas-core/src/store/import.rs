//! Storing an analysed article.

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use super::events::insert_events;
use super::search::index_article_text;
use super::{content_hash, enum_name, sql_offset, Library};
use crate::analysis::Analysis;
use crate::ingest::Article;
use crate::linker::Mention;
use crate::{ErrorCode, Result, Timestamp};

/// What [`Library::import`] did with an article.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ImportOutcome {
    /// The article is new and was stored under `id`.
    Stored {
        /// The new article's id.
        id: i64,
    },
    /// The same text is already stored (under `id`, as `title`); nothing was written.
    Duplicate {
        /// The stored article's id.
        id: i64,
        /// The stored article's title.
        title: String,
    },
}

/// A stored article, named.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ArticleRef {
    /// The article's id.
    pub id: i64,
    /// Its title.
    pub title: String,
}

/// One analysed article to store, as [`Library::import_batch`] takes them.
#[derive(Debug, Clone, Copy)]
pub struct NewArticle<'a> {
    /// The name of the file it was read from.
    pub file_name: &'a str,
    /// The article.
    pub article: &'a Article,
    /// What the linker and the event extractor found in it.
    pub analysis: &'a Analysis,
}

impl Library {
    /// Stores `article` (read from `file_name`) with its `analysis`, unless an
    /// article with the same text (see [`super::content_hash`]) is stored already.
    ///
    /// `imported_at` is the time of import; the list of articles sorts on it.
    /// Everything is written in one transaction: on error nothing is stored.
    ///
    /// # Errors
    /// [`crate::Error::Store`] if SQLite fails, [`crate::Error::InvalidInput`]
    /// if an offset does not fit SQLite's integers.
    pub fn import(
        &mut self,
        file_name: &str,
        article: &Article,
        analysis: &Analysis,
        imported_at: Timestamp,
    ) -> Result<ImportOutcome> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let outcome = store_article(
            &tx,
            NewArticle {
                file_name,
                article,
                analysis,
            },
            imported_at,
        )?;
        index_if_stored(&tx, &outcome, article)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Stores several articles in one transaction (a group commit: one disk
    /// sync instead of one per article). An article that fails leaves nothing
    /// of itself and does not stop the others: the batch is first stored
    /// whole, and if any article fails, it is rolled back and stored again with
    /// each article under its own savepoint.
    /// Returns one outcome per article, in order; a duplicate of an earlier
    /// article of the same batch is reported as such.
    ///
    /// If the commit itself fails, nothing of the batch is stored and every
    /// article reports that error.
    ///
    /// A full disk ([`crate::Error::DiskFull`]) stops the batch at the article
    /// that hit it: the articles after it are not tried and report the same
    /// error; those before it are committed if SQLite kept the transaction
    /// (if it rolled it back, or the commit fails, they report the error too).
    pub fn import_batch(
        &mut self,
        batch: &[NewArticle<'_>],
        imported_at: Timestamp,
    ) -> Vec<Result<ImportOutcome>> {
        match self.import_batch_at_once(batch, imported_at) {
            Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
            // Nothing of the batch is stored: again, one article at a time.
            Err(_) => self.import_batch_one_by_one(batch, imported_at),
        }
    }

    /// The batch in one transaction without a savepoint per article, its
    /// full-text rows last: at each savepoint FTS5 wrote the terms it held to
    /// disk, a segment per article to merge (about a third of the time spent
    /// storing). Any error rolls the whole batch back.
    fn import_batch_at_once(
        &mut self,
        batch: &[NewArticle<'_>],
        imported_at: Timestamp,
    ) -> Result<Vec<ImportOutcome>> {
        self.conn
            .pragma_update(None, "cache_size", -super::IMPORT_CACHE_KIB)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let outcomes = batch
            .iter()
            .map(|&new| store_article(&tx, new, imported_at))
            .collect::<Result<Vec<_>>>()?;
        // Last, so that no savepoint makes FTS5 write before the commit.
        for (outcome, new) in outcomes.iter().zip(batch) {
            index_if_stored(&tx, outcome, new.article)?;
        }
        tx.commit()?;
        Ok(outcomes)
    }

    /// The batch in one transaction, each article under its own savepoint:
    /// what [`Library::import_batch`] does when an article of the batch fails.
    fn import_batch_one_by_one(
        &mut self,
        batch: &[NewArticle<'_>],
        imported_at: Timestamp,
    ) -> Vec<Result<ImportOutcome>> {
        let mut outcomes = Vec::with_capacity(batch.len());
        let committed = (|| -> Result<()> {
            // A larger cache while importing; `release_memory` gives it back.
            self.conn
                .pragma_update(None, "cache_size", -super::IMPORT_CACHE_KIB)?;
            let mut tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            for &new in batch {
                let outcome = {
                    let savepoint = tx.savepoint()?;
                    let outcome = store_article(&savepoint, new, imported_at)
                        .and_then(|outcome| {
                            index_if_stored(&savepoint, &outcome, new.article)?;
                            Ok(outcome)
                        })
                        .map_err(|e| super::with_system_cause(&savepoint, e));
                    if outcome.is_ok() {
                        savepoint.commit()?;
                    }
                    // An uncommitted savepoint rolls back when dropped.
                    outcome
                };
                let disk_full = match &outcome {
                    Err(e) if e.kind() == ErrorCode::DiskFull => Some(same_store_error(e)),
                    _ => None,
                };
                outcomes.push(outcome);
                if let Some(disk_full) = disk_full {
                    if tx.is_autocommit() {
                        // SQLite rolled the whole transaction back.
                        return Err(disk_full);
                    }
                    tx.commit()?;
                    outcomes.resize_with(batch.len(), || Err(same_store_error(&disk_full)));
                    return Ok(());
                }
            }
            tx.commit()?;
            Ok(())
        })();
        match committed.map_err(|e| super::with_system_cause(&self.conn, e)) {
            Ok(()) => outcomes,
            Err(error) => batch
                .iter()
                .map(|_| Err(same_store_error(&error)))
                .collect(),
        }
    }
}

/// A copy of a store error, for each article of a batch whose commit failed
/// (SQLite's errors are not `Clone`).
fn same_store_error(error: &crate::Error) -> crate::Error {
    let (code, message) = match error {
        crate::Error::DiskFull(detail) => return crate::Error::DiskFull(detail.clone()),
        crate::Error::Busy(detail) => return crate::Error::Busy(detail.clone()),
        crate::Error::ReadOnly(detail) => return crate::Error::ReadOnly(detail.clone()),
        crate::Error::Store(rusqlite::Error::SqliteFailure(e, message)) => (
            e.extended_code,
            message.clone().unwrap_or_else(|| e.to_string()),
        ),
        other => (rusqlite::ffi::SQLITE_ERROR, other.to_string()),
    };
    crate::Error::Store(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(code),
        Some(message),
    ))
}

/// Writes one article in the open transaction `tx`, unless its text is stored already.
fn store_article(
    tx: &Connection,
    new: NewArticle<'_>,
    imported_at: Timestamp,
) -> Result<ImportOutcome> {
    let NewArticle {
        file_name,
        article,
        analysis,
    } = new;
    let hash = content_hash(&article.text);
    let existing = tx
        .prepare_cached("SELECT id, title FROM articles WHERE content_hash = ?1")?
        .query_row([&hash], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    if let Some((id, title)) = existing {
        return Ok(ImportOutcome::Duplicate { id, title });
    }
    tx.prepare_cached(
        "INSERT INTO articles (content_hash, title, source, file_name, format, published, \
         language, text, imported_at, address) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        hash,
        article.title,
        article.source,
        file_name,
        enum_name(&article.format),
        article.published,
        analysis.language,
        article.text,
        imported_at,
        article.address,
    ])?;
    let id = tx.last_insert_rowid();
    insert_mentions(tx, id, &analysis.mentions)?;
    insert_events(tx, id, &analysis.events)?;
    Ok(ImportOutcome::Stored { id })
}

/// Adds `article` to the full-text indexes if `outcome` says it was stored
/// (not a duplicate).
fn index_if_stored(tx: &Connection, outcome: &ImportOutcome, article: &Article) -> Result<()> {
    match *outcome {
        ImportOutcome::Stored { id } => index_article_text(tx, id, &article.title, &article.text),
        ImportOutcome::Duplicate { .. } => Ok(()),
    }
}

/// Inserts the linker's `mentions` of article `article_id`.
pub(super) fn insert_mentions(
    tx: &Connection,
    article_id: i64,
    mentions: &[Mention],
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO mentions (article_id, feature, linked_feature, kind, island, start, \"end\", \
         byte_start, byte_end, text) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for m in mentions {
        stmt.execute(params![
            article_id,
            m.feature,
            enum_name(&m.kind),
            m.island,
            sql_offset(m.start)?,
            sql_offset(m.end)?,
            sql_offset(m.byte_start)?,
            sql_offset(m.byte_end)?,
            m.text,
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::*;

    #[test]
    fn stores_then_reports_duplicates() {
        let mut lib = Library::open_in_memory().unwrap();
        let (article, analysis) = sample_en();
        let first = lib.import("a.txt", &article, &analysis, *T0).unwrap();
        let ImportOutcome::Stored { id } = first else {
            panic!("{first:?}")
        };
        let mut again = article.clone();
        again.text = format!("  {}\r\n", again.text.replace(' ', "  "));
        again.title = "Another title".into();
        let second = lib.import("b.txt", &again, &analysis, *T1).unwrap();
        assert_eq!(
            second,
            ImportOutcome::Duplicate {
                id,
                title: article.title.clone()
            }
        );
        assert_eq!(lib.article_count().unwrap(), 1);
        let hash = crate::store::content_hash(&article.text);
        assert_eq!(lib.find_by_hash(&hash).unwrap().unwrap().id, id);
        assert!(lib.find_by_hash("0000").unwrap().is_none());
        let json = serde_json::to_value(&second).unwrap();
        assert_eq!(json["status"], "duplicate");
    }

    #[test]
    fn a_failure_mid_way_leaves_nothing() {
        let mut lib = Library::open_in_memory().unwrap();
        let (article, mut analysis) = sample_en();
        // An offset SQLite cannot hold fails after the article row and the first mention.
        analysis.mentions[1].start = usize::MAX;
        let err = lib.import("a.txt", &article, &analysis, *T0).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
        assert_nothing_stored(&lib);

        // A failure in SQLite itself, at the last step (events), rolls back too.
        let (article, analysis) = sample_en();
        lib.conn
            .execute_batch(
                "CREATE TEMP TRIGGER fail_events BEFORE INSERT ON event_places \
                 BEGIN SELECT RAISE(ABORT, 'forced failure'); END;",
            )
            .unwrap();
        let err = lib.import("a.txt", &article, &analysis, *T0).unwrap_err();
        assert_eq!(err.code(), "store_error");
        assert_nothing_stored(&lib);

        lib.conn.execute_batch("DROP TRIGGER fail_events").unwrap();
        let ok = lib.import("a.txt", &article, &analysis, *T0).unwrap();
        assert!(matches!(ok, ImportOutcome::Stored { .. }));
        assert_eq!(lib.search("Kunashir", 10).unwrap().len(), 1);
    }

    #[test]
    fn an_import_raises_the_page_cache_and_release_memory_lowers_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut lib = Library::open(dir.path().join("lib.sqlite3")).unwrap();
        let cache = |lib: &Library| -> i64 {
            lib.conn
                .query_row("PRAGMA cache_size", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(cache(&lib), -super::super::QUERY_CACHE_KIB);
        let (article, analysis) = sample_en();
        let new = NewArticle {
            file_name: "a.txt",
            article: &article,
            analysis: &analysis,
        };
        assert!(lib.import_batch(&[new], *T0)[0].is_ok());
        assert_eq!(cache(&lib), -super::super::IMPORT_CACHE_KIB);
        lib.release_memory().unwrap();
        assert_eq!(cache(&lib), -super::super::QUERY_CACHE_KIB);
        assert_eq!(lib.article_count().unwrap(), 1);
    }

    #[test]
    fn a_batch_stores_each_article_under_its_own_savepoint() {
        let mut lib = Library::open_in_memory().unwrap();
        let (article, analysis) = sample_en();
        let mut broken = analysis.clone();
        broken.mentions[1].start = usize::MAX;
        let mut other = article.clone();
        other.text.push_str(" A second report.");
        let new = |file_name, article, analysis| NewArticle {
            file_name,
            article,
            analysis,
        };
        let outcomes = lib.import_batch(
            &[
                new("a.txt", &article, &analysis),
                new("broken.txt", &other, &broken),
                new("again.txt", &article, &analysis),
                new("b.txt", &other, &analysis),
            ],
            *T0,
        );
        let ImportOutcome::Stored { id: first } = outcomes[0].as_ref().unwrap().clone() else {
            panic!("{outcomes:?}")
        };
        assert_eq!(outcomes[1].as_ref().unwrap_err().code(), "invalid_input");
        assert_eq!(
            outcomes[2].as_ref().unwrap(),
            &ImportOutcome::Duplicate {
                id: first,
                title: article.title.clone()
            }
        );
        assert!(matches!(outcomes[3], Ok(ImportOutcome::Stored { .. })));
        assert_eq!(lib.article_count().unwrap(), 2);
        let mentions: i64 = lib
            .conn
            .query_row("SELECT COUNT(*) FROM mentions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mentions as usize, 2 * analysis.mentions.len());
        assert_eq!(lib.search("Kunashir", 10).unwrap().len(), 2);
    }

    #[test]
    fn a_batch_indexes_the_text_of_each_article_it_stores() {
        let mut lib = Library::open_in_memory().unwrap();
        let (article, analysis) = sample_en();
        let mut japanese = article.clone();
        japanese.text.push_str(" 国後島の港");
        let new = |file_name, article| NewArticle {
            file_name,
            article,
            analysis: &analysis,
        };
        let outcomes = lib.import_batch(
            &[
                new("a.txt", &article),
                new("ja.txt", &japanese),
                new("again.txt", &article),
            ],
            *T0,
        );
        assert!(outcomes.iter().all(Result::is_ok), "{outcomes:?}");
        assert_eq!(lib.search("Kunashir", 10).unwrap().len(), 2);
        assert_eq!(lib.search("国後島", 10).unwrap().len(), 1);
        // The duplicate added nothing: both indexes hold what the articles hold.
        lib.conn
            .execute_batch(
                "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1); \
                 INSERT INTO articles_trigram(articles_trigram) VALUES ('integrity-check');",
            )
            .unwrap();
    }

    #[test]
    fn a_full_database_stops_the_batch_and_keeps_what_was_stored() {
        let mut lib = Library::open_in_memory().unwrap();
        let (article, analysis) = sample_en();
        let with_text = |extra: &str| {
            let mut a = article.clone();
            a.text.push_str(extra);
            a
        };
        let new = |file_name, article| NewArticle {
            file_name,
            article,
            analysis: &analysis,
        };
        let first = with_text(" Kept.");
        assert!(lib.import_batch(&[new("first.txt", &first)], *T0)[0].is_ok());
        // Room for a small article, not for one of 400 KB.
        limit_growth(&lib, 16);
        let small = with_text(" A small one.");
        let words: Vec<String> = (0..40_000).map(|i| format!("w{i}")).collect();
        let big = with_text(&format!(" {}", words.join(" ")));
        let after = with_text(" Never tried.");
        let batch = [
            new("small.txt", &small),
            new("big.txt", &big),
            new("after.txt", &after),
        ];
        let outcomes = lib.import_batch(&batch, *T1);
        assert_eq!(outcomes.len(), 3);
        for outcome in &outcomes[1..] {
            assert_eq!(outcome.as_ref().unwrap_err().code(), "disk_full");
        }
        let small_stored = outcomes[0].is_ok();
        assert_eq!(lib.article_count().unwrap(), 1 + usize::from(small_stored));
        assert_eq!(lib.search("w39999", 10).unwrap().len(), 0);
        assert_eq!(lib.search("tried", 10).unwrap().len(), 0);
        let mentions: i64 = lib
            .conn
            .query_row("SELECT COUNT(*) FROM mentions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            mentions as usize,
            (1 + usize::from(small_stored)) * analysis.mentions.len()
        );

        // With room again, the same batch stores the rest, once each.
        limit_growth(&lib, 1_000_000);
        let again = lib.import_batch(&batch, *T2);
        assert_eq!(
            matches!(again[0], Ok(ImportOutcome::Duplicate { .. })),
            small_stored
        );
        assert!(matches!(again[1], Ok(ImportOutcome::Stored { .. })));
        assert!(matches!(again[2], Ok(ImportOutcome::Stored { .. })));
        assert_eq!(lib.article_count().unwrap(), 4);
        assert_eq!(lib.search("w39999", 10).unwrap().len(), 1);
    }

    fn assert_nothing_stored(lib: &Library) {
        for table in [
            "articles",
            "mentions",
            "events",
            "event_places",
            "articles_fts",
        ] {
            let n: i64 = lib
                .conn
                .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0, "{table}");
        }
        assert!(lib.search("Kunashir", 10).unwrap().is_empty());
    }
}
