//! PDF documents, through `pdf-extract`.
//!
//! `pdf-extract` (and `lopdf` under it) can panic on malformed input, so the
//! extraction runs under [`std::panic::catch_unwind`] with the panic message
//! silenced for this thread only. Lines that the layout broke inside a
//! paragraph are joined again; a date line near the top (as for plain text)
//! gives the publication date.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{LazyLock, Once};

use regex::bytes::Regex;

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
    match quietly(|| pages_text(bytes)) {
        None => Err(if encrypted { locked() } else { damaged() }),
        Some(Err(e)) => {
            let msg = format!("{e:?}");
            if encrypted || msg.contains("Decryption") || msg.contains("ncrypt") {
                Err(locked())
            } else {
                Err(damaged())
            }
        }
        Some(Ok(pages)) => {
            let text = pages.concat();
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

/// The text of each page, through `pdf-extract` (what its
/// `extract_text_from_mem` does, a page at a time). When no page gives a
/// letter or digit, it tries again with embedded two-byte CMaps read as
/// Identity-H (see [`embedded_cmaps_as_identity`]).
fn pages_text(bytes: &[u8]) -> Result<Vec<String>, pdf_extract::OutputError> {
    let mut doc = pdf_extract::Document::load_mem(bytes)?;
    if doc.is_encrypted() {
        // An empty user password (an owner-locked PDF) opens; others fail as encrypted.
        doc.decrypt("")?;
    }
    let read = |doc: &pdf_extract::Document| -> Result<Vec<String>, pdf_extract::OutputError> {
        doc.get_pages()
            .into_keys()
            .map(|page| {
                let mut text = String::new();
                let mut out = pdf_extract::PlainTextOutput::new(&mut text);
                pdf_extract::output_doc_page(doc, &mut out, page)?;
                Ok(text)
            })
            .collect()
    };
    let pages = read(&doc)?;
    let readable = |pages: &[String]| pages.iter().any(|p| p.chars().any(char::is_alphanumeric));
    if !readable(&pages) && embedded_cmaps_as_identity(&mut doc) {
        return read(&doc);
    }
    Ok(pages)
}

/// Makes every Type0 font whose `/Encoding` is an embedded CMap of two-byte
/// codes (one codespace `<0000> <FFFF>`, as fpdf2 writes them) read as
/// `/Identity-H`; returns whether any font changed.
///
/// `pdf-extract` maps codes to CIDs only through a CMap's `cidrange`s, so an
/// embedded CMap of `cidchar`s maps nothing and the page reads empty; and it
/// looks the CID up in `/ToUnicode`, which the PDF keys by character code. With
/// code = CID, the `/ToUnicode` lookup is by code, as it should be, and that is
/// all text extraction needs (glyph widths, keyed by CID, may be off, which
/// only affects where spaces go).
fn embedded_cmaps_as_identity(doc: &mut pdf_extract::Document) -> bool {
    use pdf_extract::Object;
    static TWO_BYTES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u)\b1\s+begincodespacerange\s*<0000>\s*<[Ff]{4}>\s*endcodespacerange")
            .expect("valid regex")
    });
    let fonts: Vec<(pdf_extract::ObjectId, pdf_extract::ObjectId)> = doc
        .objects
        .iter()
        .filter_map(|(&id, object)| {
            let font = object.as_dict().ok()?;
            let type0 = font.get(b"Subtype").and_then(Object::as_name).ok()? == b"Type0";
            let cmap = font.get(b"Encoding").and_then(Object::as_reference).ok()?;
            (type0 && font.has(b"ToUnicode")).then_some((id, cmap))
        })
        .collect();
    let mut changed = false;
    for (font, cmap) in fonts {
        let two_bytes = doc
            .get_object(cmap)
            .and_then(Object::as_stream)
            .and_then(|stream| stream.get_plain_content())
            .is_ok_and(|content| TWO_BYTES.is_match(&content));
        if let (true, Ok(Object::Dictionary(dict))) = (two_bytes, doc.get_object_mut(font)) {
            dict.set("Encoding", Object::Name(b"Identity-H".to_vec()));
            changed = true;
        }
    }
    changed
}

/// The error for a PDF with no text on its pages: a scanned document (its
/// pages are images) needs OCR; any other has nothing to read.
fn no_text(name: &str, bytes: &[u8]) -> Error {
    // An image XObject, not the `/ImageB /ImageC /ImageI` of a page's
    // `/ProcSet`, which many producers write on every page.
    static IMAGE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"/Subtype\s*/Image\b").expect("valid regex"));
    let images = IMAGE.is_match(bytes);
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
        let scanned = no_text("scan.pdf", b"<</Type/XObject/Subtype/Image/Width 9>>");
        assert!(scanned.to_string().contains("scanned"), "{scanned}");
        let blank = no_text("blank.pdf", b"1 0 obj << /Type /Page >>");
        let procset = no_text(
            "text.pdf",
            b"<< /Font << /F1 7 0 R >> /ProcSet [ /PDF /Text /ImageB /ImageC /ImageI ] >>",
        );
        assert!(!procset.to_string().contains("scanned"), "{procset}");
        assert_eq!(blank.code(), "empty_file");
        assert!(!blank.to_string().contains("scanned"), "{blank}");
        assert!(
            blank.to_string().contains("no text on its pages"),
            "{blank}"
        );
    }

    #[test]
    fn embedded_two_byte_cmaps_read_as_identity() {
        use pdf_extract::{Dictionary, Document, Object, Stream};
        let cmap = |codespace: &str| {
            format!(
                "/CIDInit /ProcSet findresource begin begincmap\n1 begincodespacerange\n{codespace}\nendcodespacerange\n\
                 2 begincidchar\n<0001> 16886\n<0002> 13652\nendcidchar\nendcmap"
            )
        };
        let mut doc = Document::with_version("1.7");
        let font = |doc: &mut Document, codespace: &str, to_unicode: bool| {
            let stream =
                doc.add_object(Stream::new(Dictionary::new(), cmap(codespace).into_bytes()));
            let mut dict = Dictionary::new();
            dict.set("Type", Object::Name(b"Font".to_vec()));
            dict.set("Subtype", Object::Name(b"Type0".to_vec()));
            dict.set("Encoding", Object::Reference(stream));
            if to_unicode {
                dict.set("ToUnicode", Object::Reference(stream));
            }
            doc.add_object(dict)
        };
        let two = font(&mut doc, "<0000> <FFFF>", true);
        let one = font(&mut doc, "<00> <FF>", true);
        let bare = font(&mut doc, "<0000> <FFFF>", false);
        assert!(embedded_cmaps_as_identity(&mut doc));
        let encoding = |id| {
            doc.get_dictionary(id)
                .unwrap()
                .get(b"Encoding")
                .unwrap()
                .clone()
        };
        assert_eq!(encoding(two), Object::Name(b"Identity-H".to_vec()));
        // One-byte codes, or no ToUnicode to read them by: left alone.
        assert!(matches!(encoding(one), Object::Reference(_)));
        assert!(matches!(encoding(bare), Object::Reference(_)));
        assert!(!embedded_cmaps_as_identity(&mut Document::with_version(
            "1.7"
        )));
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
