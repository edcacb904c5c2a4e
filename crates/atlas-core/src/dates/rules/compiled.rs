//! The date rules compiled and run over a text: each rule's pattern and
//! function ([`CompiledRule`]), the pattern sets that tell in one pass over a
//! line which rules can match there ([`RuleSet`], shared by a text's languages
//! as far as [`SET_PATTERN_BYTES`] allows), and a match's groups by name
//! ([`RuleCaptures`]). What the rules are lives in the language modules,
//! registered in [`LANGUAGES`].
//!
//! Every rule runs line by line ([`candidates`]): a line break ends a
//! sentence, and so it ends any date expression, and each rule searches only
//! the lines where its set found it.

use std::sync::{LazyLock, OnceLock};

use regex::{Captures, Match};
use regex_automata::meta::{self, Regex as MultiRegex};
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternSet};

use super::{numeric_runs, Rule, LANGUAGES};
use crate::dates::anchor::Cand;
use crate::dates::resolve::Ctx;
use crate::language::Language;
use crate::word_regex::WordRegex;

/// Every rule, compiled, in the order of [`LANGUAGES`].
pub(super) static RULES: LazyLock<Vec<CompiledRule>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .flat_map(|(language, rules)| rules().into_iter().map(move |rule| (*language, rule)))
        .map(|(language, (pattern, rule))| CompiledRule::new(&pattern, rule, language))
        .collect()
});

/// One [`RuleSet`] per combination of the entries of [`LANGUAGES`] (bit `i`:
/// entry `i`), built when a text whose languages make that combination first
/// comes.
static RULE_SETS: [OnceLock<RuleSet>; 1 << LANGUAGES.len()] =
    [const { OnceLock::new() }; 1 << LANGUAGES.len()];

/// The rules of some entries of [`LANGUAGES`], and one set of their patterns
/// (a multi-pattern [`MultiRegex`], searched for every pattern that matches,
/// as a `regex::RegexSet` is) that tells, in a single pass over a line, which
/// of them match there: most rules match nowhere in an article, and scanning
/// the text once per rule cost more than all the rest of the date rules. The languages of a text
/// share a set as far as [`SET_PATTERN_BYTES`] allows (English and Spanish,
/// Japanese and Chinese), so the text is passed over once rather than once per
/// language; not one set for every language: a set of every language's
/// patterns outgrows the regex engine's lazy DFA cache and falls back to its
/// far slower PikeVM (100 times slower on text with Cyrillic and kanji).
struct RuleSet {
    /// Indices into [`RULES`] of the rules that always run: those of entries
    /// with fewer than [`SET_FROM_RULES`] rules.
    always: Vec<usize>,
    /// Indices into [`RULES`] of the other rules, in rule order, and the set of
    /// their patterns (`None` when there are none).
    patterns: Option<(Vec<usize>, MultiRegex)>,
}

/// How many rules an entry of [`LANGUAGES`] must have for a set's pass
/// to pay. The set's pass has no literal prefilter and costs more than running
/// the three language-independent rules, each of which skips to its digits.
const SET_FROM_RULES: usize = 4;

/// How long, in bytes of patterns, a [`RuleSet`] of several entries may grow:
/// two languages' rules fit (with the language-free rules, English and Spanish
/// are 7,160 bytes, Russian and Chinese 7,046; Russian and Japanese, 7,375, do not). One set of every language (31,000 bytes) outgrew the lazy
/// DFA's cache on short texts in many scripts (where every language of each
/// script runs): forty such texts took 230 ms rather than 5.5 ms.
const SET_PATTERN_BYTES: usize = 7_200;

/// The bytes of the patterns of each entry of [`LANGUAGES`].
static PATTERN_BYTES: LazyLock<Vec<usize>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|(language, _)| {
            RULES
                .iter()
                .filter(|rule| rule.language == *language)
                .map(|rule| rule.regex.as_str().len())
                .sum()
        })
        .collect()
});

