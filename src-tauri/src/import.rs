//! Importing dropped or chosen files and folders into the library, off the UI
//! thread, through the core's pipeline ([`atlas_core::import`]): folders are
//! walked, files read and analysed on worker threads, and stored in group
//! commits that hold the library lock only while they write, so the UI's
//! queries go on during an import. Imports from several drops run one after
//! another.

use std::path::PathBuf;
use std::sync::Arc;

use atlas_core::import::{expand_paths, import_files, ImportProgress, ImportSummary};

use crate::library::Atlas;

/// How many files one import takes at most (a dropped home folder must not
/// start an import of hours); the rest are reported as left out.
pub const MAX_FILES: usize = 10_000;

/// One import at a time, whatever the number of drops.
static IMPORT_LANE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Imports `paths` (files and folders), reporting each file's progress to
/// `report`. Never fails as a whole: each file's failure is reported and counted.
pub async fn import_paths(
    atlas: Arc<Atlas>,
    paths: Vec<PathBuf>,
    report: impl Fn(ImportProgress) + Send + Sync + 'static,
) -> ImportSummary {
    let _lane = IMPORT_LANE.lock().await;
    let imported_at = now();
    let worker = tauri::async_runtime::spawn_blocking(move || {
        let files = expand_paths(&paths, MAX_FILES);
        import_files(
            atlas.shared_library(),
            atlas.linker(),
            files,
            None,
            &imported_at,
            &mut |progress| report(progress),
        )
    });
    // The pipeline catches a parser's panic per file; a panic anywhere else is
    // a bug, and what was committed before it stays committed.
    worker.await.unwrap_or_else(|e| {
        eprintln!("dispute-atlas: the import stopped early: {e}");
        ImportSummary::default()
    })
}

/// The import time as stored: RFC 3339, UTC, to the millisecond.
fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
