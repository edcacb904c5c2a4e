//! Content sniffing: what a file is, judged by its bytes rather than its name.

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sniffed {
    /// `%PDF` at the start.
    Pdf,
    /// A ZIP container (`PK\x03\x04`): a Word document or another package.
    Zip,
    /// An OLE compound file: old Word/Excel (.doc, .xls), Outlook .msg, or an
    /// encrypted Office document.
    Ole,
    /// RTF markup.
    Rtf,
    /// Binary data of a known kind (the description, e.g. "a PNG image").
    Binary(&'static str),
    /// Nothing recognisable by magic number: maybe text.
    Unknown,
}

/// Magic numbers of binary formats people might drop by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"\xCA\xFE\xBA\xBE", "a program (Mach-O or Java class file)"),
    (b"\xFE\xED\xFA\xCE", "a program (Mach-O executable)"),
    (b"\xFE\xED\xFA\xCF", "a program (Mach-O executable)"),
    (b"\xCE\xFA\xED\xFE", "a program (Mach-O executable)"),
    (b"\xCF\xFA\xED\xFE", "a program (Mach-O executable)"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xFD7zXZ\x00", "an xz archive"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (b"Rar!\x1A\x07", "a RAR archive"),
    (b"\x28\xB5\x2F\xFD", "a zstd archive"),
    (b"OggS", "an Ogg audio/video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1A\x45\xDF\xA3", "a Matroska/WebM video"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x00\x01\x00\x00\x00", "a font file"),
    (b"OTTO", "a font file"),
    (b"%!PS", "a PostScript file"),
    (b"AT&TFORM", "a DjVu document"),
];

/// Sniffs the container format of `bytes` by magic number.
pub(crate) fn sniff(bytes: &[u8]) -> Sniffed {
    if bytes.starts_with(b"%PDF") {
        return Sniffed::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Sniffed::Zip;
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Sniffed::Ole;
    }
    if bytes.starts_with(b"{\\rtf") {
        return Sniffed::Rtf;
    }
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Sniffed::Binary(what);
        }
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" {
        return Sniffed::Binary(match &bytes[8..12] {
            b"WEBP" => "a WebP image",
            b"WAVE" => "a WAV audio file",
            b"AVI " => "an AVI video",
            _ => "a RIFF media file",
        });
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Sniffed::Binary(match &bytes[8..12] {
            b"heic" | b"heix" | b"mif1" | b"avif" => "a HEIC/AVIF image",
            _ => "an MP4/QuickTime video",
        });
    }
    if bytes.starts_with(b"MZ") && bytes[..bytes.len().min(1024)].contains(&0) {
        return Sniffed::Binary("a Windows program");
    }
    if bytes.starts_with(b"BM") && bytes.len() > 14 && bytes[..bytes.len().min(64)].contains(&0) {
        return Sniffed::Binary("a BMP image");
    }
    Sniffed::Unknown
}

/// Whether `%PDF-` occurs in the first 1024 bytes (readers accept junk before
/// the header; only trusted when the name also says PDF).
pub(crate) fn has_late_pdf_header(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// Whether decoded text looks like binary data: NUL characters or more than
/// 10% control characters (other than tab, line breaks, form feed) in the
/// first 8 KB.
pub(crate) fn looks_binary(text: &str) -> bool {
    const CHARACTERS: usize = 8 * 1024;
    // Each pass below is over bytes, which the compiler does many at a time.
    let head = if text.len() <= CHARACTERS {
        text
    } else {
        &text[..text
            .char_indices()
            .nth(CHARACTERS)
            .map_or(text.len(), |(i, _)| i)]
    }
    .as_bytes();
    // Text is mostly free of controls: one pass that the compiler does many
    // bytes at a time tells, before any counting.
    let is_c0 =
        |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)) || b == 0x7F;
    let any_c0 = head.iter().fold(false, |any, &b| any | is_c0(b));
    let may_have_c1 = memchr::memchr(0xC2, head).is_some();
    if !any_c0 && !may_have_c1 {
        return false;
    }
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    // Characters start at every byte but the continuation bytes.
    let total = head.iter().filter(|&&b| b & 0xC0 != 0x80).count();
    let c0 = head.iter().filter(|&&b| is_c0(b)).count();
    // C1 controls (U+0080 to U+009F) are 0xC2 and a byte up to 0x9F.
    let c1 = if may_have_c1 {
        head.windows(2)
            .filter(|w| w[0] == 0xC2 && w[1] <= 0x9F)
            .count()
    } else {
        0
    };
    total > 0 && (c0 + c1) * 10 > total
}

