//! Deleting an article, and undoing it.
//!
//! [`Library::delete_article`] hands back everything it removed as a
//! [`DeletedArticle`]; the app keeps it in memory, and
//! [`Library::restore_article`] puts it back exactly (same ids, corrections
//! included). Ids are never reused (`AUTOINCREMENT`), so they are still free.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension, Transaction, TransactionBehavior};

use super::search::index_article_text;
use super::{article_not_found, Library};
use crate::{Error, Result};

/// Tables holding an article's data, in the order they are restored, with the
/// condition selecting the article's rows (`?1` is the article id).
const TABLES: &[(&str, &str)] = &[
    ("articles", "id = ?1"),
    ("mentions", "article_id = ?1"),
    ("events", "article_id = ?1"),
    (
        "event_places",
        "event_id IN (SELECT id FROM events WHERE article_id = ?1)",
    ),
    (
        "event_references",
        "event_id IN (SELECT id FROM events WHERE article_id = ?1)",
    ),
    ("corrections", "article_id = ?1"),
];

/// Everything stored about a deleted article, to undo the deletion with
/// [`Library::restore_article`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedArticle {
    id: i64,
    title: String,
    content_hash: String,
    tables: Vec<TableRows>,
}

/// Rows of one table.
#[derive(Debug, Clone, PartialEq)]
struct TableRows {
    table: &'static str,
    columns: Vec<String>,
    rows: Vec<Vec<Value>>,
}

impl DeletedArticle {
    /// The id the article had (and gets back when restored).
    pub fn id(&self) -> i64 {
        self.id
    }

    /// The article's title.
    pub fn title(&self) -> &str {
        &self.title
    }
}

fn read_rows(
    tx: &Transaction<'_>,
    table: &'static str,
    filter: &str,
    id: i64,
) -> Result<TableRows> {
    let mut stmt = tx.prepare(&format!("SELECT * FROM {table} WHERE {filter}"))?;
    let columns: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
    let n = columns.len();
    let rows = stmt.query_map([id], |row| {
        (0..n)
            .map(|i| row.get::<_, Value>(i))
            .collect::<rusqlite::Result<Vec<_>>>()
    })?;
    Ok(TableRows {
        table,
        columns,
        rows: rows.collect::<rusqlite::Result<_>>()?,
    })
}

