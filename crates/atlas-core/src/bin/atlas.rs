//! `atlas`: the Dispute Atlas core, headless, for scripts and batch work.
//!
//! ```text
//! atlas link [--published YYYY-MM-DD] FILE...      one JSON object per file per line
//! atlas ingest --db PATH FILE...                    store files in a library (JSON Lines)
//! atlas events --db PATH [--from Y] [--to Y] [--place ID] [--history]
//! atlas excerpts --db PATH FEATURE
//! atlas search --db PATH QUERY
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use atlas_core::analysis::analyze;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::import::{expand_paths, import_files, ImportProgress};
use atlas_core::linker::Linker;
use atlas_core::store::{EventFilter, Library};
use atlas_core::{ingest, Error};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use serde_json::{json, Value};

#[derive(Parser)]
#[command(
    name = "atlas",
    version,
    about = "Link news articles to the places of a territorial dispute"
)]
struct Cli {
    /// A dispute pack folder (default: the built-in Kuril Islands pack).
    #[arg(long, global = true, value_name = "DIR")]
    pack: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print each file's mentions and events as one JSON object per line.
    Link {
        /// Publication date for resolving relative dates (overrides the file's own).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        published: Option<NaiveDate>,
        /// Article files (.txt, .md, .html, .pdf, .docx, .eml).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Store files in a library (one JSON object per file per line).
    Ingest {
        /// The library database (created if missing).
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// Article files, and folders to walk for them (.txt, .md, .html, .pdf, .docx, .eml).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the library's events as a JSON array, oldest first.
    Events {
        /// The library database.
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// First year (inclusive).
        #[arg(long, value_name = "YEAR")]
        from: Option<i32>,
        /// Last year (inclusive).
        #[arg(long, value_name = "YEAR")]
        to: Option<i32>,
        /// Only events at this place id (e.g. kunashir).
        #[arg(long, value_name = "ID")]
        place: Option<String>,
        /// Include the pack's curated history.
        #[arg(long)]
        history: bool,
    },
    /// Print the excerpts of every stored article that mentions a place, ranked.
    Excerpts {
        /// The library database.
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// A place id (kunashir, southern-kurils, ...).
        feature: String,
    },
    /// Full-text search of the library.
    Search {
        /// The library database.
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// Words to look for.
        query: String,
        /// At most this many hits.
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date like 2015-09-21"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let gazetteer = match &cli.pack {
        Some(dir) => match Gazetteer::from_dir(dir) {
            Ok(g) => g,
            Err(e) => return fail(&e),
        },
        None => Gazetteer::kuril(),
    };
    let linker = Linker::new(&gazetteer);
    let result = match cli.command {
        Command::Link { published, files } => return link(&linker, published, &files),
        Command::Ingest { db, files } => return ingest_files(&linker, &db, &files),
        Command::Events {
            db,
            from,
            to,
            place,
            history,
        } => events(&gazetteer, &db, EventFilter { from, to, place }, history),
        Command::Excerpts { db, feature } => excerpts(&gazetteer, &db, &feature),
        Command::Search { db, query, limit } => {
            open_existing(&db).and_then(|lib| Ok(json!(lib.search(&query, limit)?)))
        }
    };
    match result {
        Ok(value) => {
            println!("{value:#}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// Opens a library that must already exist (queries never create one).
fn open_existing(db: &Path) -> Result<Library, Error> {
    if !db.is_file() {
        return Err(Error::NotFound(format!(
            "no library at {}; create one with `atlas ingest --db {} FILE...`",
            db.display(),
            db.display()
        )));
    }
    Library::open(db)
}

fn ingest_files(linker: &Linker, db: &Path, files: &[PathBuf]) -> ExitCode {
    let library = match Library::open(db) {
        Ok(library) => library,
        Err(e) => return fail(&e),
    };
    let imported_at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let library = std::sync::Mutex::new(library);
    let summary = import_files(
        &library,
        linker,
        expand_paths(files, usize::MAX),
        None,
        &imported_at,
        &mut |progress| {
            if !matches!(progress, ImportProgress::Queued { .. }) {
                // A closed stdout must not stop the import; the library is what matters.
                let _ = writeln!(out, "{}", json!(progress));
            }
        },
    );
    if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn events(
    gazetteer: &Gazetteer,
    db: &Path,
    filter: EventFilter,
    history: bool,
) -> Result<Value, Error> {
    if let Some(place) = &filter.place {
        if gazetteer.place(place).is_none() {
            return Err(unknown_place(place));
        }
    }
    let library = open_existing(db)?;
    let mut events: Vec<Value> = library
        .events(&filter)?
        .into_iter()
        .map(|e| json!(e))
        .collect();
    if history {
        let year_of = |date: &str| date[..4].parse::<i32>().unwrap_or_default();
        events.extend(
            gazetteer
                .history()
                .iter()
                .filter(|e| filter.from.is_none_or(|from| year_of(&e.date) >= from))
                .filter(|e| filter.to.is_none_or(|to| year_of(&e.date) <= to))
                .filter(|e| filter.place.as_ref().is_none_or(|p| e.places.contains(p)))
                .map(|e| json!({ "curated": true, "date": e.date, "year": year_of(&e.date), "places": e.places,
                    "title": e.title, "sentence": e.description, "source": e.source })),
        );
        events.sort_by(|a, b| a["date"].as_str().cmp(&b["date"].as_str()));
    }
    Ok(Value::Array(events))
}

fn excerpts(gazetteer: &Gazetteer, db: &Path, feature: &str) -> Result<Value, Error> {
    if gazetteer.place(feature).is_none() {
        return Err(unknown_place(feature));
    }
    let library = open_existing(db)?;
    Ok(json!(
        library.excerpts(feature, &gazetteer.with_sub_places(feature))?
    ))
}

fn unknown_place(id: &str) -> Error {
    Error::NotFound(format!(
        "no place {id:?} in the pack; try kunashir, iturup, shikotan, habomai or southern-kurils"
    ))
}

/// Prints a fatal error as JSON on stderr and returns exit status 2.
fn fail(error: &Error) -> ExitCode {
    eprintln!("{}", json!({ "error": error }));
    ExitCode::from(2)
}

fn link(linker: &Linker, published: Option<NaiveDate>, files: &[PathBuf]) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for file in files {
        let line = match link_one(linker, published, file) {
            Ok(value) => value,
            Err(e) => {
                failed = true;
                json!({ "file": file.display().to_string(), "error": e })
            }
        };
        if writeln!(out, "{line}").is_err() {
            return ExitCode::from(1);
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn link_one(linker: &Linker, published: Option<NaiveDate>, file: &Path) -> Result<Value, Error> {
    let article = ingest::read_file(file)?;
    let published = published.or(article.published);
    let analysis = analyze(linker, &article.text, published);
    Ok(json!({
        "file": file.display().to_string(),
        "title": article.title,
        "published": published.map(|d| d.to_string()),
        "language": analysis.language,
        "mentions": analysis.mentions,
        "events": analysis.events,
    }))
}