/// The entries of [`LANGUAGES`] in `entries` (bit `i`: entry `i`) in groups
/// whose rules share one [`RuleSet`]: in order, each group as many entries as
/// fit in [`SET_PATTERN_BYTES`] (one at least).
fn set_groups(entries: usize) -> Vec<usize> {
    let mut groups: Vec<usize> = Vec::new();
    let mut bytes = 0;
    for entry in (0..LANGUAGES.len()).filter(|entry| entries & (1 << entry) != 0) {
        match groups.last_mut() {
            Some(group) if bytes + PATTERN_BYTES[entry] <= SET_PATTERN_BYTES => {
                *group |= 1 << entry;
                bytes += PATTERN_BYTES[entry];
            }
            _ => {
                groups.push(1 << entry);
                bytes = PATTERN_BYTES[entry];
            }
        }
    }
    groups
}

impl RuleSet {
    /// The rules of the entries of [`LANGUAGES`] in `entries` (bit `i`: entry `i`).
    fn of(entries: usize) -> &'static RuleSet {
        RULE_SETS[entries].get_or_init(|| {
            let (mut always, mut in_set) = (Vec::new(), Vec::new());
            for (entry, (language, _)) in LANGUAGES.iter().enumerate() {
                if entries & (1 << entry) == 0 {
                    continue;
                }
                let rules = (0..RULES.len()).filter(|&i| RULES[i].language == *language);
                if rules.clone().count() >= SET_FROM_RULES {
                    in_set.extend(rules);
                } else {
                    always.extend(rules);
                }
            }
            let patterns = (!in_set.is_empty()).then(|| {
                // What `regex::RegexSet::new` builds, searched a line at a time.
                let config = meta::Config::new()
                    .match_kind(MatchKind::All)
                    .utf8_empty(true)
                    .nfa_size_limit(Some(10 << 20))
                    .hybrid_cache_capacity(2 << 20);
                let set = meta::Builder::new()
                    .configure(config)
                    .syntax(syntax::Config::new().utf8(true))
                    .build_many(
                        &in_set
                            .iter()
                            .map(|&i| RULES[i].regex.as_str())
                            .collect::<Vec<_>>(),
                    )
                    .expect("valid date rules");
                (in_set, set)
            });
            RuleSet { always, patterns }
        })
    }
}

/// The candidates of every rule that can match `ctx.text`, in rule order and
/// then text order: the common rules and those of `ctx.languages`. No match
/// runs over a line break: each rule is searched within the lines where its
/// set matched (the rules that always run, within every line).
pub(in crate::dates) fn candidates(ctx: &Ctx) -> Vec<Cand> {
    let entries = LANGUAGES
        .iter()
        .enumerate()
        .filter(|(_, (language, _))| language.is_none_or(|l| ctx.languages.contains(l)))
        .fold(0, |entries, (entry, _)| entries | 1 << entry);
    let lines = line_ranges(ctx.text);
    // Which rule runs on which line (indices into `RULES` and `lines`).
    let mut matching: Vec<(usize, usize)> = Vec::new();
    for group in set_groups(entries) {
        let set = RuleSet::of(group);
        for &rule in &set.always {
            matching.extend((0..lines.len()).map(|line| (rule, line)));
        }
        if let Some((rules, patterns)) = &set.patterns {
            let mut found = PatternSet::new(rules.len());
            for (line, range) in lines.iter().enumerate() {
                found.clear();
                let input = Input::new(ctx.text).span(range.clone());
                patterns.which_overlapping_matches(&input, &mut found);
                matching.extend(found.iter().map(|i| (rules[i], line)));
            }
        }
    }
    // Rule order decides between candidates with the same span.
    matching.sort_unstable();
    let mut cands = Vec::new();
    let mut runs = None;
    for (rule, line) in matching {
        let compiled = &RULES[rule];
        let line = std::slice::from_ref(&lines[line]);
        let ranges = if compiled.language.is_none() {
            // The `common` rules match only inside runs of digits (which hold
            // no line break): the runs of this line.
            let runs = runs.get_or_insert_with(|| numeric_runs::numeric_runs(ctx.text));
            let first = runs.partition_point(|run| run.end <= line[0].start);
            let count = runs[first..]
                .iter()
                .take_while(|run| run.start < line[0].end)
                .count();
            &runs[first..first + count]
        } else {
            line
        };
        for range in ranges {
            for captures in compiled.regex.captures_within(ctx.text, range.clone()) {
                (compiled.rule)(ctx, &compiled.captures(captures), &mut cands);
            }
        }
    }
    cands
}

