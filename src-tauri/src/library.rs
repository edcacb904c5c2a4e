//! The app's state and the queries the UI runs: the dispute pack, its linker,
//! the SQLite library, and the articles deleted in this session (kept in memory
//! so a delete can be undone until the app quits).
//!
//! Every method is one call into [`atlas_core`] plus the mapping to [`crate::dto`].

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};

use atlas_core::gazetteer::Gazetteer;
use atlas_core::linker::Linker;
use atlas_core::store::{self, DeletedArticle, EventFilter, Library};
use chrono::NaiveDate;

use crate::dto::{
    ArticleDto, ArticleExcerpts, ArticleSummary, EventDto, EventSummary, HistogramDto, PackDto,
    SearchHit, YearBin,
};
use crate::{Error, Result};

/// The file name of the library inside the app's data folder.
pub const LIBRARY_FILE: &str = "library.sqlite3";

/// How many hits a search returns at most.
const SEARCH_LIMIT: usize = 50;

/// Everything the commands work on. Shared as `Arc<Atlas>` with the import worker.
pub struct Atlas {
    gazetteer: Gazetteer,
    /// Built on first use (or ahead, off the main thread: see [`crate::open_state`]).
    linker: OnceLock<Linker>,
    library: Mutex<Library>,
    deleted: Mutex<HashMap<i64, DeletedArticle>>,
    sample: Option<PathBuf>,
}

impl Atlas {
    /// Opens (creating or migrating) the library at `library_path` for the pack `gazetteer`;
    /// `sample` is the bundled sample article, if any.
    ///
    /// # Errors
    /// The store's error when the file cannot be opened or migrated (for instance
    /// when a newer version of the app wrote it).
    pub fn open(
        gazetteer: Gazetteer,
        library_path: &Path,
        sample: Option<PathBuf>,
    ) -> Result<Atlas> {
        let library = Library::open(library_path)?;
        Ok(Atlas::with_library(gazetteer, library, sample))
    }

    /// An app state around an already open library (tests use an in-memory one).
    pub fn with_library(gazetteer: Gazetteer, library: Library, sample: Option<PathBuf>) -> Atlas {
        Atlas {
            gazetteer,
            linker: OnceLock::new(),
            library: Mutex::new(library),
            deleted: Mutex::new(HashMap::new()),
            sample,
        }
    }

    /// The pack.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The pack's linker, built on the first call (about 0.1 s for the Kuril
    /// pack); a call while another thread builds it waits for that one.
    pub fn linker(&self) -> &Linker {
        self.linker.get_or_init(|| Linker::new(&self.gazetteer))
    }

    /// The bundled sample article.
    pub fn sample(&self) -> Option<&Path> {
        self.sample.as_deref()
    }

    /// The library, locked. A panic while it was held leaves SQLite consistent
    /// (every write is a transaction), so a poisoned lock is taken over.
    pub fn library(&self) -> MutexGuard<'_, Library> {
        self.library.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The library's lock itself, for the import pipeline, which takes it
    /// only while it writes.
    pub fn shared_library(&self) -> &Mutex<Library> {
        &self.library
    }

    fn deleted(&self) -> MutexGuard<'_, HashMap<i64, DeletedArticle>> {
        self.deleted.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The pack for the map.
    pub fn pack(&self) -> PackDto {
        PackDto::from_gazetteer(&self.gazetteer)
    }

