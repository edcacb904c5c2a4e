//! Importing files and folders into the library, off the UI thread.
//!
//! [`import_paths`] expands folders ([`expand_paths`]), reports every file as
//! `queued`, then imports them one at a time: reading, parsing and analysing run
//! in `spawn_blocking` ([`import_file`]), the write takes the library lock only
//! for its transaction. A file that fails is reported and the next one goes on;
//! a file whose text is already stored is reported as a duplicate without being
//! analysed again. Imports from several drops run one after another.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use atlas_core::analysis::analyze;
use atlas_core::ingest;
use atlas_core::store::{content_hash, ImportOutcome};

use crate::dto::{ImportProgress, ImportSummary, IpcError};
use crate::library::Atlas;
use crate::{Error, Result};

/// Extensions looked for when walking a folder (files dropped one by one are
/// always tried, so an unsupported one gets a clear message).
pub const SUPPORTED_EXTENSIONS: &[&str] =
    &["txt", "md", "markdown", "html", "htm", "pdf", "docx", "eml"];

/// How deep folders are walked.
pub const MAX_DEPTH: usize = 8;

/// How many files one import takes at most.
pub const MAX_FILES: usize = 10_000;

/// One import at a time, whatever the number of drops.
static IMPORT_LANE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// What became of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOutcome {
    /// Stored as a new article.
    Stored {
        /// The new article's id.
        id: i64,
        /// Its title.
        title: String,
        /// Linked mentions found.
        mentions: usize,
        /// Dated events found.
        events: usize,
    },
    /// Its text is already stored.
    Duplicate {
        /// The stored article's id.
        id: i64,
        /// Its title.
        title: String,
    },
}

/// The files to import for `paths`: files as given, folders walked (recursively,
/// at most [`MAX_DEPTH`] deep, hidden entries skipped, only [`SUPPORTED_EXTENSIONS`]),
/// in a stable order. A folder that cannot be read, or the files past
/// [`MAX_FILES`], come back as errors to report.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<std::result::Result<PathBuf, (PathBuf, Error)>> {
    let mut out = Vec::new();
    let mut count = 0;
    for path in paths {
        if path.is_dir() {
            walk(path, 0, &mut out, &mut count);
        } else {
            push_file(path.clone(), &mut out, &mut count);
        }
    }
    out
}

fn push_file(
    path: PathBuf,
    out: &mut Vec<std::result::Result<PathBuf, (PathBuf, Error)>>,
    count: &mut usize,
) {
    *count += 1;
    if *count <= MAX_FILES {
        out.push(Ok(path));
    } else if *count == MAX_FILES + 1 {
        let message = format!(
            "one import takes at most {MAX_FILES} files; {} and the files after it were left out: import them in a second go",
            path.display()
        );
        out.push(Err((path, atlas_core::Error::InvalidInput(message).into())));
    }
}

fn walk(
    dir: &Path,
    depth: usize,
    out: &mut Vec<std::result::Result<PathBuf, (PathBuf, Error)>>,
    count: &mut usize,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Err((
                dir.to_path_buf(),
                atlas_core::Error::io(dir, e).into(),
            )));
            return;
        }
    };
    let mut entries: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if *count > MAX_FILES {
            return;
        }
        if path.is_dir() {
            if depth + 1 < MAX_DEPTH {
                walk(&path, depth + 1, out, count);
            }
        } else if is_supported(&path) {
            push_file(path, out, count);
        }
    }
}

