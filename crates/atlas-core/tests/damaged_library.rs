//! Opening a damaged or foreign file where the library should be: an error
//! that says what is wrong (`library_damaged`, or `store_version` for a newer
//! library), never a panic, and the file's bytes exactly as they were.

mod common;

use std::path::{Path, PathBuf};

use atlas_core::atlas::ImportOptions;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::store::{schema, upgrade_backup_path, Library};
use atlas_core::{Atlas, Timestamp};
use common::{article, sorted_titles as titles, Rng};
use rusqlite::Connection;

/// A library at `dir/library.sqlite3` holding `n` articles, closed (its WAL
/// checkpointed and removed); returns its path and the titles stored.
fn library_with_articles(dir: &Path, n: usize) -> (PathBuf, Vec<String>) {
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    let mut rng = Rng(17);
    for i in 0..n {
        std::fs::write(sources.join(format!("{i}.txt")), article(i, &mut rng)).unwrap();
    }
    let path = dir.join("library.sqlite3");
    let atlas = Atlas::open(Gazetteer::kuril(), &path).unwrap();
    let options = ImportOptions {
        published: None,
        imported_at: "2026-01-01T00:00:00Z".parse::<Timestamp>().unwrap(),
        max_files: usize::MAX,
    };
    let summary = atlas.import(&[sources], options, &mut |_| {});
    assert_eq!(summary.failed, 0);
    let titles = titles(&atlas);
    assert_eq!(titles.len(), n);
    drop(atlas);
    assert!(!wal(&path).exists(), "closed cleanly");
    (path, titles)
}

/// Runs `sql` on the database at `path` behind the library's back.
fn run_sql(path: &Path, sql: &str) {
    Connection::open(path).unwrap().execute_batch(sql).unwrap();
}

fn wal(path: &Path) -> PathBuf {
    PathBuf::from(format!("{}-wal", path.display()))
}

/// Opens `path` both ways, expects `code` and a message that names the file
/// and `says` each time, and checks that the file's bytes did not change.
fn refused_unchanged(path: &Path, code: &str, says: &str) {
    let before = std::fs::read(path).unwrap();
    let err = Library::open(path).unwrap_err();
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "Library::open wrote to it"
    );
    let err = Atlas::open(Gazetteer::kuril(), path).unwrap_err();
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "Atlas::open wrote to it"
    );
    let message = err.to_string();
    assert!(
        message.contains(&path.display().to_string()),
        "names the file: {message}"
    );
    assert!(message.contains(says), "{message}");
}

/// Writes `content` at `path` and expects a `library_damaged` refusal that `says`.
fn damaged_file_refused(path: &Path, content: &[u8], says: &str) {
    std::fs::write(path, content).unwrap();
    refused_unchanged(path, "library_damaged", says);
}

#[test]
fn an_empty_file_is_refused_not_initialized() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    damaged_file_refused(&path, b"", "is empty");
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    let err = Library::open(&path).unwrap_err();
    assert!(err.advice().contains("backup"), "{}", err.advice());
}

#[test]
fn a_file_that_is_not_sqlite_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".repeat(200);
    for content in [&pdf[..], b"Notes about Kunashir.\n", b"x"] {
        damaged_file_refused(
            &path,
            content,
            "is not a Dispute Atlas library (it is not an SQLite database)",
        );
    }
}

#[test]
fn another_programs_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    run_sql(
        &path,
        "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');",
    );
    refused_unchanged(&path, "library_damaged", "tables notes");
}

#[test]
fn a_truncated_library_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = library_with_articles(dir.path(), 40);
    let len = std::fs::metadata(&path).unwrap().len();
    assert!(len > 40_000, "{len}");
    for keep in [len / 2, 4096 + 1000, 60] {
        let bytes = std::fs::read(&path).unwrap();
        let cut = dir.path().join(format!("cut-{keep}.sqlite3"));
        damaged_file_refused(&cut, &bytes[..keep as usize], "is damaged");
    }
}

#[test]
fn overwritten_pages_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = library_with_articles(dir.path(), 40);
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    let start = bytes.len() / 2 / page * page;
    let mut rng = Rng(99);
    for b in &mut bytes[start..start + 2 * page] {
        *b = rng.next() as u8;
    }
    damaged_file_refused(&path, &bytes, "is damaged");
}

