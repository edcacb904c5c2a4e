//! Links the 2,000 files of the `atlas link` benchmark
//! (`link_2000_5KB_files_on_every_core`) once, after a warm-up over the first
//! 200, in one function to profile: `measured_run`.
//!
//! `cargo build --release -p atlas-core --example link_corpus`, then
//! `RAYON_NUM_THREADS=1 valgrind --tool=callgrind --toggle-collect='*measured_run*'
//! target/release/examples/link_corpus` gives the instructions of the
//! benchmark's work on one worker (reading, extracting and analysing each
//! file, and handing the results on in order).

use std::path::PathBuf;

use atlas_core::gazetteer::Gazetteer;
use atlas_core::Packs;
use chrono::NaiveDate;

/// The allocator the `atlas` binary and the app use (mimalloc), so the figures are theirs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/support/corpus.rs"]
mod corpus;

/// Links every file as the benchmark does; the number of events.
#[inline(never)]
fn link_all(packs: &Packs, paths: &[PathBuf], published: Option<NaiveDate>) -> usize {
    let mut events = 0;
    packs.link_files(paths, published, |_, result| {
        events += result.expect("a linked file").events.len();
        true
    });
    events
}

/// The run to count: [`link_all`] on every file.
#[inline(never)]
fn measured_run(packs: &Packs, paths: &[PathBuf], published: Option<NaiveDate>) -> usize {
    link_all(packs, paths, published)
}

fn main() {
    let files = tempfile::tempdir().expect("a temporary directory");
    let articles = corpus::ten_language_articles(2_000, 5 * 1024, 29);
    let paths: Vec<PathBuf> = articles
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = files.path().join(format!("article-{i:04}.txt"));
            std::fs::write(&path, text).expect("a written file");
            path
        })
        .collect();
    let packs = Packs::new(Gazetteer::built_in());
    let published = NaiveDate::from_ymd_opt(2024, 9, 21);
    let warm = link_all(&packs, &paths[..200], published);
    // `warm-up-only`: the warm-up alone, whose count a profile of the workers
    // (which `--toggle-collect` cannot reach) subtracts.
    let events = match std::env::args().nth(1).as_deref() {
        Some("warm-up-only") => 0,
        _ => measured_run(&packs, &paths, published),
    };
    let bytes: usize = articles.iter().map(String::len).sum();
    println!(
        "{} files, {bytes} bytes, {events} events ({warm} in the warm-up)",
        paths.len()
    );
}
