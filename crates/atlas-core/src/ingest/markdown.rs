//! Markdown: optional front matter (`---` YAML-ish or `+++` TOML-ish) with
//! `title`, `date`/`published` and `source`/`author`/`url`, and the body
//! rendered to plain text with pulldown-cmark (no markup, raw HTML dropped).

use chrono::NaiveDate;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::clean::clean_line;
use super::date::parse_meta_date;
use super::Extracted;

/// Front matter is only looked for in the first this many lines.
const FRONT_MATTER_LINES: usize = 200;

/// Stop collecting raw text after this many bytes.
const RAW_CAP: usize = 2 * super::MAX_TEXT_BYTES;

/// Reads a Markdown document.
pub(crate) fn extract(text: &str) -> Extracted {
    let (front, body) = split_front_matter(text);
    let (rendered, heading) = render(body);
    let mut out = Extracted {
        text: rendered,
        title: heading,
        ..Extracted::default()
    };
    if let Some(front) = front {
        let fm = FrontMatter::parse(front);
        out.title = fm.title.or(out.title);
        out.published = fm.published;
        out.source = fm.source;
    }
    out
}

/// Splits off front matter delimited by `---` (or `+++`) lines at the very
/// start. Without a closing delimiter there is no front matter.
fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let t = text.trim_start_matches('\u{FEFF}');
    let first_end = t.find('\n').unwrap_or(t.len());
    let delim = t[..first_end].trim_end();
    if delim != "---" && delim != "+++" {
        return (None, text);
    }
    let mut offset = (first_end + 1).min(t.len());
    for _ in 0..FRONT_MATTER_LINES {
        if offset >= t.len() {
            break;
        }
        let end = t[offset..].find('\n').map_or(t.len(), |i| offset + i);
        let line = t[offset..end].trim_end();
        if line == delim || (delim == "---" && line == "...") {
            let front = &t[first_end + 1..offset];
            let body = &t[(end + 1).min(t.len())..];
            return (Some(front), body);
        }
        offset = end + 1;
    }
    (None, text)
}

#[derive(Default)]
struct FrontMatter {
    title: Option<String>,
    published: Option<NaiveDate>,
    source: Option<String>,
}

impl FrontMatter {
    /// Reads flat `key: value` (or `key = value`) lines; nested YAML is ignored.
    fn parse(front: &str) -> FrontMatter {
        let mut fm = FrontMatter::default();
        let mut source_rank = usize::MAX;
        for line in front.lines() {
            if line.starts_with([' ', '\t', '-', '#']) {
                continue;
            }
            let Some((key, value)) = line.split_once(':').or_else(|| line.split_once('=')) else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = unquote(value.trim());
            if value.is_empty() {
                continue;
            }
            match key.as_str() {
                "title" => fm.title = fm.title.or_else(|| clean_line(value)),
                "date" | "published" | "pubdate" | "publishdate" | "published_at" => {
                    fm.published = fm.published.or_else(|| parse_meta_date(value));
                }
                "source" | "author" | "url" => {
                    let rank = ["source", "author", "url"]
                        .iter()
                        .position(|k| *k == key)
                        .unwrap_or(3);
                    if rank < source_rank {
                        if let Some(v) = clean_line(value) {
                            fm.source = Some(v);
                            source_rank = rank;
                        }
                    }
                }
                _ => {}
            }
        }
        fm
    }
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// Renders Markdown to plain text; also returns the first level-1 heading.
fn render(body: &str) -> (String, Option<String>) {
    let mut out = String::new();
    let mut heading: Option<String> = None;
    let mut in_h1: Option<String> = None;
    let mut image_depth = 0usize;
    let opts = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(body, opts) {
        if out.len() > RAW_CAP {
            break;
        }
        match event {
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            _ if image_depth > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => {
                out.push_str("\n\n");
                if level == pulldown_cmark::HeadingLevel::H1 && heading.is_none() {
                    in_h1 = Some(String::new());
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                out.push_str("\n\n");
                if let Some(h) = in_h1.take() {
                    heading = clean_line(&h);
                }
            }
            Event::Start(
                Tag::Paragraph
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::Item
                | Tag::Table(_)
                | Tag::FootnoteDefinition(_),
            ) => out.push_str("\n\n"),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::Item
                | TagEnd::Table
                | TagEnd::FootnoteDefinition,
            ) => out.push_str("\n\n"),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => out.push('\n'),
            Event::End(TagEnd::TableCell) => out.push(' '),
            Event::Text(t) | Event::Code(t) => {
                out.push_str(&t);
                if let Some(h) = in_h1.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Rule => out.push_str("\n\n"),
            // Raw HTML is not rendered and not interpreted.
            _ => {}
        }
    }
    (out, heading)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::clean::clean_text;

    #[test]
    fn front_matter_and_body() {
        let md = "---\ntitle: \"Kunashir talks\"\ndate: 2015-09-21\nauthor: Jane Roe\nurl: https://example.org/a\ntags:\n  - kurils\n---\n# Heading\n\nSome *emphasis* and a [link](https://x.y).\nSecond line.\n\n> quoted\n\n- item one\n- item two\n\n![alt text](img.png)\n\n<div>raw html</div>\n\n`code`";
        let e = extract(md);
        assert_eq!(e.title.as_deref(), Some("Kunashir talks"));
        assert_eq!(e.published, NaiveDate::from_ymd_opt(2015, 9, 21));
        assert_eq!(e.source.as_deref(), Some("Jane Roe"));
        assert_eq!(
            clean_text(&e.text),
            "Heading\n\nSome emphasis and a link. Second line.\n\nquoted\n\nitem one\n\nitem two\n\ncode"
        );
    }

    #[test]
    fn heading_is_the_title_without_front_matter() {
        let e = extract("Intro\n\n# The Title\n\ntext");
        assert_eq!(e.title.as_deref(), Some("The Title"));
        assert_eq!(e.published, None);
    }

    #[test]
    fn unclosed_front_matter_is_text() {
        let (fm, body) = split_front_matter("---\ntitle: x\nno end");
        assert!(fm.is_none());
        assert!(body.starts_with("---"));
        let (fm, body) = split_front_matter("+++\ntitle = 'T'\n+++\nbody");
        assert_eq!(fm, Some("title = 'T'\n"));
        assert_eq!(body, "body");
        assert_eq!(
            FrontMatter::parse("title = 'T'").title.as_deref(),
            Some("T")
        );
    }

    #[test]
    fn tables_and_deep_quotes() {
        let e = extract("|a|b|\n|-|-|\n|1|2|\n");
        assert_eq!(clean_text(&e.text), "a b\n1 2");
        let deep = format!("{}Kunashir", ">".repeat(5000));
        assert!(clean_text(&extract(&deep).text).contains("Kunashir"));
    }
}
