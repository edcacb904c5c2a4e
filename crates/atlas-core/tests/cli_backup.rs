//! `atlas backup` and `atlas check`, run as a user would.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

fn atlas(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(args)
        .output()
        .expect("atlas runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn text(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A library at `dir/library.sqlite3` with the sample article, made by `atlas ingest`.
fn library(dir: &Path) -> PathBuf {
    let db = dir.join("library.sqlite3");
    let sample = fixture("lavrov-kishida-kuril-islands.txt");
    let (code, _, stderr) = atlas(&["ingest", "--db", text(&db), text(&sample)]);
    assert_eq!(code, 0, "{stderr}");
    db
}

fn one_json_line(stdout: &str) -> Value {
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    serde_json::from_str(lines[0]).unwrap()
}

#[test]
fn backup_writes_a_whole_copy_and_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(dir.path());
    let copy = dir.path().join("copy.sqlite3");

    let (code, stdout, stderr) = atlas(&["backup", "--db", text(&db), "--to", text(&copy)]);
    assert_eq!(code, 0, "{stderr}");
    let printed = one_json_line(&stdout);
    assert_eq!(printed["path"], text(&copy));
    assert_eq!(
        printed["bytes"].as_u64().unwrap(),
        std::fs::metadata(&copy).unwrap().len()
    );
    let (code, stdout, _) = atlas(&["search", "--db", text(&copy), "Kunashir"]);
    assert_eq!(code, 0);
    let hits: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        hits.as_array().unwrap().len(),
        1,
        "the copy holds the article"
    );

    std::fs::write(&copy, b"keep me").unwrap();
    let (code, stdout, stderr) = atlas(&["backup", "--db", text(&db), "--to", text(&copy)]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    let error: Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(error["error"]["code"], "invalid_input");
    assert!(
        error["error"]["advice"]
            .as_str()
            .unwrap()
            .contains("--force"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&copy).unwrap(), b"keep me");

    let (code, _, stderr) = atlas(&["backup", "--db", text(&db), "--to", text(&copy), "--force"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, _) = atlas(&["check", "--db", text(&copy)]);
    assert_eq!(code, 0);
}

#[test]
fn check_reports_a_whole_library() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(dir.path());
    let (code, stdout, stderr) = atlas(&["check", "--db", text(&db)]);
    assert_eq!(code, 0, "{stderr}");
    let report = one_json_line(&stdout);
    assert_eq!(report["ok"], true);
    assert_eq!(report["problems"], serde_json::json!([]));
    assert_eq!(report["articles"], 1);
    assert!(report["mentions"].as_u64().unwrap() > 0);
    assert!(report["events"].as_u64().unwrap() > 0);
    assert_eq!(report["schema_version"], report["current_schema_version"]);
}

#[test]
fn check_of_a_damaged_library_exits_1_with_json_and_leaves_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite3");
    std::fs::write(&db, b"%PDF-1.4\nnot a library\n").unwrap();
    let (code, stdout, _) = atlas(&["check", "--db", text(&db)]);
    assert_eq!(code, 1);
    let printed = one_json_line(&stdout);
    assert_eq!(printed["ok"], false);
    assert_eq!(printed["file"], text(&db));
    assert_eq!(printed["error"]["code"], "library_damaged");
    assert!(printed["error"]["message"]
        .as_str()
        .unwrap()
        .contains("not an SQLite database"));
    assert_eq!(std::fs::read(&db).unwrap(), b"%PDF-1.4\nnot a library\n");

    let (code, _, stderr) = atlas(&["check", "--db", text(&dir.path().join("missing.sqlite3"))]);
    assert_eq!(code, 2, "a missing file is a usage error");
    assert!(stderr.contains("not_found"), "{stderr}");
}
