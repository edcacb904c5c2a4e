//! Importing 10,000 analysed articles into a fresh on-disk library.
//!
//! The corpus is generated (seeded, deterministic): ~5 KB of text per article,
//! ~10 mentions and 3 events each. The target is under 10 s for all 10,000 in
//! a release build. Run with `cargo bench -p atlas-core --bench store_ingest`.
//!
//! Recorded (2 vCPU VM shared with other builds, load average ~4, ext4 temp dir):
//! 6.66 s per 10,000 articles (criterion interval 5.49–7.99 s, ~1,500 articles/s).
//! With the temp dir on tmpfs (`TMPDIR=/dev/shm`, measured one schema change
//! earlier): 2.74 s, so most of the rest is waiting on the disk (WAL writes,
//! one transaction per article).

use std::hint::black_box;
use std::time::Duration;

use atlas_core::analysis::{Analysis, Language};
use atlas_core::dates::PartialDate;
use atlas_core::events::{DatedBy, Event};
use atlas_core::gazetteer::PlaceKind;
use atlas_core::ingest::{Article, Format};
use atlas_core::linker::Mention;
use atlas_core::store::{ImportOutcome, Library};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};

const ARTICLES: usize = 10_000;
const TARGET_BYTES: usize = 5_000;
const MENTIONS: usize = 10;
const EVENTS: usize = 3;
const IMPORTED_AT: &str = "2024-06-01T10:00:00Z";

const WORDS: &[&str] = &[
    "the",
    "island",
    "ministry",
    "said",
    "on",
    "fishing",
    "border",
    "talks",
    "visit",
    "treaty",
    "peace",
    "military",
    "exercise",
    "Japan",
    "Russia",
    "Tokyo",
    "Moscow",
    "delegation",
    "residents",
    "former",
    "visa-free",
    "exchange",
    "agreement",
    "declaration",
    "sovereignty",
    "claim",
    "of",
    "and",
    "a",
    "to",
    "in",
    "that",
    "officials",
    "statement",
    "острова",
    "переговоры",
    "北方領土",
    "coast",
    "guard",
    "vessel",
    "airport",
    "construction",
    "base",
];

const PLACES: &[(&str, &str, PlaceKind, Option<&str>)] = &[
    ("Kunashir", "kunashir", PlaceKind::Island, None),
    ("Iturup", "iturup", PlaceKind::Island, None),
    ("Shikotan", "shikotan", PlaceKind::Island, None),
    ("Habomai", "habomai", PlaceKind::Group, None),
    (
        "Yuzhno-Kurilsk",
        "yuzhno-kurilsk",
        PlaceKind::Place,
        Some("kunashir"),
    ),
    ("Kurilsk", "kurilsk", PlaceKind::Place, Some("iturup")),
    ("Southern Kurils", "southern-kurils", PlaceKind::Group, None),
];

/// A tiny xorshift generator: deterministic, no dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Text being built, with its length in characters.
struct Builder {
    text: String,
    chars: usize,
}

impl Builder {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.chars += s.chars().count();
    }
}

