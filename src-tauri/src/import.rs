//! Importing dropped or chosen files and folders into the library, off the UI
//! thread, through [`Atlas::import`]: folders are walked, files read and
//! analysed on worker threads, and stored in group commits that hold the
//! library lock only while they write, so the UI's queries go on during an
//! import. Imports from several drops run one after another.

use std::path::PathBuf;
use std::sync::Arc;

use atlas_core::atlas::ImportOptions;
use atlas_core::import::{ImportProgress, ImportSummary};
use atlas_core::{Atlas, Timestamp};

use crate::{Error, Result};

/// How many files one import takes at most (a dropped home folder must not
/// start an import of hours); the rest are reported as left out.
pub const MAX_FILES: usize = 10_000;

/// One import at a time, whatever the number of drops.
static IMPORT_LANE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Imports `paths` (files and folders), reporting each file's progress to
/// `report`. Each file's failure is reported and counted, not returned. After
/// an import that stored something, a backup of the library is written into
/// `backups` if the last one is more than an hour old ([`Atlas::backup_if_due`]).
///
/// # Errors
/// [`Error::Internal`] if the import worker panicked (a bug: the pipeline
/// catches a parser's panic per file). What was committed before it stays.
pub async fn import_paths(
    atlas: Arc<Atlas>,
    paths: Vec<PathBuf>,
    backups: Option<PathBuf>,
    report: impl Fn(ImportProgress) + Send + Sync + 'static,
) -> Result<ImportSummary> {
    let _lane = IMPORT_LANE.lock().await;
    let options = ImportOptions {
        published: None,
        imported_at: Timestamp::from(chrono::Utc::now()),
        max_files: MAX_FILES,
    };
    let worker = tauri::async_runtime::spawn_blocking(move || {
        let summary = atlas.import(&paths, options, &mut |progress| report(progress));
        if let Some(dir) = backups.filter(|_| summary.imported > 0) {
            // A failed backup must not fail the import it follows; the next import tries again.
            if let Err(e) = atlas.backup_if_due(options.imported_at, &dir) {
                eprintln!("dispute-atlas: no automatic backup this time: {e}");
            }
        }
        summary
    });
    worker.await.map_err(|e| {
        Error::Internal(format!(
            "the import stopped early ({e}); the files stored before it are kept. \
             Drop the rest again, and report this if it happens again"
        ))
    })
}
