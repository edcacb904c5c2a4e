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

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use crate::text::ceil_char_boundary;
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

/// How far before its head a list may start, and after its head end (bytes).
const WINDOW: usize = 240;

/// The words that may share a head, found in one pass over the text before
/// any pattern runs on the few places they stand (most articles have none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// A plural head after a list: "reefs", "islands".
    HeadAfter,
    /// A head before a list: "islas", "arrecifes", "đảo".
    HeadBefore,
    /// Two directions: "East and West", "North & South".
    Sides,
}

/// The triggers' words, each with its kind. Written in each case they take
/// (rather than searched for in any case), so that the automaton runs its
/// fast vectorised search.
static TRIGGERS: LazyLock<(AhoCorasick, Vec<Trigger>)> = LazyLock::new(|| {
    const SIDES: [&str; 8] = [
        "East", "West", "North", "South", "Upper", "Lower", "Great", "Little",
    ];
    let mut words: Vec<String> = Vec::new();
    let mut kinds = Vec::new();
    let mut both_cases = |word: String, kind: Trigger| {
        let mut rest = word.chars();
        let capital = rest.next().expect("a word").to_uppercase();
        words.push(capital.chain(rest).collect());
        words.push(word);
        kinds.extend([kind, kind]);
    };
    for head in [
        "reefs", "islands", "shoals", "islets", "cays", "atolls", "banks", "rocks", "isles",
    ] {
        both_cases(head.to_string(), Trigger::HeadAfter);
    }
    for head in [
        "islas",
        "arrecifes",
        "bajos",
        "islotes",
        "cayos",
        "quần đảo",
        "đảo",
        "đá",
        "bãi",
        "đường",
        "phố",
    ] {
        both_cases(format!("{head} "), Trigger::HeadBefore);
        // A headline in capitals: "SỬA MẶT ĐƯỜNG TRƯỜNG SA, HOÀNG SA".
        both_cases(format!("{} ", head.to_uppercase()), Trigger::HeadBefore);
    }
    for side in SIDES {
        for joiner in ["and", "&"] {
            words.push(format!("{side} {joiner} "));
            kinds.push(Trigger::Sides);
        }
    }
    // Leftmost-first: the semantics the vectorised search serves.
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(&words)
        .expect("valid literals");
    (automaton, kinds)
});

// The patterns run on a window at a trigger, anchored to it, and use no
// Unicode word boundary (with one, the regex engine's fast automaton gives up
// on text beyond ASCII).

/// English: a list ending in its plural head at the end of the window
/// ("Mischief and Subi reefs").
static HEAD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{NAME}(?:[ \t]*,[ \t]*{NAME})*,?[ \t]+(?:and|or|&)[ \t]+{NAME})[ \t]+(?i:reefs|islands|shoals|islets|cays|atolls|banks|rocks|isles)$"
    ))
    .expect("valid regex")
});

/// Spanish and Vietnamese: a head starting the window, then its list ("los
/// arrecifes Mischief y Subi", "các đảo Song Tử Đông và Song Tử Tây", "quần
/// đảo Hoàng Sa và Trường Sa", "đường Trường Sa, Hoàng Sa": a street's name is
/// no mention, and neither is the next street's).
static HEAD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?i:islas|arrecifes|bajos|islotes|cayos|quần đảo|đảo|đá|bãi|đường|phố)[ \t]+{NAME}(?:(?:[ \t]*,[ \t]*{NAME})*,?[ \t]+(?:y|e|o|và|hoặc)[ \t]+{NAME}|(?:[ \t]*,[ \t]*{NAME})+)"
    ))
    .expect("valid regex")
});

