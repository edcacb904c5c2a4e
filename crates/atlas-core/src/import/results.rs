//! Loading results linked elsewhere: the lines `atlas link --jsonl
//! --with-text` wrote (on a cluster, say), stored as articles with their
//! mentions and events as the lines give them, not analysed again.
//!
//! A results folder is what Spark writes: `part-*` files (and `*.jsonl`),
//! beside `_SUCCESS` and `.crc` files, which are left alone. Each line
//! becomes one article, stored in group commits like a normal import, and a
//! text already in the library is a duplicate (same content hash). A line
//! that is an error line, has no text, or whose offsets do not fit its text
//! is reported as failed and stores nothing.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;

use super::{ImportProgress, ImportSummary, MAX_BATCH};
use crate::analysis::{Analysis, Language};
use crate::events::Event;
use crate::gazetteer::Gazetteer;
use crate::ingest::{web_address, Article, Format, MAX_FILE_BYTES};
use crate::language::detect_language;
use crate::linker::Mention;
use crate::store::{ImportOutcome, Library, NewArticle};
use crate::{Error, ErrorCode, Result, Timestamp};

/// One line of results: what `atlas link --jsonl --with-text` writes for a
/// record (or, with `error`, for a record it could not link).
#[derive(Debug, Clone, Deserialize)]
pub struct ResultLine {
    /// The record's id in the corpus.
    #[serde(default)]
    pub id: Value,
    /// Where the article was published.
    pub url: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// Its publication date.
    pub published: Option<NaiveDate>,
    /// Its language (told from the text when missing).
    pub language: Option<Language>,
    /// Its mentions, with character offsets into `text`.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// Its events, with character offsets into `text`.
    #[serde(default)]
    pub events: Vec<Event>,
    /// The clean text the offsets count in.
    pub text: Option<String>,
    /// Why the record could not be linked, on an error line.
    pub error: Option<Value>,
}

