//! The app's commands and services without a desktop: against a temp library,
//! and one smoke test of the real app builder on tauri's mock runtime.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use atlas_core::atlas::timeline::EventId;
use atlas_core::dates::PartialDate;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::import::{ImportProgress, ImportSummary};
use atlas_core::store::EventFilter;
use atlas_core::text::char_span;
use atlas_core::{Atlas, ErrorCode};
use dispute_atlas::import::{cancel_imports, import_paths};
use dispute_atlas::reanalysis::{Reanalysis, ReanalysisProgress};
use dispute_atlas::{Backups, LibraryPlace, Sample, LIBRARY_FILE};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::Manager;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lavrov-kishida-kuril-islands.txt")
}

/// An app state over a fresh library file in a temp folder.
fn atlas() -> (Arc<Atlas>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let atlas = Atlas::open(Gazetteer::kuril(), &dir.path().join(LIBRARY_FILE))
        .expect("a new library opens");
    (Arc::new(atlas), dir)
}

/// Imports `paths`, returning the summary and every progress message.
fn import(atlas: &Arc<Atlas>, paths: Vec<PathBuf>) -> (ImportSummary, Vec<ImportProgress>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    let summary =
        tauri::async_runtime::block_on(import_paths(Arc::clone(atlas), paths, None, move |p| {
            sink.lock().unwrap().push(p)
        }))
        .expect("the import worker finishes");
    let seen = std::mem::take(&mut *seen.lock().unwrap());
    (summary, seen)
}

#[test]
fn imports_the_sample_once_and_reports_each_file() {
    let (atlas, dir) = atlas();
    let bad = dir.path().join("notes.txt");
    std::fs::write(&bad, "").unwrap();
    let (summary, progress) = import(&atlas, vec![sample(), bad.clone(), sample()]);
    assert_eq!(
        (summary.imported, summary.duplicates, summary.failed),
        (1, 1, 1)
    );
    assert!(matches!(
        progress[0],
        ImportProgress::Queued {
            index: 0,
            total: 3,
            ..
        }
    ));
    assert_eq!(
        progress.len(),
        6,
        "three queued, then one outcome each: {progress:?}"
    );
    // Outcomes come in completion order: find each by kind.
    let outcomes = &progress[3..];
    let done = outcomes
        .iter()
        .find_map(|p| match p {
            ImportProgress::Done {
                mentions, events, ..
            } => Some((*mentions, *events)),
            _ => None,
        })
        .expect("one file stored");
    assert!(done.0 >= 4 && done.1 >= 1, "{done:?}");
    assert!(outcomes.iter().any(|p| matches!(
        p,
        ImportProgress::Failed { error, index: 1, .. } if error.code() == "empty_file"
    )));
    assert!(outcomes
        .iter()
        .any(|p| matches!(p, ImportProgress::Duplicate { .. })));
}

#[test]
fn a_missing_file_fails_alone_with_a_code() {
    let (atlas, dir) = atlas();
    let (summary, progress) = import(&atlas, vec![dir.path().join("gone.txt"), sample()]);
    assert_eq!((summary.imported, summary.failed), (1, 1));
    let failed = progress
        .iter()
        .find_map(|p| match p {
            ImportProgress::Failed { error, .. } => Some(error.code()),
            _ => None,
        })
        .unwrap();
    assert_eq!(failed, "file_not_found");
}

#[test]
fn a_panicking_import_worker_reaches_the_ui_as_an_error() {
    let (atlas, _dir) = atlas();
    let result = tauri::async_runtime::block_on(import_paths(
        Arc::clone(&atlas),
        vec![sample()],
        None,
        |_| panic!("a bug in the progress reporter"),
    ));
    let error = result.expect_err("the panic is an error, not an empty summary");
    assert_eq!(error.code(), ErrorCode::Internal);
    let json = serde_json::to_value(&error).unwrap();
    assert_eq!(json["code"], "internal");
    assert!(json["message"]
        .as_str()
        .unwrap()
        .contains("stored before it are kept"));
    // The app goes on: the next import works.
    let (summary, _) = import(&atlas, vec![sample()]);
    assert_eq!(summary.imported, 1);
}

/// `count` small reports in `dir/name`, a folder to import.
fn reports(dir: &Path, name: &str, count: usize) -> PathBuf {
    let folder = dir.join(name);
    std::fs::create_dir(&folder).unwrap();
    for i in 0..count {
        std::fs::write(
            folder.join(format!("report-{i:04}.txt")),
            format!("{name} {i}\n\nIn 1956, Shikotan was promised to Japan. {name} item {i}."),
        )
        .unwrap();
    }
    folder
}

