//! Word documents (.docx): paragraphs of `word/document.xml`, title from
//! `docProps/core.xml`.
//!
//! The ZIP container is hostile ground: declared sizes are checked first and
//! every entry is read through a hard cap, so a zip bomb costs at most
//! [`MAX_XML_BYTES`] of memory.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesRef, Event};
use quick_xml::Reader;
use zip::result::ZipError;
use zip::ZipArchive;

use crate::{Error, Result};

use super::clean::clean_line;
use super::date::date_from_text_head;
use super::Extracted;

/// The most XML read from one entry of the package.
const MAX_XML_BYTES: u64 = super::MAX_DOCX_XML_BYTES;

/// The most entries a package may list.
const MAX_ENTRIES: usize = 10_000;

/// Stop collecting raw text after this many bytes.
const RAW_CAP: usize = 2 * super::MAX_TEXT_BYTES;

/// How [`extract`] failed before any Word-specific parsing.
fn not_word(name: &str) -> Error {
    Error::Malformed(format!(
        "{name} is not a valid Word document (it is not a readable .docx package)"
    ))
    .with_advice("Open it in Word and save it again as .docx, or copy its text into a .txt file.")
}

/// Reads a .docx; `name` is the file name for messages, `ext` its lower-case
/// extension (a ZIP that is not a Word document is reported differently when
/// the name does not claim to be one).
pub(crate) fn extract(name: &str, ext: &str, bytes: &[u8]) -> Result<Extracted> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| not_word(name))?;
    if zip.len() > MAX_ENTRIES {
        return Err(not_word(name));
    }
    if zip.index_for_name("word/document.xml").is_none() {
        if ext == "docx" {
            return Err(not_word(name));
        }
        let (kind, advice) = if zip.index_for_name("content.xml").is_some() {
            ("an OpenDocument file", "Save it as .docx.")
        } else if zip.index_for_name("META-INF/container.xml").is_some() {
            (
                "an e-book (EPUB)",
                "Copy the chapter you need into a .txt file.",
            )
        } else {
            ("a ZIP archive", "Unzip it and drop the articles inside.")
        };
        return Err(Error::UnsupportedFormat(format!("{name} is {kind}")).with_advice(advice));
    }
    let xml = read_entry(&mut zip, "word/document.xml", name)?.ok_or_else(|| not_word(name))?;
    let text = document_text(&xml).map_err(|_| not_word(name))?;
    let title = match read_entry(&mut zip, "docProps/core.xml", name) {
        Ok(Some(core)) => core_title(&core),
        _ => None,
    };
    Ok(Extracted {
        title,
        published: date_from_text_head(&text),
        source: None,
        address: None,
        text,
    })
}

/// One entry as a string (`None` when absent), read through the size cap.
fn read_entry(
    zip: &mut ZipArchive<Cursor<&[u8]>>,
    entry: &str,
    name: &str,
) -> Result<Option<String>> {
    let file = match zip.by_name(entry) {
        Ok(f) => f,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(ZipError::UnsupportedArchive(msg)) if msg == ZipError::PASSWORD_REQUIRED => {
            return Err(super::password_protected(name))
        }
        Err(_) => return Err(not_word(name)),
    };
    let too_large = || {
        Error::TooLarge(format!(
            "{name} holds more than {} MB of document text, which is more than an article",
            MAX_XML_BYTES / (1024 * 1024)
        ))
        .with_advice("Split it into smaller documents.")
    };
    if file.size() > MAX_XML_BYTES {
        return Err(too_large());
    }
    let mut raw = Vec::new();
    file.take(MAX_XML_BYTES + 1)
        .read_to_end(&mut raw)
        .map_err(|_| not_word(name))?;
    if raw.len() as u64 > MAX_XML_BYTES {
        return Err(too_large());
    }
    Ok(Some(super::encoding::decode(&raw).text))
}

