//! The whole import: 10,000 generated ~5 KB article files read, analysed
//! (linker, dates, events) and stored in a fresh on-disk library, as
//! `atlas ingest` and the app's drop do it (target: under 10 s); and
//! `atlas link` over 2,000 ~5 KB files in the ten languages against every
//! built-in pack, on every core, in input order (target: 40 MB/s on 2 cores).

use std::path::PathBuf;
use std::time::Duration;

use atlas_core::gazetteer::Gazetteer;
use atlas_core::import::{import_files, ImportFile};
use atlas_core::linker::Linker;
use atlas_core::store::Library;
use atlas_core::Packs;
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};

/// The allocator the `atlas` binary and the app use (mimalloc), so the figures are theirs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "support/corpus.rs"]
mod corpus;

const ARTICLES: usize = 10_000;

fn ingest_10k_files(c: &mut Criterion) {
    let files = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = corpus::articles(ARTICLES, 5 * 1024, 23)
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = files.path().join(format!("article-{i:05}.txt"));
            std::fs::write(&path, format!("Article {i}\n\n{text}")).unwrap();
            path
        })
        .collect();
    let linker = Linker::new(&Gazetteer::built_in());
    let published = NaiveDate::from_ymd_opt(2024, 9, 21);
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(60));
    group.throughput(Throughput::Elements(ARTICLES as u64));
    group.bench_function("ingest_10k_5KB_files_into_fresh_library", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let library = Library::open(dir.path().join("library.db")).unwrap();
                (dir, std::sync::Mutex::new(library))
            },
            |(dir, library)| {
                let summary = import_files(
                    &library,
                    &linker,
                    paths.iter().cloned().map(ImportFile::Read).collect(),
                    published,
                    "2024-09-21T00:00:00Z".parse().unwrap(),
                    &std::sync::atomic::AtomicBool::new(false),
                    &mut |_| {},
                );
                assert_eq!(summary.imported, ARTICLES);
                (dir, library)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn link_2000_files(c: &mut Criterion) {
    let files = tempfile::tempdir().unwrap();
    let articles = corpus::ten_language_articles(2_000, 5 * 1024, 29);
    let bytes: usize = articles.iter().map(String::len).sum();
    let paths: Vec<PathBuf> = articles
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = files.path().join(format!("article-{i:04}.txt"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let packs = Packs::new(Gazetteer::built_in());
    packs.linker();
    let published = NaiveDate::from_ymd_opt(2024, 9, 21);
    let mut group = c.benchmark_group("link");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("link_2000_5KB_files_on_every_core", |b| {
        b.iter(|| {
            let mut linked = 0;
            packs.link_files(&paths, published, |_, result| {
                linked += usize::from(result.is_ok());
                true
            });
            assert_eq!(linked, paths.len());
        })
    });
    group.finish();
}

criterion_group!(benches, ingest_10k_files, link_2000_files);
criterion_main!(benches);