#[test]
fn cancel_stops_the_running_import_and_those_waiting_and_keeps_what_was_stored() {
    let (atlas, dir) = atlas();
    let (first, second) = (
        reports(dir.path(), "first", 400),
        reports(dir.path(), "second", 50),
    );
    let (started, has_started) = std::sync::mpsc::channel();
    let running = std::thread::spawn({
        let atlas = Arc::clone(&atlas);
        move || {
            let canceller = Arc::clone(&atlas);
            let cancelled = std::sync::atomic::AtomicBool::new(false);
            tauri::async_runtime::block_on(import_paths(atlas, vec![first], None, move |p| {
                if matches!(p, ImportProgress::Queued { index: 0, .. }) {
                    let _ = started.send(());
                }
                // At the first stored article, once the second import waits its turn: Cancel.
                if matches!(p, ImportProgress::Done { .. })
                    && !cancelled.swap(true, Ordering::SeqCst)
                {
                    let waited = std::time::Instant::now();
                    while cancel_imports(&canceller) < 2 {
                        assert!(
                            waited.elapsed().as_secs() < 20,
                            "the second import never queued"
                        );
                        std::thread::sleep(std::time::Duration::from_millis(10));
                    }
                }
            }))
            .expect("the import worker finishes")
        }
    });
    // The second import queues behind the first, which holds the lane once it reports.
    has_started.recv().unwrap();
    let (waiting, progress) = import(&atlas, vec![second]);
    let running = running.join().unwrap();

    assert!(running.cancelled, "{running:?}");
    assert!(
        running.imported >= 1 && running.not_started > 0,
        "{running:?}"
    );
    assert_eq!(running.imported + running.not_started, 400, "{running:?}");
    assert_eq!(
        waiting,
        ImportSummary {
            cancelled: true,
            not_started: 50,
            ..ImportSummary::default()
        },
        "the import waiting its turn starts no file"
    );
    assert!(progress
        .iter()
        .filter(|p| !matches!(p, ImportProgress::Queued { .. }))
        .all(|p| matches!(p, ImportProgress::NotStarted { .. })));
    // The library holds what the first import stored, nothing of the second.
    let articles = atlas.articles().unwrap();
    assert_eq!(articles.len(), running.imported);
    assert!(articles.iter().all(|a| a.title.starts_with("first ")));
    // Nothing is pending now: a Cancel with no import cancels nothing.
    assert_eq!(cancel_imports(&atlas), 0);
}

#[test]
fn folders_are_walked() {
    let (atlas, dir) = atlas();
    let folder = dir.path().join("inbox/deeper");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(sample(), folder.join("article.txt")).unwrap();
    std::fs::write(folder.join("picture.png"), [0u8, 1, 2]).unwrap();
    let (summary, _) = import(&atlas, vec![dir.path().join("inbox")]);
    assert_eq!((summary.imported, summary.failed), (1, 0));
}

#[test]
fn queries_over_an_imported_sample() {
    let (atlas, _dir) = atlas();
    import(&atlas, vec![sample()]);
    let articles = atlas.articles().unwrap();
    assert_eq!(articles.len(), 1);
    let id = articles[0].id;

    let excerpts = atlas.excerpts("kunashir").unwrap();
    assert_eq!(excerpts.len(), 1);
    let first = &excerpts[0].excerpts[0];
    assert!(first.text.contains("Kunashir"), "{first:?}");
    let hl = first
        .highlights
        .iter()
        .find(|h| h.feature == "kunashir")
        .unwrap();
    assert_eq!(char_span(&first.text, hl.start, hl.end), "Kunashir");
    assert_eq!(
        atlas.excerpts("atlantis").unwrap_err().kind(),
        ErrorCode::NotFound
    );

    let all = atlas.events(&EventFilter::default()).unwrap();
    assert!(all
        .iter()
        .any(|e| e.summary.curated && matches!(e.summary.id, EventId::Curated(_))));
    assert!(all
        .iter()
        .any(|e| !e.summary.curated && e.summary.article_id == Some(id)));
    let only_1945 = atlas
        .events(&EventFilter {
            from: Some(1945),
            to: Some(1945),
            place: None,
        })
        .unwrap();
    assert!(!only_1945.is_empty());
    assert!(only_1945.iter().all(|e| e.summary.year == 1945));

    let histogram = atlas.histogram().unwrap();
    let y1945 = histogram.years.iter().find(|y| y.year == 1945).unwrap();
    assert!(y1945.curated >= 1 && y1945.articles >= 1, "{y1945:?}");

    let article = atlas.article(id).unwrap();
    let m = &article.mentions[0];
    assert_eq!(char_span(&article.text, m.start, m.end), m.text);

    assert!(!atlas.search("Kishida", 50).unwrap().is_empty());
    assert!(atlas.article_counts().unwrap()["kunashir"] >= 1);

    let day = PartialDate::parse_day("2015-09-21").unwrap();
    let dated = atlas.set_published(id, Some(day)).unwrap();
    assert_eq!(
        dated.summary.published.map(|d| d.to_string()).as_deref(),
        Some("2015-09-21")
    );
    assert_eq!(
        PartialDate::parse_day("21/09/2015").unwrap_err().kind(),
        ErrorCode::InvalidInput
    );

    atlas.delete_article(id).unwrap();
    assert!(atlas.articles().unwrap().is_empty());
    let restored = atlas.restore_article(id).unwrap();
    assert_eq!(restored.title, articles[0].title);
    assert_eq!(
        atlas.restore_article(id).unwrap_err().kind(),
        ErrorCode::NotFound
    );
}

