//! The library: an SQLite database of articles, their mentions and events,
//! with a full-text index and the queries the app and the CLI run.
//!
//! One [`Library`] wraps one connection. Reads take `&self`, writes take
//! `&mut self` and run in a transaction each, so a failure leaves nothing
//! half-written; a read of several statements runs in one read transaction,
//! so it never sees half of another connection's write. The app keeps the library behind a mutex.
//!
//! - [`schema`]: tables, indexes, full-text index, migrations by `PRAGMA user_version`;
//! - [`read_only_reason`]: whether the library can be written, and why not;
//! - `probe`: what the file at the library's path is, checked before anything writes to it;
//! - [`Library::backup_to`], [`Library::check`]: whole copies, and a full integrity check;
//! - [`Library::import`]: one analysed article in one transaction, duplicates told by content hash;
//! - [`Library::article`], [`Library::articles`], [`Library::article_counts`]: what is stored;
//! - [`Library::excerpts`]: the sentences around the mentions of a place;
//! - [`Library::events`], [`Library::event_histogram`]: the timeline;
//! - `aggregate`: counts per place, dispute, year and month, kept current by
//!   triggers, and the event list read a page at a time ([`Library::event_page`]);
//! - [`Library::search`]: full text (English, Russian and Japanese);
//! - [`Library::correct_mention`], [`Library::correct_event_date`]: user corrections, kept;
//! - [`Library::delete_article`] / [`Library::restore_article`], [`Library::replace_events`].

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::{Error, Result};

mod access;
mod aggregate;
mod article_list;
mod articles;
mod backup;
mod check;
mod corrections;
mod coverage;
mod events;
mod excerpts;
mod import;
mod probe;
mod reanalysis;
pub mod schema;
mod search;
mod trash;

pub use access::{read_only_reason, ReadOnly, ReadOnlyReason};
pub use aggregate::{EventPage, EventScope, PlaceCount, PlaceOfDispute, RebuildProgress, MAX_PAGE};
pub use article_list::{ArticleFacets, ArticlePage, LanguageCount, SourceCount, MAX_ARTICLE_PAGE};
pub use articles::{ArticleRecord, ArticleSummary, MentionRecord, MAX_SOURCE_CHARS};
pub(crate) use backup::free_sibling;
pub use backup::upgrade_backup_path;
pub use check::CheckReport;
pub use corrections::{DateCorrection, MentionCorrection};
pub use coverage::{Coverage, CoverageBin, Period, Split, UNKNOWN_SOURCE};
pub use events::{EventFilter, EventRecord, EventStub, YearCount, MAX_EVENT_IDS};
pub use excerpts::{ArticleExcerpts, Excerpt, MentionHighlight, SentenceSplitter};
pub use import::{ArticleRef, ImportOutcome, NewArticle};
pub(crate) use probe::{shm_path, wal_path};
pub use reanalysis::{StaleCorrection, StoredText};
pub use search::{MatchHighlight, SearchFilter, SearchHit, MAX_RANKED_MATCHES};
pub use trash::DeletedArticle;

/// The page cache while the library is only queried, in KiB.
const QUERY_CACHE_KIB: i64 = 8_000;
/// The page cache during an import (the full-text indexes' pages stay hot), in KiB.
pub(crate) const IMPORT_CACHE_KIB: i64 = 32_000;

/// How long a write waits for another connection's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The article library: one SQLite database.
#[derive(Debug)]
pub struct Library {
    conn: Connection,
}

