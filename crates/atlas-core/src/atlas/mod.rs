//! [`Atlas`]: the one API the app and the CLI share. It owns the dispute pack
//! and its lazily built linker ([`Packs`]), the SQLite library, and the
//! articles deleted in this session (kept in memory so a delete can be undone),
//! and answers everything they ask: the timeline (curated history and article
//! events merged once, [`timeline`]), articles, excerpts, search, imports,
//! publication-date edits (events are extracted again here, not in the store),
//! corrections, delete and undo, the library's backups ([`backups`]) and what
//! to do with a library that cannot be opened ([`recovery`]).
//!
//! The app's commands and the CLI's subcommands are thin adapters over it.

pub mod backups;
mod coverage;
pub mod disputes;
mod packs;
pub use packs::{LinkedFile, PackMap, Packs};
mod export;
mod overview;
pub use coverage::CoverageOf;
pub use overview::{MapCounts, PlaceEvents, TimelinePage};
mod reanalysis;
pub mod recovery;
mod stream;
pub use reanalysis::ReanalysisSummary;
pub use stream::{CorpusRecord, LinkedRecord, RecordError, MAX_RECORD_BYTES};
pub mod timeline;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::NaiveDate;
use serde::Serialize;

use crate::events::{extract_events, Reference};
use crate::gazetteer::Gazetteer;
use crate::import::{expand_paths, import_files, ImportProgress, ImportSummary};
use crate::store::{
    read_only_reason, ArticleExcerpts, ArticleFacets, ArticlePage, ArticleRecord, ArticleSummary,
    DeletedArticle, EventFilter, Library, MentionCorrection, MentionRecord, PlaceOfDispute,
    ReadOnly, RebuildProgress, SearchFilter, SearchHit,
};
use crate::{Error, Result, Timestamp};
use disputes::Dispute;
use timeline::{curated_events, merge, EventId, EventSummary, Histogram, TimelineEvent};

/// A stored article in full, as the reader shows it: its summary, text,
/// mentions (corrections applied), events in date order, and the words that
/// refer to their places.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticleDetail {
    /// What the article list shows.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub summary: ArticleSummary,
    /// The clean text.
    pub text: String,
    /// Every linked mention, in text order.
    pub mentions: Vec<MentionRecord>,
    /// The person's corrections of its mentions, in text order: a relinked
    /// mention is also in `mentions`, an unlinked one only here.
    pub mention_corrections: Vec<MentionCorrection>,
    /// Its events, in date order.
    pub events: Vec<TimelineEvent>,
    /// The words its events refer to places with ("these islands"), in text
    /// order, each span once (with the places of every event that has it).
    pub references: Vec<Reference>,
}

impl From<ArticleRecord> for ArticleDetail {
    fn from(a: ArticleRecord) -> ArticleDetail {
        let mut places: Vec<String> = Vec::new();
        for m in &a.mentions {
            if !places.contains(&m.feature) {
                places.push(m.feature.clone());
            }
        }
        let references = article_references(&a);
        let mut events: Vec<TimelineEvent> = a.events.into_iter().map(Into::into).collect();
        events.sort_by_key(|e| e.summary.date);
        ArticleDetail {
            summary: ArticleSummary {
                id: a.id,
                title: a.title,
                source: a.source,
                address: a.address,
                published: a.published,
                language: a.language,
                file_name: a.file_name,
                mention_count: a.mentions.len(),
                event_count: events.len(),
                places,
                imported_at: a.imported_at,
            },
            text: a.text,
            mentions: a.mentions,
            mention_corrections: a.mention_corrections,
            events,
            references,
        }
    }
}

/// The references of the events of `a`, in text order; a span that two events
/// share (a clause with two dates) is given once, with the places of both.
fn article_references(a: &ArticleRecord) -> Vec<Reference> {
    let mut spans: Vec<Reference> = Vec::new();
    for r in a.events.iter().flat_map(|e| &e.references) {
        match spans
            .iter_mut()
            .find(|s| (s.start, s.end) == (r.start, r.end))
        {
            Some(same) => {
                for place in &r.places {
                    if !same.places.contains(place) {
                        same.places.push(place.clone());
                    }
                }
            }
            None => spans.push(r.clone()),
        }
    }
    spans.sort_by_key(|r| (r.start, r.end));
    spans
}

