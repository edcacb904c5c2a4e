//! Two `atlas ingest` processes writing one library at the same time, from
//! its creation on, with files of their own and files both import: each
//! either finishes, or fails files with a clear `busy` error (another program
//! held the library too long), never anything else; the library is whole
//! (`atlas check`), and holds every text that was stored, once.

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use atlas_core::gazetteer::Gazetteer;
use atlas_core::store::content_hash;
use atlas_core::Atlas;
use common::{article, Rng};
use serde_json::Value;

/// Files each process imports alone, and files both import.
const OWN: usize = 60;
const SHARED: usize = 20;
/// Rounds: the race differs each time.
const ROUNDS: usize = 3;

fn write_articles(dir: &Path, names: impl Iterator<Item = usize>) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let mut rng = Rng(2024);
    let texts: Vec<String> = (0..2 * OWN + SHARED)
        .map(|i| article(i, &mut rng))
        .collect();
    names
        .map(|i| {
            let path = dir.join(format!("{i:03}.txt"));
            std::fs::write(&path, &texts[i]).unwrap();
            path
        })
        .collect()
}

/// The JSON lines of `atlas ingest` and its exit status.
fn ingest(db: &Path, files: &[PathBuf]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_atlas"))
        .arg("ingest")
        .arg("--db")
        .arg(db)
        .args(files)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("atlas runs")
}

#[test]
fn two_writers_finish_or_fail_with_busy_and_never_damage_the_library() {
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("library.sqlite3");
        // Process A: its own files and the shared ones; B: the shared ones first, then its own.
        let a = write_articles(
            &dir.path().join("a"),
            (0..OWN).chain(2 * OWN..2 * OWN + SHARED),
        );
        let b = write_articles(
            &dir.path().join("b"),
            (2 * OWN..2 * OWN + SHARED).chain(OWN..2 * OWN),
        );
        let children = [ingest(&db, &a), ingest(&db, &b)];
        let mut stored_files = HashSet::new();
        for (who, child) in ["A", "B"].into_iter().zip(children) {
            let out = child.wait_with_output().unwrap();
            let stdout = String::from_utf8(out.stdout).unwrap();
            let stderr = String::from_utf8(out.stderr).unwrap();
            let lines: Vec<Value> = stdout
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
            let failed: Vec<&Value> = lines.iter().filter(|l| l["kind"] == "failed").collect();
            for failure in &failed {
                assert_eq!(
                    failure["error"]["code"], "busy",
                    "round {round}, {who}: only `busy` may fail a file: {failure}"
                );
            }
            match out.status.code() {
                Some(0) => assert!(failed.is_empty()),
                Some(1 | 2) => assert!(!failed.is_empty(), "{who}: {stderr}"),
                other => panic!("round {round}, {who} exited with {other:?}: {stderr}"),
            }
            if !stderr.trim().is_empty() {
                assert!(
                    stderr.contains("\"busy\""),
                    "round {round}, {who}: {stderr}"
                );
            }
            for line in &lines {
                if line["kind"] == "done" || line["kind"] == "duplicate" {
                    stored_files.insert(line["file_name"].as_str().unwrap().to_string());
                }
            }
            eprintln!(
                "round {round}, {who}: exit {:?}, {} lines, {} failed",
                out.status.code(),
                lines.len(),
                failed.len()
            );
        }

        let check = Command::new(env!("CARGO_BIN_EXE_atlas"))
            .args(["check", "--db"])
            .arg(&db)
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&check.stdout).unwrap();
        assert_eq!(report["ok"], true, "round {round}: {report}");
        let atlas = Atlas::open(Gazetteer::kuril(), &db).unwrap();
        let articles = atlas.articles().unwrap();
        let names: HashSet<String> = articles.iter().map(|a| a.file_name.clone()).collect();
        assert_eq!(names.len(), articles.len(), "each text once");
        assert_eq!(
            names, stored_files,
            "round {round}: what was reported stored is what is stored"
        );
        for summary in &articles {
            let whole = atlas.article(summary.id).unwrap();
            let expected = std::fs::read_to_string(dir.path().join("a").join(&summary.file_name))
                .or_else(|_| std::fs::read_to_string(dir.path().join("b").join(&summary.file_name)))
                .unwrap();
            assert_eq!(
                content_hash(&whole.text),
                content_hash(&expected),
                "{}",
                summary.file_name
            );
        }
    }
}

/// A writer that holds the library past the busy timeout (5 s) makes the
/// other's writes fail with `busy` and its advice, and nothing else changes.
#[test]
fn a_lock_held_too_long_is_a_clear_busy_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite3");
    let files = write_articles(&dir.path().join("a"), 0..2);
    let atlas = Atlas::open(Gazetteer::kuril(), &db).unwrap();
    let other = rusqlite::Connection::open(&db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();

    let mut errors = Vec::new();
    let options = atlas_core::atlas::ImportOptions {
        published: None,
        imported_at: "2026-01-01T00:00:00Z".parse().unwrap(),
        max_files: 10,
    };
    let summary = atlas.import(&files, options, &mut |p| {
        if let atlas_core::import::ImportProgress::Failed { error, .. } = p {
            errors.push((error.code(), error.advice()));
        }
    });

    assert_eq!((summary.imported, summary.failed), (0, 2));
    for (code, advice) in &errors {
        assert_eq!(*code, "busy");
        assert!(advice.starts_with("Another program is writing"), "{advice}");
    }
    other.execute_batch("ROLLBACK").unwrap();
    let summary = atlas.import(&files, options, &mut |_| {});
    assert_eq!(
        summary.imported, 2,
        "once the lock is gone, the same files go in"
    );
}
