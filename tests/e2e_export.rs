//! End-to-end tests of exporting the evidence and of the coverage chart, in
//! the real app binary under WebDriver (tauri-driver + WebKitWebDriver, Xvfb
//! in CI), as `tests/e2e.rs` runs (`scripts/test.sh` starts both and sets
//! `ATLAS_E2E=require`; without it these are skipped). The library is made
//! before the app starts: the sample article and a hostile one whose title and
//! text start with spreadsheet formulas. The files the app writes are read back
//! as a GIS (GeoJSON) and a spreadsheet (CSV) would.
//!
//! The small WebDriver harness here is `tests/e2e.rs`'s, cut down to what
//! these tests use.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use atlas_core::gazetteer::Gazetteer;
use atlas_core::Atlas;
use dispute_atlas::import::import_paths;
use dispute_atlas::LIBRARY_FILE;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

const APP: &str = env!("CARGO_BIN_EXE_dispute-atlas");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SAMPLE: &str = "tests/fixtures/lavrov-kishida-kuril-islands.txt";

/// A hostile article: its title and its sentences start with what a
/// spreadsheet would run as formulas, with quotes, commas and a CJK name.
const HOSTILE: &str = "=HYPERLINK(\"http://evil.example\",\"Kunashir, \"\"news\"\"\")\n\n\
    +SUM(1,2) Russian border guards held drills on Kunashir on 3 March 2023, \"officials\" said.\n\n\
    @cmd Japan protested the drills near 国後島 (Kunashir) the next day.\n";

/// Whether to run, per `ATLAS_E2E`; panics when required but impossible.
fn enabled() -> bool {
    match std::env::var("ATLAS_E2E").as_deref() {
        Ok("require") | Ok("1") => {
            assert!(
                std::env::var_os("DISPLAY").is_some(),
                "ATLAS_E2E is set but DISPLAY is not: start Xvfb (scripts/test.sh does)"
            );
            true
        }
        _ => {
            eprintln!("skipped: set ATLAS_E2E=1 with DISPLAY and tauri-driver running (see scripts/test.sh)");
            false
        }
    }
}

fn artifacts() -> PathBuf {
    let dir = std::env::var_os("ATLAS_ARTIFACTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(ROOT).join("artifacts"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A library folder holding the sample and the hostile article.
async fn seeded_library() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let hostile = data.path().join("hostile.txt");
    std::fs::write(&hostile, HOSTILE).unwrap();
    let atlas = Arc::new(
        Atlas::open(Gazetteer::built_in(), &data.path().join(LIBRARY_FILE))
            .expect("a new library opens"),
    );
    let sample = Path::new(ROOT).join(SAMPLE);
    let summary = import_paths(Arc::clone(&atlas), vec![sample, hostile], None, |_| {})
        .await
        .expect("the import finishes");
    assert_eq!(summary.imported, 2, "{summary:?}");
    data
}

/// Starts the app on `data` (a WebDriver session), waits until it is ready,
/// runs `scenario` and closes the session whatever happens.
async fn with_app<F, Fut>(data: &Path, scenario: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let url = std::env::var("TAURI_DRIVER_URL").unwrap_or("http://127.0.0.1:4444".into());
    let caps = json!({"tauri:options": {"application": APP, "args": ["--data-dir", data]}});
    let Value::Object(caps) = caps else {
        unreachable!()
    };
    let client = ClientBuilder::native()
        .capabilities(caps)
        .connect(&url)
        .await
        .unwrap_or_else(|e| panic!("cannot start a WebDriver session at {url}: {e}"));
    wait_for(&client, "body.is-ready").await;
    // Every test starts as a first run (the webview remembers the dispute shown).
    let remembered = client
        .execute(
            "const n = localStorage.length; localStorage.clear(); return n",
            vec![],
        )
        .await
        .unwrap();
    if remembered != 0 {
        client.refresh().await.unwrap();
        wait_for(&client, "body.is-ready").await;
    }
    let outcome = tokio::spawn(scenario(client.clone())).await;
    let _ = client.close().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} did not appear within 30 s: {e}"))
}

