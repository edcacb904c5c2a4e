//! Importing many files into a library: read and analyse on worker threads,
//! store on the calling thread, and report each file's progress as it goes.
//! One bad file never stops the others; a full disk stops the import (nothing
//! more can be stored), and the files not stored yet are reported as failed
//! with the same `disk_full` error. An import can be cancelled
//! ([`import_files`]'s `cancel`): the files in hand are finished and stored,
//! no other file is started, and those are reported as `not_started`.
//!
//! Storing is a group commit: whatever articles are ready when the library is
//! free are written in one transaction (at most [`MAX_BATCH`]), each under its
//! own savepoint, so a slow disk costs one sync per batch rather than one per
//! article, and a failing article still leaves nothing of itself. The library
//! is locked only while a batch is written, so queries from another thread go
//! on between batches.

mod files;
pub mod results;

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex, PoisonError};

use chrono::NaiveDate;

pub use files::{expand_paths, is_supported, ImportFile, MAX_DEPTH};

use crate::analysis::{analyze, Analysis};
use crate::ingest::{self, Article};
use crate::linker::Linker;
use crate::store::{ImportOutcome, Library, NewArticle};
use crate::{Error, ErrorCode, Timestamp};

/// The most articles written in one transaction (which holds the library's
/// lock for roughly a millisecond per article).
pub const MAX_BATCH: usize = 64;

/// What happened to one file of an import, in the order it happens.
///
/// Serializes with a `kind` tag (`queued`, `done`, `duplicate`, `failed`,
/// `not_started`), as the
/// app's import progress channel and the CLI print it.
#[derive(Debug, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportProgress {
    /// The file is waiting its turn (reported for every file first).
    Queued {
        /// Position in the import, from 0.
        index: usize,
        /// Number of files in the import.
        total: usize,
        /// The file's path (lossy where it is not UTF-8).
        path: String,
        /// Its name, for display.
        file_name: String,
    },
    /// The file was stored as a new article.
    Done {
        /// Position in the import.
        index: usize,
        /// Number of files.
        total: usize,
        /// The file's path (lossy where it is not UTF-8).
        path: String,
        /// Its name.
        file_name: String,
        /// The new article's id.
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        article_id: i64,
        /// Its title.
        title: String,
        /// How many mentions were linked.
        mentions: usize,
        /// How many events were found.
        events: usize,
        /// The disputes (pack ids) it names, in the order it first names them.
        disputes: Vec<String>,
    },
    /// The same text is already in the library; nothing was stored.
    Duplicate {
        /// Position in the import.
        index: usize,
        /// Number of files.
        total: usize,
        /// The file's path (lossy where it is not UTF-8).
        path: String,
        /// Its name.
        file_name: String,
        /// The article already stored.
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        article_id: i64,
        /// Its title.
        title: String,
    },
    /// The file could not be read or stored; the library is unchanged.
    Failed {
        /// Position in the import.
        index: usize,
        /// Number of files.
        total: usize,
        /// The file's path (lossy where it is not UTF-8).
        path: String,
        /// Its name.
        file_name: String,
        /// What went wrong, as `{code, message, advice}`.
        #[cfg_attr(feature = "ts", ts(as = "crate::error::SerializedError"))]
        error: Error,
    },
    /// The import was cancelled before this file was started: it was not
    /// read, and nothing of it is stored.
    NotStarted {
        /// Position in the import.
        index: usize,
        /// Number of files.
        total: usize,
        /// The file's path (lossy where it is not UTF-8).
        path: String,
        /// Its name.
        file_name: String,
    },
}

/// Counts of an import's outcomes.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct ImportSummary {
    /// New articles stored.
    pub imported: usize,
    /// Files whose text was already in the library.
    pub duplicates: usize,
    /// Files that could not be imported.
    pub failed: usize,
    /// The code of the error that stopped the import before every file was
    /// tried (`disk_full`), if one did; the files it left are in `failed`.
    pub stopped_by: Option<ErrorCode>,
    /// Whether the import was cancelled (what was stored before stays).
    pub cancelled: bool,
    /// Files the cancelled import did not start (not read, not stored).
    pub not_started: usize,
}

