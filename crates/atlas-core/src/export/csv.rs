//! The mentions as CSV (RFC 4180, with a header row), one row per mention:
//! the article and where it came from, the place, the character span, the
//! text as it stands and its sentence. Quoting is the `csv` crate's; a cell a
//! spreadsheet would run as a formula is neutralised ([`neutralised`]).

use std::borrow::Cow;
use std::io::{self, Write};

use super::{Evidence, EvidenceWriter};
use crate::gazetteer::Gazetteer;

/// The header row.
const HEADER: [&str; 15] = [
    "article_id",
    "article_title",
    "source",
    "address",
    "published",
    "language",
    "file_name",
    "place",
    "place_name",
    "pack",
    "start",
    "end",
    "text",
    "sentence",
    "corrected",
];

/// Writes rows under the header.
pub(super) struct Writer<'g, W: Write> {
    out: csv::Writer<W>,
    gazetteer: &'g Gazetteer,
}

impl<'g, W: Write> Writer<'g, W> {
    /// Writes the header.
    pub(super) fn new(out: W, gazetteer: &'g Gazetteer) -> io::Result<Self> {
        let mut out = csv::Writer::from_writer(out);
        out.write_record(HEADER)?;
        Ok(Writer { out, gazetteer })
    }
}

impl<W: Write> EvidenceWriter for Writer<'_, W> {
    fn write(&mut self, evidence: &Evidence<'_>) -> io::Result<(usize, usize)> {
        let article = evidence.article;
        let id = article.id.to_string();
        let published = article.published.map(|d| d.to_string()).unwrap_or_default();
        for mention in &evidence.mentions {
            let place = self.gazetteer.place(&mention.feature);
            let (start, end) = (mention.start.to_string(), mention.end.to_string());
            self.out.write_record([
                id.as_str(),
                &neutralised(&article.title),
                &neutralised(article.source.as_deref().unwrap_or("")),
                &neutralised(article.address.as_deref().unwrap_or("")),
                &published,
                article.language.code(),
                &neutralised(&article.file_name),
                &mention.feature,
                &neutralised(place.map_or("", |p| p.names.en.as_str())),
                place.map_or("", |p| p.pack.as_str()),
                &start,
                &end,
                &neutralised(&mention.text),
                &neutralised(evidence.sentence_of(mention)),
                if mention.corrected { "true" } else { "false" },
            ])?;
        }
        Ok((evidence.mentions.len(), 0))
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `cell`, made safe to open in a spreadsheet: a cell that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return would be read as a formula, so it
/// gets a leading `'`, as OWASP advises against CSV injection.
fn neutralised(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for cell in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralised(cell), format!("'{cell}"));
        }
        for cell in ["Kunashir", "", "1945", "«Итуруп»", "a=b"] {
            assert_eq!(neutralised(cell), cell);
        }
    }
}
