//! Page metadata: the title, publication date and source a page states, and
//! the article text its JSON-LD holds.
//!
//! Read in one walk from `<meta>` tags (`og:*`, `article:*`, `twitter:*`,
//! Dublin Core and the like), `<title>`, the first `<h1>`, `<time>` and
//! JSON-LD blocks. Every value found is kept with a priority, and the lowest
//! number wins: for dates `article:published_time`, then `og:published_time`,
//! then the other date tags, JSON-LD's `datePublished`, `<time pubdate>`, any
//! `<time>`; for titles `og:title`, then `twitter:title`, JSON-LD's
//! `headline`, the first `<h1>`, `<title>`; for the source `og:site_name`,
//! then JSON-LD's publisher, `application-name`, `author`.

use std::collections::VecDeque;

use chrono::NaiveDate;
use ego_tree::NodeRef;
use scraper::{Html, Node};

use super::{element_name, walk, Step, RAW_CAP};
use crate::ingest::clean::clean_line;
use crate::ingest::date::parse_meta_date;
use crate::text::floor_char_boundary;

/// How many JSON values of JSON-LD blocks are looked at, at most.
const JSON_NODES: usize = 20_000;

/// Text content of an element (for titles), bounded.
fn short_text(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    walk(node, |step| {
        let Step::Open(n) = step else {
            return true;
        };
        if s.len() > 4096 {
            return false;
        }
        if let Node::Text(t) = n.value() {
            s.push_str(t);
        }
        !matches!(
            element_name(&n),
            Some("script" | "style" | "template" | "rt" | "rp")
        )
    });
    s
}

/// Metadata gathered from `<meta>`, `<title>`, `<h1>`, `<time>` and JSON-LD.
#[derive(Default)]
pub(super) struct Meta {
    /// (priority, value): lower priority wins.
    title: Vec<(u8, String)>,
    source: Vec<(u8, String)>,
    /// The page's own address: canonical link, `og:url`, JSON-LD `url`.
    address: Vec<(u8, String)>,
    published: Vec<(u8, NaiveDate)>,
    /// The first JSON-LD `articleBody` (capped at [`RAW_CAP`] bytes).
    article_body: Option<String>,
}

impl Meta {
    /// Gathers the metadata of the page `doc`.
    pub(super) fn collect(doc: &Html) -> Meta {
        let mut meta = Meta::default();
        let mut h1_done = false;
        let mut title_done = false;
        let mut time_done = false;
        let root = doc.tree.root();
        walk(root, |step| {
            let Step::Open(node) = step else {
                return true;
            };
            let Node::Element(e) = node.value() else {
                return true;
            };
            match e.name() {
                "meta" => meta.meta_tag(e),
                "link" => {
                    let canonical = e.attr("rel").is_some_and(|rel| {
                        rel.split_ascii_whitespace()
                            .any(|r| r.eq_ignore_ascii_case("canonical"))
                    });
                    if canonical {
                        meta.add_address(0, e.attr("href").unwrap_or(""));
                    }
                }
                "title" if !title_done => {
                    title_done = true;
                    meta.add_title(4, &short_text(node));
                }
                "h1" if !h1_done => {
                    h1_done = true;
                    meta.add_title(3, &short_text(node));
                }
                "time" if !time_done => {
                    if let Some(d) = e.attr("datetime").and_then(parse_meta_date) {
                        let preferred = e.attr("pubdate").is_some()
                            || e.attr("itemprop")
                                .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
                        meta.published.push((if preferred { 4 } else { 5 }, d));
                        time_done = preferred;
                    }
                }
                "script" => {
                    if e.attr("type")
                        .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
                    {
                        meta.json_ld(&short_script(node));
                    }
                    return false;
                }
                _ => {}
            }
            true
        });
        meta
    }

    fn add_title(&mut self, prio: u8, raw: &str) {
        if let Some(t) = clean_line(raw) {
            self.title.push((prio, t));
        }
    }

