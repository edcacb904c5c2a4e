//! PDF documents, through `pdf-extract`.
//!
//! `pdf-extract` (and `lopdf` under it) can panic on malformed input, so the
//! extraction runs under [`std::panic::catch_unwind`] with the panic message
//! silenced for this thread only. Lines that the layout broke inside a
//! paragraph are joined again; a date line near the top (as for plain text)
//! gives the publication date.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use crate::{Error, Result};

use super::date::date_from_text_head;
use super::Extracted;

thread_local! {
    static SILENT: Cell<bool> = const { Cell::new(false) };
}

/// Installs (once) a panic hook that stays quiet on threads that are inside
/// [`quietly`] and defers to the previous hook everywhere else.
fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !SILENT.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into `None` without printing anything.
pub(crate) fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    install_quiet_hook();
    let was = SILENT.with(|s| s.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    SILENT.with(|s| s.set(was));
    result.ok()
}

/// The most bytes one stream of a PDF may decode to (4 MiB), images aside.
///
/// `pdf-extract` inflates a page's content stream whole and parses it into a
/// list of operators that takes 20 times its size or more, so a 400 KB file
/// whose content inflates to 400 MB of `q Q` would take gigabytes.
pub(crate) const MAX_PDF_STREAM_BYTES: u64 = 4 * 1024 * 1024;

/// The most bytes all streams of a PDF together may decode to (64 MiB), images aside.
pub(crate) const MAX_PDF_STREAMS_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a PDF; `name` is the file name for messages.
pub(crate) fn extract(name: &str, bytes: &[u8]) -> Result<Extracted> {
    if let Some(size) = oversized_stream(bytes) {
        return Err(Error::TooLarge(format!(
            "{name} holds more than {} MB of page data once unpacked ({} MB or more); \
             it is not an article PDF the app can read safely; copy the article text into a .txt file instead",
            size.limit / (1024 * 1024),
            size.found / (1024 * 1024),
        )));
    }
    let encrypted = looks_encrypted(bytes);
    let damaged = || {
        Error::Malformed(format!(
            "{name} could not be read as a PDF (the file looks damaged or truncated); \
             download it again or print it to a new PDF, and drop that instead"
        ))
    };
    let locked = || {
        Error::Encrypted(format!(
            "{name} is encrypted; save an unencrypted copy and drop that instead"
        ))
    };
    match quietly(|| pdf_extract::extract_text_from_mem(bytes)) {
        None => Err(if encrypted { locked() } else { damaged() }),
        Some(Err(e)) => {
            let msg = format!("{e:?}");
            if encrypted || msg.contains("Decryption") || msg.contains("ncrypt") {
                Err(locked())
            } else {
                Err(damaged())
            }
        }
        Some(Ok(text)) => {
            if text.trim().is_empty() {
                return Err(if encrypted {
                    locked()
                } else {
                    no_text(name, bytes)
                });
            }
            let text = join_broken_lines(&text);
            Ok(Extracted {
                published: date_from_text_head(&text),
                text,
                ..Extracted::default()
            })
        }
    }
}

/// The error for a PDF with no text on its pages: a scanned document (its
/// pages are images) needs OCR; any other has nothing to read.
fn no_text(name: &str, bytes: &[u8]) -> Error {
    let images = find(bytes, b"/Image").is_some();
    Error::Empty(if images {
        format!(
            "{name} has no text that can be extracted, only images (it looks like a scanned document); \
             run it through OCR or copy the text into a .txt file"
        )
    } else {
        format!(
            "{name} has no text on its pages; if a PDF viewer shows text in it, \
             copy that text into a .txt file and drop that instead"
        )
    })
}

/// A stream (or all of them) over its limit.
struct Oversized {
    found: u64,
    limit: u64,
}

/// Finds a stream that decodes to more than [`MAX_PDF_STREAM_BYTES`], or
/// streams that together decode to more than [`MAX_PDF_STREAMS_BYTES`], by a
/// raw scan for `stream ... endstream` (Flate streams are inflated through a
/// cap, others counted as stored). Image streams are skipped: `pdf-extract`
/// does not decode them. Filters other than Flate are not expanded here.
fn oversized_stream(bytes: &[u8]) -> Option<Oversized> {
    let mut total = 0u64;
    let mut at = 0;
    while let Some(found) = find(&bytes[at..], b"stream") {
        let keyword = at + found;
        at = keyword + b"stream".len();
        if bytes[..keyword].ends_with(b"end") {
            continue;
        }
        let start = match &bytes[at..] {
            [b'\r', b'\n', ..] => at + 2,
            [b'\n' | b'\r', ..] => at + 1,
            _ => continue,
        };
        let end = find(&bytes[start..], b"endstream").map_or(bytes.len(), |e| start + e);
        let dict = &bytes[keyword.saturating_sub(1024)..keyword];
        let dict = &dict[dict.windows(3).rposition(|w| w == b"obj").unwrap_or(0)..];
        at = end;
        if find(dict, b"/Image").is_some() {
            continue;
        }
        let data = &bytes[start..end];
        let size = if find(dict, b"FlateDecode").is_some() || find(dict, b"/Fl ").is_some() {
            inflated_len(data, MAX_PDF_STREAM_BYTES + 1)
        } else {
            data.len() as u64
        };
        total += size;
        if size > MAX_PDF_STREAM_BYTES {
            return Some(Oversized {
                found: size,
                limit: MAX_PDF_STREAM_BYTES,
            });
        }
        if total > MAX_PDF_STREAMS_BYTES {
            return Some(Oversized {
                found: total,
                limit: MAX_PDF_STREAMS_BYTES,
            });
        }
    }
    None
}

