//! The crate's error type. Every variant has a stable machine-readable
//! [`Error::code`] and [`advice`](Error::advice) for the user; the error
//! serializes as `{"code": ..., "message": ..., "advice": ...}` so it can
//! cross IPC or be printed by the CLI unchanged. The message says what
//! happened; the advice what the user can do about it.

use std::path::PathBuf;

use serde::ser::SerializeStruct;

/// Result with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the core, each with a stable [`code`](Error::code).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read (missing, permissions, a directory, ...).
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A file could not be written (permissions, a missing folder, a closed pipe, ...).
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file's format is not one the app reads.
    #[error("{0}")]
    UnsupportedFormat(String),
    /// The file holds no text to analyse.
    #[error("{0}")]
    Empty(String),
    /// The file is larger than the app accepts.
    #[error("{0}")]
    TooLarge(String),
    /// The file is binary data, not an article.
    #[error("{0}")]
    NotText(String),
    /// The file claims a format but its content is broken (truncated PDF, zip that is not a zip, ...).
    #[error("{0}")]
    Malformed(String),
    /// The file is encrypted or password-protected.
    #[error("{0}")]
    Encrypted(String),
    /// The dispute pack is invalid.
    #[error("invalid pack: {0}")]
    Pack(String),
    /// The library database failed.
    #[error("library database error: {0}")]
    Store(rusqlite::Error),
    /// The disk holding the library is full: nothing more can be written to
    /// it until space is freed. Holds what SQLite or the system said.
    #[error("the disk holding the library is full ({0})")]
    DiskFull(String),
    /// Another program (a second `atlas` command, another app) kept the
    /// library locked for writing longer than the busy timeout.
    #[error("{0}")]
    Busy(String),
    /// The library can only be read (read-only media, or a file or folder
    /// the user may not write to): nothing can be added, changed or deleted.
    #[error("{0}")]
    ReadOnly(String),
    /// The library was written by a newer version of the app.
    #[error("{0}")]
    StoreVersion(String),
    /// The file at the library's path is not a whole Dispute Atlas library
    /// (empty, cut short, overwritten, another program's file); it was left as it is.
    #[error("{0}")]
    LibraryDamaged(String),
    /// The thing asked for does not exist (article id, place id, ...).
    #[error("{0}")]
    NotFound(String),
    /// An argument is invalid (a malformed date, an empty query, ...).
    #[error("{0}")]
    InvalidInput(String),
    /// A file to be written already exists, and replacing it was not asked for.
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    /// Another error with advice more precise than its code's (made by
    /// [`Error::with_advice`]); its message and code are the other error's.
    #[error("{error}")]
    Advised {
        /// The error.
        error: Box<Error>,
        /// What the user can do about it, as a sentence.
        advice: String,
    },
}

/// The stable codes an [`Error`] crosses IPC and the CLI with (and `internal`,
/// which only the desktop app raises, for a bug). Exported to TypeScript (feature
/// `ts`) so the UI's switch over codes breaks its build when one is added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The file does not exist (any more).
    FileNotFound,
    /// The operating system refused to open the file.
    PermissionDenied,
    /// Another I/O failure (a directory, a device, ...).
    IoError,
    /// Not a format the app reads.
    UnsupportedFormat,
    /// No text to analyse.
    EmptyFile,
    /// Over the size limit.
    TooLarge,
    /// Binary data, not an article.
    NotText,
    /// Broken content in a known format.
    MalformedFile,
    /// Encrypted or password-protected.
    EncryptedFile,
    /// The dispute pack is invalid.
    InvalidPack,
    /// The library database failed.
    StoreError,
    /// The disk holding the library is full.
    DiskFull,
    /// Another program kept the library locked too long.
    Busy,
    /// The library is open read-only.
    ReadOnly,
    /// The library was written by a newer version.
    StoreVersion,
    /// The library file is damaged or is not a library.
    LibraryDamaged,
    /// The article, event or place asked for does not exist.
    NotFound,
    /// An argument is invalid.
    InvalidInput,
    /// A file to be written already exists (the caller may ask to replace it).
    FileExists,
    /// A bug: a background task of the desktop app died.
    Internal,
}

