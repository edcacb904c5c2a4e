//! PDF documents, through `pdf-extract`.
//!
//! `pdf-extract` (and `lopdf` under it) can panic on malformed input, so the
//! extraction runs under [`std::panic::catch_unwind`] with the panic message
//! silenced for this thread only. Pages are laid out from its characters
//! ([`LayoutText`]: a blank line only where a gap is wider than the page's usual
//! line spacing); running headers, footers and page numbers are dropped
//! ([`without_running_lines`]); lines that the layout broke inside a paragraph
//! are joined again; a date line near the top (as for plain text) gives the
//! publication date. Type0 fonts with an embedded two-byte CMap are read as
//! Identity-H when nothing else gives text ([`embedded_cmaps_as_identity`]).

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
            "{name} holds more than {} MB of page data once unpacked ({} MB or more), \
             so it is not an article PDF the app can read safely",
            size.limit / (1024 * 1024),
            size.found / (1024 * 1024),
        ))
        .with_advice("Copy the article text into a .txt file instead."));
    }
    let encrypted = looks_encrypted(bytes);
    let damaged = || {
        Error::Malformed(format!(
            "{name} could not be read as a PDF (the file looks damaged or truncated)"
        ))
        .with_advice("Download it again or print it to a new PDF, and drop that instead.")
    };
    let locked = || {
        Error::Encrypted(format!("{name} is encrypted"))
            .with_advice("Save an unencrypted copy and drop that instead.")
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
            let text = without_running_lines(&pages);
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
        let mut out = LayoutText::default();
        for page in doc.get_pages().into_keys() {
            pdf_extract::output_doc_page(doc, &mut out, page)?;
        }
        Ok(out.pages)
    };
    let pages = read(&doc)?;
    let readable = |pages: &[String]| pages.iter().any(|p| p.chars().any(char::is_alphanumeric));
    if !readable(&pages) && embedded_cmaps_as_identity(&mut doc) {
        return read(&doc);
    }
    Ok(pages)
}

/// One line of a page as [`LayoutText`] sees it.
struct Line {
    /// The baseline, from the top of the page.
    y: f64,
    /// The font size, in page units.
    size: f64,
    /// Where the last character ends.
    end: f64,
    text: String,
}

/// Text of pages laid out from `pdf-extract`'s characters: a line per
/// baseline, a space where characters stand apart (as its `PlainTextOutput`
/// does), and a blank line between two lines only where the gap between them
/// is wider than the page's usual line spacing (a paragraph or a heading), so
/// a text set with wide line spacing does not become a paragraph a line.
#[derive(Default)]
struct LayoutText {
    pages: Vec<String>,
    lines: Vec<Line>,
    page_height: f64,
    new_word: bool,
}

impl pdf_extract::OutputDev for LayoutText {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &pdf_extract::MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.lines.clear();
        self.page_height = media_box.ury - media_box.lly;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        let lines = std::mem::take(&mut self.lines);
        self.pages.push(page_text(&lines));
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        let (x, y) = (trm.m31, self.page_height - trm.m32);
        let size = font_size * (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = if size.is_finite() && size > 0.0 {
            size
        } else {
            1.0
        };
        let end = x + width * size;
        match self.lines.last_mut() {
            Some(line)
                if (y - line.y).abs() <= 0.5 * size.max(line.size) && x >= line.end - size =>
            {
                if self.new_word && x > line.end + 0.1 * size {
                    line.text.push(' ');
                }
                line.text.push_str(char);
                line.end = end;
            }
            _ => self.lines.push(Line {
                y,
                size,
                end,
                text: char.to_string(),
            }),
        }
        self.new_word = false;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.new_word = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

/// The lines of a page joined: a blank line where the gap to the next line
/// (down the page, in the same size) is over 1.3 times the page's usual line
/// spacing (the lower quartile of such gaps), or where the size changes; a line break
/// otherwise (a new column included).
fn page_text(lines: &[Line]) -> String {
    let similar = |a: &Line, b: &Line| (a.size - b.size).abs() <= 0.15 * a.size.max(b.size);
    let mut gaps: Vec<f64> = lines
        .windows(2)
        .filter(|w| similar(&w[0], &w[1]))
        .map(|w| w[1].y - w[0].y)
        .filter(|&g| g > 0.0)
        .collect();
    gaps.sort_by(f64::total_cmp);
    // The lower quartile: most gaps are between the lines of a paragraph,
    // and in a short page the few wider ones must not set the measure.
    let usual = gaps.get(gaps.len() / 4).copied();
    let mut text = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let prev = &lines[i - 1];
            let gap = line.y - prev.y;
            let paragraph = !similar(prev, line)
                || usual.is_some_and(|u| gap > 1.3 * u)
                || (usual.is_none() && gap > 1.5 * line.size);
            text.push_str(if paragraph { "\n\n" } else { "\n" });
        }
        text.push_str(&line.text);
    }
    text.push('\n');
    text
}

