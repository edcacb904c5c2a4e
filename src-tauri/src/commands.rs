//! The IPC commands: each unpacks its arguments and state and makes one call
//! into [`atlas_core::Atlas`] or [`crate::import`]. Arguments arrive in
//! camelCase from JavaScript (`onProgress`) and are snake_case here.
//!
//! All commands are `async`, so they run on the async runtime rather than on
//! the main (UI) thread. Changes to the library emit [`LIBRARY_CHANGED`].

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use atlas_core::atlas::disputes::Dispute;
use atlas_core::atlas::recovery::Recovery;
use atlas_core::atlas::timeline::{EventId, Histogram, TimelineEvent};
use atlas_core::atlas::CoverageOf;
use atlas_core::atlas::{ArticleDetail, MapCounts, PackMap, ReanalysisSummary, TimelinePage};
use atlas_core::dates::PartialDate;
use atlas_core::export::{ExportCount, ExportFilter, ExportFormat};
use atlas_core::gazetteer::Gazetteer;
use atlas_core::import::{ImportProgress, ImportSummary};
use atlas_core::store::{
    ArticleExcerpts, ArticleFacets, ArticlePage, ArticleSummary, Coverage, Period, SearchFilter,
    SearchHit, Split,
};
use atlas_core::{Atlas, Timestamp};
use tauri::ipc::Channel;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use crate::import::{cancel_imports, import_paths};
use crate::map_snapshot::{KeptSnapshot, MapSnapshotView, MapSnapshots};
use crate::progress::Batches;
use crate::reanalysis::{Reanalysis, ReanalysisProgress};
use crate::{manage_atlas, Backups, Error, LibraryPlace, LibraryStatus, Result, Sample};

/// The event emitted (payload `null`) after any import, delete, restore, date
/// or source change, correction or re-analysis.
pub const LIBRARY_CHANGED: &str = "library://changed";

/// How many hits a search returns at most.
const SEARCH_LIMIT: usize = 50;

fn library_changed<R: Runtime>(app: &AppHandle<R>) {
    // Only fails when the app is shutting down; nobody is left to tell then.
    let _ = app.emit(LIBRARY_CHANGED, ());
}

/// How long `library_status` waits for a library that is still opening
/// before it answers `opening` (the UI then shows how far it got and asks again).
const OPENING_WAIT: Duration = Duration::from_millis(500);

/// The library's state, which the UI asks before anything else: opening (how
/// far), open (perhaps read-only), damaged (the other commands then wait for a
/// recovery) or failed. A library still opening is waited for a moment first,
/// so a quick open is answered `open` at once.
#[tauri::command]
pub async fn library_status<R: Runtime>(app: AppHandle<R>) -> Result<LibraryStatus> {
    let waited = tauri::async_runtime::spawn_blocking(move || {
        app.state::<LibraryPlace>().settled_status(OPENING_WAIT)
    });
    waited
        .await
        .map_err(|e| Error::Internal(format!("the library's status could not be read ({e})")))
}

/// Restores the latest automatic backup over a damaged library (kept aside) and opens it.
#[tauri::command]
pub async fn restore_latest_backup<R: Runtime>(
    app: AppHandle<R>,
    place: State<'_, LibraryPlace>,
) -> Result<Recovery> {
    let (recovery, atlas) = place.restore_latest_backup(Gazetteer::built_in(), now())?;
    manage_atlas(&app, atlas);
    Ok(recovery)
}

/// Sets a damaged library aside and opens a new, empty one in its place.
#[tauri::command]
pub async fn start_new_library<R: Runtime>(
    app: AppHandle<R>,
    place: State<'_, LibraryPlace>,
) -> Result<Recovery> {
    let (recovery, atlas) = place.start_new_library(Gazetteer::built_in(), now())?;
    manage_atlas(&app, atlas);
    Ok(recovery)
}

fn now() -> Timestamp {
    Timestamp::from(chrono::Utc::now())
}

/// Every dispute (one per pack) with the number of stored articles mentioning it.
#[tauri::command]
pub async fn list_disputes(atlas: State<'_, Arc<Atlas>>) -> Result<Vec<Dispute>> {
    Ok(atlas.disputes()?)
}

/// The map of dispute pack `id`: manifest, usages and places as GeoJSON.
#[tauri::command]
pub async fn get_pack(atlas: State<'_, Arc<Atlas>>, id: String) -> Result<PackMap> {
    Ok(atlas.packs().map(&id)?)
}

