//! Automatic backups of the library, and the copies and checks the CLI asks for.
//!
//! The policy: [`Atlas::backup_if_due`] writes `library-<time>.sqlite3` into
//! a folder (the app's `backups/`, beside `library.sqlite3`) when the newest
//! backup there is an hour old or more, then keeps the newest
//! [`BACKUPS_KEPT`] and deletes the older ones. The time of a backup is read
//! from its **file name** (`library-20261205T093000Z.sqlite3`, UTC, to the
//! second), not from the file's mtime: a name survives copying and restoring,
//! and the times passed in are the only clock the core knows. Files whose
//! names do not follow the pattern are never touched.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::Serialize;

use super::Atlas;
use crate::store::{shm_path, wal_path, CheckReport, Library};
use crate::{Error, Result, Timestamp};

/// An automatic backup is due when the newest one is at least this old, in seconds.
pub const BACKUP_INTERVAL_SECONDS: i64 = 60 * 60;
/// How many automatic backups are kept.
pub const BACKUPS_KEPT: usize = 5;

/// The file name of an automatic backup: its prefix, time format and extension.
const NAME_PREFIX: &str = "library-";
const NAME_TIME: &str = "%Y%m%dT%H%M%SZ";
const NAME_EXTENSION: &str = ".sqlite3";

/// A copy of the library on disk.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct BackupFile {
    /// Where it is.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub path: PathBuf,
    /// Its size in bytes.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub bytes: u64,
    /// When it was taken, for an automatic backup (from its name).
    pub taken_at: Option<Timestamp>,
}

impl Atlas {
    /// Writes an automatic backup of the library into `dir` (created if
    /// missing) if one is due at `now`: when `dir` holds no automatic backup
    /// taken in the hour up to `now` (one dated after `now` means the clock
    /// was set back, and does not count). Then deletes all but the newest
    /// [`BACKUPS_KEPT`] (never the one just written). Returns the new
    /// backup's path, or `None` when none was due.
    ///
    /// Call it after an import; a failure is the caller's to log, and never
    /// a reason to fail the import. Reads of the library wait while it copies.
    ///
    /// # Errors
    /// [`Error::Io`] if `dir` cannot be listed or made or an old backup cannot
    /// be deleted (the new backup was written then), [`Error::Store`] if the
    /// copy fails (a full disk: no partial file is left).
    pub fn backup_if_due(&self, now: Timestamp, dir: &Path) -> Result<Option<PathBuf>> {
        let backups = automatic_backups(dir)?;
        let now_seconds = now.as_datetime().timestamp();
        let recent = backups.iter().any(|(taken_at, _)| {
            let age = now_seconds - taken_at.as_datetime().timestamp();
            (0..BACKUP_INTERVAL_SECONDS).contains(&age)
        });
        if recent {
            return Ok(None);
        }
        let path = dir.join(backup_name(now));
        self.library().backup_to(&path)?;
        let older = automatic_backups(dir)?
            .into_iter()
            .rev()
            .filter(|(_, other)| *other != path)
            .skip(BACKUPS_KEPT.saturating_sub(1));
        for (_, old) in older {
            remove_backup(&old)?;
        }
        Ok(Some(path))
    }

    /// The newest automatic backup in `dir` (by the time in its name), to
    /// offer when the library cannot be opened; `None` if there is none.
    ///
    /// # Errors
    /// [`Error::Io`] if `dir` exists but cannot be listed, or the backup's
    /// size cannot be read.
    pub fn latest_backup(dir: &Path) -> Result<Option<BackupFile>> {
        let Some((taken_at, path)) = automatic_backups(dir)?.pop() else {
            return Ok(None);
        };
        let bytes = std::fs::metadata(&path)
            .map_err(|e| Error::io(&path, e))?
            .len();
        Ok(Some(BackupFile {
            path,
            bytes,
            taken_at: Some(taken_at),
        }))
    }

    /// Copies the library at `library` (opened read-only, not upgraded) to
    /// `to`; a file at `to` is replaced only when `replace` is true (see
    /// [`Library::backup_to`]). Copying a backup over the library restores it.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] if `to` exists and `replace` is false, else as
    /// [`Library::open_read_only`] and [`Library::backup_to`].
    pub fn backup_file(library: &Path, to: &Path, replace: bool) -> Result<BackupFile> {
        if !replace && to.exists() {
            return Err(Error::InvalidInput(format!(
                "{} exists already and was left as it is",
                to.display()
            ))
            .with_advice(
                "Choose another file name, or replace it on purpose (atlas backup --force).",
            ));
        }
        let bytes = Library::open_read_only(library)?.backup_to(to)?;
        Ok(BackupFile {
            path: to.to_path_buf(),
            bytes,
            taken_at: None,
        })
    }

    /// Checks the library at `library` (opened read-only, not upgraded): see
    /// [`Library::check`].
    ///
    /// # Errors
    /// As [`Library::open_read_only`]: a library too damaged to open is
    /// [`Error::LibraryDamaged`], not a report.
    pub fn check_file(library: &Path) -> Result<CheckReport> {
        Library::open_read_only(library)?.check()
    }
}

/// Deletes the backup at `path`, and the `-wal` and `-shm` files SQLite left
/// beside it if someone opened it.
fn remove_backup(path: &Path) -> Result<()> {
    std::fs::remove_file(path).map_err(|e| Error::io(path, e))?;
    for sidecar in [wal_path(path), shm_path(path)] {
        match std::fs::remove_file(&sidecar) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(Error::io(sidecar, e))
            }
            _ => {}
        }
    }
    Ok(())
}

/// The file name of the automatic backup taken at `at`.
fn backup_name(at: Timestamp) -> String {
    format!(
        "{NAME_PREFIX}{}{NAME_EXTENSION}",
        at.as_datetime().format(NAME_TIME)
    )
}

/// The time in the name of an automatic backup, `None` for any other name.
fn backup_time(name: &str) -> Option<Timestamp> {
    let time = name
        .strip_prefix(NAME_PREFIX)?
        .strip_suffix(NAME_EXTENSION)?;
    let at = NaiveDateTime::parse_from_str(time, NAME_TIME).ok()?;
    Some(Timestamp::from(at.and_utc()))
}

/// The automatic backups in `dir`, oldest first; none if `dir` does not exist.
fn automatic_backups(dir: &Path) -> Result<Vec<(Timestamp, PathBuf)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name();
        if let Some(taken_at) = name.to_str().and_then(backup_time) {
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                backups.push((taken_at, entry.path()));
            }
        }
    }
    backups.sort();
    Ok(backups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_time_to_the_second() {
        let at: Timestamp = "2026-12-05T09:30:00.250Z".parse().unwrap();
        let name = backup_name(at);
        assert_eq!(name, "library-20261205T093000Z.sqlite3");
        assert_eq!(
            backup_time(&name),
            Some("2026-12-05T09:30:00Z".parse().unwrap())
        );
        for other in [
            "library.sqlite3",
            "library-20261205T093000Z.sqlite3-wal",
            "library-2026.sqlite3",
            ".library-20261205T093000Z.sqlite3.7.partial",
        ] {
            assert_eq!(backup_time(other), None, "{other}");
        }
    }
}
