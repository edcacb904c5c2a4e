//! What the file at a library's path is, found out without writing to it.
//!
//! [`Library::open`](super::Library::open) asks before it opens the file
//! read-write (which switches it to WAL mode and migrates it: writes that
//! would ruin another program's file or a damaged library further). An
//! existing file must be non-empty, start with SQLite's header, pass
//! `PRAGMA quick_check` (files up to 16 MiB: it reads every page), have a
//! schema version this code knows, and hold
//! the library's tables (a version 0 file holds no table at all); anything
//! else is [`Error::LibraryDamaged`] and the file is left as it is.
//!
//! On read-only media (the folder cannot take SQLite's `-shm` file) the file
//! is opened as immutable, the one way SQLite reads a WAL library there.
//!
//! A `-wal` file beside the library is read the way SQLite reads it (it may
//! hold the last transactions before a crash). One left there by another
//! database shows that database instead, which fails one of the checks above;
//! the one case no check can tell is a whole other Dispute Atlas library in it.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{access, schema};
use crate::{Error, Result};

/// The first 16 bytes of every SQLite database.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
/// The length of SQLite's database header.
const HEADER_LEN: usize = 100;
/// At most this many problems are asked of `quick_check`.
const QUICK_CHECK_LIMIT: usize = 5;
/// `quick_check` reads every page, so it runs on open only for files up to
/// this size (a 10,000-article library is larger and would wait about 0.7 s
/// at start-up); a larger file gets the other checks here, and `atlas check`
/// (`Library::check`) reads it all.
const QUICK_CHECK_MAX_BYTES: u64 = 16 * 1024 * 1024;
/// The tables every library since version 1 has.
const LIBRARY_TABLES: [&str; 3] = ["articles", "mentions", "events"];

/// A library file that passed every check, open read-only.
#[derive(Debug)]
pub(crate) struct Checked {
    /// The read-only connection the checks ran on.
    pub(crate) conn: Connection,
    /// Its schema version (`PRAGMA user_version`), at most [`schema::VERSION`].
    pub(crate) version: usize,
}

/// The `-wal` file SQLite keeps beside `path`.
pub(crate) fn wal_path(path: &Path) -> PathBuf {
    sidecar(path, "-wal")
}

/// The `-shm` file SQLite keeps beside `path`.
pub(crate) fn shm_path(path: &Path) -> PathBuf {
    sidecar(path, "-shm")
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

/// Checks the file at `path` without writing to it: `None` when there is no
/// file (a new library may be made there), else the file open read-only.
///
/// # Errors
/// [`Error::LibraryDamaged`] if the file is empty, is not SQLite, is cut short
/// or damaged, or is another program's database; [`Error::StoreVersion`] if a
/// newer version of the app wrote it; [`Error::Io`] or [`Error::Store`] if it
/// cannot be read at all (permissions, a folder).
pub(crate) fn check_file(path: &Path) -> Result<Option<Checked>> {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    if !metadata.is_file() {
        return Err(Error::io(
            path,
            std::io::Error::other("it is not a file (a folder?)"),
        ));
    }
    if metadata.len() == 0 {
        // A library's first write puts its header in the file, but a
        // transaction may still sit in the WAL after a crash: read that.
        let wal_len = std::fs::metadata(wal_path(path)).map_or(0, |m| m.len());
        if wal_len == 0 {
            return Err(damaged(
                path,
                "is empty (0 bytes); a library is never an empty file",
            ));
        }
    } else {
        check_header(path)?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = if access::folder_takes_files(path) {
        Connection::open_with_flags(path, flags)
    } else {
        // Read-only media: SQLite cannot create the `-shm` file a WAL
        // library needs to be read, unless told nothing will change the file.
        Connection::open_with_flags(immutable_uri(path), flags | OpenFlags::SQLITE_OPEN_URI)
    }
    .map_err(|e| damage_from_sqlite(path, e.into()))?;
    let read_every_page = metadata.len() <= QUICK_CHECK_MAX_BYTES;
    let version =
        check_contents(&conn, path, read_every_page).map_err(|e| damage_from_sqlite(path, e))?;
    Ok(Some(Checked { conn, version }))
}

/// The URI that opens `path` as immutable: SQLite then reads it without
/// locks or a `-shm` file (and ignores a `-wal` file, which on read-only media
/// no one can have left mid-write since it was mounted).
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &byte in path.as_os_str().as_encoded_bytes() {
        if byte.is_ascii_alphanumeric() || b"/._~-".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// The file starts with SQLite's 100-byte header.
fn check_header(path: &Path) -> Result<()> {
    let mut head = Vec::with_capacity(HEADER_LEN);
    std::fs::File::open(path)
        .and_then(|file| file.take(HEADER_LEN as u64).read_to_end(&mut head))
        .map_err(|e| Error::io(path, e))?;
    let prefix_len = head.len().min(SQLITE_HEADER.len());
    if head[..prefix_len] != SQLITE_HEADER[..prefix_len] {
        return Err(damaged(
            path,
            "is not a Dispute Atlas library (it is not an SQLite database)",
        ));
    }
    if head.len() < HEADER_LEN {
        return Err(damaged(
            path,
            &format!(
                "is damaged: it is cut short ({} bytes, less than SQLite's header)",
                head.len()
            ),
        ));
    }
    Ok(())
}

/// Runs the checks that need SQLite (`quick_check` only when
/// `read_every_page`); returns the schema version.
fn check_contents(conn: &Connection, path: &Path, read_every_page: bool) -> Result<usize> {
    if read_every_page {
        let mut stmt = conn.prepare(&format!("PRAGMA quick_check({QUICK_CHECK_LIMIT})"))?;
        let problems: Vec<String> = stmt
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if problems != ["ok"] {
            return Err(damaged(
                path,
                &format!("is damaged: quick_check says {}", problems.join("; ")),
            ));
        }
    }
    let version = schema::version(conn)?;
    if version > schema::VERSION {
        return Err(schema::newer_version(
            &path.display().to_string(),
            version,
            schema::VERSION,
        ));
    }
    let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?;
    let tables: Vec<String> = stmt
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if version == 0 && !tables.is_empty() {
        return Err(damaged(
            path,
            &format!(
                "is not a Dispute Atlas library (it is another program's database, with the tables {})",
                tables.join(", ")
            ),
        ));
    }
    if version > 0 {
        if let Some(missing) = LIBRARY_TABLES
            .iter()
            .find(|table| !tables.iter().any(|t| t == *table))
        {
            return Err(damaged(
                path,
                &format!(
                    "is not a Dispute Atlas library (schema version {version} but no {missing} table)"
                ),
            ));
        }
    }
    Ok(version)
}

/// SQLite's own word that the file is damaged or not a database becomes
/// [`Error::LibraryDamaged`]; other errors (busy, permissions) stay as they are.
fn damage_from_sqlite(path: &Path, error: Error) -> Error {
    match &error {
        Error::Store(rusqlite::Error::SqliteFailure(failure, message))
            if matches!(
                failure.code,
                rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
            ) =>
        {
            let said = message.clone().unwrap_or_else(|| failure.to_string());
            damaged(path, &format!("is damaged: SQLite says {said:?}"))
        }
        _ => error,
    }
}

/// The library at `path` `is` something it must not be.
fn damaged(path: &Path, is: &str) -> Error {
    Error::LibraryDamaged(format!("the library {} {is}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immutable_uris_escape_what_a_uri_would_read() {
        assert_eq!(
            immutable_uri(Path::new("/media/cd/my library#1?.sqlite3")),
            "file:/media/cd/my%20library%231%3F.sqlite3?immutable=1"
        );
    }
}