/// The events with the given ids, with their text (the rows the event list shows).
#[tauri::command]
pub async fn event_details(
    atlas: State<'_, Arc<Atlas>>,
    ids: Vec<EventId>,
) -> Result<Vec<TimelineEvent>> {
    Ok(atlas.events_by_id(&ids)?)
}

/// The timeline's histogram of dispute `dispute` (none: every dispute),
/// counted by the library's aggregate: curated and article events per year.
#[tauri::command]
pub async fn dispute_histogram(
    atlas: State<'_, Arc<Atlas>>,
    dispute: Option<String>,
) -> Result<Histogram> {
    Ok(atlas.dispute_histogram(dispute.as_deref())?)
}

/// What the map shows for a dispute (none: every one) in `from..=to`:
/// events per place and, per island, the articles with an event there.
#[tauri::command]
pub async fn map_counts(
    atlas: State<'_, Arc<Atlas>>,
    dispute: Option<String>,
    from: i32,
    to: i32,
) -> Result<MapCounts> {
    Ok(atlas.map_counts(dispute.as_deref(), from, to)?)
}

/// At most `limit` rows of the event list of a dispute (none: every one) in
/// `from..=to` from index `offset`, with their text, and the list's length.
#[tauri::command]
pub async fn timeline_page(
    atlas: State<'_, Arc<Atlas>>,
    dispute: Option<String>,
    from: i32,
    to: i32,
    offset: usize,
    limit: usize,
) -> Result<TimelinePage> {
    Ok(atlas.timeline_page(dispute.as_deref(), from, to, offset, limit)?)
}

/// The index of event `id` in the event list of a dispute (none: every one)
/// in `from..=to` (where the list scrolls to show it); none when it is not in it.
#[tauri::command]
pub async fn event_index(
    atlas: State<'_, Arc<Atlas>>,
    dispute: Option<String>,
    from: i32,
    to: i32,
    id: EventId,
) -> Result<Option<usize>> {
    Ok(atlas.event_index(dispute.as_deref(), from, to, &id)?)
}

/// Every stored article, most recently imported first.
#[tauri::command]
pub async fn list_articles(atlas: State<'_, Arc<Atlas>>) -> Result<Vec<ArticleSummary>> {
    Ok(atlas.articles()?)
}

/// At most `limit` (≤ 500) lines of the library's article list that pass
/// `filter` (a source, a language; none: every article), from index
/// `offset`, most recently published first, and the list's length.
#[tauri::command]
pub async fn article_page(
    atlas: State<'_, Arc<Atlas>>,
    filter: Option<SearchFilter>,
    offset: usize,
    limit: usize,
) -> Result<ArticlePage> {
    Ok(atlas.article_page(&filter.unwrap_or_default(), offset, limit)?)
}

/// The library's sources and languages with their counts, and its size.
#[tauri::command]
pub async fn article_facets(atlas: State<'_, Arc<Atlas>>) -> Result<ArticleFacets> {
    Ok(atlas.article_facets()?)
}

/// One article with its text, mentions and events.
#[tauri::command]
pub async fn get_article(atlas: State<'_, Arc<Atlas>>, id: i64) -> Result<ArticleDetail> {
    Ok(atlas.article(id)?)
}

/// At most `limit` of the articles mentioning `feature` (with its
/// sub-places), ranked, from rank `offset` on, with excerpts.
#[tauri::command]
pub async fn excerpts_page(
    atlas: State<'_, Arc<Atlas>>,
    feature: String,
    offset: usize,
    limit: usize,
) -> Result<Vec<ArticleExcerpts>> {
    Ok(atlas.excerpts_page(&feature, offset, limit)?)
}

/// The number of articles mentioning each place.
#[tauri::command]
pub async fn island_article_counts(atlas: State<'_, Arc<Atlas>>) -> Result<HashMap<String, usize>> {
    Ok(atlas.article_counts()?)
}

/// Full-text search of the library, among the articles that pass `filter`
/// (a source, a language; none: every article).
#[tauri::command]
pub async fn search(
    atlas: State<'_, Arc<Atlas>>,
    query: String,
    filter: Option<SearchFilter>,
) -> Result<Vec<SearchHit>> {
    off_the_runtime(&atlas, move |atlas| {
        atlas.search_in(&query, &filter.unwrap_or_default(), SEARCH_LIMIT)
    })
    .await
}

/// Deletes an article (restorable until the app quits).
#[tauri::command]
pub async fn delete_article<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    id: i64,
) -> Result<()> {
    atlas.delete_article(id)?;
    library_changed(&app);
    Ok(())
}

/// Puts back an article deleted in this session.
#[tauri::command]
pub async fn restore_article<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    id: i64,
) -> Result<ArticleSummary> {
    let summary = atlas.restore_article(id)?;
    library_changed(&app);
    Ok(summary)
}