/// The result files of `path`: the file itself, or a folder's `part-*`,
/// `*.jsonl` and `*.json` files in name order (hidden files, `_SUCCESS`
/// and Spark's `.crc` checksums are skipped).
///
/// # Errors
/// `file_not_found` and the like if `path` cannot be read; `invalid_input`
/// for a folder with no result file.
pub fn result_files(path: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| Error::io(path, e))? {
        let entry = entry.map_err(|e| Error::io(path, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let wanted = !name.starts_with(['.', '_'])
            && !name.ends_with(".crc")
            && (name.starts_with("part-") || name.ends_with(".jsonl") || name.ends_with(".json"));
        if wanted && entry.path().is_file() {
            files.push(entry.path());
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::InvalidInput(format!(
            "{} has no result files (part-* or *.jsonl)",
            path.display()
        ))
        .with_advice("Give the folder the Spark job wrote its JSON Lines results to."));
    }
    Ok(files)
}

/// Stores the result lines of `files` in `library`, calling `on_progress`
/// for each line (blank lines aside): `Queued` for all first, then one
/// outcome each, in order. `path` is `FILE:LINE`, `file_name` the record's id.
///
/// A mention of a place that `gazetteer` does not have fails the record (link
/// and load with the same packs). A full disk stops the import: the records
/// not stored are reported as failed with that error.
pub fn import_results(
    library: &Mutex<Library>,
    gazetteer: &Gazetteer,
    files: &[PathBuf],
    imported_at: Timestamp,
    on_progress: &mut dyn FnMut(ImportProgress),
) -> ImportSummary {
    // First pass: every record's place, so that progress has a total.
    let mut records: Vec<(PathBuf, usize)> = Vec::new();
    for file in files {
        let read = for_each_line(file, &mut |number, _| records.push((file.clone(), number)));
        if read.is_err() {
            // An unreadable file reports once, as line 0 (an empty one, as
            // Spark writes for an empty partition, reports nothing).
            records.push((file.clone(), 0));
        }
    }
    let total = records.len();
    let mut report = Report {
        total,
        summary: ImportSummary::default(),
        disk_full: None,
        on_progress,
    };
    for (index, (file, number)) in records.iter().enumerate() {
        (report.on_progress)(ImportProgress::Queued {
            index,
            total,
            path: place(file, *number),
            file_name: place(file, *number),
        });
    }
    let mut index = 0;
    let mut batch: Vec<Ready> = Vec::with_capacity(MAX_BATCH);
    for file in files {
        let read = for_each_line(file, &mut |number, line| {
            let path = place(file, number);
            let parsed = line.and_then(|line| parse_line(&line));
            let name = match &parsed {
                Ok(line) => label(&line.id, &path),
                Err(_) => path.clone(),
            };
            match parsed.and_then(|line| to_article(line, gazetteer)) {
                Ok((article, analysis)) if report.disk_full.is_none() => {
                    batch.push(Ready {
                        index,
                        path,
                        name,
                        article,
                        analysis,
                    });
                    if batch.len() == MAX_BATCH {
                        store(library, &mut batch, imported_at, &mut report);
                    }
                }
                Ok(_) => {
                    let detail = report.disk_full.clone().unwrap_or_default();
                    report.failed(index, path, name, Error::DiskFull(detail));
                }
                Err(error) => report.failed(index, path, name, error),
            }
            index += 1;
        });
        if let Err(error) = read {
            let path = place(file, 0);
            report.failed(index, path.clone(), path, error);
            index += 1;
        }
    }
    store(library, &mut batch, imported_at, &mut report);
    if report.disk_full.is_some() {
        report.summary.stopped_by = Some(ErrorCode::DiskFull);
    }
    let _ = library
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .release_memory();
    report.summary
}

/// `FILE:LINE`, how a record is named in progress.
fn place(file: &Path, number: usize) -> String {
    format!("{}:{number}", file.display())
}

/// The record's id as a name (else its place).
fn label(id: &Value, place: &str) -> String {
    match id {
        Value::String(id) if !id.is_empty() => id.clone(),
        Value::Null | Value::String(_) => place.to_string(),
        other => other.to_string(),
    }
}

/// Calls `each` with every non-blank line of `file`, numbered from 1 (a line
/// that is not UTF-8 comes as an error); returns how many there were.
fn for_each_line(file: &Path, each: &mut dyn FnMut(usize, Result<String>)) -> Result<usize> {
    let open = std::fs::File::open(file).map_err(|e| Error::io(file, e))?;
    let mut input = std::io::BufReader::with_capacity(1 << 16, open);
    let (mut number, mut count) = (0, 0);
    let mut bytes = Vec::new();
    loop {
        bytes.clear();
        let read = input
            .read_until(b'\n', &mut bytes)
            .map_err(|e| Error::io(file, e))?;
        if read == 0 {
            return Ok(count);
        }
        number += 1;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        count += 1;
        let line = String::from_utf8(std::mem::take(&mut bytes)).map_err(|_| {
            Error::InvalidInput(format!("line {number} of {} is not UTF-8", file.display()))
        });
        each(number, line);
    }
}

/// Parses one line of results.
fn parse_line(line: &str) -> Result<ResultLine> {
    serde_json::from_str(line).map_err(|e| {
        Error::InvalidInput(format!("not a result line: {e}"))
            .with_advice("Give the lines `atlas link --jsonl --with-text` wrote.")
    })
}

/// The article and analysis a result line stands for.
///
/// # Errors
/// The linking error of an error line; `empty_file` for a line without text;
/// `invalid_input` when a mention or event does not fit the text;
/// `not_found` for a place the packs in use do not have.
pub fn to_article(line: ResultLine, gazetteer: &Gazetteer) -> Result<(Article, Analysis)> {
    let name = label(&line.id, "the record");
    if let Some(error) = line.error {
        let message = error["message"]
            .as_str()
            .unwrap_or("it could not be linked");
        return Err(
            Error::InvalidInput(format!("{name} was not linked: {message}"))
                .with_advice("Fix the record in the corpus and link it again."),
        );
    }
    let text = match line.text {
        Some(text) if !text.trim().is_empty() => text,
        _ => {
            return Err(Error::Empty(format!("{name} has no text"))
                .with_advice("Link the corpus with `atlas link --jsonl --with-text`."))
        }
    };
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::TooLarge(format!("the text of {name} is too long")));
    }
    let misfit = |what: String| {
        Error::InvalidInput(format!("{name}: {what} does not fit its text"))
            .with_advice("Load results with the text they were linked on.")
    };
    let mut mentions = line.mentions;
    let mut offsets = ByteOffsets::new(&text);
    for m in &mut mentions {
        let (Some(start), Some(end)) = (offsets.byte_at(m.start), offsets.byte_at(m.end)) else {
            return Err(misfit(format!("the mention {:?}", m.text)));
        };
        if start > end || text[start..end] != m.text {
            return Err(misfit(format!("the mention {:?}", m.text)));
        }
        if gazetteer.place(&m.feature).is_none() {
            return Err(Error::NotFound(format!(
                "{name} mentions {:?}, a place the packs in use do not have",
                m.feature
            ))
            .with_advice("Load the results with the packs they were linked with (--pack)."));
        }
        (m.byte_start, m.byte_end) = (start, end);
    }
    let chars = text.chars().count();
    for event in &line.events {
        let references_fit = event
            .references
            .iter()
            .all(|r| r.start <= r.end && r.end <= chars);
        if event.start > event.end || event.end > chars || !references_fit {
            return Err(misfit(format!("the event {:?}", event.sentence)));
        }
    }
    let address = line.url.as_deref().and_then(web_address);
    let title = line
        .title
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| name.clone());
    let language = line.language.unwrap_or_else(|| detect_language(&text));
    let article = Article {
        title,
        source: address.as_deref().and_then(host),
        address,
        published: line.published,
        text,
        format: Format::Text,
    };
    let analysis = Analysis {
        language,
        mentions,
        events: line.events,
    };
    Ok((article, analysis))
}

