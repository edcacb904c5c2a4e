//! Crash safety (issue 5): an `atlas ingest` of 1,000 files killed with
//! SIGKILL at several seeded points leaves a library that passes
//! `PRAGMA integrity_check`, holds no half-stored article (each stored
//! article has exactly the mentions, events and event places its text gives),
//! and a re-run completes the import with no duplicates.
//!
//! Kills are placed by progress, not by time: the test reads the child's
//! output and kills it after a seeded number of files plus a seeded delay of
//! a few milliseconds (so some kills land inside a transaction), which keeps
//! the test meaningful on a fast or a loaded machine alike.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use atlas_core::analysis::analyze;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::linker::Linker;
use chrono::NaiveDate;
use common::{article, Rng};
use rusqlite::Connection;

mod common;

const FILES: usize = 1_000;
const KILLS: usize = 6;
const SEED: u64 = 0x5EED_CAFE_F00D_0005;

fn write_articles(dir: &Path) -> Vec<PathBuf> {
    let mut rng = Rng(SEED);
    (0..FILES)
        .map(|i| {
            let path = dir.join(format!("article-{i:04}.txt"));
            std::fs::write(&path, article(i, &mut rng)).unwrap();
            path
        })
        .collect()
}

fn atlas_ingest(db: &Path, files: &[PathBuf]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_atlas"));
    cmd.arg("ingest").arg("--db").arg(db).args(files);
    cmd
}

/// Starts the import, waits for `after` output lines and `delay_ms`, then
/// SIGKILLs it. Returns how many files it reported before dying.
fn run_and_kill(db: &Path, files: &[PathBuf], after: usize, delay_ms: u64) -> usize {
    let mut child = atlas_ingest(db, files)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("atlas starts");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let mut seen = 0;
    while seen < after {
        match lines.next() {
            Some(Ok(_)) => seen += 1,
            _ => break,
        }
    }
    std::thread::sleep(Duration::from_millis(delay_ms));
    // `Child::kill` sends SIGKILL on Unix: no destructor, no rollback, no flush.
    let _ = child.kill();
    let status = child.wait().unwrap();
    assert!(
        seen == after || status.success(),
        "atlas died early: {status:?}"
    );
    seen
}

/// What analysing a stored text must give: (mentions, events, event places).
type Counts = (usize, usize, usize);

/// Checks the library after a crash; returns the number of stored articles.
fn check_library(db: &Path, linker: &Linker, expected: &mut HashMap<String, Counts>) -> usize {
    let conn = Connection::open(db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok", "integrity_check");
    let fk_violations: i64 = conn
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk_violations, 0, "foreign_key_check");
    let fts: Result<(), _> =
        conn.execute_batch("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')");
    assert!(fts.is_ok(), "fts integrity-check: {fts:?}");

    let mut stmt = conn
        .prepare(
            "SELECT a.content_hash, a.text, a.published, \
             (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id), \
             (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id), \
             (SELECT COUNT(*) FROM event_places p JOIN events e ON e.id = p.event_id WHERE e.article_id = a.id) \
             FROM articles a",
        )
        .unwrap();
    let rows: Vec<(String, String, Option<String>, usize, usize, usize)> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (hash, text, published, mentions, events, places) in &rows {
        let want = *expected.entry(hash.clone()).or_insert_with(|| {
            let published = published
                .as_deref()
                .and_then(|d| d.parse::<NaiveDate>().ok());
            let a = analyze(linker, text, published);
            let places = a.events.iter().map(|e| e.places.len()).sum();
            (a.mentions.len(), a.events.len(), places)
        });
        assert!(want.0 > 0, "every generated article mentions a place");
        assert_eq!(
            (*mentions, *events, *places),
            want,
            "half-stored article {}",
            head(text)
        );
    }
    let articles_fts: usize = conn
        .query_row("SELECT COUNT(*) FROM articles_fts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        articles_fts,
        rows.len(),
        "full-text index in step with articles"
    );
    rows.len()
}

fn head(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

#[test]
fn sigkill_during_import_never_leaves_a_half_stored_article() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_articles(dir.path());
    let db = dir.path().join("library.db");
    let linker = Linker::new(&Gazetteer::kuril());
    let mut expected = HashMap::new();
    let mut rng = Rng(SEED ^ 0xDEAD);

    let mut stored = 0;
    for kill in 0..KILLS {
        // Each run starts over on the whole list: files already stored come
        // back as duplicates, quickly, so kills land further and further in.
        let after = stored + 20 + rng.below(120);
        let delay = rng.below(15) as u64;
        let reported = run_and_kill(&db, &files, after, delay);
        let now = check_library(&db, &linker, &mut expected);
        eprintln!(
            "kill {kill}: after {reported} files (+{delay} ms): {now} articles stored, library ok"
        );
        assert!(now >= stored, "articles lost");
        stored = now;
    }
    assert!(stored < FILES, "the kills should interrupt the import");

    let out = atlas_ingest(&db, &files).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), FILES);
    let duplicates = lines.iter().filter(|l| l["kind"] == "duplicate").count();
    assert_eq!(
        duplicates, stored,
        "what was stored before is found again, not stored twice"
    );

    assert_eq!(check_library(&db, &linker, &mut expected), FILES);
    let conn = Connection::open(&db).unwrap();
    let distinct = |col: &str| -> usize {
        conn.query_row(
            &format!("SELECT COUNT(DISTINCT {col}) FROM articles"),
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(distinct("content_hash"), FILES);
    assert_eq!(distinct("file_name"), FILES);
    let names: HashSet<String> = conn
        .prepare("SELECT file_name FROM articles")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for f in &files {
        assert!(names.contains(f.file_name().unwrap().to_str().unwrap()));
    }
}