/// A file read and analysed, ready to store.
type Analysed = Result<(Article, Analysis), Error>;

/// Imports `files` (see [`expand_paths`]) into `library`, calling
/// `on_progress` for every file: first `Queued` for all of them, then one
/// outcome each, in completion order.
///
/// Reading and analysis run on up to four worker threads; storing runs on the
/// calling thread in group commits of up to [`MAX_BATCH`] articles, taking the
/// `library` lock only while a batch is written. A failure or a crash never
/// leaves half an article. A full disk stops the import: the files not
/// stored yet are not tried and are reported as failed with the same error,
/// and [`ImportSummary::stopped_by`] says so. `published` overrides each file's own publication
/// date when given; `imported_at` is stored as the time of import.
///
/// Setting `cancel` cancels the import: each worker checks it before it
/// starts a file, so the files in hand are finished and stored (each whole,
/// as always), and every file not started is reported `NotStarted` and
/// counted in [`ImportSummary::not_started`].
pub fn import_files(
    library: &Mutex<Library>,
    linker: &Linker,
    files: Vec<ImportFile>,
    published: Option<NaiveDate>,
    imported_at: Timestamp,
    cancel: &AtomicBool,
    on_progress: &mut dyn FnMut(ImportProgress),
) -> ImportSummary {
    let total = files.len();
    for (index, file) in files.iter().enumerate() {
        on_progress(ImportProgress::Queued {
            index,
            total,
            path: file.path().display().to_string(),
            file_name: file_name(file.path()),
        });
    }
    let mut report = Reporter {
        total,
        summary: ImportSummary::default(),
        reported: vec![false; total],
        disk_full: None,
        on_progress,
    };
    let mut to_read = Vec::with_capacity(total);
    for (index, file) in files.into_iter().enumerate() {
        match file {
            ImportFile::Read(path) => to_read.push((index, path)),
            ImportFile::Skipped(path, error) => report.failed(index, &path, error),
        }
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
        .min(to_read.len().max(1));
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::sync_channel::<(usize, Analysed)>(2 * MAX_BATCH);
    std::thread::scope(|scope| {
        // Dropped when the import stops, so the workers' next send fails and they end.
        let receiver = receiver;
        for _ in 0..workers {
            let sender = sender.clone();
            let (next, to_read) = (&next, &to_read);
            scope.spawn(move || loop {
                // Between files: a cancelled import starts no other.
                if cancel.load(Ordering::Relaxed) {
                    break;
                }
                let at = next.fetch_add(1, Ordering::Relaxed);
                let Some((index, path)) = to_read.get(at) else {
                    break;
                };
                let analysed = read_and_analyze(linker, path, published);
                if sender.send((*index, analysed)).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        let path_of = |index: usize| -> &Path {
            let at = to_read.partition_point(|(i, _)| *i < index);
            &to_read[at].1
        };
        let mut batch: Vec<(usize, Article, Analysis)> = Vec::with_capacity(MAX_BATCH);
        // Wait for one article, take whatever else is ready, store them together.
        while let Ok(first) = receiver.recv() {
            let mut ready = Some(first);
            while let Some((index, analysed)) = ready.take() {
                match analysed {
                    Ok((article, analysis)) => batch.push((index, article, analysis)),
                    Err(error) => report.failed(index, path_of(index), error),
                }
                if batch.len() < MAX_BATCH {
                    ready = receiver.try_recv().ok();
                }
            }
            if !batch.is_empty() {
                store_batch(library, &mut batch, imported_at, &path_of, &mut report);
            }
            if report.disk_full.is_some() {
                break;
            }
        }
        drop(receiver);
    });
    // The files the import stopped before: not tried, and not stored.
    if let Some(detail) = report.disk_full.clone() {
        for (index, path) in &to_read {
            if !report.reported[*index] {
                report.failed(*index, path, Error::DiskFull(detail.clone()));
            }
        }
        report.summary.stopped_by = Some(ErrorCode::DiskFull);
    }
    // The files a cancelled import did not start.
    if cancel.load(Ordering::Relaxed) {
        report.summary.cancelled = true;
        for (index, path) in &to_read {
            if !report.reported[*index] {
                report.not_started(*index, path);
            }
        }
    }
    // Only memory is at stake: a failure here leaves the library as it is.
    let _ = library
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .release_memory();
    report.summary
}

/// Writes `batch` in one group commit and reports each article's outcome.
fn store_batch<'p>(
    library: &Mutex<Library>,
    batch: &mut Vec<(usize, Article, Analysis)>,
    imported_at: Timestamp,
    path_of: &dyn Fn(usize) -> &'p Path,
    report: &mut Reporter<'_>,
) {
    let names: Vec<String> = batch
        .iter()
        .map(|(i, _, _)| file_name(path_of(*i)))
        .collect();
    let new: Vec<NewArticle<'_>> = batch
        .iter()
        .zip(&names)
        .map(|((_, article, analysis), name)| NewArticle {
            file_name: name,
            article,
            analysis,
        })
        .collect();
    // A panic elsewhere while the lock was held leaves SQLite consistent
    // (the transaction rolls back), so a poisoned lock is still usable.
    let outcomes = library
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .import_batch(&new, imported_at);
    for ((index, article, analysis), outcome) in batch.drain(..).zip(outcomes) {
        let path = path_of(index);
        match outcome {
            Ok(outcome) => report.stored(index, path, outcome, article.title, &analysis),
            Err(error) => report.failed(index, path, error),
        }
    }
}

/// Reports outcomes with their position and counts them.
struct Reporter<'a> {
    total: usize,
    summary: ImportSummary,
    /// Whether each file's outcome was reported, by position.
    reported: Vec<bool>,
    /// What the system said when the disk filled up, once it has: the import stops.
    disk_full: Option<String>,
    on_progress: &'a mut dyn FnMut(ImportProgress),
}

impl Reporter<'_> {
    fn not_started(&mut self, index: usize, path: &Path) {
        self.summary.not_started += 1;
        self.reported[index] = true;
        (self.on_progress)(ImportProgress::NotStarted {
            index,
            total: self.total,
            path: path.display().to_string(),
            file_name: file_name(path),
        });
    }

    fn failed(&mut self, index: usize, path: &Path, error: Error) {
        self.summary.failed += 1;
        self.reported[index] = true;
        if let (None, Error::DiskFull(detail)) = (&self.disk_full, &error) {
            self.disk_full = Some(detail.clone());
        }
        (self.on_progress)(ImportProgress::Failed {
            index,
            total: self.total,
            path: path.display().to_string(),
            file_name: file_name(path),
            error,
        });
    }

    fn stored(
        &mut self,
        index: usize,
        path: &Path,
        outcome: ImportOutcome,
        title: String,
        analysis: &Analysis,
    ) {
        self.reported[index] = true;
        let (total, file_name, path) = (self.total, file_name(path), path.display().to_string());
        (self.on_progress)(match outcome {
            ImportOutcome::Stored { id } => {
                self.summary.imported += 1;
                ImportProgress::Done {
                    index,
                    total,
                    path,
                    file_name,
                    article_id: id,
                    title,
                    mentions: analysis.mentions.len(),
                    events: analysis.events.len(),
                    disputes: analysis.disputes(),
                }
            }
            ImportOutcome::Duplicate { id, title } => {
                self.summary.duplicates += 1;
                ImportProgress::Duplicate {
                    index,
                    total,
                    path,
                    file_name,
                    article_id: id,
                    title,
                }
            }
        });
    }
}

/// Reads, parses and analyses one file (what the worker threads do).
///
/// # Errors
/// The file's [`Error`]: unreadable, empty, binary, too large, broken.
pub fn read_and_analyze(linker: &Linker, path: &Path, published: Option<NaiveDate>) -> Analysed {
    // A panic in a parser must cost one file, not the import.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut article = ingest::read_file(path)?;
        // The override is the article's date: stored, and what relative dates resolve against.
        article.published = published.or(article.published);
        let analysis = analyze(linker, &article.text, article.published);
        Ok((article, analysis))
    }))
    .unwrap_or_else(|_| {
        Err(Error::Malformed(format!(
            "{} could not be read (the parser failed on it)",
            file_name(path)
        )))
    })
}

