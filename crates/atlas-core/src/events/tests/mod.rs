//! The events of small texts, one rule at a time: the helpers here, the cases by theme in the
//! submodules.

use chrono::NaiveDate;

use super::*;
use crate::gazetteer::{ContextPlaces, PlaceKind};

fn pubdate(s: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

/// A mention of the `nth` occurrence of `needle` in `text`.
fn mention(text: &str, needle: &str, feature: &str, island: Option<&str>) -> Mention {
    let byte_start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let byte_end = byte_start + needle.len();
    Mention {
        pack: "kuril".into(),
        feature: feature.to_string(),
        kind: if island.is_some() {
            PlaceKind::Place
        } else {
            PlaceKind::Island
        },
        island: island.map(str::to_string),
        start: crate::text::char_offset(text, byte_start),
        end: crate::text::char_offset(text, byte_end),
        byte_start,
        byte_end,
        text: needle.to_string(),
    }
}

/// `(date, places joined by ",", sentence, relative, planned)` per event.
type Row = (String, String, String, bool, bool);

fn rows(events: &[Event]) -> Vec<Row> {
    events
        .iter()
        .map(|e| {
            (
                e.date.to_string(),
                e.places.join(","),
                e.sentence.clone(),
                e.relative,
                e.planned,
            )
        })
        .collect()
}

/// `t!(name, text, published, [(needle, feature, island)...], [(date, places, sentence, relative, planned)...])`
macro_rules! t {
    ($name:ident, $text:expr, $published:expr,
     [$(($needle:expr, $feature:expr, $island:expr)),* $(,)?],
     [$(($date:expr, $places:expr, $sentence:expr, $relative:expr, $planned:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let text: &str = $text;
            let published = if $published.is_empty() { None } else { pubdate($published) };
            let mentions: Vec<Mention> = vec![$(mention(text, $needle, $feature, $island)),*];
            let expected: Vec<Row> = vec![$((
                $date.to_string(), $places.to_string(), $sentence.to_string(), $relative, $planned
            )),*];
            assert_eq!(rows(&extract_events(text, &mentions, published, &ContextPlaces::default())), expected);
        }
    };
}

/// The dates of the events of `text` with one mention per `(needle, feature)`.
fn event_dates(text: &str, published: &str, needles: &[(&str, &str)]) -> Vec<String> {
    let mentions: Vec<Mention> = needles
        .iter()
        .map(|(needle, feature)| mention(text, needle, feature, None))
        .collect();
    extract_events(
        text,
        &mentions,
        pubdate(published),
        &ContextPlaces::default(),
    )
    .iter()
    .map(|e| e.date.to_string())
    .collect()
}

/// Asserts that none of the `(text, published, needle)` cases gives an event (the
/// needle is the place's mention).
fn assert_no_events(cases: &[(&str, &str, &str)]) {
    for (text, published, needle) in cases {
        assert_eq!(
            event_dates(text, published, &[(needle, "x")]),
            Vec::<String>::new(),
            "{text}"
        );
    }
}

/// `(date, places joined by ",", how dated, reference texts joined by "|")` per event.
fn dated(
    text: &str,
    published: &str,
    needles: &[(&str, &str, Option<&str>)],
) -> Vec<(String, String, String, String)> {
    let mentions: Vec<Mention> = needles
        .iter()
        .map(|(needle, feature, island)| {
            let mut m = mention(text, needle, feature, *island);
            if feature.ends_with("-kurils") {
                m.kind = PlaceKind::Group;
            }
            m
        })
        .collect();
    let mut context = ContextPlaces::default();
    context.insert("hokkaido");
    let published = if published.is_empty() {
        None
    } else {
        pubdate(published)
    };
    extract_events(text, &mentions, published, &context)
        .iter()
        .map(|e| {
            (
                e.date.to_string(),
                e.places.join(","),
                e.dated_by.code().to_string(),
                e.references
                    .iter()
                    .map(|r| r.text.as_str())
                    .collect::<Vec<_>>()
                    .join("|"),
            )
        })
        .collect()
}

fn row(date: &str, places: &str, by: &str, refs: &str) -> (String, String, String, String) {
    (date.into(), places.into(), by.into(), refs.into())
}

mod background;
mod layout;
mod not_events;
mod sentences;
mod tense;
