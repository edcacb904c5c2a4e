//! Analyses the 1,000 articles of the ten-language benchmark
//! (`analyze_1000_articles_ten_languages_all_packs`) once, after a warm-up run
//! of the first 100, in one function to profile: `analyze_all`.
//!
//! `cargo build --profile bench -p atlas-core --example analyze_corpus`, then
//! `valgrind --tool=callgrind --toggle-collect='*measured_run*'
//! target/release/examples/analyze_corpus` gives the exact instructions of the
//! benchmark's work, independent of the machine's load (divide by 1,000 for an
//! article).

use atlas_core::analysis::analyze;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::linker::Linker;
use chrono::NaiveDate;

/// The allocator the `atlas` binary and the app use (mimalloc), so the figures are theirs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/support/corpus.rs"]
mod corpus;

/// Analyses every article as the benchmark does; the number of events.
#[inline(never)]
fn analyze_all(linker: &Linker, articles: &[String], published: Option<NaiveDate>) -> usize {
    articles
        .iter()
        .map(|a| analyze(linker, a, published).events.len())
        .sum()
}

/// The run to count: [`analyze_all`] on every article.
#[inline(never)]
fn measured_run(linker: &Linker, articles: &[String], published: Option<NaiveDate>) -> usize {
    analyze_all(linker, articles, published)
}

fn main() {
    let linker = Linker::new(&Gazetteer::built_in());
    let articles = corpus::ten_language_articles(1000, 5 * 1024, 17);
    let published = NaiveDate::from_ymd_opt(2024, 9, 21);
    // Warm-up: the lazily built regexes and the linker's automaton.
    let warm = analyze_all(&linker, &articles[..100], published);
    let events = measured_run(&linker, &articles, published);
    let bytes: usize = articles.iter().map(String::len).sum();
    println!(
        "{} articles, {bytes} bytes, {events} events ({warm} in the warm-up)",
        articles.len()
    );
}
