//! Files turned into articles.
//!
//! [`read_file`] and [`read_bytes`] take a file a user dropped (which may be
//! hostile or broken) and return an [`Article`]: clean text plus the title,
//! source and publication date the file states.
//!
//! The format is decided by content first (`%PDF`, a ZIP package, HTML
//! markup, binary magic numbers), then by the extension. Text is decoded
//! using, in order: a BOM, UTF-16 by its NUL pattern, valid UTF-8, an HTML
//! `<meta charset>`, a statistical guess. Every format's text is cleaned the
//! same way. Nothing here panics on any input, and every failure is an
//! [`Error`] whose message names the file and says what happened, and whose
//! [advice](Error::advice) says what the user can do.
//!
//! Limits: files above [`MAX_FILE_BYTES`] are refused; extracted text is cut at
//! [`MAX_TEXT_BYTES`]; titles at [`MAX_TITLE_CHARS`] characters; a Word
//! document's XML at [`MAX_DOCX_XML_BYTES`]; a PDF whose streams (images
//! aside) unpack to more than 4 MiB each or 64 MiB in all is refused as
//! `too_large` before it is parsed. With these, reading and analysing any one
//! file peaks below 512 MB of memory (`tests/bad_inputs.rs` measures `atlas
//! link` on the worst cases: about 300 MB for a 10 MB one-line text full of
//! place names, under 60 MB for the rest).

mod clean;
mod date;
mod docx;
mod eml;
mod encoding;
mod format;
mod html;
mod markdown;
mod pdf;
mod plain;
mod sniff;

use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;

use crate::{Error, Result};

pub(crate) use format::extension_list;
pub use format::{formats_typescript, Format, FormatInfo, FORMATS};
pub(crate) use html::web_address;
use sniff::Sniffed;

/// Files larger than this (50 MiB) are refused with [`Error::TooLarge`].
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Extracted text is cut (at a character boundary) after this many bytes (5 MiB).
pub const MAX_TEXT_BYTES: usize = 5 * 1024 * 1024;

/// At most this much XML (20 MiB) is read from one part of a Word document,
/// whatever the ZIP headers declare (zip-bomb guard); more is [`Error::TooLarge`].
pub const MAX_DOCX_XML_BYTES: u64 = 20 * 1024 * 1024;

/// Titles are shortened to this many characters.
pub const MAX_TITLE_CHARS: usize = 200;

/// The text of a file and what could be learnt about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The title (from metadata, else the first line, else the file name).
    pub title: String,
    /// Where it came from (site name, author, URL), when the file says.
    pub source: Option<String>,
    /// The web address it was published at (`http`/`https`), when the file says.
    pub address: Option<String>,
    /// Publication date, when the file says.
    pub published: Option<NaiveDate>,
    /// Clean text: paragraphs separated by a blank line, no markup.
    pub text: String,
    /// The format it was read as.
    pub format: Format,
}

/// What a format reader found, before clean-up and fallbacks.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    pub title: Option<String>,
    pub source: Option<String>,
    pub address: Option<String>,
    pub published: Option<NaiveDate>,
    /// Raw text; [`clean::clean_text`] runs on it afterwards.
    pub text: String,
}

