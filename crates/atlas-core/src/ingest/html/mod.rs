//! HTML pages: the main text without navigation and other page furniture,
//! plus title, publication date and site name from the page's metadata.
//!
//! Parsing is html5ever's (through `scraper`), which copes with any input.
//! Every walk over the tree here is iterative (explicit sibling/parent moves),
//! so deep nesting cannot overflow the stack. Scripts are never run; entities
//! are decoded by the parser only.

mod metadata;

use std::collections::{HashMap, HashSet};

use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};

use super::clean::clean_line;
use super::Extracted;
use metadata::Meta;

/// Elements whose whole subtree is page furniture or not text. Ruby
/// readings (`<rt>`, and the `<rp>` brackets around them) are not text either:
/// `<ruby>択<rt>えと</rt>捉<rt>ろふ</rt></ruby>島` reads 択捉島.
const SKIP: &[&str] = &[
    "nav", "header", "footer", "aside", "script", "style", "form", "noscript", "iframe", "svg",
    "template", "head", "button", "select", "option", "textarea", "input", "object", "embed",
    "canvas", "video", "audio", "map", "dialog", "math", "rt", "rp",
];

/// ARIA roles of page furniture.
const SKIP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
];

/// Words of a `class` or `id` that mark page furniture inside or around an
/// article: related-story boxes, share bars, tag lists, cookie notices,
/// menus, sidebars. Matched against whole words of the attribute (split at
/// spaces, `-` and `_`), so `article__related` and `cookie-banner` match but
/// `article__text` does not.
const FURNITURE_WORDS: &[&str] = &[
    "related",
    "share",
    "sharing",
    "social",
    "tags",
    "cookie",
    "cookies",
    "consent",
    "breadcrumb",
    "breadcrumbs",
    "menu",
    "navbar",
    "sidebar",
    "newsletter",
    "subscribe",
    "subscription",
    "promo",
    "advert",
    "advertisement",
    "ads",
    "comments",
    // Bitrix's forum.topic.reviews (the comments of many Russian sites:
    // `reviews-block-container`) and discussion threads (`discussion__list`).
    "reviews",
    "discussion",
    "recommended",
    "recommendations",
    "ranking",
    "lenta",
    "footer",
    // Compounds written as one word (WordPress Jetpack's `jp-relatedposts`),
    // and `kanren`, Japanese for "related" (関連).
    "relatedposts",
    "relatedlinks",
    "relatedarticles",
    "relatednews",
    "relatedstories",
    "relateditems",
    "relatedcontent",
    "kanren",
    "kanrenkiji",
];

/// Elements that start a new paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "figure",
    "figcaption",
    "hr",
    "address",
    "details",
    "summary",
    "fieldset",
    "center",
    "body",
    "caption",
];

/// Stop collecting raw text after this many bytes (the clean-up caps the
/// result at `MAX_TEXT_BYTES` anyway).
const RAW_CAP: usize = 2 * super::MAX_TEXT_BYTES;

/// Above this estimated element nesting the page is flattened before parsing
/// (html5ever's tree building is quadratic in the nesting depth).
const MAX_DEPTH: usize = 1024;

/// Void elements and elements whose end tag may be omitted: they do not nest.
const NON_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body", "!doctype",
];

/// Reads an HTML document.
pub(crate) fn extract(html: &str) -> Extracted {
    let doc = parse(html, Html::parse_document);
    let meta = Meta::collect(&doc);
    let root = doc.tree.root();
    let furniture = Furniture::of(root);
    let sizes = text_sizes(root, &furniture);
    let titles: Vec<&str> = meta.titles().collect();
    let body = with_headline(
        content_root(root, &sizes, &furniture),
        root,
        &sizes,
        &furniture,
        &titles,
    );
    let mut text = match body.headline {
        Some(h1) => format!(
            "{}\n\n{}",
            text_of(h1, &furniture),
            text_of(body.node, &furniture)
        ),
        None => text_from(body.node, body.from, &furniture),
    };
    let body = body.node;
    if text.trim().is_empty() && body.id() != root.id() {
        text = text_of(root, &furniture);
    }
    if let Some(from_json) = meta
        .article_body()
        .and_then(|b| json_ld_text(b, &text, meta.title().as_deref()))
    {
        text = from_json;
    }
    Extracted {
        title: meta.title(),
        source: meta.source(),
        published: meta.published(),
        text,
    }
}

/// Parses `html` with `parser` (a document or a fragment), flattened first
/// when it nests deeper than [`MAX_DEPTH`].
fn parse(html: &str, parser: fn(&str) -> Html) -> Html {
    if nesting_estimate(html) > MAX_DEPTH {
        parser(&flatten(html))
    } else {
        parser(html)
    }
}

/// The article's text from a JSON-LD `articleBody`, when the page's own text
/// holds less than half of it (an app shell that renders the article with
/// scripts, a page cut short by a paywall): the headline (`title`) and the
/// body, each line of which is a paragraph. A body that is HTML is read as
/// HTML. `None` when the page's text is the better one.
fn json_ld_text(body: &str, page_text: &str, title: Option<&str>) -> Option<String> {
    let body = if body.contains("</") || body.contains("<br") || body.contains("<p>") {
        let fragment = parse(body, Html::parse_fragment);
        let root = fragment.tree.root();
        text_of(root, &Furniture::of(root))
    } else {
        body.replace('\n', "\n\n")
    };
    let size = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    if size(page_text) * 2 >= size(&body) {
        return None;
    }
    Some(match title {
        Some(t) if !body.trim_start().starts_with(t) => format!("{t}\n\n{body}"),
        _ => body,
    })
}

/// The lower-case name of the tag starting at `tag` (which starts with `<`),
/// and whether it is an end tag.
fn tag_name(tag: &str) -> (String, bool) {
    let body = &tag[1..];
    let (body, end) = match body.strip_prefix('/') {
        Some(b) => (b, true),
        None => (body, false),
    };
    let name: String = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '-')
        .take(32)
        .collect::<String>()
        .to_ascii_lowercase();
    (name, end)
}

/// Yields `(text before, tag)` pieces of `html` by a plain scan for `<...>`;
/// the last piece has an empty tag.
fn pieces(html: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = html;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(lt) = rest.find('<') else {
            let text = rest;
            rest = "";
            return Some((text, ""));
        };
        let text = &rest[..lt];
        let after = &rest[lt..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|i| i + 3)
        } else {
            after.find('>').map(|i| i + 1)
        }
        .unwrap_or(after.len());
        rest = &after[end..];
        Some((text, &after[..end]))
    })
}

