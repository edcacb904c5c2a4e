//! The library's tables and their migrations.
//!
//! The schema version is SQLite's `PRAGMA user_version`: the number of
//! [`MIGRATIONS`] applied. Opening a library applies the missing ones in
//! order, each in its own transaction; a library with a version newer than
//! this code knows is refused rather than misread.
//!
//! Tables (version 1; version 2 adds the index `events_year`; version 3 adds
//! `events.dated_by` and `event_references`; version 4 `articles.address`;
//! version 5 the aggregate's tables and triggers, see `store/aggregate`;
//! version 6 the excerpts' order, `excerpt_ranking`; version 7 the articles' indexes
//! `articles_published`, `articles_source` and `articles_language` for the Library tab's pages;
//! version 8 the coverage aggregate, `dispute_coverage`, and the index `mentions_island`):
//! - `articles`: one row per article; `content_hash` (SHA-256 of the
//!   white-space-normalized text) is unique; `published` is `YYYY-MM-DD` or NULL;
//! - `mentions`: what the linker found (`linked_feature`) and the feature in
//!   effect (`feature`: the corrected one, NULL when a correction unlinked it);
//!   character and byte offsets.
//! - `events` and `event_places`: dated events; `date`/`year`/`month`/`day` are
//!   in effect (corrected), `extracted_date` is what the extractor said;
//!   `dated_by` how that date was found (`stated`, `relative`, `publication`,
//!   `dateline`: [`crate::events::DatedBy`]).
//! - `event_references`: the words that refer to an event's places without
//!   naming them ("these islands"), character offsets, and the place ids they
//!   refer to (a JSON array).
//! - `corrections`: the user's corrections, re-applied when events are re-extracted.
//! - `articles_fts` (FTS5, `unicode61 remove_diacritics 2`): title and text of
//!   every article, an external-content table kept in sync by triggers.
//! - `articles_trigram` (FTS5, `trigram`, contentless-delete): the words of
//!   title and text that hold Chinese, Japanese or Korean characters (`unicode61` cannot
//!   split them; Korean words carry their particles), written by the store on insert, deleted by a trigger. An
//!   English article quoting one Japanese term adds one word, not 5 KB of trigrams.

use rusqlite::{Connection, TransactionBehavior};

use crate::{Error, Result};

/// The migrations, in order; the schema version is how many have been applied.
pub const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7, V8, V9];

/// Version 2: the events' years indexed, so the timeline's histogram reads the
/// index instead of sorting every event (10,000 articles: 17 ms to 2 ms).
const V2: &str = "CREATE INDEX events_year ON events(year);";

/// Version 3: how each event's date was found, and the words that refer to its
/// places. Events stored before it were dated by a date in the text, or
/// worked out from the publication date when `relative`.
const V3: &str = r#"
ALTER TABLE events ADD COLUMN dated_by TEXT NOT NULL DEFAULT 'stated';
UPDATE events SET dated_by = 'relative' WHERE relative = 1;

CREATE TABLE event_references (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    start     INTEGER NOT NULL CHECK (start >= 0),
    "end"     INTEGER NOT NULL CHECK ("end" >= start),
    text      TEXT NOT NULL,
    places    TEXT NOT NULL CHECK (json_valid(places)),
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
"#;

/// Version 4: the web address an article was published at.
const V4: &str = "ALTER TABLE articles ADD COLUMN address TEXT;";

/// Version 5: the aggregate ([`super::aggregate`]): its tables, the triggers
/// that keep it current, and its rows built from the events and mentions
/// already stored. What needs a place's dispute and island is built when the
/// app first tells the store its packs ([`super::Library::set_places`]).
const V5: &str = concat!(
    super::aggregate::sql::aggregate_tables!(),
    super::aggregate::sql::aggregate_triggers!(),
    super::aggregate::sql::aggregate_rebuild!(),
    super::aggregate::sql::island_pair_triggers!(),
);

/// Version 6: the island panel's order of excerpts kept ready
/// (`excerpt_ranking`, see [`super::aggregate::sql`]), so its first page is
/// read in order instead of ranking every article that mentions the island
/// (Kunashir at a million articles: 761 ms). Built from the mentions and
/// the `places` already known; [`super::Library::set_places`] rebuilds it
/// with the rest of the aggregate.
const V6: &str = concat!(
    super::aggregate::sql::excerpt_ranking_table!(),
    super::aggregate::sql::excerpt_ranking_triggers!(),
    super::aggregate::sql::excerpt_ranking_rebuild!(),
);

/// Version 7: the Library tab's list a page at a time, in publication order
/// (`articles_published`, read backwards: NULL last), and its source and
/// language choices counted from the indexes instead of the articles' rows
/// ([`super::Library::article_page`], [`super::Library::article_facets`]).
const V7: &str = "CREATE INDEX articles_published ON articles(published, id);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_language ON articles(language);";

/// Version 8: the coverage aggregate (`dispute_coverage` and
/// `places.disputed`, see [`super::aggregate::coverage`]), so a dispute's
/// coverage chart reads counts instead of counting a million articles. Its
/// rows are built when [`super::Library::set_places`] next learns which
/// places are disputed. And `mentions_island`, so a place's coverage finds
/// the articles that mention a place on it by index
/// ([`super::Library::coverage`]).
const V8: &str = concat!(
    "CREATE INDEX mentions_island ON mentions(island, article_id);\n",
    super::aggregate::coverage::coverage_table!(),
    super::aggregate::coverage::coverage_triggers!(),
);

/// Version 9: no trigger fills `articles_fts` any more; the code that stores
/// an article indexes it ([`super::search::index_article_text`]), an import
/// at the end of each batch. FTS5 wrote its terms to disk at every statement
/// savepoint, which each article's triggered insert opened: an import of
/// 10,000 articles spent about a fifth of its time there.
const V9: &str = "DROP TRIGGER IF EXISTS articles_fts_insert;";

/// The schema version this code writes.
pub const VERSION: usize = MIGRATIONS.len();

const V1: &str = r#"
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    content_hash  TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    source        TEXT,
    file_name     TEXT NOT NULL,
    format        TEXT NOT NULL,
    published     TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    language      TEXT NOT NULL,
    text          TEXT NOT NULL,
    imported_at   TEXT NOT NULL
);

