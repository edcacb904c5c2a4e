//! The IPC commands: each unpacks its arguments and state and makes one call
//! into [`crate::library::Atlas`] or [`crate::import`]. Arguments arrive in
//! camelCase from JavaScript (`onProgress`) and are snake_case here.
//!
//! All commands are `async`, so they run on the async runtime rather than on
//! the main (UI) thread. Changes to the library emit [`LIBRARY_CHANGED`].

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use atlas_core::store::EventFilter;
use tauri::ipc::Channel;
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::dto::{
    ArticleDto, ArticleExcerpts, ArticleSummary, EventDto, EventSummary, HistogramDto,
    ImportProgress, ImportSummary, PackDto, SearchHit,
};
use crate::import::import_paths;
use crate::library::Atlas;
use crate::Result;

/// The event emitted (payload `null`) after any import, delete, restore or date change.
pub const LIBRARY_CHANGED: &str = "library://changed";

fn library_changed<R: Runtime>(app: &AppHandle<R>) {
    // Only fails when the app is shutting down; nobody is left to tell then.
    let _ = app.emit(LIBRARY_CHANGED, ());
}

/// The dispute pack: manifest and places as GeoJSON.
#[tauri::command]
pub async fn get_pack(atlas: State<'_, Arc<Atlas>>) -> Result<PackDto> {
    Ok(atlas.pack())
}

/// All events, without their text: the pack's curated history and the stored articles' events.
#[tauri::command]
pub async fn list_events(atlas: State<'_, Arc<Atlas>>) -> Result<Vec<EventSummary>> {
    atlas.event_summaries()
}

/// The events with the given ids, with their text (the rows the event list shows).
#[tauri::command]
pub async fn event_details(atlas: State<'_, Arc<Atlas>>, ids: Vec<i64>) -> Result<Vec<EventDto>> {
    atlas.events_by_id(&ids)
}

/// The events from year `from` to year `to` (inclusive), optionally at one place.
#[tauri::command]
pub async fn events_in_range(
    atlas: State<'_, Arc<Atlas>>,
    from: Option<i32>,
    to: Option<i32>,
    place: Option<String>,
) -> Result<Vec<EventDto>> {
    atlas.events(&EventFilter { from, to, place })
}

/// Events per year and the number of articles without a dated event.
#[tauri::command]
pub async fn event_histogram(atlas: State<'_, Arc<Atlas>>) -> Result<HistogramDto> {
    atlas.histogram()
}

/// Every stored article, most recently imported first.
#[tauri::command]
pub async fn list_articles(atlas: State<'_, Arc<Atlas>>) -> Result<Vec<ArticleSummary>> {
    atlas.articles()
}

/// One article with its text, mentions and events.
#[tauri::command]
pub async fn get_article(atlas: State<'_, Arc<Atlas>>, id: i64) -> Result<ArticleDto> {
    atlas.article(id)
}

/// The articles mentioning `feature` (with its sub-places), with excerpts.
#[tauri::command]
pub async fn feature_excerpts(
    atlas: State<'_, Arc<Atlas>>,
    feature: String,
) -> Result<Vec<ArticleExcerpts>> {
    atlas.feature_excerpts(&feature)
}

/// The number of articles mentioning each place.
#[tauri::command]
pub async fn island_article_counts(atlas: State<'_, Arc<Atlas>>) -> Result<HashMap<String, usize>> {
    atlas.article_counts()
}

/// Full-text search of the library.
#[tauri::command]
pub async fn search(atlas: State<'_, Arc<Atlas>>, query: String) -> Result<Vec<SearchHit>> {
    atlas.search(&query)
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
) -> Result<ArticleDto> {
    let article = atlas.set_published(id, published.as_deref())?;
    library_changed(&app);
    Ok(article)
}

/// Imports files and folders (dropped or chosen), reporting each file on `on_progress`.
#[tauri::command]
pub async fn import_files<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
    paths: Vec<PathBuf>,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportSummary> {
    let summary = import_paths(Arc::clone(&atlas), paths, move |progress| {
        // A closed channel means the page went away; the import goes on.
        let _ = on_progress.send(progress);
    })
    .await;
    if summary.imported > 0 {
        library_changed(&app);
    }
    Ok(summary)
}

/// Imports the bundled sample article.
#[tauri::command]
pub async fn load_sample<R: Runtime>(
    app: AppHandle<R>,
    atlas: State<'_, Arc<Atlas>>,
) -> Result<ImportSummary> {
    let sample = atlas.sample().map(PathBuf::from).ok_or_else(|| {
        atlas_core::Error::NotFound(
            "the sample article is not bundled with this build of the app".into(),
        )
    })?;
    let summary = import_paths(Arc::clone(&atlas), vec![sample], |_| {}).await;
    if summary.imported > 0 {
        library_changed(&app);
    }
    Ok(summary)
}