fn generate(rng: &mut XorShift, n: usize) -> (Article, Analysis) {
    let sentences = 32;
    let mut with_place = vec![0usize; sentences];
    for _ in 0..MENTIONS {
        with_place[rng.below(sentences)] += 1;
    }
    let placed: Vec<usize> = (0..sentences).filter(|&i| with_place[i] > 0).collect();
    let dated: Vec<usize> = placed.iter().copied().take(EVENTS).collect();

    let mut b = Builder {
        text: String::with_capacity(TARGET_BYTES + 512),
        chars: 0,
    };
    let mut mentions = Vec::new();
    let mut events = Vec::new();
    b.push(&format!("Report {n}. "));
    let mut i = 0;
    while i < sentences || b.text.len() < TARGET_BYTES {
        let (byte_start, char_start) = (b.text.len(), b.chars);
        let first_mention = mentions.len();
        let year = dated.contains(&i).then(|| 1945 + rng.below(80) as i32);
        if let Some(year) = year {
            b.push(&format!("In {year}, "));
        }
        let words = 12 + rng.below(14);
        let places = with_place.get(i).copied().unwrap_or(0);
        let slots: Vec<usize> = (0..places).map(|_| rng.below(words)).collect();
        for w in 0..words {
            if w > 0 {
                b.push(" ");
            }
            b.push(WORDS[rng.below(WORDS.len())]);
            for _ in slots.iter().filter(|&&s| s == w) {
                let (name, feature, kind, island) = PLACES[rng.below(PLACES.len())];
                b.push(" ");
                let (start, byte_start) = (b.chars, b.text.len());
                b.push(name);
                mentions.push(Mention {
                    pack: "kuril".into(),
                    feature: feature.into(),
                    kind,
                    island: island.map(Into::into),
                    start,
                    end: b.chars,
                    byte_start,
                    byte_end: b.text.len(),
                    text: name.into(),
                });
            }
        }
        b.push(".");
        if let Some(year) = year {
            let mut places: Vec<String> = Vec::new();
            for m in &mentions[first_mention..] {
                if !places.contains(&m.feature) {
                    places.push(m.feature.clone());
                }
            }
            events.push(Event {
                date: PartialDate {
                    year,
                    month: Some(1 + rng.below(12) as u32),
                    day: None,
                },
                places,
                sentence: b.text[byte_start..].to_string(),
                start: char_start,
                end: b.chars,
                relative: false,
                planned: false,
                dated_by: DatedBy::Stated,
                references: Vec::new(),
            });
        }
        b.push(if i % 5 == 4 { "\n\n" } else { " " });
        i += 1;
    }
    let article = Article {
        title: format!("Report {n} on the Southern Kurils"),
        source: Some("Generated News".into()),
        address: None,
        published: chrono::NaiveDate::from_ymd_opt(2000 + (n % 25) as i32, 1 + (n % 12) as u32, 1),
        text: b.text.trim_end().to_string(),
        format: Format::Text,
    };
    let analysis = Analysis {
        language: Language::En,
        mentions,
        events,
    };
    (article, analysis)
}

fn corpus() -> Vec<(Article, Analysis)> {
    let mut rng = XorShift(0x5eed_1855_1875_1945);
    (0..ARTICLES).map(|n| generate(&mut rng, n)).collect()
}

/// Checks that the generated spans point at what they claim.
fn check(corpus: &[(Article, Analysis)]) {
    for (article, analysis) in corpus {
        let text = &article.text;
        for m in &analysis.mentions {
            assert_eq!(&text[m.byte_start..m.byte_end], m.text);
            assert_eq!(text[..m.byte_start].chars().count(), m.start);
        }
        for e in &analysis.events {
            let sentence: String = text.chars().skip(e.start).take(e.end - e.start).collect();
            assert_eq!(sentence, e.sentence);
        }
    }
}

fn store_ingest(c: &mut Criterion) {
    let corpus = corpus();
    check(&corpus);
    let bytes: usize = corpus.iter().map(|(a, _)| a.text.len()).sum();
    let mentions: usize = corpus.iter().map(|(_, a)| a.mentions.len()).sum();
    let events: usize = corpus.iter().map(|(_, a)| a.events.len()).sum();
    eprintln!(
        "corpus: {ARTICLES} articles, {:.1} KB of text each, {:.1} mentions and {:.1} events each",
        bytes as f64 / ARTICLES as f64 / 1000.0,
        mentions as f64 / ARTICLES as f64,
        events as f64 / ARTICLES as f64,
    );

    let mut group = c.benchmark_group("store");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(60));
    group.throughput(Throughput::Elements(ARTICLES as u64));
    group.bench_function("import_10k_articles", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temp dir");
                let lib = Library::open(dir.path().join("library.db")).expect("library");
                (dir, lib)
            },
            |(dir, mut lib)| {
                for (i, (article, analysis)) in corpus.iter().enumerate() {
                    let outcome = lib
                        .import(
                            &format!("report-{i}.txt"),
                            article,
                            analysis,
                            IMPORTED_AT.parse().unwrap(),
                        )
                        .expect("import");
                    assert!(matches!(outcome, ImportOutcome::Stored { .. }));
                    black_box(outcome);
                }
                (dir, lib)
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, store_ingest);
criterion_main!(benches);
