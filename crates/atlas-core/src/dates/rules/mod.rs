//! The rules that find date expressions: each is a regex and a function that
//! turns a match into candidates ([`Cand`]). The rules of each language live in
//! their own module ([`en`], [`ru`], `ja`, `zh`, `ko`, `uk`, `es`, `vi`, `fil`,
//! with the language-independent ones in `common`), which also holds that
//! language's month and weekday words; [`LANGUAGES`] registers them in the
//! order they run, each on the texts whose
//! [`Languages`](crate::language::Languages) include its language; `compiled`
//! compiles them and runs them over a text. What the languages share has a
//! module of its own: `numbers` (numerals and count words), `push` (the
//! candidates a rule makes of what it read) and `shared` (the rule functions
//! more than one language uses: a month name with a day or year, "yesterday",
//! "N days ago", ...).
//!
//! Order: candidates are sorted by span, stably, so on two candidates with the
//! same span the earlier rule wins.

use std::ops::Range;

use super::anchor::{cand, loose, Cand, Loose};
use super::resolve::{year_offset, Ctx};
use super::PartialDate;
use crate::language::Language;
pub(super) use compiled::candidates;
use compiled::RuleCaptures;
use numbers::{count, num, parse_num, plausible_year};
use push::{
    day_number_follows, push_ago, push_day_before, push_day_offset, push_full, push_month_day,
    push_month_of_relative_year, push_month_of_shifted_year, push_month_of_year,
    push_named_from_publication, push_shift, push_unit_offset, push_weekday, push_weekday_of_week,
    push_weekday_toward, push_year, Unit,
};
use shared::{
    month_of, rel_year, rule_ago, rule_day_word, rule_end_of_this_year, rule_full,
    rule_month_alone, rule_month_day, rule_month_rel_year, rule_month_year, rule_range_other_day,
    rule_rel_unit, rule_same_year, rule_season, rule_this_day_in, rule_year_ago, weekday_dir,
    RU_DATE_LEFT,
};

mod common;
mod compiled;
pub(crate) mod en;
mod es;
mod fil;
mod ja;
mod ko;
mod numbers;
mod numeric_runs;
mod push;
pub(crate) mod ru;
mod shared;
mod uk;
mod vi;
mod zh;

/// What a rule does with a match: pushes its candidates.
type Rule = fn(&Ctx, &RuleCaptures, &mut Vec<Cand>);

/// A rule as a language module gives it: its pattern and its function.
type RuleSource = (String, Rule);

/// A language module's rules: its `rules()` function.
type LanguageRules = fn() -> Vec<RuleSource>;

/// Each language's rules, in the order they run, with the language whose text
/// they run on ([`common`] first, on every text): a new language is a module
/// with a `rules()` function and one line here.
const LANGUAGES: &[(Option<Language>, LanguageRules)] = &[
    (None, common::rules),
    (Some(Language::En), en::rules),
    (Some(Language::Ru), ru::rules),
    (Some(Language::Ja), ja::rules),
    (Some(Language::Zh), zh::rules),
    (Some(Language::Ko), ko::rules),
    (Some(Language::Uk), uk::rules),
    (Some(Language::Es), es::rules),
    (Some(Language::Vi), vi::rules),
    (Some(Language::Fil), fil::rules),
];

/// Each language's markers of the future or of plans (its module's `FUTURE`),
/// which `clauses` looks for: one line per language.
pub(super) const FUTURE_MARKERS: &[(Language, &str)] = &[
    (Language::En, en::FUTURE),
    (Language::Ru, ru::FUTURE),
    (Language::Ja, ja::FUTURE),
    (Language::Zh, zh::FUTURE),
    (Language::Ko, ko::FUTURE),
    (Language::Uk, uk::FUTURE),
    (Language::Es, es::FUTURE),
    (Language::Vi, vi::FUTURE),
    (Language::Fil, fil::FUTURE),
];

/// Digits, ASCII or full-width.
const D: &str = "[0-9０-９]";
/// The span of the whole match.
fn whole(caps: &RuleCaptures) -> Range<usize> {
    caps.get(0).unwrap().range()
}
