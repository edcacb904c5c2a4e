//! The `atlas` binary, run as a user would.

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

// `atlas backup` and `atlas check`.

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

#[test]
fn link_prints_files_in_input_order_though_it_links_them_on_every_core() {
    let dir = tempfile::tempdir().unwrap();
    let sample = std::fs::read_to_string(fixture("lavrov-kishida-kuril-islands.txt")).unwrap();
    let mut paths = Vec::new();
    for i in 0..40 {
        // Long and short files mixed, so later ones often finish first.
        let text = if i % 3 == 0 {
            sample.repeat(20)
        } else {
            format!("Kunashir, note {i}.")
        };
        let path = dir.path().join(format!("article-{i:02}.txt"));
        std::fs::write(&path, text).unwrap();
        paths.push(path.to_str().unwrap().to_string());
    }
    let mut args = vec!["link", "--published", "2015-09-21"];
    args.extend(paths.iter().map(String::as_str));
    let (code, stdout, stderr) = atlas(&args);
    assert_eq!(code, 0, "{stderr}");
    let files: Vec<String> = lines(&stdout)
        .iter()
        .map(|o| o["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, paths);
}

#[test]
fn link_names_each_mention_s_pack_and_narrows_to_a_built_in_pack() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("three-disputes.txt");
    std::fs::write(
        &path,
        "Japan protested over Kunashir, the Senkaku Islands and Takeshima (Dokdo) on Monday.",
    )
    .unwrap();
    let path = path.to_str().unwrap();
    let packs_of = |stdout: &str| -> Vec<String> {
        lines(stdout)[0]["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["pack"].as_str().unwrap().to_string())
            .collect()
    };
    let (code, stdout, _) = atlas(&["link", "--published", "2024-02-07", path]);
    assert_eq!(code, 0);
    assert_eq!(packs_of(&stdout), ["kuril", "senkaku", "dokdo", "dokdo"]);
    let (code, stdout, _) = atlas(&["--pack", "kuril", "link", path]);
    assert_eq!(code, 0);
    assert_eq!(packs_of(&stdout), ["kuril"]);
    let (code, _, stderr) = atlas(&["--pack", "atlantis", "link", path]);
    assert_eq!(code, 2);
    assert!(stderr.contains("neither a built-in pack"), "{stderr}");
}

#[test]
fn pack_check_passes_a_good_pack_and_lists_the_problems_of_a_broken_one() {
    let good = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/packs/falklands");
    let (code, stdout, _) = atlas(&["pack", "check", good.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}");
    let broken = fixture("packs/broken");
    let (code, stdout, stderr) = atlas(&["pack", "check", broken.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("places.geojson: features[1].id: \"islet-a\" is used twice"),
        "{stdout}"
    );
    assert!(stderr.contains("problem(s)"), "{stderr}");
}

#[test]
fn export_writes_a_whole_file_or_to_standard_output_and_refuses_bad_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(dir.path());
    let db = db.to_str().unwrap();
    let out = dir.path().join("mentions.csv");
    let (code, stdout, stderr) = atlas(&[
        "export",
        "--db",
        db,
        "--format",
        "csv",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let written = one_json_line(&stdout);
    let mentions = written["count"]["mentions"].as_u64().unwrap();
    assert!(mentions > 0);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.starts_with("article_id,article_title,"));
    assert_eq!(csv.lines().count() as u64, mentions + 1);
    assert!(!dir.path().join("mentions.csv.partial").exists());

    let (code, stdout, _) = atlas(&[
        "export",
        "--db",
        db,
        "--format",
        "jsonl",
        "--dispute",
        "kuril",
    ]);
    assert_eq!(code, 0);
    assert!(lines(&stdout).iter().all(|a| a["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["pack"] == "kuril")));

    // The library's one article is in English, from no known source.
    for (option, value, articles) in [
        ("--language", "en", 1),
        ("--language", "ja", 0),
        ("--source", "Reuters", 0),
    ] {
        let (code, stdout, _) = atlas(&["export", "--db", db, "--format", "jsonl", option, value]);
        assert_eq!(code, 0);
        assert_eq!(lines(&stdout).len(), articles, "{option} {value}: {stdout}");
    }
    let (code, _, stderr) = atlas(&[
        "export",
        "--db",
        db,
        "--format",
        "csv",
        "--language",
        "english",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("use en, ru, ja, zh, ko, uk, es, vi or fil"),
        "{stderr}"
    );

    let (code, _, stderr) = atlas(&["export", "--db", db, "--format", "xlsx"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("use geojson, csv or jsonl"), "{stderr}");
    let (code, _, stderr) = atlas(&[
        "export",
        "--db",
        db,
        "--format",
        "csv",
        "--dispute",
        "atlantis",
    ]);
    assert_eq!(code, 2);
    assert_eq!(one_json_line(&stderr)["error"]["code"], "not_found");
}

#[test]
fn reanalyse_links_the_library_again_and_reports_progress() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(dir.path());
    let (code, stdout, stderr) = atlas(&["reanalyse", "--db", text(&db)]);
    assert_eq!(code, 0, "{stderr}");
    let summary: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["articles"], 1);
    assert_eq!(summary["stopped"], false);
    assert_eq!(summary["stale_corrections"], serde_json::json!([]));
    assert_eq!(stderr.trim(), r#"{"done":1,"total":1}"#);
}

#[test]
fn coverage_counts_the_articles_of_a_dispute_and_checks_its_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(dir.path());
    let (code, stdout, stderr) = atlas(&["coverage", "--db", text(&db), "--dispute", "kuril"]);
    assert_eq!(code, 0, "{stderr}");
    let coverage: Value = serde_json::from_str(&stdout).unwrap();
    // The sample states no publication date.
    assert_eq!(coverage["periods"], serde_json::json!([]));
    assert_eq!(coverage["undated"], 1);
    let (code, _, stderr) = atlas(&[
        "coverage",
        "--db",
        text(&db),
        "--place",
        "kunashir",
        "--by",
        "week",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("use month or year"), "{stderr}");
    let (code, _, _) = atlas(&["coverage", "--db", text(&db)]);
    assert_eq!(code, 2, "a place or a dispute is required");
}

#[test]
fn link_jsonl_streams_a_corpus_in_order_and_goes_on_after_bad_records() {
    use std::io::Write as _;
    let mut input = String::new();
    for i in 0..40 {
        input.push_str(
            &serde_json::json!({
                "id": format!("r{i}"),
                "text": format!("Report {i}. Russia held drills on Kunashir yesterday."),
                "published": "2024-09-12",
                "url": format!("https://example.org/{i}"),
            })
            .to_string(),
        );
        input.push('\n');
        if i == 10 {
            input.push_str("{\"id\": \"broken\", \"text\": 12}\n\nnot json at all\n");
        }
    }
    input.push_str(
        r#"{"id": 99, "html": "<html><head><link rel=canonical href=\"https://example.org/html\"></head><body><p>China Coast Guard ships entered waters off the Senkaku Islands on Monday.</p></body></html>"}"#,
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(["link", "--jsonl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "a bad record makes the exit status 1"
    );
    let lines = lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(
        lines.len(),
        43,
        "one line per record, the blank line skipped"
    );
    let ids: Vec<&Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(ids[0], "r0");
    assert_eq!(ids[10], "r10");
    assert_eq!(ids[11], "broken");
    assert_eq!(lines[11]["error"]["code"], "invalid_input");
    assert_eq!(lines[12]["line"], 14);
    assert_eq!(ids[13], "r11");
    assert_eq!(ids[41], "r39");
    let first = &lines[0];
    assert!(
        first.get("text").is_none(),
        "the text only with --with-text"
    );
    assert_eq!(first["url"], "https://example.org/0");
    assert_eq!(first["events"][0]["date"], "2024-09-11");
    assert_eq!(first["mentions"][0]["feature"], "kunashir");
    let html = &lines[42];
    assert_eq!(html["id"], 99);
    assert_eq!(
        html["url"], "https://example.org/html",
        "the page's own address"
    );
    assert_eq!(html["mentions"][0]["pack"], "senkaku");
}

/// `atlas link --jsonl ARGS` over `input`: its exit status and its lines.
fn link_jsonl(args: &[&str], input: &str) -> (i32, String) {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(["link", "--jsonl"])
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn link_jsonl_with_text_carries_the_clean_text_the_offsets_count_in() {
    let page = r#"{"id": "p", "html": "<html><head><title>Coast guard off the Senkakus</title></head><body><nav>Home | World</nav><p>China Coast Guard ships entered waters off the Senkaku Islands on Monday.</p></body></html>", "published": "2024-05-14"}"#;
    let (code, stdout) = link_jsonl(&["--with-text"], &format!("{page}\n"));
    assert_eq!(code, 0);
    let line = &lines(&stdout)[0];
    let text = line["text"].as_str().unwrap();
    assert!(!text.contains('<'), "clean text, no markup: {text}");
    assert_eq!(line["title"], "Coast guard off the Senkakus");
    let chars: Vec<char> = text.chars().collect();
    for m in line["mentions"].as_array().unwrap() {
        let (start, end) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
        let said: String = chars[start as usize..end as usize].iter().collect();
        assert_eq!(said, m["text"].as_str().unwrap());
    }
    let (_, stderr) = {
        let (code, _, stderr) = atlas(&["link", "--with-text", "x.txt"]);
        (code, stderr)
    };
    assert!(stderr.contains("--jsonl"), "{stderr}");
}

#[test]
fn ingest_results_loads_linked_lines_into_a_library_that_excerpts_reads() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("results");
    std::fs::create_dir(&results).unwrap();
    let corpus: String = [
        serde_json::json!({"id": "k1", "text": "Drills on Kunashir\n\nRussia held drills on Kunashir yesterday.", "published": "2024-09-12", "url": "https://news.example.com/k1"}),
        serde_json::json!({"id": "bad", "published": "not a date", "text": "x"}),
        serde_json::json!({"id": "k2", "text": "Plant on Shikotan\n\nA fish plant opened on Shikotan in 2019.", "url": "https://www.example.org/k2"}),
    ]
    .iter()
    .map(|r| format!("{r}\n"))
    .collect();
    let (code, stdout) = link_jsonl(&["--with-text"], &corpus);
    assert_eq!(code, 1, "a bad record");
    std::fs::write(results.join("part-00000"), &stdout).unwrap();
    std::fs::write(results.join("_SUCCESS"), "").unwrap();
    let db = dir.path().join("library.sqlite3");

    let (code, stdout, stderr) = atlas(&["ingest", "--db", text(&db), "--results", text(&results)]);
    assert_eq!(code, 1, "the error line is a failed record: {stderr}");
    let mut progress = lines(&stdout);
    // Failures come as they are found, stored records once their batch is written.
    progress.sort_by_key(|p| p["index"].as_u64());
    let kinds: Vec<&str> = progress
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["done", "failed", "done"]);
    assert_eq!(progress[0]["file_name"], "k1");
    assert_eq!(progress[1]["error"]["code"], "invalid_input");

    let (code, stdout, _) = atlas(&["excerpts", "--db", text(&db), "shikotan"]);
    assert_eq!(code, 0);
    let excerpts: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(excerpts[0]["title"], "Plant on Shikotan");
    assert_eq!(excerpts[0]["source"], "example.org");

    let (code, stdout, _) = atlas(&["ingest", "--db", text(&db), "--results", text(&results)]);
    assert_eq!(code, 1);
    let mut again = lines(&stdout);
    again.sort_by_key(|p| p["index"].as_u64());
    let kinds: Vec<String> = again.iter().map(|p| p["kind"].to_string()).collect();
    assert_eq!(kinds, ["\"duplicate\"", "\"failed\"", "\"duplicate\""]);

    let (code, _, stderr) = atlas(&[
        "ingest",
        "--db",
        text(&db),
        "--results",
        text(&dir.path().join("none")),
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("file_not_found"), "{stderr}");
    let (code, _, stderr) = atlas(&["ingest", "--db", text(&db)]);
    assert_eq!(code, 2, "files or --results: {stderr}");
}

/// Ctrl-C (SIGINT) during `atlas ingest`: the file in hand is finished, the
/// rest is not started, the counts are printed, and the library holds exactly
/// the articles reported stored.
#[cfg(unix)]
#[test]
fn ingest_stops_cleanly_on_ctrl_c_and_reports_what_it_did_not_start() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    const FILES: usize = 2_000;
    for i in 0..FILES {
        std::fs::write(
            inbox.join(format!("report-{i:04}.txt")),
            format!("Report {i}\n\nIn 1956, Shikotan was promised to Japan. Item {i}."),
        )
        .unwrap();
    }
    let db = dir.path().join("library.sqlite3");
    let mut child = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(["ingest", "--db", text(&db), text(&inbox)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("atlas runs");
    let mut stdout = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut outcomes: Vec<Value> = Vec::new();
    // The first stored article, then Ctrl-C, as a user at the terminal.
    for line in stdout.by_ref() {
        let outcome: Value = serde_json::from_str(&line.unwrap()).unwrap();
        let done = outcome["kind"] == "done";
        outcomes.push(outcome);
        if done {
            break;
        }
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    outcomes.extend(stdout.map(|l| serde_json::from_str::<Value>(&l.unwrap()).unwrap()));
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");

    let count = |kind: &str| outcomes.iter().filter(|o| o["kind"] == kind).count();
    let (stored, not_started) = (count("done"), count("not_started"));
    assert_eq!(outcomes.len(), FILES, "one outcome per file");
    assert_eq!(stored + not_started, FILES, "{stderr}");
    assert!(not_started > 0, "Ctrl-C came before the end: {stderr}");
    let report: Value = serde_json::from_str(stderr.lines().last().unwrap()).unwrap();
    assert_eq!(report["cancelled"]["cancelled"], true);
    assert_eq!(report["cancelled"]["imported"], stored);
    assert_eq!(report["cancelled"]["not_started"], not_started);
    assert_eq!(
        report["message"],
        format!("cancelled: {stored} stored, {not_started} not started")
    );

    // The library holds exactly the articles reported stored.
    let atlas =
        atlas_core::Atlas::open_existing(atlas_core::gazetteer::Gazetteer::kuril(), &db).unwrap();
    let mut titles: Vec<String> = atlas
        .articles()
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect();
    let mut reported: Vec<String> = outcomes
        .iter()
        .filter(|o| o["kind"] == "done")
        .map(|o| o["title"].as_str().unwrap().to_owned())
        .collect();
    titles.sort();
    reported.sort();
    assert_eq!(titles, reported);
}

#[test]
fn a_query_whose_reader_stops_early_exits_1_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(dir.path());
    // `atlas events … | head -c 0`: the reader closes the pipe before anything is read.
    let mut child = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(["events", "--db", text(&db), "--history"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_query_with_fewer_packs_reads_the_library_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(dir.path());
    let places = || {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.query_row(
            "SELECT count(*), group_concat(DISTINCT dispute) FROM places",
            [],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
        )
        .unwrap()
    };
    let before = places();
    assert!(
        before.1.contains("senkaku"),
        "built with every pack: {before:?}"
    );
    let (code, stdout, stderr) = atlas(&["--pack", "kuril", "events", "--db", text(&db)]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!serde_json::from_str::<Value>(&stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .is_empty());
    assert_eq!(
        places(),
        before,
        "the aggregate kept every pack's places (no rebuild)"
    );
}