/// The deepest element nesting the tags of `html` suggest (a cheap estimate
/// that ignores elements which cannot or need not be closed).
fn nesting_estimate(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for (_, tag) in pieces(html) {
        if tag.len() < 2 || tag.starts_with("<!--") || tag.ends_with("/>") {
            continue;
        }
        let (name, end) = tag_name(tag);
        if name.is_empty() || NON_NESTING.contains(&name.as_str()) {
            continue;
        }
        if end {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// A version of a pathologically nested page without nesting: block tags
/// become `<p>`, the tags metadata comes from are kept, scripts and styles
/// (but JSON-LD) are dropped, and every other tag is removed.
fn flatten(html: &str) -> String {
    const KEEP: &[&str] = &["meta", "title", "h1", "time", "br", "!doctype"];
    let mut out = String::with_capacity(html.len() / 2);
    let mut skip_until: Option<&str> = None;
    for (text, tag) in pieces(html) {
        if skip_until.is_none() {
            out.push_str(text);
        }
        if tag.len() < 2 || tag.starts_with("<!--") {
            continue;
        }
        let (name, end) = tag_name(tag);
        if let Some(until) = skip_until {
            if end && name == until {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" if !end && tag.to_ascii_lowercase().contains("ld+json") => out.push_str(tag),
            "script" if end => out.push_str(tag),
            "script" | "style" | "template" | "noscript" if !end => {
                skip_until = Some(if name == "script" {
                    "script"
                } else if name == "style" {
                    "style"
                } else if name == "template" {
                    "template"
                } else {
                    "noscript"
                });
            }
            n if KEEP.contains(&n) => out.push_str(tag),
            n if BLOCK.contains(&n) => out.push_str("<p>"),
            _ => out.push(' '),
        }
    }
    out
}

fn element_name<'a>(node: &NodeRef<'a, Node>) -> Option<&'a str> {
    match node.value() {
        Node::Element(e) => Some(e.name()),
        _ => None,
    }
}

/// Whether the subtree at `node` is furniture to leave out.
fn is_skipped(node: &NodeRef<'_, Node>, furniture: &Furniture) -> bool {
    let Node::Element(e) = node.value() else {
        return matches!(
            node.value(),
            Node::Comment(_) | Node::ProcessingInstruction(_) | Node::Doctype(_)
        );
    };
    if e.attr("hidden").is_some() {
        return true;
    }
    if SKIP.contains(&e.name()) {
        // An <article>'s own <header> holds its headline and byline.
        return !(e.name() == "header" && in_article(node));
    }
    if furniture.0.contains(&node.id()) {
        return true;
    }
    if e.attr("aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if e.attr("style").is_some_and(hides) {
        return true;
    }
    e.attr("role")
        .is_some_and(|r| SKIP_ROLES.iter().any(|s| r.eq_ignore_ascii_case(s)))
}

/// Headings of related-story boxes (compared in lower case, without a final
/// colon): a box that starts with one is furniture, as is a paragraph or list
/// item that starts with one in brackets ("［あわせて読みたい］...").
const RELATED_LABELS: &[&str] = &[
    "related",
    "related stories",
    "related articles",
    "related news",
    "related posts",
    "related coverage",
    "read more",
    "read also",
    "see also",
    "more on this story",
    "читайте также",
    "читать также",
    "читайте еще",
    "читайте ещё",
    "смотрите также",
    "см. также",
    "по теме",
    "материалы по теме",
    "другие новости",
    "другие материалы",
    "похожие новости",
    "関連記事",
    "関連ニュース",
    "関連リンク",
    "あわせて読みたい",
    "合わせて読みたい",
    "おすすめ記事",
];

/// Whether a `class` or `id` value names page furniture (see [`FURNITURE_WORDS`]).
/// Words are split at spaces, `-`, `_` and camel case (`ArticleRelated`).
fn is_furniture_name(value: &str) -> bool {
    value
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .flat_map(camel_case_words)
        .any(|w| FURNITURE_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f)))
}

/// Where a text node that labels a related-story box puts the box: the node
/// is the box's heading ("Читайте также:", "関連記事"), or starts a paragraph
/// or item with a label in brackets ("［あわせて読みたい］...").
enum Label {
    Heading,
    Bracketed,
}

/// Whether `text` (a text node) is a related-story label (see [`RELATED_LABELS`]).
fn related_label(text: &str) -> Option<Label> {
    let text = text.trim();
    if text.chars().count() > 60 {
        return None;
    }
    let lower = text.to_lowercase();
    let bare = lower.trim_end_matches([':', '：', ' ']);
    let colon = bare.len() < lower.len();
    if RELATED_LABELS
        .iter()
        .any(|l| bare == *l || (colon && bare.starts_with(l)))
    {
        return Some(Label::Heading);
    }
    let inner = ["［", "【", "["]
        .iter()
        .zip(["］", "】", "]"])
        .find_map(|(open, close)| lower.strip_prefix(open)?.split_once(close))
        .map(|(label, _)| label.trim());
    inner
        .is_some_and(|l| RELATED_LABELS.contains(&l))
        .then_some(Label::Bracketed)
}

/// The related-story box that the label text node `text` names: for a
/// heading, the nearest ancestor with more in it than the heading (at most
/// four levels up); for a bracketed label, its paragraph, item or block.
fn labelled_box(text: NodeRef<'_, Node>, label: Label) -> Option<NodeId> {
    let has_content = |n: NodeRef<'_, Node>| match n.value() {
        Node::Element(_) => true,
        Node::Text(t) => !t.trim().is_empty(),
        _ => false,
    };
    let mut child = text;
    for _ in 0..4 {
        let parent = child.parent()?;
        let name = element_name(&parent)?;
        match label {
            Label::Heading => {
                // The heading starts its box: "... <a>Read more</a>" ends a paragraph.
                if child.prev_siblings().take(4).any(has_content) {
                    return None;
                }
                if child.next_siblings().take(4).any(has_content) {
                    return Some(parent.id());
                }
            }
            Label::Bracketed => {
                if matches!(name, "p" | "li" | "div" | "dd") {
                    return Some(parent.id());
                }
            }
        }
        child = parent;
    }
    None
}

/// Why an element may be furniture (see [`Furniture::of`]).
#[derive(Clone, Copy, PartialEq)]
enum Reason {
    /// Its `class` or `id`.
    Named,
    /// A related-story label.
    Labelled,
    /// Two links or more and most of its text in them.
    Links,
}

