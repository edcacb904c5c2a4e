//! Content extraction: which element of a page holds its article, and the
//! article's text laid out in paragraphs.
//!
//! With the furniture left out, the text of every element is measured
//! ([`text_sizes`]). The article's element is the `<article>` or `<main>` with
//! a quarter of the page's text, else the element whose paragraphs hold the
//! most text, else the densest block ([`content_root`]). The page's headline
//! is added when that element leaves it out ([`with_headline`]); the text is
//! laid out with a blank line between blocks ([`text_from`]); and a JSON-LD
//! `articleBody` takes its place when the page shows less than half of it
//! ([`json_ld_text`]).

use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};

use super::furniture::Furniture;
use super::{element_name, parse, walk, Step, RAW_CAP};
use crate::ingest::clean::clean_line;

/// Elements that start a new paragraph.
pub(super) const BLOCK: &[&str] = &[
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

/// The article's text in the page at `root`, whose titles are `titles`: its
/// element (see [`content_root`]) with the headline (see [`with_headline`]),
/// or the whole page's text when that element holds none.
pub(super) fn article_text(
    root: NodeRef<'_, Node>,
    furniture: &Furniture,
    titles: &[&str],
) -> String {
    let page = Page {
        root,
        furniture,
        sizes: text_sizes(root, furniture),
        titles,
    };
    let body = with_headline(&page, content_root(&page));
    let mut text = match body.headline {
        Some(h1) => format!(
            "{}\n\n{}",
            text_of(h1, furniture),
            text_of(body.node, furniture)
        ),
        None => text_from(body.node, body.from, furniture),
    };
    let body = body.node;
    if text.trim().is_empty() && body.id() != root.id() {
        text = text_of(root, furniture);
    }
    text
}

/// The article's text from a JSON-LD `articleBody`, when the page's own text
/// holds less than half of it (an app shell that renders the article with
/// scripts, a page cut short by a paywall): the headline (`title`) and the
/// body, each line of which is a paragraph. A body that is HTML is read as
/// HTML. `None` when the page's text is the better one.
pub(super) fn json_ld_text(body: &str, page_text: &str, title: Option<&str>) -> Option<String> {
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

/// A page read for its article: its tree, its furniture, the text size of
/// every element that holds text (see [`text_sizes`]) and its titles (from its
/// metadata).
struct Page<'a> {
    root: NodeRef<'a, Node>,
    furniture: &'a Furniture,
    sizes: HashMap<NodeId, Size>,
    titles: &'a [&'a str],
}

/// The text size of every element of the subtree at `root` that holds text.
fn text_sizes(root: NodeRef<'_, Node>, furniture: &Furniture) -> HashMap<NodeId, Size> {
    let mut sizes = HashMap::new();
    // Open elements: (all, plain) text so far.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut links = 0usize;
    walk(root, |step| match step {
        Step::Open(node) => {
            if furniture.skips(&node) {
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
fn with_headline<'a>(page: &Page<'a>, body: NodeRef<'a, Node>) -> Body<'a> {
    let (root, furniture, sizes) = (page.root, page.furniture, &page.sizes);
    let mut h1 = None;
    walk(root, |step| {
        let Step::Open(node) = step else {
            return true;
        };
        if h1.is_some() || furniture.skips(&node) {
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
    let Some(h1) = h1.or_else(|| title_element(page, body)) else {
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
fn title_element<'a>(page: &Page<'a>, body: NodeRef<'a, Node>) -> Option<NodeRef<'a, Node>> {
    let (root, furniture, sizes) = (page.root, page.furniture, &page.sizes);
    let titles: Vec<&str> = page
        .titles
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
        if furniture.skips(&node) {
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
fn content_root<'a>(page: &Page<'a>) -> NodeRef<'a, Node> {
    let (root, furniture) = (page.root, page.furniture);
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
            if furniture.skips(&node) {
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
        return densest(page);
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
fn densest<'a>(page: &Page<'a>) -> NodeRef<'a, Node> {
    let (root, sizes) = (page.root, &page.sizes);
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
            if out.len() > RAW_CAP || (node.id() != root.id() && furniture.skips(&node)) {
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
    use super::super::cleaned_text as text;
    use super::*;

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
}
