use std::path::PathBuf;

use super::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/packs")
        .join(name)
}

fn problems(name: &str) -> Vec<String> {
    check_pack(&fixture(name))
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn every_built_in_pack_passes() {
    let packs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/packs");
    for id in Gazetteer::built_in_ids() {
        let found = check_pack(&packs.join(id)).unwrap();
        assert!(found.is_empty(), "{id}: {found:#?}");
    }
}

#[test]
fn a_broken_pack_is_reported_with_json_paths() {
    let found = problems("broken");
    let expected = [
        "pack.json: bounds: must be [west, south, east, north] in degrees",
        "pack.json: usages[0].names: \"klingon\" is not a name key",
        "places.geojson: features[1].id: \"islet-a\" is used twice",
        "places.geojson: features[2].id: \"kunashir\" is already a place of the built-in pack \"kuril\"",
        "places.geojson: features[0].properties.kind: must be \"island\", \"group\", \"place\" or \"area\"",
        "places.geojson: features[0].properties.aliases.xx: unknown language",
        "places.geojson: features[0].properties.claims[0].since: must be a date",
        "places.geojson: features[1].geometry: is not a valid shape",
        "places.geojson: features[1].properties.aliases.en[0]: \"Iturup\" is also an alias of kuril/iturup",
        "places.geojson: features[3].geometry: does not fit kind \"place\"",
        "places.geojson: features[3].properties.covers[0]: names unknown place \"nowhere\"",
        "places.geojson: features[3].properties.namesake_island: must be one of the islands the group covers",
        "places.geojson: generic_mentions.place: names unknown place \"atlantis\"",
        "places.geojson: namesakes.tlh: unknown language",
        "history.json: [0].date: must be a date YYYY, YYYY-MM or YYYY-MM-DD",
        "history.json: [1].places[0]: names unknown place \"elsewhere\"",
        "history.json: [1].source: must be a non-empty string",
    ];
    for line in expected {
        assert!(
            found.iter().any(|f| f.starts_with(line)),
            "missing {line:?} in {found:#?}"
        );
    }
}

#[test]
fn files_that_are_not_json_or_missing_are_problems_not_errors() {
    let found = problems("not-json");
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("places.geojson: is not valid JSON")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("history.json: cannot be read")),
        "{found:?}"
    );
}

#[test]
fn deeply_nested_json_is_refused_without_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("broken/pack.json"), dir.path().join("pack.json")).unwrap();
    let nested = "[".repeat(100_000) + &"]".repeat(100_000);
    std::fs::write(dir.path().join("places.geojson"), nested).unwrap();
    std::fs::write(dir.path().join("history.json"), "[]").unwrap();
    let found = check_pack(dir.path()).unwrap();
    assert!(
        found
            .iter()
            .any(|p| p.file == "places.geojson" && p.message.contains("not valid JSON")),
        "{found:?}"
    );
}

#[test]
fn a_missing_folder_is_an_error() {
    assert!(check_pack(&fixture("no-such-pack")).is_err());
}