/// How an import runs.
#[derive(Debug, Clone, Copy)]
pub struct ImportOptions {
    /// Overrides each file's own publication date.
    pub published: Option<NaiveDate>,
    /// Stored as the articles' time of import.
    pub imported_at: Timestamp,
    /// At most this many files (folders are walked); the rest are reported as left out.
    pub max_files: usize,
}

/// The pack, its linker and the library: everything the app and the CLI ask.
///
/// Shared between threads (the app keeps it in an `Arc`): the library is
/// behind a mutex, which an import takes only while it writes a batch. A
/// library on disk has a second connection for the queries (`reader`), so a
/// query never waits for the importer's writes: in WAL mode it reads the last
/// committed state while a batch is being written; and a third for the counts
/// that read a whole dispute's mentions (`counter`: the coverage chart, about
/// 2 s at a million articles), so they never hold the queries the map, the
/// timeline and the lists wait on.
#[derive(Debug)]
pub struct Atlas {
    packs: Packs,
    /// Declared (so dropped) before `library`: the last connection to close
    /// folds the WAL into the file and deletes it, which a read-only one cannot.
    reader: Option<Mutex<Library>>,
    counter: Option<Mutex<Library>>,
    library: Mutex<Library>,
    deleted: Mutex<HashMap<i64, DeletedArticle>>,
    /// The library's aggregate knows these packs' places (not so for a
    /// library opened read-only that was written without them).
    aggregate: bool,
}

/// Which of the packs' places a library's aggregate is taught when it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlacesToLearn {
    /// Exactly the packs' places: others are dropped, and a change rebuilds it.
    Exactly,
    /// Only places it does not count yet: a query with fewer packs reads it as it is.
    Missing,
}

impl Atlas {
    /// Opens (creating or migrating) the library at `library_path` for the pack `gazetteer`.
    ///
    /// # Errors
    /// The store's error when the file cannot be opened or migrated (for
    /// instance when a newer version of the app wrote it).
    pub fn open(gazetteer: Gazetteer, library_path: &Path) -> Result<Atlas> {
        Atlas::open_with_progress(gazetteer, library_path, &mut |_| {})
    }

    /// [`Atlas::open`], telling `progress` how a rebuild of the aggregate
    /// goes (the first open of a library upgraded from version 4, or after
    /// the packs' places changed: minutes at a million articles).
    ///
    /// # Errors
    /// As [`Atlas::open`].
    pub fn open_with_progress(
        gazetteer: Gazetteer,
        library_path: &Path,
        progress: &mut dyn FnMut(RebuildProgress),
    ) -> Result<Atlas> {
        Atlas::open_learning(gazetteer, library_path, PlacesToLearn::Exactly, progress)
    }

    /// Opens the library at `library_path`; its aggregate learns the packs'
    /// places as `learn` says.
    fn open_learning(
        gazetteer: Gazetteer,
        library_path: &Path,
        learn: PlacesToLearn,
        progress: &mut dyn FnMut(RebuildProgress),
    ) -> Result<Atlas> {
        let mut library = Library::open(library_path)?;
        let places = PlaceOfDispute::all_of(&gazetteer);
        // The aggregate learns the packs' places (rebuilt when they changed).
        if !(learn == PlacesToLearn::Missing && library.knows_places(&places)?) {
            library.set_places_with_progress(&places, progress)?;
        }
        let mut atlas = Atlas::with_library(gazetteer, library);
        atlas.reader = Some(Mutex::new(Library::open_reader(library_path)?));
        atlas.counter = Some(Mutex::new(Library::open_reader(library_path)?));
        Ok(atlas)
    }

    /// Opens the library at `library_path` as [`Atlas::open`] does, or, when
    /// the file or its folder cannot be written (read-only media,
    /// permissions), opens the existing library read-only and says why: it
    /// can then be browsed, searched and exported, and every write fails with
    /// [`Error::ReadOnly`].
    ///
    /// # Errors
    /// As [`Atlas::open`] and [`Library::open_read_only`].
    pub fn open_or_read_only(
        gazetteer: Gazetteer,
        library_path: &Path,
    ) -> Result<(Atlas, Option<ReadOnly>)> {
        Atlas::open_or_read_only_with_progress(gazetteer, library_path, &mut |_| {})
    }

