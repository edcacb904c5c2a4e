//! Exporting the evidence and the coverage chart, in the real app. The
//! library is made before the app starts: the sample article and a hostile
//! one whose title and text start with spreadsheet formulas. The files the app
//! writes are read back as a GIS (GeoJSON) and a spreadsheet (CSV) would.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use atlas_core::gazetteer::Gazetteer;
use atlas_core::Atlas;
use dispute_atlas::import::import_paths;
use dispute_atlas::LIBRARY_FILE;
use fantoccini::Locator;
use serde_json::{json, Value};

use super::{enabled, eventually, page_value, text_of, with_app_in, App, ROOT, SAMPLE};

/// A hostile article: its title and its sentences start with what a
/// spreadsheet would run as formulas, with quotes, commas and a CJK name.
const HOSTILE: &str = "=HYPERLINK(\"http://evil.example\",\"Kunashir, \"\"news\"\"\")\n\n\
    +SUM(1,2) Russian border guards held drills on Kunashir on 3 March 2023, \"officials\" said.\n\n\
    @cmd Japan protested the drills near 国後島 (Kunashir) the next day.\n";

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

/// Waits until the page's `condition` (a JavaScript expression) holds.
async fn wait_until(app: &App, what: &str, condition: &str) {
    let script = format!("return !!({condition})");
    eventually(what, Duration::from_secs(30), || async {
        (page_value(app, &script).await == json!(true)).then_some(())
    })
    .await;
}

/// Opens the export dialog from the top bar's button, from the keyboard.
async fn open_export_dialog(app: &App) {
    let button = app.wait_for("#export-open", Duration::from_secs(30)).await;
    button.send_keys("\u{E007}").await.unwrap(); // Enter
    app.wait_for(
        "dialog.export-dialog[open] #export-path",
        Duration::from_secs(30),
    )
    .await;
    // The default path arrives from the backend (downloads, documents or home).
    wait_until(
        app,
        "the default path",
        "document.querySelector('#export-path').value.includes('/dispute-atlas-kuril-')",
    )
    .await;
}

/// Chooses `format` and `scope` (`screen` or `all`), types `path` and exports;
/// returns the status line once the export is written.
async fn export(app: &App, format: &str, scope: &str, path: &Path) -> String {
    for css in [
        format!("input[name='exp-format'][value='{format}']"),
        format!("input[name='exp-scope'][value='{scope}']"),
    ] {
        app.client
            .find(Locator::Css(&css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    let field = app.client.find(Locator::Css("#export-path")).await.unwrap();
    field.clear().await.unwrap();
    field
        .send_keys(&format!("{}\u{E007}", path.display()))
        .await
        .unwrap();
    wait_until(
        app,
        "the export's outcome",
        "/^(Wrote|.*already exists)/.test(document.querySelector('#export-status').textContent)",
    )
    .await;
    text_of(app, "#export-status").await
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
    with_app_in(data, "body.is-ready", move |app| async move {
        open_export_dialog(&app).await;
        app.screenshot("e2e-export-dialog").await;

        let status = export(&app, "geojson", "screen", &geo).await;
        assert!(status.starts_with("Wrote "), "{status}");
        assert!(status.contains("event features"), "{status}");
        assert!(status.ends_with(&format!("to {}.", geo.display())), "{status}");

        let status = export(&app, "csv", "all", &csv).await;
        assert!(status.contains("mention rows from 2 articles"), "{status}");

        // The same file again: the dialog asks, and Replace writes it.
        let status = export(&app, "csv", "all", &csv).await;
        assert!(status.ends_with("already exists. Replace it?"), "{status}");
        let focused = app
            .client
            .execute("return document.activeElement.id", vec![])
            .await
            .unwrap();
        assert_eq!(focused, "export-replace");
        app.screenshot("e2e-export-replace").await;
        app.client
            .find(Locator::Css("#export-replace"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        wait_until(
            &app,
            "the replaced file",
            "document.querySelector('#export-status').textContent.startsWith('Wrote ')",
        )
        .await;

        // Esc closes the dialog; the focus goes back to the button.
        app.client
            .find(Locator::Css("#export-path"))
            .await
            .unwrap()
            .send_keys("\u{E00C}")
            .await
            .unwrap();
        wait_until(
            &app,
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
    with_app_in(data, "body.is-ready", move |app| async move {
        // Neither article has a publication date: the chart says so.
        wait_until(
            &app,
            "the undated count",
            "document.querySelector('#coverage-dispute .cov-status')?.textContent === '2 articles without a publication date, none dated'",
        )
        .await;
        // Dated (as a user would in the reader), they are counted by year at once.
        let ids = app.invoke("list_articles", json!({})).await;
        for (article, published) in ids.as_array().unwrap().iter().zip(["2016-09-01", "2023-03-04"]) {
            app.invoke("set_published", json!({"id": article["id"], "published": published})).await;
        }
        wait_until(
            &app,
            "two years of bars",
            "document.querySelector('#coverage-dispute .cov-status')?.textContent === '2 articles from 2016 to 2023'",
        )
        .await;
        // Keyboard: the plot reads each year aloud; the arrows leave the timeline alone.
        let plot = app.wait_for("#coverage-dispute .cov-plot", Duration::from_secs(30)).await;
        app.client
            .execute("document.querySelector('#coverage-dispute .cov-plot').focus()", vec![])
            .await
            .unwrap();
        plot.send_keys("\u{E011}").await.unwrap(); // Home
        let readout = || async {
            app.client
                .execute("return [document.activeElement.className, document.querySelector('#coverage-dispute .cov-readout').textContent]", vec![])
                .await
                .unwrap()
        };
        assert_eq!(readout().await[1], "2016: 1 article — English 1", "{}", readout().await);
        plot.send_keys("\u{E014}").await.unwrap(); // ArrowRight
        assert_eq!(readout().await[1], "2017: 0 articles");
        app.screenshot("e2e-coverage-dispute").await;
        // The island panel has its own chart.
        app.client
            .execute("document.querySelector('.map-label[data-place=\"kunashir\"]').click()", vec![])
            .await
            .unwrap();
        // Both articles mention Kunashir.
        wait_until(
            &app,
            "the island's chart",
            "document.querySelector('#coverage-place .cov-status')?.textContent === '2 articles from 2016 to 2023'",
        )
        .await;
        app.wait_for("#coverage-place rect.cov-bar", Duration::from_secs(30)).await;
        app.client
            .execute("document.querySelector('#coverage-place').scrollIntoView({block: 'center'})", vec![])
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.screenshot("e2e-coverage-island").await;
    })
    .await;
}
