//! Fills a library with generated news articles for the benchmarks: the
//! six built-in disputes, in the nine languages of their packs, at news
//! length (about 2–3.5 KB of text each), analysed by the real linker and event
//! extractor and stored as the app's import stores them.
//!
//!     cargo run --release -p atlas-core --example seed_library -- DATA_DIR COUNT
//!
//! Each article is about one dispute and written in one of its languages
//! (Kuril: English, Russian, Japanese; Senkaku: English, Japanese, Chinese;
//! Dokdo: English, Korean, Japanese; South China Sea: English, Chinese,
//! Vietnamese, Filipino; Crimea: English, Russian, Ukrainian; Falklands:
//! English, Spanish). It holds three to six dated sentences naming the
//! dispute's places by their aliases in that language, between neutral
//! sentences of the benchmarks' corpus (those that name no place), so the
//! events, mentions and full-text index look like a monitoring desk's. The
//! generator is seeded: the same COUNT gives the same library, and a smaller
//! COUNT gives the first articles of a larger one.
//!
//!     cargo run --release -p atlas-core --example seed_library -- --files OUT_DIR FIRST COUNT
//!
//! writes articles FIRST.. FIRST + COUNT - 1 as Markdown files instead (front
//! matter with the title, date and source), for an import to read: articles
//! past a library's COUNT are new to it.

use std::path::PathBuf;
use std::sync::mpsc::sync_channel;

use atlas_core::analysis::{analyze, Analysis};
use atlas_core::gazetteer::{Gazetteer, PlaceKind};
use atlas_core::ingest::{Article, Format};
use atlas_core::linker::Linker;
use atlas_core::store::{ImportOutcome, Library, NewArticle};
use chrono::{DateTime, NaiveDate};

#[allow(dead_code)]
#[path = "../../crates/atlas-core/benches/support/corpus.rs"]
mod corpus;

use corpus::Rng;

/// Articles stored per transaction.
const BATCH: usize = 1_000;

/// A dispute (pack id), how often articles are about it, and its languages.
const DISPUTES: &[(&str, u64, &[&str])] = &[
    ("kuril", 20, &["en", "en", "ru", "ja"]),
    ("senkaku", 15, &["en", "ja", "zh"]),
    ("dokdo", 10, &["en", "ko", "ja"]),
    ("south-china-sea", 25, &["en", "zh", "vi", "fil"]),
    ("crimea", 20, &["en", "ru", "uk"]),
    ("falklands", 10, &["en", "es"]),
];

const EN_MONTHS: [&str; 12] = [
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
const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// What happened, per language, written to follow the template's place.
fn actions(language: &str) -> &'static [&'static str] {
    match language {
        "ru" => &[
            "прошли военные учения",
            "побывала правительственная делегация",
            "задержали рыболовное судно",
            "открылась новая школа",
            "начали строить причал",
        ],
        "uk" => &[
            "пролунали вибухи",
            "відбулися військові навчання",
            "побувала делегація",
            "затримали активістів",
        ],
        "ja" => &[
            "軍事演習が行われた",
            "政府の代表団が視察した",
            "漁船が拿捕された",
            "新しい港の建設が始まった",
        ],
        "zh" => &[
            "出现了海警船只",
            "举行了军事演习",
            "渔船被驱离",
            "开始修建新的设施",
        ],
        "ko" => &[
            "해양 조사가 실시됐다",
            "군사 훈련이 열렸다",
            "대표단이 방문했다",
        ],
        "es" => &[
            "se realizaron ejercicios militares",
            "una delegación visitó la zona",
            "se detuvo un buque pesquero",
        ],
        "vi" => &[
            "tàu cá bị xua đuổi",
            "đã diễn ra tập trận",
            "tàu hải cảnh xuất hiện",
        ],
        "fil" => &[
            "hinarang ang mga mangingisda",
            "nagsagawa ng pagsasanay militar",
            "dumating ang isang delegasyon",
        ],
        _ => &[
            "officials inspected the harbour",
            "the coast guard reported foreign vessels",
            "a government delegation held talks",
            "troops held exercises",
            "fishermen were detained",
            "a new school opened",
        ],
    }
}

/// A sentence that names `place` and dates what happened there.
fn dated_sentence(rng: &mut Rng, language: &str, place: &str, year: u64, month: u64) -> String {
    let action = rng.pick(actions(language));
    let m = month as usize;
    match language {
        "ru" => format!("{place}: в {year} году {action}."),
        "uk" => format!("{place}: у {year} році {action}."),
        "ja" => format!("{year}年{}月、{place}で{action}。", m + 1),
        "zh" => format!("{year}年{}月，{place}附近{action}。", m + 1),
        "ko" => format!("{year}년 {}월 {place}에서 {action}.", m + 1),
        "es" => format!("En {} de {year}, {action} en {place}.", ES_MONTHS[m]),
        "vi" => format!("Tháng {} năm {year}, {action} tại {place}.", m + 1),
        "fil" => format!("Noong {year}, {action} sa {place}."),
        _ if rng.next_u64() % 3 == 0 => {
            let day = 1 + rng.next_u64() % 28;
            format!("On {day} {} {year}, {action} on {place}.", EN_MONTHS[m])
        }
        _ => format!("In {} {year}, {action} near {place}.", EN_MONTHS[m]),
    }
}