impl Library {
    /// Deletes article `id` with its mentions, events and corrections, and
    /// returns them so the deletion can be undone.
    ///
    /// # Errors
    /// [`Error::NotFound`] if there is no such article, [`Error::Store`] if
    /// SQLite fails (nothing is deleted then).
    pub fn delete_article(&mut self, id: i64) -> Result<DeletedArticle> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: Option<(String, String)> = tx
            .query_row(
                "SELECT title, content_hash FROM articles WHERE id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let Some((title, content_hash)) = found else {
            return Err(article_not_found(id));
        };
        let tables = TABLES
            .iter()
            .map(|(table, filter)| read_rows(&tx, table, filter, id))
            .collect::<Result<Vec<_>>>()?;
        tx.execute("DELETE FROM articles WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(DeletedArticle {
            id,
            title,
            content_hash,
            tables,
        })
    }

    /// Puts back an article removed by [`Library::delete_article`], under its
    /// old id, and returns that id.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] if the same text was stored again since (or the
    /// article was restored already), [`Error::Store`] if SQLite fails
    /// (nothing is restored then).
    pub fn restore_article(&mut self, deleted: &DeletedArticle) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existing: Option<(i64, String)> = tx
            .query_row(
                "SELECT id, title FROM articles WHERE content_hash = ?1 OR id = ?2",
                rusqlite::params![deleted.content_hash, deleted.id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        if let Some((id, title)) = existing {
            return Err(Error::InvalidInput(format!(
                "“{}” cannot be restored: the library already holds it as “{title}” (#{id})",
                deleted.title
            )));
        }
        for rows in &deleted.tables {
            let columns: Vec<String> = rows.columns.iter().map(|c| format!("\"{c}\"")).collect();
            let marks: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
            let mut stmt = tx.prepare(&format!(
                "INSERT INTO {} ({}) VALUES ({})",
                rows.table,
                columns.join(", "),
                marks.join(", ")
            ))?;
            for row in &rows.rows {
                stmt.execute(params_from_iter(row.iter()))?;
            }
        }
        let (title, text): (String, String) = tx.query_row(
            "SELECT title, text FROM articles WHERE id = ?1",
            [deleted.id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        index_article_text(&tx, deleted.id, &title, &text)?;
        tx.commit()?;
        Ok(deleted.id)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::store::testing::*;
    use crate::store::{EventFilter, ImportOutcome};

    fn count(lib: &Library, table: &str) -> i64 {
        lib.conn
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    fn library() -> (Library, i64, i64) {
        let mut lib = Library::open_in_memory().unwrap();
        let mut ids = Vec::new();
        for (a, analysis) in [sample_en(), sample_ja()] {
            match lib.import("f.txt", &a, &analysis, *T0).unwrap() {
                ImportOutcome::Stored { id } => ids.push(id),
                other => panic!("{other:?}"),
            }
        }
        (lib, ids[0], ids[1])
    }

    #[test]
    fn delete_cascades_and_restore_puts_everything_back() {
        let (mut lib, en, _) = library();
        let start = lib.article(en).unwrap().mentions[1].start;
        lib.correct_mention(en, start, Some("shikotan")).unwrap();
        let event = lib.article(en).unwrap().events[0].stub.id;
        lib.correct_event_date(event, ymd(2021, Some(3), Some(9)))
            .unwrap();
        let before = lib.article(en).unwrap();

        let deleted = lib.delete_article(en).unwrap();
        assert_eq!(deleted.id(), en);
        assert_eq!(deleted.title(), "Drills on Kunashir");
        assert_eq!(lib.article(en).unwrap_err().code(), "not_found");
        assert_eq!(count(&lib, "mentions"), 2, "only the Japanese article's");
        assert_eq!(count(&lib, "events"), 1);
        assert_eq!(count(&lib, "event_places"), 1);
        assert_eq!(count(&lib, "corrections"), 0);
        assert!(lib.search("Kunashir", 10).unwrap().is_empty());
        assert_eq!(lib.search("国後島", 10).unwrap().len(), 1);
        assert_eq!(lib.events(&EventFilter::default()).unwrap().len(), 1);

        assert_eq!(lib.restore_article(&deleted).unwrap(), en);
        assert_eq!(lib.article(en).unwrap(), before);
        assert_eq!(lib.search("Kunashir", 10).unwrap().len(), 1);
        assert_eq!(count(&lib, "corrections"), 2);
        // The corrections still apply after re-extraction.
        set_published_with(
            &mut lib,
            en,
            NaiveDate::from_ymd_opt(2022, 4, 2),
            &fake_extract,
        )
        .unwrap();
        assert_eq!(lib.article(en).unwrap().mentions[1].feature, "shikotan");

        let err = lib.restore_article(&deleted).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
        assert!(err.to_string().contains("already holds it"));
    }

    #[test]
    fn restore_puts_back_how_dates_were_found_and_the_references() {
        let mut lib = Library::open_in_memory().unwrap();
        let (a, analysis) = sample_news();
        let ImportOutcome::Stored { id } = lib.import("news.txt", &a, &analysis, *T0).unwrap()
        else {
            panic!()
        };
        let before = lib.article(id).unwrap();
        let deleted = lib.delete_article(id).unwrap();
        assert_eq!(count(&lib, "event_references"), 0);
        lib.restore_article(&deleted).unwrap();
        assert_eq!(lib.article(id).unwrap(), before);
        assert_eq!(count(&lib, "event_references"), 1);
    }

    #[test]
    fn deleting_the_japanese_article_clears_both_indexes() {
        let (mut lib, _, ja) = library();
        let deleted = lib.delete_article(ja).unwrap();
        assert!(lib.search("国後島", 10).unwrap().is_empty());
        assert!(lib.search("国後", 10).unwrap().is_empty());
        lib.restore_article(&deleted).unwrap();
        assert_eq!(lib.search("国後島", 10).unwrap().len(), 1);
        let check: rusqlite::Result<()> = lib.conn.execute_batch(
            "INSERT INTO articles_trigram(articles_trigram) VALUES ('integrity-check'); \
             INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check');",
        );
        assert!(check.is_ok(), "{check:?}");
    }

    #[test]
    fn deleting_a_missing_article_is_not_found() {
        let (mut lib, _, _) = library();
        let err = lib.delete_article(42).unwrap_err();
        assert_eq!(err.code(), "not_found");
    }

    #[test]
    fn a_reimported_article_cannot_be_restored_over() {
        let (mut lib, en, _) = library();
        let deleted = lib.delete_article(en).unwrap();
        let (a, analysis) = sample_en();
        let again = lib.import("again.txt", &a, &analysis, *T1).unwrap();
        assert!(matches!(again, ImportOutcome::Stored { id } if id != en));
        let err = lib.restore_article(&deleted).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
    }
}
