//! Character encodings: bytes of a text file turned into a `String`.
//!
//! Order of evidence: a byte-order mark (a UTF-8 one only over UTF-8 content);
//! UTF-16 without a BOM recognised by its NUL-byte pattern, or (for
//! Cyrillic and Japanese, which leave no NULs) by decoding to text of known
//! scripts; valid UTF-8, or UTF-8 with a few broken bytes; an HTML `<meta
//! charset>` declaration (a UTF-8 one only over UTF-8 content); finally a
//! statistical guess by `chardetng` (Windows-1251, KOI8-R, Shift_JIS, EUC-JP,
//! ...). Decoding never fails: malformed sequences become U+FFFD.

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
    // A UTF-8 BOM over other content (see `detect`) is dropped too.
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) if encoding != UTF_8 => rest,
        _ => bytes,
    };
    let (text, _) = encoding.decode_with_bom_removal(bytes);
    Decoded {
        text: text.into_owned(),
    }
}

/// Decides the encoding of `bytes`.
pub(crate) fn detect(bytes: &[u8]) -> &'static Encoding {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        // A UTF-8 BOM pasted over Windows-1251 or Shift_JIS text is a lie
        // (editors do that); the content decides then.
        if enc != UTF_8 || mostly_utf8(&bytes[bom..]) {
            return enc;
        }
        return detect(&bytes[bom..]);
    }
    if let Some(enc) = utf16_by_nul_pattern(bytes).or_else(|| utf16_by_script(bytes)) {
        return enc;
    }
    if Encoding::utf8_valid_up_to(bytes) == bytes.len() {
        // ISO-2022-JP is 7-bit, so it passes as UTF-8: recognise its escapes.
        if bytes.is_ascii() && (contains(bytes, b"\x1b$B") || contains(bytes, b"\x1b$@")) {
            return encoding_rs::ISO_2022_JP;
        }
        return UTF_8;
    }
    // UTF-8 with a few broken bytes (a bad copy, a cut download) is UTF-8 with
    // a few U+FFFD, not a whole text of mojibake in a legacy encoding.
    if mostly_utf8(bytes) {
        return UTF_8;
    }
    // A page that claims UTF-8 but is not (we just checked) is mislabelled.
    if let Some(enc) = meta_charset(bytes).filter(|&enc| enc != UTF_8) {
        return enc;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// Whether the first bytes are UTF-8 with at most a few invalid sequences:
/// at least 8 valid multi-byte characters per invalid sequence. (Text in a
/// legacy 8-bit or double-byte encoding almost never forms valid multi-byte
/// UTF-8 sequences.)
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut rest = &bytes[..bytes.len().min(SNIFF_BYTES * 8)];
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    loop {
        let (valid, error) = match std::str::from_utf8(rest) {
            Ok(s) => (s, None),
            Err(e) => (
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
                Some(e),
            ),
        };
        multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
        let Some(e) = error else { break };
        // An incomplete character at the very end is a cut, not an error.
        let Some(len) = e.error_len() else { break };
        invalid += 1;
        rest = &rest[e.valid_up_to() + len..];
    }
    multibyte >= 8 * invalid.max(1)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// UTF-16 without a BOM: ASCII characters leave a zero in every other byte.
fn utf16_by_nul_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let pairs = head.len() / 2;
    if pairs < 2 || memchr::memchr(0, head).is_none() {
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

/// UTF-16 without a BOM and without ASCII (Russian, Japanese, Chinese,
/// Korean, Vietnamese): only tried on bytes that would otherwise be binary or
/// not UTF-8, it takes the byte order under which the head decodes to (nearly)
/// nothing but white space, ASCII, Latin letters with diacritics, Cyrillic,
/// punctuation, kana, CJK ideographs, Hangul and full-width forms. Random data
/// decodes to those about half of the time, not 97%.
fn utf16_by_script(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    // Folded rather than searched: the compiler does it many bytes at a time.
    let ascii_controls = || {
        head.iter().fold(false, |any, &b| {
            any | (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        })
    };
    if head.len() < 8
        || bytes.len() % 2 != 0
        || (Encoding::utf8_valid_up_to(head) == head.len() && !ascii_controls())
    {
        return None;
    }
    let plausible = |units: &mut dyn Iterator<Item = u16>| {
        let (mut total, mut good, mut breaks) = (0usize, 0usize, 0usize);
        for c in char::decode_utf16(units) {
            total += 1;
            breaks += usize::from(matches!(
                c,
                Ok('\n' | ' ' | '\u{3000}' | '\u{3001}' | '\u{3002}')
            ));
            good += usize::from(matches!(
                c,
                Ok(
                    '\t'
                    | '\n'
                    | '\r'
                    | ' '..='~'
                    | '\u{00A0}'..='\u{024F}'
                    | '\u{0300}'..='\u{036F}'
                    | '\u{0400}'..='\u{04FF}'
                    | '\u{1E00}'..='\u{1EFF}'
                    | '\u{2000}'..='\u{206F}'
                    | '\u{3000}'..='\u{30FF}'
                    | '\u{4E00}'..='\u{9FFF}'
                    | '\u{AC00}'..='\u{D7AF}'
                    | '\u{FF00}'..='\u{FFEF}',
                )
            ));
        }
        // Real text has line breaks, spaces or Japanese commas and stops.
        total >= 4 && breaks > 0 && good * 100 >= total * 97
    };
    let pairs = head.chunks_exact(2);
    if plausible(&mut pairs.clone().map(|p| u16::from_le_bytes([p[0], p[1]]))) {
        Some(UTF_16LE)
    } else if plausible(&mut pairs.map(|p| u16::from_be_bytes([p[0], p[1]]))) {
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
    fn utf16_without_bom_or_ascii() {
        for s in [
            "Курильские острова.\nСпор продолжается.",
            "国後島と択捉島の周辺海域。\n",
        ] {
            let le: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let be: Vec<u8> = s.encode_utf16().flat_map(u16::to_be_bytes).collect();
            assert_eq!(decode(&le).text, s);
            assert_eq!(decode(&be).text, s);
        }
        // Shift_JIS and Windows-1251 are not taken for UTF-16.
        let (sjis, _, _) =
            encoding_rs::SHIFT_JIS.encode("国後島と択捉島の周辺海域。\n両国の代表団");
        assert_eq!(detect(&sjis), encoding_rs::SHIFT_JIS);
        let (cp, _, _) =
            encoding_rs::WINDOWS_1251.encode("Курильские острова. Спор продолжается много лет.");
        assert_eq!(detect(&cp), encoding_rs::WINDOWS_1251);
    }

    #[test]
    fn broken_or_mislabelled_utf8() {
        // A few broken bytes in UTF-8 text: still UTF-8, not mojibake.
        let mut b = "Курильские острова остаются предметом спора."
            .as_bytes()
            .to_vec();
        b.insert(10, 0xFF);
        assert_eq!(detect(&b), UTF_8);
        assert!(decode(&b).text.contains("острова остаются"));
        // A UTF-8 label or BOM over Windows-1251 content is ignored.
        let text = "Курильские острова остаются предметом спора между странами.";
        let (cp, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let mut page = b"<html><meta charset=\"utf-8\"><p>".to_vec();
        page.extend_from_slice(&cp);
        assert!(decode(&page).text.contains(text));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(&cp);
        assert_eq!(decode(&bom).text, text);
    }

    #[test]
    fn never_fails() {
        assert_eq!(decode(b"").text, "");
        let _ = decode(&[0xFF; 3]);
        let _ = decode(&[0x00, 0xD8, 0x00]);
    }
}