#[test]
fn the_library_file_is_created_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new/folder").join(LIBRARY_FILE);
    {
        let atlas = Arc::new(Atlas::open(Gazetteer::kuril(), &path).unwrap());
        import(&atlas, vec![sample()]);
    }
    assert!(path.is_file());
    let atlas = Atlas::open(Gazetteer::kuril(), &path).unwrap();
    assert_eq!(atlas.articles().unwrap().len(), 1);
}

/// Every event of the library (its event list in one page), curated and from articles.
fn every_event(webview: &tauri::WebviewWindow<tauri::test::MockRuntime>) -> Value {
    let everything =
        json!({"dispute": null, "from": -10000, "to": 10000, "offset": 0, "limit": 1000});
    let page = invoke(webview, "timeline_page", everything).unwrap();
    assert!(page["total"].as_u64().unwrap() < 1000, "{page}");
    page["events"].clone()
}

fn invoke(
    webview: &tauri::WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

#[test]
fn the_app_builder_serves_commands_on_the_mock_runtime() {
    let (atlas, dir) = atlas();
    let backups = dir.path().join("backups");
    let app = dispute_atlas::app_builder(mock_builder())
        .build(mock_context(noop_assets()))
        .expect("the app builds");
    app.manage(atlas);
    app.manage(Sample(Some(sample())));
    app.manage(Backups(Some(backups.clone())));
    app.manage(LibraryPlace::in_folder(dir.path()));
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();

    let pack = invoke(&webview, "get_pack", json!({"id": "kuril"})).unwrap();
    assert_eq!(pack["id"], "kuril");
    assert_eq!(pack["places"]["type"], "FeatureCollection");
    assert_eq!(pack["bounds"].as_array().unwrap().len(), 4);
    assert_eq!(pack["usages"][0]["id"], "jp");
    let err = invoke(&webview, "get_pack", json!({"id": "atlantis"})).unwrap_err();
    assert_eq!(err["code"], "not_found");

    let summary = invoke(&webview, "load_sample", json!({})).unwrap();
    assert_eq!(
        summary,
        json!({"imported": 1, "duplicates": 0, "failed": 0, "cancelled": false, "not_started": 0})
    );
    assert_eq!(
        invoke(&webview, "cancel_import", json!({})).unwrap(),
        0,
        "no import to cancel"
    );
    let disputes = invoke(&webview, "list_disputes", json!({})).unwrap();
    assert_eq!(disputes[0]["id"], "kuril");
    assert_eq!(disputes[0]["articles"], 1, "{disputes}");
    assert_eq!(disputes[0]["claimants"], json!(["RU", "JP"]));
    // The first import of the session leaves an automatic backup of the library.
    let written: Vec<_> = std::fs::read_dir(&backups).unwrap().collect();
    assert_eq!(written.len(), 1, "{written:?}");

    // The event list's rows come a page at a time, with their text; `event_details` gives
    // the text of events by id.
    let all = every_event(&webview);
    let all = all.as_array().unwrap();
    assert!(all.iter().all(|e| e["sentence"].is_string()));
    let article = all.iter().find(|e| e["curated"] == false).unwrap();
    let curated = all.iter().find(|e| e["curated"] == true).unwrap();
    let ids = json!({"ids": [article["id"], curated["id"], "article-event:987654"]});
    let details = invoke(&webview, "event_details", ids).unwrap();
    let details = details.as_array().unwrap();
    assert_eq!(details.len(), 2, "{details:?}");
    assert!(details
        .iter()
        .all(|e| e["sentence"].as_str().unwrap().len() > 10));
    let found = details.iter().find(|e| e["id"] == article["id"]).unwrap();
    assert_eq!(found["date"], article["date"]);
    assert!(found["article_title"].is_string());

    // The aggregate answers the timeline and the map for a dispute and years.
    let histogram = invoke(&webview, "dispute_histogram", json!({"dispute": "kuril"})).unwrap();
    let years = histogram["years"].as_array().unwrap();
    let counted: u64 = years
        .iter()
        .map(|y| y["curated"].as_u64().unwrap() + y["articles"].as_u64().unwrap())
        .sum();
    assert!(
        years.iter().any(|y| y["articles"].as_u64().unwrap() > 0),
        "{histogram}"
    );
    let whole = json!({"dispute": "kuril", "from": 1000, "to": 3000, "offset": 0, "limit": 1000});
    let page = invoke(&webview, "timeline_page", whole).unwrap();
    assert_eq!(page["total"].as_u64().unwrap(), counted, "{page}");
    assert_eq!(page["events"].as_array().unwrap().len() as u64, counted);
    assert!(page["events"][0]["sentence"].is_string());
    let second = json!({"dispute": "kuril", "from": 1000, "to": 3000, "offset": 1, "limit": 2});
    let two = invoke(&webview, "timeline_page", second).unwrap();
    assert_eq!(two["events"][0]["id"], page["events"][1]["id"]);
    assert_eq!(two["events"].as_array().unwrap().len(), 2);
    // "Scroll to this event": its index in the list, none outside the years.
    let last = page["events"].as_array().unwrap().last().unwrap()["id"].clone();
    let find = |from: i32| json!({"dispute": "kuril", "from": from, "to": 3000, "id": last});
    let index = invoke(&webview, "event_index", find(1000)).unwrap();
    assert_eq!(index.as_u64().unwrap(), counted - 1);
    assert!(invoke(&webview, "event_index", find(2999))
        .unwrap()
        .is_null());
    // The island panel reads its articles a page at a time.
    let one = json!({"feature": "kunashir", "offset": 0, "limit": 1});
    let first = invoke(&webview, "excerpts_page", one).unwrap();
    assert_eq!(first.as_array().unwrap().len(), 1, "{first}");
    assert!(first[0]["excerpts"][0]["text"].is_string());
    let past = json!({"feature": "kunashir", "offset": 1000, "limit": 20});
    assert_eq!(invoke(&webview, "excerpts_page", past).unwrap(), json!([]));
    // The Library tab's list, a page at a time, and its filter's choices.
    let page = json!({"filter": null, "offset": 0, "limit": 50});
    let list = invoke(&webview, "article_page", page).unwrap();
    let facets = invoke(&webview, "article_facets", json!({})).unwrap();
    assert_eq!(list["total"], facets["articles"], "{list} {facets}");
    assert_eq!(
        list["articles"].as_array().unwrap().len() as u64,
        list["total"].as_u64().unwrap()
    );
    assert!(list["articles"][0]["places"].is_array());
    let english = json!({"filter": {"language": "en"}, "offset": 0, "limit": 50});
    let en = invoke(&webview, "article_page", english).unwrap();
    let counted = facets["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["value"] == "en")
        .map_or(0, |l| l["count"].as_u64().unwrap());
    assert_eq!(en["total"].as_u64().unwrap(), counted, "{facets}");
    let too_many = json!({"filter": null, "offset": 0, "limit": 501});
    let err = invoke(&webview, "article_page", too_many).unwrap_err();
    assert_eq!(err["code"], "invalid_input");
    let unknown = json!({"feature": "atlantis", "offset": 0, "limit": 20});
    let err = invoke(&webview, "excerpts_page", unknown).unwrap_err();
    assert_eq!(err["code"], "not_found");
    let counts = invoke(
        &webview,
        "map_counts",
        json!({"dispute": "kuril", "from": 1000, "to": 3000}),
    )
    .unwrap();
    assert!(
        counts["places"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["articles"].as_u64().unwrap() > 0),
        "{counts}"
    );
    assert!(counts["badges"]
        .as_object()
        .unwrap()
        .values()
        .all(|n| n.as_u64().unwrap() > 0));
    let err = invoke(
        &webview,
        "map_counts",
        json!({"dispute": "atlantis", "from": 0, "to": 1}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "not_found");
    let too_many = json!({"dispute": null, "from": 0, "to": 3000, "offset": 0, "limit": 5000});
    let err = invoke(&webview, "timeline_page", too_many).unwrap_err();
    assert_eq!(err["code"], "invalid_input");

    let err = invoke(&webview, "get_article", json!({"id": 4242})).unwrap_err();
    assert_eq!(err["code"], "not_found");
    assert!(err["message"].as_str().unwrap().len() > 5);

    let err = invoke(
        &webview,
        "set_published",
        json!({"id": 1, "published": "soon"}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "invalid_input");
}

/// A data folder whose library holds the sample and was backed up, then cut
/// to half its size; returns the folder and the damaged file's bytes.
fn damaged_data_folder() -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LIBRARY_FILE);
    {
        let atlas = Arc::new(Atlas::open(Gazetteer::kuril(), &path).unwrap());
        import(&atlas, vec![sample()]);
        let at = "2026-12-05T09:00:00Z".parse().unwrap();
        atlas
            .backup_if_due(at, &dir.path().join("backups"))
            .unwrap()
            .expect("a backup");
    }
    let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    file.set_len(file.metadata().unwrap().len() / 2).unwrap();
    drop(file);
    let bytes = std::fs::read(&path).unwrap();
    (dir, bytes)
}

#[test]
fn a_damaged_library_waits_for_a_restore_on_the_mock_runtime() {
    let (dir, damaged) = damaged_data_folder();
    let place = LibraryPlace::in_folder(dir.path());
    place.open(Gazetteer::kuril(), |_| {
        panic!("a damaged library gives no atlas")
    });
    let app = dispute_atlas::app_builder(mock_builder())
        .build(mock_context(noop_assets()))
        .expect("the app builds");
    app.manage(place);
    app.manage(Backups(Some(dir.path().join("backups"))));
    app.manage(Sample(None));
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();

    let status = invoke(&webview, "library_status", json!({})).unwrap();
    assert_eq!(status["state"], "damaged", "{status}");
    assert!(status["message"].as_str().unwrap().contains("is damaged"));
    assert!(status["advice"].as_str().unwrap().contains("Restore"));
    let backup = status["backup"]["path"].as_str().unwrap().to_string();
    assert!(status["backup"]["taken_at"].is_string());
    // Nothing else answers before the user chooses.
    assert!(invoke(&webview, "list_articles", json!({})).is_err());

    let recovery = invoke(&webview, "restore_latest_backup", json!({})).unwrap();
    assert_eq!(recovery["restored_from"], backup.as_str());
    let aside = PathBuf::from(recovery["set_aside"].as_str().unwrap());
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        damaged,
        "kept byte for byte"
    );
    let status = invoke(&webview, "library_status", json!({})).unwrap();
    assert_eq!(status, json!({"state": "open"}));
    let articles = invoke(&webview, "list_articles", json!({})).unwrap();
    assert_eq!(
        articles.as_array().unwrap().len(),
        1,
        "the backup's article"
    );
    let err = invoke(&webview, "start_new_library", json!({})).unwrap_err();
    assert_eq!(
        err["code"], "invalid_input",
        "only a damaged library is replaced"
    );
}

#[test]
fn a_new_library_replaces_a_damaged_one_which_is_kept() {
    let (dir, damaged) = damaged_data_folder();
    let place = LibraryPlace::in_folder(dir.path());
    place.open(Gazetteer::kuril(), |_| {
        panic!("a damaged library gives no atlas")
    });
    let at = "2026-12-05T10:00:00Z".parse().unwrap();
    let (recovery, atlas) = place.start_new_library(Gazetteer::kuril(), at).unwrap();
    assert_eq!(recovery.restored_from, None);
    assert_eq!(std::fs::read(recovery.set_aside.unwrap()).unwrap(), damaged);
    assert_eq!(atlas.articles().unwrap().len(), 0);
    assert!(matches!(
        place.status(),
        dispute_atlas::LibraryStatus::Open { read_only: None }
    ));
    place.ensure_writable().unwrap();
}

#[test]
fn without_a_backup_restoring_says_so_and_moves_nothing() {
    let (dir, damaged) = damaged_data_folder();
    std::fs::remove_dir_all(dir.path().join("backups")).unwrap();
    let place = LibraryPlace::in_folder(dir.path());
    place.open(Gazetteer::kuril(), |_| {
        panic!("a damaged library gives no atlas")
    });
    let dispute_atlas::LibraryStatus::Damaged { backup, .. } = place.status() else {
        panic!("damaged")
    };
    assert_eq!(backup, None);
    let at = "2026-12-05T10:00:00Z".parse().unwrap();
    let err = place
        .restore_latest_backup(Gazetteer::kuril(), at)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(std::fs::read(place.file()).unwrap(), damaged);
}

#[test]
fn every_built_in_dispute_is_listed_with_its_own_map() {
    let dir = tempfile::tempdir().unwrap();
    let atlas = Atlas::open(Gazetteer::built_in(), &dir.path().join(LIBRARY_FILE)).unwrap();
    let app = dispute_atlas::app_builder(mock_builder())
        .build(mock_context(noop_assets()))
        .expect("the app builds");
    app.manage(Arc::new(atlas));
    app.manage(Sample(Some(sample())));
    app.manage(Backups(None));
    app.manage(LibraryPlace::in_folder(dir.path()));
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    let disputes = invoke(&webview, "list_disputes", json!({})).unwrap();
    let ids: Vec<&str> = disputes
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "kuril",
            "senkaku",
            "dokdo",
            "south-china-sea",
            "crimea",
            "falklands"
        ]
    );
    invoke(&webview, "load_sample", json!({})).unwrap();
    let disputes = invoke(&webview, "list_disputes", json!({})).unwrap();
    for d in disputes.as_array().unwrap() {
        let id = d["id"].as_str().unwrap();
        let expected = if id == "kuril" { 1 } else { 0 };
        assert_eq!(d["articles"], expected, "{id}: {d}");
        assert!(d["usages"].as_array().unwrap().len() >= 2, "{id}");
        assert!(d["claimants"].as_array().unwrap().len() >= 2, "{id}");
        let map = invoke(&webview, "get_pack", json!({ "id": id })).unwrap();
        assert_eq!(map["usages"], d["usages"]);
        let features = map["places"]["features"].as_array().unwrap();
        assert!(!features.is_empty(), "{id}");
        assert!(
            features.iter().all(|f| f["properties"]["pack"] == id),
            "{id}: only its own places"
        );
    }
}