/// The lines of `text`, without their line breaks; empty ones left out.
fn line_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        if end > start {
            lines.push(start..end);
        }
        start = end + 1;
    }
    lines
}

/// A rule's pattern (a [`WordRegex`]), its function, the language it is of
/// (`None`: every language) and its pattern's group names, by index.
pub(super) struct CompiledRule {
    pub(super) regex: WordRegex,
    rule: Rule,
    pub(super) language: Option<Language>,
    group_names: Vec<Option<String>>,
}

impl CompiledRule {
    fn new(pattern: &str, rule: Rule, language: Option<Language>) -> CompiledRule {
        let regex = WordRegex::new(pattern);
        let group_names = regex.capture_names().map(|n| n.map(String::from)).collect();
        CompiledRule {
            regex,
            rule,
            language,
            group_names,
        }
    }

    /// `captures` of this rule's pattern, to hand to its function.
    fn captures<'h>(&'static self, captures: Captures<'h>) -> RuleCaptures<'h> {
        RuleCaptures {
            captures,
            group_names: &self.group_names,
        }
    }
}

/// A rule's match: its groups, found by name in the rule's short list of names
/// ([`CompiledRule`]'s). The regex crate's own lookup hashes the name on
/// every call, which cost more than a tenth of the date rules' own work.
pub(super) struct RuleCaptures<'h> {
    captures: Captures<'h>,
    group_names: &'static [Option<String>],
}

impl<'h> RuleCaptures<'h> {
    /// The group named `name`, if it matched.
    pub(super) fn name(&self, name: &str) -> Option<Match<'h>> {
        let index = self
            .group_names
            .iter()
            .position(|n| n.as_deref() == Some(name))?;
        self.captures.get(index)
    }

    /// The group numbered `index` (0: the whole match), if it matched.
    pub(super) fn get(&self, index: usize) -> Option<Match<'h>> {
        self.captures.get(index)
    }
}

impl std::ops::Index<&str> for RuleCaptures<'_> {
    type Output = str;

    /// The text of the group named `name`; it panics when the group did not
    /// match, as [`Captures`] does.
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .unwrap_or_else(|| panic!("no group named '{name}' matched"))
            .as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_groups_hold_every_entry_once_within_the_bound() {
        let bytes = |group: usize| -> usize {
            (0..LANGUAGES.len())
                .filter(|entry| group & (1 << entry) != 0)
                .map(|entry| PATTERN_BYTES[entry])
                .sum()
        };
        for entries in 0..1usize << LANGUAGES.len() {
            let groups = set_groups(entries);
            assert_eq!(groups.iter().fold(0, |all, group| all | group), entries);
            let counted: u32 = groups.iter().map(|group| group.count_ones()).sum();
            assert_eq!(counted, entries.count_ones());
            for group in groups.into_iter().filter(|group| group.count_ones() > 1) {
                assert!(bytes(group) <= SET_PATTERN_BYTES, "{group:b}");
            }
        }
        // English with Spanish, and Japanese with Chinese, take one pass each.
        let entry = |language| LANGUAGES.iter().position(|(l, _)| *l == language).unwrap();
        let both = |a, b| 1 << entry(None) | 1 << entry(Some(a)) | 1 << entry(Some(b));
        assert_eq!(set_groups(both(Language::En, Language::Es)).len(), 1);
        assert_eq!(set_groups(both(Language::Ja, Language::Zh)).len(), 1);
    }
}