    /// [`Atlas::open_or_read_only`], telling `progress` how a rebuild of the
    /// aggregate goes (as [`Atlas::open_with_progress`]; a read-only library
    /// rebuilds nothing on disk).
    ///
    /// # Errors
    /// As [`Atlas::open_or_read_only`].
    pub fn open_or_read_only_with_progress(
        gazetteer: Gazetteer,
        library_path: &Path,
        progress: &mut dyn FnMut(RebuildProgress),
    ) -> Result<(Atlas, Option<ReadOnly>)> {
        match read_only_reason(library_path) {
            None => Ok((
                Atlas::open_with_progress(gazetteer, library_path, progress)?,
                None,
            )),
            Some(read_only) => {
                let library = Library::open_read_only(library_path)?;
                Ok((Atlas::with_library(gazetteer, library), Some(read_only)))
            }
        }
    }

    /// Opens a library that must exist already (queries never create one).
    /// Its aggregate is rebuilt only for places it does not count yet: fewer
    /// packs than the library was built with (`atlas events --pack kuril` on
    /// the app's library) read it as it is.
    ///
    /// # Errors
    /// [`Error::NotFound`] if there is no file at `library_path`, else as [`Atlas::open`].
    pub fn open_existing(gazetteer: Gazetteer, library_path: &Path) -> Result<Atlas> {
        if !library_path.is_file() {
            return Err(Error::NotFound(format!(
                "no library at {}; create one with `atlas ingest --db {} FILE...`",
                library_path.display(),
                library_path.display()
            )));
        }
        Atlas::open_learning(gazetteer, library_path, PlacesToLearn::Missing, &mut |_| {})
    }

    /// An atlas around an already open library (tests use an in-memory one).
    /// The aggregate learns the packs' places it does not count yet, unless
    /// the library is read-only.
    pub fn with_library(gazetteer: Gazetteer, mut library: Library) -> Atlas {
        let places = PlaceOfDispute::all_of(&gazetteer);
        let aggregate =
            library.knows_places(&places).unwrap_or(false) || library.set_places(&places).is_ok();
        Atlas {
            aggregate,
            packs: Packs::new(gazetteer),
            library: Mutex::new(library),
            reader: None,
            counter: None,
            deleted: Mutex::new(HashMap::new()),
        }
    }

    /// The pack and its linker.
    pub fn packs(&self) -> &Packs {
        &self.packs
    }