/// Whether a file in a folder is one the importer reads, by extension.
pub fn is_supported(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SUPPORTED_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads, analyses and stores one file (blocking: call it off the UI thread).
/// A file whose text is already stored is not analysed.
///
/// # Errors
/// The ingest error for a file that cannot be read or parsed, the store's for a failed write.
pub fn import_file(atlas: &Atlas, path: &Path, imported_at: &str) -> Result<FileOutcome> {
    let article = ingest::read_file(path)?;
    if let Some(found) = atlas.library().find_by_hash(&content_hash(&article.text))? {
        return Ok(FileOutcome::Duplicate {
            id: found.id,
            title: found.title,
        });
    }
    let analysis = analyze(atlas.linker(), &article.text, article.published);
    let outcome = atlas
        .library()
        .import(&file_name(path), &article, &analysis, imported_at)?;
    Ok(match outcome {
        ImportOutcome::Stored { id } => FileOutcome::Stored {
            id,
            title: article.title,
            mentions: analysis.mentions.len(),
            events: analysis.events.len(),
        },
        ImportOutcome::Duplicate { id, title } => FileOutcome::Duplicate { id, title },
    })
}

/// Imports `paths` (files and folders) one file at a time, reporting each
/// file's progress to `report`. Never fails as a whole: each file's failure is
/// reported and counted.
pub async fn import_paths(
    atlas: Arc<Atlas>,
    paths: Vec<PathBuf>,
    report: impl Fn(ImportProgress) + Send + Sync + 'static,
) -> ImportSummary {
    let _lane = IMPORT_LANE.lock().await;
    let files = tauri::async_runtime::spawn_blocking(move || expand_paths(&paths))
        .await
        .unwrap_or_default();
    let total = files.len();
    for (index, file) in files.iter().enumerate() {
        let path = match file {
            Ok(path) | Err((path, _)) => path,
        };
        report(ImportProgress::Queued {
            index,
            total,
            path: path.display().to_string(),
            file_name: file_name(path),
        });
    }
    let mut summary = ImportSummary::default();
    for (index, file) in files.into_iter().enumerate() {
        let (path, outcome) = match file {
            Ok(path) => {
                let atlas = Arc::clone(&atlas);
                let task_path = path.clone();
                let imported_at = now();
                let outcome = tauri::async_runtime::spawn_blocking(move || {
                    import_file(&atlas, &task_path, &imported_at)
                })
                .await
                .unwrap_or_else(|e| {
                    Err(Error::Internal(format!(
                        "importing {} crashed ({e}); the library is unchanged",
                        path.display()
                    )))
                });
                (path, outcome)
            }
            Err((path, error)) => (path, Err(error)),
        };
        let (path_text, name) = (path.display().to_string(), file_name(&path));
        report(match outcome {
            Ok(FileOutcome::Stored {
                id,
                title,
                mentions,
                events,
            }) => {
                summary.imported += 1;
                ImportProgress::Done {
                    index,
                    total,
                    path: path_text,
                    file_name: name,
                    article_id: id,
                    title,
                    mentions,
                    events,
                }
            }
            Ok(FileOutcome::Duplicate { id, title }) => {
                summary.duplicates += 1;
                ImportProgress::Duplicate {
                    index,
                    total,
                    path: path_text,
                    file_name: name,
                    article_id: id,
                    title,
                }
            }
            Err(error) => {
                summary.failed += 1;
                ImportProgress::Failed {
                    index,
                    total,
                    path: path_text,
                    file_name: name,
                    error: IpcError::from(&error),
                }
            }
        });
    }
    summary
}

/// The name shown for `path`.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The import time as stored: RFC 3339, UTC, to the millisecond.
fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_for_supported_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for f in [
            "one.txt",
            "a/two.MD",
            "a/b/three.html",
            "a/skip.png",
            ".secret.txt",
            ".hidden/four.txt",
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let found: Vec<PathBuf> = expand_paths(&[root.to_path_buf()])
            .into_iter()
            .map(|r| r.unwrap())
            .collect();
        let names: Vec<String> = found
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a/b/three.html", "a/two.MD", "one.txt"]);
    }

    #[test]
    fn files_given_one_by_one_are_kept_whatever_their_extension() {
        let found = expand_paths(&[PathBuf::from("/nowhere/photo.png")]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].as_ref().unwrap(),
            &PathBuf::from("/nowhere/photo.png")
        );
    }
}
