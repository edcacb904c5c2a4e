//! Importing many files into a library: read and analyse on worker threads,
//! store on the calling thread (one transaction per article), and report each
//! file's progress as it goes. One bad file never stops the others.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use chrono::NaiveDate;

use crate::analysis::{analyze, Analysis};
use crate::ingest::{self, Article};
use crate::linker::Linker;
use crate::store::{ImportOutcome, Library};
use crate::Error;

/// What happened to one file of an import, in the order it happens.
///
/// Serializes with a `kind` tag (`queued`, `done`, `duplicate`, `failed`), as the
/// app's import progress channel and the CLI print it.
#[derive(Debug, serde::Serialize)]
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
        article_id: i64,
        /// Its title.
        title: String,
        /// How many mentions were linked.
        mentions: usize,
        /// How many events were found.
        events: usize,
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
        /// What went wrong, as `{code, message}`.
        error: Error,
    },
}

/// Counts of an import's outcomes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    /// New articles stored.
    pub imported: usize,
    /// Files whose text was already in the library.
    pub duplicates: usize,
    /// Files that could not be imported.
    pub failed: usize,
}

/// A file read and analysed, ready to store.
type Analysed = Result<(Article, Analysis), Error>;

/// Imports `paths` into `library`, calling `on_progress` for every file (first
/// `Queued` for all, then one outcome each, in completion order).
///
/// Reading and analysis run on up to `available_parallelism` worker threads;
/// storing runs on the calling thread, one transaction per article, so a
/// failure or a crash never leaves half an article. `published` overrides each
/// file's own publication date when given; `imported_at` is stored as the time
/// of import.
pub fn import_files(
    library: &mut Library,
    linker: &Linker,
    paths: &[PathBuf],
    published: Option<NaiveDate>,
    imported_at: &str,
    on_progress: &mut dyn FnMut(ImportProgress),
) -> ImportSummary {
    let total = paths.len();
    for (index, path) in paths.iter().enumerate() {
        on_progress(ImportProgress::Queued {
            index,
            total,
            path: path.display().to_string(),
            file_name: file_name(path),
        });
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
        .min(total.max(1));
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::sync_channel::<(usize, Analysed)>(2 * workers);
    let mut summary = ImportSummary::default();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = paths.get(index) else { break };
                let analysed = read_and_analyze(linker, path, published);
                if sender.send((index, analysed)).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        for (index, analysed) in receiver {
            let path = &paths[index];
            let progress = store_one(library, path, analysed, imported_at);
            match &progress {
                ImportProgress::Done { .. } => summary.imported += 1,
                ImportProgress::Duplicate { .. } => summary.duplicates += 1,
                _ => summary.failed += 1,
            }
            on_progress(with_position(progress, index, total));
        }
    });
    summary
}

/// Reads, parses and analyses one file (what the worker threads do).
///
/// # Errors
/// The file's [`Error`]: unreadable, empty, binary, too large, broken.
pub fn read_and_analyze(linker: &Linker, path: &Path, published: Option<NaiveDate>) -> Analysed {
    // A panic in a parser must cost one file, not the import.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let article = ingest::read_file(path)?;
        let analysis = analyze(linker, &article.text, published.or(article.published));
        Ok((article, analysis))
    }))
    .unwrap_or_else(|_| {
        Err(Error::Malformed(format!(
            "{} could not be read (the parser failed on it); check that the file opens in another program",
            file_name(path)
        )))
    })
}

fn store_one(
    library: &mut Library,
    path: &Path,
    analysed: Analysed,
    imported_at: &str,
) -> ImportProgress {
    let name = file_name(path);
    let stored = analysed.and_then(|(article, analysis)| {
        let outcome = library.import(&name, &article, &analysis, imported_at)?;
        Ok((outcome, article.title, analysis))
    });
    let (index, total, path) = (0, 0, path.display().to_string());
    match stored {
        Ok((ImportOutcome::Stored { id }, title, analysis)) => ImportProgress::Done {
            index,
            total,
            path,
            file_name: name,
            article_id: id,
            title,
            mentions: analysis.mentions.len(),
            events: analysis.events.len(),
        },
        Ok((ImportOutcome::Duplicate { id, title }, _, _)) => ImportProgress::Duplicate {
            index,
            total,
            path,
            file_name: name,
            article_id: id,
            title,
        },
        Err(error) => ImportProgress::Failed {
            index,
            total,
            path,
            file_name: name,
            error,
        },
    }
}

fn with_position(mut progress: ImportProgress, at: usize, of: usize) -> ImportProgress {
    match &mut progress {
        ImportProgress::Queued { index, total, .. }
        | ImportProgress::Done { index, total, .. }
        | ImportProgress::Duplicate { index, total, .. }
        | ImportProgress::Failed { index, total, .. } => {
            (*index, *total) = (at, of);
        }
    }
    progress
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

        let mut library = Library::open_in_memory().unwrap();
        let linker = Linker::new(&Gazetteer::kuril());
        let mut seen = Vec::new();
        let summary = import_files(
            &mut library,
            &linker,
            &paths,
            None,
            "2026-01-01T00:00:00Z",
            &mut |p| seen.push(p),
        );
        assert_eq!(
            summary,
            ImportSummary {
                imported: 12,
                duplicates: 1,
                failed: 2
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
        assert_eq!(library.article_count().unwrap(), 12);
        let json = serde_json::to_value(seen.last().unwrap()).unwrap();
        assert!(json["kind"].is_string());
    }
}
