//! Case and Unicode folding that keeps byte offsets: the folded text has the
//! same length as the original and every character at the same byte offset,
//! so a match in the folded text is a match at the same span in the original.

/// The dash every Unicode dash (U+2010–U+2015, U+2212) folds to; all are three bytes long.
const DASH: char = '\u{2010}';

/// Folds one character: lower case, `ё` → `е`, Unicode dashes → U+2010, ASCII
/// white space → space. A character whose folded form would change its UTF-8
/// length is kept as it is.
#[inline]
fn fold_char(c: char) -> char {
    match c {
        // Cyrillic capitals, the common case after ASCII.
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'а'..='я' => c,
        'Ё' | 'ё' => 'е',
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
        // Kana and kanji have no case, nor have Hangul syllables.
        '\u{3000}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' => c,
        '\u{2010}'..='\u{2015}' | '\u{2212}' => DASH,
        // Quotes, ellipses and the rest of General Punctuation have no case.
        '\u{2016}'..='\u{206F}' => c,
        // Latin-1 capitals (not `×`), and its small letters, which stay.
        'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'ß'..='ÿ' => c,
        // Vietnamese letters with two marks: a capital, then its small letter.
        '\u{1EA0}'..='\u{1EFF}' => char::from_u32(c as u32 | 1).unwrap_or(c),
        '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' => ' ',
        _ => fold_char_by_table(c),
    }
}

