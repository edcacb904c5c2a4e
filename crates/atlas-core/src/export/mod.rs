//! Evidence out of the library, each item traceable to an article and a
//! sentence: the events as GeoJSON (`export/geojson.rs`), the mentions as CSV
//! (`export/csv.rs`), the articles as JSON Lines (`export/jsonl.rs`).
//!
//! An export honours an [`ExportFilter`] (a dispute pack and a span of years)
//! and streams: one article is read at a time, so a large library is exported
//! in little memory. Article text is untrusted: the JSON writers escape it,
//! and the CSV writer also neutralises cells a spreadsheet would run as a
//! formula.

use std::io::Write;
use std::path::Path;
use std::str::FromStr;

use chrono::Datelike;

use crate::gazetteer::{Gazetteer, Place};
use crate::language::Language;
use crate::sentences::sentence_spans;
use crate::store::{ArticleRecord, EventRecord, MentionRecord};
use crate::text::{byte_offset, char_offset};
use crate::{Error, Result};

mod csv;
mod geojson;
mod jsonl;

/// What to export, in which file format (`geojson`, `csv`, `jsonl` across IPC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ExportFormat {
    /// The events as a GeoJSON FeatureCollection: a point feature per event
    /// and place, for QGIS or any map tool.
    #[serde(rename = "geojson")]
    GeoJson,
    /// The mentions as CSV, one row per mention, for a spreadsheet.
    #[serde(rename = "csv")]
    Csv,
    /// The articles as JSON Lines, one object per article with its mentions
    /// and events (the shape of `atlas link`, with the library's ids and corrections).
    #[serde(rename = "jsonl")]
    JsonLines,
}

impl FromStr for ExportFormat {
    type Err = Error;

    /// `geojson`, `csv` or `jsonl`.
    fn from_str(s: &str) -> Result<ExportFormat> {
        match s {
            "geojson" => Ok(ExportFormat::GeoJson),
            "csv" => Ok(ExportFormat::Csv),
            "jsonl" => Ok(ExportFormat::JsonLines),
            other => Err(Error::InvalidInput(format!(
                "{other:?} is no export format: use geojson, csv or jsonl"
            ))),
        }
    }
}

/// Which evidence to export. Events are kept by the year they happened in,
/// mentions and articles by the year their article was published (an article
/// without a publication date passes no year bound); the source and the
/// language are the article's, as the library's list and the search filter them.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(default)]
pub struct ExportFilter {
    /// Only this dispute pack's places (its id, `senkaku`); `None`: every pack.
    pub pack: Option<String>,
    /// The first year wanted.
    pub from: Option<i32>,
    /// The last year wanted (inclusive).
    pub to: Option<i32>,
    /// Only articles whose source is exactly this.
    pub source: Option<String>,
    /// Only articles in this language.
    pub language: Option<Language>,
}

impl ExportFilter {
    /// Whether `article`'s source and language pass.
    fn article_passes(&self, article: &ArticleRecord) -> bool {
        self.source
            .as_deref()
            .is_none_or(|s| article.source.as_deref() == Some(s))
            && self.language.is_none_or(|l| l == article.language)
    }

    fn year_passes(&self, year: Option<i32>) -> bool {
        year.is_none_or(|year| {
            self.from.is_none_or(|from| year >= from) && self.to.is_none_or(|to| year <= to)
        })
    }
}

/// How much an export wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportCount {
    /// Articles with something exported.
    pub articles: usize,
    /// Mentions written (CSV, JSON Lines).
    pub mentions: usize,
    /// Events written (GeoJSON: one feature per event and place; JSON Lines).
    pub events: usize,
}

/// One article's evidence that passes the filter, with what a row needs to
/// say where it comes from.
pub(crate) struct Evidence<'a> {
    pub article: &'a ArticleRecord,
    /// The mentions of places that pass the filter.
    pub mentions: Vec<&'a MentionRecord>,
    /// The events that pass the filter.
    pub events: Vec<&'a EventRecord>,
    /// The article's sentences as character ranges, for a mention's sentence.
    sentences: Vec<std::ops::Range<usize>>,
}