/// Sets (`YYYY-MM-DD`) or clears (`null`) an article's publication date.
#[tauri::command]
pub async fn set_published<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    id: i64,
    published: Option<String>,
) -> Result<ArticleDetail> {
    // Parsed here rather than by serde, so a bad date is an `invalid_input`
    // error the UI can show, not a generic IPC failure.
    let published = published
        .as_deref()
        .map(PartialDate::parse_day)
        .transpose()?;
    let article = atlas.set_published(id, published)?;
    library_changed(&app);
    Ok(article)
}

/// Sets (trimmed) or clears (`null` or blank) an article's source.
#[tauri::command]
pub async fn set_source<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    place: State<'_, LibraryPlace>,
    id: i64,
    source: Option<String>,
) -> Result<ArticleDetail> {
    place.ensure_writable()?;
    let article = atlas.set_source(id, source.as_deref())?;
    library_changed(&app);
    Ok(article)
}

/// Imports files and folders (dropped or chosen), reporting each file on
/// `on_progress`, in batches ([`crate::progress`]). Only the first `listed`
/// files (those the page lists by name) are reported `queued`; every file's
/// outcome is reported. 10,000 `queued` reports at once held the page for
/// most of a second.
#[tauri::command]
pub async fn import_files<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    paths: Vec<PathBuf>,
    listed: usize,
    backups: State<'_, Backups>,
    place: State<'_, LibraryPlace>,
    on_progress: Channel<Vec<ImportProgress>>,
) -> Result<ImportSummary> {
    place.ensure_writable()?;
    let batches = Batches::new(move |batch| {
        // A closed channel means the page went away; the import goes on.
        let _ = on_progress.send(batch);
    });
    let sender = batches.sender();
    let summary = import_paths(
        Arc::clone(&atlas),
        paths,
        backups.0.clone(),
        move |progress| {
            if !matches!(progress, ImportProgress::Queued { index, .. } if index >= listed) {
                let _ = sender.send(progress);
            }
        },
    )
    .await;
    // Every outcome reaches the page before the summary does.
    let _ = tauri::async_runtime::spawn_blocking(move || batches.finish()).await;
    // A failed import may have stored files before it stopped.
    if summary.as_ref().map_or(true, |s| s.imported > 0) {
        library_changed(&app);
    }
    summary
}

/// Cancels the import running and those waiting: what is stored stays, no
/// other file is started. Returns how many imports were cancelled.
#[tauri::command]
pub async fn cancel_import(atlas: State<'_, Arc<Atlas>>) -> Result<usize> {
    Ok(cancel_imports(&atlas))
}

/// Imports the bundled sample article.
#[tauri::command]
pub async fn load_sample<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    sample: State<'_, Sample>,
    backups: State<'_, Backups>,
    place: State<'_, LibraryPlace>,
) -> Result<ImportSummary> {
    place.ensure_writable()?;
    let sample = sample.0.clone().ok_or_else(|| {
        atlas_core::Error::NotFound(
            "the sample article is not bundled with this build of the app".into(),
        )
    })?;
    let summary = import_paths(Arc::clone(&atlas), vec![sample], backups.0.clone(), |_| {}).await?;
    if summary.imported > 0 {
        library_changed(&app);
    }
    Ok(summary)
}

/// How many articles mentioned a place or a dispute, per month or year of
/// publication, split by language or by source.
#[tauri::command]
pub async fn coverage(
    atlas: State<'_, Arc<Atlas>>,
    of: CoverageOf,
    period: Period,
    split: Split,
) -> Result<Coverage> {
    off_the_runtime(&atlas, move |atlas| atlas.coverage(&of, period, split)).await
}

/// Runs `query` on the blocking pool. A query that reads for seconds (a count
/// over a dispute's mentions at a million articles) must not hold one of the
/// async runtime's workers, as few as the cores, on which every other command
/// waits: the map's counts would wait behind the coverage chart.
async fn off_the_runtime<T: Send + 'static>(
    atlas: &Arc<Atlas>,
    query: impl FnOnce(&Atlas) -> atlas_core::Result<T> + Send + 'static,
) -> Result<T> {
    let atlas = Arc::clone(atlas);
    tauri::async_runtime::spawn_blocking(move || query(&atlas))
        .await
        .map_err(|e| Error::Internal(format!("the query stopped: {e}")))?
        .map_err(Error::from)
}

