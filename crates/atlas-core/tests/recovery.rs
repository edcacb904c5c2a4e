//! Getting out of a damaged library, on real files: restoring the latest
//! automatic backup, or starting a new library. Either way the damaged file is
//! kept beside it byte for byte, and the library that opens afterwards holds
//! what it should.

mod common;

use std::path::{Path, PathBuf};

use atlas_core::atlas::ImportOptions;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::{Atlas, Timestamp};
use common::{article, sorted_titles as titles, Rng};

fn at(time: &str) -> Timestamp {
    time.parse().unwrap()
}

/// Imports articles `from..to` (generated) into `atlas`.
fn import(atlas: &Atlas, dir: &Path, from: usize, to: usize) {
    let sources = dir.join(format!("sources-{from}-{to}"));
    std::fs::create_dir_all(&sources).unwrap();
    let mut rng = Rng(17);
    for i in 0..to {
        let text = article(i, &mut rng);
        if i >= from {
            std::fs::write(sources.join(format!("{i}.txt")), text).unwrap();
        }
    }
    let options = ImportOptions {
        published: None,
        imported_at: at("2026-01-01T00:00:00Z"),
        max_files: usize::MAX,
    };
    let summary = atlas.import(&[sources], options, &mut |_| {});
    assert_eq!(summary.failed, 0);
    assert_eq!(summary.imported, to - from);
}

/// A library of 3 articles backed up, then 2 more added after the backup, then
/// cut to half its size (closed first): returns the library's path, the
/// backups folder, the titles the backup holds and the damaged file's bytes.
fn damaged_library_with_backup(dir: &Path) -> (PathBuf, PathBuf, Vec<String>, Vec<u8>) {
    let library = dir.join("library.sqlite3");
    let backups = dir.join("backups");
    let atlas = Atlas::open(Gazetteer::kuril(), &library).unwrap();
    import(&atlas, dir, 0, 3);
    let backed_up = titles(&atlas);
    atlas
        .backup_if_due(at("2026-12-05T09:00:00Z"), &backups)
        .unwrap()
        .expect("a first backup is due");
    import(&atlas, dir, 3, 5);
    drop(atlas);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&library)
        .unwrap();
    let len = file.metadata().unwrap().len();
    file.set_len(len / 2).unwrap();
    drop(file);
    let err = Atlas::open(Gazetteer::kuril(), &library).unwrap_err();
    assert_eq!(err.code(), "library_damaged", "{err}");
    let damaged = std::fs::read(&library).unwrap();
    (library, backups, backed_up, damaged)
}

#[test]
fn restoring_the_latest_backup_keeps_the_damaged_file_aside() {
    let dir = tempfile::tempdir().unwrap();
    let (library, backups, backed_up, damaged) = damaged_library_with_backup(dir.path());
    let latest = Atlas::latest_backup(&backups).unwrap().expect("a backup");
    let backup_bytes = std::fs::read(&latest.path).unwrap();

    let recovery =
        Atlas::restore_backup(&library, &latest.path, at("2026-12-05T10:00:00Z")).unwrap();

    let aside = recovery.set_aside.expect("the damaged file was set aside");
    assert_eq!(
        aside,
        dir.path().join("library-damaged-20261205T100000Z.sqlite3")
    );
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        damaged,
        "kept byte for byte"
    );
    assert_eq!(
        recovery.restored_from.as_deref(),
        Some(latest.path.as_path())
    );
    assert_eq!(
        std::fs::read(&latest.path).unwrap(),
        backup_bytes,
        "the backup itself is unchanged"
    );
    let atlas = Atlas::open(Gazetteer::kuril(), &library).unwrap();
    assert_eq!(titles(&atlas), backed_up, "the backup's articles, no more");
    assert_eq!(
        Atlas::check_file(&library).unwrap().problems,
        Vec::<String>::new()
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new(), "no staging file left");
}

#[test]
fn a_damaged_backup_is_refused_before_anything_moves() {
    let dir = tempfile::tempdir().unwrap();
    let (library, backups, _, damaged) = damaged_library_with_backup(dir.path());
    let latest = Atlas::latest_backup(&backups).unwrap().unwrap();
    std::fs::write(&latest.path, b"not a library").unwrap();

    let err =
        Atlas::restore_backup(&library, &latest.path, at("2026-12-05T10:00:00Z")).unwrap_err();

    assert_eq!(err.code(), "library_damaged", "{err}");
    assert_eq!(std::fs::read(&library).unwrap(), damaged, "left in place");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("damaged") || n.starts_with('.')),
        "nothing set aside or staged: {names:?}"
    );
}

#[test]
fn a_new_library_starts_empty_beside_the_damaged_one_and_its_wal() {
    let dir = tempfile::tempdir().unwrap();
    let (library, _, _, damaged) = damaged_library_with_backup(dir.path());
    // A -wal left beside it: it must go with the damaged file, or the new
    // library would read it.
    let wal = dir.path().join("library.sqlite3-wal");
    std::fs::write(&wal, b"a foreign write-ahead log").unwrap();

    let aside = Atlas::set_aside(&library, at("2026-12-05T10:00:00Z"))
        .unwrap()
        .expect("set aside");

    assert_eq!(std::fs::read(&aside).unwrap(), damaged);
    assert_eq!(
        std::fs::read(format!("{}-wal", aside.display())).unwrap(),
        b"a foreign write-ahead log"
    );
    assert!(!library.exists() && !wal.exists());
    let atlas = Atlas::open(Gazetteer::kuril(), &library).unwrap();
    assert_eq!(titles(&atlas), Vec::<String>::new());
    import(&atlas, dir.path(), 0, 2);
    drop(atlas);
    let atlas = Atlas::open(Gazetteer::kuril(), &library).unwrap();
    assert_eq!(titles(&atlas).len(), 2);
    // A second recovery the same second gets a name of its own.
    let again = Atlas::set_aside(&library, at("2026-12-05T10:00:00Z"))
        .unwrap()
        .unwrap();
    assert_ne!(again, aside);
    assert_eq!(std::fs::read(&aside).unwrap(), damaged);
}
