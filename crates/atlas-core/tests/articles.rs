//! Hand-annotated test articles: every `tests/fixtures/articles/NAME.gold.json`
//! next to an article `NAME.txt` (or `.html`, `.htm`, `.md`, `.eml`, `.pdf`,
//! `.docx`) gives what a careful reader marks in it:
//!
//! ```json
//! { "published": "2024-02-07",
//!   "mentions": { "iturup": 4, "southern-kurils": 6 },
//!   "events": [ { "date": "2024-02-06", "places": ["iturup"] } ] }
//! ```
//!
//! `mentions` counts the mentions of each place id; `events` lists the dated
//! events as date and the set of places of the clause that reports them, and
//! `"by": "publication"` or `"dateline"` when the date is not written in the
//! clause (`EVENTS.md` here is the annotation guide). The
//! test requires the per-place mention counts to be exact and every gold event
//! to be found (same date, same set of places) and dated the way the gold
//! says; extra events only lower the precision. Precision and recall are printed (`cargo test --test articles --
//! --nocapture`).
//!
//! A gold file may list, under `"open"`, known disagreements left unfixed, each
//! as the exact failure line the test prints without the article's name
//! (`"kuril-islands: 3 mentions, gold 2 (found [...])"`, `"missed event 2024-09-04
//! [...]"`). The gold stays what a reader marks and the scores count them; the
//! test fails if an open disagreement no longer occurs (then take it out). An
//! optional `"open_reasons"` list says why each is left (the test ignores it).
//!
//! `ARTICLE_TEXT_DUMP=DIR` writes each article's extracted text to `DIR/NAME.txt`
//! (what the annotator reads).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use atlas_core::analysis::analyze;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::ingest;
use atlas_core::linker::Linker;
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    published: NaiveDate,
    mentions: BTreeMap<String, usize>,
    events: Vec<GoldEvent>,
    #[serde(default)]
    open: Vec<String>,
}

#[derive(Deserialize, Clone, PartialEq, Eq, Debug)]
struct GoldEvent {
    date: String,
    places: Vec<String>,
    /// How the date was found, when not written in the clause: `publication` or `dateline`.
    #[serde(default)]
    by: Option<String>,
}

fn articles_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/articles")
}

/// The article file that goes with `gold` (same stem, any other extension).
fn article_of(gold: &Path) -> PathBuf {
    let stem = gold
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".gold.json"))
        .expect("a .gold.json file");
    ["txt", "html", "htm", "md", "eml", "pdf", "docx"]
        .iter()
        .map(|ext| gold.with_file_name(format!("{stem}.{ext}")))
        .find(|p| p.exists())
        .unwrap_or_else(|| panic!("no article for {}", gold.display()))
}

#[derive(Default, Clone, Copy)]
struct Score {
    tp: usize,
    gold: usize,
    found: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.tp += other.tp;
        self.gold += other.gold;
        self.found += other.found;
    }

    fn precision(&self) -> f64 {
        ratio(self.tp, self.found)
    }

    fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn print_row(name: &str, mentions: &Score, events: &Score) {
    println!(
        "{:<28} {:>6.3} {:>6.3} {:>6.3}   {:>6.3} {:>6.3} {:>6.3}",
        name,
        mentions.precision(),
        mentions.recall(),
        mentions.f1(),
        events.precision(),
        events.recall(),
        events.f1()
    );
}