/// The host of a web address, without `www.` (the article's source).
fn host(address: &str) -> Option<String> {
    let rest = address.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = match host.rfind(':') {
        Some(colon) if !host.ends_with(']') => &host[..colon],
        _ => host,
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// Byte offsets of character offsets, fast when asked in increasing order.
struct ByteOffsets<'t> {
    text: &'t str,
    chars: usize,
    byte: usize,
}

impl<'t> ByteOffsets<'t> {
    fn new(text: &'t str) -> Self {
        ByteOffsets {
            text,
            chars: 0,
            byte: 0,
        }
    }

    /// The byte offset of character `at`, or `None` past the end.
    fn byte_at(&mut self, at: usize) -> Option<usize> {
        if at < self.chars {
            (self.chars, self.byte) = (0, 0);
        }
        let mut rest = self.text[self.byte..].char_indices();
        while self.chars < at {
            let (_, c) = rest.next()?;
            self.byte += c.len_utf8();
            self.chars += 1;
        }
        Some(self.byte)
    }
}

/// A record ready to store.
struct Ready {
    index: usize,
    path: String,
    name: String,
    article: Article,
    analysis: Analysis,
}

/// Stores `batch` in one group commit and reports each record.
fn store(
    library: &Mutex<Library>,
    batch: &mut Vec<Ready>,
    imported_at: Timestamp,
    report: &mut Report<'_>,
) {
    if batch.is_empty() {
        return;
    }
    let new: Vec<NewArticle<'_>> = batch
        .iter()
        .map(|r| NewArticle {
            file_name: &r.name,
            article: &r.article,
            analysis: &r.analysis,
        })
        .collect();
    let outcomes = library
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .import_batch(&new, imported_at);
    for (ready, outcome) in batch.drain(..).zip(outcomes) {
        let (index, total) = (ready.index, report.total);
        match outcome {
            Ok(ImportOutcome::Stored { id }) => {
                report.summary.imported += 1;
                (report.on_progress)(ImportProgress::Done {
                    index,
                    total,
                    path: ready.path,
                    file_name: ready.name,
                    article_id: id,
                    title: ready.article.title,
                    mentions: ready.analysis.mentions.len(),
                    events: ready.analysis.events.len(),
                    disputes: ready.analysis.disputes(),
                });
            }
            Ok(ImportOutcome::Duplicate { id, title }) => {
                report.summary.duplicates += 1;
                (report.on_progress)(ImportProgress::Duplicate {
                    index,
                    total,
                    path: ready.path,
                    file_name: ready.name,
                    article_id: id,
                    title,
                });
            }
            Err(error) => report.failed(index, ready.path, ready.name, error),
        }
    }
}

/// Counts outcomes and hands them on.
struct Report<'a> {
    total: usize,
    summary: ImportSummary,
    /// What the system said when the disk filled up: nothing more is stored.
    disk_full: Option<String>,
    on_progress: &'a mut dyn FnMut(ImportProgress),
}

