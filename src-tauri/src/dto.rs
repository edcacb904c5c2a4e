//! The data-transfer types of the IPC: what commands return and what import
//! progress reports. Field names are the UI's (snake_case, as the contract has
//! them); dates are `YYYY-MM-DD` strings; optional fields are left out when empty.
//!
//! Their TypeScript declarations in `ui/src/bindings/` are generated from these
//! types by ts-rs (`cargo test -p dispute-atlas --lib dto::`; the test script fails
//! when the committed files are stale).

use atlas_core::gazetteer::{Gazetteer, HistoricalEvent};
use atlas_core::store;
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// The dispute pack: its manifest and its places as GeoJSON.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PackDto {
    /// The pack's id (`kuril`).
    pub id: String,
    /// Its name, for the title bar.
    pub name: String,
    /// Attribution of the geodata, shown on the map.
    pub attribution: String,
    /// `[west, south, east, north]` in degrees.
    pub bounds: [f64; 4],
    /// The places with names, claims and groups ([`Gazetteer::to_feature_collection`]).
    #[ts(type = "import('geojson').FeatureCollection")]
    pub places: serde_json::Value,
}

impl PackDto {
    /// The pack `gazetteer` as the map wants it.
    pub fn from_gazetteer(gazetteer: &Gazetteer) -> PackDto {
        let info = gazetteer.info();
        PackDto {
            id: info.id.clone(),
            name: info.name.clone(),
            attribution: info.attribution.clone(),
            bounds: info.bounds,
            places: serde_json::to_value(gazetteer.to_feature_collection())
                .expect("a feature collection serializes"),
        }
    }
}

/// One event on the timeline: from the pack's curated history (`curated`, with
/// `title` and `source`) or reported by a stored article (with `article_id`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct EventDto {
    /// Unique among all events: article events have the store's (positive) id,
    /// curated ones `-1`, `-2`, ... in pack order.
    #[ts(type = "number")]
    pub id: i64,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The year of `date`.
    pub year: i32,
    /// Place ids, in order of first mention.
    pub places: Vec<String>,
    /// The sentence that reports it (a curated event's description).
    pub sentence: String,
    /// A curated event's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub title: Option<String>,
    /// A curated event's source.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub source: Option<String>,
    /// The article that reports it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub article_id: Option<i64>,
    /// That article's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub article_title: Option<String>,
    /// The date was resolved against the article's publication date.
    pub relative: bool,
    /// The event is planned rather than reported as having happened.
    pub planned: bool,
    /// The event comes from the pack's curated history.
    pub curated: bool,
}

impl EventDto {
    /// The `index`-th event of the pack's curated history.
    pub fn curated(index: usize, event: &HistoricalEvent) -> EventDto {
        EventDto {
            id: -(index as i64) - 1,
            date: event.date.clone(),
            year: year_of(&event.date),
            places: event.places.clone(),
            sentence: event.description.clone(),
            title: Some(event.title.clone()),
            source: Some(event.source.clone()),
            article_id: None,
            article_title: None,
            relative: false,
            planned: false,
            curated: true,
        }
    }
}

impl From<store::EventRecord> for EventDto {
    fn from(e: store::EventRecord) -> EventDto {
        EventDto {
            id: e.id,
            date: e.date,
            year: e.year,
            places: e.places,
            sentence: e.sentence,
            title: None,
            source: None,
            article_id: Some(e.article_id),
            article_title: Some(e.article_title),
            relative: e.relative,
            planned: e.planned,
            curated: false,
        }
    }
}

/// An event as the timeline, the map and the event index need it: when, where,
/// which article, but not its text. A large library has tens of thousands of
/// events; the list asks for the text of the rows it shows ([`EventDto`]).
#[derive(Debug, Clone, Serialize, TS)]
pub struct EventSummary {
    /// As [`EventDto::id`].
    #[ts(type = "number")]
    pub id: i64,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The year of `date`.
    pub year: i32,
    /// Place ids, in order of first mention.
    pub places: Vec<String>,
    /// The article that reports it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub article_id: Option<i64>,
    /// The date was resolved against the article's publication date.
    pub relative: bool,
    /// The event is planned rather than reported as having happened.
    pub planned: bool,
    /// The event comes from the pack's curated history.
    pub curated: bool,
}