/// The elements of a page that are furniture, found in one pass: those that a
/// `class` or `id` names as furniture (see [`FURNITURE_WORDS`]) or that a
/// related-story heading starts (see [`RELATED_LABELS`]); and blocks of links
/// (two links or more with at least 70% of the block's text in links, not a
/// `<p>`). An `<article>`, `<main>` or `<body>` never is (an article's classes
/// often list its tags or topics), nor is a layout wrapper around the article
/// (`<div class="page with-sidebar">`): one that holds an `<article>`,
/// `<main>`, `<h1>` or `itemprop="articleBody"`, or (for one named by its
/// class or id) half the page's paragraphs, or (for a labelled box or a block
/// of links) half the page's text outside links. Nor is a dated listing under
/// the headline's container (a press-release list: each link with a date of its
/// own, `<dt>令和7年3月14日</dt><dd><a>...</a></dd>`): there the links are the text.
struct Furniture(HashSet<NodeId>);

/// What [`Furniture::of`] counts in an open element.
#[derive(Default, Clone, Copy)]
struct Counts {
    paragraphs: usize,
    marked: bool,
    text: usize,
    linked: usize,
    links: usize,
    /// Text nodes outside links that are a date (see [`is_listing_date`]).
    dates: usize,
}

impl Furniture {
    fn of(root: NodeRef<'_, Node>) -> Furniture {
        let mut open: Vec<Counts> = Vec::new();
        let mut named: Vec<(NodeId, Reason, Counts)> = Vec::new();
        let mut labelled: HashSet<NodeId> = HashSet::new();
        let mut page_paragraphs = 0usize;
        let mut page_plain = 0usize;
        let mut in_links = 0usize;
        walk(root, |step| {
            match step {
                Step::Open(node) => match node.value() {
                    Node::Element(e) => {
                        open.push(Counts::default());
                        in_links += usize::from(e.name() == "a");
                    }
                    Node::Text(t) => {
                        let not_text = node.parent().is_some_and(|p| {
                            matches!(
                                element_name(&p),
                                Some("script" | "style" | "noscript" | "template" | "title")
                            )
                        });
                        if not_text {
                            return true;
                        }
                        let n = t.trim().chars().count();
                        if let Some(top) = open.last_mut() {
                            top.text += n;
                            if in_links > 0 {
                                top.linked += n;
                            } else if is_listing_date(t) {
                                top.dates += 1;
                            }
                        }
                        if in_links == 0 {
                            page_plain += n;
                        }
                        if n > 0 {
                            // A link's text is no heading ("Read more"), but may
                            // be a bracketed label ("<a>［関連記事］...</a>").
                            let label = related_label(t)
                                .filter(|l| in_links == 0 || matches!(l, Label::Bracketed));
                            if let Some(id) = label.and_then(|l| labelled_box(node, l)) {
                                labelled.insert(id);
                            }
                        }
                    }
                    _ => {}
                },
                Step::Close(node) => {
                    let Node::Element(e) = node.value() else {
                        return true;
                    };
                    let mut counts = open.pop().unwrap_or_default();
                    let is_paragraph = e.name() == "p";
                    let is_link = e.name() == "a";
                    in_links = in_links.saturating_sub(usize::from(is_link));
                    page_paragraphs += usize::from(is_paragraph);
                    let is_mark = matches!(e.name(), "article" | "main" | "h1")
                        || e.attr("itemprop")
                            .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"));
                    counts.links += usize::from(is_link);
                    if let Some(parent) = open.last_mut() {
                        parent.paragraphs += counts.paragraphs + usize::from(is_paragraph);
                        parent.marked |= counts.marked || is_mark;
                        parent.text += counts.text;
                        parent.linked += counts.linked;
                        parent.links += counts.links;
                        parent.dates += counts.dates;
                    }
                    if matches!(e.name(), "article" | "main" | "body" | "html") {
                        return true;
                    }
                    if ["class", "id"]
                        .iter()
                        .filter_map(|a| e.attr(a))
                        .any(is_furniture_name)
                    {
                        named.push((node.id(), Reason::Named, counts));
                    } else if labelled.contains(&node.id()) {
                        named.push((node.id(), Reason::Labelled, counts));
                    } else if !is_paragraph
                        && counts.links >= 2
                        && counts.text > 0
                        && counts.linked * 10 >= counts.text * 7
                    {
                        named.push((node.id(), Reason::Links, counts));
                    }
                }
            }
            true
        });
        // The container of the page's headline: a dated listing in it is the text.
        let headline_box = root
            .descendants()
            .find(|n| element_name(n) == Some("h1"))
            .and_then(|h1| h1.parent())
            .map(|p| p.id());
        let under_headline = |id: NodeId| {
            headline_box.is_some_and(|b| {
                root.tree()
                    .get(id)
                    .is_some_and(|n| n.ancestors().any(|a| a.id() == b))
            })
        };
        Furniture(
            named
                .into_iter()
                .filter(|(id, reason, c)| {
                    let wraps_the_text = match reason {
                        Reason::Named => c.paragraphs > 0 && c.paragraphs * 2 >= page_paragraphs,
                        Reason::Labelled => (c.text - c.linked) * 2 >= page_plain.max(1),
                        Reason::Links => {
                            (c.text - c.linked) * 2 >= page_plain.max(1)
                                || (c.dates >= c.links && under_headline(*id))
                        }
                    };
                    !(c.marked || wraps_the_text)
                })
                .map(|(id, ..)| id)
                .collect(),
        )
    }
}

/// Whether the text node `text` is a date of a listing entry: short, and mostly
/// a date to the day ("令和7年3月14日", "02.04.2024", "March 14, 2025").
fn is_listing_date(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 48
        || !text
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return false;
    }
    crate::dates::find_dates(text, None)
        .iter()
        .any(|d| d.date.is_day() && (d.byte_end - d.byte_start) * 2 >= text.len())
}