/// The mock app over `atlas` (in `dir`), with the sample imported.
fn mock_app_with_sample(
    atlas: Arc<Atlas>,
    dir: &Path,
) -> (
    tauri::App<tauri::test::MockRuntime>,
    tauri::WebviewWindow<tauri::test::MockRuntime>,
) {
    let app = dispute_atlas::app_builder(mock_builder())
        .build(mock_context(noop_assets()))
        .expect("the app builds");
    app.manage(atlas);
    app.manage(Sample(Some(sample())));
    app.manage(Backups(None));
    app.manage(LibraryPlace::in_folder(dir));
    app.manage(Reanalysis::default());
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    invoke(&webview, "load_sample", json!({})).unwrap();
    (app, webview)
}

/// The mock app over a fresh library holding the sample, and its folder.
fn app_with_sample() -> (
    tauri::App<tauri::test::MockRuntime>,
    tauri::WebviewWindow<tauri::test::MockRuntime>,
    tempfile::TempDir,
) {
    let (atlas, dir) = atlas();
    let (app, webview) = mock_app_with_sample(atlas, dir.path());
    (app, webview, dir)
}

#[test]
fn exports_files_and_asks_before_replacing_one() {
    let (_app, webview, dir) = app_with_sample();
    let csv = dir.path().join("mentions.csv");
    let args = |format: &str, path: &Path, replace: bool| json!({"format": format, "filter": {"pack": "kuril"}, "path": path, "replace": replace});
    let count = invoke(&webview, "export_evidence", args("csv", &csv, false)).unwrap();
    let mentions = count["mentions"].as_u64().unwrap();
    assert!(mentions >= 4, "{count}");
    assert_eq!(count["articles"], 1);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("article_id,article_title,"), "{text}");
    assert_eq!(text.lines().count() as u64, mentions + 1);
    assert!(text.contains("Kunashir"));

    // The file exists now: the UI is told so, and asks before replacing it.
    let err = invoke(&webview, "export_evidence", args("csv", &csv, false)).unwrap_err();
    assert_eq!(err["code"], "file_exists", "{err}");
    assert!(err["message"].as_str().unwrap().ends_with("already exists"));
    let geojson = invoke(&webview, "export_evidence", args("geojson", &csv, true)).unwrap();
    assert!(geojson["events"].as_u64().unwrap() >= 1, "{geojson}");
    let map: Value = serde_json::from_str(&std::fs::read_to_string(&csv).unwrap()).unwrap();
    assert_eq!(map["type"], "FeatureCollection");

    // Years without events export none; the sample has no publication date,
    // so its mentions pass any years.
    let none = invoke(
        &webview,
        "export_evidence",
        json!({"format": "jsonl", "filter": {"from": 1800, "to": 1801}, "path": dir.path().join("none.jsonl"), "replace": false}),
    )
    .unwrap();
    assert_eq!(none["events"], 0, "{none}");
    assert_eq!(none["mentions"].as_u64(), Some(mentions), "{none}");

    let missing = dir.path().join("no such folder/events.geojson");
    let err = invoke(
        &webview,
        "export_evidence",
        args("geojson", &missing, false),
    )
    .unwrap_err();
    assert_eq!(err["code"], "not_found");
    assert!(err["message"].as_str().unwrap().contains("does not exist"));
    assert!(err["advice"].as_str().unwrap().contains("folder"));
    let err = invoke(&webview, "export_evidence", args("xlsx", &csv, true)).unwrap_err();
    assert!(err.as_str().is_some_and(|m| m.contains("xlsx")), "{err}");
    let err = invoke(
        &webview,
        "export_evidence",
        json!({"format": "csv", "filter": {"pack": "atlantis"}, "path": csv, "replace": true}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "not_found");

    let folder = invoke(&webview, "default_export_folder", json!({}));
    if let Ok(folder) = folder {
        assert!(Path::new(folder.as_str().unwrap()).is_dir(), "{folder}");
    }
}