impl Library {
    /// Opens the library at `path`, creating the file (and its parent folders)
    /// if needed and bringing its schema up to date.
    ///
    /// A new library is made whole beside `path` and then linked into place,
    /// so no other program ever sees it half made (an empty file would look
    /// damaged). An existing file is checked first, read-only, and is not written to
    /// unless it is a whole library of a version this code knows (see `probe`).
    /// An older library is copied to [`upgrade_backup_path`] before it is
    /// upgraded. The database runs in WAL mode with `synchronous=NORMAL`,
    /// foreign keys on and a busy timeout.
    ///
    /// # Errors
    /// [`Error::LibraryDamaged`] if the file is empty, damaged or not a
    /// library (it is left as it is), [`Error::ReadOnly`] if it or its folder
    /// cannot be written (see [`Library::open_read_only`]), [`Error::StoreVersion`] if the file was
    /// written by a newer version of the app, [`Error::Io`] if the parent
    /// folder cannot be created, [`Error::Store`] or [`Error::Io`] if SQLite
    /// cannot open or migrate the file or the copy before an upgrade fails
    /// (the library is then not upgraded).
    pub fn open(path: impl AsRef<Path>) -> Result<Library> {
        let path = path.as_ref();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        if !path.exists() {
            create_whole(path)?;
        }
        if let Some(checked) = probe::check_file(path)? {
            if let Some(read_only) = read_only_reason(path) {
                return Err(Error::ReadOnly(read_only.message));
            }
            if (1..schema::VERSION).contains(&checked.version) {
                backup::copy_database(&checked.conn, &upgrade_backup_path(path, checked.version))?;
            }
        }
        let conn = Connection::open(path)?;
        // Before anything else: another program may be creating or writing the library.
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A modest page cache (imports raise it: see `import_batch`) and fewer,
        // larger WAL checkpoints.
        conn.pragma_update(None, "cache_size", -QUERY_CACHE_KIB)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "wal_autocheckpoint", 4_000)?;
        Library::configure(conn, &path.display().to_string())
    }

    /// Opens the existing library at `path` read-only, after the same checks
    /// as [`Library::open`], and neither migrates nor writes it: for checking
    /// and copying a library (an older one stays at its version), and for a
    /// library on read-only media (see [`read_only_reason`]). A write through
    /// it fails with [`Error::ReadOnly`].
    ///
    /// # Errors
    /// [`Error::NotFound`] if there is no file at `path`, else as [`Library::open`].
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Library> {
        let path = path.as_ref();
        let checked = probe::check_file(path)?
            .ok_or_else(|| Error::NotFound(format!("there is no library at {}", path.display())))?;
        checked.conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(Library { conn: checked.conn })
    }

    /// A second, read-only connection to the library at `path`, which
    /// [`Library::open`] has opened (checked, created, migrated) already: for
    /// queries that must not wait on another connection's writes (WAL lets it
    /// read the last committed state meanwhile). A write through it fails
    /// with [`Error::ReadOnly`].
    ///
    /// # Errors
    /// [`Error::Store`] if SQLite cannot open the file.
    pub fn open_reader(path: impl AsRef<Path>) -> Result<Library> {
        let conn = Connection::open_with_flags(
            path.as_ref(),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "cache_size", -QUERY_CACHE_KIB)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.set_prepared_statement_cache_capacity(64);
        Ok(Library { conn })
    }

    /// Opens a fresh library in memory (for tests and dry runs).
    ///
    /// # Errors
    /// [`Error::Store`] if SQLite fails to create the schema.
    pub fn open_in_memory() -> Result<Library> {
        Library::configure(Connection::open_in_memory()?, ":memory:")
    }

    fn configure(mut conn: Connection, name: &str) -> Result<Library> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.set_prepared_statement_cache_capacity(64);
        schema::migrate(&mut conn, name)?;
        Ok(Library { conn })
    }

    /// Gives back the memory an import took: the page cache returns to its
    /// size for queries and SQLite frees what it can. Call after an import.
    ///
    /// # Errors
    /// [`Error::Store`] if SQLite refuses the pragmas.
    pub fn release_memory(&self) -> Result<()> {
        self.conn
            .pragma_update(None, "cache_size", -QUERY_CACHE_KIB)?;
        self.conn.execute_batch("PRAGMA shrink_memory")?;
        Ok(())
    }

    /// The article whose text has `hash` (see [`content_hash`]), if one is stored.
    ///
    /// Lets the caller skip analysing a file that is already in the library.
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn find_by_hash(&self, hash: &str) -> Result<Option<ArticleRef>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, title FROM articles WHERE content_hash = ?1")?;
        let found = stmt
            .query_row([hash], |row| {
                Ok(ArticleRef {
                    id: row.get(0)?,
                    title: row.get(1)?,
                })
            })
            .optional()?;
        Ok(found)
    }

    /// Starts a read transaction that ends (rolls back; nothing was written)
    /// when the guard drops, so a query made of several statements sees one
    /// snapshot of the library. In WAL mode another connection may commit
    /// between two statements otherwise: the app's importer writes through
    /// one connection while the UI reads through another.
    fn read_snapshot(&self) -> Result<rusqlite::Transaction<'_>> {
        Ok(self.conn.unchecked_transaction()?)
    }

    /// The ids of every stored article, in the order they were imported.
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn article_ids(&self) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM articles ORDER BY id")?;
        let ids = stmt.query_map([], |row| row.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// The connection, for tests that act behind the library's back.
    #[cfg(test)]
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The number of stored articles.
    ///
    /// # Errors
    /// [`Error::Store`] if the query fails.
    pub fn article_count(&self) -> Result<usize> {
        let n: usize = self
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |row| row.get(0))?;
        Ok(n)
    }
}

