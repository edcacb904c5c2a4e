#![no_main]
//! A pack of your own, as `atlas pack check` and the loader read it: the input
//! is the places file, then (after the first 0xFF byte, if any) the history.
//! No panic; the check and the loader agree that a pack without problems
//! loads.

use std::path::PathBuf;
use std::sync::LazyLock;

use atlas_core::gazetteer::Gazetteer;
use atlas_core::pack_check::check_pack;
use libfuzzer_sys::fuzz_target;

const MANIFEST: &str = r#"{"id": "fuzzed", "name": "Fuzzed pack", "bounds": [-180, -90, 180, 90],
  "attribution": "Fuzz input.", "usages": [{"id": "x", "label": "X usage", "names": "en"}]}"#;

/// One folder per fuzzing process, rewritten for each input.
static DIR: LazyLock<PathBuf> = LazyLock::new(|| {
    let dir = std::env::temp_dir().join(format!("atlas-fuzz-pack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("pack.json"), MANIFEST).unwrap();
    dir
});

fuzz_target!(|data: &[u8]| {
    let (places, history) = match data.iter().position(|&b| b == 0xFF) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b"[]"[..]),
    };
    std::fs::write(DIR.join("places.geojson"), places).unwrap();
    std::fs::write(DIR.join("history.json"), history).unwrap();
    let problems = check_pack(&DIR).expect("the folder exists");
    for problem in &problems {
        assert!(!problem.message.is_empty());
    }
    let loaded = Gazetteer::from_json(
        MANIFEST,
        &String::from_utf8_lossy(places),
        &String::from_utf8_lossy(history),
    );
    if problems.is_empty() {
        let gazetteer = loaded.expect("a pack the check passes loads");
        let _ = atlas_core::linker::Linker::new(&gazetteer).link("Kunashir, Dokdo, Stanley");
    }
});
