//! The articles as JSON Lines: one object per line for each article with
//! evidence, with its provenance, its mentions and its events (the shape
//! `atlas link` prints, plus the library's ids and whether a person corrected
//! each item).

use std::io::{self, Write};

use serde_json::json;

use super::{event_places, precision, Evidence, EvidenceWriter, ExportFilter};
use crate::gazetteer::Gazetteer;

/// Writes one line per article.
pub(super) struct Writer<'g, W: Write> {
    out: W,
    gazetteer: &'g Gazetteer,
    filter: &'g ExportFilter,
}

impl<'g, W: Write> Writer<'g, W> {
    pub(super) fn new(out: W, gazetteer: &'g Gazetteer, filter: &'g ExportFilter) -> Self {
        Writer {
            out,
            gazetteer,
            filter,
        }
    }
}

impl<W: Write> EvidenceWriter for Writer<'_, W> {
    fn write(&mut self, evidence: &Evidence<'_>) -> io::Result<(usize, usize)> {
        let article = evidence.article;
        let mentions: Vec<_> = evidence
            .mentions
            .iter()
            .map(|m| {
                json!({
                    "place": m.feature,
                    "pack": self.gazetteer.place(&m.feature).map(|p| p.pack.as_str()),
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "corrected": m.corrected,
                })
            })
            .collect();
        let events: Vec<_> = evidence
            .events
            .iter()
            .map(|e| {
                let places: Vec<&str> = event_places(e, self.filter, self.gazetteer)
                    .map(|p| p.id.as_str())
                    .collect();
                json!({
                    "id": e.stub.id,
                    "date": e.stub.date.to_string(),
                    "precision": precision(&e.stub.date),
                    "places": places,
                    "sentence": e.sentence,
                    "start": e.start,
                    "end": e.end,
                    "planned": e.stub.planned,
                    "relative": e.stub.relative,
                    "dated_by": e.stub.dated_by.code(),
                    "corrected": e.corrected,
                })
            })
            .collect();
        let line = json!({
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "address": article.address,
            "published": article.published.map(|d| d.to_string()),
            "language": article.language.code(),
            "file_name": article.file_name,
            "mentions": mentions,
            "events": events,
        });
        serde_json::to_writer(&mut self.out, &line)?;
        self.out.write_all(b"\n")?;
        Ok((evidence.mentions.len(), evidence.events.len()))
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
