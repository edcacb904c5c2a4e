//! The `atlas` binary, run as a user would.

use std::path::PathBuf;
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

fn lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn link_prints_one_json_object_per_file_and_reports_failures() {
    let sample = fixture("lavrov-kishida-kuril-islands.txt");
    let missing = fixture("no-such-article.txt");
    let (code, stdout, _) = atlas(&[
        "link",
        "--published",
        "2015-09-21",
        sample.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "a failed file makes the exit status 1");
    let objects = lines(&stdout);
    assert_eq!(objects.len(), 2);
    let ok = &objects[0];
    assert_eq!(ok["published"], "2015-09-21");
    assert_eq!(ok["language"], "en");
    let mentions = ok["mentions"].as_array().unwrap();
    let kunashir = mentions
        .iter()
        .find(|m| m["feature"] == "kunashir")
        .unwrap();
    assert_eq!(kunashir["kind"], "island");
    assert_eq!(kunashir["text"], "Kunashir");
    assert!(kunashir["end"].as_u64().unwrap() > kunashir["start"].as_u64().unwrap());
    let events = ok["events"].as_array().unwrap();
    let yalta = events.iter().find(|e| e["date"] == "1945-02").unwrap();
    assert_eq!(yalta["relative"], false);
    assert!(yalta["places"]
        .as_array()
        .unwrap()
        .contains(&"kuril-islands".into()));
    let failed = &objects[1];
    assert_eq!(failed["error"]["code"], "file_not_found");
    assert!(failed["error"]["message"]
        .as_str()
        .unwrap()
        .contains("no-such-article.txt"));
}

#[test]
fn link_rejects_a_malformed_date() {
    let (code, _, stderr) = atlas(&["link", "--published", "21/09/2015", "x.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a date like 2015-09-21"), "{stderr}");
}

#[test]
fn ingest_then_query_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.db");
    let db = db.to_str().unwrap();
    let sample = fixture("lavrov-kishida-kuril-islands.txt");
    let russian = fixture("articles/ru-kurily-visit.txt");
    let (code, stdout, _) = atlas(&[
        "ingest",
        "--db",
        db,
        sample.to_str().unwrap(),
        russian.to_str().unwrap(),
        sample.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stdout}");
    let mut outcomes: Vec<(u64, String)> = lines(&stdout)
        .iter()
        .map(|o| {
            (
                o["index"].as_u64().unwrap(),
                o["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    outcomes.sort();
    let kinds: Vec<&str> = outcomes.iter().map(|(_, k)| k.as_str()).collect();
    // The two copies of the sample race on worker threads: one is stored, one is a duplicate.
    assert_eq!(
        kinds.iter().filter(|k| **k == "done").count(),
        2,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| **k == "duplicate").count(),
        1,
        "{kinds:?}"
    );
    assert_eq!(kinds[1], "done");

    let (code, stdout, _) = atlas(&["events", "--db", db, "--from", "1945", "--to", "1945"]);
    assert_eq!(code, 0);
    let events: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e["year"] == 1945));

    let (_, stdout, _) = atlas(&["events", "--db", db, "--place", "shikotan", "--history"]);
    let events: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    assert!(events
        .iter()
        .any(|e| e["curated"] == true && e["date"] == "1956-10-19"));
    assert!(events.iter().any(|e| e["article_id"].is_number()));

    let (code, stdout, _) = atlas(&["excerpts", "--db", db, "kunashir"]);
    assert_eq!(code, 0);
    let articles: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    assert_eq!(articles.len(), 2);
    let excerpt = &articles[0]["excerpts"][0];
    let text = excerpt["text"].as_str().unwrap();
    let h = &excerpt["highlights"][0];
    let highlighted: String = text
        .chars()
        .skip(h["start"].as_u64().unwrap() as usize)
        .take((h["end"].as_u64().unwrap() - h["start"].as_u64().unwrap()) as usize)
        .collect();
    assert!(
        highlighted.starts_with("Кунашир") || highlighted == "Kunashir",
        "{highlighted}"
    );

    let (code, stdout, _) = atlas(&["search", "--db", db, "Yalta"]);
    assert_eq!(code, 0);
    let hits: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    assert_eq!(hits.len(), 1);

    let (code, _, stderr) = atlas(&["excerpts", "--db", db, "atlantis"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not_found"), "{stderr}");
}

#[test]
fn queries_do_not_create_a_library() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("missing.db");
    let (code, _, stderr) = atlas(&["search", "--db", db.to_str().unwrap(), "Kunashir"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("atlas ingest"), "{stderr}");
    assert!(!db.exists());
}