/// The parts of a camel-case word: "ArticleRelated" → "Article", "Related";
/// "relatedNews" → "related", "News". A word in one case stays whole.
fn camel_case_words(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower {
            parts.push(&word[start..i]);
            start = i;
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    parts.push(&word[start..]);
    parts
}

/// Whether `node` is inside an `<article>` or `<main>` element.
fn in_article(node: &NodeRef<'_, Node>) -> bool {
    node.ancestors()
        .any(|a| matches!(element_name(&a), Some("article" | "main")))
}

/// Whether an inline `style` hides the element (`display: none`,
/// `visibility: hidden`, in any case and spacing). Style sheets are not
/// applied: there is no CSS engine here.
fn hides(style: &str) -> bool {
    let style: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    style
        .split(';')
        .any(|decl| decl.starts_with("display:none") || decl.starts_with("visibility:hidden"))
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

/// How much text a subtree holds, page furniture left out.
#[derive(Default, Clone, Copy)]
struct Size {
    /// Characters of text.
    all: usize,
    /// Characters of text outside links.
    plain: usize,
    /// Depth of the element in the document.
    depth: usize,
}

/// The text size of every element of the subtree at `root` that holds text.
fn text_sizes(root: NodeRef<'_, Node>, furniture: &Furniture) -> HashMap<NodeId, Size> {
    let mut sizes = HashMap::new();
    // Open elements: (all, plain) text so far.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut links = 0usize;
    walk(root, |step| match step {
        Step::Open(node) => {
            if is_skipped(&node, furniture) {
                return false;
            }
            match node.value() {
                Node::Text(t) => {
                    let n = t.trim().chars().count();
                    if let Some(o) = open.last_mut() {
                        o.0 += n;
                        if links == 0 {
                            o.1 += n;
                        }
                    }
                    // A text node has no children: it is not closed.
                    return true;
                }
                Node::Element(e) if e.name() == "a" => links += 1,
                _ => {}
            }
            open.push((0, 0));
            true
        }
        Step::Close(node) => {
            if matches!(node.value(), Node::Text(_)) {
                return true;
            }
            if element_name(&node) == Some("a") {
                links = links.saturating_sub(1);
            }
            let (all, plain) = open.pop().unwrap_or_default();
            if let Some(o) = open.last_mut() {
                o.0 += all;
                o.1 += plain;
            }
            if all > 0 {
                sizes.insert(
                    node.id(),
                    Size {
                        all,
                        plain,
                        depth: open.len(),
                    },
                );
            }
            true
        }
    });
    sizes
}

/// The article's element and, when that element leaves it out, its headline.
struct Body<'a> {
    node: NodeRef<'a, Node>,
    headline: Option<NodeRef<'a, Node>>,
    /// Where the text starts in `node` (its headline, when `node` was widened
    /// to take it: a logo or breadcrumbs before it are not the article's).
    from: Option<NodeId>,
}

/// Adds the page's headline (its first `<h1>`, or on a page without one the
/// element before the article that shows the page's title, see
/// [`title_element`]) to the article's element `body` when the element
/// leaves it out: many pages put the headline and byline in a block of their
/// own before the article's text. The element is widened to the nearest
/// ancestor that holds the headline when that adds little text (the headline,
/// byline and date line); otherwise the headline alone is put before the text.
fn with_headline<'a>(
    body: NodeRef<'a, Node>,
    root: NodeRef<'a, Node>,
    sizes: &HashMap<NodeId, Size>,
    furniture: &Furniture,
    titles: &[&str],
) -> Body<'a> {
    let mut h1 = None;
    walk(root, |step| {
        let Step::Open(node) = step else {
            return true;
        };
        if h1.is_some() || is_skipped(&node, furniture) {
            return false;
        }
        if element_name(&node) == Some("h1") {
            h1 = Some(node);
            return false;
        }
        true
    });
    let alone = |node| Body {
        node,
        headline: None,
        from: None,
    };
    let Some(h1) = h1.or_else(|| title_element(body, root, sizes, furniture, titles)) else {
        return alone(body);
    };
    if body.id() == root.id() || h1.ancestors().any(|a| a.id() == body.id()) {
        return alone(body);
    }
    let size = |n: &NodeRef<'_, Node>| sizes.get(&n.id()).map_or(0, |s| s.all);
    let headline_size = size(&h1);
    if headline_size == 0 {
        return alone(body);
    }
    let limit = size(&body) + size(&body) / 5 + headline_size + HEADER_CHARS;
    match body
        .ancestors()
        .find(|a| h1.ancestors().any(|b| b.id() == a.id()))
    {
        Some(common) if size(&common) <= limit && common.id() != root.id() => Body {
            node: common,
            headline: None,
            from: Some(h1.id()),
        },
        _ => Body {
            node: body,
            headline: Some(h1),
            from: None,
        },
    }
}

/// Text a headline block may hold besides the headline (byline, date line).
const HEADER_CHARS: usize = 300;

/// Titles longer than this (in characters) are not looked for in the page.
const MAX_TITLE_CHARS: usize = 400;

/// How many nodes [`title_element`] reads the text of, at most, over all the
/// elements it compares (a bound on its work on hostile pages).
const TITLE_SEARCH_NODES: usize = 100_000;

/// The first element before the article's element `body` whose text is one of
/// the page's titles (`og:title`, `<title>`, ...), or the start or end of one
/// up to a separator ("Headline — Site name") when it is at least half of it:
/// the headline of a page that marks it with a `<div class="news-title">`
/// instead of an `<h1>`. Only elements whose text size is near a title's are
/// read, and the reading stops after [`TITLE_SEARCH_NODES`] nodes in all.
fn title_element<'a>(
    body: NodeRef<'a, Node>,
    root: NodeRef<'a, Node>,
    sizes: &HashMap<NodeId, Size>,
    furniture: &Furniture,
    titles: &[&str],
) -> Option<NodeRef<'a, Node>> {
    let titles: Vec<&str> = titles
        .iter()
        .copied()
        .filter(|t| t.chars().count() <= MAX_TITLE_CHARS)
        .collect();
    let longest = titles.iter().map(|t| t.chars().count()).max()?;
    let mut budget = TITLE_SEARCH_NODES;
    let mut found = None;
    let mut done = false;
    walk(root, |step| {
        let Step::Open(node) = step else {
            return true;
        };
        if done || node.id() == body.id() {
            done = true;
            return false;
        }
        if is_skipped(&node, furniture) {
            return false;
        }
        if !matches!(node.value(), Node::Element(_)) {
            return matches!(node.value(), Node::Document | Node::Fragment);
        }
        let Some(size) = sizes.get(&node.id()) else {
            return false;
        };
        if size.all > longest || budget == 0 {
            return true;
        }
        let text = bounded_text(node, &mut budget, MAX_TITLE_CHARS * 4);
        if clean_line(&text).is_some_and(|t| titles.iter().any(|title| shows_title(&t, title))) {
            found = Some(node);
            done = true;
            return false;
        }
        true
    });
    found
}

