//! Test fixtures: articles with hand-made mentions and events, and stand-ins
//! for the sentence splitter and the event extractor.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use crate::analysis::{Analysis, Language};
use crate::dates::PartialDate;
use crate::events::{DatedBy, Event, Reference};
use crate::gazetteer::PlaceKind;
use crate::ingest::{Article, Format};
use crate::linker::Mention;
use crate::store::Library;
use crate::text::char_offset;
use crate::Timestamp;

pub static T0: LazyLock<Timestamp> = LazyLock::new(|| "2024-06-01T10:00:00Z".parse().unwrap());
pub static T1: LazyLock<Timestamp> = LazyLock::new(|| "2024-06-02T10:00:00Z".parse().unwrap());
pub static T2: LazyLock<Timestamp> = LazyLock::new(|| "2024-06-03T10:00:00Z".parse().unwrap());

pub type Sample = (Article, Analysis);

/// The lines of SQLite's plan for `sql`, each of its parameters bound to `value`.
pub fn query_plan(lib: &Library, sql: &str, value: rusqlite::types::Value) -> Vec<String> {
    let mut stmt = lib
        .conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap();
    let values = vec![value; stmt.parameter_count()];
    let rows = stmt
        .query_map(rusqlite::params_from_iter(values), |r| {
            r.get::<_, String>(3)
        })
        .unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// The `nth` occurrence of `needle` in `text`, linked to `feature`.
pub fn mention(
    text: &str,
    needle: &str,
    nth: usize,
    feature: &str,
    kind: PlaceKind,
    island: Option<&str>,
) -> Mention {
    let (byte_start, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle} #{nth} not in text"));
    let byte_end = byte_start + needle.len();
    Mention {
        pack: "kuril".into(),
        feature: feature.into(),
        kind,
        island: island.map(Into::into),
        start: char_offset(text, byte_start),
        end: char_offset(text, byte_end),
        byte_start,
        byte_end,
        text: needle.into(),
    }
}

/// An event reported by `sentence` (which must be in `text`).
pub fn event(text: &str, sentence: &str, date: PartialDate, places: &[&str]) -> Event {
    let byte = text.find(sentence).expect("sentence in text");
    Event {
        date,
        places: places.iter().map(|p| p.to_string()).collect(),
        sentence: sentence.into(),
        start: char_offset(text, byte),
        end: char_offset(text, byte + sentence.len()),
        relative: false,
        planned: false,
        dated_by: DatedBy::Stated,
        references: Vec::new(),
    }
}

/// The first occurrence of `words` in `text`, referring to `places`.
pub fn reference(text: &str, words: &str, places: &[&str]) -> Reference {
    let byte = text.find(words).expect("reference in text");
    Reference {
        start: char_offset(text, byte),
        end: char_offset(text, byte + words.len()),
        text: words.into(),
        places: places.iter().map(|p| p.to_string()).collect(),
    }
}

pub fn ymd(year: i32, month: Option<u32>, day: Option<u32>) -> PartialDate {
    PartialDate { year, month, day }
}

fn article(title: &str, published: Option<NaiveDate>, text: &str) -> Article {
    Article {
        title: title.into(),
        source: Some("Example News".into()),
        address: Some("https://news.example.org/kurils".into()),
        published,
        text: text.into(),
        format: Format::Text,
    }
}

pub const EN_TEXT: &str =
    "Russia held exercises on Kunashir in March 2021. Japan protested last year. \
Tokyo says Iturup is Japanese territory. In 2019 an airport opened in Yuzhno-Kurilsk on Kunashir.";

/// English: four mentions (Kunashir twice), two events.
pub fn sample_en() -> Sample {
    let t = EN_TEXT;
    let mentions = vec![
        mention(t, "Kunashir", 0, "kunashir", PlaceKind::Island, None),
        mention(t, "Iturup", 0, "iturup", PlaceKind::Island, None),
        mention(
            t,
            "Yuzhno-Kurilsk",
            0,
            "yuzhno-kurilsk",
            PlaceKind::Place,
            Some("kunashir"),
        ),
        mention(t, "Kunashir", 1, "kunashir", PlaceKind::Island, None),
    ];
    let events = vec![
        event(
            t,
            "Russia held exercises on Kunashir in March 2021.",
            ymd(2021, Some(3), None),
            &["kunashir"],
        ),
        event(
            t,
            "In 2019 an airport opened in Yuzhno-Kurilsk on Kunashir.",
            ymd(2019, None, None),
            &["yuzhno-kurilsk", "kunashir"],
        ),
    ];
    (
        article("Drills on Kunashir", NaiveDate::from_ymd_opt(2022, 4, 2), t),
        Analysis {
            language: Language::En,
            mentions,
            events,
        },
    )
}

pub const RU_TEXT: &str =
    "Остров Кунашир посетил министр. 1 сентября 2022 года на Итурупе открыли завод.";

/// Russian: Кунашир and Итурупе, one event.
pub fn sample_ru() -> Sample {
    let t = RU_TEXT;
    let mentions = vec![
        mention(t, "Кунашир", 0, "kunashir", PlaceKind::Island, None),
        mention(t, "Итурупе", 0, "iturup", PlaceKind::Island, None),
    ];
    let events = vec![event(
        t,
        "1 сентября 2022 года на Итурупе открыли завод.",
        ymd(2022, Some(9), Some(1)),
        &["iturup"],
    )];
    (
        article("Завод на Итурупе", NaiveDate::from_ymd_opt(2022, 9, 2), t),
        Analysis {
            language: Language::Ru,
            mentions,
            events,
        },
    )
}

pub const JA_TEXT: &str = "北方領土の国後島で演習が行われた。択捉島にも部隊が展開した。";

/// Japanese: 国後島 and 択捉島, one event.
pub fn sample_ja() -> Sample {
    let t = JA_TEXT;
    let mentions = vec![
        mention(t, "国後島", 0, "kunashir", PlaceKind::Island, None),
        mention(t, "択捉島", 0, "iturup", PlaceKind::Island, None),
    ];
    let events = vec![event(
        t,
        "北方領土の国後島で演習が行われた。",
        ymd(2023, Some(7), None),
        &["kunashir"],
    )];
    (
        article("国後島での演習", None, t),
        Analysis {
            language: Language::Ja,
            mentions,
            events,
        },
    )
}

pub const NEWS_TEXT: &str = "Russia has deployed coastal missiles on Kunashir and Iturup, the \
defence ministry said. Japan lodged a protest. In 2016 the same system was placed on these islands.";

/// English news: its lead gives an event dated by the publication date, and a
/// later sentence names no island but refers to them ("these islands").
pub fn sample_news() -> Sample {
    let t = NEWS_TEXT;
    let mentions = vec![
        mention(t, "Kunashir", 0, "kunashir", PlaceKind::Island, None),
        mention(t, "Iturup", 0, "iturup", PlaceKind::Island, None),
    ];
    let islands = ["kunashir", "iturup"];
    let lead = Event {
        dated_by: DatedBy::Publication,
        ..event(
            t,
            "Russia has deployed coastal missiles on Kunashir and Iturup, the defence ministry said.",
            ymd(2024, Some(5), Some(13)),
            &islands,
        )
    };
    let earlier = Event {
        references: vec![reference(t, "these islands", &islands)],
        ..event(
            t,
            "In 2016 the same system was placed on these islands.",
            ymd(2016, None, None),
            &islands,
        )
    };
    (
        article(
            "Missiles on the islands",
            NaiveDate::from_ymd_opt(2024, 5, 13),
            t,
        ),
        Analysis {
            language: Language::En,
            mentions,
            events: vec![lead, earlier],
        },
    )
}

pub const DATELINE_TEXT: &str =
    "TOKYO, May 13 (Kyodo) - Japan protested against Russian drills on \
Etorofu, the foreign ministry said. Some 1,000 troops took part in the exercises on the island.";

/// A wire story: its lead's event is dated by its dateline.
pub fn sample_dateline() -> Sample {
    let t = DATELINE_TEXT;
    let lead = Event {
        dated_by: DatedBy::Dateline,
        ..event(
            t,
            "TOKYO, May 13 (Kyodo) - Japan protested against Russian drills on Etorofu, the foreign ministry said.",
            ymd(2025, Some(5), Some(13)),
            &["iturup"],
        )
    };
    (
        article(
            "Tokyo protests drills on Etorofu",
            NaiveDate::from_ymd_opt(2025, 5, 13),
            t,
        ),
        Analysis {
            language: Language::En,
            mentions: vec![mention(t, "Etorofu", 0, "iturup", PlaceKind::Island, None)],
            events: vec![lead],
        },
    )
}

/// Byte ranges of sentences ending in `.`, `!`, `?` or `。`, trimmed.
pub fn fake_sentences(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?' | '。') {
            spans.push(start..i + c.len_utf8());
            start = i + c.len_utf8();
        }
    }
    spans.push(start..text.len());
    spans
        .into_iter()
        .filter_map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let trimmed = s.trim();
            (!trimmed.is_empty()).then(|| r.start + lead..r.start + lead + trimmed.len())
        })
        .collect()
}