    fn meta_tag(&mut self, e: &scraper::node::Element) {
        let Some(content) = e.attr("content") else {
            return;
        };
        let key = e
            .attr("property")
            .or_else(|| e.attr("name"))
            .or_else(|| e.attr("itemprop"))
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match key.as_str() {
            "article:published_time" => self.add_date(0, content),
            "og:published_time" | "og:article:published_time" | "datepublished" => {
                self.add_date(1, content)
            }
            "pubdate"
            | "publishdate"
            | "publish-date"
            | "publish_date"
            | "publication_date"
            | "date"
            | "dc.date"
            | "dc.date.issued"
            | "dcterms.date"
            | "dcterms.issued"
            | "dcterms.created"
            | "sailthru.date"
            | "parsely-pub-date"
            | "citation_publication_date"
            | "citation_date"
            | "article.published" => self.add_date(2, content),
            "og:title" => self.add_title(0, content),
            "twitter:title" => self.add_title(1, content),
            "og:site_name" => self.add_source(0, content),
            "og:url" => self.add_address(1, content),
            "application-name" => self.add_source(2, content),
            "author" | "dc.creator" => self.add_source(3, content),
            _ => {}
        }
    }

    fn add_date(&mut self, prio: u8, value: &str) {
        if let Some(d) = parse_meta_date(value) {
            self.published.push((prio, d));
        }
    }

    fn add_address(&mut self, prio: u8, value: &str) {
        if let Some(address) = web_address(value) {
            self.address.push((prio, address));
        }
    }

    fn add_source(&mut self, prio: u8, value: &str) {
        if let Some(s) = clean_line(value) {
            self.source.push((prio, s));
        }
    }

    /// `datePublished`, `headline`, `articleBody` and `publisher.name` from a JSON-LD block,
    /// looked for breadth-first (so the top-level object wins over nested
    /// ones) through `@graph` and arrays.
    fn json_ld(&mut self, raw: &str) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
            return;
        };
        let mut queue = VecDeque::from([&value]);
        let mut seen = 0usize;
        let (mut date, mut headline, mut publisher, mut url) = (false, false, false, false);
        let mut body = self.article_body.is_some();
        while let Some(v) = queue.pop_front() {
            seen += 1;
            if seen > JSON_NODES {
                break;
            }
            match v {
                serde_json::Value::Array(items) => queue.extend(items),
                serde_json::Value::Object(map) => {
                    if !date {
                        if let Some(d) = map
                            .get("datePublished")
                            .and_then(|d| d.as_str())
                            .and_then(parse_meta_date)
                        {
                            self.published.push((3, d));
                            date = true;
                        }
                    }
                    if !headline {
                        if let Some(h) = map.get("headline").and_then(|h| h.as_str()) {
                            self.add_title(2, h);
                            headline = true;
                        }
                    }
                    if !body {
                        if let Some(text) = map.get("articleBody").and_then(|b| b.as_str()) {
                            let end = floor_char_boundary(text, RAW_CAP);
                            self.article_body = Some(text[..end].to_string());
                            body = true;
                        }
                    }
                    if !url {
                        if let Some(address) = map.get("url").and_then(|u| u.as_str()) {
                            self.add_address(2, address);
                            url = true;
                        }
                    }
                    if !publisher {
                        if let Some(name) = map
                            .get("publisher")
                            .and_then(|p| p.get("name").or(Some(p)))
                            .and_then(|n| n.as_str())
                        {
                            self.add_source(1, name);
                            publisher = true;
                        }
                    }
                    queue.extend(map.values().filter(|v| v.is_array() || v.is_object()));
                }
                _ => {}
            }
        }
    }

    /// Every title the page states, in the order they were found.
    pub(super) fn titles(&self) -> impl Iterator<Item = &str> {
        self.title.iter().map(|(_, t)| t.as_str())
    }

    /// The first JSON-LD `articleBody` of the page, if any.
    pub(super) fn article_body(&self) -> Option<&str> {
        self.article_body.as_deref()
    }

    /// The best of the page's titles.
    pub(super) fn title(&self) -> Option<String> {
        best(&self.title).cloned()
    }

    /// The page's own address, the best the page states (canonical link,
    /// `og:url`, JSON-LD `url`).
    pub(super) fn address(&self) -> Option<String> {
        best(&self.address).cloned()
    }

    /// The best of the page's sources (site name, publisher, author).
    pub(super) fn source(&self) -> Option<String> {
        best(&self.source).cloned()
    }

    /// The best of the page's publication dates.
    pub(super) fn published(&self) -> Option<NaiveDate> {
        best(&self.published).copied()
    }
}

