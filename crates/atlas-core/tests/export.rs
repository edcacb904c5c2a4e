//! Exports read back as a GIS tool and a spreadsheet read them: the GeoJSON
//! by the `geojson` crate, the CSV by the `csv` crate, the JSON Lines line by
//! line, with the values checked against the library (fixtures in
//! `tests/fixtures/export/`: a title that is a spreadsheet formula, quotes and
//! commas, Chinese, Arabic and Hebrew text).

use std::path::{Path, PathBuf};

use atlas_core::atlas::timeline::EventId;
use atlas_core::atlas::ImportOptions;
use atlas_core::dates::PartialDate;
use atlas_core::export::{ExportFilter, ExportFormat};
use atlas_core::gazetteer::Gazetteer;
use atlas_core::language::Language;
use atlas_core::store::ArticleSummary;
use atlas_core::{Atlas, ErrorCode};
use chrono::NaiveDate;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/export")
        .join(name)
}

/// A library with both fixtures, published on 2024-09-12.
fn library() -> (tempfile::TempDir, Atlas) {
    let dir = tempfile::tempdir().unwrap();
    let atlas = Atlas::open(Gazetteer::built_in(), &dir.path().join("library.sqlite3")).unwrap();
    let options = ImportOptions {
        published: NaiveDate::from_ymd_opt(2024, 9, 12),
        imported_at: "2026-12-05T00:00:00Z".parse().unwrap(),
        max_files: 10,
    };
    let files = [fixture("formula-title.txt"), fixture("cjk-rtl.txt")];
    let summary = atlas.import(&files, options, &mut |_| {});
    assert_eq!(summary.imported, 2, "{summary:?}");
    (dir, atlas)
}

fn export(atlas: &Atlas, filter: &ExportFilter, format: ExportFormat) -> String {
    let mut out = Vec::new();
    atlas
        .export(filter, format, &mut out, Path::new("export"))
        .unwrap();
    String::from_utf8(out).unwrap()
}

fn article<'a>(articles: &'a [ArticleSummary], title_start: &str) -> &'a ArticleSummary {
    articles
        .iter()
        .find(|a| a.title.starts_with(title_start))
        .unwrap_or_else(|| panic!("no article titled {title_start}…"))
}

#[test]
fn geojson_has_a_point_per_event_and_place_with_its_provenance() {
    let (_dir, atlas) = library();
    let text = export(&atlas, &ExportFilter::default(), ExportFormat::GeoJson);
    let geojson: geojson::GeoJson = text.parse().expect("valid GeoJSON");
    let geojson::GeoJson::FeatureCollection(collection) = geojson else {
        panic!("not a FeatureCollection")
    };
    let gazetteer = Gazetteer::built_in();
    assert!(
        collection.features.len() >= 4,
        "{}",
        collection.features.len()
    );
    for feature in &collection.features {
        let property = |name: &str| feature.property(name).unwrap_or_else(|| panic!("{name}"));
        let place = gazetteer
            .place(property("place").as_str().unwrap())
            .unwrap();
        let Some(geojson::GeometryValue::Point { coordinates }) =
            feature.geometry.as_ref().map(|g| &g.value)
        else {
            panic!("not a point")
        };
        assert_eq!(coordinates.as_slice(), place.label);
        assert_eq!(property("pack").as_str(), Some(place.pack.as_str()));
        assert_eq!(property("published").as_str(), Some("2024-09-12"));
        assert!(property("start").as_u64() < property("end").as_u64());
        let detail = atlas
            .article(property("article_id").as_i64().unwrap())
            .unwrap();
        assert_eq!(
            property("article_title").as_str(),
            Some(detail.summary.title.as_str())
        );
        let sentence = property("sentence").as_str().unwrap();
        assert!(detail.text.contains(sentence), "{sentence}");
    }
    // The Chinese article's September 2012 at the month's precision.
    let bought = collection
        .features
        .iter()
        .find(|f| f.property("date").and_then(|d| d.as_str()) == Some("2012-09"))
        .expect("the 2012 purchase");
    assert_eq!(bought.property("precision").unwrap(), "month");
    assert_eq!(bought.property("pack").unwrap(), "senkaku");
}

#[test]
fn csv_rows_survive_a_spreadsheet() {
    let (_dir, atlas) = library();
    let articles = atlas.articles().unwrap();
    let formula = article(&articles, "=HYPERLINK");
    let text = export(&atlas, &ExportFilter::default(), ExportFormat::Csv);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[0], "article_id");
    assert_eq!(header.len(), 15);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mentions: usize = articles.iter().map(|a| a.mention_count).sum();
    assert_eq!(rows.len(), mentions);

    for row in &rows {
        let cells = [column("article_title"), column("text"), column("sentence")];
        for cell in cells.map(|c| &row[c]) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell}"
            );
        }
    }
    let quoted = rows
        .iter()
        .find(|r| r[column("text")] == *"Uotsuri" && r[column("sentence")].starts_with('"'))
        .expect("the quoted sentence");
    assert_eq!(
        &quoted[column("sentence")],
        "\"They came to Uotsuri, they left, and they'll come back,\" an official said, adding \
         that the ships stayed for two hours; a patrol boat warned them off."
    );
    assert_eq!(quoted[column("article_id")], formula.id.to_string());
    assert!(quoted[column("article_title")].starts_with("'=HYPERLINK(\"http"));
    assert_eq!(&quoted[column("place")], "uotsuri-jima");
    assert_eq!(&quoted[column("corrected")], "false");
    assert!(rows
        .iter()
        .any(|r| &r[column("text")] == "钓鱼岛"
            && r[column("sentence")].contains("在钓鱼岛领海内巡航")));
    assert!(rows
        .iter()
        .any(|r| r[column("sentence")].contains("«جزر سينكاكو»")
            && r[column("sentence")].contains("איי סנקאקו")));
}