#[test]
fn annotated_articles_match_their_gold() {
    // Every built-in pack at once, as `atlas link` and the app link.
    let linker = Linker::new(&Gazetteer::built_in());
    let mut golds: Vec<PathBuf> = std::fs::read_dir(articles_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    assert!(golds.len() >= 9, "expected the annotated articles");

    let (mut mentions_total, mut events_total) = (Score::default(), Score::default());
    // Totals per language (the article name's prefix: `en-`, `ru-`, `ja-`).
    let mut per_language: BTreeMap<String, (Score, Score)> = BTreeMap::new();
    // Totals per dispute (the name's part after the language: `en-crimea-…`; none is `kuril`).
    let mut per_dispute: BTreeMap<String, (Score, Score)> = BTreeMap::new();
    let subset: Vec<String> = std::env::var("ARTICLE_SUBSET")
        .map(|v| v.split(',').map(|n| n.trim().to_string()).collect())
        .unwrap_or_default();
    let mut subset_totals: BTreeMap<String, (Score, Score)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut open = Vec::new();
    println!(
        "{:<28} {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}",
        "article", "m.P", "m.R", "m.F1", "e.P", "e.R", "e.F1"
    );
    for gold_path in &golds {
        let name = gold_path.file_name().unwrap().to_string_lossy().to_string();
        let name = name.trim_end_matches(".gold.json");
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap())
            .unwrap_or_else(|e| panic!("{name}: bad gold file: {e}"));
        // A file that cannot be read fails, and scores as an empty text.
        let text = match ingest::read_file(&article_of(gold_path)) {
            Ok(article) => article.text,
            Err(e) => {
                failures.push(format!("{name}: not read: {} ({e})", e.code()));
                String::new()
            }
        };
        if let Ok(dir) = std::env::var("ARTICLE_TEXT_DUMP") {
            // The extracted text, for annotators (`ARTICLE_TEXT_DUMP=DIR`).
            std::fs::write(Path::new(&dir).join(format!("{name}.txt")), &text).unwrap();
        }
        let analysis = analyze(&linker, &text, Some(gold.published));

        // Mentions: counts per place.
        let mut found: BTreeMap<String, usize> = BTreeMap::new();
        for m in &analysis.mentions {
            *found.entry(m.feature.clone()).or_default() += 1;
        }
        let mut mentions = Score::default();
        let ids: std::collections::BTreeSet<&String> =
            gold.mentions.keys().chain(found.keys()).collect();
        for id in ids {
            let g = gold.mentions.get(id).copied().unwrap_or(0);
            let f = found.get(id).copied().unwrap_or(0);
            mentions.add(Score {
                tp: g.min(f),
                gold: g,
                found: f,
            });
            if g != f {
                let texts: Vec<&str> = analysis
                    .mentions
                    .iter()
                    .filter(|m| &m.feature == id)
                    .map(|m| m.text.as_str())
                    .collect();
                failures.push(format!(
                    "{name}: {id}: {f} mentions, gold {g} (found {texts:?})"
                ));
            }
        }

        // Events: date and set of places.
        let mut unmatched: Vec<GoldEvent> = analysis
            .events
            .iter()
            .map(|e| {
                let mut places = e.places.clone();
                places.sort();
                GoldEvent {
                    date: e.date.to_string(),
                    places,
                    by: Some(e.dated_by.code().to_string()),
                }
            })
            .collect();
        let mut events = Score {
            tp: 0,
            gold: gold.events.len(),
            found: unmatched.len(),
        };
        for g in &gold.events {
            let mut want = g.clone();
            want.places.sort();
            let same = |e: &GoldEvent| e.date == want.date && e.places == want.places;
            // An event dated the same way first, when there are several.
            let position = unmatched
                .iter()
                .position(|e| same(e) && (want.by.is_none() || e.by == want.by))
                .or_else(|| unmatched.iter().position(same));
            match position {
                Some(i) => {
                    let found = unmatched.remove(i);
                    events.tp += 1;
                    let by = found.by.unwrap_or_default();
                    let expected_by = want.by.as_deref().unwrap_or("stated or relative");
                    let agrees = match want.by.as_deref() {
                        Some(b) => by == b,
                        None => by == "stated" || by == "relative",
                    };
                    if !agrees {
                        failures.push(format!(
                            "{name}: event {} {:?} dated by {by}, gold {expected_by}",
                            want.date, want.places
                        ));
                    }
                }
                None => failures.push(format!(
                    "{name}: missed event {} {:?}",
                    want.date, want.places
                )),
            }
        }
        for extra in &unmatched {
            println!("  {name}: extra event {} {:?}", extra.date, extra.places);
        }
        print_row(name, &mentions, &events);
        mentions_total.add(mentions);
        events_total.add(events);
        for known in &gold.open {
            let line = format!("{name}: {known}");
            match failures.iter().position(|f| *f == line) {
                Some(i) => open.push(failures.remove(i)),
                None => failures.push(format!(
                    "{name}: open disagreement no longer occurs: {known}"
                )),
            }
        }
        let language = name.split('-').next().unwrap_or(name).to_string();
        let dispute = Gazetteer::built_in_ids()
            .find(|id| name.starts_with(&format!("{language}-{id}-")))
            .unwrap_or("kuril");
        if subset.iter().any(|n| n == name) {
            let keys = [
                format!("SUBSET {language}"),
                format!("SUBSET {dispute}"),
                "SUBSET".to_string(),
            ];
            for key in keys {
                let totals = subset_totals.entry(key).or_default();
                totals.0.add(mentions);
                totals.1.add(events);
            }
        }
        for (key, totals) in [
            (format!("{dispute} {language}"), &mut per_dispute),
            (language, &mut per_language),
        ] {
            let totals = totals.entry(key).or_default();
            totals.0.add(mentions);
            totals.1.add(events);
        }
    }
    for (language, (mentions, events)) in &per_language {
        print_row(&format!("ALL {language}"), mentions, events);
    }
    let mut dispute_totals: BTreeMap<&str, (Score, Score)> = BTreeMap::new();
    for (key, (mentions, events)) in &per_dispute {
        print_row(&format!("DISPUTE {key}"), mentions, events);
        let totals = dispute_totals
            .entry(key.split(' ').next().unwrap_or(key))
            .or_default();
        totals.0.add(*mentions);
        totals.1.add(*events);
    }
    for (dispute, (mentions, events)) in &dispute_totals {
        print_row(&format!("DISPUTE {dispute}"), mentions, events);
    }
    print_row("ALL", &mentions_total, &events_total);
    for (key, (mentions, events)) in &subset_totals {
        print_row(key, mentions, events);
        println!(
            "{key:<28} mentions tp {} gold {} found {}; events tp {} gold {} found {}",
            mentions.tp, mentions.gold, mentions.found, events.tp, events.gold, events.found
        );
    }
    for o in &open {
        println!("OPEN {o}");
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
