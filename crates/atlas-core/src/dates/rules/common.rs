//! Rules that need no language: ISO and day-first numeric dates, and a bare
//! four-digit year in a context that makes it a year (the context words are
//! English and Russian).

use std::sync::LazyLock;

use regex::Regex;

use super::RuleCaptures;

use super::{
    cand, num, plausible_year, whole, Cand, Ctx, PartialDate, RuleSource, D, RU_DATE_LEFT,
};
use crate::dates::surroundings::{
    char_at, char_before, next_word, number_bounded, prev_word, tail,
};
use crate::prechecked_regex::PrecheckedRegex;
use crate::text::starts_with_spaced_dash;

/// The language-independent rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    vec![
        (
            format!(r"(?P<y>{D}{{4}})(?P<sep>[-/.／])(?P<m>{D}{{1,2}})[-/.／](?P<d>{D}{{1,2}})"),
            rule_iso,
        ),
        (
            r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})".to_string(),
            rule_dmy_numeric,
        ),
        (
            r"(?P<y>(?:1[5-9]\d\d|20\d\d|2100))".to_string(),
            rule_bare_year,
        ),
    ]
}

fn rule_iso(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if !number_bounded(ctx.text, &span) {
        return;
    }
    let (Some(y), Some(m), Some(d)) = (num(caps, "y"), num(caps, "m"), num(caps, "d")) else {
        return;
    };
    if caps["sep"].len() == 1
        && caps["sep"].as_bytes()[0] == b'.'
        && ctx.text[span.clone()].ends_with('.')
    {
        return;
    }
    if plausible_year(y) {
        if let Some(date) = PartialDate::from_ymd(y as i32, m, d) {
            out.push(cand(span, date, false));
        }
    }
}

fn rule_dmy_numeric(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if !number_bounded(ctx.text, &span) {
        return;
    }
    let (Some(y), Some(m), Some(d)) = (num(caps, "y"), num(caps, "m"), num(caps, "d")) else {
        return;
    };
    if plausible_year(y) {
        if let Some(date) = PartialDate::from_ymd(y as i32, m, d) {
            out.push(cand(span, date, false));
        }
    }
}

/// Words that make a following bare number a year.
const YEAR_LEFT: &[&str] = &[
    "in",
    "since",
    "of",
    "by",
    "from",
    "until",
    "till",
    "through",
    "after",
    "before",
    "the",
    "during",
    "around",
    "early",
    "late",
    "mid-",
    "mid",
    "circa",
    "year",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "fiscal",
    "between",
    "as",
    "than",
    "to",
    "and",
    "or",
    "около",
    "году",
    "года",
];

/// Units of measure and money: a number before them is never a year.
pub(super) const UNITS: &[&str] = &[
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "meters",
    "metres",
    "feet",
    "tons",
    "tonnes",
    "yen",
    "rubles",
    "roubles",
    "dollars",
    "hectares",
    "square",
    "sq",
    "percent",
    "times",
];

/// Things counted: a number before them is a year only after a time
/// preposition ("in 2018 troops were sent", but "some 2018 troops").
const COUNTED: &[&str] = &[
    "troops",
    "soldiers",
    "people",
    "residents",
    "islanders",
    "persons",
    "men",
    "women",
    "children",
    "units",
    "members",
    "households",
    "workers",
    "vessels",
    "ships",
    "boats",
    "fishermen",
    "visitors",
    "tourists",
    "copies",
    "votes",
    "cases",
    "servicemen",
    "personnel",
    "houses",
    "homes",
    "buildings",
    "aircraft",
    "jets",
    "missiles",
    "signatures",
    "former",
    "participants",
];

/// Time prepositions after which a number is a year even before a counted noun.
const YEAR_STRONG_LEFT: &[&str] = &[
    "in", "since", "until", "till", "by", "during", "before", "after", "early", "late", "mid-",
    "mid", "circa", "fiscal",
];

/// Words that make a preceding bare number a year ("1855 treaty"), also after
/// an adjective of such a noun ("a 1998 bilateral agreement").
static YEAR_RIGHT: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
    PrecheckedRegex::new(
        r"(?i)^\s*(?:(?:bilateral|intergovernmental|fisheries|fishing|security|military|border|trade|territorial|economic|landmark|historic|failed|secret|formal|provisional|interim|arbitral|tribunal|court|naval|maritime|presidential|parliamentary|general|sovereignty|independence)\s+)?(?:treaty|referendums?|plebiscite|ruling|arbitration|award|verdict|resolution|decree|ordinance|battle|clash|clashes|standoff|stand-off|collision|annexation|treaties|declaration|agreement|accord|accords|pact|visit|visits|summit|summits|war|year|election|elections|talks|meeting|meetings|protocol|communiqu[eé]|statement|invasion|occupation|earthquake|tsunami|deal|negotiations|census|survey|law|constitution|budget|report|white\s+paper|plan|strategy|exercises?|drills|conference|olympics|games|crisis|incident|proposal|document|letter|poll|joint|soviet|japan|russo|peace|shimoda|san\s+francisco|tokyo|irkutsk|moscow|potsdam|yalta|cairo|kuril|portsmouth|edition|season)\b",
    )
    .unwrap()
});