#[test]
fn json_lines_say_what_a_person_corrected() {
    let (_dir, atlas) = library();
    let articles = atlas.articles().unwrap();
    let chinese = article(&articles, "钓鱼岛问题");
    let detail = atlas.article(chinese.id).unwrap();
    let event = detail.events.first().expect("an event");
    assert!(
        matches!(event.summary.id, EventId::Article(_)),
        "an article's event"
    );
    atlas
        .correct_event_date(
            &event.summary.id,
            "2012-09-10".parse::<PartialDate>().unwrap(),
        )
        .unwrap();
    let mention = &detail.mentions[0];
    atlas
        .correct_mention(chinese.id, mention.start, Some("uotsuri-jima"))
        .unwrap();

    let text = export(&atlas, &ExportFilter::default(), ExportFormat::JsonLines);
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 2);
    let line = lines.iter().find(|l| l["id"] == chinese.id).unwrap();
    // The mention's correction extracted the article's events again (new ids);
    // the date correction was applied to the same event again.
    let corrected_event = line["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["corrected"] == true)
        .expect("the corrected event");
    assert_eq!(corrected_event["date"], "2012-09-10");
    assert_eq!(corrected_event["corrected"], true);
    let relinked = line["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["start"] == mention.start)
        .unwrap();
    assert_eq!(relinked["place"], "uotsuri-jima");
    assert_eq!(relinked["corrected"], true);
    let others = line["mentions"].as_array().unwrap().iter().skip(1);
    assert!(others.clone().count() > 0 && others.into_iter().all(|m| m["corrected"] == false));
}

#[test]
fn filters_keep_one_dispute_and_a_span_of_years() {
    let (_dir, atlas) = library();
    let falklands = ExportFilter {
        pack: Some("falklands".into()),
        ..ExportFilter::default()
    };
    let text = export(&atlas, &falklands, ExportFormat::JsonLines);
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "only the article that names the Falklands");
    assert!(lines[0]["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["pack"] == "falklands"));
    let events = lines[0]["events"].as_array().unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e["places"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p == "falkland-islands")));

    let recent = ExportFilter {
        from: Some(2013),
        ..ExportFilter::default()
    };
    let text = export(&atlas, &recent, ExportFormat::GeoJson);
    let geojson::GeoJson::FeatureCollection(collection) = text.parse().unwrap() else {
        panic!()
    };
    assert!(!collection.features.is_empty());
    assert!(collection
        .features
        .iter()
        .all(|f| f.property("year").unwrap().as_i64() >= Some(2013)));

    let unknown = ExportFilter {
        pack: Some("atlantis".into()),
        ..ExportFilter::default()
    };
    let error = atlas
        .export(&unknown, ExportFormat::Csv, Vec::new(), Path::new("export"))
        .unwrap_err();
    assert_eq!(error.kind(), ErrorCode::NotFound);
}

#[test]
fn filters_keep_one_source_and_one_language() {
    let (_dir, atlas) = library();
    let articles = atlas.articles().unwrap();
    let english = article(&articles, "=HYPERLINK");
    let chinese = article(&articles, "钓鱼岛问题");
    atlas.set_source(chinese.id, Some("Xinhua")).unwrap();
    let titles = |filter: &ExportFilter| -> Vec<String> {
        export(&atlas, filter, ExportFormat::JsonLines)
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["title"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(titles(&ExportFilter::default()).len(), 2);

    let xinhua = ExportFilter {
        source: Some("Xinhua".into()),
        ..ExportFilter::default()
    };
    assert_eq!(titles(&xinhua), [chinese.title.as_str()]);
    let in_english = ExportFilter {
        language: Some(Language::En),
        ..ExportFilter::default()
    };
    assert_eq!(titles(&in_english), [english.title.as_str()]);
    // Both at once: no article is from Xinhua in English.
    let neither = ExportFilter {
        language: Some(Language::En),
        ..xinhua
    };
    assert!(titles(&neither).is_empty());
    // CSV (mentions) and GeoJSON (events) keep the same articles.
    let csv = export(&atlas, &in_english, ExportFormat::Csv);
    assert!(
        csv.lines().count() > 1 && !csv.contains("钓鱼岛问题"),
        "{csv}"
    );
}
