//! Backups on the real filesystem: a copy opens as the same library, the
//! automatic ones are hourly and the newest five are kept.

use std::path::{Path, PathBuf};

use atlas_core::atlas::backups::BACKUPS_KEPT;
use atlas_core::atlas::ImportOptions;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::store::Library;
use atlas_core::{Atlas, Timestamp};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// An atlas over a new library at `dir/library.sqlite3` with the sample article.
fn atlas_with_sample(dir: &Path) -> Atlas {
    let atlas = Atlas::open(Gazetteer::kuril(), &dir.join("library.sqlite3")).unwrap();
    let options = ImportOptions {
        published: None,
        imported_at: at("2026-01-01T00:00:00Z"),
        max_files: usize::MAX,
    };
    let summary = atlas.import(
        &[fixture("lavrov-kishida-kuril-islands.txt")],
        options,
        &mut |_| {},
    );
    assert_eq!(summary.failed, 0);
    atlas
}

fn titles(atlas: &Atlas) -> Vec<String> {
    atlas
        .articles()
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_backup_opens_with_the_same_articles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    let mut library = Library::open(&path).unwrap();
    drop(library);
    let atlas = atlas_with_sample(dir.path());
    let expected = titles(&atlas);
    assert_eq!(expected.len(), 1);
    drop(atlas);

    library = Library::open(&path).unwrap();
    let copy = dir.path().join("copies").join("copy.sqlite3");
    let bytes = library.backup_to(&copy).unwrap();
    assert_eq!(bytes, std::fs::metadata(&copy).unwrap().len());
    assert!(bytes > 4096);
    assert_eq!(
        names(&dir.path().join("copies")),
        ["copy.sqlite3"],
        "no temp file left"
    );

    let restored = Atlas::open(Gazetteer::kuril(), &copy).unwrap();
    assert_eq!(titles(&restored), expected);
    assert!(library.check().unwrap().ok);

    let err = library.backup_to(&path).unwrap_err();
    assert_eq!(err.code(), "invalid_input", "{err}");
}

#[test]
fn a_backup_replaces_a_file_and_the_wal_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let atlas = atlas_with_sample(dir.path());
    let target = dir.path().join("restored.sqlite3");
    std::fs::write(&target, b"old").unwrap();
    std::fs::write(dir.path().join("restored.sqlite3-wal"), b"a stale WAL").unwrap();
    std::fs::write(dir.path().join("restored.sqlite3-shm"), b"stale").unwrap();
    let copy = Atlas::backup_file(&dir.path().join("library.sqlite3"), &target, true).unwrap();
    assert_eq!(copy.path, target);
    assert!(!dir.path().join("restored.sqlite3-wal").exists());
    let restored = Atlas::open(Gazetteer::kuril(), &target).unwrap();
    assert_eq!(titles(&restored), titles(&atlas));

    let err = Atlas::backup_file(&dir.path().join("library.sqlite3"), &target, false).unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert!(err.advice().contains("--force"), "{}", err.advice());
}

#[test]
fn automatic_backups_are_hourly_and_the_newest_five_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let atlas = atlas_with_sample(dir.path());
    let backups = dir.path().join("backups");
    assert_eq!(Atlas::latest_backup(&backups).unwrap(), None);

    let first = atlas
        .backup_if_due(at("2026-03-01T10:00:00.500Z"), &backups)
        .unwrap()
        .expect("the first backup is due");
    assert_eq!(first, backups.join("library-20260301T100000Z.sqlite3"));
    let reopened = Atlas::open(Gazetteer::kuril(), &first).unwrap();
    assert_eq!(titles(&reopened), titles(&atlas));
    drop(reopened);
    assert_eq!(
        Atlas::check_file(&first).unwrap().articles,
        Some(1),
        "a backup is a whole library"
    );

    for not_yet in ["2026-03-01T10:30:00Z", "2026-03-01T10:59:59Z"] {
        assert_eq!(atlas.backup_if_due(at(not_yet), &backups).unwrap(), None);
    }
    std::fs::write(backups.join("notes.txt"), b"mine").unwrap();
    for hour in 11..=17 {
        let now = at(&format!("2026-03-01T{hour}:00:00Z"));
        let written = atlas.backup_if_due(now, &backups).unwrap();
        assert_eq!(
            written,
            Some(backups.join(format!("library-20260301T{hour}0000Z.sqlite3")))
        );
    }
    let kept = names(&backups);
    assert_eq!(kept.len(), BACKUPS_KEPT + 1, "{kept:?}");
    assert_eq!(
        kept,
        [
            "library-20260301T130000Z.sqlite3",
            "library-20260301T140000Z.sqlite3",
            "library-20260301T150000Z.sqlite3",
            "library-20260301T160000Z.sqlite3",
            "library-20260301T170000Z.sqlite3",
            "notes.txt",
        ]
    );
    let latest = Atlas::latest_backup(&backups).unwrap().unwrap();
    assert_eq!(
        latest.path,
        backups.join("library-20260301T170000Z.sqlite3")
    );
    assert_eq!(latest.taken_at, Some(at("2026-03-01T17:00:00Z")));
    assert_eq!(latest.bytes, std::fs::metadata(&latest.path).unwrap().len());

    // The clock set back: the backups "from the future" do not count, and the
    // one just written is kept even though it is the oldest.
    let back = atlas
        .backup_if_due(at("2026-02-01T09:00:00Z"), &backups)
        .unwrap();
    assert_eq!(back, Some(backups.join("library-20260201T090000Z.sqlite3")));
    assert!(back.unwrap().exists());
    assert_eq!(names(&backups).len(), BACKUPS_KEPT + 1);
}
