//! Pages nested too deeply to parse as they are.
//!
//! html5ever's tree building takes time quadratic in the depth of nesting, so
//! a page whose tags nest deeper than [`MAX_DEPTH`] (by a cheap scan of its
//! tags, [`nesting_estimate`]) is flattened before it is parsed
//! ([`flatten`]): block tags become `<p>`, the tags metadata comes from stay,
//! and every other tag goes.

use std::borrow::Cow;

use super::content::BLOCK;

/// Above this estimated element nesting the page is flattened before parsing
/// (html5ever's tree building is quadratic in the nesting depth).
const MAX_DEPTH: usize = 1024;

/// Void elements and elements whose end tag may be omitted: they do not nest.
const NON_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body", "!doctype",
];

/// `html` as it is, or flattened (see [`flatten`]) when its tags nest deeper
/// than [`MAX_DEPTH`].
pub(super) fn without_deep_nesting(html: &str) -> Cow<'_, str> {
    if nesting_estimate(html) > MAX_DEPTH {
        Cow::Owned(flatten(html))
    } else {
        Cow::Borrowed(html)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