/// Reads and parses one file.
///
/// The size is checked before reading (and the read itself is capped), so an
/// oversized or growing file is never loaded whole.
///
/// # Errors
/// - [`Error::Io`] when the file cannot be read: missing (`file_not_found`),
///   no permission (`permission_denied`), a folder or not a regular file
///   (`io_error`);
/// - [`Error::TooLarge`] above [`MAX_FILE_BYTES`];
/// - anything [`read_bytes`] returns.
pub fn read_file(path: &Path) -> Result<Article> {
    let name = display_name(&path.to_string_lossy());
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    let not_a_file = |kind, what: String, advice: &str| {
        Error::io(path, std::io::Error::new(kind, what)).with_advice(advice)
    };
    if meta.is_dir() {
        return Err(not_a_file(
            std::io::ErrorKind::IsADirectory,
            format!("{name} is a folder, not a file"),
            "Drop the article files inside it instead.",
        ));
    }
    if !meta.is_file() {
        return Err(not_a_file(
            std::io::ErrorKind::InvalidInput,
            format!("{name} is not a regular file (a device, pipe or socket)"),
            "Drop a document file instead.",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(&name, meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(&name, bytes.len() as u64));
    }
    read_bytes(&path.to_string_lossy(), &bytes)
}

/// Parses the bytes of a file named `file_name` (the name decides the format when the content does not).
///
/// `file_name` may be a bare name or a path; only its last component is used
/// (in messages, for the extension and as the fallback title).
///
/// # Errors
/// - [`Error::TooLarge`] (`too_large`) above [`MAX_FILE_BYTES`];
/// - [`Error::Empty`] (`empty_file`) when there is no text: an empty or
///   whitespace-only file, a page with no readable text, a scanned PDF;
/// - [`Error::NotText`] (`not_text`) for binary data (images, programs,
///   archives, anything with NUL bytes or mostly control characters);
/// - [`Error::UnsupportedFormat`] (`unsupported_format`) for documents of a
///   kind the app does not read (old .doc, RTF, OpenDocument, a plain ZIP);
/// - [`Error::Malformed`] (`malformed_file`) for a broken PDF, Word document
///   or e-mail, or a `.pdf`/`.docx` name over content that is neither;
/// - [`Error::Encrypted`] (`encrypted_file`) for password-protected PDF or
///   Word documents.
pub fn read_bytes(file_name: &str, bytes: &[u8]) -> Result<Article> {
    let file = FileName::new(file_name);
    let name = file.display.as_str();
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(name, bytes.len() as u64));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(empty(name));
    }
    match sniff::sniff(bytes) {
        Sniffed::Pdf => return finish(&file, Format::Pdf, pdf::extract(name, bytes)?),
        Sniffed::Zip => return finish(&file, Format::Docx, docx::extract(name, &file.ext, bytes)?),
        Sniffed::Ole => return Err(ole(name, bytes)),
        Sniffed::Rtf => {
            return Err(Error::UnsupportedFormat(format!(
                "{name} is an RTF document, which the app does not read"
            ))
            .with_advice("Save it as .docx or plain text and drop that instead."))
        }
        Sniffed::Binary(what) => return Err(not_text(name, what)),
        Sniffed::Unknown => {}
    }

    let by_extension = Format::from_extension(&file.ext);
    if by_extension == Some(Format::Pdf) && sniff::has_late_pdf_header(bytes) {
        return finish(&file, Format::Pdf, pdf::extract(name, bytes)?);
    }

    let text = encoding::decode(bytes).text;
    // A name that promises a PDF or Word document over other content: an HTML
    // page saved under the wrong name is still read; anything else is broken.
    if let Some(claimed @ (Format::Pdf | Format::Docx)) = by_extension {
        if !sniff::looks_binary(&text) && sniff::looks_like_html(&text) {
            return finish(&file, Format::Html, html::extract(&text));
        }
        return Err(if claimed == Format::Pdf {
            Error::Malformed(format!(
                "{name} is not a valid PDF (it does not start like one)"
            ))
            .with_advice("Download it again, or drop the original file.")
        } else {
            Error::Malformed(format!(
                "{name} is not a valid Word document (it is not a .docx package)"
            ))
            .with_advice("Open it in Word and save it again as .docx.")
        });
    }
    if sniff::looks_binary(&text) {
        return Err(not_text(name, "binary data"));
    }
    if sniff::looks_like_html(&text) {
        return finish(&file, Format::Html, html::extract(&text));
    }
    // By extension; an unknown one is an e-mail when it starts like one, else text.
    let format = match by_extension {
        Some(format) => format,
        None if sniff::looks_like_email(&text) => Format::Eml,
        None => Format::Text,
    };
    match format {
        Format::Markdown => finish(&file, format, markdown::extract(&text)),
        Format::Html => finish(&file, format, html::extract(&text)),
        Format::Eml => finish(&file, format, eml::extract(name, bytes)?),
        // PDF and Word documents were read (or refused) above.
        Format::Text | Format::Pdf | Format::Docx => {
            finish(&file, Format::Text, plain::extract(&text))
        }
    }
}

