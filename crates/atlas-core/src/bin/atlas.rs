//! `atlas`: the Dispute Atlas core, headless, for scripts and batch work.
//!
//! ```text
//! atlas link [--published YYYY-MM-DD] FILE...      one JSON object per file per line
//! atlas ingest --db PATH FILE...                    store files in a library
//! atlas events --db PATH [--from Y] [--to Y] [--place ID] [--history]
//! atlas excerpts --db PATH FEATURE
//! atlas search --db PATH QUERY
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use atlas_core::analysis::analyze;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::linker::Linker;
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
    match cli.command {
        Command::Link { published, files } => link(&linker, published, &files),
    }
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
