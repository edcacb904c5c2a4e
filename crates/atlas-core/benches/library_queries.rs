//! The library's queries at 10,000 and 1,000,000 articles: each one's p50
//! and p95 over repeated warm runs (release build), against the targets of
//! issue 15.
//!
//!     ATLAS_BENCH_LIBRARIES="/work/bench-data/library-10k /work/bench-data/library-1m" \
//!         cargo bench -p atlas-core --bench library_queries
//!
//! Each folder holds a `library.sqlite3` made by `tests/bench/seed_library.rs`
//! (an older library is upgraded on open, its copy kept beside it); a folder
//! without one is skipped with a message. Prints one line per query:
//! `query=<name> articles=<n> p50_ms=<x> p95_ms=<y> target_ms=<t> ok|MISSED`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use atlas_core::gazetteer::Gazetteer;
use atlas_core::store::{EventScope, Library, PlaceOfDispute};

/// Runs of each query (after one warm-up run).
const RUNS: usize = 30;

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e3
}

fn measure(name: &str, articles: usize, target_ms: f64, mut run: impl FnMut() -> usize) {
    let found = run();
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(run());
            t.elapsed()
        })
        .collect();
    times.sort();
    let (p50, p95) = (percentile(&times, 0.5), percentile(&times, 0.95));
    let verdict = if p95 <= target_ms { "ok" } else { "MISSED" };
    println!(
        "query={name} articles={articles} rows={found} p50_ms={p50:.2} p95_ms={p95:.2} \
         target_ms={target_ms} {verdict}"
    );
}

fn main() {
    let Ok(paths) = std::env::var("ATLAS_BENCH_LIBRARIES") else {
        println!(
            "library_queries: skipped (set ATLAS_BENCH_LIBRARIES to folders made by \
             tests/bench/seed_library.rs)"
        );
        return;
    };
    let gazetteer = Gazetteer::built_in();
    let places = PlaceOfDispute::all_of(&gazetteer);
    for dir in paths.split_whitespace().map(PathBuf::from) {
        let path = dir.join("library.sqlite3");
        if !path.is_file() {
            println!(
                "library_queries: skipped {} (no library.sqlite3)",
                dir.display()
            );
            continue;
        }
        let opened = Instant::now();
        let mut library = Library::open(&path).expect("the library opens");
        let open_s = opened.elapsed().as_secs_f64();
        let synced = Instant::now();
        let rebuilt = library.set_places(&places).expect("places");
        println!(
            "library={} open_s={open_s:.1} places_rebuilt={rebuilt} places_s={:.1}",
            dir.display(),
            synced.elapsed().as_secs_f64()
        );
        drop(library);
        let library = Library::open_reader(&path).expect("a reader opens");
        let n = library.article_count().expect("count");

        let island = "kunashir";
        let covered = gazetteer
            .with_sub_places(island)
            .into_iter()
            .filter(|id| id != island)
            .collect::<Vec<_>>();
        measure("excerpts_first_page", n, 50.0, || {
            library
                .excerpts_page(island, &covered, 0, 20)
                .expect("excerpts")
                .len()
        });
        for (name, query) in [
            ("search_word", "delegation"),
            ("search_japanese", "軍事演習"),
            ("search_chinese", "海警船只"),
        ] {
            measure(name, n, 100.0, || {
                library.search(query, 50).expect("search").len()
            });
        }
        measure("histogram_library", n, 20.0, || {
            library.dispute_histogram(None).expect("histogram").len()
        });
        measure("histogram_dispute", n, 20.0, || {
            library
                .dispute_histogram(Some("kuril"))
                .expect("histogram")
                .len()
        });
        let scope = EventScope {
            dispute: Some("south-china-sea"),
            from: 2005,
            to: 2015,
        };
        let total = library.event_page(scope, 0, 0).expect("page").total;
        measure("event_page_100", n, 20.0, || {
            library
                .event_page(scope, total / 2, 100)
                .expect("page")
                .events
                .len()
        });
        measure("event_page_100_library", n, 20.0, || {
            let all = EventScope {
                dispute: None,
                from: 1850,
                to: 2030,
            };
            library
                .event_page(all, 1_000, 100)
                .expect("page")
                .events
                .len()
        });
        measure("markers_in_years", n, 20.0, || {
            library.place_event_counts(scope).expect("markers").len()
        });
        measure("badges_in_years", n, 20.0, || {
            library.island_article_counts(scope).expect("badges").len()
        });
        measure("article_counts", n, 20.0, || {
            library.article_counts().expect("counts").len()
                + library.dispute_article_counts().expect("disputes").len()
        });
    }
}
