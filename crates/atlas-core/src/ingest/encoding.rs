//! Character encodings: bytes of a text file turned into a `String`.
//!
//! Order of evidence: a byte-order mark; UTF-16 without a BOM recognised by
//! its NUL-byte pattern; valid UTF-8; an HTML `<meta charset>` declaration;
//! finally a statistical guess by `chardetng` (Windows-1251, KOI8-R,
//! Shift_JIS, EUC-JP, ...). Decoding never fails: malformed sequences become
//! U+FFFD.

use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use regex::bytes::Regex;

/// How many leading bytes the sniffers look at.
const SNIFF_BYTES: usize = 8 * 1024;

/// Decoded text (without any byte-order mark).
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The text.
    pub text: String,
}

/// Decodes `bytes`, deciding the encoding as described in the module docs.
pub(crate) fn decode(bytes: &[u8]) -> Decoded {
    let encoding = detect(bytes);
    let (text, _) = encoding.decode_with_bom_removal(bytes);
    Decoded {
        text: text.into_owned(),
    }
}

/// Decides the encoding of `bytes`.
pub(crate) fn detect(bytes: &[u8]) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    if let Some(enc) = utf16_by_nul_pattern(bytes) {
        return enc;
    }
    if std::str::from_utf8(bytes).is_ok() {
        // ISO-2022-JP is 7-bit, so it passes as UTF-8: recognise its escapes.
        if bytes.is_ascii() && (contains(bytes, b"\x1b$B") || contains(bytes, b"\x1b$@")) {
            return encoding_rs::ISO_2022_JP;
        }
        return UTF_8;
    }
    if let Some(enc) = meta_charset(bytes) {
        return enc;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// UTF-16 without a BOM: ASCII characters leave a zero in every other byte.
fn utf16_by_nul_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even_zero, mut odd_zero) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even_zero += usize::from(pair[0] == 0);
        odd_zero += usize::from(pair[1] == 0);
    }
    // At least 40% of one side zero, (almost) none of the other.
    let many = |n: usize| n * 10 >= pairs * 4;
    let few = |n: usize| n * 50 <= pairs;
    if many(odd_zero) && few(even_zero) {
        Some(UTF_16LE)
    } else if many(even_zero) && few(odd_zero) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The encoding an HTML `<meta charset=...>` or `<meta http-equiv content="...; charset=...">`
/// in the first bytes declares (UTF-16 labels are ignored, as browsers do).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    static META: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i-u)<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_\-:.]{1,40})"#)
            .expect("valid regex")
    });
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let label = META.captures(head)?.get(1)?.as_bytes();
    let enc = Encoding::for_label(label)?;
    if enc == UTF_16LE || enc == UTF_16BE {
        return None;
    }
    if enc.name() == "x-user-defined" {
        return Some(WINDOWS_1252);
    }
    Some(enc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Итуруп".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(detect(&b), UTF_16LE);
        assert_eq!(decode(&b).text, "Итуруп");
        assert_eq!(detect(b"\xEF\xBB\xBFhello"), UTF_8);
        assert_eq!(decode(b"\xEF\xBB\xBFhello").text, "hello");
    }

    #[test]
    fn utf16_without_bom() {
        let s = "Kunashir and Iturup";
        let le: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = s.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le).text, s);
        assert_eq!(decode(&be).text, s);
        assert_eq!(detect(&be), UTF_16BE);
    }

    #[test]
    fn utf8_and_legacy() {
        assert_eq!(decode("Шикотан".as_bytes()).text, "Шикотан");
        let text =
            "Курильские острова - это цепь вулканических островов между Камчаткой и Хоккайдо. \
                    Спор о южных островах продолжается много лет.";
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        assert_eq!(decode(&cp1251).text, text);
        let (koi, _, _) = encoding_rs::KOI8_R.encode(text);
        assert_eq!(decode(&koi).text, text);
    }

    #[test]
    fn meta_charset_is_used() {
        let (body, _, _) = encoding_rs::WINDOWS_1251.encode("Кунашир");
        let mut b = b"<html><head><meta charset=\"windows-1251\"></head><body>".to_vec();
        b.extend_from_slice(&body);
        assert_eq!(detect(&b), encoding_rs::WINDOWS_1251);
        assert!(decode(&b).text.contains("Кунашир"));
        let b = b"<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>\xeb";
        assert_eq!(detect(b), encoding_rs::KOI8_R);
    }

    #[test]
    fn never_fails() {
        assert_eq!(decode(b"").text, "");
        let _ = decode(&[0xFF; 3]);
        let _ = decode(&[0x00, 0xD8, 0x00]);
    }
}
