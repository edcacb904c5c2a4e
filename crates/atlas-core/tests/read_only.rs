//! A library on read-only media, on a real read-only mount (a tmpfs remounted
//! read-only; mounting needs root: without it the test says why and returns),
//! and a library whose file and folder the user may not write (permissions;
//! root may write anyway, so that test runs only for other users). Either
//! opens read-only and says why; browsing, search and copying out work; every
//! write fails with `read_only`; the file is left byte for byte.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use atlas_core::atlas::ImportOptions;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::store::ReadOnlyReason;
use atlas_core::{Atlas, Timestamp};
use common::{article, sorted_titles as titles, Rng};

/// Fills a library at `dir/library.sqlite3` with 4 articles and closes it;
/// returns its path and the titles stored.
fn library_with_articles(dir: &Path) -> (PathBuf, Vec<String>) {
    let sources = tempfile::tempdir().unwrap();
    let mut rng = Rng(17);
    for i in 0..4 {
        std::fs::write(
            sources.path().join(format!("{i}.txt")),
            article(i, &mut rng),
        )
        .unwrap();
    }
    let path = dir.join("library.sqlite3");
    let atlas = Atlas::open(Gazetteer::kuril(), &path).unwrap();
    let summary = atlas.import(&[sources.path().to_path_buf()], options(), &mut |_| {});
    assert_eq!(summary.imported, 4);
    let titles = titles(&atlas);
    drop(atlas);
    (path, titles)
}

fn options() -> ImportOptions {
    ImportOptions {
        published: None,
        imported_at: "2026-01-01T00:00:00Z".parse::<Timestamp>().unwrap(),
        max_files: usize::MAX,
    }
}

/// Opens the library at `path`, expecting it read-only for `reason`, and
/// checks that it reads, searches and copies out, refuses writes, and keeps
/// its bytes.
fn reads_but_never_writes(path: &Path, reason: ReadOnlyReason, expected: &[String]) {
    let before = std::fs::read(path).unwrap();
    let (atlas, read_only) = Atlas::open_or_read_only(Gazetteer::kuril(), path).unwrap();
    let read_only = read_only.expect("opened read-only");
    assert_eq!(read_only.reason, reason, "{}", read_only.message);
    assert!(
        read_only.message.contains("read-only"),
        "{}",
        read_only.message
    );

    assert_eq!(titles(&atlas), expected);
    let first = atlas.articles().unwrap()[0].id;
    assert!(!atlas.article(first).unwrap().text.is_empty());
    assert!(!atlas.search("Kunashir", 10).unwrap().is_empty());
    assert!(!atlas.event_summaries().unwrap().is_empty());
    let copy = tempfile::tempdir().unwrap();
    let copied = Atlas::backup_file(path, &copy.path().join("copy.sqlite3"), false).unwrap();
    let copy = Atlas::open(Gazetteer::kuril(), &copied.path).unwrap();
    assert_eq!(titles(&copy), expected, "the copy holds every article");

    let err = atlas.delete_article(first).unwrap_err();
    assert_eq!(err.code(), "read_only", "{err}");
    let sources = tempfile::tempdir().unwrap();
    std::fs::write(sources.path().join("new.txt"), article(99, &mut Rng(5))).unwrap();
    let summary = atlas.import(&[sources.path().to_path_buf()], options(), &mut |_| {});
    assert_eq!((summary.imported, summary.failed), (0, 1));
    drop(atlas);
    assert_eq!(std::fs::read(path).unwrap(), before, "byte for byte");
}

#[test]
fn a_library_on_read_only_media_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let mount = |options: &str| {
        Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir.path())
            .output()
    };
    match mount("size=8m") {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            eprintln!(
                "skipped: cannot mount a tmpfs (needs root): {}",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return;
        }
        Err(e) => {
            eprintln!("skipped: cannot run mount: {e}");
            return;
        }
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg("-l").arg(self.0).status();
        }
    }
    let _unmount = Unmount(dir.path());
    let (path, expected) = library_with_articles(dir.path());
    let remounted = Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(remounted.success());
    assert!(
        !dir.path().join("library.sqlite3-shm").exists(),
        "closed cleanly: SQLite could not read it here without immutable"
    );

    reads_but_never_writes(&path, ReadOnlyReason::ReadOnlyMedia, &expected);
    assert_eq!(
        Atlas::open(Gazetteer::kuril(), &path).unwrap_err().code(),
        "read_only",
        "a plain open says read-only too"
    );
}

#[cfg(unix)]
#[test]
fn a_library_the_user_may_not_write_opens_read_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (path, expected) = library_with_articles(dir.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    if std::fs::OpenOptions::new().write(true).open(&path).is_ok() {
        eprintln!("skipped: this user (root) may write a read-only file anyway");
        return;
    }
    reads_but_never_writes(&path, ReadOnlyReason::FileNotWritable, &expected);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    reads_but_never_writes(&path, ReadOnlyReason::FolderNotWritable, &expected);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}
