//! Dispute Atlas, the desktop app: a Tauri v2 shell around [`atlas_core`].
//!
//! The app's state is an [`atlas_core::Atlas`] (pack, linker, SQLite library,
//! deleted articles kept for undo) and the bundled [`Sample`]; all domain logic
//! is the core's.
//!
//! - [`commands`]: the `#[tauri::command]` adapters, one core call each;
//! - [`import`]: the import worker off the UI thread, one import at a time;
//! - [`progress`]: its progress sent to the page in batches;
//! - [`reanalysis`]: re-analysing the library off the UI thread, stoppable;
//! - [`library`]: where the library is and its status at start (open, read-only,
//!   or damaged with a backup to restore);
//! - [`map_snapshot`]: the map's last view, kept in the data folder for the next start;
//! - [`single_instance`]: a second start on the same library brings its window to the front;
//! - [`bindings`]: the TypeScript declarations of the IPC's types, generated from the core's;
//! - [`error`]: the error that crosses IPC as `{code, message}`.
//!
//! The library lives in the app's data folder (Tauri's path resolver), or in
//! the folder given as `--data-dir DIR` on the command line or by the
//! `DISPUTE_ATLAS_DATA_DIR` environment variable (tests and benchmarks use a
//! fresh one per run).

pub mod background;
pub mod bindings;
pub mod commands;
pub mod error;
pub mod import;
pub mod library;
pub mod map_snapshot;
pub mod progress;
pub mod reanalysis;
pub mod single_instance;

use std::path::PathBuf;
use std::sync::Arc;

use atlas_core::gazetteer::Gazetteer;
use atlas_core::Atlas;
use tauri::path::BaseDirectory;
use tauri::{App, AppHandle, Builder, Manager, Runtime};

pub use error::{Error, Result};
pub use library::{LibraryPlace, LibraryStatus};

/// The file name of the library inside the app's data folder.
pub const LIBRARY_FILE: &str = "library.sqlite3";

/// The bundled sample article, if this build has one (app state).
#[derive(Debug, Clone, Default)]
pub struct Sample(pub Option<PathBuf>);

/// The folder of the library's automatic backups, if the app keeps them (app state).
#[derive(Debug, Clone, Default)]
pub struct Backups(pub Option<PathBuf>);

/// The folder, inside the data folder, that holds the automatic backups.
pub const BACKUPS_FOLDER: &str = "backups";

/// Environment variable naming the folder that holds the library (overrides the app data folder).
pub const DATA_DIR_ENV: &str = "DISPUTE_ATLAS_DATA_DIR";

/// The bundled sample article (the packs are built into the core).
const SAMPLE_RESOURCE: &str = "samples/lavrov-kishida-kuril-islands.txt";

/// Registers the app's plugins, commands and the map snapshot's picture
/// protocol on `builder` (a real or a mock one).
pub fn app_builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .register_uri_scheme_protocol(map_snapshot::PROTOCOL, |context, request| {
            let snapshots = context
                .app_handle()
                .try_state::<map_snapshot::MapSnapshots>()
                .map(|state| state.inner().clone())
                .unwrap_or_default();
            map_snapshot::serve(&snapshots, &request)
        })
        .invoke_handler(tauri::generate_handler![
            commands::library_status,
            commands::restore_latest_backup,
            commands::start_new_library,
            commands::get_pack,
            commands::list_disputes,
            commands::event_details,
            commands::dispute_histogram,
            commands::map_counts,
            commands::timeline_page,
            commands::event_index,
            commands::list_articles,
            commands::article_page,
            commands::article_facets,
            commands::get_article,
            commands::excerpts_page,
            commands::island_article_counts,
            commands::search,
            commands::delete_article,
            commands::restore_article,
            commands::set_published,
            commands::set_source,
            commands::import_files,
            commands::cancel_import,
            commands::load_sample,
            commands::coverage,
            commands::export_evidence,
            commands::default_export_folder,
            commands::correct_mention,
            commands::correct_event_date,
            commands::reanalyse_library,
            commands::stop_reanalysis,
            commands::map_snapshot,
            commands::store_map_snapshot,
        ])
}