/// Whether an element's text `text` shows the page title `title`: equal to
/// it, or its start or end up to a separator, and at least half of it.
fn shows_title(text: &str, title: &str) -> bool {
    const SEPARATORS: &[char] = &['-', '–', '—', '|', '·', '•', ':', '/', '«', '»'];
    // Full-width separators of Japanese titles need no space ("見出し｜新聞").
    const WIDE: &[char] = &['｜', '：', '－', '　'];
    if text == title {
        return true;
    }
    if text.chars().count() * 2 < title.chars().count() {
        return false;
    }
    let after = title.strip_prefix(text).is_some_and(|rest| {
        rest.starts_with(WIDE) || rest.starts_with(' ') && rest.trim_start().starts_with(SEPARATORS)
    });
    let before = title.strip_suffix(text).is_some_and(|rest| {
        rest.ends_with(WIDE) || rest.ends_with(' ') && rest.trim_end().ends_with(SEPARATORS)
    });
    after || before
}

/// The text of the subtree at `node` (up to about `max_bytes`), counting the
/// nodes read against `budget`.
fn bounded_text(node: NodeRef<'_, Node>, budget: &mut usize, max_bytes: usize) -> String {
    let mut s = String::new();
    walk(node, |step| {
        let Step::Open(n) = step else {
            return true;
        };
        if *budget == 0 || s.len() > max_bytes {
            return false;
        }
        *budget -= 1;
        match n.value() {
            Node::Text(t) => s.push_str(t),
            Node::Element(e) if BLOCK.contains(&e.name()) || e.name() == "br" => s.push(' '),
            _ => {}
        }
        !matches!(
            element_name(&n),
            Some("script" | "style" | "template" | "rt" | "rp")
        )
    });
    s
}

/// The element holding the article: the `<article>` or `<main>` with at
/// least a quarter of the page's text, else the element whose `<p>` children
/// hold the most text (widened to its parent while it holds less than 60% of
/// the parent's paragraph text, for articles split over several blocks), else
/// (a page without paragraphs) the deepest element with at least 80% of the
/// page's text outside links, else the whole document.
fn content_root<'a>(
    root: NodeRef<'a, Node>,
    sizes: &HashMap<NodeId, Size>,
    furniture: &Furniture,
) -> NodeRef<'a, Node> {
    let mut total = 0usize;
    // Open <article>/<main> elements with the text seen inside them so far.
    let mut containers: Vec<(NodeId, bool, usize)> = Vec::new();
    let mut best_article: Option<(NodeId, usize)> = None;
    let mut best_main: Option<(NodeId, usize)> = None;
    // Text of the open <p> elements.
    let mut paragraphs: Vec<usize> = Vec::new();
    // Paragraph text directly under each element.
    let mut direct: HashMap<NodeId, usize> = HashMap::new();
    // Paragraph text anywhere under each element (for open ones: so far).
    let mut open_subtree: Vec<usize> = Vec::new();
    let mut subtree: HashMap<NodeId, usize> = HashMap::new();

    walk(root, |step| match step {
        Step::Open(node) => {
            if is_skipped(&node, furniture) {
                return false;
            }
            open_subtree.push(0);
            match node.value() {
                Node::Text(t) => {
                    let n = t.trim().chars().count();
                    total += n;
                    if let Some(c) = containers.last_mut() {
                        c.2 += n;
                    }
                    if let Some(p) = paragraphs.last_mut() {
                        *p += n;
                    }
                }
                Node::Element(e) => match e.name() {
                    "article" => containers.push((node.id(), true, 0)),
                    "main" => containers.push((node.id(), false, 0)),
                    "p" => paragraphs.push(0),
                    _ => {}
                },
                _ => {}
            }
            true
        }
        Step::Close(node) => {
            let mut inner = open_subtree.pop().unwrap_or(0);
            match element_name(&node) {
                Some("article" | "main") => {
                    if let Some((id, is_article, n)) = containers.pop() {
                        let best = if is_article {
                            &mut best_article
                        } else {
                            &mut best_main
                        };
                        if best.is_none_or(|(_, b)| n > b) {
                            *best = Some((id, n));
                        }
                        if let Some(outer) = containers.last_mut() {
                            outer.2 += n;
                        }
                    }
                }
                Some("p") => {
                    let n = paragraphs.pop().unwrap_or(0);
                    inner += n;
                    if let Some(parent) = node.parent() {
                        *direct.entry(parent.id()).or_default() += n;
                    }
                }
                _ => {}
            }
            if inner > 0 {
                subtree.insert(node.id(), inner);
                if let Some(outer) = open_subtree.last_mut() {
                    *outer += inner;
                }
            }
            true
        }
    });

    let enough = |n: usize| n > 0 && n * 4 >= total;
    if let Some((id, _)) = best_article
        .filter(|(_, n)| enough(*n))
        .or(best_main.filter(|(_, n)| enough(*n)))
    {
        return root.tree().get(id).unwrap_or(root);
    }
    let Some((best, _)) = direct
        .iter()
        .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
        .map(|(id, n)| (*id, *n))
        .filter(|(_, n)| enough(*n))
    else {
        return densest(root, sizes);
    };
    let Some(mut node) = root.tree().get(best) else {
        return root;
    };
    let p_text = |n: &NodeRef<'_, Node>| subtree.get(&n.id()).copied().unwrap_or(0);
    while let Some(parent) = node.parent() {
        if matches!(element_name(&parent), None | Some("body" | "html")) {
            break;
        }
        if p_text(&node) * 10 >= p_text(&parent) * 6 {
            break;
        }
        node = parent;
    }
    node
}

/// The deepest element with at least 80% of the text outside links of the
/// page (`root` if there is none).
fn densest<'a>(root: NodeRef<'a, Node>, sizes: &HashMap<NodeId, Size>) -> NodeRef<'a, Node> {
    let total = sizes.get(&root.id()).map_or(0, |s| s.plain);
    if total == 0 {
        return root;
    }
    sizes
        .iter()
        .filter(|(_, s)| s.plain * 5 >= total * 4)
        .max_by_key(|(id, s)| (s.depth, std::cmp::Reverse(**id)))
        .and_then(|(id, _)| root.tree().get(*id))
        .unwrap_or(root)
}

/// The visible text of the subtree at `root`, furniture left out, blocks
/// separated by blank lines.
fn text_of(root: NodeRef<'_, Node>, furniture: &Furniture) -> String {
    text_from(root, None, furniture)
}

