//! The timeline: the pack's curated history and the stored articles' events,
//! merged once, in date order, with ids that say where each event comes from.

use serde_with::{DeserializeFromStr, SerializeDisplay};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::dates::PartialDate;
use crate::events::DatedBy;
use crate::gazetteer::{Gazetteer, HistoricalEvent};
use crate::store::{DateCorrection, EventFilter, EventRecord, EventStub, YearCount};
use crate::Error;

/// An event's id, unique among curated and article events and stable for a
/// curated one: `history:<pack event id>` (`history:shimoda-1855`) or
/// `article-event:<n>` (the store's id, which changes when an article's events
/// are extracted again).
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, SerializeDisplay, DeserializeFromStr,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub enum EventId {
    /// An event of the pack's curated history, by its id in the pack.
    Curated(String),
    /// An event reported by a stored article, by its id in the library.
    Article(i64),
}

const CURATED_PREFIX: &str = "history:";
const ARTICLE_PREFIX: &str = "article-event:";

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventId::Curated(id) => write!(f, "{CURATED_PREFIX}{id}"),
            EventId::Article(id) => write!(f, "{ARTICLE_PREFIX}{id}"),
        }
    }
}

impl FromStr for EventId {
    type Err = Error;

    fn from_str(s: &str) -> Result<EventId, Error> {
        if let Some(id) = s.strip_prefix(CURATED_PREFIX).filter(|id| !id.is_empty()) {
            return Ok(EventId::Curated(id.to_string()));
        }
        s.strip_prefix(ARTICLE_PREFIX)
            .and_then(|n| n.parse().ok())
            .map(EventId::Article)
            .ok_or_else(|| {
                Error::InvalidInput(format!(
                    "{s:?} is not an event id (history:<id> or article-event:<number>)"
                ))
            })
    }
}

/// An event as the timeline, the map and the event index need it: when, where,
/// which article, but not its text. The list asks for the text of the rows it
/// shows ([`TimelineEvent`]).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct EventSummary {
    /// Where it comes from; unique among all events.
    pub id: EventId,
    /// When, at the precision known.
    pub date: PartialDate,
    /// The year of `date`.
    pub year: i32,
    /// Place ids, in order of first mention.
    pub places: Vec<String>,
    /// The article that reports it.
    #[cfg_attr(feature = "ts", ts(as = "Option<f64>"))]
    pub article_id: Option<i64>,
    /// The date was resolved against the article's publication date.
    pub relative: bool,
    /// The event is planned rather than reported as having happened.
    pub planned: bool,
    /// How its date was found: `publication` and `dateline` events report no
    /// date of their own (a curated event's date is `stated`).
    pub dated_by: DatedBy,
    /// The event comes from the pack's curated history.
    pub curated: bool,
}

/// One event on the timeline with its text: from the pack's curated history
/// (`curated`, with `title` and `source`) or reported by a stored article (with
/// `article_id`, its title and the sentence's span).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct TimelineEvent {
    /// When, where, from where.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub summary: EventSummary,
    /// The sentence that reports it (a curated event's description).
    pub sentence: String,
    /// A curated event's title.
    pub title: Option<String>,
    /// A curated event's source.
    pub source: Option<String>,
    /// The title of the article that reports it.
    pub article_title: Option<String>,
    /// The source of the article that reports it, when known.
    pub article_source: Option<String>,
    /// Character offset of the sentence in the article's text.
    pub start: Option<usize>,
    /// Character end offset of the sentence.
    pub end: Option<usize>,
    /// When a person corrected its date: the extracted date and the time.
    pub correction: Option<DateCorrection>,
}

/// How many events fall in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct YearBin {
    /// The year.
    pub year: i32,
    /// Events of the pack's curated history.
    pub curated: usize,
    /// Events reported by stored articles.
    pub articles: usize,
}

/// The timeline's histogram.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Histogram {
    /// Years with at least one event, in order.
    pub years: Vec<YearBin>,
    /// Stored articles that report no dated event.
    pub undated: usize,
}

