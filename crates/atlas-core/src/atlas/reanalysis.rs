//! Re-analysing the whole library with the packs and linker in use (see
//! [`crate::store::Library::replace_analysis`] for how corrections are kept).

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;

use super::Atlas;
use crate::events::extract_events_in;
use crate::language::detect_languages;
use crate::store::StaleCorrection;
use crate::web_addresses::Addresses;
use crate::Result;

/// What a re-analysis did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReanalysisSummary {
    /// Articles analysed again.
    pub articles: usize,
    /// Articles in the library when it started.
    pub total: usize,
    /// Whether it was stopped before the end (the articles done stay done).
    pub stopped: bool,
    /// Corrections that the new analysis gave nothing to apply to: kept, and listed here.
    pub stale_corrections: Vec<StaleCorrection>,
}

impl Atlas {
    /// Links every stored article again and extracts its events again, with
    /// the packs in use, keeping every correction; `on_progress` hears
    /// `(done, total)` after each article. Each article is replaced in its own
    /// transaction, and the library is free between articles, so the app's
    /// queries go on; setting `stop` ends it after the article at hand.
    ///
    /// # Errors
    /// [`crate::Error::Store`] if reading or writing the library fails (the
    /// articles done before stay done).
    pub fn reanalyse(
        &self,
        stop: &AtomicBool,
        on_progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ReanalysisSummary> {
        let ids = self.library().article_ids()?;
        let mut summary = ReanalysisSummary {
            total: ids.len(),
            ..ReanalysisSummary::default()
        };
        let linker = self.packs.linker();
        for id in ids {
            if stop.load(Ordering::Relaxed) {
                summary.stopped = true;
                break;
            }
            let stored = match self.library().stored_text(id) {
                Ok(stored) => stored,
                // Deleted meanwhile.
                Err(e) if e.kind() == crate::ErrorCode::NotFound => continue,
                Err(e) => return Err(e),
            };
            let text = &stored.text;
            let (language, languages) = detect_languages(text);
            let addresses = Addresses::of(text);
            let linked = linker.link_sharing(&addresses);
            // Events come from the mentions as corrected.
            let mut corrected = Vec::with_capacity(linked.len());
            for mention in &linked {
                let correction = stored
                    .mention_corrections
                    .iter()
                    .find(|(start, _)| *start == mention.start);
                match correction {
                    None => corrected.push(mention.clone()),
                    Some((_, Some(place))) => {
                        let mut relinked = mention.clone();
                        relinked.feature = place.clone();
                        corrected.push(relinked);
                    }
                    Some((_, None)) => {}
                }
            }
            let events = extract_events_in(
                &addresses,
                languages,
                &corrected,
                stored.published,
                linker.context_places(),
            );
            match self
                .library()
                .replace_analysis(id, language, &linked, &events)
            {
                Ok(stale) => summary.stale_corrections.extend(stale),
                Err(e) if e.kind() == crate::ErrorCode::NotFound => continue,
                Err(e) => return Err(e),
            }
            summary.articles += 1;
            on_progress(summary.articles, summary.total);
        }
        Ok(summary)
    }
}