/// [`text_of`], starting at the node `from` of the subtree when given (the
/// captions of figures before it are kept: a lead photo may come first).
fn text_from(root: NodeRef<'_, Node>, from: Option<NodeId>, furniture: &Furniture) -> String {
    let mut out = String::new();
    let mut pre_depth = 0usize;
    let mut started = from.is_none();
    let mut figures = 0usize;
    walk(root, |step| match step {
        Step::Open(node) => {
            if out.len() > RAW_CAP || (node.id() != root.id() && is_skipped(&node, furniture)) {
                return false;
            }
            started |= Some(node.id()) == from;
            if element_name(&node) == Some("figure") {
                figures += 1;
            }
            match node.value() {
                Node::Text(_) if !started && figures == 0 => {}
                Node::Text(t) => {
                    if pre_depth > 0 {
                        out.push_str(t);
                    } else {
                        out.extend(
                            t.chars()
                                .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }),
                        );
                    }
                }
                Node::Element(e) => match e.name() {
                    "br" => out.push('\n'),
                    "tr" => out.push('\n'),
                    "td" | "th" => out.push(' '),
                    "img" => {}
                    name if BLOCK.contains(&name) => {
                        if name == "pre" {
                            pre_depth += 1;
                        }
                        out.push_str("\n\n");
                    }
                    _ => {}
                },
                _ => {}
            }
            true
        }
        Step::Close(node) => {
            if element_name(&node) == Some("figure") {
                figures = figures.saturating_sub(1);
            }
            match element_name(&node) {
                Some("pre") => {
                    pre_depth = pre_depth.saturating_sub(1);
                    out.push_str("\n\n");
                }
                Some(name) if BLOCK.contains(&name) => out.push_str("\n\n"),
                _ => {}
            }
            true
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::clean::clean_text;

    fn text(html: &str) -> String {
        clean_text(&extract(html).text)
    }

    #[test]
    fn strips_furniture_and_prefers_article() {
        let html = r#"<!doctype html><html><head><title>Kunashir - Site</title>
            <style>p{color:red}</style><script>document.write("evil")</script></head>
            <body><nav><a href="/">Home</a> | <a>World</a></nav>
            <header><p>Site banner text that is long enough to count as a paragraph here.</p></header>
            <article><h1>Talks on Kunashir</h1><p>First paragraph about
            the island.</p><p>Second&nbsp;paragraph &amp; more.</p></article>
            <aside><p>Related: something else entirely, long enough to matter a bit.</p></aside>
            <footer>© 2015</footer></body></html>"#;
        let t = text(html);
        assert_eq!(
            t,
            "Talks on Kunashir\n\nFirst paragraph about the island.\n\nSecond paragraph & more."
        );
        let e = extract(html);
        assert_eq!(e.title.as_deref(), Some("Talks on Kunashir"));
    }

    #[test]
    fn paragraph_density_without_article() {
        let html = "<html><body><div class=menu><ul><li>One</li><li>Two</li></ul></div>\
            <div class=story><div><p>Alpha alpha alpha alpha.</p><p>Beta beta beta beta.</p></div>\
            <div><p>Gamma gamma gamma gamma.</p><p>Delta delta.</p></div></div>\
            <div class=promo>Subscribe now</div></body></html>";
        let t = text(html);
        assert!(t.contains("Alpha") && t.contains("Gamma"), "{t}");
        assert!(!t.contains("Subscribe") && !t.contains("One"), "{t}");
    }

    #[test]
    fn furniture_named_by_class_or_id_is_not_text() {
        let html = r#"<body><div id="cookie-consent"><p>We use cookies on this site to improve it.</p></div>
            <div class="site-menu"><a>Kuril Islands</a></div>
            <article><p>Drills were held on Iturup on Monday, officials said.</p>
            <div class="article__related"><a>Shikotan exiles mark 80 years</a></div>
            <p>Japan protested the drills on Tuesday through diplomatic channels.</p>
            <div class="article-tags"><a>Kunashir</a></div><p class="share">Share: X</p></article>
            <div class="sidebar-right"><a>Habomai story</a></div></body>"#;
        let t = text(html);
        assert_eq!(
            t,
            "Drills were held on Iturup on Monday, officials said.\n\n\
             Japan protested the drills on Tuesday through diplomatic channels."
        );
        // Comment threads: Bitrix's forum reviews, a discussion section.
        let comments = r#"<body><h1>Шторм на Шикотане</h1><div class="news-text"><p>Шторм на Шикотане.</p><p>Связи нет.</p></div>
            <div class="reviews-block-container reviews-reviews-block-container"><table class="reviews-post-table">
            <tr><td><div class="reviews-text">Опять Шикотан отрезан.</div></td></tr></table></div>
            <section class="discussion" id="discussion"><p>I was on Iturup in 2018.</p></section></body>"#;
        assert_eq!(
            text(comments),
            "Шторм на Шикотане\n\nШторм на Шикотане.\n\nСвязи нет."
        );
        // An article's classes may list its tags: it stays.
        let tagged =
            r#"<body><article class="post tags-kurils"><p>Text on Kunashir.</p></article></body>"#;
        assert_eq!(text(tagged), "Text on Kunashir.");
    }

    #[test]
    fn a_layout_wrapper_named_like_furniture_keeps_the_article() {
        // Layout classes such as "with-sidebar" wrap the whole story.
        let wrapped = r#"<body><div class="page with-sidebar"><div class="story">
            <p>Drills were held on Iturup on Monday, officials said.</p>
            <p>Japan protested the drills on Tuesday.</p></div>
            <div class="sidebar"><a>Habomai story</a></div></div></body>"#;
        assert_eq!(
            text(wrapped),
            "Drills were held on Iturup on Monday, officials said.\n\n\
             Japan protested the drills on Tuesday."
        );
        let headed = r#"<body><div id="menu-offset"><h1>Iturup drills</h1>
            <p>Drills were held on Iturup.</p></div></body>"#;
        assert_eq!(text(headed), "Iturup drills\n\nDrills were held on Iturup.");
    }

    #[test]
    fn related_boxes_by_label_and_blocks_of_links_are_furniture() {
        // Jetpack's related posts; a Bitrix "Читайте также" box with no class
        // that says so; a bracketed inline label; a list of links in <main>.
        let html = r#"<body><main><h1>Talks on Kunashir</h1>
            <div class="entry-content"><p>Talks on Kunashir went on for a day.</p>
            <p class="inline"><a href="/x">［あわせて読みたい］色丹島で港湾整備</a></p>
            <p>Delegates flew home from Yuzhno-Kurilsk.</p>
            <div id="jp-relatedposts" class="jp-relatedposts"><p>A winter on Iturup, with more text than links in it.</p></div></div>
            <div class="news-list-other"><div class="title">Читайте также:</div>
            <p><span>02.04.2024</span> <a href="/1">На Итурупе открыли аэровокзал</a></p></div>
            <div class="kanren"><h3>関連記事</h3><p>択捉島の話</p></div>
            <div class="module--list-items"><h2>New</h2><ul><li><a href="/a">Fire on Kunashir</a></li>
            <li><a href="/b">Typhoon nears Okinawa</a></li></ul></div></main></body>"#;
        assert_eq!(
            text(html),
            "Talks on Kunashir\n\nTalks on Kunashir went on for a day.\n\n\
             Delegates flew home from Yuzhno-Kurilsk."
        );
        // "Read more" as a link or after text is no box heading.
        let teaser = r#"<body><div class="list"><p>Drills on Iturup began. <a href="/1">Read more</a></p>
            <p>Talks on Kunashir ended. <b>See also:</b> <a href="/2">talks</a></p></div></body>"#;
        assert_eq!(
            text(teaser),
            "Drills on Iturup began. Read more\n\nTalks on Kunashir ended. See also: talks"
        );
        assert!(related_label("Читайте также:").is_some());
        assert!(related_label(" 関連記事 ").is_some());
        assert!(related_label("Другие материалы рубрики «Курилы»:").is_some());
        assert!(related_label("Related to the talks, Japan said").is_none());
        assert!(related_label("По теме переговоров").is_none());
        // A paragraph of two links in the text stays; so does a list whose
        // items are mostly text.
        let kept = r#"<body><article><h1>Statements</h1>
            <p><a href="/m">The ministry on Iturup</a> <a href="/k">The Kremlin on Kunashir</a></p>
            <ul><li>Drills on <a href="/i">Iturup</a> began in May and went on.</li>
            <li>Flights to <a href="/k">Kunashir</a> were cut in June for a week.</li></ul>
            </article></body>"#;
        assert_eq!(
            text(kept),
            "Statements\n\nThe ministry on Iturup The Kremlin on Kunashir\n\n\
             Drills on Iturup began in May and went on.\n\nFlights to Kunashir were cut in June for a week."
        );
    }

    #[test]
    fn a_dated_listing_under_the_headline_is_text() {
        // A press-release list: each link has its date; the links are the page's text.
        let html = r#"<body><div id="main"><h1>報道発表</h1><p>日露関係の報道発表です。</p>
            <dl><dt>令和7年3月14日</dt><dd><a href="/1">択捉島での演習に対する抗議</a></dd>
            <dt>令和7年1月30日</dt><dd><a href="/2">貝殻島周辺での漁船の拿捕</a></dd></dl></div>
            <div id="sub"><ul><li><a href="/h">北方領土問題</a></li><li><a href="/r">ロシア</a></li></ul></div></body>"#;
        assert_eq!(
            text(html),
            "報道発表\n\n日露関係の報道発表です。\n\n令和7年3月14日\n\n択捉島での演習に対する抗議\n\n\
             令和7年1月30日\n\n貝殻島周辺での漁船の拿捕"
        );
        // Dated links outside the headline's container stay furniture (a news feed
        // in a side column), as do undated links under it.
        let feed = r#"<body><div class="col"><h1>Drills on Iturup</h1><p>Drills began on Iturup on Monday.</p>
            <ul><li><a href="/a">Kunashir port</a></li><li><a href="/b">Shikotan plant</a></li></ul></div>
            <div class="col2"><ul><li><span>02.04.2024</span> <a href="/1">Habomai story</a></li>
            <li><span>01.04.2024</span> <a href="/2">Nemuro story</a></li></ul></div></body>"#;
        assert_eq!(
            text(feed),
            "Drills on Iturup\n\nDrills began on Iturup on Monday."
        );
        assert!(is_listing_date(" 02.04.2024 "));
        assert!(is_listing_date("March 14, 2025"));
        assert!(!is_listing_date(
            "Drills began on March 14, 2025 on Iturup."
        ));
        assert!(!is_listing_date("2024"));
    }

    #[test]
    fn camel_case_class_names_of_furniture() {
        assert!(is_furniture_name("ArticleRelated"));
        assert!(is_furniture_name("relatedNews box"));
        assert!(!is_furniture_name("ArticleText"));
        assert!(!is_furniture_name("RELATEDNESS"));
        let html = r#"<body><section class="ArticleMain"><h1>Talks</h1>
            <div class="ArticleText"><p>Talks on Kunashir went on.</p><p>More text here.</p></div>
            <div class="ArticleRelated"><p>Related</p><ul><li><a href="/a">Nemuro fishermen</a></li></ul></div>
            </section></body>"#;
        let text = extract(html).text;
        assert!(text.contains("Kunashir"), "{text}");
        assert!(!text.contains("Nemuro"), "{text}");
    }

    #[test]
    fn headline_outside_the_article_text_is_kept() {
        // An <article>'s own <header> is its headline and byline, not page furniture.
        let own_header = r#"<body><header><p>Site banner text long enough to be a paragraph.</p></header>
            <article><header><h1>Talks on Kunashir</h1><p>By A. Writer, Yuzhno-Kurilsk</p></header>
            <p>First paragraph about the island and its people.</p></article></body>"#;
        assert_eq!(
            text(own_header),
            "Talks on Kunashir\n\nBy A. Writer, Yuzhno-Kurilsk\n\n\
             First paragraph about the island and its people."
        );
        // Headline and byline in a block before the text's block: the block is taken with them.
        let block = r#"<body><div class="menu"><a>Home</a></div><div class="content">
            <h1>Drills on Iturup</h1><div class="byline">By B. Writer</div>
            <div class="body"><p>First paragraph about the drills on the island.</p>
            <p>Second paragraph about the protest from Tokyo.</p></div></div>
            <div class="more"><p>Unrelated story with a long enough text to count here.</p></div></body>"#;
        assert_eq!(
            text(block),
            "Drills on Iturup\n\nBy B. Writer\n\nFirst paragraph about the drills on the island.\n\n\
             Second paragraph about the protest from Tokyo."
        );
        // A page without layout (a print version): the text starts at the
        // headline, not at the masthead before it.
        let print = r#"<body><div class="logo">The Sakhalin Courier</div><hr>
            <figure><img src="k.jpg"><figcaption>Kelp boats off Nemuro.</figcaption></figure>
            <h1>Kelp season off Signalny</h1><div class="date">16 May 2023</div>
            <div class="text"><p>Fishermen from Nemuro set out on Monday.</p>
            <p>The season lasts until September.</p></div></body>"#;
        assert_eq!(
            text(print),
            "Kelp boats off Nemuro.\n\nKelp season off Signalny\n\n16 May 2023\n\nFishermen from Nemuro set out on Monday.\n\n\
             The season lasts until September."
        );
    }

    #[test]
    fn headline_without_h1_is_the_element_showing_the_title() {
        // The headline in a <div>, the <title> with the site's name appended.
        let div = r#"<html><head><title>Tourists flock to Kunashir - Island News</title></head>
            <body><div class="logo">Island News</div>
            <div class="item"><div class="news-title">Tourists flock to Kunashir</div>
            <div class="date">25.06.2024</div>
            <div class="text">The first cruise ship of the year reached Yuzhno-Kurilsk.<br><br>
            Visitors will climb Mount Tyatya and sail on to Iturup later.<br><br>
            A hotel with sixty rooms is planned in Kurilsk for the next summer.</div></div>
            <div class="other"><a href="/1">Other story</a></div></body></html>"#;
        assert_eq!(
            text(div),
            "Tourists flock to Kunashir\n\n25.06.2024\n\n\
             The first cruise ship of the year reached Yuzhno-Kurilsk.\n\n\
             Visitors will climb Mount Tyatya and sail on to Iturup later.\n\n\
             A hotel with sixty rooms is planned in Kurilsk for the next summer."
        );
        // og:title wins over a different <title>; site name first in the title.
        assert!(shows_title("Drills on Iturup", "Drills on Iturup"));
        assert!(shows_title(
            "Drills on Iturup",
            "Drills on Iturup — Island News"
        ));
        assert!(shows_title(
            "Drills on Iturup",
            "Island News | Drills on Iturup"
        ));
        // A logo or a word that starts the title is not the headline.
        assert!(!shows_title("Island", "Island News | Drills on Iturup"));
        assert!(!shows_title("Drills", "Drills on Iturup"));
        assert!(!shows_title(
            "Drills on It",
            "Drills on Iturup and Kunashir"
        ));
        // A page whose title is nowhere in its body keeps its text as it was.
        let none = r#"<html><head><title>Something else</title></head><body>
            <div class="text"><p>The first cruise ship of the year reached Yuzhno-Kurilsk.</p></div>
            </body></html>"#;
        assert_eq!(
            text(none),
            "The first cruise ship of the year reached Yuzhno-Kurilsk."
        );
    }

    #[test]
    fn page_without_paragraphs_takes_its_densest_block() {
        let html = r#"<body><div class="top"><a href="/">Home</a> <a href="/w">World</a> <a>Kurils</a></div>
            <div class="story"><h1>Quake off the Kurils</h1>
            <div class="text">A strong earthquake struck off the Kuril Islands on Tuesday morning.</div>
            <ul><li>12:40 No damage on Kunashir and Shikotan, officials said.</li>
            <li>10:05 The quake was centred 120 km east of Iturup.</li></ul></div>
            <div class="bottom">© 2024 News agency. All rights reserved.</div></body>"#;
        let t = text(html);
        assert!(
            t.starts_with("Quake off the Kurils\n\nA strong earthquake"),
            "{t}"
        );
        assert!(t.ends_with("east of Iturup."), "{t}");
        assert!(!t.contains("World") && !t.contains("rights"), "{t}");
    }

    #[test]
    fn breaks_lists_and_pre() {
        let t =
            text("<body><p>a<br>b</p><ul><li>one</li><li>two</li></ul><pre>x\n  y</pre></body>");
        assert_eq!(t, "a\nb\n\none\n\ntwo\n\nx\ny");
    }

    #[test]
    fn hidden_and_scripts_are_not_text() {
        let t = text("<body><p>Visible</p><p hidden>secret</p><div aria-hidden=true>x</div><script>alert(1)</script><noscript>enable js</noscript></body>");
        assert_eq!(t, "Visible");
    }

    #[test]
    fn article_body_of_json_ld_when_the_page_has_no_text() {
        let shell = r#"<html><head><title>Boat turned back off Habomai | Herald</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Boat turned back off Habomai",
            "articleBody":"NEMURO - A boat turned back on Monday.\nVisits to Kunashir stay suspended."}</script>
            </head><body><div id="root"><div class="loading">Loading…</div></div>
            <noscript>Enable JavaScript.</noscript></body></html>"#;
        assert_eq!(
            text(shell),
            "Boat turned back off Habomai\n\nNEMURO - A boat turned back on Monday.\n\n\
             Visits to Kunashir stay suspended."
        );
        // HTML in articleBody is read as HTML.
        let html_body = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "articleBody":"<p>Drills on <b>Iturup</b> began.</p><p>Tokyo protested.</p>"}</script>
            </head><body><p>Short teaser.</p></body></html>"#;
        assert_eq!(
            text(html_body),
            "Drills on Iturup began.\n\nTokyo protested."
        );
        // A page that shows the article keeps its own text (captions and all).
        let full = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "articleBody":"Drills on Iturup began on Monday."}</script></head><body>
            <article><h1>Drills</h1><p>Drills on Iturup began on Monday.</p>
            <figure><figcaption>Troops on Iturup.</figcaption></figure></article></body></html>"#;
        assert_eq!(
            text(full),
            "Drills\n\nDrills on Iturup began on Monday.\n\nTroops on Iturup."
        );
    }

    #[test]
    fn ruby_readings_are_not_text() {
        let html = r#"<html><head><title>x</title></head><body>
            <h1><ruby>国後<rt>くなしり</rt></ruby>島の話</h1>
            <p>ロシアは<ruby>択<rt>えと</rt>捉<rt>ろふ</rt></ruby><ruby>島<rp>(</rp><rt>とう</rt><rp>)</rp></ruby>で演習を行った。</p></body></html>"#;
        assert_eq!(text(html), "国後島の話\n\nロシアは択捉島で演習を行った。");
        assert_eq!(extract(html).title.as_deref(), Some("国後島の話"));
    }

    #[test]
    fn nesting_estimate_and_flatten() {
        assert_eq!(
            nesting_estimate("<html><body><div><p>a<p>b<br></div><div><span>x</span></div>"),
            2
        );
        assert_eq!(nesting_estimate(&"<div>".repeat(50)), 50);
        let flat = flatten(
            "<title>T</title><div><span>a</span><script>x</script><b>b</b></div><!-- c -->d",
        );
        assert_eq!(flat, "<title>T</title><p> a  b <p>d");
    }

    #[test]
    fn inline_styles_that_hide_are_not_text() {
        let html = "<body><p>Kunashir</p><div style=\"color:red; DISPLAY :none\">gone</div>\
                    <span style='visibility:hidden'>gone</span><p style='display:block'>Iturup</p></body>";
        assert_eq!(text(html), "Kunashir\n\nIturup");
        assert!(!hides("display:block;--x:display:none"));
    }

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