impl TimelineEvent {
    /// A curated event of the pack.
    pub(crate) fn curated(event: &HistoricalEvent) -> TimelineEvent {
        TimelineEvent {
            summary: EventSummary {
                id: EventId::Curated(event.id.clone()),
                date: event.date,
                year: event.date.year,
                places: event.places.clone(),
                article_id: None,
                relative: false,
                planned: false,
                dated_by: DatedBy::Stated,
                curated: true,
            },
            sentence: event.description.clone(),
            title: Some(event.title.clone()),
            source: Some(event.source.clone()),
            article_title: None,
            article_source: None,
            start: None,
            end: None,
            correction: None,
        }
    }
}

impl From<EventRecord> for TimelineEvent {
    fn from(e: EventRecord) -> TimelineEvent {
        TimelineEvent {
            summary: e.stub.into(),
            sentence: e.sentence,
            title: None,
            source: None,
            article_title: Some(e.article_title),
            article_source: e.article_source,
            start: Some(e.start),
            end: Some(e.end),
            correction: e.date_correction,
        }
    }
}

impl From<EventStub> for EventSummary {
    fn from(e: EventStub) -> EventSummary {
        EventSummary {
            id: EventId::Article(e.id),
            date: e.date,
            year: e.year,
            places: e.places,
            article_id: Some(e.article_id),
            relative: e.relative,
            planned: e.planned,
            dated_by: e.dated_by,
            curated: false,
        }
    }
}

/// The pack's curated events that pass `filter`, in pack order.
pub(crate) fn curated_events<'g>(
    gazetteer: &'g Gazetteer,
    filter: &'g EventFilter,
) -> impl Iterator<Item = TimelineEvent> + 'g {
    gazetteer
        .history()
        .iter()
        .map(TimelineEvent::curated)
        .filter(move |e| {
            let e = &e.summary;
            filter.from.is_none_or(|from| e.year >= from)
                && filter.to.is_none_or(|to| e.year <= to)
                && filter.place.as_ref().is_none_or(|p| e.places.contains(p))
        })
}

/// `curated` then `stored`, sorted by date; the sort is stable, so curated
/// events come first within a date and article events keep the store's order.
pub(crate) fn merge<T, C, S>(curated: C, stored: S, date: impl Fn(&T) -> PartialDate) -> Vec<T>
where
    C: IntoIterator<Item = T>,
    S: IntoIterator<Item = T>,
{
    let mut events: Vec<T> = curated.into_iter().collect();
    events.extend(stored);
    events.sort_by_key(|e| date(e));
    events
}

/// The histogram of the curated events and the store's per-year counts.
pub(crate) fn histogram(
    curated: impl IntoIterator<Item = TimelineEvent>,
    stored: Vec<YearCount>,
    undated: usize,
) -> Histogram {
    let mut years: BTreeMap<i32, YearBin> = BTreeMap::new();
    fn bin(years: &mut BTreeMap<i32, YearBin>, year: i32) -> &mut YearBin {
        years.entry(year).or_insert(YearBin {
            year,
            curated: 0,
            articles: 0,
        })
    }
    for e in curated {
        bin(&mut years, e.summary.year).curated += 1;
    }
    for y in stored {
        bin(&mut years, y.year).articles += y.count;
    }
    Histogram {
        years: years.into_values().collect(),
        undated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_round_trip_and_reject_garbage() {
        for id in [
            EventId::Curated("shimoda-1855".into()),
            EventId::Article(42),
        ] {
            assert_eq!(id.to_string().parse::<EventId>().unwrap(), id);
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(serde_json::from_str::<EventId>(&json).unwrap(), id);
        }
        assert_eq!(EventId::Article(7).to_string(), "article-event:7");
        for bad in ["", "7", "-1", "history:", "article-event:x", "event:3"] {
            assert_eq!(bad.parse::<EventId>().unwrap_err().code(), "invalid_input");
        }
    }

    #[test]
    fn curated_events_keep_their_pack_id_and_year() {
        let g = Gazetteer::kuril();
        let all = EventFilter::default();
        let events: Vec<TimelineEvent> = curated_events(&g, &all).collect();
        assert_eq!(events.len(), g.history().len());
        assert_eq!(
            events[0].summary.id,
            EventId::Curated(g.history()[0].id.clone())
        );
        assert_eq!(events[0].summary.year, 1855);
        assert!(events
            .iter()
            .all(|e| e.summary.curated && e.summary.article_id.is_none()));
        let json = serde_json::to_value(&events[0]).unwrap();
        assert!(json.get("article_id").is_none());
        assert_eq!(json["title"], "Treaty of Shimoda");
    }
}