#[test]
fn a_wal_left_by_another_database_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = library_with_articles(dir.path(), 5);
    let other = dir.path().join("other.sqlite3");
    let conn = Connection::open(&other).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;
         CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('not an article');",
    )
    .unwrap();
    // Copied while the other database is open: its WAL is still there.
    std::fs::copy(wal(&other), wal(&path)).unwrap();
    drop(conn);
    let wal_before = std::fs::read(wal(&path)).unwrap();
    refused_unchanged(&path, "library_damaged", "not a Dispute Atlas library");
    assert_eq!(std::fs::read(wal(&path)).unwrap(), wal_before);
}

#[test]
fn a_newer_library_is_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = library_with_articles(dir.path(), 2);
    run_sql(
        &path,
        &format!(
            "PRAGMA journal_mode = DELETE; PRAGMA user_version = {};",
            schema::VERSION + 1
        ),
    );
    refused_unchanged(&path, "store_version", "newer version");
}

#[test]
fn a_healthy_library_opens_and_keeps_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let (path, titles_before) = library_with_articles(dir.path(), 5);
    let atlas = Atlas::open(Gazetteer::kuril(), &path).unwrap();
    assert_eq!(titles(&atlas), titles_before);
    let none: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("before-upgrade"))
        .collect();
    assert!(none.is_empty(), "no upgrade, no backup");
}

#[test]
fn an_older_library_is_backed_up_then_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let (path, titles_before) = library_with_articles(dir.path(), 5);
    // Version 1: what versions 2 to 8 added (MIGRATIONS[1..]) taken away again.
    let aggregate_triggers = [
        "articles_aggregate_insert",
        "articles_aggregate_delete",
        "events_aggregate_insert",
        "events_aggregate_delete",
        "events_aggregate_update",
        "event_places_aggregate_insert",
        "event_places_aggregate_delete",
        "mentions_aggregate_insert",
        "mentions_aggregate_delete",
        "mentions_aggregate_update",
        "article_island_years_insert",
        "article_island_years_delete",
        "mentions_ranking_insert",
        "mentions_ranking_delete",
        "mentions_ranking_update",
        "articles_ranking_published",
        "mentions_coverage_insert",
        "mentions_coverage_delete",
        "mentions_coverage_update",
        "articles_coverage_update",
        "articles_coverage_delete",
    ];
    let aggregate_tables = [
        "places",
        "event_counts",
        "dispute_event_counts",
        "event_disputes",
        "article_island_years",
        "island_year_pairs",
        "place_article_counts",
        "dispute_article_counts",
        "library_counts",
        "excerpt_ranking",
        "dispute_coverage",
    ];
    for trigger in aggregate_triggers {
        run_sql(&path, &format!("DROP TRIGGER {trigger}"));
    }
    for table in aggregate_tables {
        run_sql(&path, &format!("DROP TABLE {table}"));
    }
    run_sql(
        &path,
        "DROP INDEX articles_published; DROP INDEX articles_source; \
         DROP INDEX articles_language; DROP INDEX mentions_island; \
         DROP INDEX events_year; DROP TABLE event_references; \
         ALTER TABLE events DROP COLUMN dated_by; ALTER TABLE articles DROP COLUMN address; \
         PRAGMA user_version = 1;",
    );
    let backup = upgrade_backup_path(&path, 1);
    assert_eq!(backup, dir.path().join("library-v1-before-upgrade.sqlite3"));
    assert!(!backup.exists());

    let atlas = Atlas::open(Gazetteer::kuril(), &path).unwrap();
    assert_eq!(titles(&atlas), titles_before);
    drop(atlas);
    let upgraded = Connection::open(&path).unwrap();
    assert_eq!(schema::version(&upgraded).unwrap(), schema::VERSION);

    assert!(backup.exists(), "the old library was copied first");
    let copy = Connection::open(&backup).unwrap();
    assert_eq!(schema::version(&copy).unwrap(), 1);
    let index: i64 = copy
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_year'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(index, 0, "the copy is the version-1 library");
    let articles: usize = copy
        .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(articles, titles_before.len());
    // A second old library upgraded in the same place keeps the first copy.
    assert_eq!(
        upgrade_backup_path(&path, 1),
        dir.path().join("library-v1-before-upgrade-2.sqlite3")
    );
}
