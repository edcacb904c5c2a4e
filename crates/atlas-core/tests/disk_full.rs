//! A full disk during an import, on a real, small tmpfs (mounting one needs
//! root: without it the test says why and returns). The import stops at the
//! full disk with `disk_full`, keeps every article stored before whole, reports
//! the files it did not store, and the library still answers; once there is
//! room again, importing the same files completes it, each article once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use atlas_core::atlas::ImportOptions;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::import::{ImportProgress, ImportSummary};
use atlas_core::store::EventFilter;
use atlas_core::{Atlas, ErrorCode};

/// The tmpfs's size while the import fills it.
const SMALL: &str = "3m";
/// Its size once space is "freed".
const ROOMY: &str = "64m";
/// The articles imported.
const FILES: usize = 60;

/// A tmpfs mounted on a temporary folder, unmounted when dropped (also when
/// the test fails).
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (as `mount` takes it: `3m`), or says why it cannot.
    fn mount(size: &str) -> Result<Tmpfs, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        run(Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path()))?;
        Ok(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Gives the mounted tmpfs a new `size`, keeping its files.
    fn resize(&self, size: &str) {
        run(Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(self.path()))
        .expect("remount the tmpfs");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        // A file still open (a failed test's library) makes a plain unmount
        // fail: detach it then.
        if run(Command::new("umount").arg(self.path())).is_err() {
            let _ = run(Command::new("umount").arg("-l").arg(self.path()));
        }
    }
}

