//! The article the project started from, linked end to end: ingest, linker, events.

use atlas_core::analysis::{analyze, Language};
use atlas_core::gazetteer::Gazetteer;
use atlas_core::ingest;
use atlas_core::linker::Linker;
use atlas_core::text::char_span;
use chrono::NaiveDate;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/lavrov-kishida-kuril-islands.txt"
);

#[test]
fn sample_article_mentions_and_events() {
    let article = ingest::read_file(SAMPLE.as_ref()).unwrap();
    assert_eq!(
        article.title,
        "Lavrov to Kishida: Russia not to return Kuril Islands to Japan"
    );
    let linker = Linker::new(&Gazetteer::kuril());
    let published = NaiveDate::from_ymd_opt(2015, 9, 21);
    let analysis = analyze(&linker, &article.text, published);
    assert_eq!(analysis.language, Language::En);

    let mentions: Vec<(&str, &str)> = analysis
        .mentions
        .iter()
        .map(|m| (m.feature.as_str(), m.text.as_str()))
        .collect();
    assert_eq!(
        mentions,
        [
            ("kuril-islands", "Kuril Islands"),
            ("kuril-islands", "Kuril Islands"),
            ("kuril-islands", "Kuril Islands"),
            ("southern-kurils", "disputed territories"),
            ("southern-kurils", "southern Kuril Islands"),
            ("southern-kurils", "Northern Territories"),
            ("kunashir", "Kunashir"),
            ("iturup", "Iturup"),
            ("shikotan", "Shikotan"),
            ("habomai", "Habomai"),
            ("nemuro", "Nemuro"),
            ("hokkaido", "Hokkaido"),
            ("sakhalin", "Sakhalin"),
            ("kuril-islands", "Kuril Islands"),
            ("southern-kurils", "Northern Territories"),
            ("kuril-islands", "Kuril Islands"),
        ]
    );
    // Character spans point at the mention in the extracted text.
    for m in &analysis.mentions {
        assert_eq!(char_span(&article.text, m.start, m.end), m.text);
    }

    let events: Vec<(String, Vec<&str>, bool)> = analysis
        .events
        .iter()
        .map(|e| {
            (
                e.date.to_string(),
                e.places.iter().map(String::as_str).collect(),
                e.relative,
            )
        })
        .collect();
    let has = |date: &str, places: &[&str], relative: bool| {
        assert!(
            events.iter().any(|(d, p, r)| d == date
                && places.iter().all(|x| p.contains(x))
                && *r == relative),
            "no event {date} {places:?} in {events:?}"
        );
    };
    has(
        "1945",
        &["kunashir", "iturup", "shikotan", "habomai"],
        false,
    );
    has("1945-02", &["kuril-islands", "sakhalin"], false);
    has("2015-08", &["kuril-islands"], true);
    // "ahead of his departure Sunday": the Sunday before publication, not a plan.
    has("2015-09-20", &["southern-kurils"], true);
    // The lead's own news: Lavrov said there is no likelihood of a compromise.
    has("2015-09-21", &["southern-kurils"], true);
    assert_eq!(events.len(), 5, "{events:?}");
    assert_eq!(
        analysis.events[0].dated_by,
        atlas_core::events::DatedBy::Publication
    );
    let yalta = analysis
        .events
        .iter()
        .find(|e| e.date == "1945-02")
        .unwrap();
    assert!(yalta
        .sentence
        .starts_with("In February 1945, at the Yalta Conference"));
    assert!(analysis.events.iter().all(|e| !e.planned));
}
