//! Importing while the UI queries (issue 5, core level): one thread imports
//! many articles through one `Library`, another queries the same file (WAL)
//! through a second `Library`. Every query succeeds and every result is
//! consistent: an article is either wholly visible (with all its mentions,
//! events and places) or not at all, counts only grow, and each list matches
//! the number of imports committed around it.
//!
//! Latencies are printed, not asserted (wall-clock asserts are flaky on a
//! shared machine); see them with
//! `cargo test --release -p atlas-core --test concurrent_access -- --nocapture`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use atlas_core::analysis::{analyze, Analysis};
use atlas_core::gazetteer::Gazetteer;
use atlas_core::ingest::{read_bytes, Article};
use atlas_core::linker::Linker;
use atlas_core::store::{EventFilter, ImportOutcome, Library};
use common::{article, Rng};

mod common;

const ARTICLES: usize = 300;

/// What the reader must see for an article, whenever it sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Expected {
    mentions: usize,
    events: usize,
    places: Vec<String>,
}

fn prepare(linker: &Linker) -> Vec<(String, Article, Analysis)> {
    let mut rng = Rng(0xC0C0_2024);
    (0..ARTICLES)
        .map(|i| {
            let name = format!("article-{i:04}.txt");
            let a = read_bytes(&name, article(i, &mut rng).as_bytes()).unwrap();
            let analysis = analyze(linker, &a.text, a.published);
            (name, a, analysis)
        })
        .collect()
}

fn expected(analysis: &Analysis) -> Expected {
    let mut places: Vec<String> = Vec::new();
    for m in &analysis.mentions {
        if !places.contains(&m.feature) {
            places.push(m.feature.clone());
        }
    }
    Expected {
        mentions: analysis.mentions.len(),
        events: analysis.events.len(),
        places,
    }
}

/// Latencies of one kind of query.
#[derive(Default)]
struct Latency(Vec<Duration>);

impl Latency {
    fn time<T>(&mut self, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        self.0.push(start.elapsed());
        out
    }

    fn report(&mut self, name: &str) {
        self.0.sort();
        let n = self.0.len();
        if n == 0 {
            return;
        }
        let at = |q: f64| self.0[((n as f64 * q) as usize).min(n - 1)];
        eprintln!(
            "{name:>16}: n={n:5}  p50={:8.2?}  p95={:8.2?}  p99={:8.2?}  max={:8.2?}",
            at(0.50),
            at(0.95),
            at(0.99),
            self.0[n - 1]
        );
    }
}

#[test]
fn queries_during_an_import_never_fail_and_never_see_half_an_article() {
    let gazetteer = Gazetteer::kuril();
    let linker = Linker::new(&gazetteer);
    let prepared = prepare(&linker);
    let by_title: HashMap<String, Expected> = prepared
        .iter()
        .map(|(_, a, analysis)| (a.title.clone(), expected(analysis)))
        .collect();
    assert_eq!(by_title.len(), ARTICLES, "titles are distinct");

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.db");
    let mut writer = Library::open(&db).unwrap();
    let reader = Library::open(&db).unwrap();
    let committed = AtomicUsize::new(0);
    let done = AtomicBool::new(false);
    let started = AtomicBool::new(false);
    let kunashir_and_towns = gazetteer.with_sub_places("kunashir");

    let mut import_latency = Latency::default();
    let mut lat: HashMap<&str, Latency> = HashMap::new();
    let mut rounds = 0usize;
    std::thread::scope(|s| {
        s.spawn(|| {
            // Start once the reader is at work, so the two really overlap.
            while !started.load(Ordering::SeqCst) {
                std::thread::yield_now();
            }
            for (i, (name, a, analysis)) in prepared.iter().enumerate() {
                let at = format!("2024-01-01T00:{:02}:{:02}Z", i / 60 % 60, i % 60)
                    .parse()
                    .unwrap();
                let outcome = import_latency.time(|| writer.import(name, a, analysis, at).unwrap());
                assert!(matches!(outcome, ImportOutcome::Stored { .. }));
                committed.fetch_add(1, Ordering::SeqCst);
            }
            done.store(true, Ordering::SeqCst);
        });

        // The "UI": click around until the import is over, then once more.
        let (mut last_count, mut last_events) = (0usize, 0usize);
        loop {
            let finished = done.load(Ordering::SeqCst);
            started.store(true, Ordering::SeqCst);
            rounds += 1;

            let before = committed.load(Ordering::SeqCst);
            let list = lat
                .entry("articles")
                .or_default()
                .time(|| reader.articles())
                .unwrap();
            let after = committed.load(Ordering::SeqCst);
            assert!(
                before <= list.len() && list.len() <= after + 1,
                "list of {} articles while {before}..={after} were committed",
                list.len()
            );
            for summary in &list {
                let want = &by_title[&summary.title];
                let got = Expected {
                    mentions: summary.mention_count,
                    events: summary.event_count,
                    places: summary.places.clone(),
                };
                assert_eq!(&got, want, "article list shows half of {:?}", summary.title);
            }

            let count = lat
                .entry("article_count")
                .or_default()
                .time(|| reader.article_count())
                .unwrap();
            assert!(
                count >= last_count && count >= list.len(),
                "the count went back"
            );
            last_count = count;

            if let Some(newest) = list.first() {
                let record = lat
                    .entry("article")
                    .or_default()
                    .time(|| reader.article(newest.id))
                    .unwrap();
                let want = &by_title[&record.title];
                assert_eq!(
                    (record.mentions.len(), record.events.len()),
                    (want.mentions, want.events)
                );
            }

            let events = lat
                .entry("events")
                .or_default()
                .time(|| reader.events(&EventFilter::default()))
                .unwrap();
            assert!(events.len() >= last_events, "events went back");
            last_events = events.len();
            let histogram = lat
                .entry("event_histogram")
                .or_default()
                .time(|| reader.event_histogram())
                .unwrap();
            assert!(histogram.iter().map(|y| y.count).sum::<usize>() >= events.len());

            let hits = lat
                .entry("search")
                .or_default()
                .time(|| reader.search("Kunashir", 20))
                .unwrap();
            assert!(hits.len() <= 20);
            assert!(hits.iter().all(|h| by_title.contains_key(&h.title)));

            let excerpts = lat
                .entry("excerpts")
                .or_default()
                .time(|| reader.excerpts("kunashir", &kunashir_and_towns))
                .unwrap();
            for e in &excerpts {
                assert!(
                    e.mention_count > 0 && !e.excerpts.is_empty(),
                    "{:?}",
                    e.title
                );
            }
            let counts = lat
                .entry("article_counts")
                .or_default()
                .time(|| reader.article_counts())
                .unwrap();
            let now = committed.load(Ordering::SeqCst);
            assert!(
                counts.values().all(|&n| n <= now + 1),
                "more articles than imported"
            );

            if finished {
                break;
            }
        }
        assert_eq!(last_count, ARTICLES);
    });

    eprintln!("{rounds} query rounds during the import of {ARTICLES} articles");
    import_latency.report("import");
    let mut names: Vec<&str> = lat.keys().copied().collect();
    names.sort();
    for name in names {
        lat.get_mut(name).unwrap().report(name);
    }
    assert!(rounds >= 2, "the reader ran during the import");
}
