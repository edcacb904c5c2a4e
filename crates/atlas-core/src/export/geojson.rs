//! The events as a GeoJSON FeatureCollection (RFC 7946): a point feature per
//! event and place, at the place's label point, with the event's date and
//! precision, the sentence and its character span, and the article it comes
//! from. QGIS opens it as a layer.

use std::io::{self, Write};

use geojson::{Feature, Geometry, GeometryValue};
use serde_json::json;

use super::{event_places, precision, Evidence, EvidenceWriter, ExportFilter};
use crate::gazetteer::Gazetteer;

/// Streams features between the collection's opening and its end.
pub(super) struct Writer<'g, W: Write> {
    out: W,
    gazetteer: &'g Gazetteer,
    filter: &'g ExportFilter,
    features: usize,
}

impl<'g, W: Write> Writer<'g, W> {
    /// Opens the collection.
    pub(super) fn new(
        mut out: W,
        gazetteer: &'g Gazetteer,
        filter: &'g ExportFilter,
    ) -> io::Result<Self> {
        out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
        Ok(Writer {
            out,
            gazetteer,
            filter,
            features: 0,
        })
    }
}

impl<W: Write> EvidenceWriter for Writer<'_, W> {
    fn write(&mut self, evidence: &Evidence<'_>) -> io::Result<(usize, usize)> {
        let article = evidence.article;
        let mut written = 0;
        for event in &evidence.events {
            for place in event_places(event, self.filter, self.gazetteer) {
                let properties = json!({
                    "event_id": event.stub.id,
                    "date": event.stub.date.to_string(),
                    "precision": precision(&event.stub.date),
                    "year": event.stub.year,
                    "planned": event.stub.planned,
                    "dated_by": event.stub.dated_by.code(),
                    "corrected": event.corrected,
                    "place": place.id,
                    "place_name": place.names.en,
                    "pack": place.pack,
                    "sentence": event.sentence,
                    "start": event.start,
                    "end": event.end,
                    "article_id": article.id,
                    "article_title": article.title,
                    "source": article.source,
                    "address": article.address,
                    "published": article.published.map(|d| d.to_string()),
                    "language": article.language.code(),
                    "file_name": article.file_name,
                });
                let serde_json::Value::Object(properties) = properties else {
                    unreachable!("json! of an object is an object")
                };
                let feature = Feature {
                    geometry: Some(Geometry::new(GeometryValue::new_point(place.label))),
                    properties: Some(properties),
                    ..Feature::default()
                };
                if self.features > 0 {
                    self.out.write_all(b",\n")?;
                }
                serde_json::to_writer(&mut self.out, &feature)?;
                self.features += 1;
                written += 1;
            }
        }
        Ok((0, written))
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()
    }
}
