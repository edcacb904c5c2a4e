//! The crate's error type. Every variant has a stable machine-readable
//! [`Error::code`]; the error serializes as `{"code": ..., "message": ...}` so
//! it can cross IPC or be printed by the CLI unchanged.

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
    Store(#[from] rusqlite::Error),
    /// The library was written by a newer version of the app.
    #[error("{0}")]
    StoreVersion(String),
    /// The thing asked for does not exist (article id, place id, ...).
    #[error("{0}")]
    NotFound(String),
    /// An argument is invalid (a malformed date, an empty query, ...).
    #[error("{0}")]
    InvalidInput(String),
}

impl Error {
    /// A stable, machine-readable code for the UI and scripts to switch on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Io { source, .. } => match source.kind() {
                std::io::ErrorKind::NotFound => "file_not_found",
                std::io::ErrorKind::PermissionDenied => "permission_denied",
                _ => "io_error",
            },
            Error::UnsupportedFormat(_) => "unsupported_format",
            Error::Empty(_) => "empty_file",
            Error::TooLarge(_) => "too_large",
            Error::NotText(_) => "not_text",
            Error::Malformed(_) => "malformed_file",
            Error::Encrypted(_) => "encrypted_file",
            Error::Pack(_) => "invalid_pack",
            Error::Store(_) => "store_error",
            Error::StoreVersion(_) => "store_version",
            Error::NotFound(_) => "not_found",
            Error::InvalidInput(_) => "invalid_input",
        }
    }

    /// Wraps an I/O error with the path it happened on.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Error", 2)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("message", &self.to_string())?;
        s.end()
    }
}

/// What an [`Error`] looks like once serialized, as the UI receives it
/// (exported to TypeScript as `IpcError`).
#[cfg(feature = "ts")]
#[derive(ts_rs::TS)]
#[ts(rename = "IpcError")]
pub struct SerializedError {
    /// Stable, machine-readable: `file_not_found`, `unsupported_format`, `not_found`, ...
    pub code: String,
    /// What happened and what the user can do, in words.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_code_and_message() {
        let e = Error::Empty("notes.txt holds no text".into());
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "empty_file");
        assert_eq!(json["message"], "notes.txt holds no text");
    }

    #[test]
    fn io_code_follows_the_kind() {
        let e = Error::io("x", std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!(e.code(), "file_not_found");
    }
}
