//! Page furniture: what a page holds besides its article, left out of its
//! text.
//!
//! Some elements are furniture by what they are: navigation, headers and
//! footers (but an article's own header and footer), forms, scripts and media
//! ([`SKIP`]), ARIA landmarks ([`SKIP_ROLES`]) and hidden elements (`hidden`,
//! `aria-hidden`, an inline style that hides them). Others are found in one
//! pass over the page ([`Furniture::of`]): elements that a `class` or `id`
//! names as furniture (related stories, share bars, cookie banners, comments:
//! [`FURNITURE_WORDS`]), related-story boxes by their heading
//! ([`RELATED_LABELS`]) and blocks of links; an element that wraps the
//! article's text never is, nor is the article's own tags line ("Tags:
//! Bajo de Masinloc, BFAR", «Теги: Итуруп»: readers see it as the article's).
//! A related-story box is furniture inside the article too: its headlines are
//! other articles' news, not this one's.

use std::collections::HashSet;

use ego_tree::{NodeId, NodeRef};
use scraper::Node;

use super::{element_name, walk, Step};

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
pub(super) struct Furniture(HashSet<NodeId>);

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
    /// Finds the furniture of the page at `root`.
    pub(super) fn of(root: NodeRef<'_, Node>) -> Furniture {
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
                    let names: Vec<&str> =
                        ["class", "id"].iter().filter_map(|a| e.attr(a)).collect();
                    if names.iter().any(|n| is_furniture_name(n)) {
                        // An article's own tags line is its text ("Tags: Bajo de
                        // Masinloc, BFAR", «Теги: Итуруп, Курилы»), as readers see it.
                        if !(names.iter().all(|n| !is_furniture_name(n) || names_tags(n))
                            && in_article_body(&node))
                        {
                            named.push((node.id(), Reason::Named, counts));
                        }
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

    /// Whether the subtree at `node` is furniture to leave out.
    pub(super) fn skips(&self, node: &NodeRef<'_, Node>) -> bool {
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
            // An <article>'s own <header> holds its headline and byline, its own
            // <footer> its tags line (what else a footer holds, share bars and
            // related links, is furniture by its class or its links).
            return !(matches!(e.name(), "header" | "footer") && in_article(node));
        }
        if self.0.contains(&node.id()) {
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
}

/// The words of a `class` or `id` value that are [`FURNITURE_WORDS`]. Words
/// are split at spaces, `-`, `_` and camel case (`ArticleRelated`).
fn furniture_words(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .flat_map(camel_case_words)
        .filter(|w| FURNITURE_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f)))
}

/// Whether a `class` or `id` value names page furniture (see [`FURNITURE_WORDS`]).
fn is_furniture_name(value: &str) -> bool {
    furniture_words(value).next().is_some()
}

/// Whether a `class` or `id` value that names furniture names a tags line only
/// (`tags`, `article__tags`, `jt-tags`): no other word of [`FURNITURE_WORDS`].
fn names_tags(value: &str) -> bool {
    furniture_words(value).all(|w| w.eq_ignore_ascii_case("tags"))
}

/// Whether `node` is inside an `<article>` or the element that
/// `itemprop="articleBody"` marks.
fn in_article_body(node: &NodeRef<'_, Node>) -> bool {
    node.ancestors().any(|a| match a.value() {
        Node::Element(e) => {
            e.name() == "article"
                || e.attr("itemprop")
                    .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
        }
        _ => false,
    })
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

#[cfg(test)]
mod tests {
    use super::super::{cleaned_text as text, extract};
    use super::*;

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
    fn furniture_named_by_class_or_id_is_not_text() {
        let html = r#"<body><div id="cookie-consent"><p>We use cookies on this site to improve it.</p></div>
            <div class="site-menu"><a>Kuril Islands</a></div>
            <article><p>Drills were held on Iturup on Monday, officials said.</p>
            <div class="article__related"><a>Shikotan exiles mark 80 years</a></div>
            <p>Japan protested the drills on Tuesday through diplomatic channels.</p>
            <p class="share">Share: X</p></article>
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
    fn an_articles_own_tags_line_is_text() {
        // In the article (its footer too) a tags line is read as a line of its
        // own; the footer's share bar and a tags list outside the article are not.
        let html = r#"<body><article><p>Ships stayed near the Senkakus on Sunday.</p>
            <footer class="entry-footer"><p class="jt-tags">KEYWORDS: <a>China</a>, <a>Senkaku Islands</a></p>
            <div class="share-bar"><a>X</a> <a>Facebook</a></div></footer></article>
            <div class="tags"><a>Kunashir</a> <a>Iturup</a></div></body>"#;
        assert_eq!(
            text(html),
            "Ships stayed near the Senkakus on Sunday.\n\nKEYWORDS: China, Senkaku Islands"
        );
        // A box named both as tags and as related stories is furniture still.
        let related = r#"<body><article><p>Ships stayed near the Senkakus on Sunday.</p>
            <div class="related-tags"><a>Kunashir story</a></div></article></body>"#;
        assert_eq!(text(related), "Ships stayed near the Senkakus on Sunday.");
    }

    #[test]
    fn related_stories_inside_the_article_are_furniture() {
        // Named by its class or by its heading, between the paragraphs or at
        // the end: other articles' headlines, not this one's text.
        let html = r#"<body><article><p>Drills were held on Iturup on Monday.</p>
            <div class="article__related-inline"><p>【関連】<a>色丹島で港湾整備</a></p></div>
            <div class="doc__read-also"><p><b>Читайте также</b></p>
            <ul><li><a>Премьер долетел до Итурупа</a></li><li><a>Совместная деятельность на южных Курилах</a></li></ul></div>
            <p>Japan protested on Tuesday.</p></article></body>"#;
        assert_eq!(
            text(html),
            "Drills were held on Iturup on Monday.\n\nJapan protested on Tuesday."
        );
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
    fn hidden_and_scripts_are_not_text() {
        let t = text("<body><p>Visible</p><p hidden>secret</p><div aria-hidden=true>x</div><script>alert(1)</script><noscript>enable js</noscript></body>");
        assert_eq!(t, "Visible");
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
    fn inline_styles_that_hide_are_not_text() {
        let html = "<body><p>Kunashir</p><div style=\"color:red; DISPLAY :none\">gone</div>\
                    <span style='visibility:hidden'>gone</span><p style='display:block'>Iturup</p></body>";
        assert_eq!(text(html), "Kunashir\n\nIturup");
        assert!(!hides("display:block;--x:display:none"));
    }
}