impl ErrorCode {
    /// Every code, in declaration order.
    pub const ALL: [ErrorCode; 20] = [
        ErrorCode::FileNotFound,
        ErrorCode::PermissionDenied,
        ErrorCode::IoError,
        ErrorCode::UnsupportedFormat,
        ErrorCode::EmptyFile,
        ErrorCode::TooLarge,
        ErrorCode::NotText,
        ErrorCode::MalformedFile,
        ErrorCode::EncryptedFile,
        ErrorCode::InvalidPack,
        ErrorCode::StoreError,
        ErrorCode::DiskFull,
        ErrorCode::Busy,
        ErrorCode::ReadOnly,
        ErrorCode::StoreVersion,
        ErrorCode::LibraryDamaged,
        ErrorCode::NotFound,
        ErrorCode::InvalidInput,
        ErrorCode::FileExists,
        ErrorCode::Internal,
    ];

    /// The code as text, as it serializes.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::FileNotFound => "file_not_found",
            ErrorCode::PermissionDenied => "permission_denied",
            ErrorCode::IoError => "io_error",
            ErrorCode::UnsupportedFormat => "unsupported_format",
            ErrorCode::EmptyFile => "empty_file",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::NotText => "not_text",
            ErrorCode::MalformedFile => "malformed_file",
            ErrorCode::EncryptedFile => "encrypted_file",
            ErrorCode::InvalidPack => "invalid_pack",
            ErrorCode::StoreError => "store_error",
            ErrorCode::DiskFull => "disk_full",
            ErrorCode::Busy => "busy",
            ErrorCode::ReadOnly => "read_only",
            ErrorCode::StoreVersion => "store_version",
            ErrorCode::LibraryDamaged => "library_damaged",
            ErrorCode::NotFound => "not_found",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::FileExists => "file_exists",
            ErrorCode::Internal => "internal",
        }
    }

    /// What the user can do about an error with this code, as a sentence
    /// (an error that knows better says so: [`Error::with_advice`]).
    pub fn advice(self) -> String {
        let advice = match self {
            ErrorCode::UnsupportedFormat => {
                return format!(
                    "Save it as {} and add it again.",
                    crate::ingest::extension_list()
                )
            }
            ErrorCode::NotText => "It is not a text document; check that it is the right file.",
            ErrorCode::MalformedFile => "Check that the file opens in another program.",
            ErrorCode::EncryptedFile => "Save a copy without the password and add that.",
            ErrorCode::EmptyFile => {
                "Check that it is the right file; a scanned PDF needs text recognition (OCR) first."
            }
            ErrorCode::TooLarge => "Split the file or remove attachments, then add it again.",
            ErrorCode::FileNotFound | ErrorCode::PermissionDenied | ErrorCode::IoError => {
                "Check that the file still exists and that you can open it."
            }
            ErrorCode::StoreError => {
                "The library could not be written: check the free disk space, then add it again."
            }
            ErrorCode::DiskFull => {
                "Free some space on the disk that holds the library, then add the same files \
                 again: what is stored is kept and duplicates are skipped."
            }
            ErrorCode::Busy => {
                "Another program is writing to the library (another atlas command or Dispute \
                 Atlas window): wait until it has finished, then try again; nothing was lost."
            }
            ErrorCode::ReadOnly => {
                "The library can only be read here: copy its folder to a place you can write \
                 to (or make the file and its folder writable), then open it there."
            }
            ErrorCode::StoreVersion => {
                "The library was written by a newer Dispute Atlas: update the app."
            }
            ErrorCode::LibraryDamaged => {
                "Restore the latest backup, or start a new library; the damaged file is kept as it is."
            }
            ErrorCode::InvalidPack => {
                "The dispute data of the app is damaged: reinstall Dispute Atlas."
            }
            ErrorCode::FileExists => "Replace the file, or choose another name.",
            ErrorCode::NotFound | ErrorCode::InvalidInput | ErrorCode::Internal => {
                "Try again. If it keeps failing, note the file name and this message."
            }
        };
        advice.to_string()
    }
}

impl Error {
    /// What kind of error this is: the stable, machine-readable code.
    pub fn kind(&self) -> ErrorCode {
        match self {
            Error::Io { source, .. } | Error::Write { source, .. } => match source.kind() {
                std::io::ErrorKind::NotFound => ErrorCode::FileNotFound,
                std::io::ErrorKind::PermissionDenied => ErrorCode::PermissionDenied,
                _ => ErrorCode::IoError,
            },
            Error::UnsupportedFormat(_) => ErrorCode::UnsupportedFormat,
            Error::Empty(_) => ErrorCode::EmptyFile,
            Error::TooLarge(_) => ErrorCode::TooLarge,
            Error::NotText(_) => ErrorCode::NotText,
            Error::Malformed(_) => ErrorCode::MalformedFile,
            Error::Encrypted(_) => ErrorCode::EncryptedFile,
            Error::Pack(_) => ErrorCode::InvalidPack,
            Error::Store(_) => ErrorCode::StoreError,
            Error::DiskFull(_) => ErrorCode::DiskFull,
            Error::Busy(_) => ErrorCode::Busy,
            Error::ReadOnly(_) => ErrorCode::ReadOnly,
            Error::StoreVersion(_) => ErrorCode::StoreVersion,
            Error::LibraryDamaged(_) => ErrorCode::LibraryDamaged,
            Error::NotFound(_) => ErrorCode::NotFound,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::Exists(_) => ErrorCode::FileExists,
            Error::Advised { error, .. } => error.kind(),
        }
    }