/// The pages' text without running headers and footers: among the first and
/// last two lines of each page, a page number ("4", "- 4 -", "－ ４ －", "Page 4
/// of 9", "стр. 4") and, in a document of two pages or more, a line that
/// recurs (digits aside) at the top or bottom of at least half of the pages.
/// Pages are joined by a line break, so a paragraph runs on over a page.
fn without_running_lines(pages: &[String]) -> String {
    static PAGE_NUMBER: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^[\s\-–—－‐ー―()（）\[\]|]*(?:(?:page|p\.|стр\.?|страница|ページ)\s*)?[0-9０-９]{1,4}(?:\s*(?:/|of|из|／)\s*[0-9０-９]{1,4})?\s*(?:ページ|頁)?[\s\-–—－‐ー―()（）\[\]|]*$",
        )
        .expect("valid regex")
    });
    let key = |line: &str| -> String {
        line.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c.is_numeric() { '#' } else { c })
            .collect()
    };
    let edges = |page: &str| -> Vec<String> {
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let n = lines.len();
        let mut edge: Vec<&str> = lines.iter().take(2).copied().collect();
        edge.extend(lines.iter().skip(n.saturating_sub(2).max(2)));
        edge.into_iter().map(key).collect()
    };
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for page in pages {
        let mut keys = edges(page);
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let running = |k: &String| {
        pages.len() >= 2 && seen.get(k).is_some_and(|&n| n >= 2 && n * 2 >= pages.len())
    };
    let mut out = String::new();
    for page in pages {
        let edge = edges(page);
        let lines: Vec<&str> = page.lines().collect();
        let content: Vec<usize> = (0..lines.len())
            .filter(|&i| !lines[i].trim().is_empty())
            .collect();
        let at_edge = |i: usize| {
            let rank = content.iter().position(|&c| c == i).unwrap_or(usize::MAX);
            rank < 2 || rank + 2 >= content.len()
        };
        let mut kept: Vec<&str> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let k = key(line.trim());
            let drop = !line.trim().is_empty()
                && at_edge(i)
                && (PAGE_NUMBER.is_match(line.trim()) || (edge.contains(&k) && running(&k)));
            if !drop {
                kept.push(line);
            }
        }
        let text = kept.join("\n");
        let text = text.trim_matches('\n');
        if !text.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(text);
        }
    }
    out
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
    if images {
        Error::Empty(format!(
            "{name} has no text that can be extracted, only images (it looks like a scanned document)"
        ))
        .with_advice("Run it through OCR or copy the text into a .txt file.")
    } else {
        Error::Empty(format!("{name} has no text on its pages")).with_advice(
            "If a PDF viewer shows text in it, copy that text into a .txt file and drop that instead.",
        )
    }
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
            // A Japanese paragraph starts with an ideographic space.
            if line.starts_with('\u{3000}') && !para.is_empty() {
                out.push_str(if out.is_empty() { "" } else { "\n\n" });
                out.push_str(&para);
                para.clear();
            }
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
    fn wide_line_spacing_is_no_paragraph_break() {
        let line = |y: f64, size: f64, text: &str| Line {
            y,
            size,
            end: 0.0,
            text: text.to_string(),
        };
        // Lines 25.5 apart (1.5 times the size), a paragraph 40 below, a new
        // column back at the top, a heading in another size.
        let lines = [
            line(60.0, 24.0, "Heading"),
            line(100.0, 17.0, "one"),
            line(125.5, 17.0, "two"),
            line(151.0, 17.0, "three"),
            line(191.0, 17.0, "four"),
            line(100.0, 17.0, "five"),
            line(125.5, 17.0, "six"),
        ];
        assert_eq!(
            page_text(&lines),
            "Heading\n\none\ntwo\nthree\n\nfour\nfive\nsix\n"
        );
        assert_eq!(page_text(&[]), "\n");
    }

    #[test]
    fn running_headers_footers_and_page_numbers_go() {
        let pages = [
            "広報ねむろ ２０２５年２月号 特集 北方領土\n\nTitle\n\nBody starts and\nruns on\n\n－ ４ －\n",
            "広報ねむろ ２０２５年２月号 特集 北方領土\n\nover the page.\n\nPage 5 of 6\n",
            "Kuril Report 2024 — page 6\nLast words.\n6\n",
        ];
        assert_eq!(
            without_running_lines(&pages.map(String::from)),
            "Title\n\nBody starts and\nruns on\nover the page.\nKuril Report 2024 — page 6\nLast words."
        );
        // One page: only page numbers go; a heading stays.
        assert_eq!(
            without_running_lines(&["Kunashir\n\n12\n".to_string()]),
            "Kunashir"
        );
        assert_eq!(
            without_running_lines(&["- 3 -\n2019\nBody\n".to_string()]),
            "Body"
        );
    }

    #[test]
    fn joins_lines() {
        let t = "The southern Kuril\nIslands are dis-\nputed.\n\nNew para-\nGraph\n\n国後島は\n北海道の東";
        assert_eq!(
            join_broken_lines(t),
            "The southern Kuril Islands are disputed.\n\nNew para- Graph\n\n国後島は北海道の東"
        );
        // A Japanese paragraph starts with an ideographic space.
        assert_eq!(
            join_broken_lines("\u{3000}国後島は\n北海道の東。\n\u{3000}択捉島は\nその北。"),
            "国後島は北海道の東。\n\n択捉島はその北。"
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