impl Report<'_> {
    fn failed(&mut self, index: usize, path: String, file_name: String, error: Error) {
        self.summary.failed += 1;
        if let (None, Error::DiskFull(detail)) = (&self.disk_full, &error) {
            self.disk_full = Some(detail.clone());
        }
        (self.on_progress)(ImportProgress::Failed {
            index,
            total: self.total,
            path,
            file_name,
            error,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Atlas, Packs};

    /// `records` linked as `atlas link --jsonl --with-text` does, one line each.
    fn linked(packs: &Packs, records: &[Value]) -> String {
        let input: String = records.iter().map(|r| format!("{r}\n")).collect();
        let mut out = String::new();
        packs.link_stream(input.as_bytes(), true, |result| {
            let line = match result {
                Ok(linked) => serde_json::to_string(&linked).unwrap(),
                Err(e) => serde_json::to_string(&e).unwrap(),
            };
            out.push_str(&line);
            out.push('\n');
            true
        });
        out
    }

    fn record(id: &str, text: &str) -> Value {
        serde_json::json!({
            "id": id,
            "text": text,
            "published": "2024-09-12",
            "url": format!("https://www.example.org/news/{id}?x=1"),
        })
    }

    #[test]
    fn loads_a_spark_folder_as_it_was_linked_and_reports_what_it_cannot() {
        let atlas = Atlas::with_library(Gazetteer::built_in(), Library::open_in_memory().unwrap());
        let dir = tempfile::tempdir().unwrap();
        let first = linked(
            atlas.packs(),
            &[
                record(
                    "a",
                    "Drills on Kunashir\n\nRussia held drills on Kunashir yesterday.",
                ),
                serde_json::json!({"id": "no-text"}),
                record(
                    "b",
                    "Патруль у Итурупа\n\nВчера у Итурупа прошли учения флота.",
                ),
            ],
        );
        std::fs::write(dir.path().join("part-00000"), &first).unwrap();
        // Without --with-text, the same article again, and an empty partition.
        let mut plain: Value = serde_json::from_str(first.lines().next().unwrap()).unwrap();
        plain.as_object_mut().unwrap().remove("text");
        let mut again: Value = serde_json::from_str(first.lines().nth(2).unwrap()).unwrap();
        again["id"] = "b-again".into();
        std::fs::write(
            dir.path().join("part-00001"),
            format!("{plain}\n\n{again}\n"),
        )
        .unwrap();
        std::fs::write(dir.path().join("part-00002"), "").unwrap();
        // Offsets that do not fit the text: a result changed by hand.
        let mut moved: Value = serde_json::from_str(first.lines().next().unwrap()).unwrap();
        moved["text"] = "Something else entirely, and longer than before.".into();
        std::fs::write(dir.path().join("more.jsonl"), format!("{moved}\n")).unwrap();
        for skipped in ["_SUCCESS", ".part-00000.crc", "notes.txt"] {
            std::fs::write(dir.path().join(skipped), "not results").unwrap();
        }

        let mut seen = Vec::new();
        let summary = atlas
            .import_results(
                dir.path(),
                "2026-01-01T00:00:00Z".parse().unwrap(),
                &mut |p| {
                    if !matches!(p, ImportProgress::Queued { .. }) {
                        seen.push(serde_json::to_value(&p).unwrap());
                    }
                },
            )
            .unwrap();
        assert_eq!(
            summary,
            ImportSummary {
                imported: 2,
                duplicates: 1,
                failed: 3,
                ..ImportSummary::default()
            },
            "{seen:#?}"
        );
        let kinds: Vec<(&str, &str)> = seen
            .iter()
            .map(|p| {
                (
                    p["kind"].as_str().unwrap(),
                    p["file_name"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(kinds[0].0, "failed", "more.jsonl, first in name order");
        assert!(kinds.contains(&("done", "a")) && kinds.contains(&("done", "b")));
        assert!(kinds.contains(&("duplicate", "b-again")));
        let codes: Vec<&str> = seen
            .iter()
            .filter(|p| p["kind"] == "failed")
            .map(|p| p["error"]["code"].as_str().unwrap())
            .collect();
        assert_eq!(
            codes,
            ["invalid_input", "invalid_input", "empty_file"],
            "{seen:#?}"
        );
        assert!(seen.iter().all(|p| p["total"] == 6));

        let articles = atlas.articles().unwrap();
        assert_eq!(articles.len(), 2);
        let a = articles
            .iter()
            .find(|a| a.title == "Drills on Kunashir")
            .unwrap();
        assert_eq!(
            a.address.as_deref(),
            Some("https://www.example.org/news/a?x=1")
        );
        assert_eq!(a.source.as_deref(), Some("example.org"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 9, 12));
        assert_eq!(a.file_name, "a");
        let excerpts = atlas.excerpts("iturup").unwrap();
        assert_eq!(excerpts.len(), 1);
        assert!(excerpts[0].excerpts[0].text.contains("Итурупа"));
        assert_eq!(atlas.excerpts("kunashir").unwrap().len(), 1);
        let events = atlas.events(&Default::default()).unwrap();
        assert!(
            events.iter().any(|e| e.summary.date == "2024-09-11"),
            "the events as linked, yesterday resolved"
        );
    }

    #[test]
    fn a_folder_without_results_is_an_error_and_a_file_is_read_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("_SUCCESS"), "").unwrap();
        let err = result_files(dir.path()).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
        assert_eq!(
            result_files(&dir.path().join("missing"))
                .unwrap_err()
                .code(),
            "file_not_found"
        );
        let file = dir.path().join("_SUCCESS");
        assert_eq!(result_files(&file).unwrap(), [file]);
    }

    #[test]
    fn a_place_the_packs_do_not_have_fails_the_record() {
        let packs = Packs::new(Gazetteer::built_in());
        let line = linked(
            &packs,
            &[record("s", "Ships sailed near the Senkaku Islands.")],
        );
        let line: ResultLine = serde_json::from_str(line.trim()).unwrap();
        let err = to_article(line, &Gazetteer::kuril()).unwrap_err();
        assert_eq!(err.code(), "not_found");
    }

    #[test]
    fn hosts_of_addresses() {
        assert_eq!(
            host("https://www.Example.org/a").as_deref(),
            Some("example.org")
        );
        assert_eq!(
            host("http://user@news.site:8080?q").as_deref(),
            Some("news.site")
        );
        assert_eq!(host("https:///path"), None);
    }
}
