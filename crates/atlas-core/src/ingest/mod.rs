//! Files turned into articles.
// PLACEHOLDER: the ingest helper replaces this file.
use std::path::Path;

use chrono::NaiveDate;

use crate::Result;

/// The formats the app reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown, with optional front matter.
    Markdown,
    /// An HTML page.
    Html,
    /// A PDF document.
    Pdf,
    /// A Word document.
    Docx,
    /// An e-mail message.
    Eml,
}

/// The text of a file and what could be learnt about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The title (from metadata, else the first line, else the file name).
    pub title: String,
    /// Where it came from (site name, author, URL), when the file says.
    pub source: Option<String>,
    /// Publication date, when the file says.
    pub published: Option<NaiveDate>,
    /// Clean text: paragraphs separated by a blank line, no markup.
    pub text: String,
    /// The format it was read as.
    pub format: Format,
}

/// Reads and parses one file.
///
/// # Errors
/// A clear [`crate::Error`] for unreadable, empty, binary, oversized or broken files.
pub fn read_file(_path: &Path) -> Result<Article> {
    unimplemented!()
}

/// Parses the bytes of a file named `file_name` (the name decides the format when the content does not).
///
/// # Errors
/// As [`read_file`].
pub fn read_bytes(_file_name: &str, _bytes: &[u8]) -> Result<Article> {
    unimplemented!()
}