CREATE TABLE mentions (
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    feature         TEXT,
    linked_feature  TEXT NOT NULL,
    kind            TEXT NOT NULL,
    island          TEXT,
    start           INTEGER NOT NULL CHECK (start >= 0),
    "end"           INTEGER NOT NULL CHECK ("end" >= start),
    byte_start      INTEGER NOT NULL,
    byte_end        INTEGER NOT NULL,
    text            TEXT NOT NULL,
    PRIMARY KEY (article_id, start)
) WITHOUT ROWID;
CREATE INDEX mentions_feature ON mentions(feature, article_id);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date            TEXT NOT NULL,
    year            INTEGER NOT NULL,
    month           INTEGER CHECK (month BETWEEN 1 AND 12),
    day             INTEGER CHECK (day BETWEEN 1 AND 31),
    extracted_date  TEXT NOT NULL,
    sentence        TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    relative        INTEGER NOT NULL,
    planned         INTEGER NOT NULL
);
CREATE INDEX events_article ON events(article_id);

CREATE TABLE event_places (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    place     TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_places_place ON event_places(place, event_id);

CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('mention', 'event_date')),
    key         TEXT NOT NULL,
    value       TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (article_id, kind, key)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE articles_trigram USING fts5(
    title, text,
    content = '', contentless_delete = 1,
    tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    DELETE FROM articles_trigram WHERE rowid = old.id;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"#;

/// The schema version of the database behind `conn`.
///
/// # Errors
/// [`Error::Store`] if the pragma cannot be read.
pub fn version(conn: &Connection) -> Result<usize> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    Ok(usize::try_from(v).unwrap_or(usize::MAX))
}

/// Brings the database behind `conn` (called `name` in messages) up to [`VERSION`].
///
/// # Errors
/// [`Error::StoreVersion`] if the database is newer than this code,
/// [`Error::Store`] if a migration fails (that migration is rolled back; the
/// ones before it stay applied).
pub fn migrate(conn: &mut Connection, name: &str) -> Result<()> {
    apply(conn, name, MIGRATIONS)
}

/// The library `name` has schema version `current`, newer than the `known` one.
pub(crate) fn newer_version(name: &str, current: usize, known: usize) -> Error {
    Error::StoreVersion(format!(
        "the library {name} was written by a newer version of Dispute Atlas \
         (schema version {current}, this version knows up to {known}); \
         update the app to open it"
    ))
}