#[test]
fn coverage_of_a_dispute_and_of_a_place() {
    let (_app, webview, _dir) = app_with_sample();
    let of_dispute = invoke(
        &webview,
        "coverage",
        json!({"of": {"pack": "kuril"}, "period": "year", "split": "language"}),
    )
    .unwrap();
    let articles = |c: &Value| {
        c["periods"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["total"].as_u64().unwrap())
            .sum::<u64>()
            + c["undated"].as_u64().unwrap()
    };
    assert_eq!(articles(&of_dispute), 1, "{of_dispute}");
    for p in of_dispute["periods"].as_array().unwrap() {
        assert_eq!(p["counts"]["en"], p["total"], "{p}");
    }
    let of_place = invoke(
        &webview,
        "coverage",
        json!({"of": {"place": "kunashir"}, "period": "month", "split": "source"}),
    )
    .unwrap();
    assert_eq!(articles(&of_place), 1, "{of_place}");
    let err = invoke(
        &webview,
        "coverage",
        json!({"of": {"place": "atlantis"}, "period": "year", "split": "language"}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "not_found");
}

#[test]
fn search_filters_by_source_and_language_and_events_carry_their_source_which_a_person_may_set() {
    let (_app, webview, _dir) = app_with_sample();
    let hits = invoke(&webview, "search", json!({"query": "Kishida"})).unwrap();
    let hit = &hits[0];
    assert_eq!(hit["language"], "en", "{hit}");
    let source = hit.get("source").cloned();
    let only = |filter: Value| {
        invoke(
            &webview,
            "search",
            json!({"query": "Kishida", "filter": filter}),
        )
        .unwrap()
        .as_array()
        .unwrap()
        .len()
    };
    assert_eq!(only(json!({"language": "en"})), 1);
    assert_eq!(only(json!({"language": "ru"})), 0);
    assert_eq!(only(json!({"source": "Nowhere Weekly"})), 0);
    assert_eq!(only(json!({})), 1);
    if let Some(source) = &source {
        assert_eq!(only(json!({ "source": source })), 1);
    }

    let events = every_event(&webview);
    let article_event = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["curated"] == false)
        .unwrap()
        .clone();
    let details = invoke(
        &webview,
        "event_details",
        json!({"ids": [article_event["id"]]}),
    )
    .unwrap();
    assert_eq!(
        details[0].get("article_source").cloned(),
        source,
        "{details}"
    );

    // A source set by hand: the article, its events and the search say it.
    let id = article_event["article_id"].clone();
    let article = invoke(
        &webview,
        "set_source",
        json!({"id": id, "source": "  Kyodo  "}),
    )
    .unwrap();
    assert_eq!(article["source"], "Kyodo");
    assert_eq!(only(json!({"source": "Kyodo"})), 1);
    let details = invoke(
        &webview,
        "event_details",
        json!({"ids": [article_event["id"]]}),
    )
    .unwrap();
    assert_eq!(details[0]["article_source"], "Kyodo");
    let cleared = invoke(&webview, "set_source", json!({"id": id, "source": null})).unwrap();
    assert!(cleared.get("source").is_none(), "{cleared}");
    let err = invoke(&webview, "set_source", json!({"id": 4242, "source": "X"})).unwrap_err();
    assert_eq!(err["code"], "not_found");
}

