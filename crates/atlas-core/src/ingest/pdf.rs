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

/// Reads a PDF; `name` is the file name for messages.
pub(crate) fn extract(name: &str, bytes: &[u8]) -> Result<Extracted> {
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
            if text.trim().is_empty() && encrypted {
                return Err(locked());
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