impl From<EventDto> for EventSummary {
    fn from(e: EventDto) -> EventSummary {
        EventSummary {
            id: e.id,
            date: e.date,
            year: e.year,
            places: e.places,
            article_id: e.article_id,
            relative: e.relative,
            planned: e.planned,
            curated: e.curated,
        }
    }
}

impl From<store::EventStub> for EventSummary {
    fn from(e: store::EventStub) -> EventSummary {
        EventSummary {
            id: e.id,
            date: e.date,
            year: e.year,
            places: e.places,
            article_id: Some(e.article_id),
            relative: e.relative,
            planned: e.planned,
            curated: false,
        }
    }
}

/// The year of a pack date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, validated by the pack loader).
fn year_of(date: &str) -> i32 {
    date.split('-')
        .next()
        .and_then(|y| y.parse().ok())
        .unwrap_or(0)
}

/// How many events fall in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct YearBin {
    /// The year.
    pub year: i32,
    /// Events of the pack's curated history.
    #[ts(type = "number")]
    pub curated: usize,
    /// Events reported by stored articles.
    #[ts(type = "number")]
    pub articles: usize,
}

/// The timeline's histogram.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HistogramDto {
    /// Years with at least one event, in order.
    pub years: Vec<YearBin>,
    /// Stored articles that report no dated event.
    #[ts(type = "number")]
    pub undated: usize,
}

/// A stored article, without its text.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ArticleSummary {
    /// The article's id.
    #[ts(type = "number")]
    pub id: i64,
    /// Its title.
    pub title: String,
    /// Where it came from, when the file says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub source: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub published: Option<String>,
    /// `en`, `ru`, `ja` or `und`.
    #[ts(type = "'en' | 'ru' | 'ja' | 'und'")]
    pub language: String,
    /// The name of the file it was imported from.
    pub file_name: String,
    /// Linked mentions.
    #[ts(type = "number")]
    pub mention_count: usize,
    /// Dated events.
    #[ts(type = "number")]
    pub event_count: usize,
    /// The places it mentions, in order of first mention.
    pub places: Vec<String>,
    /// When it was imported (RFC 3339).
    pub imported_at: String,
}

impl From<store::ArticleSummary> for ArticleSummary {
    fn from(a: store::ArticleSummary) -> ArticleSummary {
        ArticleSummary {
            id: a.id,
            title: a.title,
            source: a.source,
            published: a.published.map(day),
            language: a.language.code().to_string(),
            file_name: a.file_name,
            mention_count: a.mention_count,
            event_count: a.event_count,
            places: a.places,
            imported_at: a.imported_at,
        }
    }
}

/// One mention of a place in an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MentionDto {
    /// The place id.
    pub feature: String,
    /// `island`, `group` or `place`.
    #[ts(type = "'island' | 'group' | 'place'")]
    pub kind: String,
    /// For a sub-place, the island it lies on.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub island: Option<String>,
    /// Character (code point) offset in the article text.
    #[ts(type = "number")]
    pub start: usize,
    /// Character end offset.
    #[ts(type = "number")]
    pub end: usize,
    /// The text as it stands in the article.
    pub text: String,
}

/// A whole article: its summary, text, mentions and events.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ArticleDto {
    /// What the list shows.
    #[serde(flatten)]
    #[ts(flatten)]
    pub summary: ArticleSummary,
    /// The clean text.
    pub text: String,
    /// Every mention, in text order.
    pub mentions: Vec<MentionDto>,
    /// Its events, in date order.
    pub events: Vec<EventDto>,
}

impl From<store::ArticleRecord> for ArticleDto {
    fn from(a: store::ArticleRecord) -> ArticleDto {
        let mut places: Vec<String> = Vec::new();
        for m in &a.mentions {
            if !places.contains(&m.feature) {
                places.push(m.feature.clone());
            }
        }
        ArticleDto {
            summary: ArticleSummary {
                id: a.id,
                title: a.title,
                source: a.source,
                published: a.published.map(day),
                language: a.language.code().to_string(),
                file_name: a.file_name,
                mention_count: a.mentions.len(),
                event_count: a.events.len(),
                places,
                imported_at: a.imported_at,
            },
            text: a.text,
            mentions: a
                .mentions
                .into_iter()
                .map(|m| MentionDto {
                    feature: m.feature,
                    kind: m.kind.as_str().to_string(),
                    island: m.island,
                    start: m.start,
                    end: m.end,
                    text: m.text,
                })
                .collect(),
            events: a.events.into_iter().map(EventDto::from).collect(),
        }
    }
}

