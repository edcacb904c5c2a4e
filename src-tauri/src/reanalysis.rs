//! Re-analysing the whole library off the UI thread, through
//! [`Atlas::reanalyse`]: every article linked again with the packs in use,
//! the person's corrections kept, progress reported after each article. One
//! re-analysis at a time; [`Reanalysis::stop`] ends it after the article at hand.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use atlas_core::atlas::ReanalysisSummary;
use atlas_core::Atlas;
use serde::Serialize;
use ts_rs::TS;

use crate::{background, Error, Result};

/// How far a re-analysis has gone: `done` of `total` articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct ReanalysisProgress {
    /// Articles analysed again so far.
    pub done: usize,
    /// Articles in the library when it started.
    pub total: usize,
}

/// Whether a re-analysis runs, and the flag that stops it (app state).
#[derive(Debug, Default)]
pub struct Reanalysis {
    running: AtomicBool,
    stop: Arc<AtomicBool>,
}

impl Reanalysis {
    /// Asks the running re-analysis to stop after the article at hand; the
    /// articles done stay done. Does nothing when none runs.
    pub fn stop(&self) {
        if self.running.load(Ordering::SeqCst) {
            self.stop.store(true, Ordering::SeqCst);
        }
    }

    /// Re-analyses every article of `atlas` on a thread at background
    /// priority ([`background`]), reporting each one to `report`.
    ///
    /// # Errors
    /// `invalid_input` when a re-analysis runs already; the core's error if the
    /// library cannot be read or written (the articles done before stay done);
    /// [`Error::Internal`] if the worker panicked.
    pub async fn run(
        &self,
        atlas: Arc<Atlas>,
        report: impl Fn(ReanalysisProgress) + Send + 'static,
    ) -> Result<ReanalysisSummary> {
        if self
            .running
            .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            return Err(atlas_core::Error::InvalidInput(
                "the library is being re-analysed already; wait for it to finish or stop it".into(),
            )
            .into());
        }
        self.stop.store(false, Ordering::SeqCst);
        let stop = Arc::clone(&self.stop);
        let worker = background::run("re-analysis", move || {
            atlas.reanalyse(&stop, &mut |done, total| {
                report(ReanalysisProgress { done, total })
            })
        });
        let outcome = worker.await;
        self.running.store(false, Ordering::SeqCst);
        let summary = outcome.map_err(|e| {
            Error::Internal(format!(
                "the re-analysis stopped early ({e}); the articles done before it are kept. \
                 Start it again, and report this if it happens again"
            ))
        })??;
        Ok(summary)
    }
}