/// A year just before (a range or list: "1945 and", "1945–", "1945 to",
/// "1982 y", "năm 2014 và", "2014 at", "2014 та").
static YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:1[5-9]\d\d|20\d\d)\s*(?:,|and|or|to|through|until|и|или|по|і|й|та|або|y|o|a|hasta|và|hoặc|đến|tới|at|hanggang|-|–|—)\s*$").unwrap()
});

fn rule_bare_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let text = ctx.text;
    let Some(y) = num(caps, "y") else {
        return;
    };
    let before = char_before(text, span.start);
    let after = char_at(text, span.end);
    if before.is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, '$' | '¥' | '€' | '£' | '#' | '№' | '+')
    }) || after.is_some_and(|c| c.is_alphanumeric() || c == '%')
        || !number_bounded(text, &span)
    {
        return;
    }
    let rest = &text[span.end..];
    // Decades: "1990's", "1990-е", "1990-х".
    if y % 10 == 0 && (rest.starts_with("'s") || rest.starts_with("’s")) {
        return;
    }
    if let Some(suffix) = rest.strip_prefix(['-', '–']) {
        if suffix.starts_with(['е', 'х', 'ы']) {
            return;
        }
    }
    let next = next_word(text, span.end);
    let left = prev_word(text, span.start);
    if UNITS.contains(&next.as_str())
        || COUNTED.contains(&next.as_str()) && !YEAR_STRONG_LEFT.contains(&left.as_str())
    {
        return;
    }
    // A Cyrillic lower-case word after the number: a quantity ("в 2000 километрах").
    if next
        .chars()
        .next()
        .is_some_and(|c| matches!(c, 'а'..='я' | 'ё'))
        && !next.starts_with("год")
        && !matches!(next.as_str(), "по" | "и" | "до" | "или")
    {
        return;
    }
    let in_parens = before == Some('(') && after == Some(')');
    // "for 2016-2025", "1991–1992:": the start of a range of years.
    static RANGE_START: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*[-–—]\s*(?P<y2>\d{4})\b").expect("valid regex"));
    // The pattern runs only after a dash (its `\s` is `char::is_whitespace`):
    // on the rest of the text, it cost more than all the rest of this rule.
    let starts_range = rest.trim_start().starts_with(['-', '–', '—'])
        && RANGE_START
            .captures(rest)
            .and_then(|c| c["y2"].parse::<u32>().ok())
            .is_some_and(|y2| y2 > y && y2 - y <= 100 && plausible_year(y2));
    // A timeline's entry at the start of a line: "1875: Japan cedes its claim
    // ...", "- **1783** – Russia annexes Crimea" (its emphasis left aside).
    let line_start = text[..span.start].rsplit('\n').next().is_some_and(|l| {
        l.chars()
            .all(|c| c.is_whitespace() || "•*-–—·_".contains(c))
    });
    let entry_rest = rest.trim_start_matches(['*', '_']);
    let spaced_dash = starts_with_spaced_dash(entry_rest);
    let timeline_entry =
        line_start && (entry_rest.starts_with(':') || spaced_dash && !starts_range);
    let ok = ((YEAR_LEFT.contains(&left.as_str()) || RU_DATE_LEFT.contains(&left.as_str()))
        && !matches!(left.as_str(), "to" | "and" | "or"))
        || YEAR_RIGHT.is_match(rest)
        || in_parens
        || starts_range
        || timeline_entry
        || YEAR_BEFORE.is_match(tail(text, span.start, 40));
    if ok {
        out.push(cand(span, PartialDate::from_year(y as i32), false));
    }
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    #[test]
    fn a_pattern_space_is_a_rust_whitespace() {
        // `rule_bare_year` runs RANGE_START only where `trim_start` finds a dash.
        let space = Regex::new(r"^\s$").unwrap();
        let mut buffer = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                space.is_match(c.encode_utf8(&mut buffer)),
                c.is_whitespace(),
                "{c:?}"
            );
        }
    }
}
