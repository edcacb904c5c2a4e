//! Web and e-mail addresses in article text: `https://…/kunashir-power-plant/`,
//! `mintrans.sakhalin.gov.ru`, `press@mid.ru`. A place name or a date inside
//! one is part of the address, not something the article says.

use std::cell::OnceCell;
use std::ops::Range;

use linkify::{LinkFinder, LinkKind};

use crate::text::ceil_char_boundary;
/// The byte spans of the web addresses (with or without a scheme) and e-mail
/// addresses in `text`, in text order: what `linkify` finds in the whole text.
///
/// `linkify` starts a scan at every `.`, `:` and `@`, and most are the full
/// stops of sentences. It is asked only about the words (runs of bytes other
/// than ASCII blanks and control characters, which no address holds and at
/// which each of its scans stops) with a trigger that can start an address
/// (`may_start_address`); each word's scans are then the same as in the
/// whole text.
pub fn address_spans(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let is_blank = |b: u8| b <= b' ';
    let mut spans = Vec::new();
    // The end of the last word searched: its triggers are done.
    let mut searched_to = 0;
    for at in memchr::memchr3_iter(b'.', b':', b'@', bytes) {
        if at < searched_to || !may_start_address(bytes, at) {
            continue;
        }
        let start = bytes[searched_to..at]
            .iter()
            .rposition(|&b| is_blank(b))
            .map_or(searched_to, |i| searched_to + i + 1);
        let end = bytes[at..]
            .iter()
            .position(|&b| is_blank(b))
            .map_or(bytes.len(), |i| at + i);
        // `linkify` passes over a `.` with fewer than four bytes of text after
        // it; the word is searched with up to four bytes after it for that.
        let padded = ceil_char_boundary(text, end + 4);
        spans.extend(
            finder()
                .links(&text[start..padded])
                .map(|l| start + l.start()..start + l.end())
                .filter(|span| {
                    span.start < end && has_a_real_top_level_domain(&text[span.clone()])
                }),
        );
        searched_to = end;
    }
    spans
}

/// Whether an address that `linkify` found ends its host with a top-level
/// domain in ASCII letters or digits (`linkify` finds no address without a
/// scheme under an internationalized one). Vietnamese writes its
/// abbreviations against the next word ("UBND H.Hoàng Sa", the district;
/// "TP.Đà Nẵng"), which `linkify` reads as a host.
fn has_a_real_top_level_domain(address: &str) -> bool {
    if address.contains("://") || address.contains('@') {
        return true;
    }
    let host = address
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or(address);
    let top = host
        .trim_end_matches('.')
        .rsplit('.')
        .next()
        .unwrap_or(host);
    top.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The finder of web and e-mail addresses.
fn finder() -> LinkFinder {
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Url, LinkKind::Email]);
    finder.url_must_have_scheme(false);
    finder
}

/// Whether `linkify`'s scan from the `.`, `:` or `@` at `at` can find an
/// address. A `:` starts one only before `//`. A `.` followed by the end of
/// the text or by a byte other than an ASCII letter or digit, a byte beyond
/// ASCII or one of `-._~:@` ends its domain scan before any dot of a domain
/// (a word before it has no dot either, or the scan would not start there),
/// and a domain needs one.
fn may_start_address(bytes: &[u8], at: usize) -> bool {
    let next = bytes.get(at + 1).copied();
    match bytes[at] {
        b':' => bytes[at + 1..].starts_with(b"//"),
        b'.' => next.is_some_and(|b| {
            b.is_ascii_alphanumeric()
                || !b.is_ascii()
                || matches!(b, b'-' | b'.' | b'_' | b'~' | b':' | b'@')
        }),
        _ => true,
    }
}

/// The [`address_spans`] of one text, searched for when first asked for. An
/// analysis asks twice, the linker for its mentions and the date rules for
/// their dates, and the search costs as much as a pass of a regex over the
/// text: they share one.
pub struct Addresses<'t> {
    text: &'t str,
    spans: OnceCell<Vec<Range<usize>>>,
}