/// The value of a predefined XML entity or character reference.
fn resolve(r: &BytesRef<'_>) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match r.decode().ok()?.as_ref() {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

/// Stands for a manual line break (`w:br`, `w:cr`) until [`line_breaks`] decides it.
const MANUAL_BREAK: char = '\u{2028}';

/// The text of `word/document.xml`: one paragraph per `w:p`, text from `w:t`,
/// tabs kept, manual line breaks as [`line_breaks`] decides; a table row is one
/// line with its cells separated by tabs (as a row of an HTML table);
/// `mc:Fallback` copies of text boxes are skipped.
fn document_text(xml: &str) -> std::result::Result<String, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut in_t = 0usize;
    let mut fallback = 0usize;
    // How deep in table cells: a paragraph there ends with a space, a cell
    // with a tab, a row with a line break.
    let mut cell = 0usize;
    let end_of_paragraph = |out: &mut String, cell: usize| {
        out.push_str(if cell > 0 { " " } else { "\n\n" });
    };
    loop {
        if out.len() > RAW_CAP {
            break;
        }
        match reader.read_event()? {
            Event::Start(e) => match e.name().as_ref() {
                b"w:t" => in_t += 1,
                b"mc:Fallback" => fallback += 1,
                b"w:tc" if fallback == 0 => cell += 1,
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_t = in_t.saturating_sub(1),
                b"mc:Fallback" => fallback = fallback.saturating_sub(1),
                b"w:p" if fallback == 0 => end_of_paragraph(&mut out, cell),
                b"w:tc" if fallback == 0 => {
                    cell = cell.saturating_sub(1);
                    out.push('\t');
                }
                b"w:tr" if fallback == 0 => out.push('\n'),
                b"w:tbl" if fallback == 0 => out.push_str("\n\n"),
                _ => {}
            },
            Event::Empty(e) if fallback == 0 => match e.name().as_ref() {
                b"w:tab" | b"w:ptab" => out.push('\t'),
                b"w:br" | b"w:cr" => {
                    // A page or column break ends a line; a text-wrapping one may not.
                    let hard = e.attributes().flatten().any(|a| {
                        a.key.as_ref() == b"w:type" && a.value.as_ref() != b"textWrapping"
                    });
                    out.push(if hard { '\n' } else { MANUAL_BREAK });
                }
                b"w:noBreakHyphen" => out.push('-'),
                b"w:p" => end_of_paragraph(&mut out, cell),
                _ => {}
            },
            Event::Text(t) if in_t > 0 && fallback == 0 => out.push_str(&t.xml10_content()?),
            Event::CData(t) if in_t > 0 && fallback == 0 => out.push_str(&t.decode()?),
            Event::GeneralRef(r) if in_t > 0 && fallback == 0 => {
                if let Some(c) = resolve(&r) {
                    out.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(line_breaks(&out))
}

/// Decides each manual line break ([`MANUAL_BREAK`]): text pasted from a PDF or
/// a web page into Word keeps a break at the end of every line, inside its
/// sentences. A break after a line that ends in a lower-case letter (a word, no
/// full stop, colon, comma or closing quote) and before a line that starts with
/// a letter of a cased script joins the two lines with a space; any other stays a line break (an
/// address, a list of names typed with Shift+Enter, a line that ends a
/// sentence, Japanese text).
fn line_breaks(text: &str) -> String {
    if !text.contains(MANUAL_BREAK) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MANUAL_BREAK) {
        let (before, after) = (&rest[..at], &rest[at + MANUAL_BREAK.len_utf8()..]);
        out.push_str(before);
        let ends_in_lower_case = out
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_some_and(char::is_lowercase);
        let starts_with_letter = after
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_uppercase());
        out.push(if ends_in_lower_case && starts_with_letter {
            ' '
        } else {
            '\n'
        });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `dc:title` from `docProps/core.xml`.
fn core_title(xml: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut in_title = false;
    let mut title = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.name().as_ref() == b"dc:title" => in_title = true,
            Event::End(e) if e.name().as_ref() == b"dc:title" => break,
            Event::Text(t) if in_title => title.push_str(&t.xml10_content().ok()?),
            Event::GeneralRef(r) if in_title => title.extend(resolve(&r)),
            Event::Eof => break,
            _ => {}
        }
        if title.len() > 4096 {
            break;
        }
    }
    clean_line(&title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::clean::clean_text;
    use std::io::Write;

    pub(crate) fn docx(document: &str, core: Option<&str>) -> Vec<u8> {
        let mut buf = Vec::new();
        {
            let mut w = zip::ZipWriter::new(Cursor::new(&mut buf));
            let opts = zip::write::SimpleFileOptions::default();
            w.start_file("word/document.xml", opts).unwrap();
            w.write_all(document.as_bytes()).unwrap();
            if let Some(core) = core {
                w.start_file("docProps/core.xml", opts).unwrap();
                w.write_all(core.as_bytes()).unwrap();
            }
            w.finish().unwrap();
        }
        buf
    }

    const DOC: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="x" xmlns:mc="y"><w:body>
<w:p><w:r><w:t>Kunashir &amp; Iturup</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Tab</w:t><w:tab/><w:t>here</w:t><w:br/><w:t>next&#x20;line</w:t></w:r></w:p>
<w:p/>
<w:p><mc:AlternateContent><mc:Choice><w:t>box</w:t></mc:Choice><mc:Fallback><w:p><w:t>box</w:t></w:p></mc:Fallback></mc:AlternateContent></w:p>
<w:p><w:r><w:delText>deleted</w:delText><w:instrText>PAGE</w:instrText></w:r></w:p>
</w:body></w:document>"#;

    #[test]
    fn paragraphs_tabs_breaks() {
        let e = extract("a.docx", "docx", &docx(DOC, None)).unwrap();
        assert_eq!(
            clean_text(&e.text),
            // The break between two words is inside a sentence (see `line_breaks`).
            "Kunashir & Iturup\n\nTab here next line\n\nbox"
        );
        assert_eq!(e.title, None);
    }

    #[test]
    fn manual_line_breaks_inside_sentences_are_spaces() {
        let doc = r#"<w:document xmlns:w="x"><w:body>
<w:p><w:r><w:t>Первым объектом станет причал в Южно-Курильске на</w:t><w:br/><w:t>Кунашире: работы</w:t></w:r><w:r><w:br/><w:t>начнутся в мае 2026 года.</w:t><w:br/><w:t>Следующий — Итуруп.</w:t></w:r></w:p>
<w:p><w:r><w:t>Итуруп — 2027</w:t><w:br/><w:t>Шикотан — 2028</w:t><w:br w:type="page"/><w:t>Habomai</w:t><w:br/><w:t>色丹島</w:t><w:br/><w:t>国後島</w:t></w:r></w:p>
</w:body></w:document>"#;
        let e = extract("a.docx", "docx", &docx(doc, None)).unwrap();
        assert_eq!(
            clean_text(&e.text),
            "Первым объектом станет причал в Южно-Курильске на Кунашире: работы начнутся в мае 2026 года.\n\
             Следующий — Итуруп.\n\nИтуруп — 2027\nШикотан — 2028\nHabomai\n色丹島\n国後島"
        );
    }

    #[test]
    fn a_table_row_is_a_line() {
        let doc = r#"<w:document xmlns:w="x"><w:body>
<w:p><w:r><w:t>Объекты</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Остров</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Срок</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Кунашир</w:t></w:r></w:p><w:p><w:r><w:t>причал</w:t></w:r></w:p></w:tc><w:tc><w:p/><w:p><w:r><w:t>май 2026 г.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>После таблицы.</w:t></w:r></w:p>
</w:body></w:document>"#;
        let e = extract("a.docx", "docx", &docx(doc, None)).unwrap();
        assert_eq!(
            clean_text(&e.text),
            "Объекты\n\nОстров Срок\nКунашир причал май 2026 г.\n\nПосле таблицы."
        );
    }

    #[test]
    fn core_properties_title() {
        let core = r#"<cp:coreProperties xmlns:cp="a" xmlns:dc="b"><dc:title>Talks &amp; more</dc:title><dcterms:created>2015-09-21T00:00:00Z</dcterms:created></cp:coreProperties>"#;
        let e = extract("a.docx", "docx", &docx(DOC, Some(core))).unwrap();
        assert_eq!(e.title.as_deref(), Some("Talks & more"));
    }

    #[test]
    fn not_a_zip_or_not_word() {
        let e = extract("a.docx", "docx", b"PK\x03\x04garbage").unwrap_err();
        assert_eq!(e.code(), "malformed_file");
        assert!(e.to_string().contains("not a valid Word document"));

        let mut buf = Vec::new();
        {
            let mut w = zip::ZipWriter::new(Cursor::new(&mut buf));
            w.start_file("notes.txt", zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(b"hello").unwrap();
            w.finish().unwrap();
        }
        assert_eq!(
            extract("a.docx", "docx", &buf).unwrap_err().code(),
            "malformed_file"
        );
        let e = extract("a.zip", "zip", &buf).unwrap_err();
        assert_eq!(e.code(), "unsupported_format");
        assert!(e.to_string().contains("ZIP archive"), "{e}");
    }

    #[test]
    fn zip_bomb_is_capped() {
        // 21 MB of zeros compresses to ~20 KB.
        let mut buf = Vec::new();
        {
            let mut w = zip::ZipWriter::new(Cursor::new(&mut buf));
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            w.start_file("word/document.xml", opts).unwrap();
            let chunk = vec![b' '; 1024 * 1024];
            for _ in 0..21 {
                w.write_all(&chunk).unwrap();
            }
            w.finish().unwrap();
        }
        assert!(buf.len() < 200_000);
        assert_eq!(
            extract("bomb.docx", "docx", &buf).unwrap_err().code(),
            "too_large"
        );
    }

    #[test]
    fn broken_xml_is_malformed() {
        let e = extract("a.docx", "docx", &docx("<w:p><w:t>x</w:p></w:t>", None)).unwrap_err();
        assert_eq!(e.code(), "malformed_file");
    }
}