fn apply(conn: &mut Connection, name: &str, migrations: &[&str]) -> Result<()> {
    loop {
        let current = version(conn)?;
        if current > migrations.len() {
            return Err(newer_version(name, current, migrations.len()));
        }
        let Some(sql) = migrations.get(current) else {
            return Ok(());
        };
        // Immediate: the version is read again under the write lock, so two
        // programs opening a new library at once apply each migration once.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if version(&tx)? == current {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", current + 1)?;
        }
        tx.commit()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::DatedBy;
    use crate::store::Library;

    fn tables(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        let names = stmt.query_map([], |r| r.get(0)).unwrap();
        names.collect::<rusqlite::Result<_>>().unwrap()
    }

    #[test]
    fn migrates_from_version_zero() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(version(&conn).unwrap(), 0);
        migrate(&mut conn, "test").unwrap();
        assert_eq!(version(&conn).unwrap(), VERSION);
        let names = tables(&conn);
        for table in [
            "articles",
            "mentions",
            "events",
            "event_places",
            "event_references",
            "corrections",
            "articles_fts",
            "articles_trigram",
        ] {
            assert!(
                names.iter().any(|n| n == table),
                "{table} missing: {names:?}"
            );
        }
    }

    #[test]
    fn reopening_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.db");
        drop(Library::open(&path).unwrap());
        let before = tables(&Connection::open(&path).unwrap());
        let lib = Library::open(&path).unwrap();
        assert_eq!(version(&lib.conn).unwrap(), VERSION);
        assert_eq!(tables(&lib.conn), before);
    }

    #[test]
    fn applies_only_missing_migrations_each_in_a_transaction() {
        let mut conn = Connection::open_in_memory().unwrap();
        let first = ["CREATE TABLE a (x);"];
        apply(&mut conn, "test", &first).unwrap();
        let more = [
            "CREATE TABLE a (x);",
            "CREATE TABLE b (x);",
            "CREATE TABLE c (x); CREATE TABLE broken (;",
        ];
        let err = apply(&mut conn, "test", &more).unwrap_err();
        assert_eq!(err.code(), "store_error");
        assert_eq!(
            version(&conn).unwrap(),
            2,
            "the failed migration is rolled back"
        );
        let names = tables(&conn);
        assert_eq!(names, ["a", "b"]);
    }

    #[test]
    fn upgrades_a_version_1_library_keeping_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.db");
        {
            let mut conn = Connection::open(&path).unwrap();
            apply(&mut conn, "test", &MIGRATIONS[..1]).unwrap();
            conn.execute_batch(
                "INSERT INTO articles (content_hash, title, file_name, format, text, language, imported_at) \
                 VALUES ('h', 'T', 'a.txt', 'txt', 'Kunashir', 'en', '2024-01-01T00:00:00Z')",
            )
            .unwrap();
        }
        let lib = Library::open(&path).unwrap();
        assert_eq!(version(&lib.conn).unwrap(), VERSION);
        let n: i64 = lib
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        let plan: String = lib
            .conn
            .query_row(
                "EXPLAIN QUERY PLAN SELECT year, COUNT(*) FROM events GROUP BY year ORDER BY year",
                [],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("events_year"), "{plan}");
    }

    #[test]
    fn upgrades_a_version_2_library_keeping_its_events() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.db");
        {
            let mut conn = Connection::open(&path).unwrap();
            apply(&mut conn, "test", &MIGRATIONS[..2]).unwrap();
            conn.execute_batch(
                "INSERT INTO articles (id, content_hash, title, file_name, format, text, language, \
                     imported_at, published) \
                 VALUES (1, 'h', 'T', 'a.txt', 'text', 'Kunashir in 2019. Iturup last year.', 'en', \
                     '2024-01-01T00:00:00Z', '2024-05-01'); \
                 INSERT INTO events (id, article_id, date, year, extracted_date, sentence, start, \
                     \"end\", relative, planned) \
                 VALUES (1, 1, '2019', 2019, '2019', 'Kunashir in 2019.', 0, 17, 0, 0), \
                     (2, 1, '2023', 2023, '2023', 'Iturup last year.', 18, 35, 1, 0); \
                 INSERT INTO event_places (event_id, place, position) \
                 VALUES (1, 'kunashir', 0), (2, 'iturup', 0);",
            )
            .unwrap();
        }
        let lib = Library::open(&path).unwrap();
        assert_eq!(version(&lib.conn).unwrap(), VERSION);
        assert!(
            dir.path()
                .join("library-v2-before-upgrade.sqlite3")
                .is_file(),
            "a copy is taken before the upgrade"
        );
        let events = lib.article(1).unwrap().events;
        let kept: Vec<_> = events
            .iter()
            .map(|e| {
                (
                    e.stub.date.to_string(),
                    e.stub.places.clone(),
                    e.stub.dated_by,
                )
            })
            .collect();
        assert_eq!(
            kept,
            [
                (
                    "2019".to_string(),
                    vec!["kunashir".to_string()],
                    DatedBy::Stated
                ),
                (
                    "2023".to_string(),
                    vec!["iturup".to_string()],
                    DatedBy::Relative
                ),
            ]
        );
        assert!(events.iter().all(|e| e.references.is_empty()));
        assert!(tables(&lib.conn).iter().any(|t| t == "event_references"));
    }

    #[test]
    fn refuses_a_newer_library() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", VERSION + 1)
                .unwrap();
        }
        let err = Library::open(&path).unwrap_err();
        assert_eq!(err.code(), "store_version");
        let message = err.to_string();
        assert!(message.contains("newer version"), "{message}");
        assert!(
            message.contains(&format!("schema version {}", VERSION + 1)),
            "{message}"
        );
    }
}
