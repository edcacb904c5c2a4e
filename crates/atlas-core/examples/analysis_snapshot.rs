//! Every analysis of a fixed set of texts, written as one line of JSON per text:
//! the exact check that a change meant to make analysis faster changes no result.
//!
//! `cargo run --release -p atlas-core --example analysis_snapshot -- OUT.jsonl`
//! before and after the change, then `cmp` the two files. The texts: the 1,000
//! articles of the ten-language benchmark, the 100 Kuril benchmark articles,
//! every file under `tests/fixtures` and `fuzz/corpus` (read as UTF-8, lossily),
//! mixtures of two of those (end to end, and their lines interleaved) and
//! slices of them cut at arbitrary characters. Each is analysed (language,
//! mentions, events with their references) against every built-in pack, and its
//! dates found, with two publication dates and without one.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use atlas_core::analysis::analyze;
use atlas_core::dates::find_dates;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::linker::Linker;
use chrono::NaiveDate;

#[path = "../benches/support/corpus.rs"]
mod corpus;
#[path = "../benches/support/files.rs"]
mod files;

/// The largest char boundary of `text` at or before `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out_path = std::env::args()
        .nth(1)
        .ok_or("usage: analysis_snapshot OUT.jsonl")?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");

    let mut texts: Vec<(String, String)> = Vec::new();
    for (i, text) in corpus::ten_language_articles(1000, 5 * 1024, 17)
        .into_iter()
        .enumerate()
    {
        texts.push((format!("bench-ten/{i}"), text));
    }
    for (i, text) in corpus::articles(100, 5 * 1024, 11).into_iter().enumerate() {
        texts.push((format!("bench-kuril/{i}"), text));
    }
    let mut files = Vec::new();
    files::files_under(&root.join("tests/fixtures"), &mut files);
    files::files_under(&root.join("fuzz/corpus"), &mut files);
    let mut real: Vec<String> = Vec::new();
    for path in files {
        let bytes = std::fs::read(&path)?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        real.push(text.clone());
        texts.push((name, text));
    }
    // Mixtures and slices, from a fixed seed.
    let mut rng = corpus::Rng::new(20261205);
    let pool: Vec<String> = real
        .iter()
        .cloned()
        .chain(corpus::ten_language_articles(60, 3 * 1024, 5))
        .collect();
    for i in 0..700 {
        let a = &pool[(rng.next_u64() % pool.len() as u64) as usize];
        let b = &pool[(rng.next_u64() % pool.len() as u64) as usize];
        let text = if i % 2 == 0 {
            format!("{a}\n\n{b}")
        } else {
            let (mut la, mut lb) = (a.lines(), b.lines());
            let mut mixed = String::new();
            loop {
                match (la.next(), lb.next()) {
                    (None, None) => break,
                    (x, y) => {
                        for line in [x, y].into_iter().flatten() {
                            mixed.push_str(line);
                            mixed.push('\n');
                        }
                    }
                }
            }
            mixed
        };
        texts.push((format!("mixture/{i}"), text));
    }
    for i in 0..700 {
        let a = &pool[(rng.next_u64() % pool.len() as u64) as usize];
        let start = floor(a, (rng.next_u64() % (a.len() as u64 + 1)) as usize);
        let end = floor(a, start + (rng.next_u64() % 2048) as usize);
        texts.push((format!("slice/{i}"), a[start..end.max(start)].to_string()));
    }

    let linker = Linker::new(&Gazetteer::built_in());
    let dates = [
        None,
        NaiveDate::from_ymd_opt(2024, 9, 21),
        NaiveDate::from_ymd_opt(2025, 1, 10),
    ];
    let mut out = std::io::BufWriter::new(std::fs::File::create(&out_path)?);
    for (name, text) in &texts {
        for published in dates {
            let analysis = analyze(&linker, text, published);
            let mut found = String::new();
            for d in find_dates(text, published) {
                write!(found, "{d:?};")?;
            }
            writeln!(
                out,
                "{}",
                serde_json::json!({
                    "text": name,
                    "published": published,
                    "analysis": analysis,
                    "dates": found,
                })
            )?;
        }
    }
    out.flush()?;
    eprintln!(
        "{} texts, {} analyses",
        texts.len(),
        texts.len() * dates.len()
    );
    Ok(())
}