/// The file name of `path` for display (the whole path if it has none).
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    /// Imports `paths` read from disk (no publication date given, a fixed
    /// import time), stopping when `cancel` is set.
    fn import_paths(
        library: &Mutex<Library>,
        linker: &Linker,
        paths: &[std::path::PathBuf],
        cancel: &AtomicBool,
        on_progress: &mut dyn FnMut(ImportProgress),
    ) -> ImportSummary {
        import_files(
            library,
            linker,
            paths.iter().cloned().map(ImportFile::Read).collect(),
            None,
            "2026-01-01T00:00:00Z".parse().unwrap(),
            cancel,
            on_progress,
        )
    }

    #[test]
    fn imports_good_files_reports_each_and_survives_bad_ones() {
        let dir = tempfile::tempdir().unwrap();
        let mut paths = Vec::new();
        for i in 0..12 {
            let path = dir.path().join(format!("article-{i}.txt"));
            std::fs::write(
                &path,
                format!("Report {i}\n\nIn 1956, Shikotan was promised to Japan. Item {i}."),
            )
            .unwrap();
            paths.push(path);
        }
        paths.push(paths[0].clone());
        let empty = dir.path().join("empty.txt");
        std::fs::write(&empty, "").unwrap();
        paths.push(empty);
        paths.push(dir.path().join("missing.txt"));

        let library = Mutex::new(Library::open_in_memory().unwrap());
        let linker = Linker::new(&Gazetteer::kuril());
        let mut seen = Vec::new();
        let summary = import_paths(
            &library,
            &linker,
            &paths,
            &AtomicBool::new(false),
            &mut |p| seen.push(p),
        );
        assert_eq!(
            summary,
            ImportSummary {
                imported: 12,
                duplicates: 1,
                failed: 2,
                ..ImportSummary::default()
            }
        );
        let queued = seen
            .iter()
            .filter(|p| matches!(p, ImportProgress::Queued { .. }))
            .count();
        assert_eq!(queued, paths.len());
        assert_eq!(seen.len(), 2 * paths.len());
        let failed: Vec<&str> = seen
            .iter()
            .filter_map(|p| match p {
                ImportProgress::Failed {
                    error,
                    index,
                    total,
                    ..
                } => {
                    assert_eq!(*total, 15);
                    assert!(*index >= 13);
                    Some(error.code())
                }
                _ => None,
            })
            .collect();
        assert_eq!(failed.len(), 2);
        assert!(failed.contains(&"empty_file") && failed.contains(&"file_not_found"));
        assert_eq!(library.lock().unwrap().article_count().unwrap(), 12);
        let json = serde_json::to_value(seen.last().unwrap()).unwrap();
        assert!(json["kind"].is_string());
    }

    #[test]
    fn a_full_disk_stops_the_import_and_reports_every_file_not_stored() {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<_> = (0..40)
            .map(|i| {
                let path = dir.path().join(format!("report-{i:02}.txt"));
                let body: Vec<String> = (0..2_000)
                    .map(|j| match j % 50 {
                        0 => format!("In {}, Kunashir was item {i}-{j}.", 1950 + j / 50),
                        _ => format!("Item {i}-{j} was noted in the report."),
                    })
                    .collect();
                std::fs::write(&path, format!("Report {i}\n\n{}", body.join(" "))).unwrap();
                path
            })
            .collect();
        let library = Mutex::new(Library::open_in_memory().unwrap());
        crate::store::testing::limit_growth(&library.lock().unwrap(), 400);
        let linker = Linker::new(&Gazetteer::kuril());
        let import = |library: &Mutex<Library>| {
            let mut seen = Vec::new();
            let summary = import_paths(
                library,
                &linker,
                &paths,
                &AtomicBool::new(false),
                &mut |p| seen.push(p),
            );
            (summary, seen)
        };

        let (summary, seen) = import(&library);
        assert_eq!(summary.stopped_by, Some(ErrorCode::DiskFull));
        assert!(summary.imported > 0 && summary.failed > 0, "{summary:?}");
        assert_eq!(summary.imported + summary.failed, paths.len());
        assert_eq!(seen.len(), 2 * paths.len(), "one outcome per file");
        for progress in &seen {
            if let ImportProgress::Failed { error, .. } = progress {
                assert_eq!(error.code(), "disk_full", "{error}");
            }
        }
        let stored = library.lock().unwrap().article_count().unwrap();
        assert_eq!(stored, summary.imported);

        crate::store::testing::limit_growth(&library.lock().unwrap(), 1_000_000);
        let (again, _) = import(&library);
        assert_eq!(
            again,
            ImportSummary {
                imported: paths.len() - stored,
                duplicates: stored,
                failed: 0,
                ..ImportSummary::default()
            }
        );
        assert_eq!(
            library.lock().unwrap().article_count().unwrap(),
            paths.len()
        );
    }

    fn reports(dir: &Path, count: usize) -> Vec<std::path::PathBuf> {
        (0..count)
            .map(|i| {
                let path = dir.join(format!("report-{i:03}.txt"));
                std::fs::write(
                    &path,
                    format!("Report {i}\n\nIn 1956, Shikotan was promised to Japan. Item {i}."),
                )
                .unwrap();
                path
            })
            .collect()
    }

    #[test]
    fn a_cancelled_import_keeps_what_it_stored_and_starts_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let paths = reports(dir.path(), 300);
        let library = Mutex::new(Library::open_in_memory().unwrap());
        let linker = Linker::new(&Gazetteer::kuril());
        let cancel = AtomicBool::new(false);
        let mut seen = Vec::new();
        let summary = import_paths(&library, &linker, &paths, &cancel, &mut |p| {
            // Cancelled as the first article is stored, as a click on Cancel would.
            if matches!(p, ImportProgress::Done { .. }) {
                cancel.store(true, Ordering::Relaxed);
            }
            seen.push(p);
        });
        assert!(summary.cancelled, "{summary:?}");
        assert!(summary.imported >= 1, "{summary:?}");
        assert!(
            summary.not_started > 0,
            "the files after the ones in hand are not started: {summary:?}"
        );
        assert_eq!((summary.duplicates, summary.failed), (0, 0));
        assert_eq!(summary.imported + summary.not_started, paths.len());
        assert_eq!(seen.len(), 2 * paths.len(), "one outcome per file");
        let not_started: Vec<&str> = seen
            .iter()
            .filter_map(|p| match p {
                ImportProgress::NotStarted { path, .. } => Some(path.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(not_started.len(), summary.not_started);

        // The library holds exactly the articles reported stored, each whole.
        let stored = library.lock().unwrap().article_count().unwrap();
        assert_eq!(stored, summary.imported);

        // The same files again: the stored ones are duplicates, the rest are added.
        let mut again_seen = Vec::new();
        let again = import_paths(
            &library,
            &linker,
            &paths,
            &AtomicBool::new(false),
            &mut |p| again_seen.push(p),
        );
        assert_eq!(
            again,
            ImportSummary {
                imported: summary.not_started,
                duplicates: stored,
                ..ImportSummary::default()
            }
        );
        for progress in &again_seen {
            if let ImportProgress::Done { path, .. } = progress {
                assert!(
                    not_started.contains(&path.as_str()),
                    "{path} was stored before"
                );
            }
        }
        assert_eq!(
            library.lock().unwrap().article_count().unwrap(),
            paths.len()
        );
    }

    #[test]
    fn an_import_cancelled_before_it_starts_reads_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let paths = reports(dir.path(), 5);
        let library = Mutex::new(Library::open_in_memory().unwrap());
        let mut seen = Vec::new();
        let summary = import_paths(
            &library,
            &Linker::new(&Gazetteer::kuril()),
            &paths,
            &AtomicBool::new(true),
            &mut |p| seen.push(serde_json::to_value(&p).unwrap()),
        );
        assert_eq!(
            summary,
            ImportSummary {
                cancelled: true,
                not_started: 5,
                ..ImportSummary::default()
            }
        );
        assert_eq!(seen[5]["kind"], "not_started");
        assert_eq!(seen[5]["file_name"], "report-000.txt");
        assert_eq!(library.lock().unwrap().article_count().unwrap(), 0);
    }
}