/// Runs `command`; its stderr (or why it did not start) if it fails.
fn run(command: &mut Command) -> Result<(), String> {
    let out = command.output().map_err(|e| format!("{command:?}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{command:?}: {} {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// Writes `FILES` distinct articles of about 60 KB each (on the normal disk):
/// long paragraphs about Kunashir and Iturup with a year in every tenth sentence.
fn write_articles(dir: &Path) -> Vec<PathBuf> {
    (0..FILES)
        .map(|i| {
            let paragraphs: Vec<String> = (0..20)
                .map(|p| {
                    let sentences: Vec<String> = (0..40)
                        .map(|s| match s % 10 {
                            0 => format!(
                                "In {}, Kunashir and Iturup saw survey {i}-{p}-{s}.",
                                1946 + (i + p + s) % 78
                            ),
                            _ => format!("Survey item {i}-{p}-{s} was recorded on Kunashir."),
                        })
                        .collect();
                    sentences.join(" ")
                })
                .collect();
            let path = dir.join(format!("kunashir-{i:03}.txt"));
            let text = format!("Kunashir survey {i}\n\n{}\n", paragraphs.join("\n\n"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

/// Imports `files`, returning the summary and each file's outcome by file name.
fn import(atlas: &Atlas, files: &[PathBuf]) -> (ImportSummary, Vec<ImportProgress>) {
    let options = ImportOptions {
        published: None,
        imported_at: "2026-03-01T12:00:00Z".parse().unwrap(),
        max_files: usize::MAX,
    };
    let mut outcomes = Vec::new();
    let summary = atlas.import(files, options, &mut |progress| {
        if !matches!(progress, ImportProgress::Queued { .. }) {
            outcomes.push(progress);
        }
    });
    (summary, outcomes)
}

/// The file name of an outcome.
fn file_of(progress: &ImportProgress) -> &str {
    match progress {
        ImportProgress::Queued { file_name, .. }
        | ImportProgress::Done { file_name, .. }
        | ImportProgress::Duplicate { file_name, .. }
        | ImportProgress::Failed { file_name, .. }
        | ImportProgress::NotStarted { file_name, .. } => file_name,
    }
}

/// Checks that every article the library lists opens in full with its file's
/// text, each file at most once; returns how many there are.
fn assert_articles_whole(atlas: &Atlas, files: &[PathBuf]) -> usize {
    let by_name: HashMap<String, &PathBuf> = files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    let articles = atlas.articles().expect("the library lists its articles");
    let mut seen = std::collections::HashSet::new();
    for summary in &articles {
        assert!(
            seen.insert(summary.file_name.clone()),
            "{} twice",
            summary.file_name
        );
        let path = by_name[summary.file_name.as_str()];
        let detail = atlas.article(summary.id).expect("a stored article opens");
        let expected = atlas_core::ingest::read_file(path).unwrap().text;
        assert_eq!(detail.text, expected, "{}", summary.file_name);
        let file = std::fs::read_to_string(path).unwrap();
        assert!(file.contains(detail.text.trim()), "{}", summary.file_name);
        assert!(!detail.mentions.is_empty() && !detail.events.is_empty());
    }
    articles.len()
}

#[test]
fn a_full_disk_stops_the_import_keeps_what_is_stored_and_a_second_import_completes_it() {
    let tmpfs = match Tmpfs::mount(SMALL) {
        Ok(tmpfs) => tmpfs,
        Err(why) => {
            eprintln!("skipped: cannot mount a tmpfs (needs root): {why}");
            return;
        }
    };
    let sources = tempfile::tempdir().unwrap();
    let files = write_articles(sources.path());
    let db = tmpfs.path().join("library").join("library.sqlite3");
    let atlas = Atlas::open(Gazetteer::kuril(), &db).unwrap();

    // The import fills the disk and stops.
    let (summary, outcomes) = import(&atlas, &files);
    eprintln!("tmpfs {SMALL}, {FILES} files: {summary:?}");
    assert_eq!(summary.stopped_by, Some(ErrorCode::DiskFull));
    assert!(summary.imported > 0, "some articles fit: {summary:?}");
    assert!(summary.failed > 0, "{summary:?}");
    assert_eq!(summary.duplicates, 0);
    assert_eq!(summary.imported + summary.failed, FILES);
    assert_eq!(outcomes.len(), FILES, "one outcome per file");
    let failures: Vec<_> = outcomes
        .iter()
        .filter_map(|p| match p {
            ImportProgress::Failed { error, .. } => Some(error),
            _ => None,
        })
        .collect();
    assert_eq!(failures.len(), summary.failed);
    eprintln!("first failure: {}", serde_json::json!(failures[0]));
    assert_eq!(failures[0].code(), "disk_full");
    for error in &failures {
        assert_eq!(error.code(), "disk_full", "no other error: {error}");
        assert!(
            error
                .to_string()
                .contains("the disk holding the library is full"),
            "{error}"
        );
        assert!(
            error.advice().contains("Free some space"),
            "{}",
            error.advice()
        );
    }
    let done: Vec<&str> = outcomes
        .iter()
        .filter(|p| matches!(p, ImportProgress::Done { .. }))
        .map(file_of)
        .collect();
    assert_eq!(done.len(), summary.imported);

    // What is stored is whole, and only that; the library still answers.
    let stored = assert_articles_whole(&atlas, &files);
    assert_eq!(stored, summary.imported);
    let mut listed: Vec<String> = atlas
        .articles()
        .unwrap()
        .into_iter()
        .map(|a| a.file_name)
        .collect();
    listed.sort();
    let mut done_sorted: Vec<String> = done.iter().map(|s| s.to_string()).collect();
    done_sorted.sort();
    assert_eq!(
        listed, done_sorted,
        "the library holds exactly the files reported done"
    );
    let hits = atlas.search("Kunashir", 1_000).unwrap();
    assert_eq!(hits.len(), stored);
    assert!(!atlas.events(&EventFilter::default()).unwrap().is_empty());
    assert!(!atlas.excerpts("kunashir").unwrap().is_empty());

    // The CLI on the full disk: the import stops with one clear error and a
    // failed line per file; queries still answer.
    let cli = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_atlas"))
            .args(args)
            .output()
            .expect("atlas runs");
        let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
        (out.status.code(), text(out.stdout), text(out.stderr))
    };
    // What room the stopped import left (its last batch rolled back: with
    // the aggregate's rows a batch is larger) is taken by a filler file, so
    // the disk is full for the CLI too.
    let filler = tmpfs.path().join("filler");
    {
        use std::io::Write;
        let mut file = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 4096];
        while file.write_all(&block).is_ok() {}
    }
    let db_arg = db.to_str().unwrap();
    // Every file not stored: the write-ahead log may keep the room of the
    // rolled-back batch, where a few articles still fit (five did, once), but
    // not all of them.
    let not_stored: Vec<&str> = files
        .iter()
        .map(|p| p.to_str().unwrap())
        .filter(|p| !done.iter().any(|d| p.ends_with(d)))
        .collect();
    let mut args = vec!["ingest", "--db", db_arg, "--pack", "kuril"];
    args.extend(&not_stored);
    let (status, stdout, stderr) = cli(&args);
    assert_eq!(status, Some(2), "{stdout}\n{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Each file is reported as not stored; or, when the disk is so full that
    // the library cannot even be opened for writing, no file is tried and the
    // one error below says so. The write-ahead log may still hold room (the
    // frames of the rolled-back batch) where a first article fits: stored,
    // and reported so.
    assert!(
        lines.len() == not_stored.len() || lines.is_empty(),
        "{stdout}\n{stderr}"
    );
    let cli_done: Vec<String> = lines
        .iter()
        .take_while(|line| line["kind"] == "done")
        .map(|line| line["file_name"].as_str().unwrap().to_string())
        .collect();
    assert!(cli_done.len() < lines.len() || lines.is_empty(), "{stdout}");
    for line in &lines[cli_done.len()..] {
        assert_eq!(line["kind"], "failed", "{line}");
        assert_eq!(line["error"]["code"], "disk_full", "{line}");
    }
    let stored = stored + cli_done.len();
    let stderr: serde_json::Value = serde_json::from_str(stderr.trim()).expect(&stderr);
    assert_eq!(stderr["error"]["code"], "disk_full");
    assert!(stderr["error"]["advice"]
        .as_str()
        .unwrap()
        .contains("duplicates are skipped"));
    // With the packs the library was prepared for, opening writes nothing
    // (with others it rebuilds the aggregate, which needs room on the disk).
    let (status, stdout, stderr) = cli(&["search", "--db", db_arg, "--pack", "kuril", "Kunashir"]);
    assert_eq!(status, Some(0), "{stderr}");
    let hits: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let hits = hits.as_array().unwrap().len();
    assert!(hits > 0 && hits <= stored, "{hits} hits");
    let (status, stdout, stderr) = cli(&["events", "--db", db_arg, "--pack", "kuril"]);
    assert_eq!(status, Some(0), "{stderr}");
    assert!(stdout.contains("kunashir"));
    assert_eq!(assert_articles_whole(&atlas, &files), stored);

    // Space freed: the same files again complete the import, each article once.
    std::fs::remove_file(&filler).unwrap();
    tmpfs.resize(ROOMY);
    let (again, outcomes) = import(&atlas, &files);
    eprintln!("tmpfs {ROOMY}, the same files again: {again:?}");
    assert_eq!(
        again,
        ImportSummary {
            imported: FILES - stored,
            duplicates: stored,
            failed: 0,
            ..ImportSummary::default()
        }
    );
    for progress in &outcomes {
        let file = file_of(progress);
        let stored_before = done.contains(&file) || cli_done.iter().any(|d| d == file);
        match progress {
            ImportProgress::Duplicate { .. } => assert!(stored_before),
            ImportProgress::Done { .. } => assert!(!stored_before),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(assert_articles_whole(&atlas, &files), FILES);
    assert_eq!(atlas.search("Kunashir", 1_000).unwrap().len(), FILES);
    drop(atlas);
    drop(tmpfs);
}