impl<'t> Addresses<'t> {
    /// The addresses of `text`, not searched for yet.
    pub fn of(text: &'t str) -> Addresses<'t> {
        Addresses {
            text,
            spans: OnceCell::new(),
        }
    }

    /// The text they are the addresses of.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Whether `span` overlaps one of the addresses.
    pub fn overlap(&self, span: &Range<usize>) -> bool {
        overlaps(self.spans.get_or_init(|| address_spans(self.text)), span)
    }
}

/// Whether `span` overlaps one of `addresses` (sorted, as [`address_spans`] gives them).
pub fn overlaps(addresses: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = addresses.partition_point(|a| a.end <= span.start);
    addresses.get(i).is_some_and(|a| a.start < span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `linkify` finds in the whole of `text`.
    fn linkify_spans(text: &str) -> Vec<Range<usize>> {
        finder()
            .links(text)
            .map(|l| l.start()..l.end())
            .filter(|span| has_a_real_top_level_domain(&text[span.clone()]))
            .collect()
    }

    #[test]
    fn words_searched_as_the_whole_text() {
        let pieces = [
            "word",
            ". ",
            ".",
            ":",
            "@",
            "//",
            "https",
            "www",
            "example",
            "com",
            "ru",
            "mid",
            "3",
            "1956",
            "-",
            "_",
            "~",
            "/",
            "?",
            " ",
            "\n",
            "\t",
            "\"",
            "'",
            "(",
            ")",
            ",",
            "Кунашир",
            "国後島",
            "。",
            "é",
            "\u{85}",
            "\u{a0}",
            "a",
            "b",
            "x",
            "e.g.",
            "U.S.",
            "192.168.0.1",
            "press@mid.ru",
            "https://example.com/a/",
            "mintrans.sakhalin.gov.ru",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut random = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut linked = 0;
        for _ in 0..100_000 {
            let mut text = String::new();
            for _ in 0..random(24) {
                text.push_str(pieces[random(pieces.len())]);
            }
            let expected = linkify_spans(&text);
            linked += usize::from(!expected.is_empty());
            assert_eq!(address_spans(&text), expected, "{text:?}");
        }
        assert!(linked > 10_000, "only {linked} texts with addresses");
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/articles");
        for entry in std::fs::read_dir(dir).expect("the annotated articles") {
            let Ok(text) = std::fs::read_to_string(entry.unwrap().path()) else {
                continue;
            };
            assert_eq!(address_spans(&text), linkify_spans(&text));
        }
    }

    fn found(text: &str) -> Vec<&str> {
        address_spans(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_addresses_with_and_without_a_scheme() {
        assert_eq!(
            found("See https://example.com/2025/06/10/kunashir-power-plant-china/ for more."),
            ["https://example.com/2025/06/10/kunashir-power-plant-china/"]
        );
        assert_eq!(
            found("Сайт mintrans.sakhalin.gov.ru и www.kurilsk.ru, почта press@mid.ru."),
            ["mintrans.sakhalin.gov.ru", "www.kurilsk.ru", "press@mid.ru"]
        );
    }

    #[test]
    fn leaves_ordinary_prose_alone() {
        assert!(found(
            "Kunashir. Iturup and Shikotan. 国後島。択捉島。e.g. the 1956 declaration, 3.5 km."
        )
        .is_empty());
    }

    #[test]
    fn vietnamese_abbreviations_against_a_name_are_no_hosts() {
        assert!(found("UBND H.Hoàng Sa (Q.Sơn Trà, TP.Đà Nẵng) tổ chức lễ.").is_empty());
        assert_eq!(
            found("Xem 192.168.0.1 và thanhnien.vn."),
            ["192.168.0.1", "thanhnien.vn"]
        );
    }

    #[test]
    fn tells_spans_in_an_address() {
        let text = "Visit www.kunashir.ru. Kunashir is big.";
        let spans = address_spans(text);
        let inner = text.find("kunashir").unwrap();
        assert!(overlaps(&spans, &(inner..inner + 8)));
        assert!(overlaps(&spans, &(0..inner + 1)));
        let outer = text.find("Kunashir is").unwrap();
        assert!(!overlaps(&spans, &(outer..outer + 8)));
        assert!(!overlaps(&spans, &(0..6)));
    }
}