/// [`fold_char`] of any character, by the Unicode lower case mapping.
fn fold_char_by_table(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Folds one ASCII byte as [`fold_char`] does (without a branch, so that runs
/// of ASCII fold with vector instructions).
#[inline]
fn fold_ascii(b: u8) -> u8 {
    let upper = u8::from(b.wrapping_sub(b'A') < 26);
    // `\t`, `\n`, `\u{0B}`, `\u{0C}` and `\r` are 9 to 13.
    if b.wrapping_sub(b'\t') < 5 {
        b' '
    } else {
        b + upper * 32
    }
}

/// Folds `text` into `out` (cleared first), byte for byte in step with `text`.
pub(crate) fn fold_into(text: &str, out: &mut Vec<u8>) {
    out.clear();
    out.reserve(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let ascii = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(bytes.len() - i);
        out.extend(bytes[i..i + ascii].iter().map(|&b| fold_ascii(b)));
        i += ascii;
        // Kana, kanji and Hangul fold to themselves: copied a run at a time.
        let uncased = caseless_run(&bytes[i..]);
        out.extend_from_slice(&bytes[i..i + uncased]);
        i += uncased;
        i += fold_russian_run(&bytes[i..], out);
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let mut buf = [0u8; 4];
        out.extend_from_slice(fold_char(c).encode_utf8(&mut buf).as_bytes());
        i += c.len_utf8();
    }
    debug_assert_eq!(out.len(), text.len());
}

/// How many bytes at the start of `bytes` are three-byte characters that
/// [`fold_char`] keeps, told from their first two bytes: U+3000–U+9FFF (lead
/// bytes 0xE3–0xE9) and U+AC00–U+D77F (Hangul syllables: 0xEA 0xB0–0xBF,
/// 0xEB, 0xEC, 0xED 0x80–0x9D).
fn caseless_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let [lead, second, _, ..] = bytes[n..] {
        let caseless = match lead {
            0xE3..=0xE9 | 0xEB | 0xEC => true,
            0xEA => second >= 0xB0,
            0xED => second <= 0x9D,
            _ => false,
        };
        if !caseless {
            break;
        }
        n += 3;
    }
    n
}

/// Folds the run of basic Russian letters (А–Я, а–я: two bytes each, lead
/// 0xD0 or 0xD1) at the start of `bytes` into `out`, as [`fold_char`] does,
/// byte by byte: capitals А–П (0xD0 0x90–0x9F) become 0xD0 0xB0–0xBF, capitals
/// Р–Я (0xD0 0xA0–0xAF) become 0xD1 0x80–0x8F, small letters stay. Returns the
/// run's length in bytes.
fn fold_russian_run(bytes: &[u8], out: &mut Vec<u8>) -> usize {
    let mut n = 0;
    while let [lead, second, ..] = bytes[n..] {
        match (lead, second) {
            (0xD0, 0x90..=0x9F) => out.extend_from_slice(&[0xD0, second + 0x20]),
            (0xD0, 0xA0..=0xAF) => out.extend_from_slice(&[0xD1, second - 0x20]),
            (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x8F) => out.extend_from_slice(&[lead, second]),
            _ => break,
        }
        n += 2;
    }
    n
}

/// Folds `text` into a new string.
pub(crate) fn fold(text: &str) -> String {
    let mut out = Vec::new();
    fold_into(text, &mut out);
    String::from_utf8(out).expect("folding keeps UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_yo_dashes_and_keeps_offsets() {
        let cases = [
            ("Kuril ISLANDS", "kuril islands"),
            ("КУНАШИР Ёлка", "кунашир елка"),
            ("Kuril–Kamchatka", "kuril\u{2010}kamchatka"),
            ("国後島\nKunashir", "国後島 kunashir"),
            ("HOKKAIDŌ", "hokkaidō"),
        ];
        for (text, expected) in cases {
            let folded = fold(text);
            assert_eq!(folded, expected, "{text}");
            assert_eq!(folded.len(), text.len());
        }
    }

    /// [`fold_char`] as it was before its shortcuts for Hangul, punctuation,
    /// Latin-1 and Vietnamese.
    fn fold_char_before(c: char) -> char {
        match c {
            'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            'а'..='я' => c,
            'Ё' | 'ё' => 'е',
            'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
            '\u{3000}'..='\u{9FFF}' => c,
            '\u{2010}'..='\u{2015}' | '\u{2212}' => DASH,
            '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' => ' ',
            _ => fold_char_by_table(c),
        }
    }

    #[test]
    fn every_character_folds_as_before() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(fold_char(c), fold_char_before(c), "U+{:04X}", u32::from(c));
        }
        for b in 0..128u8 {
            assert_eq!(
                char::from(fold_ascii(b)),
                fold_char_before(char::from(b)),
                "{b}"
            );
        }
    }

    /// How many characters a byte-run function (`caseless_run`, or
    /// `fold_russian_run` into `out`) takes whole, each alone; it panics on one
    /// taken in part, or folded otherwise than by [`fold_char`].
    fn taken_whole(run: impl Fn(&[u8], &mut Vec<u8>) -> usize) -> usize {
        let mut taken = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let mut out = Vec::new();
            let length = run(bytes, &mut out);
            assert!(
                length == 0 || length == bytes.len(),
                "U+{:04X}",
                u32::from(c)
            );
            if length > 0 {
                let mut folded = [0u8; 4];
                assert_eq!(out, fold_char(c).encode_utf8(&mut folded).as_bytes());
                taken += 1;
            }
        }
        taken
    }

    #[test]
    fn caseless_runs_are_characters_that_fold_to_themselves() {
        let caseless = taken_whole(|bytes, out| {
            let run = caseless_run(bytes);
            out.extend_from_slice(&bytes[..run]);
            run
        });
        assert_eq!(caseless, (0x9FFF - 0x3000 + 1) + (0xD77F - 0xAC00 + 1));
        let text = "国後島は독도 Kuril ÀÉ Кунашир";
        assert_eq!(fold(text), "国後島は독도 kuril àé кунашир");
    }

    #[test]
    fn russian_runs_fold_as_characters_do() {
        let russian = taken_whole(fold_russian_run);
        assert_eq!(russian, 64);
        assert_eq!(fold("ЁЛКА Южно-Курильск"), "елка южно-курильск");
    }

    #[test]
    fn keeps_characters_whose_lower_case_changes_length() {
        // 'İ' lowercases to two chars; 'Ⱥ' (2 bytes) lowercases to 'ⱥ' (3 bytes).
        let text = "İstanbul Ⱥ";
        let folded = fold(text);
        assert_eq!(folded.len(), text.len());
        assert!(folded.starts_with('İ'));
    }
}