/// A highlighted mention inside an excerpt (offsets relative to the excerpt).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExcerptHighlight {
    /// Character offset in the excerpt's text.
    #[ts(type = "number")]
    pub start: usize,
    /// Character end offset.
    #[ts(type = "number")]
    pub end: usize,
    /// The place mentioned.
    pub feature: String,
}

/// The sentences around one or more mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExcerptDto {
    /// The sentences.
    pub text: String,
    /// Character offset of the excerpt in the article.
    #[ts(type = "number")]
    pub start: usize,
    /// Character end offset in the article.
    #[ts(type = "number")]
    pub end: usize,
    /// The mentions to highlight.
    pub highlights: Vec<ExcerptHighlight>,
}

/// One article's excerpts about a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ArticleExcerpts {
    /// The article.
    #[ts(type = "number")]
    pub article_id: i64,
    /// Its title.
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub published: Option<String>,
    /// Where it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub source: Option<String>,
    /// Mentions of the place (and its sub-places) in the article.
    #[ts(type = "number")]
    pub mention_count: usize,
    /// The excerpts, in text order.
    pub excerpts: Vec<ExcerptDto>,
}

impl From<store::ArticleExcerpts> for ArticleExcerpts {
    fn from(a: store::ArticleExcerpts) -> ArticleExcerpts {
        ArticleExcerpts {
            article_id: a.article_id,
            title: a.title,
            published: a.published.map(day),
            source: a.source,
            mention_count: a.mention_count,
            excerpts: a
                .excerpts
                .into_iter()
                .map(|x| ExcerptDto {
                    text: x.text,
                    start: x.start,
                    end: x.end,
                    highlights: x
                        .highlights
                        .into_iter()
                        .map(|h| ExcerptHighlight {
                            start: h.start,
                            end: h.end,
                            feature: h.feature,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// A stretch of a search snippet that matched the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct SnippetHighlight {
    /// Character offset in the snippet.
    #[ts(type = "number")]
    pub start: usize,
    /// Character end offset.
    #[ts(type = "number")]
    pub end: usize,
}

/// One article found by a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SearchHit {
    /// The article.
    #[ts(type = "number")]
    pub article_id: i64,
    /// Its title.
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub published: Option<String>,
    /// Text around the best match.
    pub snippet: String,
    /// The matches in `snippet`.
    pub highlights: Vec<SnippetHighlight>,
}

pub use atlas_core::import::{ImportProgress, ImportSummary};

/// A date as the UI shows and sends it.
pub fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Writes the TypeScript declarations of every type above into `dir`.
///
/// # Errors
/// The ts-rs error when a file cannot be written.
pub fn export_bindings(dir: &std::path::Path) -> Result<(), ts_rs::ExportError> {
    PackDto::export_all_to(dir)?;
    EventDto::export_all_to(dir)?;
    EventSummary::export_all_to(dir)?;
    HistogramDto::export_all_to(dir)?;
    ArticleSummary::export_all_to(dir)?;
    ArticleDto::export_all_to(dir)?;
    ArticleExcerpts::export_all_to(dir)?;
    SearchHit::export_all_to(dir)?;
    ImportProgress::export_all_to(dir)?;
    ImportSummary::export_all_to(dir)?;
    atlas_core::error::SerializedError::export_all_to(dir)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regenerates `ui/src/bindings/`; `scripts/test.sh` then fails if git sees a change.
    #[test]
    fn typescript_bindings_are_exported() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings");
        export_bindings(&dir).expect("bindings written");
        assert!(dir.join("EventDto.ts").is_file());
    }

    #[test]
    fn curated_events_get_negative_ids_and_their_year() {
        let g = Gazetteer::kuril();
        let events: Vec<EventDto> = g
            .history()
            .iter()
            .enumerate()
            .map(|(i, e)| EventDto::curated(i, e))
            .collect();
        assert_eq!(events[0].id, -1);
        assert_eq!(events[0].year, 1855);
        assert!(events.iter().all(|e| e.curated && e.article_id.is_none()));
        let json = serde_json::to_value(&events[0]).unwrap();
        assert!(json.get("article_id").is_none());
        assert_eq!(json["title"], "Treaty of Shimoda");
    }
}