/// Exports the evidence that passes `filter` to the file at `path` in
/// `format`, on a worker thread; an existing file is replaced only when
/// `replace` is set (else the error's code is `file_exists`).
#[tauri::command]
pub async fn export_evidence(
    atlas: State<'_, Arc<Atlas>>,
    format: ExportFormat,
    filter: ExportFilter,
    path: PathBuf,
    replace: bool,
) -> Result<ExportCount> {
    let atlas = Arc::clone(&atlas);
    tauri::async_runtime::spawn_blocking(move || {
        atlas.export_to_file(&filter, format, &path, replace)
    })
    .await
    .map_err(|e| Error::Internal(format!("the export stopped: {e}")))?
    .map_err(Error::from)
}

/// The folder an export goes to unless the user chooses another: the user's
/// downloads folder, else documents, else home (the first that exists).
#[tauri::command]
pub async fn default_export_folder<R: Runtime>(app: AppHandle<R>) -> Result<PathBuf> {
    let paths = app.path();
    [paths.download_dir(), paths.document_dir(), paths.home_dir()]
        .into_iter()
        .flatten()
        .find(|dir| dir.is_dir())
        .ok_or_else(|| {
            Error::from(atlas_core::Error::NotFound(
                "neither a downloads, a documents nor a home folder was found".into(),
            ))
        })
}

/// Relinks the mention of article `article_id` that starts at character
/// `start` to place `feature`, or says it is not a place (`null`); giving the
/// place the linker found undoes the correction. Returns the article as it now reads.
#[tauri::command]
pub async fn correct_mention<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    place: State<'_, LibraryPlace>,
    article_id: i64,
    start: usize,
    feature: Option<String>,
) -> Result<ArticleDetail> {
    place.ensure_writable()?;
    atlas.correct_mention(article_id, start, feature.as_deref())?;
    library_changed(&app);
    Ok(atlas.article(article_id)?)
}

/// Sets the date of an article's event to `date`, typed as `YYYY`, `YYYY-MM`
/// or `YYYY-MM-DD`; giving the extracted date undoes the correction. Returns
/// the event as it now reads.
#[tauri::command]
pub async fn correct_event_date<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    place: State<'_, LibraryPlace>,
    id: EventId,
    date: String,
) -> Result<TimelineEvent> {
    // Parsed here rather than by serde, so a bad date is an `invalid_input`
    // error that says what is expected.
    let date: PartialDate = date.trim().parse()?;
    place.ensure_writable()?;
    atlas.correct_event_date(&id, date)?;
    library_changed(&app);
    let event = atlas.events_by_id(std::slice::from_ref(&id))?.pop();
    Ok(event.ok_or_else(|| atlas_core::Error::NotFound(format!("{id} is not in the library")))?)
}

/// Links every article again with the packs in use, keeping the person's
/// corrections, reporting each article on `on_progress`; the summary lists
/// the corrections that found nothing to apply to.
#[tauri::command]
pub async fn reanalyse_library<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    place: State<'_, LibraryPlace>,
    reanalysis: State<'_, Reanalysis>,
    on_progress: Channel<ReanalysisProgress>,
) -> Result<ReanalysisSummary> {
    place.ensure_writable()?;
    let summary = reanalysis
        .run(Arc::clone(&atlas), move |progress| {
            // A closed channel means the page went away; the re-analysis goes on.
            let _ = on_progress.send(progress);
        })
        .await;
    // A failed or stopped re-analysis may have replaced articles before it ended.
    if summary.as_ref().map_or(true, |s| s.articles > 0) {
        library_changed(&app);
    }
    summary
}

/// Stops the running re-analysis after the article at hand (the articles done stay done).
#[tauri::command]
pub async fn stop_reanalysis(reanalysis: State<'_, Reanalysis>) -> Result<()> {
    reanalysis.stop();
    Ok(())
}

/// The map's last view kept under `key` (the labels and counts over its
/// picture, and the picture's name, which the page loads from
/// [`crate::map_snapshot::PROTOCOL`]), if there is one.
#[tauri::command]
pub async fn map_snapshot(
    snapshots: State<'_, MapSnapshots>,
    key: String,
) -> Result<Option<KeptSnapshot>> {
    Ok(snapshots.kept(&key))
}

/// Keeps the map's view and its picture (a JPEG data URL) for the next start.
#[tauri::command]
pub async fn store_map_snapshot(
    snapshots: State<'_, MapSnapshots>,
    view: MapSnapshotView,
    picture: String,
) -> Result<()> {
    let snapshots = snapshots.inner().clone();
    tauri::async_runtime::spawn_blocking(move || snapshots.store(view, &picture))
        .await
        .map_err(|e| Error::Internal(format!("the map's snapshot could not be kept ({e})")))?
}
