//! Linker throughput on a generated 50 MB corpus (the Kuril pack on English,
//! Russian and Japanese; every built-in pack on the ten languages), `analyze`
//! per ~5 KB article and on one 2 MB article (a long report or a book chapter:
//! analysis must stay linear in the text's length), and full analysis over
//! articles in the ten languages against every pack (bytes per second, one core).

use atlas_core::analysis::analyze;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::linker::Linker;
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// The allocator the `atlas` binary and the app use (mimalloc), so the figures are theirs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "support/corpus.rs"]
mod corpus;

fn linker_throughput(c: &mut Criterion) {
    let linker = Linker::new(&Gazetteer::kuril());
    let text = corpus::corpus(50 * 1024 * 1024, 7);
    let mut group = c.benchmark_group("linker");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("link_50MB_corpus", |b| b.iter(|| linker.link(&text).len()));
    group.finish();
}

fn linker_throughput_all_packs(c: &mut Criterion) {
    let linker = Linker::new(&Gazetteer::built_in());
    let text = corpus::ten_languages(50 * 1024 * 1024, 7);
    let mut group = c.benchmark_group("linker");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("link_50MB_ten_languages_all_packs", |b| {
        b.iter(|| linker.link(&text).len())
    });
    group.finish();
}

/// Full analysis of `texts` against every built-in pack, in bytes per second.
fn bench_analysis(c: &mut Criterion, name: &str, texts: &[String]) {
    let linker = Linker::new(&Gazetteer::built_in());
    let bytes: usize = texts.iter().map(String::len).sum();
    let published = NaiveDate::from_ymd_opt(2024, 9, 21);
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| analyze(&linker, t, published).events.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn analyze_ten_languages(c: &mut Criterion) {
    let articles = corpus::ten_language_articles(1000, 5 * 1024, 17);
    bench_analysis(
        c,
        "analyze_1000_articles_ten_languages_all_packs",
        &articles,
    );
}

/// Short texts in many scripts (a line of each of nine articles in turn, 1 KB):
/// every language of each script runs on them, the worst case for the date
/// rules' shared sets (`SET_PATTERN_BYTES` in `dates/rules/mod.rs`).
fn analyze_short_texts_in_every_script(c: &mut Criterion) {
    let articles = corpus::ten_language_articles(360, 5 * 1024, 3);
    let texts: Vec<String> = articles
        .chunks(9)
        .map(|chunk| {
            chunk
                .iter()
                .map(|a| a.chars().take(70).collect::<String>() + "\n")
                .collect()
        })
        .collect();
    bench_analysis(c, "analyze_40_short_texts_in_every_script", &texts);
}

fn analyze_per_article(c: &mut Criterion) {
    let linker = Linker::new(&Gazetteer::kuril());
    let articles = corpus::articles(100, 5 * 1024, 11);
    let published = NaiveDate::from_ymd_opt(2024, 9, 21);
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Elements(1));
    let mut i = 0;
    group.bench_function("analyze_5KB_article", |b| {
        b.iter(|| {
            i = (i + 1) % articles.len();
            analyze(&linker, &articles[i], published).mentions.len()
        })
    });
    group.finish();
}

fn analyze_long_article(c: &mut Criterion) {
    let linker = Linker::new(&Gazetteer::kuril());
    let text = corpus::articles(400, 5 * 1024, 13).join("\n\n");
    let published = NaiveDate::from_ymd_opt(2024, 9, 21);
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("analyze_2MB_article", |b| {
        b.iter(|| analyze(&linker, &text, published).events.len())
    });
    group.finish();
}

fn build_linker(c: &mut Criterion) {
    let gazetteer = Gazetteer::kuril();
    c.bench_function("linker_build", |b| b.iter(|| Linker::new(&gazetteer)));
    let all = Gazetteer::built_in();
    c.bench_function("linker_build_all_packs", |b| b.iter(|| Linker::new(&all)));
}

criterion_group!(
    benches,
    linker_throughput,
    linker_throughput_all_packs,
    analyze_ten_languages,
    analyze_short_texts_in_every_script,
    analyze_per_article,
    analyze_long_article,
    build_linker
);
criterion_main!(benches);
