//! `atlas link --jsonl`: the core as a streaming stage. A corpus comes in as
//! JSON Lines, one record per line, the shape news archives and crawls
//! export; each comes out linked, one line each, in input order, analysed on
//! every core. A bad record gives an error line, never a stop.

use std::io::BufRead;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Packs;
use crate::analysis::{analyze, Language};
use crate::dates::PartialDate;
use crate::events::Event;
use crate::ingest::{read_bytes, MAX_FILE_BYTES};
use crate::linker::Mention;
use crate::{Error, Result};

/// The longest line read as a record (an article at the size limit, with
/// room for JSON escapes); a longer one gives an error line.
pub const MAX_RECORD_BYTES: usize = 2 * MAX_FILE_BYTES as usize;

/// One record of a corpus. `text` or `html` is the article; `published`
/// (`YYYY-MM-DD`) resolves its relative dates; `id` and `url` come back as
/// given. A `language` is accepted and not used: the core tells the language.
#[derive(Debug, Clone, Deserialize)]
pub struct CorpusRecord {
    /// The record's id in the corpus (any JSON value).
    #[serde(default)]
    pub id: Value,
    /// The article as plain text.
    pub text: Option<String>,
    /// The article as an HTML page (its metadata are read too).
    pub html: Option<String>,
    /// The publication date.
    pub published: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// The language the corpus says it is in.
    pub language: Option<String>,
}

/// A record linked: the `atlas link` shape with the record's `id` and `url`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkedRecord {
    /// The record's id, as given.
    pub id: Value,
    /// Its address, as given (else the one its HTML states).
    pub url: Option<String>,
    /// The article's title.
    pub title: String,
    /// The publication date used for relative dates.
    pub published: Option<NaiveDate>,
    /// Its language.
    pub language: Language,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The dated events, in text order.
    pub events: Vec<Event>,
    /// The article's clean text (what the offsets count in), when asked for:
    /// what `atlas ingest --results` stores.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A record that could not be linked.
#[derive(Debug, Serialize)]
pub struct RecordError {
    /// The record's id, when the line was a JSON object with one.
    pub id: Value,
    /// The line's number in the input, from 1.
    pub line: usize,
    /// What was wrong.
    pub error: Error,
}

impl Packs {
    /// Links one line of a corpus: a JSON [`CorpusRecord`]. With `with_text`
    /// the result carries the article's clean text.
    ///
    /// # Errors
    /// `invalid_input` for a line that is not such a record or gives a bad
    /// date; the article's own error (`empty_file`, `not_text`, `too_large`, ...).
    pub fn link_record(
        &self,
        line: &str,
        with_text: bool,
    ) -> std::result::Result<LinkedRecord, (Value, Error)> {
        let record: CorpusRecord = serde_json::from_str(line).map_err(|e| {
            let id = serde_json::from_str::<Value>(line)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or(Value::Null);
            let error = Error::InvalidInput(format!("not a corpus record: {e}")).with_advice(
                "Give one JSON object per line with an \"id\" and a \"text\" or an \"html\".",
            );
            (id, error)
        })?;
        let id = record.id.clone();
        self.link_corpus_record(record, with_text)
            .map_err(|e| (id, e))
    }

    fn link_corpus_record(&self, record: CorpusRecord, with_text: bool) -> Result<LinkedRecord> {
        let published = match record.published.as_deref() {
            Some(day) => Some(PartialDate::parse_day(day)?),
            None => None,
        };
        let name = match &record.id {
            Value::String(id) => id.clone(),
            Value::Null => "record".to_string(),
            other => other.to_string(),
        };
        let article = match (record.text, record.html) {
            (_, Some(html)) => read_bytes(&format!("{name}.html"), html.as_bytes())?,
            (Some(text), None) => read_bytes(&format!("{name}.txt"), text.as_bytes())?,
            (None, None) => {
                return Err(Error::InvalidInput(format!(
                    "record {name} has neither a \"text\" nor an \"html\""
                )))
            }
        };
        let published = published.or(article.published);
        let analysis = analyze(self.linker(), &article.text, published);
        Ok(LinkedRecord {
            id: record.id,
            url: record.url.or(article.address),
            title: article.title,
            published,
            language: analysis.language,
            mentions: analysis.mentions,
            events: analysis.events,
            text: with_text.then_some(article.text),
        })
    }

    /// Links every record of `input` (JSON Lines; blank lines are skipped) on
    /// every core, handing each result to `each` in input order as soon as it
    /// and those before it are done (with the article's text when `with_text`).
    /// Stops when `each` says `false`.
    pub fn link_stream(
        &self,
        input: impl BufRead + Send,
        with_text: bool,
        mut each: impl FnMut(std::result::Result<LinkedRecord, RecordError>) -> bool,
    ) {
        self.linker();
        let lines = Lines {
            input,
            number: 0,
            failed: false,
        }
        .filter(|(_, line)| line.as_ref().map_or(true, |l| !l.trim().is_empty()));
        crate::parallel::ordered_map(
            lines,
            crate::parallel::Batch::One,
            |(number, line)| match line {
                Ok(line) => self
                    .link_record(&line, with_text)
                    .map_err(|(id, error)| RecordError {
                        id,
                        line: number,
                        error,
                    }),
                Err(error) => Err(RecordError {
                    id: Value::Null,
                    line: number,
                    error,
                }),
            },
            &mut each,
        );
    }
}

/// The lines of a stream, numbered from 1, each read whole up to
/// [`MAX_RECORD_BYTES`] (a longer one is skipped to its end and is an error,
/// as is one that is not UTF-8). A read error ends the stream after its error.
struct Lines<R> {
    input: R,
    number: usize,
    /// A read failed: nothing more comes.
    failed: bool,
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = (usize, Result<String>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let mut line = Vec::new();
        let mut too_long = false;
        let mut any = false;
        loop {
            let available = match self.input.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.number += 1;
                    self.failed = true;
                    return Some((self.number, Err(Error::io("standard input", e))));
                }
            };
            if available.is_empty() {
                if !any {
                    return None;
                }
                break;
            }
            any = true;
            let (chunk, used, done) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (&available[..i], i + 1, true),
                None => (available, available.len(), false),
            };
            if !too_long && line.len() + chunk.len() > MAX_RECORD_BYTES {
                too_long = true;
                line = Vec::new();
            }
            if !too_long {
                line.extend_from_slice(chunk);
            }
            self.input.consume(used);
            if done {
                break;
            }
        }
        self.number += 1;
        let result = if too_long {
            Err(Error::TooLarge(format!(
                "line {} is longer than {} MB",
                self.number,
                MAX_RECORD_BYTES / (1024 * 1024)
            )))
        } else {
            String::from_utf8(line)
                .map_err(|_| Error::InvalidInput(format!("line {} is not UTF-8", self.number)))
        };
        Some((self.number, result))
    }
}
