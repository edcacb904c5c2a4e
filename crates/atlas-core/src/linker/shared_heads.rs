//! Names written without their head word because a list shares it: "Mischief,
//! Subi and Fiery Cross reefs" names Mischief Reef, Subi Reef and Fiery Cross
//! Reef; "los arrecifes Mischief y Subi", "các đá Chữ Thập và Xu Bi" name two
//! reefs; "East and West Falkland" names East Falkland too.
//!
//! [`shared_head_names`] finds such lists and, for each name in them, the full
//! names it may stand for; the linker keeps those that are aliases of a place
//! (`Linker::link_shared_heads`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// A capitalised name of one to three words.
const NAME: &str = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,2}";

/// A name of a list that shares its head, and the full names it may stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SharedHeadName {
    /// Byte span of the name as written.
    pub(super) span: Range<usize>,
    /// The name with its head, in the forms to look up ("Subi Reef", "Subi Reefs").
    pub(super) full: Vec<String>,
}

/// English: the head after the names, in the plural ("Mischief and Subi reefs").
static HEAD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<list>{NAME}(?:[ \t]*,[ \t]*{NAME})*,?[ \t]+(?:and|or|&)[ \t]+{NAME})[ \t]+(?P<head>[Rr]eefs|[Ii]slands|[Ss]hoals|[Ii]slets|[Cc]ays|[Aa]tolls|[Bb]anks|[Rr]ocks|[Ii]sles)\b"
    ))
    .expect("valid regex")
});

/// Spanish and Vietnamese: the head before the names ("los arrecifes Mischief y
/// Subi", "các đảo Song Tử Đông và Song Tử Tây").
static HEAD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?P<head>islas|arrecifes|bajos|islotes|cayos|đảo|đá|bãi)[ \t]+(?P<list>{NAME}(?:[ \t]*,[ \t]*{NAME})*,?[ \t]+(?:y|e|o|và|hoặc)[ \t]+{NAME})"
    ))
    .expect("valid regex")
});

/// English: one name after two words of direction ("East and West Falkland").
static SHARED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    const SIDE: &str = "East|West|North|South|Upper|Lower|Great|Little";
    Regex::new(&format!(
        r"\b(?P<first>{SIDE})[ \t]+(?:and|&)[ \t]+(?:{SIDE})[ \t]+(?P<name>\p{{Lu}}[\p{{L}}'’\-]*)"
    ))
    .expect("valid regex")
});

/// Where a list's names are parted: commas and the word that joins the last.
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[ \t]*,[ \t]*(?:(?:and|or|&|y|e|o|và|hoặc)[ \t]+)?|[ \t]+(?:and|or|&|y|e|o|và|hoặc)[ \t]+")
        .expect("valid regex")
});

/// Every name of `text` that a list writes without its shared head, with the
/// full names it may stand for.
pub(super) fn shared_head_names(text: &str) -> Vec<SharedHeadName> {
    let mut names = Vec::new();
    for caps in HEAD_AFTER.captures_iter(text) {
        let (list, head) = (&caps["list"], &caps["head"]);
        let base = caps.name("list").expect("always captured").start();
        let singular = head.strip_suffix('s').unwrap_or(head);
        for span in list_names(list, base) {
            // "The Mischief": the head may have taken words before the name.
            for start in word_starts(text, &span) {
                let name = &text[start..span.end];
                names.push(SharedHeadName {
                    span: start..span.end,
                    full: vec![format!("{name} {singular}"), format!("{name} {head}")],
                });
            }
        }
    }
    for caps in HEAD_BEFORE.captures_iter(text) {
        let (list, head) = (&caps["list"], &caps["head"]);
        let base = caps.name("list").expect("always captured").start();
        let singular = match head {
            "islas" => "isla",
            "arrecifes" => "arrecife",
            "bajos" => "bajo",
            "islotes" => "islote",
            "cayos" => "cayo",
            other => other,
        };
        for span in list_names(list, base) {
            let name = &text[span.clone()];
            let mut full = vec![format!("{singular} {name}"), format!("{head} {name}")];
            if head == "arrecifes" {
                full.push(format!("arrecife de {name}"));
            }
            full.dedup();
            names.push(SharedHeadName { span, full });
        }
    }
    for caps in SHARED_NAME.captures_iter(text) {
        let first = caps.name("first").expect("always captured");
        names.push(SharedHeadName {
            span: first.range(),
            full: vec![format!("{} {}", first.as_str(), &caps["name"])],
        });
    }
    names
}

/// The byte spans (offset by `base`) of the names of `list`, parted by
/// [`SEPARATOR`].
fn list_names(list: &str, base: usize) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    for separator in SEPARATOR.find_iter(list) {
        if separator.start() > start {
            spans.push(base + start..base + separator.start());
        }
        start = separator.end();
    }
    if start < list.len() {
        spans.push(base + start..base + list.len());
    }
    spans
}

/// The starts of the words of `span` in `text`, first to last: the name, then
/// the name without its first word, and so on.
fn word_starts(text: &str, span: &Range<usize>) -> Vec<usize> {
    let mut starts = vec![span.start];
    let words = &text[span.clone()];
    for (i, c) in words.char_indices() {
        if c == ' ' || c == '\t' {
            let next = i + c.len_utf8();
            if words[next..].starts_with(|c: char| !c.is_whitespace()) {
                starts.push(span.start + next);
            }
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, Vec<String>)> {
        shared_head_names(text)
            .into_iter()
            .map(|n| (&text[n.span.clone()], n.full))
            .collect()
    }

    #[test]
    fn english_lists_before_a_plural_head() {
        let full = |name: &str| vec![format!("{name} reef"), format!("{name} reefs")];
        assert_eq!(
            found("Mischief, Subi and Fiery Cross reefs were built up."),
            [
                ("Mischief", full("Mischief")),
                ("Subi", full("Subi")),
                ("Fiery Cross", full("Fiery Cross")),
                ("Cross", full("Cross")),
            ]
        );
        let islands = found("the Spratly and Paracel Islands");
        assert_eq!(
            islands[0],
            (
                "Spratly",
                vec!["Spratly Island".into(), "Spratly Islands".into()]
            )
        );
    }

    #[test]
    fn spanish_and_vietnamese_heads_before_the_names() {
        let text = "los arrecifes Mischief y Subi; các đá Chữ Thập và Xu Bi";
        let names: Vec<&str> = found(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["Mischief", "Subi", "Chữ Thập", "Xu Bi"]);
        assert!(found(text)[0]
            .1
            .contains(&"arrecife de Mischief".to_string()));
        assert_eq!(found(text)[2].1[0], "đá Chữ Thập");
    }

    #[test]
    fn two_directions_share_a_name() {
        assert_eq!(
            found("both East and West Falkland"),
            [("East", vec!["East Falkland".to_string()])]
        );
    }

    #[test]
    fn no_list_no_names() {
        assert!(
            found("Mischief Reef and the other reefs; islands and reefs; Subi reefs").is_empty()
        );
    }
}