/// Cleans what a reader extracted and fills in the fallbacks.
fn finish(file: &FileName, format: Format, ex: Extracted) -> Result<Article> {
    let text = clean::clean_text(&ex.text);
    if text.is_empty() {
        let name = &file.display;
        return Err(match format {
            Format::Pdf => Error::Empty(format!(
                "{name} has no text that can be extracted (it may be a scanned image)"
            ))
            .with_advice("Run it through OCR or copy the text into a .txt file."),
            Format::Html => Error::Empty(format!(
                "{name} has no readable article text (only page furniture or scripts)"
            ))
            .with_advice(
                "Save the article with your browser's reader view, or copy its text into a .txt file.",
            ),
            _ => empty(name),
        });
    }
    let title = ex
        .title
        .as_deref()
        .and_then(clean::clean_line)
        .or_else(|| first_line_title(&text))
        .unwrap_or_else(|| file.stem.clone());
    Ok(Article {
        title: clean::shorten(&title, MAX_TITLE_CHARS),
        source: ex
            .source
            .as_deref()
            .and_then(clean::clean_line)
            .map(|s| clean::shorten(&s, MAX_TITLE_CHARS)),
        address: ex.address,
        published: ex.published,
        text,
        format,
    })
}

/// The first non-empty line that is not a date line, without a leading
/// breadcrumb trail of a saved web page ("Home / World / Lavrov to Kishida: ..."
/// becomes "Lavrov to Kishida: ...").
fn first_line_title(text: &str) -> Option<String> {
    date::head_lines(text)
        .find(|l| date::parse_date_line(l).is_none())
        .and_then(clean::clean_line)
        .map(|line| strip_breadcrumb(&line).to_string())
}

/// `line` without a breadcrumb trail: two or more short crumbs separated by " / ", " > ", " » ".
fn strip_breadcrumb(line: &str) -> &str {
    let mut rest = line;
    let mut crumbs = 0;
    while let Some((crumb, after)) = [" / ", " > ", " » ", " › "]
        .iter()
        .filter_map(|sep| rest.split_once(sep))
        .min_by_key(|(crumb, _)| crumb.len())
    {
        if crumb.chars().count() > 24 || after.trim().is_empty() {
            break;
        }
        rest = after.trim_start();
        crumbs += 1;
    }
    if crumbs >= 2 && rest.chars().count() >= 12 {
        rest
    } else {
        line
    }
}

/// The parts of a file name the messages and fallbacks use.
struct FileName {
    /// The last path component ("the file" when there is none).
    display: String,
    /// The name without its extension.
    stem: String,
    /// The extension, lower case, without the dot.
    ext: String,
}

impl FileName {
    fn new(file_name: &str) -> FileName {
        let display = display_name(file_name);
        let path = Path::new(&display);
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| display.clone());
        FileName { display, stem, ext }
    }
}

/// The last component of `file_name` (either separator), or "the file".
fn display_name(file_name: &str) -> String {
    let last = file_name
        .rsplit(['/', '\\'])
        .find(|s| !s.is_empty())
        .unwrap_or("")
        .trim();
    if last.is_empty() {
        "the file".to_string()
    } else {
        last.to_string()
    }
}

fn too_large(name: &str, size: u64) -> Error {
    Error::TooLarge(format!(
        "{name} is too large ({:.1} MB, the limit is {} MB)",
        size as f64 / (1024.0 * 1024.0),
        MAX_FILE_BYTES / (1024 * 1024)
    ))
    .with_advice("Save just the article text and drop that instead.")
}