    /// What the user can do about it, as a sentence: the advice given with
    /// [`Error::with_advice`], else the [advice for its code](ErrorCode::advice).
    pub fn advice(&self) -> String {
        match self {
            Error::Advised { advice, .. } => advice.clone(),
            _ => self.kind().advice(),
        }
    }

    /// This error with `advice` (a sentence) instead of the advice for its code.
    pub fn with_advice(self, advice: impl Into<String>) -> Self {
        let error = match self {
            Error::Advised { error, .. } => error,
            error => Box::new(error),
        };
        Error::Advised {
            error,
            advice: advice.into(),
        }
    }

    /// The stable, machine-readable code for the UI and scripts to switch on
    /// (`file_not_found`, `malformed_file`, ...).
    pub fn code(&self) -> &'static str {
        self.kind().as_str()
    }

    /// Wraps an I/O error with the path it happened on; a full disk or a
    /// used-up quota (`ENOSPC`, `EDQUOT`) is [`Error::DiskFull`].
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        if is_out_of_space(&source) {
            return Error::DiskFull(source.to_string());
        }
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Wraps an error writing the file at `path` (a full disk there says so
    /// in the system's words; [`Error::DiskFull`] is for the library's disk).
    pub fn write(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Write {
            path: path.into(),
            source,
        }
    }
}

/// Whether an I/O error means no more can be written: the disk is full
/// (`ENOSPC`) or the user's quota on it is used up (`EDQUOT`). Both ask the
/// user for the same thing, space.
pub(crate) fn is_out_of_space(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    )
}

/// SQLite's errors are [`Error::Store`], except a full disk (`SQLITE_FULL`),
/// which is [`Error::DiskFull`], and a write to a library open read-only
/// (`SQLITE_READONLY`), which is [`Error::ReadOnly`], and a lock another
/// connection held past the busy timeout (`SQLITE_BUSY`, `SQLITE_LOCKED`),
/// which is [`Error::Busy`].
impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull(error.to_string()),
            Some(rusqlite::ErrorCode::ReadOnly) => Error::ReadOnly(format!(
                "the library is open read-only and cannot be changed ({error})"
            )),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::Busy(format!(
                    "another program kept the library locked for writing ({error})"
                ))
            }
            _ => Error::Store(error),
        }
    }
}

impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Error", 3)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("message", &self.to_string())?;
        s.serialize_field("advice", &self.advice())?;
        s.end()
    }
}