/// A stand-in extractor: one event per sentence with a year in it (`2019`), or
/// with "last year" when there is a publication date; places are the features
/// mentioned in the sentence.
/// Finds the events of a text given its mentions and publication date, as
/// [`crate::events::extract_events`] does.
pub type Extractor = dyn Fn(&str, &[Mention], Option<NaiveDate>) -> Vec<Event>;

/// Sets the publication date of article `id` and replaces its events with what
/// `extractor` finds, as the core's `Atlas::set_published` does with the real extractor.
pub fn set_published_with(
    lib: &mut Library,
    id: i64,
    published: Option<NaiveDate>,
    extractor: &Extractor,
) -> crate::Result<()> {
    let (text, mentions) = lib.text_and_mentions(id)?;
    lib.replace_events(id, published, &extractor(&text, &mentions, published))
}

pub fn fake_extract(text: &str, mentions: &[Mention], published: Option<NaiveDate>) -> Vec<Event> {
    let mut events = Vec::new();
    for span in fake_sentences(text) {
        let sentence = &text[span.clone()];
        let year = sentence
            .split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 4)
            .and_then(|w| w.parse::<i32>().ok());
        let (year, relative) = match (year, published) {
            (Some(y), _) => (y, false),
            (None, Some(p)) if sentence.contains("last year") => (p.year() - 1, true),
            _ => continue,
        };
        let mut places: Vec<String> = Vec::new();
        for m in mentions {
            if span.contains(&m.byte_start) && !places.contains(&m.feature) {
                places.push(m.feature.clone());
            }
        }
        events.push(Event {
            date: ymd(year, None, None),
            places,
            sentence: sentence.into(),
            start: char_offset(text, span.start),
            end: char_offset(text, span.end),
            relative,
            planned: false,
            dated_by: if relative {
                DatedBy::Relative
            } else {
                DatedBy::Stated
            },
            references: Vec::new(),
        });
    }
    events
}

