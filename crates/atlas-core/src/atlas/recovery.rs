//! What to do with a library that cannot be opened ([`Error::LibraryDamaged`]):
//! restore a backup in its place, or start a new library. Either way the
//! damaged file is **set aside**, renamed beside it to
//! `<name>-damaged-<time>.sqlite3` with its `-wal` and `-shm` files, never
//! deleted nor changed: it may still hold what the backup lacks, and a `-wal`
//! left at the library's path would be read into the next library there.
//!
//! The time in the name is passed in (the core never reads the clock).
//!
//! [`Error::LibraryDamaged`]: crate::Error::LibraryDamaged

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::Atlas;
use crate::store::{free_sibling, shm_path, wal_path, Library};
use crate::{Error, Result, Timestamp};

/// What a recovery did.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct Recovery {
    /// Where the damaged file is kept now, if there was one.
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<String>"))]
    pub set_aside: Option<PathBuf>,
    /// The backup copied into the library's place, if one was.
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<String>"))]
    pub restored_from: Option<PathBuf>,
}

impl Atlas {
    /// Renames the file at `library` (and its `-wal` and `-shm` files) to a
    /// name of its own beside it, taken at `at`, so a new library can be made
    /// at `library`; returns the new name, or `None` when there was no file.
    ///
    /// # Errors
    /// [`Error::Io`] if a file cannot be renamed (the library's folder is
    /// read-only); the files not yet renamed are where they were.
    pub fn set_aside(library: &Path, at: Timestamp) -> Result<Option<PathBuf>> {
        let sidecars = [wal_path(library), shm_path(library)];
        if !library.exists() && !sidecars.iter().any(|s| s.exists()) {
            return Ok(None);
        }
        let aside = set_aside_path(library, at);
        for (from, to) in [
            (library.to_path_buf(), aside.clone()),
            (wal_path(library), wal_path(&aside)),
            (shm_path(library), shm_path(&aside)),
        ] {
            match std::fs::rename(&from, &to) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(Error::io(from, e))
                }
                _ => {}
            }
        }
        Ok(Some(aside))
    }

    /// Restores the backup at `backup` to `library`: checks the backup (a
    /// damaged one is refused before anything moves), copies it beside the
    /// library, sets the file at `library` aside ([`Atlas::set_aside`]) and
    /// renames the copy into its place. The backup itself is not changed.
    ///
    /// # Errors
    /// As [`Library::open_read_only`] for the backup ([`Error::LibraryDamaged`]
    /// if it is damaged too, [`Error::NotFound`] if it is gone),
    /// [`Error::DiskFull`] or [`Error::Store`] if the copy fails (nothing was
    /// moved then), [`Error::Io`] if a file cannot be renamed.
    pub fn restore_backup(library: &Path, backup: &Path, at: Timestamp) -> Result<Recovery> {
        let name = library.file_name().ok_or_else(|| {
            Error::InvalidInput(format!("{} is not a file name", library.display()))
        })?;
        let staged = library.with_file_name(format!(".{}.restoring", name.to_string_lossy()));
        Library::open_read_only(backup)?.backup_to(&staged)?;
        let set_aside = Atlas::set_aside(library, at)?;
        std::fs::rename(&staged, library).map_err(|e| Error::io(&staged, e))?;
        Ok(Recovery {
            set_aside,
            restored_from: Some(backup.to_path_buf()),
        })
    }
}

/// The name the library at `library` is set aside under at `at`:
/// `<stem>-damaged-<time>.sqlite3`, with `-2`, `-3`, ... when it is taken.
fn set_aside_path(library: &Path, at: Timestamp) -> PathBuf {
    let time = at.as_datetime().format("%Y%m%dT%H%M%SZ");
    free_sibling(library, &format!("damaged-{time}"), |candidate| {
        candidate.exists() || wal_path(candidate).exists()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_aside_names_carry_the_time_and_never_repeat() {
        let dir = tempfile::tempdir().unwrap();
        let library = dir.path().join("library.sqlite3");
        let at: Timestamp = "2026-12-05T09:30:00Z".parse().unwrap();
        let first = set_aside_path(&library, at);
        assert_eq!(
            first.file_name().unwrap(),
            "library-damaged-20261205T093000Z.sqlite3"
        );
        std::fs::write(&first, b"x").unwrap();
        assert_eq!(
            set_aside_path(&library, at).file_name().unwrap(),
            "library-damaged-20261205T093000Z-2.sqlite3"
        );
    }

    #[test]
    fn nothing_to_set_aside_is_none() {
        let dir = tempfile::tempdir().unwrap();
        let at: Timestamp = "2026-12-05T09:30:00Z".parse().unwrap();
        assert_eq!(
            Atlas::set_aside(&dir.path().join("library.sqlite3"), at).unwrap(),
            None
        );
    }
}
