//! HTML pages: the main text without navigation and other page furniture,
//! plus title, publication date and site name from the page's metadata.
//!
//! [`extract`] runs three algorithms over the parsed page, in this order:
//! - [`metadata`] reads what the page states about itself (title, date,
//!   source, a JSON-LD `articleBody`) from its `<meta>` tags, `<title>`,
//!   `<h1>`, `<time>` and JSON-LD;
//! - [`furniture`] finds what is not the article (navigation, related
//!   stories, comments, cookie banners, blocks of links, hidden elements);
//! - [`content`] measures the text of what remains, chooses the article's
//!   element, adds its headline (found with the titles from the metadata) and
//!   lays its text out in paragraphs; the JSON-LD body takes the text's place
//!   when the page shows less than half of it.
//!
//! Parsing is html5ever's (through `scraper`), which copes with any input; a
//! page nested too deeply is flattened first ([`nesting`]). Every walk over
//! the tree here is iterative ([`walk`]: explicit sibling/parent moves), so
//! deep nesting cannot overflow the stack. Scripts are never run; entities
//! are decoded by the parser only.

mod content;
mod furniture;
mod metadata;
pub(crate) use metadata::web_address;
mod nesting;

use ego_tree::NodeRef;
use scraper::{Html, Node};

use super::Extracted;
use furniture::Furniture;
use metadata::Meta;

/// Stop collecting raw text after this many bytes (the clean-up caps the
/// result at `MAX_TEXT_BYTES` anyway).
const RAW_CAP: usize = 2 * super::MAX_TEXT_BYTES;

/// Reads an HTML document.
pub(crate) fn extract(html: &str) -> Extracted {
    let doc = parse(html, Html::parse_document);
    let meta = Meta::collect(&doc);
    let root = doc.tree.root();
    let furniture = Furniture::of(root);
    let titles: Vec<&str> = meta.titles().collect();
    let mut text = content::article_text(root, &furniture, &titles);
    if let Some(from_json) = meta
        .article_body()
        .and_then(|b| content::json_ld_text(b, &text, meta.title().as_deref()))
    {
        text = from_json;
    }
    Extracted {
        title: meta.title(),
        source: meta.source(),
        address: meta.address(),
        published: meta.published(),
        text,
    }
}

/// Parses `html` with `parser` (a document or a fragment), flattened first
/// when it nests too deeply (see [`nesting`]).
fn parse(html: &str, parser: fn(&str) -> Html) -> Html {
    parser(&nesting::without_deep_nesting(html))
}

/// The tag name of `node` when it is an element.
fn element_name<'a>(node: &NodeRef<'a, Node>) -> Option<&'a str> {
    match node.value() {
        Node::Element(e) => Some(e.name()),
        _ => None,
    }
}

/// A step of [`walk`].
enum Step<'a> {
    /// Entering a node; the visitor returns whether to descend into it.
    Open(NodeRef<'a, Node>),
    /// Leaving a node that was descended into (the return value is ignored).
    Close(NodeRef<'a, Node>),
}

/// Visits the subtree at `root` in document order without recursion.
fn walk<'a>(root: NodeRef<'a, Node>, mut visit: impl FnMut(Step<'a>) -> bool) {
    let mut node = root;
    loop {
        if visit(Step::Open(node)) {
            if let Some(child) = node.first_child() {
                node = child;
                continue;
            }
            visit(Step::Close(node));
        }
        // Move to the next sibling, closing ancestors on the way up.
        loop {
            if node.id() == root.id() {
                return;
            }
            if let Some(next) = node.next_sibling() {
                node = next;
                break;
            }
            match node.parent() {
                Some(parent) => {
                    node = parent;
                    visit(Step::Close(node));
                }
                None => return,
            }
        }
    }
}

/// The text [`extract`] finds in `html`, cleaned as every format's text is:
/// what the tests of each part of this module compare.
#[cfg(test)]
fn cleaned_text(html: &str) -> String {
    super::clean::clean_text(&extract(html).text)
}

#[cfg(test)]
mod tests {
    use super::cleaned_text as text;

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 20_000;
        let html = format!(
            "{}Kunashir{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        assert!(text(&html).contains("Kunashir"));
        let html = format!("{}Iturup", "<span><b><i>".repeat(depth));
        assert!(text(&html).contains("Iturup"));
    }
}