/// Lets `lib` grow by `pages` more pages only (any number lifts the limit
/// again): past it SQLite says the disk is full (`SQLITE_FULL`), as a full disk does.
pub fn limit_growth(lib: &Library, pages: i64) {
    let now: i64 = lib
        .conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    lib.conn
        .pragma_update(None, "max_page_count", now + pages)
        .unwrap();
}

/// Writes a library of the samples (an event dated by the publication date, one
/// by a dateline, words that refer to places) to the path in
/// `ATLAS_SHOWCASE_LIBRARY`, to look at them in the app:
/// `ATLAS_SHOWCASE_LIBRARY=/tmp/atlas/library.sqlite3 cargo test -p atlas-core --lib showcase -- --ignored`,
/// then `dispute-atlas --data-dir /tmp/atlas`.
#[test]
#[ignore = "writes a library for a person to look at"]
fn showcase_library() {
    let path = std::env::var_os("ATLAS_SHOWCASE_LIBRARY").expect("ATLAS_SHOWCASE_LIBRARY is set");
    let mut lib = Library::open(&path).unwrap();
    let samples = [
        sample_en(),
        sample_ru(),
        sample_ja(),
        sample_news(),
        sample_dateline(),
    ];
    for (i, (article, analysis)) in samples.iter().enumerate() {
        let file = format!("sample-{i}.txt");
        lib.import(&file, article, analysis, *T0).unwrap();
    }
}

/// Takes the library at `path` back to schema version 4: the aggregate's
/// (and the excerpts' order's) tables and triggers go, and the article list's indexes.
pub fn downgrade_to_version_4(path: &std::path::Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let names: Vec<(String, String)> = {
        let mut stmt = conn
            .prepare(
                "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger') \
                 AND (name IN ('places', 'event_counts', 'dispute_event_counts', \
                 'event_disputes', 'article_island_years', 'island_year_pairs', \
                 'place_article_counts', 'dispute_article_counts', 'library_counts', \
                 'excerpt_ranking', 'dispute_coverage') OR name LIKE '%aggregate%' \
                 OR name LIKE '%ranking%' OR name LIKE '%coverage%' \
                 OR name LIKE 'article_island_years_%')",
            )
            .unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    for (kind, name) in names.iter().filter(|(k, _)| k == "trigger") {
        conn.execute_batch(&format!("DROP {} {name}", kind.to_uppercase()))
            .unwrap();
    }
    for (kind, name) in names.iter().filter(|(k, _)| k == "table") {
        conn.execute_batch(&format!("DROP {} {name}", kind.to_uppercase()))
            .unwrap();
    }
    // And version 7's indexes of the article list (version 8's column of
    // `places` went with the table).
    conn.execute_batch(
        "DROP INDEX IF EXISTS articles_published; DROP INDEX IF EXISTS articles_source; \
         DROP INDEX IF EXISTS articles_language; DROP INDEX IF EXISTS mentions_island;",
    )
    .unwrap();
    conn.pragma_update(None, "user_version", 4).unwrap();
}