/// How many bytes zlib data inflates to, counting at most `cap` (what comes
/// out before an error counts).
fn inflated_len(data: &[u8], cap: u64) -> u64 {
    use std::io::Read;
    let mut reader = flate2::read::ZlibDecoder::new(data).take(cap);
    let mut buf = [0u8; 16 * 1024];
    let mut n = 0u64;
    while let Ok(got) = reader.read(&mut buf) {
        if got == 0 {
            break;
        }
        n += got as u64;
    }
    n
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Whether the trailer of the file names an `/Encrypt` dictionary.
fn looks_encrypted(bytes: &[u8]) -> bool {
    bytes.windows(8).any(|w| w == b"/Encrypt")
}

/// Joins lines that a PDF's layout broke inside a paragraph. Blank lines stay
/// paragraph breaks; a line ending in a hyphen after a letter is joined
/// without the hyphen when the next starts in lower case; CJK text is joined
/// without a space.
pub(crate) fn join_broken_lines(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for paragraph in text.split("\n\n") {
        let mut para = String::new();
        for line in paragraph.split('\n') {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if para.is_empty() {
                para.push_str(line);
                continue;
            }
            let prev = para.chars().next_back().unwrap_or(' ');
            let before = para.chars().rev().nth(1).unwrap_or(' ');
            let next = line.chars().next().unwrap_or(' ');
            if prev == '-' && before.is_alphabetic() && next.is_lowercase() {
                para.pop();
            } else if !(is_cjk(prev) && is_cjk(next)) {
                para.push(' ');
            }
            para.push_str(line);
        }
        if !para.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&para);
        }
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' | '\u{AC00}'..='\u{D7AF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pdf_without_text_says_scanned_only_when_it_holds_images() {
        let scanned = no_text("scan.pdf", b"1 0 obj << /Type /XObject /Subtype /Image >>");
        assert_eq!(scanned.code(), "empty_file");
        assert!(scanned.to_string().contains("scanned"), "{scanned}");
        let blank = no_text("blank.pdf", b"1 0 obj << /Type /Page >>");
        assert_eq!(blank.code(), "empty_file");
        assert!(!blank.to_string().contains("scanned"), "{blank}");
        assert!(
            blank.to_string().contains("no text on its pages"),
            "{blank}"
        );
    }

    #[test]
    fn joins_lines() {
        let t = "The southern Kuril\nIslands are dis-\nputed.\n\nNew para-\nGraph\n\n国後島は\n北海道の東";
        assert_eq!(
            join_broken_lines(t),
            "The southern Kuril Islands are disputed.\n\nNew para- Graph\n\n国後島は北海道の東"
        );
    }

    #[test]
    fn panics_become_none_quietly() {
        assert_eq!(quietly(|| 1), Some(1));
        let r: Option<()> = quietly(|| panic!("boom"));
        assert!(r.is_none());
    }

    #[test]
    fn decompression_bombs_are_refused_before_parsing() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        for _ in 0..(MAX_PDF_STREAM_BYTES / 4096 + 1) {
            z.write_all(&b"q Q ".repeat(1024)).unwrap();
        }
        let data = z.finish().unwrap();
        let mut pdf = b"%PDF-1.4\n5 0 obj\n<< /Length 9 /Filter /FlateDecode >>\nstream\n".to_vec();
        pdf.extend_from_slice(&data);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        let e = extract("bomb.pdf", &pdf).unwrap_err();
        assert_eq!(e.code(), "too_large", "{e}");
        // An image stream of that size is not parsed, so it is not counted;
        // a small content stream is fine.
        let mut image =
            b"%PDF-1.4\n5 0 obj\n<< /Subtype /Image /Filter /FlateDecode >>\nstream\n".to_vec();
        image.extend_from_slice(&data);
        image.extend_from_slice(b"\nendstream\nendobj\n");
        assert!(oversized_stream(&image).is_none());
        assert!(oversized_stream(b"1 0 obj << >>\nstream\nq Q\nendstream").is_none());
        assert_eq!(inflated_len(b"not zlib", 100), 0);
    }

    #[test]
    fn garbage_is_malformed() {
        let e = extract("x.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog").unwrap_err();
        assert_eq!(e.code(), "malformed_file");
        assert!(e
            .to_string()
            .starts_with("x.pdf could not be read as a PDF"));
        let e = extract("x.pdf", b"%PDF-1.4\ntrailer << /Encrypt 5 0 R >>").unwrap_err();
        assert_eq!(e.code(), "encrypted_file");
    }
}
