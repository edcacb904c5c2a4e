//! Shared checks for the fuzz targets: every target asserts the invariants
//! callers rely on, not only "does not panic".

use atlas_core::ingest::{read_bytes, MAX_TITLE_CHARS};
use atlas_core::linker::Mention;

/// The error codes `read_bytes` may return (see `atlas_core::Error::code`).
const INGEST_CODES: &[&str] = &[
    "too_large",
    "empty_file",
    "not_text",
    "unsupported_format",
    "malformed_file",
    "encrypted_file",
];

/// Runs `read_bytes(name, data)` and checks the result.
pub fn ingest(name: &str, data: &[u8]) {
    match read_bytes(name, data) {
        Ok(a) => {
            assert!(!a.text.trim().is_empty(), "an article has text");
            assert!(
                a.title.chars().count() <= MAX_TITLE_CHARS,
                "title is capped"
            );
            assert!(!a.text.contains('\0'), "no NUL in clean text");
        }
        Err(e) => assert!(
            INGEST_CODES.contains(&e.code()),
            "unexpected code {}",
            e.code()
        ),
    }
}

/// Mentions are in text order, non-overlapping, with consistent spans.
pub fn check_mentions(text: &str, mentions: &[Mention]) {
    let mut last_end = 0;
    for m in mentions {
        assert!(m.byte_start < m.byte_end && m.byte_end <= text.len());
        assert!(m.byte_start >= last_end, "overlap or disorder");
        assert_eq!(&text[m.byte_start..m.byte_end], m.text);
        assert_eq!(text[..m.byte_start].chars().count(), m.start);
        assert_eq!(m.start + m.text.chars().count(), m.end);
        last_end = m.byte_end;
    }
}