/// One dispute's places by language: (language, names of its places in it).
struct DisputePlaces {
    id: &'static str,
    weight: u64,
    languages: &'static [&'static str],
    names: Vec<(&'static str, Vec<String>)>,
}

/// The names of the dispute's islands and places in `language` (falling back
/// to the English names where the pack has none in it).
fn place_names(gazetteer: &Gazetteer, pack: &str, language: &str) -> Vec<String> {
    let mut names = Vec::new();
    for place in gazetteer.places().iter().filter(|p| p.pack == pack) {
        if place.kind == PlaceKind::Group {
            continue;
        }
        let a = &place.aliases;
        let own = match language {
            "ru" => &a.ru,
            "ja" => &a.ja,
            "zh" => &a.zh,
            "ko" => &a.ko,
            "uk" => &a.uk,
            "es" => &a.es,
            "vi" => &a.vi,
            "fil" => &a.fil,
            _ => &a.en,
        };
        let chosen = own.first().or_else(|| a.en.first());
        if let Some(name) = chosen {
            names.push(name.trim_start_matches('=').to_string());
        }
    }
    names
}

/// The corpus's sentences in `language` that name no place.
fn neutral_sentences(linker: &Linker, language: &str) -> Vec<&'static str> {
    corpus::sentences(language)
        .iter()
        .copied()
        .filter(|s| linker.link(s).is_empty())
        .collect()
}

struct Generator {
    disputes: Vec<DisputePlaces>,
    neutral: Vec<(&'static str, Vec<&'static str>)>,
}

impl Generator {
    fn new(gazetteer: &Gazetteer, linker: &Linker) -> Generator {
        let disputes: Vec<DisputePlaces> = DISPUTES
            .iter()
            .map(|&(id, weight, languages)| DisputePlaces {
                id,
                weight,
                languages,
                names: languages
                    .iter()
                    .map(|&l| (l, place_names(gazetteer, id, l)))
                    .collect(),
            })
            .collect();
        let neutral = ["en", "ru", "ja", "zh", "ko", "uk", "es", "vi", "fil"]
            .iter()
            .map(|&l| (l, neutral_sentences(linker, l)))
            .collect();
        Generator { disputes, neutral }
    }

    /// Article `i`: generated from its own seed, so any article can be made alone.
    fn article(&self, i: usize) -> Article {
        let mut rng = Rng::new(0x5eed_0000_0000 + i as u64 * 0x9E37_79B9);
        let total: u64 = self.disputes.iter().map(|d| d.weight).sum();
        let mut pick = rng.next_u64() % total;
        let dispute = self
            .disputes
            .iter()
            .find(|d| {
                if pick < d.weight {
                    true
                } else {
                    pick -= d.weight;
                    false
                }
            })
            .unwrap_or(&self.disputes[0]);
        let language =
            dispute.languages[(rng.next_u64() % dispute.languages.len() as u64) as usize];
        let names = &dispute
            .names
            .iter()
            .find(|(l, _)| *l == language)
            .expect("names for each language")
            .1;
        let neutral = &self
            .neutral
            .iter()
            .find(|(l, _)| *l == language)
            .expect("sentences for each language")
            .1;
        let published = NaiveDate::from_ymd_opt(
            2000 + (rng.next_u64() % 26) as i32,
            1 + (rng.next_u64() % 12) as u32,
            1 + (rng.next_u64() % 28) as u32,
        )
        .expect("a valid date");
        let target = 1_800 + (rng.next_u64() % 1_200) as usize;
        let dated = 3 + (rng.next_u64() % 4) as usize;
        let mut paragraphs: Vec<String> = Vec::new();
        let mut title = String::new();
        let mut placed = 0;
        let mut length = 0;
        while length < target || placed < dated {
            let mut paragraph = String::new();
            for k in 0..(2 + rng.next_u64() % 3) {
                let sentence = if placed < dated && (k == 0 || rng.next_u64() % 3 == 0) {
                    placed += 1;
                    // Mostly recent years, some history.
                    let year = if rng.next_u64() % 8 == 0 {
                        1850 + rng.next_u64() % 140
                    } else {
                        1990 + rng.next_u64() % 36
                    };
                    let place = &names[(rng.next_u64() % names.len() as u64) as usize];
                    let month = rng.next_u64() % 12;
                    dated_sentence(&mut rng, language, place, year, month)
                } else {
                    rng.pick(neutral).to_string()
                };
                if title.is_empty() {
                    title = sentence.chars().take(90).collect();
                }
                if !paragraph.is_empty() && !matches!(language, "ja" | "zh") {
                    paragraph.push(' ');
                }
                paragraph.push_str(&sentence);
            }
            length += paragraph.len() + 2;
            paragraphs.push(paragraph);
        }
        paragraphs.push(format!("({} {i:07})", dispute.id));
        Article {
            title,
            source: Some(format!("Generated {} desk", dispute.id)),
            address: None,
            published: Some(published),
            text: paragraphs.join("\n\n"),
            format: Format::Text,
        }
    }
}

