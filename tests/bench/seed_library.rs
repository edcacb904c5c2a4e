//! Fills a library with generated articles for the start-up benchmark.
//!
//!     cargo run --release --example seed_library -- DATA_DIR COUNT
//!
//! Each article is the sample article with a generated title, publication date and a
//! few dated sentences about the disputed islands (deterministic: a fixed-seed LCG),
//! analysed and stored as the app's import would.

use std::path::PathBuf;

use atlas_core::analysis::analyze;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::ingest::{Article, Format};
use atlas_core::linker::Linker;
use atlas_core::store::Library;
use chrono::NaiveDate;

const SAMPLE: &str = include_str!("../fixtures/lavrov-kishida-kuril-islands.txt");
const PLACES: &[&str] = &[
    "Kunashir",
    "Iturup",
    "Shikotan",
    "the Habomai islets",
    "Yuzhno-Kurilsk",
    "Kurilsk",
    "the southern Kuril Islands",
    "Etorofu",
    "Kunashiri",
];
const ACTIONS: &[&str] = &[
    "Russian officials visited",
    "Japanese former residents sailed to",
    "the Russian army held exercises on",
    "a new school opened on",
    "fishermen were detained near",
    "a delegation toured",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A small deterministic generator (Knuth's MMIX LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: seed_library DATA_DIR COUNT"));
    let count: usize = args.next().and_then(|n| n.parse().ok()).expect("COUNT");
    let mut library = Library::open(dir.join("library.sqlite3")).expect("library opens");
    let linker = Linker::new(&Gazetteer::kuril());
    let mut rng = Lcg(42);
    let started = std::time::Instant::now();
    for i in 0..count {
        let published = NaiveDate::from_ymd_opt(
            1995 + rng.next(30) as i32,
            1 + rng.next(12) as u32,
            1 + rng.next(28) as u32,
        )
        .unwrap();
        let mut text = String::new();
        for _ in 0..3 {
            let year = 1855 + rng.next(170);
            text.push_str(&format!(
                "In {} {year}, {} {}.\n\n",
                MONTHS[rng.next(12)],
                ACTIONS[rng.next(ACTIONS.len())],
                PLACES[rng.next(PLACES.len())]
            ));
        }
        text.push_str(&format!("Report number {i}.\n\n"));
        text.push_str(SAMPLE);
        let article = Article {
            title: format!("Kuril report {i}: {}", PLACES[rng.next(PLACES.len())]),
            source: Some("Generated for the benchmark".into()),
            address: None,
            published: Some(published),
            text,
            format: Format::Text,
        };
        let analysis = analyze(&linker, &article.text, article.published);
        let at = format!("2026-01-01T00:00:{:02}.{:03}Z", (i / 1000) % 60, i % 1000)
            .parse()
            .unwrap();
        library
            .import(&format!("report-{i}.txt"), &article, &analysis, at)
            .expect("stored");
    }
    eprintln!("seeded {count} articles in {:.1?}", started.elapsed());
}