/// What an [`Error`] looks like once serialized, as the UI receives it
/// (exported to TypeScript as `IpcError`).
#[cfg(feature = "ts")]
#[derive(ts_rs::TS)]
#[ts(rename = "IpcError")]
pub struct SerializedError {
    /// Stable, machine-readable.
    pub code: ErrorCode,
    /// What happened, in words.
    pub message: String,
    /// What the user can do about it, as a sentence (the core always sends
    /// it; errors the app raises itself may not).
    #[ts(optional)]
    pub advice: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_code_message_and_advice() {
        let e = Error::Empty("notes.txt holds no text".into());
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "empty_file");
        assert_eq!(json["message"], "notes.txt holds no text");
        assert_eq!(json["advice"], ErrorCode::EmptyFile.advice());
    }

    #[test]
    fn advice_given_replaces_the_codes() {
        let e = Error::Empty("x.txt is empty".into()).with_advice("Drop another file.");
        assert_eq!(e.code(), "empty_file");
        assert_eq!(e.to_string(), "x.txt is empty");
        assert_eq!(e.advice(), "Drop another file.");
        let e = e.with_advice("Drop the right file.");
        assert!(matches!(&e, Error::Advised { error, .. } if matches!(**error, Error::Empty(_))));
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "empty_file", "message": "x.txt is empty", "advice": "Drop the right file."})
        );
    }

    #[test]
    fn every_code_has_advice_and_file_errors_their_own() {
        let generic = ErrorCode::Internal.advice();
        for code in ErrorCode::ALL {
            let advice = code.advice();
            assert!(advice.ends_with('.'), "{code:?}: {advice}");
            assert!(advice.starts_with(char::is_uppercase), "{code:?}: {advice}");
        }
        // The codes a file can fail with: file_not_found to encrypted_file.
        let file_codes = &ErrorCode::ALL[..9];
        assert_eq!(file_codes.last(), Some(&ErrorCode::EncryptedFile));
        for code in file_codes {
            assert_ne!(code.advice(), generic, "{code:?}");
        }
        assert!(ErrorCode::EmptyFile.advice().contains("OCR"));
        assert!(ErrorCode::EncryptedFile.advice().contains("password"));
        assert_eq!(
            ErrorCode::UnsupportedFormat.advice(),
            "Save it as .txt, .md, .html, .pdf, .docx or .eml and add it again."
        );
    }

    #[test]
    fn every_code_serializes_as_its_text() {
        for code in ErrorCode::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
        }
        let texts: std::collections::HashSet<_> =
            ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(texts.len(), ErrorCode::ALL.len());
    }

    #[test]
    fn a_full_disk_is_disk_full_from_sqlite_and_from_the_system() {
        // As SQLite reports them: the code and the message of `sqlite3_errmsg`.
        let sqlite = |code| {
            Error::from(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(code),
                Some(rusqlite::ffi::code_to_str(code).to_string()),
            ))
        };
        let full = sqlite(rusqlite::ffi::SQLITE_FULL);
        assert_eq!(full.code(), "disk_full");
        assert_eq!(
            full.to_string(),
            "the disk holding the library is full (database or disk is full)"
        );
        for other in [
            rusqlite::ffi::SQLITE_IOERR,
            rusqlite::ffi::SQLITE_CORRUPT,
            rusqlite::ffi::SQLITE_CONSTRAINT,
        ] {
            assert_eq!(sqlite(other).code(), "store_error", "{other}");
        }
        for busy in [rusqlite::ffi::SQLITE_BUSY, rusqlite::ffi::SQLITE_LOCKED] {
            assert_eq!(sqlite(busy).code(), "busy", "{busy}");
        }
        let read_only = sqlite(rusqlite::ffi::SQLITE_READONLY);
        assert_eq!(read_only.code(), "read_only");
        assert!(read_only
            .to_string()
            .starts_with("the library is open read-only"));
        assert_eq!(
            Error::from(rusqlite::Error::QueryReturnedNoRows).code(),
            "store_error"
        );

        let storage_full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert_eq!(Error::io("lib", storage_full).code(), "disk_full");
        #[cfg(unix)]
        {
            const ENOSPC: i32 = 28;
            let e = Error::io("lib", std::io::Error::from_raw_os_error(ENOSPC));
            assert_eq!(e.code(), "disk_full");
            assert!(e
                .to_string()
                .starts_with("the disk holding the library is full ("));
            const EDQUOT: i32 = 122;
            let e = Error::io("lib", std::io::Error::from_raw_os_error(EDQUOT));
            assert_eq!(e.code(), "disk_full", "a used-up quota");
        }
        for other in [
            std::io::ErrorKind::WriteZero,
            std::io::ErrorKind::Other,
            std::io::ErrorKind::ReadOnlyFilesystem,
        ] {
            let e = Error::io("lib", std::io::Error::from(other));
            assert_eq!(e.code(), "io_error", "{other:?}");
        }
    }

    #[test]
    fn a_full_disk_advises_freeing_space_and_dropping_the_files_again() {
        let advice = Error::DiskFull("database or disk is full".into()).advice();
        assert_eq!(advice, ErrorCode::DiskFull.advice());
        assert!(
            advice.starts_with("Free some space on the disk"),
            "{advice}"
        );
        assert!(advice.contains("add the same files again"), "{advice}");
        assert!(advice.contains("duplicates are skipped"), "{advice}");
        assert_ne!(advice, ErrorCode::StoreError.advice());
        let json =
            serde_json::to_value(Error::DiskFull("database or disk is full".into())).unwrap();
        assert_eq!(json["code"], "disk_full");
        assert_eq!(json["advice"], advice);
    }

    #[test]
    fn io_code_follows_the_kind() {
        let e = Error::io("x", std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!(e.code(), "file_not_found");
    }
}