/// English: two directions starting the window, then one name ("East and West
/// Falkland").
static SHARED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    const SIDE: &str = "East|West|North|South|Upper|Lower|Great|Little";
    Regex::new(&format!(
        r"^(?:{SIDE})[ \t]+(?:and|&)[ \t]+(?:{SIDE})[ \t]+\p{{Lu}}[\p{{L}}'’\-]*"
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
///
/// The patterns only find where a list ends (or starts): the head is the
/// trigger word itself, so no capture groups are asked for (they cost the
/// regex engine far more than the search).
pub(super) fn shared_head_names(text: &str) -> Vec<SharedHeadName> {
    let (automaton, kinds) = &*TRIGGERS;
    let mut names = Vec::new();
    for found in automaton.find_iter(text) {
        let (start, end) = (found.start(), found.end());
        let head = &text[start..end];
        match kinds[found.pattern().as_usize()] {
            Trigger::HeadAfter
                if text[..start].ends_with([' ', '\t'])
                    && !continues_word(text, end)
                    && joins_a_list_before(text, start) =>
            {
                let window = floor_word_start(text, start.saturating_sub(WINDOW));
                if let Some(list) = HEAD_AFTER.find(&text[window..end]) {
                    let list = window + list.start()..start;
                    head_after_names(text, trim_end(text, list), head, &mut names);
                }
            }
            Trigger::HeadBefore if !ends_word(text, start) && joins_a_list_after(text, end) => {
                let window = start..ceil_char_boundary(text, end + WINDOW);
                if let Some(list) = HEAD_BEFORE.find(&text[window.clone()]) {
                    let list = end..window.start + list.end();
                    head_before_names(text, list, head.trim_end(), &mut names);
                }
            }
            Trigger::Sides if !ends_word(text, start) => {
                let window = start..ceil_char_boundary(text, end + WINDOW);
                if let Some(found) = SHARED_NAME.find(&text[window.clone()]) {
                    let phrase = &text[start..start + found.end()];
                    let side = phrase.split([' ', '\t']).next().unwrap_or_default();
                    let name = phrase.rsplit([' ', '\t']).next().unwrap_or_default();
                    names.push(SharedHeadName {
                        span: start..start + side.len(),
                        full: vec![format!("{side} {name}")],
                    });
                }
            }
            _ => {}
        }
    }
    names
}

/// `range` of `text` without the spaces and tabs that end it.
fn trim_end(text: &str, range: Range<usize>) -> Range<usize> {
    let kept = text[range.clone()].trim_end_matches([' ', '\t']).len();
    range.start..range.start + kept
}

/// The names of an English `list` (a byte range of `text`) before its plural
/// `head`, each with the head in the singular and as written.
fn head_after_names(text: &str, list: Range<usize>, head: &str, names: &mut Vec<SharedHeadName>) {
    let singular = head.strip_suffix(['s', 'S']).unwrap_or(head);
    for span in list_names(&text[list.clone()], list.start) {
        // "The Mischief": the list may have taken words before the name.
        for start in word_starts(text, &span) {
            let name = &text[start..span.end];
            names.push(SharedHeadName {
                span: start..span.end,
                full: vec![format!("{name} {singular}"), format!("{name} {head}")],
            });
        }
    }
}

/// The names of a Spanish or Vietnamese `list` (a byte range of `text`, with
/// the spaces after the head) after its `head`, each after the head in the
/// singular and as written.
fn head_before_names(text: &str, list: Range<usize>, head: &str, names: &mut Vec<SharedHeadName>) {
    let head = head.to_lowercase();
    let singular = match head.as_str() {
        "islas" => "isla",
        "arrecifes" => "arrecife",
        "bajos" => "bajo",
        "islotes" => "islote",
        "cayos" => "cayo",
        other => other,
    };
    let spaces =
        text[list.clone()].len() - text[list.clone()].trim_start_matches([' ', '\t']).len();
    let list = list.start + spaces..list.end;
    for span in list_names(&text[list.clone()], list.start) {
        let span = before_a_full_stop(text, span);
        // In capitals the name may have taken the words after it ("HOÀNG SA TỪ
        // TỐI NAY"): its shorter starts too, longest first.
        let in_capitals = !text[span.clone()].chars().any(char::is_lowercase);
        let ends = if in_capitals {
            word_ends(text, &span)
        } else {
            vec![span.end]
        };
        for end in ends {
            let name = &text[span.start..end];
            let mut full = vec![format!("{singular} {name}"), format!("{head} {name}")];
            if head == "arrecifes" {
                full.push(format!("arrecife de {name}"));
            }
            full.dedup();
            names.push(SharedHeadName {
                span: span.start..end,
                full,
            });
        }
    }
}

/// `span` up to a full stop that ends one of its words: the list's last name
/// may run into the next sentence ("… Subi y Mischief. El presidente").
fn before_a_full_stop(text: &str, span: Range<usize>) -> Range<usize> {
    let name = &text[span.clone()];
    let stop = name
        .match_indices('.')
        .find(|(i, _)| name[i + 1..].chars().next().is_none_or(char::is_whitespace))
        .map_or(name.len(), |(i, _)| i);
    span.start..span.start + stop
}

/// Whether the last name before a head at `head` may close a list: the word
/// that joins it ("and", "or", "&") stands within a name's length before. Most
/// heads ("the Kuril Islands") fail this, and the pattern does not run.
fn joins_a_list_before(text: &str, head: usize) -> bool {
    /// The longest last name of a list (three words) and its joining word.
    const LAST_NAME: usize = 64;
    let near = &text[ceil_char_boundary(text, head.saturating_sub(LAST_NAME))..head];
    [" and ", " or ", " & "]
        .iter()
        .any(|joiner| near.contains(joiner))
}

/// Whether a word that joins a list's last name ("y", "e", "o", "và", "hoặc")
/// stands within a few names after a head ending at `end`: most heads ("đảo
/// Phú Lâm") fail this, and the pattern does not run.
fn joins_a_list_after(text: &str, end: usize) -> bool {
    /// A few names of three words each.
    const NAMES: usize = 120;
    let near = &text[end..ceil_char_boundary(text, end + NAMES)];
    [" y ", " e ", " o ", " và ", " hoặc ", ", "]
        .iter()
        .any(|joiner| near.contains(joiner))
}

/// Whether a letter or digit follows `at`: the trigger is part of a longer word.
fn continues_word(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether a letter or digit ends the text before `at`.
fn ends_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// The start of the first whole word at or after `at`: a window never starts
/// inside a word ("…Donald" of "McDonald").
fn floor_word_start(text: &str, at: usize) -> usize {
    let at = ceil_char_boundary(text, at);
    if at == 0 || !ends_word(text, at) {
        return at;
    }
    text[at..]
        .find(|c: char| !c.is_alphanumeric())
        .map_or(text.len(), |i| at + i)
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

/// The ends of the words of `span` in `text`, last to first: the name, then
/// the name without its last word, and so on.
fn word_ends(text: &str, span: &Range<usize>) -> Vec<usize> {
    let words = &text[span.clone()];
    let mut ends = vec![span.end];
    for (i, c) in words.char_indices().rev() {
        if (c == ' ' || c == '\t') && i > 0 && !words[..i].ends_with([' ', '\t']) {
            ends.push(span.start + i);
        }
    }
    ends
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
        assert_eq!(
            found("ĐƯỜNG TRƯỜNG SA, HOÀNG SA TỪ TỐI NAY")[3].0,
            "HOÀNG SA"
        );
        let groups = found("hai quần đảo Hoàng Sa và Trường Sa");
        assert_eq!(
            groups[1],
            ("Trường Sa", vec!["quần đảo Trường Sa".to_string()])
        );
    }

    #[test]
    fn a_list_ends_at_a_full_stop() {
        let names: Vec<&str> =
            found("como los arrecifes Fiery Cross, Subi y Mischief. El presidente")
                .into_iter()
                .map(|(n, _)| n)
                .collect();
        assert_eq!(names, ["Fiery Cross", "Subi", "Mischief"]);
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
