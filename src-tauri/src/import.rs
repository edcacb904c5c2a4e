//! Importing dropped or chosen files and folders into the library, off the UI
//! thread and at background priority ([`background`]),
//! through [`Atlas::import`]: folders are walked, files read and
//! analysed on worker threads, and stored in group commits that hold the
//! library lock only while they write, so the UI's queries go on during an
//! import. Imports from several drops run one after another, and
//! [`cancel_imports`] cancels the running one and those waiting.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use atlas_core::atlas::ImportOptions;
use atlas_core::import::{ImportProgress, ImportSummary};
use atlas_core::{Atlas, Timestamp};

use crate::{background, Error, Result};

/// How many files one import takes at most (a dropped home folder must not
/// start an import of hours); the rest are reported as left out.
pub const MAX_FILES: usize = 10_000;

/// One import at a time, whatever the number of drops.
static IMPORT_LANE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Each import running or waiting for the lane: the library it imports into
/// (its `Atlas`, by address) and its cancel flag.
static PENDING: Mutex<Vec<(usize, Arc<AtomicBool>)>> = Mutex::new(Vec::new());

/// Cancels the imports into `atlas`'s library, the one running and those
/// waiting their turn: the files in hand are finished and stored, no other
/// file is started (each is reported `not_started`). Returns how many imports
/// it cancelled.
pub fn cancel_imports(atlas: &Arc<Atlas>) -> usize {
    let key = Arc::as_ptr(atlas) as usize;
    let pending = PENDING.lock().unwrap_or_else(PoisonError::into_inner);
    pending
        .iter()
        .filter(|(of, _)| *of == key)
        .inspect(|(_, cancel)| cancel.store(true, Ordering::Relaxed))
        .count()
}

/// An import's place in [`PENDING`], left when it ends (however it ends).
struct Pending(Arc<AtomicBool>);

impl Pending {
    fn enter(atlas: &Arc<Atlas>) -> Pending {
        let cancel = Arc::new(AtomicBool::new(false));
        PENDING
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((Arc::as_ptr(atlas) as usize, Arc::clone(&cancel)));
        Pending(cancel)
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        PENDING
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|(_, c)| !Arc::ptr_eq(c, &self.0));
    }
}

/// Imports `paths` (files and folders), reporting each file's progress to
/// `report`. Each file's failure is reported and counted, not returned. After
/// an import that stored something, a backup of the library is written into
/// `backups` if the last one is more than an hour old ([`Atlas::backup_if_due`]).
/// [`cancel_imports`] cancels it, waiting or running
/// ([`ImportSummary::cancelled`]).
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
    let pending = Pending::enter(&atlas);
    let _lane = IMPORT_LANE.lock().await;
    let options = ImportOptions {
        published: None,
        imported_at: Timestamp::from(chrono::Utc::now()),
        max_files: MAX_FILES,
    };
    // At background priority: the window stays responsive while every core analyses.
    let worker = background::run("import", move || {
        let summary = atlas.import_cancellable(&paths, options, &pending.0, &mut |progress| {
            report(progress)
        });
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