/// Writes articles `first..first + count` to `out` as Markdown files.
fn write_files(out: &std::path::Path, first: usize, count: usize) {
    let gazetteer = Gazetteer::built_in();
    let linker = Linker::new(&gazetteer);
    let generator = Generator::new(&gazetteer, &linker);
    std::fs::create_dir_all(out).expect("the folder can be made");
    for i in first..first + count {
        let article = generator.article(i);
        let front = format!(
            "---\ntitle: {}\ndate: {}\nauthor: {}\n---\n\n",
            serde_json::to_string(&article.title).expect("a string"),
            article.published.expect("a date"),
            serde_json::to_string(article.source.as_deref().unwrap_or("")).expect("a string"),
        );
        std::fs::write(
            out.join(format!("article-{i:07}.md")),
            front + &article.text,
        )
        .expect("the file can be written");
    }
    eprintln!("wrote {count} articles to {}", out.display());
}

fn main() {
    let mut args = std::env::args().skip(1);
    let first = args
        .next()
        .expect("usage: seed_library DATA_DIR COUNT | --files OUT_DIR FIRST COUNT");
    if first == "--files" {
        let out = PathBuf::from(args.next().expect("OUT_DIR"));
        let from: usize = args.next().and_then(|n| n.parse().ok()).expect("FIRST");
        let count: usize = args.next().and_then(|n| n.parse().ok()).expect("COUNT");
        return write_files(&out, from, count);
    }
    let dir = PathBuf::from(first);
    let count: usize = args.next().and_then(|n| n.parse().ok()).expect("COUNT");
    let mut library = Library::open(dir.join("library.sqlite3")).expect("library opens");
    let start = library.article_count().expect("count");
    let gazetteer = Gazetteer::built_in();
    let linker = Linker::new(&gazetteer);
    let generator = Generator::new(&gazetteer, &linker);
    let started = std::time::Instant::now();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let batches: Vec<(usize, usize)> = (start..count)
        .step_by(BATCH)
        .map(|lo| (lo, (lo + BATCH).min(count)))
        .collect();
    let (mut stored, mut events, mut bytes) = (0usize, 0usize, 0usize);
    std::thread::scope(|scope| {
        // Worker w analyses batches w, w + workers, …; the main thread stores them in order.
        let receivers: Vec<_> = (0..workers)
            .map(|w| {
                let (send, receive) = sync_channel::<Vec<(usize, Article, Analysis)>>(1);
                let (batches, generator, linker) = (&batches, &generator, &linker);
                scope.spawn(move || {
                    for &(lo, hi) in batches.iter().skip(w).step_by(workers) {
                        let analysed = (lo..hi)
                            .map(|i| {
                                let article = generator.article(i);
                                let analysis = analyze(linker, &article.text, article.published);
                                (i, article, analysis)
                            })
                            .collect();
                        if send.send(analysed).is_err() {
                            return;
                        }
                    }
                });
                receive
            })
            .collect();
        for (b, &(_, hi)) in batches.iter().enumerate() {
            let analysed = receivers[b % workers].recv().expect("a worker's batch");
            let names: Vec<String> = analysed
                .iter()
                .map(|(i, _, _)| format!("article-{i:07}.txt"))
                .collect();
            let batch: Vec<NewArticle<'_>> = analysed
                .iter()
                .zip(&names)
                .map(|((_, article, analysis), name)| NewArticle {
                    file_name: name,
                    article,
                    analysis,
                })
                .collect();
            let at = DateTime::from_timestamp(1_767_225_600 + hi as i64, 0)
                .expect("a valid time")
                .into();
            for (outcome, (_, article, analysis)) in
                library.import_batch(&batch, at).into_iter().zip(&analysed)
            {
                if let ImportOutcome::Stored { .. } = outcome.expect("stored") {
                    stored += 1;
                    events += analysis.events.len();
                    bytes += article.text.len();
                }
            }
            if (b + 1) % 50 == 0 {
                eprintln!("{hi} articles, {events} events, {:.0?}", started.elapsed());
            }
        }
    });
    eprintln!(
        "seeded {stored} articles ({events} events, {:.1} MB of text) in {:.1?}",
        bytes as f64 / 1e6,
        started.elapsed()
    );
}
