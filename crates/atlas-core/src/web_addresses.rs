//! Web and e-mail addresses in article text: `https://…/kunashir-power-plant/`,
//! `mintrans.sakhalin.gov.ru`, `press@mid.ru`. A place name or a date inside
//! one is part of the address, not something the article says.

use std::cell::OnceCell;
use std::ops::Range;

use linkify::{LinkFinder, LinkKind};

/// The byte spans of the web addresses (with or without a scheme) and e-mail
/// addresses in `text`, in text order.
pub fn address_spans(text: &str) -> Vec<Range<usize>> {
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Url, LinkKind::Email]);
    finder.url_must_have_scheme(false);
    finder.links(text).map(|l| l.start()..l.end()).collect()
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
