//! Tauri's build step: checks `tauri.conf.json`, the capabilities in
//! `src-tauri/capabilities/` and the app's own commands, and embeds them.

/// Every `#[tauri::command]` of the app; capabilities may grant only these.
const COMMANDS: &[&str] = &[
    "library_status",
    "restore_latest_backup",
    "start_new_library",
    "get_pack",
    "list_disputes",
    "event_details",
    "dispute_histogram",
    "map_counts",
    "timeline_page",
    "event_index",
    "list_articles",
    "article_page",
    "article_facets",
    "get_article",
    "excerpts_page",
    "island_article_counts",
    "search",
    "delete_article",
    "restore_article",
    "set_published",
    "set_source",
    "import_files",
    "cancel_import",
    "load_sample",
    "coverage",
    "export_evidence",
    "default_export_folder",
    "correct_mention",
    "correct_event_date",
    "reanalyse_library",
    "stop_reanalysis",
    "map_snapshot",
    "store_map_snapshot",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