/// The value with the lowest priority number (the first of equals).
/// `value` if it is a whole web address (`http` or `https`, no spaces or
/// control characters, at most [`MAX_ADDRESS_BYTES`]): the only addresses kept,
/// so that nothing else (`javascript:`, `data:`, a relative path) is ever
/// offered as where an article came from.
pub(crate) fn web_address(value: &str) -> Option<String> {
    let value = value.trim();
    let scheme_ok = ["http://", "https://"].iter().any(|scheme| {
        value
            .get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
            && value.len() > scheme.len()
    });
    let clean = !value.chars().any(|c| c.is_whitespace() || c.is_control());
    (scheme_ok && clean && value.len() <= MAX_ADDRESS_BYTES).then(|| value.to_string())
}

/// The longest web address kept.
const MAX_ADDRESS_BYTES: usize = 2_048;

fn best<T>(items: &[(u8, T)]) -> Option<&T> {
    items.iter().min_by_key(|(p, _)| *p).map(|(_, v)| v)
}

/// The raw content of a `<script>` element (at most 1 MB).
fn short_script(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for child in node.children() {
        if let Node::Text(t) = child.value() {
            if s.len() + t.len() > 1024 * 1024 {
                break;
            }
            s.push_str(t);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    #[test]
    fn metadata() {
        let html = r#"<html><head>
            <meta property="og:title" content="OG title">
            <meta property="og:site_name" content="Example News">
            <meta name="DC.date" content="2015-09-20">
            <meta property="article:published_time" content="2015-09-21T09:00:00+09:00">
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2014-01-01"}]}</script>
            </head><body><h1>H1 title</h1><time datetime="2013-05-05">x</time><p>Body text.</p></body></html>"#;
        let e = extract(html);
        assert_eq!(e.title.as_deref(), Some("OG title"));
        assert_eq!(e.source.as_deref(), Some("Example News"));
        assert_eq!(e.published, NaiveDate::from_ymd_opt(2015, 9, 21));
        assert_eq!(e.address, None);
    }

    #[test]
    fn the_page_s_own_address() {
        let page = |head: &str| {
            extract(&format!(
                "<html><head>{head}</head><body><p>t</p></body></html>"
            ))
        };
        let canonical = r#"<meta property="og:url" content="https://example.org/og">
            <link rel="canonical" href="https://example.org/news/1">"#;
        assert_eq!(
            page(canonical).address.as_deref(),
            Some("https://example.org/news/1")
        );
        let og = r#"<meta property="og:url" content=" https://example.org/og ">"#;
        assert_eq!(page(og).address.as_deref(), Some("https://example.org/og"));
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","url":"http://example.org/ld"}</script>"#;
        assert_eq!(page(ld).address.as_deref(), Some("http://example.org/ld"));
        for hostile in [
            r#"<link rel="canonical" href="javascript:alert(1)">"#,
            r#"<link rel="canonical" href="/relative/path">"#,
            r#"<meta property="og:url" content="https://example.org/a b">"#,
            r#"<meta property="og:url" content="data:text/html,x">"#,
            r#"<meta property="og:url" content="https://">"#,
        ] {
            assert_eq!(page(hostile).address, None, "{hostile}");
        }
    }

    #[test]
    fn date_fallbacks() {
        let ld = r#"<html><head><script type="application/ld+json">[{"@type":"Thing"},{"@graph":[{"datePublished":"2016-12-15T10:00:00Z","publisher":{"name":"Pub"}}]}]</script></head><body><time datetime="2013-05-05">x</time><p>t</p></body></html>"#;
        let e = extract(ld);
        assert_eq!(e.published, NaiveDate::from_ymd_opt(2016, 12, 15));
        assert_eq!(e.source.as_deref(), Some("Pub"));
        let time = r#"<html><body><p>t <time datetime="2013-05-05">May</time></p></body></html>"#;
        assert_eq!(extract(time).published, NaiveDate::from_ymd_opt(2013, 5, 5));
        let bad = r#"<script type="application/ld+json">{not json</script><p>x</p>"#;
        assert_eq!(extract(bad).published, None);
    }

    #[test]
    fn title_falls_back_to_title_element() {
        let e = extract(
            "<html><head><title> Plain\n title </title></head><body><p>x</p></body></html>",
        );
        assert_eq!(e.title.as_deref(), Some("Plain title"));
    }
}