#[test]
fn a_mention_is_relinked_unlinked_and_put_back_through_the_commands() {
    let (atlas, dir) = atlas();
    let (_app, webview) = mock_app_with_sample(atlas, dir.path());
    let article = invoke(&webview, "get_article", json!({"id": 1})).unwrap();
    let mentions = article["mentions"].as_array().unwrap().clone();
    assert!(article["mention_corrections"]
        .as_array()
        .unwrap()
        .is_empty());
    let kunashir = mentions
        .iter()
        .find(|m| m["feature"] == "kunashir")
        .unwrap();
    let other = mentions
        .iter()
        .find(|m| m["feature"] != "kunashir")
        .unwrap();

    let relinked = invoke(
        &webview,
        "correct_mention",
        json!({"articleId": 1, "start": kunashir["start"], "feature": "shikotan"}),
    )
    .unwrap();
    let now = relinked["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["start"] == kunashir["start"])
        .unwrap();
    assert_eq!(
        (&now["feature"], &now["corrected"]),
        (&json!("shikotan"), &json!(true))
    );
    let correction = &relinked["mention_corrections"][0];
    assert_eq!(correction["linked"], "kunashir");
    assert_eq!(correction["feature"], "shikotan");
    assert_eq!(correction["text"], kunashir["text"]);
    assert!(
        correction["at"].as_str().unwrap().ends_with('Z'),
        "{correction}"
    );
    let counts = invoke(&webview, "island_article_counts", json!({})).unwrap();
    assert_eq!(counts["shikotan"], 1, "{counts}");

    // Not a place: gone from the mentions, listed among the corrections without a place.
    let unlinked = invoke(
        &webview,
        "correct_mention",
        json!({"articleId": 1, "start": other["start"], "feature": null}),
    )
    .unwrap();
    assert!(unlinked["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["start"] != other["start"]));
    let gone = unlinked["mention_corrections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["start"] == other["start"])
        .unwrap();
    assert_eq!(gone["linked"], other["feature"]);
    assert!(gone.get("feature").is_none(), "{gone}");

    // Undo both: the linker's place again, no correction left.
    for m in [kunashir, other] {
        invoke(
            &webview,
            "correct_mention",
            json!({"articleId": 1, "start": m["start"], "feature": m["feature"]}),
        )
        .unwrap();
    }
    let back = invoke(&webview, "get_article", json!({"id": 1})).unwrap();
    assert!(back["mention_corrections"].as_array().unwrap().is_empty());
    assert_eq!(back["mentions"].as_array().unwrap(), &mentions);

    let err = invoke(
        &webview,
        "correct_mention",
        json!({"articleId": 1, "start": kunashir["start"], "feature": "atlantis"}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "not_found", "{err}");
    let err = invoke(
        &webview,
        "correct_mention",
        json!({"articleId": 1, "start": 3, "feature": null}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "not_found", "{err}");
}

#[test]
fn an_event_date_is_corrected_at_any_precision_and_put_back() {
    let (atlas, dir) = atlas();
    let (_app, webview) = mock_app_with_sample(atlas, dir.path());
    let article = invoke(&webview, "get_article", json!({"id": 1})).unwrap();
    let event = &article["events"][0];
    assert!(event.get("correction").is_none(), "{event}");
    let extracted = event["date"].clone();

    for typed in ["1999", "1999-05", " 1999-05-14 "] {
        let fixed = invoke(
            &webview,
            "correct_event_date",
            json!({"id": event["id"], "date": typed}),
        )
        .unwrap();
        assert_eq!(fixed["date"], typed.trim());
        assert_eq!(fixed["year"], 1999);
        assert_eq!(fixed["correction"]["extracted"], extracted);
    }
    let summaries = every_event(&webview);
    let moved = summaries
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == event["id"])
        .unwrap();
    assert_eq!(moved["date"], "1999-05-14");

    for bad in ["May 1999", "1999-13", "1999-02-30", "99", ""] {
        let err = invoke(
            &webview,
            "correct_event_date",
            json!({"id": event["id"], "date": bad}),
        )
        .unwrap_err();
        assert_eq!(err["code"], "invalid_input", "{bad}: {err}");
        assert!(err["message"].as_str().unwrap().contains("YYYY"), "{err}");
    }
    let curated = summaries
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["curated"] == true)
        .unwrap();
    let err = invoke(
        &webview,
        "correct_event_date",
        json!({"id": curated["id"], "date": "1999"}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "invalid_input", "{err}");

    // Undo: the extracted date again, no correction.
    let back = invoke(
        &webview,
        "correct_event_date",
        json!({"id": event["id"], "date": extracted}),
    )
    .unwrap();
    assert_eq!(back["date"], extracted);
    assert!(back.get("correction").is_none(), "{back}");
}

#[test]
fn reanalysis_keeps_corrections_reports_each_article_and_stops() {
    let (atlas, dir) = atlas();
    let second = dir.path().join("second.txt");
    std::fs::write(
        &second,
        "Shikotan and Habomai\n\nOn 3 May 2021 officials visited Shikotan.",
    )
    .unwrap();
    import(&atlas, vec![sample(), second]);
    let articles = atlas.articles().unwrap();
    let id = articles
        .iter()
        .find(|a| a.file_name == "second.txt")
        .unwrap()
        .id;
    let mention = atlas.article(id).unwrap().mentions[0].clone();
    atlas
        .correct_mention(id, mention.start, Some("habomai"))
        .unwrap();

    let reanalysis = Arc::new(Reanalysis::default());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    let summary = tauri::async_runtime::block_on(
        reanalysis.run(Arc::clone(&atlas), move |p| sink.lock().unwrap().push(p)),
    )
    .unwrap();
    assert_eq!(
        (summary.articles, summary.total, summary.stopped),
        (2, 2, false)
    );
    assert!(summary.stale_corrections.is_empty(), "{summary:?}");
    assert_eq!(
        *seen.lock().unwrap(),
        [
            ReanalysisProgress { done: 1, total: 2 },
            ReanalysisProgress { done: 2, total: 2 }
        ]
    );
    let kept = atlas.article(id).unwrap();
    let relinked = kept
        .mentions
        .iter()
        .find(|m| m.start == mention.start)
        .unwrap();
    assert_eq!(
        (relinked.feature.as_str(), relinked.corrected),
        ("habomai", true)
    );

    // Stopped after the first article; the next run starts afresh.
    let stopper = Arc::clone(&reanalysis);
    let stopped =
        tauri::async_runtime::block_on(reanalysis.run(Arc::clone(&atlas), move |_| stopper.stop()))
            .unwrap();
    assert_eq!((stopped.articles, stopped.stopped), (1, true));
    let again = tauri::async_runtime::block_on(reanalysis.run(Arc::clone(&atlas), |_| {})).unwrap();
    assert_eq!((again.articles, again.stopped), (2, false));
}

#[test]
fn the_status_says_opening_until_the_library_is_open_and_the_app_holds_it() {
    let dir = tempfile::tempdir().unwrap();
    let place = Arc::new(LibraryPlace::in_folder(dir.path()));
    let waiting = std::time::Duration::from_millis(50);
    assert_eq!(
        place.settled_status(waiting),
        dispute_atlas::LibraryStatus::Opening { done: 0, total: 0 },
        "not opened yet: answered after the wait"
    );
    let held = Arc::new(std::sync::Mutex::new(None));
    let opening = {
        let (place, held) = (Arc::clone(&place), Arc::clone(&held));
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(100));
            place.open(Gazetteer::kuril(), |atlas| {
                *held.lock().unwrap() = Some(atlas);
            });
        })
    };
    let status = place.settled_status(std::time::Duration::from_secs(30));
    assert_eq!(
        status,
        dispute_atlas::LibraryStatus::Open { read_only: None }
    );
    assert!(
        held.lock().unwrap().is_some(),
        "the app held the library before it was said open"
    );
    opening.join().unwrap();
}

#[test]
fn a_library_from_a_newer_version_is_said_failed_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LIBRARY_FILE);
    drop(Atlas::open(Gazetteer::kuril(), &path).unwrap());
    // SQLite's header keeps `PRAGMA user_version` (the schema's version) at byte 60, big-endian.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let place = LibraryPlace::in_folder(dir.path());
    place.open(Gazetteer::kuril(), |_| {
        panic!("a newer library gives no atlas")
    });
    let dispute_atlas::LibraryStatus::Failed { message, advice } = place.status() else {
        panic!("failed: {:?}", place.status())
    };
    assert!(message.contains("newer"), "{message}");
    assert!(!advice.is_empty());
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "left byte for byte");
}