fn empty(name: &str) -> Error {
    Error::Empty(format!("{name} is empty (there is no text in it)"))
        .with_advice("Check that you dropped the right file.")
}

fn not_text(name: &str, what: &str) -> Error {
    Error::NotText(format!(
        "{name} is not a text document (it looks like {what})"
    ))
    .with_advice(format!("Drop an article as {}.", extension_list()))
}

/// An OLE compound file: an encrypted Office document, or an old-format one.
fn ole(name: &str, bytes: &[u8]) -> Error {
    let marker: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    if bytes.windows(marker.len()).any(|w| w == marker.as_slice()) {
        password_protected(name)
    } else {
        Error::UnsupportedFormat(format!(
            "{name} is an old-format Office file (.doc, .xls or .msg), which the app does not read"
        ))
        .with_advice("Open it and save it as .docx (or the text as .txt), then drop that instead.")
    }
}

/// A password-protected Word document.
fn password_protected(name: &str) -> Error {
    Error::Encrypted(format!("{name} is password-protected")).with_advice(
        "Open it in Word, remove the password and save a copy, then drop that instead.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_with_title_and_date() {
        let a = read_bytes(
            "notes/kuril.txt",
            "  Talks on Kunashir \r\nPublished: 21 September 2015\r\n\r\nBody\u{00A0}text."
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(a.format, Format::Text);
        assert_eq!(a.title, "Talks on Kunashir");
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2015, 9, 21));
        assert_eq!(
            a.text,
            "Talks on Kunashir\nPublished: 21 September 2015\n\nBody text."
        );
    }

    #[test]
    fn title_drops_a_breadcrumb_trail() {
        for (line, title) in [
            (
                "Home / World / Lavrov to Kishida: no compromise",
                "Lavrov to Kishida: no compromise",
            ),
            (
                "News > Asia > Japan protests visit to Iturup",
                "Japan protests visit to Iturup",
            ),
            (
                "Japan / Russia talks on the Kurils resume",
                "Japan / Russia talks on the Kurils resume",
            ),
            ("A/B testing", "A/B testing"),
        ] {
            assert_eq!(strip_breadcrumb(line), title, "{line}");
        }
    }

    #[test]
    fn title_skips_date_line_and_falls_back_to_stem() {
        let a = read_bytes("a.txt", b"2015-09-21\nKunashir").unwrap();
        assert_eq!(a.title, "Kunashir");
        let long = "x".repeat(500);
        let a = read_bytes("a.txt", long.as_bytes()).unwrap();
        assert_eq!(a.title.chars().count(), MAX_TITLE_CHARS);
    }

    #[test]
    fn empty_and_whitespace() {
        for b in [&b""[..], b"   \r\n\t ", "\u{00A0}\u{200B}".as_bytes()] {
            let e = read_bytes("empty.txt", b).unwrap_err();
            assert_eq!(e.code(), "empty_file", "{b:?}");
            assert!(e.to_string().starts_with("empty.txt is empty"));
        }
    }

    #[test]
    fn binary_is_not_text() {
        let e = read_bytes("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert_eq!(e.code(), "not_text");
        assert!(e
            .to_string()
            .starts_with("photo.png is not a text document (it looks like a PNG image)"));
        let e = read_bytes("data.txt", b"abc\0\0\0def").unwrap_err();
        assert_eq!(e.code(), "not_text");
        let e = read_bytes("old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0").unwrap_err();
        assert_eq!(e.code(), "unsupported_format");
    }

    #[test]
    fn content_beats_extension() {
        let a = read_bytes(
            "page.txt",
            b"<!DOCTYPE html><title>T</title><p>Kunashir</p>",
        )
        .unwrap();
        assert_eq!(a.format, Format::Html);
        assert_eq!(a.text, "Kunashir");
        let e = read_bytes("report.pdf", b"just some text").unwrap_err();
        assert_eq!(e.code(), "malformed_file");
        let e = read_bytes("report.docx", b"just some text").unwrap_err();
        assert!(e.to_string().contains("not a valid Word document"));
        let e = read_bytes("report.docx", b"\0\x01\x02garbage\0").unwrap_err();
        assert_eq!(e.code(), "malformed_file");
        let a = read_bytes("page.pdf", b"<html><p>Habomai</p></html>").unwrap();
        assert_eq!(a.format, Format::Html);
    }

    #[test]
    fn too_large_bytes() {
        let big = vec![b'a'; MAX_FILE_BYTES as usize + 1];
        assert_eq!(read_bytes("big.txt", &big).unwrap_err().code(), "too_large");
    }

    #[test]
    fn names() {
        assert_eq!(display_name("C:\\docs\\a.txt"), "a.txt");
        assert_eq!(display_name("/x/y/"), "y");
        assert_eq!(display_name(""), "the file");
        let f = FileName::new("/tmp/Report.PDF");
        assert_eq!((f.stem.as_str(), f.ext.as_str()), ("Report", "pdf"));
    }

    /// Messages say what happened; what to do is the advice, never a "; ..." tail.
    #[test]
    fn messages_carry_no_advice() {
        let mut errors = Vec::new();
        for dir in ["ingest", "bad"] {
            let dir = format!("{}/../../tests/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
            for entry in std::fs::read_dir(dir).unwrap() {
                errors.extend(read_file(&entry.unwrap().path()).err());
            }
        }
        let zip = |entry: &str| {
            let mut out = std::io::Cursor::new(Vec::new());
            let mut zip = zip::ZipWriter::new(&mut out);
            zip.start_file(entry, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.finish().unwrap();
            out.into_inner()
        };
        let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("a.rtf", b"{\\rtf1 x}".to_vec()),
            ("old.doc", ole.clone()),
            ("locked.docx", {
                ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
                ole
            }),
            ("a.pdf", b"text".to_vec()),
            ("a.docx", b"text".to_vec()),
            ("a.odt", zip("content.xml")),
            ("a.epub", zip("META-INF/container.xml")),
            ("a.zip", zip("x.txt")),
            ("a.eml", b"no headers at all".to_vec()),
            ("big.txt", vec![b'a'; MAX_FILE_BYTES as usize + 1]),
            ("blank.txt", b" ".to_vec()),
            ("photo.png", b"\x89PNG\r\n\x1a\n\0".to_vec()),
            ("page.html", b"<html><script>x()</script></html>".to_vec()),
        ];
        for (name, bytes) in cases {
            errors.extend(read_bytes(name, &bytes).err());
        }
        let dir = tempfile::tempdir().unwrap();
        errors.extend(read_file(dir.path()).err());
        assert!(errors.len() > 25, "{}", errors.len());
        for e in &errors {
            let message = e.to_string();
            assert!(!message.contains("; "), "{message}");
            let advice = e.advice();
            assert!(
                advice.starts_with(char::is_uppercase) && advice.ends_with('.'),
                "{e}: {advice}"
            );
        }
        let e = read_bytes("blank.txt", b" ").unwrap_err();
        assert_eq!(e.advice(), "Check that you dropped the right file.");
        let e = read_bytes("photo.png", b"\x89PNG\r\n\x1a\n\0").unwrap_err();
        assert_eq!(
            e.advice(),
            "Drop an article as .txt, .md, .html, .pdf, .docx or .eml."
        );
    }

    #[test]
    fn directory_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_file(dir.path()).unwrap_err();
        assert_eq!(e.code(), "io_error");
        assert!(e.to_string().contains("is a folder"), "{e}");
        let e = read_file(&dir.path().join("missing.txt")).unwrap_err();
        assert_eq!(e.code(), "file_not_found");
    }
}