/// Waits until the page's `condition` (a JavaScript expression) holds.
async fn wait_until(client: &Client, what: &str, condition: &str) {
    let script = format!("return !!({condition})");
    for _ in 0..150 {
        if client.execute(&script, vec![]).await.unwrap() == json!(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("timed out after 30 s waiting for {what}");
}

/// Calls an app command from the page (as the UI does) and returns its answer.
async fn invoke(client: &Client, cmd: &str, args: Value) -> Value {
    let script = "const done = arguments[arguments.length - 1];\
         window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])\
           .then(v => done({ok: v}), e => done({err: e}));";
    let answer = client
        .execute_async(script, vec![json!(cmd), args])
        .await
        .unwrap();
    match answer.get("ok") {
        Some(v) => v.clone(),
        None => panic!("{cmd} failed: {answer}"),
    }
}

async fn text_of(client: &Client, css: &str) -> String {
    wait_for(client, css).await.text().await.unwrap()
}

async fn screenshot(client: &Client, name: &str) {
    let png = client.screenshot().await.unwrap();
    std::fs::write(artifacts().join(format!("{name}.png")), png).unwrap();
}

/// Opens the export dialog from the top bar's button, from the keyboard.
async fn open_export_dialog(client: &Client) {
    let button = wait_for(client, "#export-open").await;
    button.send_keys("\u{E007}").await.unwrap(); // Enter
    wait_for(client, "dialog.export-dialog[open] #export-path").await;
    // The default path arrives from the backend (downloads, documents or home).
    wait_until(
        client,
        "the default path",
        "document.querySelector('#export-path').value.includes('/dispute-atlas-kuril-')",
    )
    .await;
}

/// Chooses `format` and `scope` (`screen` or `all`), types `path` and exports;
/// returns the status line once the export is written.
async fn export(client: &Client, format: &str, scope: &str, path: &Path) -> String {
    for css in [
        format!("input[name='exp-format'][value='{format}']"),
        format!("input[name='exp-scope'][value='{scope}']"),
    ] {
        client
            .find(Locator::Css(&css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    let field = client.find(Locator::Css("#export-path")).await.unwrap();
    field.clear().await.unwrap();
    field
        .send_keys(&format!("{}\u{E007}", path.display()))
        .await
        .unwrap();
    wait_until(
        client,
        "the export's outcome",
        "/^(Wrote|.*already exists)/.test(document.querySelector('#export-status').textContent)",
    )
    .await;
    text_of(client, "#export-status").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_geojson_and_csv_from_the_app_and_the_files_read_back() {
    if !enabled() {
        return;
    }
    let data = seeded_library().await;
    let out = tempfile::tempdir().unwrap();
    let geojson_path = out.path().join("events.geojson");
    let csv_path = out.path().join("mentions, \"quoted\".csv");
    let (geo, csv) = (geojson_path.clone(), csv_path.clone());
    with_app(data.path(), move |client| async move {
        open_export_dialog(&client).await;
        screenshot(&client, "e2e-export-dialog").await;

        let status = export(&client, "geojson", "screen", &geo).await;
        assert!(status.starts_with("Wrote "), "{status}");
        assert!(status.contains("event features"), "{status}");
        assert!(status.ends_with(&format!("to {}.", geo.display())), "{status}");

        let status = export(&client, "csv", "all", &csv).await;
        assert!(status.contains("mention rows from 2 articles"), "{status}");

        // The same file again: the dialog asks, and Replace writes it.
        let status = export(&client, "csv", "all", &csv).await;
        assert!(status.ends_with("already exists. Replace it?"), "{status}");
        let focused = client
            .execute("return document.activeElement.id", vec![])
            .await
            .unwrap();
        assert_eq!(focused, "export-replace");
        screenshot(&client, "e2e-export-replace").await;
        client
            .find(Locator::Css("#export-replace"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        wait_until(
            &client,
            "the replaced file",
            "document.querySelector('#export-status').textContent.startsWith('Wrote ')",
        )
        .await;

        // Esc closes the dialog; the focus goes back to the button.
        client
            .find(Locator::Css("#export-path"))
            .await
            .unwrap()
            .send_keys("\u{E00C}")
            .await
            .unwrap();
        wait_until(
            &client,
            "the dialog to close",
            "!document.querySelector('dialog.export-dialog') && document.activeElement.id === 'export-open'",
        )
        .await;
    })
    .await;

    // GeoJSON: a valid FeatureCollection, a point per event and place, with provenance.
    let text = std::fs::read_to_string(&geojson_path).unwrap();
    let collection: geojson::FeatureCollection = text.parse().expect("valid GeoJSON");
    assert!(!collection.features.is_empty());
    for feature in &collection.features {
        let geometry = feature.geometry.as_ref().expect("a geometry");
        let geojson::GeometryValue::Point { coordinates: point } = &geometry.value else {
            panic!("not a point: {geometry:?}");
        };
        let (lon, lat) = (point[0], point[1]);
        assert!(
            (140.0..=160.0).contains(&lon) && (40.0..=52.0).contains(&lat),
            "{lon}, {lat}: the Kurils"
        );
        for key in [
            "date",
            "precision",
            "sentence",
            "article_title",
            "pack",
            "corrected",
        ] {
            assert!(
                feature.contains_property(key),
                "{key} in {:?}",
                feature.properties
            );
        }
        assert_eq!(feature.property("pack"), Some(&json!("kuril")));
    }
    let hostile = collection
        .features
        .iter()
        .find(|f| f.property("date") == Some(&json!("2023-03-03")))
        .expect("the hostile article's dated event");
    assert!(
        hostile
            .property("sentence")
            .and_then(Value::as_str)
            .unwrap()
            .starts_with("+SUM(1,2)"),
        "JSON keeps the text as it is: {:?}",
        hostile.property("sentence")
    );

    // CSV: parses, values present, the hostile cells neutralised, CJK and quotes intact.
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name} column in {headers:?}"))
    };
    let (title, text_col, sentence) = (column("article_title"), column("text"), column("sentence"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.len() >= 6, "{} rows", rows.len());
    let hostile: Vec<&csv::StringRecord> = rows
        .iter()
        .filter(|r| r[title].contains("HYPERLINK"))
        .collect();
    assert!(hostile.len() >= 2, "the hostile article's mentions");
    for row in &hostile {
        assert!(
            row[title]
                .starts_with("'=HYPERLINK(\"http://evil.example\",\"Kunashir, \"\"news\"\"\")"),
            "{:?}",
            &row[title]
        );
        assert!(
            !row[sentence].starts_with(['=', '+', '-', '@']),
            "neutralised: {:?}",
            &row[sentence]
        );
    }
    assert!(hostile
        .iter()
        .any(|r| r[sentence].starts_with("'+SUM(1,2) Russian border guards")));
    assert!(
        hostile.iter().any(|r| &r[text_col] == "国後島"),
        "CJK survives"
    );
    assert!(
        rows.iter()
            .any(|r| r[title].contains("Lavrov") || r[title].contains("Kishida")),
        "the sample's rows"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_coverage_chart_counts_the_dispute_and_the_island() {
    if !enabled() {
        return;
    }
    let data = seeded_library().await;
    with_app(data.path(), move |client| async move {
        // Neither article has a publication date: the chart says so.
        wait_until(
            &client,
            "the undated count",
            "document.querySelector('#coverage-dispute .cov-status')?.textContent === '2 articles without a publication date, none dated'",
        )
        .await;
        // Dated (as a user would in the reader), they are counted by year at once.
        let ids = invoke(&client, "list_articles", json!({})).await;
        for (article, published) in ids.as_array().unwrap().iter().zip(["2016-09-01", "2023-03-04"]) {
            invoke(&client, "set_published", json!({"id": article["id"], "published": published})).await;
        }
        wait_until(
            &client,
            "two years of bars",
            "document.querySelector('#coverage-dispute .cov-status')?.textContent === '2 articles from 2016 to 2023'",
        )
        .await;
        // Keyboard: the plot reads each year aloud; the arrows leave the timeline alone.
        let plot = wait_for(&client, "#coverage-dispute .cov-plot").await;
        client
            .execute("document.querySelector('#coverage-dispute .cov-plot').focus()", vec![])
            .await
            .unwrap();
        plot.send_keys("\u{E011}").await.unwrap(); // Home
        let readout = || async {
            client
                .execute("return [document.activeElement.className, document.querySelector('#coverage-dispute .cov-readout').textContent]", vec![])
                .await
                .unwrap()
        };
        assert_eq!(readout().await[1], "2016: 1 article — English 1", "{}", readout().await);
        plot.send_keys("\u{E014}").await.unwrap(); // ArrowRight
        assert_eq!(readout().await[1], "2017: 0 articles");
        screenshot(&client, "e2e-coverage-dispute").await;
        // The island panel has its own chart.
        client
            .execute("document.querySelector('.map-label[data-place=\"kunashir\"]').click()", vec![])
            .await
            .unwrap();
        // Both articles mention Kunashir.
        wait_until(
            &client,
            "the island's chart",
            "document.querySelector('#coverage-place .cov-status')?.textContent === '2 articles from 2016 to 2023'",
        )
        .await;
        wait_for(&client, "#coverage-place rect.cov-bar").await;
        client
            .execute("document.querySelector('#coverage-place').scrollIntoView({block: 'center'})", vec![])
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        screenshot(&client, "e2e-coverage-island").await;
    })
    .await;
}