impl<'a> Evidence<'a> {
    /// What of `article` passes `filter`, with places looked up in `gazetteer`.
    fn of(article: &'a ArticleRecord, filter: &ExportFilter, gazetteer: &Gazetteer) -> Self {
        let in_pack = |place: &str| {
            filter
                .pack
                .as_deref()
                .is_none_or(|pack| gazetteer.place(place).is_some_and(|p| p.pack == pack))
        };
        let published = filter.year_passes(article.published.map(|d| d.year()));
        let mentions = if published {
            article
                .mentions
                .iter()
                .filter(|m| in_pack(&m.feature))
                .collect()
        } else {
            Vec::new()
        };
        let events = article
            .events
            .iter()
            .filter(|e| filter.year_passes(Some(e.stub.year)))
            .filter(|e| e.stub.places.iter().any(|p| in_pack(p)))
            .collect();
        let text = &article.text;
        let sentences = sentence_spans(text)
            .into_iter()
            .map(|s| char_offset(text, s.start)..char_offset(text, s.end))
            .collect();
        Evidence {
            article,
            mentions,
            events,
            sentences,
        }
    }

    fn is_empty(&self) -> bool {
        self.mentions.is_empty() && self.events.is_empty()
    }

    /// The sentence holding the mention (its own text if no sentence does).
    pub fn sentence_of(&self, mention: &MentionRecord) -> &'a str {
        let text = &self.article.text;
        let i = self.sentences.partition_point(|s| s.end <= mention.start);
        let chars = match self.sentences.get(i) {
            Some(s) if s.start <= mention.start => s.clone(),
            _ => mention.start..mention.end,
        };
        let start = byte_offset(text, chars.start);
        &text[start..start + byte_offset(&text[start..], chars.end - chars.start)]
    }
}

/// The place ids an event is exported at: those of the filter's pack.
pub(crate) fn event_places<'e>(
    event: &'e EventRecord,
    filter: &ExportFilter,
    gazetteer: &'e Gazetteer,
) -> impl Iterator<Item = &'e Place> + use<'e> {
    let pack = filter.pack.clone();
    event
        .stub
        .places
        .iter()
        .filter_map(|id| gazetteer.place(id))
        .filter(move |p| pack.as_deref().is_none_or(|pack| p.pack == pack))
}

/// Writes the evidence of `articles` that passes `filter` to `out` in `format`.
/// `articles` yields the library's articles one at a time; `destination`
/// names `out` in errors.
///
/// # Errors
/// [`Error::Write`] if writing fails, or the first error `articles` gives.
pub fn export(
    articles: impl Iterator<Item = Result<ArticleRecord>>,
    gazetteer: &Gazetteer,
    filter: &ExportFilter,
    format: ExportFormat,
    out: impl Write,
    destination: &Path,
) -> Result<ExportCount> {
    let failed = |e: std::io::Error| Error::write(destination, e);
    let mut writer: Box<dyn EvidenceWriter + '_> = match format {
        ExportFormat::GeoJson => {
            Box::new(geojson::Writer::new(out, gazetteer, filter).map_err(failed)?)
        }
        ExportFormat::Csv => Box::new(csv::Writer::new(out, gazetteer).map_err(failed)?),
        ExportFormat::JsonLines => Box::new(jsonl::Writer::new(out, gazetteer, filter)),
    };
    let mut count = ExportCount::default();
    for article in articles {
        let article = article?;
        if !filter.article_passes(&article) {
            continue;
        }
        let evidence = Evidence::of(&article, filter, gazetteer);
        if evidence.is_empty() {
            continue;
        }
        let (mentions, events) = writer.write(&evidence).map_err(failed)?;
        if mentions + events > 0 {
            count.articles += 1;
        }
        count.mentions += mentions;
        count.events += events;
    }
    writer.finish().map_err(failed)?;
    Ok(count)
}

/// One file format's writer.
trait EvidenceWriter {
    /// Writes one article's evidence; says how many mentions and events it wrote.
    fn write(&mut self, evidence: &Evidence<'_>) -> std::io::Result<(usize, usize)>;
    /// Ends the file and flushes it.
    fn finish(&mut self) -> std::io::Result<()>;
}

/// The precision of a date: `year`, `month` or `day`.
pub(crate) fn precision(date: &crate::dates::PartialDate) -> &'static str {
    match (date.month, date.day) {
        (_, Some(_)) => "day",
        (Some(_), None) => "month",
        _ => "year",
    }
}
