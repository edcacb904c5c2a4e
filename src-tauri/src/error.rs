//! The app's error type: the core's errors plus what can go wrong in the app
//! itself. It crosses IPC as `{code, message, advice}` so the UI switches on
//! `code` and shows the core's advice, written once.

use serde::ser::SerializeStruct;

/// Result with the app's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything a command can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An error of the domain core (unreadable file, store failure, unknown id, ...).
    #[error(transparent)]
    Core(#[from] atlas_core::Error),
    /// A background task died (a bug: the message says where).
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// The stable, machine-readable code the UI switches on.
    pub fn code(&self) -> atlas_core::ErrorCode {
        match self {
            Error::Core(e) => e.kind(),
            Error::Internal(_) => atlas_core::ErrorCode::Internal,
        }
    }
}

impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let advice = match self {
            Error::Core(e) => e.advice(),
            Error::Internal(_) => self.code().advice(),
        };
        let mut s = serializer.serialize_struct("Error", 3)?;
        s.serialize_field("code", &self.code())?;
        s.serialize_field("message", &self.to_string())?;
        s.serialize_field("advice", &advice)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_ipc_as_code_and_message() {
        let e = Error::from(atlas_core::Error::NotFound("no article 7".into()));
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "not_found");
        assert_eq!(json["message"], "no article 7");
        assert_eq!(json["advice"], atlas_core::ErrorCode::NotFound.advice());
        let e = Error::Internal("import worker panicked".into());
        assert_eq!(serde_json::to_value(&e).unwrap()["code"], "internal");
    }
}
