//! Whether the library at a path can be written, found out without changing it:
//! a library on read-only media (a CD, a write-protected card, a read-only
//! mount), in a file or a folder the user may not write to, can still be
//! browsed, searched and exported, read-only ([`Library::open_read_only`]).
//!
//! SQLite needs to write the file and, in WAL mode, to create the `-wal` and
//! `-shm` files beside it; so both the file and its folder are asked.
//!
//! [`Library::open_read_only`]: super::Library::open_read_only

use std::io::ErrorKind;
use std::path::Path;

use serde::Serialize;

/// Why a library can only be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ReadOnlyReason {
    /// The file system is mounted read-only (a CD, a write-protected card).
    ReadOnlyMedia,
    /// The library file may not be written (its permissions).
    FileNotWritable,
    /// Its folder may not be written (SQLite keeps its journal files there).
    FolderNotWritable,
}

/// A library that can only be read, and why, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReadOnly {
    /// Why, for the UI to switch on.
    pub reason: ReadOnlyReason,
    /// Why, as a sentence that names the place.
    pub message: String,
}

/// Why the existing library at `path` can only be read, or `None` when it
/// can be written (or there is no file there: opening it will tell).
///
/// The file is opened for writing without writing anything; the folder is
/// asked by creating an empty file in it, deleted at once.
pub fn read_only_reason(path: &Path) -> Option<ReadOnly> {
    if !path.is_file() {
        return None;
    }
    if let Err(e) = std::fs::OpenOptions::new().write(true).open(path) {
        return reason(e.kind(), ReadOnlyReason::FileNotWritable, path);
    }
    let folder = folder_of(path);
    create_file_in(folder)
        .err()
        .and_then(|e| reason(e.kind(), ReadOnlyReason::FolderNotWritable, folder))
}

/// Whether SQLite can create its `-wal` and `-shm` files beside the library
/// at `path` (when it cannot, the library is opened as immutable).
pub(crate) fn folder_takes_files(path: &Path) -> bool {
    create_file_in(folder_of(path)).is_ok()
}

/// The folder that holds `path`.
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Creates an empty file in `folder` and deletes it.
fn create_file_in(folder: &Path) -> std::io::Result<()> {
    let probe = folder.join(format!(".atlas-write-check.{}", std::process::id()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)?;
    // Nothing to do if it cannot be deleted: it is empty, and named for what it is.
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

/// The read-only reason an I/O error of `kind` on `place` means (`denied`
/// when permissions refused it), if it means one.
fn reason(kind: ErrorKind, denied: ReadOnlyReason, place: &Path) -> Option<ReadOnly> {
    let reason = match kind {
        ErrorKind::ReadOnlyFilesystem => ReadOnlyReason::ReadOnlyMedia,
        ErrorKind::PermissionDenied => denied,
        _ => return None,
    };
    let message = match reason {
        ReadOnlyReason::ReadOnlyMedia => format!(
            "The library is on read-only media ({}): it opens read-only.",
            place.display()
        ),
        ReadOnlyReason::FileNotWritable => format!(
            "You may not write to the library file ({}): it opens read-only.",
            place.display()
        ),
        ReadOnlyReason::FolderNotWritable => format!(
            "You may not write to the library's folder ({}): it opens read-only.",
            place.display()
        ),
    };
    Some(ReadOnly { reason, message })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_writable_library_or_none_is_not_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite3");
        assert_eq!(read_only_reason(&path), None, "no file yet");
        std::fs::write(&path, b"x").unwrap();
        assert_eq!(read_only_reason(&path), None);
        assert!(folder_takes_files(&path));
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "the folder's check left nothing"
        );
    }

    #[test]
    fn errors_name_the_reason_and_the_place() {
        let place = Path::new("/media/cd/library.sqlite3");
        let media = reason(
            ErrorKind::ReadOnlyFilesystem,
            ReadOnlyReason::FileNotWritable,
            place,
        )
        .unwrap();
        assert_eq!(media.reason, ReadOnlyReason::ReadOnlyMedia);
        assert!(media.message.contains("/media/cd/library.sqlite3"));
        let denied = reason(
            ErrorKind::PermissionDenied,
            ReadOnlyReason::FolderNotWritable,
            place,
        )
        .unwrap();
        assert_eq!(denied.reason, ReadOnlyReason::FolderNotWritable);
        assert_eq!(
            reason(ErrorKind::NotFound, ReadOnlyReason::FileNotWritable, place),
            None
        );
    }
}