    /// The curated history's events that pass `filter`.
    fn curated_events(&self, filter: &EventFilter) -> impl Iterator<Item = EventDto> + '_ {
        let filter = filter.clone();
        self.gazetteer
            .history()
            .iter()
            .enumerate()
            .map(|(i, e)| EventDto::curated(i, e))
            .filter(move |e| {
                filter.from.is_none_or(|from| e.year >= from)
                    && filter.to.is_none_or(|to| e.year <= to)
                    && filter.place.as_ref().is_none_or(|p| e.places.contains(p))
            })
    }

    /// The curated and article events that pass `filter`, in date order.
    ///
    /// # Errors
    /// The store's error if the query fails.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<EventDto>> {
        let stored = self.library().events(filter)?;
        let mut events: Vec<EventDto> = self.curated_events(filter).collect();
        events.extend(stored.into_iter().map(EventDto::from));
        // Stable: curated events first within a date, article events in the store's order.
        events.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(events)
    }

    /// What the timeline indexes of every event, curated and from articles, in date order.
    ///
    /// # Errors
    /// The store's error if the query fails.
    pub fn event_summaries(&self) -> Result<Vec<EventSummary>> {
        let stored = self.library().event_stubs()?;
        let mut events: Vec<EventSummary> = self
            .curated_events(&EventFilter::default())
            .map(EventSummary::from)
            .collect();
        events.extend(stored.into_iter().map(EventSummary::from));
        // Stable: curated events first within a date, as in `events`.
        events.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(events)
    }

    /// The events with the given ids (curated ones have negative ids), in date
    /// order; ids that do not exist (any more) are left out.
    ///
    /// # Errors
    /// The store's error for too many ids or a failed query.
    pub fn events_by_id(&self, ids: &[i64]) -> Result<Vec<EventDto>> {
        let history = self.gazetteer.history();
        let mut events: Vec<EventDto> = ids
            .iter()
            .filter(|&&id| id < 0)
            .filter_map(|&id| {
                let index = usize::try_from(-(id + 1)).ok()?;
                history.get(index).map(|e| EventDto::curated(index, e))
            })
            .collect();
        let stored: Vec<i64> = ids.iter().copied().filter(|&id| id > 0).collect();
        let stored = self.library().events_by_id(&stored)?;
        events.extend(stored.into_iter().map(EventDto::from));
        events.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(events)
    }

    /// Events per year, curated and from articles, and the articles without a dated event.
    ///
    /// # Errors
    /// The store's error if a query fails.
    pub fn histogram(&self) -> Result<HistogramDto> {
        let (stored, undated) = {
            let library = self.library();
            (library.event_histogram()?, library.undated_article_count()?)
        };
        let mut years: BTreeMap<i32, YearBin> = BTreeMap::new();
        let empty = |year| YearBin {
            year,
            curated: 0,
            articles: 0,
        };
        for e in self.curated_events(&EventFilter::default()) {
            years.entry(e.year).or_insert_with(|| empty(e.year)).curated += 1;
        }
        for y in stored {
            years
                .entry(y.year)
                .or_insert_with(|| empty(y.year))
                .articles += y.count;
        }
        Ok(HistogramDto {
            years: years.into_values().collect(),
            undated,
        })
    }

    /// Every stored article, most recently imported first.
    ///
    /// # Errors
    /// The store's error if the query fails.
    pub fn articles(&self) -> Result<Vec<ArticleSummary>> {
        Ok(self
            .library()
            .articles()?
            .into_iter()
            .map(ArticleSummary::from)
            .collect())
    }

    /// One article in full.
    ///
    /// # Errors
    /// `not_found` if there is no such article.
    pub fn article(&self, id: i64) -> Result<ArticleDto> {
        Ok(self.library().article(id)?.into())
    }

    /// The articles that mention `feature` (an island counts its sub-places), with excerpts.
    ///
    /// # Errors
    /// `not_found` if the pack has no such place.
    pub fn feature_excerpts(&self, feature: &str) -> Result<Vec<ArticleExcerpts>> {
        if self.gazetteer.place(feature).is_none() {
            return Err(
                atlas_core::Error::NotFound(format!("the map has no place {feature:?}")).into(),
            );
        }
        let covered: Vec<String> = self
            .gazetteer
            .with_sub_places(feature)
            .into_iter()
            .filter(|id| id != feature)
            .collect();
        Ok(self
            .library()
            .excerpts(feature, &covered)?
            .into_iter()
            .map(ArticleExcerpts::from)
            .collect())
    }

    /// For each place id, the number of articles that mention it.
    ///
    /// # Errors
    /// The store's error if the query fails.
    pub fn article_counts(&self) -> Result<HashMap<String, usize>> {
        Ok(self.library().article_counts()?)
    }

    /// Full-text search.
    ///
    /// # Errors
    /// `invalid_input` for an empty query, the store's error if the query fails.
    pub fn search(&self, query: &str) -> Result<Vec<SearchHit>> {
        Ok(self
            .library()
            .search(query, SEARCH_LIMIT)?
            .into_iter()
            .map(SearchHit::from)
            .collect())
    }

    /// Deletes article `id`, keeping it in memory for [`Atlas::restore_article`].
    ///
    /// # Errors
    /// `not_found` if there is no such article.
    pub fn delete_article(&self, id: i64) -> Result<()> {
        let deleted = self.library().delete_article(id)?;
        self.deleted().insert(id, deleted);
        Ok(())
    }

    /// Puts back an article deleted in this session.
    ///
    /// # Errors
    /// `not_found` if no article `id` was deleted since the app started.
    pub fn restore_article(&self, id: i64) -> Result<ArticleSummary> {
        let mut deleted = self.deleted();
        let article = deleted.get(&id).ok_or_else(|| {
            atlas_core::Error::NotFound(format!(
                "article {id} was not deleted in this session, so it cannot be restored"
            ))
        })?;
        let mut library = self.library();
        // Kept for another try if restoring fails.
        let restored = library.restore_article(article)?;
        deleted.remove(&id);
        Ok(ArticleDto::from(library.article(restored)?).summary)
    }

    /// Sets (or clears) article `id`'s publication date and re-extracts its events.
    ///
    /// # Errors
    /// `invalid_input` for a date that is not `YYYY-MM-DD`, `not_found` for an unknown id.
    pub fn set_published(&self, id: i64, published: Option<&str>) -> Result<ArticleDto> {
        let date = published.map(parse_day).transpose()?;
        let mut library = self.library();
        library.set_published(id, date)?;
        Ok(library.article(id)?.into())
    }
}

/// Parses a `YYYY-MM-DD` date from the UI.
fn parse_day(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
        Error::from(atlas_core::Error::InvalidInput(format!(
            "{s:?} is not a date; give it as YYYY-MM-DD, for example 2024-02-16"
        )))
    })
}

impl From<store::SearchHit> for SearchHit {
    fn from(h: store::SearchHit) -> SearchHit {
        SearchHit {
            article_id: h.article_id,
            title: h.title,
            published: h.published.map(crate::dto::day),
            snippet: h.snippet,
            highlights: h
                .highlights
                .into_iter()
                .map(|m| crate::dto::SnippetHighlight {
                    start: m.start,
                    end: m.end,
                })
                .collect(),
        }
    }
}