/// Makes a new, empty library at `path` without it ever being seen half made:
/// it is created under a name of its own in the same folder, closed (its WAL
/// folded in), then hard-linked to `path`, which fails harmlessly when another
/// program made one there first (theirs is kept), and the temporary name goes.
/// Where the file system has no hard links it is renamed into place instead.
fn create_whole(path: &Path) -> Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| Error::InvalidInput(format!("{} is not a file name", path.display())))?;
    let new = path.with_file_name(format!(
        ".{}.{}.new",
        name.to_string_lossy(),
        std::process::id()
    ));
    let remove_new = || {
        for file in [new.clone(), probe::wal_path(&new), probe::shm_path(&new)] {
            let _ = std::fs::remove_file(file);
        }
    };
    remove_new();
    let made = (|| -> Result<()> {
        let conn = Connection::open(&new)?;
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        // Closing the only connection checkpoints the WAL into the file.
        drop(Library::configure(conn, &new.display().to_string())?);
        match std::fs::hard_link(&new, path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            Err(_) if !path.exists() => std::fs::rename(&new, path).map_err(|e| Error::io(path, e)),
            Err(e) => Err(Error::io(path, e)),
        }
    })();
    remove_new();
    made
}

/// The hex SHA-256 of `text` with its white space normalized (runs of white
/// space count as one space; leading and trailing white space is ignored), so
/// the same article exported twice with different line endings is one article.
pub fn content_hash(text: &str) -> String {
    let mut hasher = Sha256::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            hasher.update(b" ");
        }
        hasher.update(word.as_bytes());
    }
    let digest = hasher.finalize();
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        hex.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
        hex.push(char::from_digit(u32::from(byte & 0xf), 16).unwrap_or('0'));
    }
    hex
}

/// A character or byte offset as SQLite stores it.
fn sql_offset(n: usize) -> Result<i64> {
    i64::try_from(n).map_err(|_| Error::InvalidInput(format!("offset {n} is out of range")))
}

/// Not found: the article `id`.
/// Refines a store error by what the system said: SQLite reports a write
/// refused for want of space as `SQLITE_FULL` only when the system said
/// `ENOSPC`; a used-up disk quota (`EDQUOT`), in a write or in a WAL
/// checkpoint, comes as a plain I/O error. Either is [`Error::DiskFull`].
fn with_system_cause(conn: &Connection, error: Error) -> Error {
    let Error::Store(rusqlite::Error::SqliteFailure(failure, _)) = &error else {
        return error;
    };
    if failure.code != rusqlite::ErrorCode::SystemIoFailure {
        return error;
    }
    // SAFETY: the handle is the open connection's, used on this thread, and
    // sqlite3_system_errno only reads the error it last recorded.
    let errno = unsafe { rusqlite::ffi::sqlite3_system_errno(conn.handle()) };
    if errno != 0 && crate::error::is_out_of_space(&std::io::Error::from_raw_os_error(errno)) {
        return Error::DiskFull(format!(
            "{error} ({})",
            std::io::Error::from_raw_os_error(errno)
        ));
    }
    error
}

fn article_not_found(id: i64) -> Error {
    Error::NotFound(format!(
        "article #{id} is not in the library (it may have been deleted)"
    ))
}

/// Stores a serde unit enum (format, place kind) as its serialized name.
fn enum_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Reads back a serde unit enum stored by [`enum_name`].
fn enum_from_name<T: serde::de::DeserializeOwned>(name: String) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(name)).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

#[cfg(test)]
pub(crate) mod testing;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_ignores_white_space_differences() {
        assert_eq!(
            content_hash("Kunashir  is\r\nan island.\n"),
            content_hash("Kunashir is an island.")
        );
        assert_ne!(content_hash("Kunashir"), content_hash("Iturup"));
        assert_eq!(content_hash("").len(), 64);
    }

    #[test]
    fn opens_on_disk_creating_folders_in_wal_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a").join("b").join("library.db");
        let lib = Library::open(&path).unwrap();
        assert!(path.exists());
        let mode: String = lib
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = lib
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        let sync: i64 = lib
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 1, "NORMAL");
    }
}
