//! Copies of the library, always whole: SQLite's online backup writes a
//! temporary file beside the destination, which is renamed into place only
//! once it is complete, so a crash or a full disk leaves either the old file
//! or the new one, never half a copy. A copy is a single file (no `-wal`)
//! and opens as a library like any other.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;

use super::probe::{shm_path, wal_path};
use super::Library;
use crate::{Error, Result};

/// How often a backup tries again while another connection locks the library.
const BUSY_RETRIES: u32 = 50;
/// How long it waits between those tries.
const BUSY_PAUSE: Duration = Duration::from_millis(100);

impl Library {
    /// Writes a copy of the library to `path`, replacing a file there (and
    /// the `-wal` and `-shm` files SQLite kept beside it, which belong to the
    /// file replaced); returns the copy's size in bytes.
    ///
    /// The copy is written to a temporary file in the same folder and renamed
    /// into place when whole. The library stays readable meanwhile.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] if `path` is the library itself or has no file
    /// name, [`Error::Io`] if the folder cannot be made or the copy renamed,
    /// [`Error::Store`] if SQLite cannot write the copy (a full disk).
    pub fn backup_to(&self, path: impl AsRef<Path>) -> Result<u64> {
        let path = path.as_ref();
        if let (Some(library), Ok(target)) = (self.conn.path(), path.canonicalize()) {
            if Path::new(library).canonicalize().is_ok_and(|l| l == target) {
                return Err(Error::InvalidInput(format!(
                    "{} is the library itself; back it up to another file",
                    path.display()
                )));
            }
        }
        copy_database(&self.conn, path)
    }
}

/// Where [`Library::open`] keeps the library at `library` as it was before
/// it upgrades it from schema `version`: `<name>-v<version>-before-upgrade.sqlite3`
/// beside it (`-2`, `-3`, ... added when that name is taken; none is replaced).
pub fn upgrade_backup_path(library: &Path, version: usize) -> PathBuf {
    free_sibling(
        library,
        &format!("v{version}-before-upgrade"),
        |candidate| candidate.exists(),
    )
}

/// The first free name beside `library` for a copy labelled `label`:
/// `<stem>-<label>.sqlite3`, then `-2`, `-3`, ... while `taken` says a name
/// is in use (so none is replaced).
pub(crate) fn free_sibling(library: &Path, label: &str, taken: impl Fn(&Path) -> bool) -> PathBuf {
    let stem = library
        .file_stem()
        .map_or_else(|| "library".into(), |s| s.to_string_lossy());
    (1u32..)
        .map(|n| {
            let number = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            library.with_file_name(format!("{stem}-{label}{number}.sqlite3"))
        })
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| library.with_extension(format!("{label}.sqlite3")))
}

/// Copies the database behind `source` to `to` (see [`Library::backup_to`]).
pub(crate) fn copy_database(source: &Connection, to: &Path) -> Result<u64> {
    let name = to
        .file_name()
        .ok_or_else(|| Error::InvalidInput(format!("{} is not a file name", to.display())))?;
    if let Some(parent) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let partial = to.with_file_name(format!(
        ".{}.{}.partial",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = write_copy(source, &partial).and_then(|()| move_into_place(&partial, to));
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written?;
    let size = std::fs::metadata(to).map_err(|e| Error::io(to, e))?.len();
    Ok(size)
}

/// The whole database behind `source` into a new file at `partial`.
fn write_copy(source: &Connection, partial: &Path) -> Result<()> {
    // A file left by a backup that was killed.
    let _ = std::fs::remove_file(partial);
    let mut copy = Connection::open(partial)?;
    {
        let backup = Backup::new(source, &mut copy)?;
        let mut retries = 0;
        // All pages in one step: one read of one snapshot, which a write
        // through another connection cannot make start over.
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::Busy | StepResult::Locked if retries < BUSY_RETRIES => {
                    retries += 1;
                    std::thread::sleep(BUSY_PAUSE);
                }
                StepResult::More => {}
                _ => {
                    return Err(Error::Store(rusqlite::Error::SqliteFailure(
                        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                        Some("the library stayed locked during the backup".into()),
                    )))
                }
            }
        }
    }
    copy.close().map_err(|(_, e)| e)?;
    Ok(())
}

/// Renames the whole copy at `partial` to `to`, first removing the `-wal` and
/// `-shm` of the file it replaces (SQLite would read that WAL into the copy).
fn move_into_place(partial: &Path, to: &Path) -> Result<()> {
    for sidecar in [wal_path(to), shm_path(to)] {
        match std::fs::remove_file(&sidecar) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(sidecar, e)),
        }
    }
    std::fs::rename(partial, to).map_err(|e| Error::io(to, e))?;
    #[cfg(unix)]
    if let Some(folder) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
        // The rename itself survives a power cut once the folder is synced.
        let _ = std::fs::File::open(folder).and_then(|f| f.sync_all());
    }
    Ok(())
}