/// Whether decoded text is an HTML document (by its start, not its name).
pub(crate) fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    if !start.starts_with('<') {
        return false;
    }
    let head: String = start
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        return true;
    }
    // A comment or XML declaration first, then <html>.
    (head.starts_with("<!--") || head.starts_with("<?xml")) && head.contains("<html")
}

/// Whether decoded text starts like an e-mail message (RFC 5322 headers with
/// at least `From:` or `Subject:` and a `Date:` or `Message-ID:`).
pub(crate) fn looks_like_email(text: &str) -> bool {
    let mut seen = 0u32;
    for line in text.lines().take(60) {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else {
            return false;
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        seen |= match name.to_ascii_lowercase().as_str() {
            "from" | "subject" => 1,
            "date" | "message-id" | "received" | "mime-version" | "return-path" => 2,
            _ => 0,
        };
    }
    seen == 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_binary_counts_characters_as_the_character_loop_does() {
        // The test as written over characters, before it went over bytes.
        fn by_characters(text: &str) -> bool {
            let (mut total, mut control) = (0usize, 0usize);
            for c in text.chars().take(8 * 1024) {
                total += 1;
                if c == '\0' {
                    return true;
                }
                if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{000C}' | '\u{001B}') {
                    control += 1;
                }
            }
            total > 0 && control * 10 > total
        }
        const ALPHABET: &[char] = &[
            'a', ' ', '\n', '\t', '\r', '\u{C}', '\u{1B}', '\u{1}', '\u{1F}', '\u{7F}', '\u{80}',
            '\u{9F}', '\u{A0}', 'é', 'ж', '島', '😀', '\0',
        ];
        let mut rng = crate::test_random::Rng::new(1);
        for round in 0..3_000 {
            // Short texts, and long ones around the 8,192-character limit.
            let len = if round % 3 == 0 {
                8_180 + rng.below(24)
            } else {
                rng.below(60)
            };
            // Mostly one character, so that the share of controls varies.
            let common = *rng.pick(ALPHABET);
            let text: String = (0..len)
                .map(|_| {
                    if rng.below(4) == 0 {
                        *rng.pick(ALPHABET)
                    } else {
                        common
                    }
                })
                .collect();
            assert_eq!(looks_binary(&text), by_characters(&text), "{text:?}");
        }
    }

    #[test]
    fn magic_numbers() {
        assert_eq!(sniff(b"%PDF-1.4\n"), Sniffed::Pdf);
        assert_eq!(sniff(b"\r\n%PDF-1.7\n"), Sniffed::Unknown);
        assert!(has_late_pdf_header(b"\r\n%PDF-1.7\n"));
        assert_eq!(sniff(b"PK\x03\x04rest"), Sniffed::Zip);
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0"),
            Sniffed::Binary("a PNG image")
        );
        assert_eq!(
            sniff(b"\x7fELF\x02\x01"),
            Sniffed::Binary("a program (ELF executable)")
        );
        assert_eq!(
            sniff(b"RIFF\0\0\0\0WEBPVP8"),
            Sniffed::Binary("a WebP image")
        );
        assert_eq!(sniff(b"{\\rtf1\\ansi"), Sniffed::Rtf);
        assert_eq!(sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), Sniffed::Ole);
        assert_eq!(sniff(b"MZ is how the memo starts"), Sniffed::Unknown);
        assert_eq!(sniff(b"Kunashir"), Sniffed::Unknown);
        assert_eq!(sniff(b""), Sniffed::Unknown);
    }

    #[test]
    fn binary_text() {
        assert!(looks_binary("abc\0def"));
        assert!(looks_binary(&"\u{1}\u{2}\u{3}ab".repeat(10)));
        assert!(!looks_binary("plain\ttext\r\nline\u{000C}"));
        assert!(!looks_binary(""));
    }

    #[test]
    fn html_detection() {
        assert!(looks_like_html("\n  <!DOCTYPE html><p>x"));
        assert!(looks_like_html("<HTML lang=ru>"));
        assert!(looks_like_html(
            "<?xml version=\"1.0\"?>\n<html xmlns=\"...\">"
        ));
        assert!(!looks_like_html("The <html> tag is described below."));
        assert!(!looks_like_html("<p>fragment</p>"));
    }

    #[test]
    fn email_detection() {
        assert!(looks_like_email(
            "From: a@b.c\r\nSubject: Kunashir\r\nDate: Mon, 21 Sep 2015 10:00:00 +0000\r\n\r\nbody"
        ));
        assert!(!looks_like_email("From: the editors\n\nSome article text."));
        assert!(!looks_like_email("Kunashir: an island\nDate: 2015"));
    }
}