    /// The library, locked. A panic while it was held leaves SQLite consistent
    /// (every write is a transaction), so a poisoned lock is taken over.
    fn library(&self) -> MutexGuard<'_, Library> {
        self.library.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The connection queries read through: the reader, or the library itself
    /// when it has none (in memory, read-only). Locked like [`Atlas::library`].
    fn reader(&self) -> MutexGuard<'_, Library> {
        match &self.reader {
            Some(reader) => reader.lock().unwrap_or_else(PoisonError::into_inner),
            None => self.library(),
        }
    }

    /// The connection the whole-library counts read through: the counter, or
    /// else the reader.
    fn counter(&self) -> MutexGuard<'_, Library> {
        match &self.counter {
            Some(counter) => counter.lock().unwrap_or_else(PoisonError::into_inner),
            None => self.reader(),
        }
    }

    fn deleted(&self) -> MutexGuard<'_, HashMap<i64, DeletedArticle>> {
        self.deleted.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The curated and article events that pass `filter`, in date order.
    ///
    /// # Errors
    /// `not_found` for a place the pack does not have; the store's error if the query fails.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<TimelineEvent>> {
        if let Some(place) = &filter.place {
            self.packs.check_place(place)?;
        }
        let stored = self.reader().events(filter)?;
        Ok(merge(
            curated_events(self.packs.gazetteer(), filter),
            stored.into_iter().map(TimelineEvent::from),
            |e| e.summary.date,
        ))
    }

    /// What the timeline indexes of every event, curated and from articles, in date order.
    ///
    /// # Errors
    /// The store's error if the query fails.
    pub fn event_summaries(&self) -> Result<Vec<EventSummary>> {
        let stored = self.reader().event_stubs()?;
        let all = EventFilter::default();
        Ok(merge(
            curated_events(self.packs.gazetteer(), &all).map(|e| e.summary),
            stored.into_iter().map(EventSummary::from),
            |e| e.date,
        ))
    }

    /// The events with the given ids, in date order; ids that do not exist
    /// (any more) are left out.
    ///
    /// # Errors
    /// The store's error for too many ids or a failed query.
    pub fn events_by_id(&self, ids: &[EventId]) -> Result<Vec<TimelineEvent>> {
        let all = EventFilter::default();
        let curated = curated_events(self.packs.gazetteer(), &all)
            .filter(|e| ids.contains(&e.summary.id))
            .collect::<Vec<_>>();
        let stored: Vec<i64> = ids
            .iter()
            .filter_map(|id| match id {
                EventId::Article(n) => Some(*n),
                EventId::Curated(_) => None,
            })
            .collect();
        let stored = self.reader().events_by_id(&stored)?;
        Ok(merge(
            curated,
            stored.into_iter().map(TimelineEvent::from),
            |e| e.summary.date,
        ))
    }

    /// Events per year, curated and from articles, and the articles without a dated event.
    ///
    /// # Errors
    /// The store's error if a query fails.
    pub fn histogram(&self) -> Result<Histogram> {
        let (stored, undated) = {
            let library = self.reader();
            (library.event_histogram()?, library.undated_article_count()?)
        };
        let all = EventFilter::default();
        Ok(timeline::histogram(
            curated_events(self.packs.gazetteer(), &all),
            stored,
            undated,
        ))
    }

    /// Every stored article, most recently imported first.
    ///
    /// # Errors
    /// The store's error if the query fails.
    pub fn articles(&self) -> Result<Vec<ArticleSummary>> {
        self.reader().articles()
    }

    /// At most `limit` lines of the library's article list that pass
    /// `filter`, from index `offset`: most recently published first.
    ///
    /// # Errors
    /// `invalid_input` for too large a page; the store's error if a query fails.
    pub fn article_page(
        &self,
        filter: &SearchFilter,
        offset: usize,
        limit: usize,
    ) -> Result<ArticlePage> {
        self.reader().article_page(filter, offset, limit)
    }

    /// The library's sources and languages with their counts, and its size.
    ///
    /// # Errors
    /// The store's error if a query fails.
    pub fn article_facets(&self) -> Result<ArticleFacets> {
        self.reader().article_facets()
    }

    /// One article in full.
    ///
    /// # Errors
    /// `not_found` if there is no such article.
    pub fn article(&self, id: i64) -> Result<ArticleDetail> {
        Ok(self.reader().article(id)?.into())
    }

    /// The articles that mention `feature` (an island counts its sub-places),
    /// ranked, with excerpts.
    ///
    /// # Errors
    /// `not_found` if the pack has no such place.
    pub fn excerpts(&self, feature: &str) -> Result<Vec<ArticleExcerpts>> {
        let covered = self.places_on(feature)?;
        self.reader().excerpts(feature, &covered)
    }

    /// The places on `feature` (an island's towns, a group's islands), whose
    /// mentions count for it in its excerpts.
    fn places_on(&self, feature: &str) -> Result<Vec<String>> {
        self.packs.check_place(feature)?;
        Ok(self
            .packs
            .gazetteer()
            .with_sub_places(feature)
            .into_iter()
            .filter(|id| id != feature)
            .collect())
    }

    /// One page of [`Atlas::excerpts`]: at most `limit` articles from rank
    /// `offset` on (the island panel reads them a page at a time).
    ///
    /// # Errors
    /// `not_found` if the pack has no such place; the store's error if a query fails.
    pub fn excerpts_page(
        &self,
        feature: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ArticleExcerpts>> {
        let covered = self.places_on(feature)?;
        self.reader()
            .excerpts_page(feature, &covered, offset, limit)
    }

    /// For each place id, the number of articles that mention it.
    ///
    /// # Errors
    /// The store's error if the query fails.
    pub fn article_counts(&self) -> Result<HashMap<String, usize>> {
        self.reader().article_counts()
    }

    /// Every loaded pack as a dispute, in load order, with the number of
    /// stored articles that mention it (an article naming Japan's three
    /// disputes counts for each).
    ///
    /// # Errors
    /// The store's error if the query fails.
    pub fn disputes(&self) -> Result<Vec<Dispute>> {
        let gazetteer = self.packs.gazetteer();
        let pack_of: HashMap<String, String> = gazetteer
            .places()
            .iter()
            .map(|p| (p.id.clone(), p.pack.clone()))
            .collect();
        let counts = if self.aggregate {
            self.reader().dispute_article_counts()?
        } else {
            self.reader().article_counts_by_group(&pack_of)?
        };
        Ok(gazetteer
            .packs()
            .iter()
            .map(|info| Dispute::new(info, gazetteer, counts.get(&info.id).copied().unwrap_or(0)))
            .collect())
    }

    /// Full-text search: at most `limit` hits, best first.
    ///
    /// # Errors
    /// `invalid_input` for an empty query, the store's error if the query fails.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        self.reader().search(query, limit)
    }

    /// Full-text search among the articles that pass `filter` (a source, a
    /// language): at most `limit` hits, best first.
    ///
    /// # Errors
    /// `invalid_input` for an empty query, the store's error if the query fails.
    pub fn search_in(
        &self,
        query: &str,
        filter: &crate::store::SearchFilter,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        self.reader().search_in(query, filter, limit)
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
    /// `not_found` if no article `id` was deleted since the atlas was opened.
    pub fn restore_article(&self, id: i64) -> Result<ArticleSummary> {
        let mut deleted = self.deleted();
        let article = deleted.get(&id).ok_or_else(|| {
            Error::NotFound(format!(
                "article {id} was not deleted in this session, so it cannot be restored"
            ))
        })?;
        let mut library = self.library();
        // Kept for another try if restoring fails.
        let restored = library.restore_article(article)?;
        deleted.remove(&id);
        Ok(ArticleDetail::from(library.article(restored)?).summary)
    }

    /// Sets (or clears) article `id`'s publication date and extracts its events
    /// again (relative dates depend on it); event-date corrections are kept.
    ///
    /// # Errors
    /// `not_found` for an unknown id, the store's error if SQLite fails.
    pub fn set_published(&self, id: i64, published: Option<NaiveDate>) -> Result<ArticleDetail> {
        let mut library = self.library();
        let (text, mentions) = library.text_and_mentions(id)?;
        let events = extract_events(
            &text,
            &mentions,
            published,
            self.packs.linker().context_places(),
        );
        library.replace_events(id, published, &events)?;
        Ok(library.article(id)?.into())
    }

    /// Sets (trimmed) or clears article `id`'s source, as a person corrects it.
    ///
    /// # Errors
    /// `not_found` for an unknown article, `invalid_input` for a source too long.
    pub fn set_source(&self, id: i64, source: Option<&str>) -> Result<ArticleDetail> {
        let mut library = self.library();
        library.set_source(id, source)?;
        Ok(library.article(id)?.into())
    }

    /// Relinks the mention of article `article_id` at character `mention_start`
    /// to place `feature`, or unlinks it (`None`), then extracts the article's
    /// events again from its mentions as corrected (their places follow the
    /// correction; event-date corrections are kept).
    ///
    /// # Errors
    /// `not_found` for an unknown article, mention or place.
    pub fn correct_mention(
        &self,
        article_id: i64,
        mention_start: usize,
        feature: Option<&str>,
    ) -> Result<()> {
        if let Some(feature) = feature {
            self.packs.check_place(feature)?;
        }
        let mut library = self.library();
        library.correct_mention(article_id, mention_start, feature)?;
        let published = library.article_published(article_id)?;
        let (text, mentions) = library.text_and_mentions(article_id)?;
        let events = extract_events(
            &text,
            &mentions,
            published,
            self.packs.linker().context_places(),
        );
        library.replace_events(article_id, published, &events)
    }

    /// Sets the date of article event `event_id`; the correction is kept when
    /// the article's events are extracted again.
    ///
    /// # Errors
    /// `invalid_input` for a curated event or an impossible date, `not_found`
    /// for an unknown event.
    pub fn correct_event_date(
        &self,
        event_id: &EventId,
        date: crate::dates::PartialDate,
    ) -> Result<()> {
        match event_id {
            EventId::Article(id) => self.library().correct_event_date(*id, date),
            EventId::Curated(_) => Err(Error::InvalidInput(format!(
                "{event_id} is part of the pack's curated history, which cannot be corrected"
            ))),
        }
    }

    /// Imports `paths` (files, and folders walked for supported files),
    /// reporting every file to `on_progress`: first `queued` for all, then one
    /// outcome each. One bad file never stops the others; a full disk stops
    /// the import ([`ImportSummary::stopped_by`]).
    pub fn import(
        &self,
        paths: &[PathBuf],
        options: ImportOptions,
        on_progress: &mut dyn FnMut(ImportProgress),
    ) -> ImportSummary {
        self.import_cancellable(paths, options, &AtomicBool::new(false), on_progress)
    }

    /// [`Atlas::import`] that stops when `cancel` is set: the files in hand
    /// are finished and stored, no other file is started, and those are
    /// reported `not_started` ([`ImportSummary::cancelled`],
    /// [`ImportSummary::not_started`]).
    pub fn import_cancellable(
        &self,
        paths: &[PathBuf],
        options: ImportOptions,
        cancel: &AtomicBool,
        on_progress: &mut dyn FnMut(ImportProgress),
    ) -> ImportSummary {
        import_files(
            &self.library,
            self.packs.linker(),
            expand_paths(paths, options.max_files),
            options.published,
            options.imported_at,
            cancel,
            on_progress,
        )
    }

    /// Loads results linked elsewhere (`atlas link --jsonl --with-text` lines,
    /// a file or a folder of `part-*` / `*.jsonl` files as Spark writes them):
    /// each line becomes an article with the mentions and events it gives,
    /// not analysed again; see [`crate::import::results`].
    ///
    /// # Errors
    /// When `path` cannot be read or holds no result file; each record's own
    /// failure is reported through `on_progress` instead.
    pub fn import_results(
        &self,
        path: &Path,
        imported_at: Timestamp,
        on_progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportSummary> {
        let files = crate::import::results::result_files(path)?;
        Ok(crate::import::results::import_results(
            &self.library,
            self.packs.gazetteer(),
            &files,
            imported_at,
            on_progress,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas_with_sample() -> (Atlas, i64) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.txt");
        std::fs::write(
            &path,
            "Drills on Kunashir\n\nRussia held drills on Kunashir in 2019. \
             Last year the drills moved to Iturup.",
        )
        .unwrap();
        let atlas = Atlas::with_library(Gazetteer::kuril(), Library::open_in_memory().unwrap());
        let mut stored = None;
        let options = ImportOptions {
            published: NaiveDate::from_ymd_opt(2021, 5, 1),
            imported_at: "2026-01-01T00:00:00Z".parse().unwrap(),
            max_files: 10,
        };
        let summary = atlas.import(&[path], options, &mut |p| {
            if let ImportProgress::Done { article_id, .. } = p {
                stored = Some(article_id);
            }
        });
        assert_eq!(summary.imported, 1);
        (atlas, stored.unwrap())
    }

    #[test]
    fn the_import_report_names_each_articles_disputes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bluebook.txt");
        std::fs::write(
            &path,
            "Bluebook\n\nJapan's Diplomatic Bluebook again called Takeshima, the Northern \
             Territories and the Senkaku Islands its territory; Dokdo is Korea's, Seoul replied.",
        )
        .unwrap();
        let atlas = Atlas::with_library(Gazetteer::built_in(), Library::open_in_memory().unwrap());
        let options = ImportOptions {
            published: NaiveDate::from_ymd_opt(2025, 4, 18),
            imported_at: "2026-01-01T00:00:00Z".parse().unwrap(),
            max_files: 10,
        };
        let mut named = None;
        atlas.import(&[path], options, &mut |p| {
            if let ImportProgress::Done { disputes, .. } = p {
                named = Some(disputes);
            }
        });
        assert_eq!(named.unwrap(), ["dokdo", "kuril", "senkaku"]);
    }

    #[test]
    fn queries_never_wait_on_the_importers_writes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("report.txt");
        std::fs::write(
            &file,
            "Drills on Kunashir\n\nRussia held drills on Kunashir in 2019.",
        )
        .unwrap();
        let atlas = std::sync::Arc::new(
            Atlas::open(Gazetteer::kuril(), &dir.path().join("library.sqlite3")).unwrap(),
        );
        let options = ImportOptions {
            published: None,
            imported_at: "2026-01-01T00:00:00Z".parse().unwrap(),
            max_files: 10,
        };
        assert_eq!(atlas.import(&[file], options, &mut |_| {}).imported, 1);

        // The importer holds the library (as while it writes a batch), inside
        // a write transaction that deletes every article, not yet committed.
        let writer = atlas.library();
        writer
            .connection()
            .execute_batch("BEGIN IMMEDIATE; DELETE FROM articles;")
            .unwrap();
        let (sender, answers) = std::sync::mpsc::channel();
        let reader = std::sync::Arc::clone(&atlas);
        std::thread::spawn(move || {
            let answer = (
                reader.articles().map(|a| a.len()),
                reader.search("Kunashir", 10).map(|h| h.len()),
                reader.histogram().map(|h| h.undated),
            );
            let _ = sender.send(answer);
        });
        let (articles, hits, _) = answers
            .recv_timeout(std::time::Duration::from_secs(4))
            .expect("queries answer while the writer holds the library");
        assert_eq!(articles.unwrap(), 1, "the last committed state");
        assert_eq!(hits.unwrap(), 1);
        writer.connection().execute_batch("ROLLBACK").unwrap();
        drop(writer);
        assert_eq!(atlas.articles().unwrap().len(), 1);
    }

    #[test]
    fn disputes_count_the_articles_that_mention_each_pack() {
        let dir = tempfile::tempdir().unwrap();
        let three = dir.path().join("three.txt");
        std::fs::write(
            &three,
            "Japan's three disputes\n\nTokyo protested about Kunashir, \
             the Senkaku Islands and Takeshima on the same day.",
        )
        .unwrap();
        let falklands = dir.path().join("malvinas.txt");
        std::fs::write(
            &falklands,
            "Las Malvinas\n\nArgentina reclamó de nuevo las islas Malvinas.",
        )
        .unwrap();
        let atlas = Atlas::with_library(Gazetteer::built_in(), Library::open_in_memory().unwrap());
        let options = ImportOptions {
            published: NaiveDate::from_ymd_opt(2021, 5, 1),
            imported_at: "2026-01-01T00:00:00Z".parse().unwrap(),
            max_files: 10,
        };
        let summary = atlas.import(&[three, falklands], options, &mut |_| {});
        assert_eq!(summary.imported, 2);
        let counts: Vec<(String, usize)> = atlas
            .disputes()
            .unwrap()
            .into_iter()
            .map(|d| (d.id, d.articles))
            .collect();
        let count = |id: &str| counts.iter().find(|(d, _)| d == id).unwrap().1;
        assert_eq!(counts.len(), 6, "{counts:?}");
        assert_eq!(
            (count("kuril"), count("senkaku"), count("dokdo")),
            (1, 1, 1),
            "one article under Japan's three disputes: {counts:?}"
        );
        assert_eq!(count("falklands"), 1);
        assert_eq!((count("crimea"), count("south-china-sea")), (0, 0));
    }

    #[test]
    fn each_pack_has_its_own_map() {
        let packs = Packs::new(Gazetteer::built_in());
        let map = packs.map("dokdo").unwrap();
        assert_eq!(map.id, "dokdo");
        let usages: Vec<&str> = map.usages.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(usages, ["kr", "jp", "neutral"]);
        assert!(!map.places.features.is_empty());
        for f in &map.places.features {
            let pack = &f.properties.as_ref().unwrap()["pack"];
            assert_eq!(pack, "dokdo", "{f:?}");
        }
        let err = packs.map("atlantis").unwrap_err();
        assert_eq!(err.code(), "not_found");
        assert!(err.to_string().contains("falklands"), "{err}");
    }

    #[test]
    fn events_say_how_their_date_was_found_and_the_reader_gets_the_references() {
        use crate::events::DatedBy;
        use crate::store::testing::{reference, sample_news, NEWS_TEXT, T0};
        let mut library = Library::open_in_memory().unwrap();
        let (article, mut analysis) = sample_news();
        // A second date in the clause of the reference: the span is one, with both events' places.
        let mut other = analysis.events[1].clone();
        other.date.year = 2017;
        other.places = vec!["shikotan".into()];
        other.references = vec![reference(NEWS_TEXT, "these islands", &["shikotan"])];
        analysis.events.push(other);
        let crate::store::ImportOutcome::Stored { id } = library
            .import("news.txt", &article, &analysis, *T0)
            .unwrap()
        else {
            panic!()
        };
        let atlas = Atlas::with_library(Gazetteer::kuril(), library);

        let summaries = atlas.event_summaries().unwrap();
        let by = |id: Option<i64>| -> Vec<DatedBy> {
            summaries
                .iter()
                .filter(|e| e.article_id == id)
                .map(|e| e.dated_by)
                .collect()
        };
        assert_eq!(
            by(Some(id)),
            [DatedBy::Stated, DatedBy::Stated, DatedBy::Publication]
        );
        assert!(by(None).iter().all(|&b| b == DatedBy::Stated), "curated");

        let detail = atlas.article(id).unwrap();
        assert_eq!(detail.events[2].summary.dated_by, DatedBy::Publication);
        assert_eq!(
            detail.references,
            [reference(
                NEWS_TEXT,
                "these islands",
                &["kunashir", "iturup", "shikotan"]
            )]
        );
        let json = serde_json::to_value(&detail).unwrap();
        assert_eq!(json["events"][2]["dated_by"], "publication");
        assert_eq!(json["references"][0]["text"], "these islands");
        assert_eq!(json["references"][0]["places"][1], "iturup");
    }

    #[test]
    fn merges_curated_and_article_events_in_date_order() {
        let (atlas, id) = atlas_with_sample();
        let events = atlas.events(&EventFilter::default()).unwrap();
        assert!(events
            .windows(2)
            .all(|w| w[0].summary.date <= w[1].summary.date));
        let from_article: Vec<String> = events
            .iter()
            .filter(|e| e.summary.article_id == Some(id))
            .map(|e| e.summary.date.to_string())
            .collect();
        assert_eq!(from_article, ["2019", "2020"]);
        let curated = events.iter().filter(|e| e.summary.curated).count();
        assert_eq!(curated, atlas.packs().gazetteer().history().len());

        let summaries = atlas.event_summaries().unwrap();
        let ids: Vec<&EventId> = events.iter().map(|e| &e.summary.id).collect();
        assert_eq!(summaries.iter().map(|e| &e.id).collect::<Vec<_>>(), ids);

        let wanted = [
            events[0].summary.id.clone(),
            events.last().unwrap().summary.id.clone(),
        ];
        let found = atlas.events_by_id(&wanted).unwrap();
        assert_eq!(found.len(), 2);
        assert!(atlas
            .events_by_id(&[EventId::Article(99_999)])
            .unwrap()
            .is_empty());

        let histogram = atlas.histogram().unwrap();
        let total: usize = histogram.years.iter().map(|y| y.curated + y.articles).sum();
        assert_eq!(total, events.len());
        assert_eq!(histogram.undated, 0);
    }

    #[test]
    fn a_new_publication_date_extracts_the_events_again() {
        let (atlas, id) = atlas_with_sample();
        let article = atlas
            .set_published(id, NaiveDate::from_ymd_opt(2024, 3, 1))
            .unwrap();
        let dates: Vec<String> = article
            .events
            .iter()
            .map(|e| e.summary.date.to_string())
            .collect();
        assert_eq!(dates, ["2019", "2023"]);
        assert_eq!(
            article.summary.published,
            NaiveDate::from_ymd_opt(2024, 3, 1)
        );
        assert_eq!(
            atlas.set_published(999, None).unwrap_err().code(),
            "not_found"
        );
    }

    #[test]
    fn checks_places_and_curated_events() {
        let (atlas, id) = atlas_with_sample();
        let filter = EventFilter {
            place: Some("atlantis".into()),
            ..Default::default()
        };
        assert_eq!(atlas.events(&filter).unwrap_err().code(), "not_found");
        assert_eq!(atlas.excerpts("atlantis").unwrap_err().code(), "not_found");
        let start = atlas.article(id).unwrap().mentions[0].start;
        let err = atlas
            .correct_mention(id, start, Some("atlantis"))
            .unwrap_err();
        assert_eq!(err.code(), "not_found");
        atlas.correct_mention(id, start, Some("iturup")).unwrap();
        assert_eq!(atlas.article(id).unwrap().mentions[0].feature, "iturup");
        let curated = EventId::Curated("shimoda-1855".into());
        let date = crate::dates::PartialDate::from_year(1856);
        assert_eq!(
            atlas.correct_event_date(&curated, date).unwrap_err().code(),
            "invalid_input"
        );
    }

    #[test]
    fn events_follow_a_relinked_mention() {
        let (atlas, id) = atlas_with_sample();
        let article = atlas.article(id).unwrap();
        let old = article.mentions[0].feature.clone();
        let has = |events: &[TimelineEvent], f: &str| {
            events
                .iter()
                .any(|e| e.summary.places.iter().any(|p| p == f))
        };
        assert!(has(&article.events, &old), "{:?}", article.events);
        assert!(!has(&article.events, "habomai"));
        for m in article.mentions.iter().filter(|m| m.feature == old) {
            atlas.correct_mention(id, m.start, Some("habomai")).unwrap();
        }
        let events = atlas.article(id).unwrap().events;
        assert!(!has(&events, &old), "{events:?}");
        assert!(has(&events, "habomai"), "{events:?}");
    }

    #[test]
    fn delete_and_undo() {
        let (atlas, id) = atlas_with_sample();
        atlas.delete_article(id).unwrap();
        assert!(atlas.articles().unwrap().is_empty());
        assert_eq!(
            atlas.restore_article(id + 1).unwrap_err().code(),
            "not_found"
        );
        let restored = atlas.restore_article(id).unwrap();
        assert_eq!(restored.title, "Drills on Kunashir");
        assert_eq!(atlas.articles().unwrap().len(), 1);
        assert_eq!(atlas.restore_article(id).unwrap_err().code(), "not_found");
    }
}