/// Makes the app's state, and opens the built-in packs and the library
/// (created on first run, migrated on upgrade, read-only where it cannot be
/// written) on a thread of its own: the window does not wait for it. An
/// upgrade or a rebuild of the counts takes minutes at a million articles;
/// meanwhile [`LibraryPlace`]'s status says how far it got, and the UI shows
/// it. Neither a damaged library nor one this app cannot open (a newer
/// version wrote it) stops the app: the status says so, and the UI says what
/// to do.
///
/// # Errors
/// When the data folder cannot be found or the thread cannot start.
pub fn open_state<R: Runtime>(app: &App<R>) -> std::result::Result<(), Box<dyn std::error::Error>> {
    let data_dir = match data_dir_override(std::env::args_os().skip(1)) {
        Some(dir) => dir,
        None => app.path().app_data_dir()?,
    };
    let sample = resource(app, SAMPLE_RESOURCE).filter(|p| p.is_file());
    let place = LibraryPlace::in_folder(&data_dir);
    app.manage(Backups(Some(place.backups().to_path_buf())));
    app.manage(map_snapshot::MapSnapshots::in_folder(
        data_dir.join(map_snapshot::SNAPSHOT_FOLDER),
    ));
    app.manage(place);
    app.manage(Sample(sample));
    app.manage(reanalysis::Reanalysis::default());
    let app = app.handle().clone();
    std::thread::Builder::new()
        .name("library-open".into())
        .spawn(move || {
            // Articles link against every built-in pack (parsed here, off the window's path).
            app.state::<LibraryPlace>()
                .open(Gazetteer::built_in(), |atlas| manage_atlas(&app, atlas));
        })?;
    Ok(())
}

/// Makes `atlas` the app's state (at start, or once a damaged library was
/// replaced), and builds its linker in the background.
pub fn manage_atlas<R: Runtime>(app: &AppHandle<R>, atlas: Atlas) {
    let atlas = Arc::new(atlas);
    app.manage(Arc::clone(&atlas));
    // The linker's automaton for all packs takes about 0.4 s of CPU: not on the
    // main thread, which serves the window's first requests, and at the lowest
    // priority, so that it takes no core from WebKit while the window starts;
    // the first import waits for it if need be (and builds it itself if this
    // thread could not start).
    let _ = background::spawn_lowest("linker-build", move || {
        atlas.packs().linker();
    });
}

/// A bundled resource: in the resource folder of an installed app, else beside the
/// executable (where `cargo build` copies the resources, whatever the target folder's name).
fn resource<R: Runtime>(app: &App<R>, relative: &str) -> Option<PathBuf> {
    let installed = app.path().resolve(relative, BaseDirectory::Resource).ok();
    let beside_exe = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.join(relative)));
    installed
        .filter(|p| p.exists())
        .or(beside_exe.filter(|p| p.exists()))
}

/// The library folder given as `--data-dir DIR` (or `--data-dir=DIR`) in `args`,
/// else by [`DATA_DIR_ENV`].
pub fn data_dir_override(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<PathBuf> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.to_str().and_then(|a| a.strip_prefix("--data-dir=")) {
            return Some(PathBuf::from(dir));
        }
    }
    std::env::var_os(DATA_DIR_ENV)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

/// Runs the desktop app.
pub fn run() {
    // First: a second start on an open library must exit before anything else runs.
    let data_dir = data_dir_override(std::env::args_os().skip(1));
    let builder = tauri::Builder::default().plugin(single_instance::plugin(data_dir.as_deref()));
    let result = app_builder(builder)
        .setup(|app| open_state(app))
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Dispute Atlas could not start: {error}");
        std::process::exit(1);
    }
}
