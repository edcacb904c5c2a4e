//! `atlas`: the Dispute Atlas core, headless, for scripts and batch work.
//!
//! ```text
//! atlas link [--published YYYY-MM-DD] FILE...      one JSON object per file per line
//! atlas link --jsonl [--with-text] < CORPUS.jsonl   one JSON object per record per line
//! atlas ingest --db PATH FILE...                    store files in a library (JSON Lines)
//! atlas ingest --db PATH --results DIR              store `link --jsonl --with-text` results
//! atlas events --db PATH [--from Y] [--to Y] [--place ID] [--history]
//! atlas excerpts --db PATH FEATURE
//! atlas search --db PATH QUERY
//! atlas export --db PATH --format geojson|csv|jsonl [--dispute ID] [--from Y] [--to Y] [--out FILE]
//! atlas coverage --db PATH (--place ID | --dispute ID) [--by month|year] [--split language|source]
//! atlas reanalyse --db PATH                      link every article again, keeping corrections
//! atlas backup --db PATH --to FILE [--force]     copy a library, whole (JSON line: path, bytes)
//! atlas check --db PATH                            integrity check (JSON; exit 1 when damaged)
//! ```

//!
//! Each subcommand parses its arguments, makes one call into [`atlas_core::Atlas`]
//! (or [`atlas_core::Packs`] for `link`, which stores nothing) and prints the answer.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use atlas_core::atlas::{CoverageOf, ImportOptions};
use atlas_core::dates::PartialDate;
use atlas_core::export::{ExportFilter, ExportFormat};
use atlas_core::gazetteer::Gazetteer;
use atlas_core::import::ImportProgress;
use atlas_core::language::Language;
use atlas_core::store::{EventFilter, Period, Split};
use atlas_core::{Atlas, Error, ErrorCode, Packs, Timestamp};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use serde_json::{json, Value};

/// mimalloc rather than the system allocator: analysis makes many small, short-lived
/// allocations (regex captures, words, candidates), and with glibc's allocator they cost
/// about a tenth of `atlas link`'s time on two cores (BENCHMARKS.md, session 17).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "atlas",
    version,
    about = "Link news articles to the places of a territorial dispute"
)]
struct Cli {
    /// A built-in pack's id (links against it only) or a pack folder (adds it);
    /// repeat for several. Default: every built-in pack.
    #[arg(long, global = true, value_name = "ID|DIR")]
    pack: Vec<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print each file's mentions and events as one JSON object per line.
    Link {
        /// Publication date for resolving relative dates (overrides the file's own).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, conflicts_with = "jsonl")]
        published: Option<NaiveDate>,
        /// Read a corpus as JSON Lines on standard input instead of files: one
        /// record per line, {"id", "text" or "html", "published", "url"}; one
        /// result per record, in input order, each with its "id" and "url", or
        /// {"id", "line", "error"} for a bad record (the stream goes on).
        #[arg(long)]
        jsonl: bool,
        /// With --jsonl: each result carries the article's clean "text" too,
        /// so that `atlas ingest --results` can store it.
        #[arg(long)]
        with_text: bool,
        /// Article files (.txt, .md, .html, .pdf, .docx, .eml).
        #[arg(required_unless_present = "jsonl", conflicts_with = "jsonl")]
        files: Vec<PathBuf>,
    },
    /// Store files in a library (one JSON object per file per line).
    ///
    /// Exits 1 if a file failed; 2, with the error on stderr, if the import
    /// stopped (a full disk): the files after it are reported as failed.
    /// Ctrl-C or SIGTERM cancels it cleanly: the files in hand are finished
    /// and stored, the rest are reported `not_started`, the counts go to
    /// stderr, and it exits 130 (a second Ctrl-C ends it at once).
    Ingest {
        /// The library database (created if missing).
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// Article files, and folders to walk for them (.txt, .md, .html, .pdf, .docx, .eml).
        #[arg(required_unless_present = "results", conflicts_with = "results")]
        files: Vec<PathBuf>,
        /// Load results linked elsewhere instead: the lines of `atlas link
        /// --jsonl --with-text`, a file or a folder of part-* / *.jsonl files
        /// (as a Spark job writes them), stored as they are, not linked again.
        #[arg(long, value_name = "DIR")]
        results: Option<PathBuf>,
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
    /// Export the library's evidence with where each item comes from: the events
    /// as GeoJSON (a point per event and place), the mentions as CSV, the
    /// articles as JSON Lines.
    Export {
        /// The library database.
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// geojson (events), csv (mentions) or jsonl (articles).
        #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
        format: ExportFormat,
        /// Only this dispute's places (a pack id: senkaku, falklands, ...).
        #[arg(long, value_name = "ID")]
        dispute: Option<String>,
        /// First year (inclusive): events by when they happened, mentions by publication.
        #[arg(long, value_name = "YEAR")]
        from: Option<i32>,
        /// Last year (inclusive).
        #[arg(long, value_name = "YEAR")]
        to: Option<i32>,
        /// Only articles whose source is exactly this.
        #[arg(long, value_name = "SOURCE")]
        source: Option<String>,
        /// Only articles in this language (en, ru, ja, zh, ko, uk, es, vi, fil).
        #[arg(long, value_name = "CODE", value_parser = parse_language)]
        language: Option<Language>,
        /// Write to FILE (replacing it) and print a JSON line with what was written;
        /// without it the export goes to standard output.
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print how many articles mentioned a place or a dispute per month or year
    /// of publication, split by language or source (JSON).
    Coverage {
        /// The library database.
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// A place id (a group counts its islands, an island its sub-places).
        #[arg(
            long,
            value_name = "ID",
            conflicts_with = "dispute",
            required_unless_present = "dispute"
        )]
        place: Option<String>,
        /// A dispute: every disputed place of this pack.
        #[arg(long, value_name = "ID")]
        dispute: Option<String>,
        /// month or year.
        #[arg(long, value_name = "PERIOD", default_value = "year", value_parser = parse_period)]
        by: Period,
        /// language or source.
        #[arg(long, value_name = "SPLIT", default_value = "language", value_parser = parse_split)]
        split: Split,
    },
    /// Link every stored article again with the packs in use and extract its
    /// events again, keeping every correction (progress on stderr; a JSON
    /// summary at the end lists the corrections that found nothing to apply to).
    Reanalyse {
        /// The library database.
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
    },
    /// Copy a library to a file, whole (print a JSON line with its path and size).
    /// Copying a backup over a library restores it.
    Backup {
        /// The library database (opened read-only).
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// The copy to write.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Check a library's integrity (print a JSON report; exit status 1 when damaged).
    Check {
        /// The library database (opened read-only).
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
    },
    /// Work with dispute packs.
    Pack {
        #[command(subcommand)]
        action: PackAction,
    },
}

#[derive(Subcommand)]
enum PackAction {
    /// Check a pack folder: print each problem with its file and JSON path
    /// (exit status 1 if there is any).
    Check {
        /// The pack folder (with pack.json).
        dir: PathBuf,
    },
}

fn parse_period(s: &str) -> Result<Period, String> {
    match s {
        "month" => Ok(Period::Month),
        "year" => Ok(Period::Year),
        _ => Err(format!("{s:?}: use month or year")),
    }
}

fn parse_split(s: &str) -> Result<Split, String> {
    match s {
        "language" => Ok(Split::Language),
        "source" => Ok(Split::Source),
        _ => Err(format!("{s:?}: use language or source")),
    }
}

fn parse_format(s: &str) -> Result<ExportFormat, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

fn parse_language(s: &str) -> Result<Language, String> {
    Language::ALL
        .into_iter()
        .find(|l| l.code() == s && *l != Language::Und)
        .ok_or_else(|| format!("{s:?}: use en, ru, ja, zh, ko, uk, es, vi or fil"))
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    PartialDate::parse_day(s).map_err(|_| format!("{s:?} is not a date like 2015-09-21"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let gazetteer = match Gazetteer::choose(&cli.pack) {
        Ok(g) => g,
        Err(e) => return fail(&e),
    };
    let result = match cli.command {
        Command::Link {
            published,
            jsonl,
            with_text,
            files,
        } => {
            if with_text && !jsonl {
                use clap::CommandFactory;
                Cli::command()
                    .error(
                        clap::error::ErrorKind::MissingRequiredArgument,
                        "--with-text goes with --jsonl",
                    )
                    .exit();
            }
            let packs = Packs::new(gazetteer);
            return if jsonl {
                link_stream(&packs, with_text)
            } else {
                link(&packs, published, &files)
            };
        }
        Command::Ingest { db, files, results } => return ingest(gazetteer, &db, &files, results),
        Command::Events {
            db,
            from,
            to,
            place,
            history,
        } => Atlas::open_existing(gazetteer, &db).and_then(|atlas| {
            let events = atlas.events(&EventFilter { from, to, place })?;
            let events: Vec<_> = events
                .into_iter()
                .filter(|e| history || !e.summary.curated)
                .collect();
            Ok(json!(events))
        }),
        Command::Excerpts { db, feature } => Atlas::open_existing(gazetteer, &db)
            .and_then(|atlas| Ok(json!(atlas.excerpts(&feature)?))),
        Command::Search { db, query, limit } => Atlas::open_existing(gazetteer, &db)
            .and_then(|atlas| Ok(json!(atlas.search(&query, limit)?))),
        Command::Backup { db, to, force } => {
            return match Atlas::backup_file(&db, &to, force) {
                Ok(copy) => {
                    println!("{}", json!(copy));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        Command::Export {
            db,
            format,
            dispute,
            from,
            to,
            source,
            language,
            out,
        } => {
            let filter = ExportFilter {
                pack: dispute,
                from,
                to,
                source,
                language,
            };
            return export(gazetteer, &db, &filter, format, out.as_deref());
        }
        Command::Coverage {
            db,
            place,
            dispute,
            by,
            split,
        } => Atlas::open_existing(gazetteer, &db).and_then(|atlas| {
            let of = match (place, dispute) {
                (Some(place), _) => CoverageOf::Place(place),
                (None, Some(pack)) => CoverageOf::Pack(pack),
                (None, None) => unreachable!("clap requires one"),
            };
            Ok(json!(atlas.coverage(&of, by, split)?))
        }),
        Command::Reanalyse { db } => Atlas::open_existing(gazetteer, &db).and_then(|atlas| {
            let mut last = std::time::Instant::now();
            let mut progress = |done: usize, total: usize| {
                if done == total || last.elapsed() >= std::time::Duration::from_secs(1) {
                    eprintln!("{}", json!({ "done": done, "total": total }));
                    last = std::time::Instant::now();
                }
            };
            let stop = std::sync::atomic::AtomicBool::new(false);
            Ok(json!(atlas.reanalyse(&stop, &mut progress)?))
        }),
        Command::Check { db } => return check(&db),
        Command::Pack {
            action: PackAction::Check { dir },
        } => return check_pack(&dir),
    };
    match result {
        Ok(value) => print_value(&value),
        Err(e) => fail(&e),
    }
}

/// Prints a query's answer on standard output. Exit status 1 if the output
/// went away (`atlas events … | head`), as `atlas link` does; said on stderr
/// unless the reader closed it on purpose (a broken pipe).
fn print_value(value: &Value) -> ExitCode {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match writeln!(out, "{value:#}").and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(1),
        Err(e) => {
            eprintln!("{}", json!({ "error": Error::io("standard output", e) }));
            ExitCode::from(1)
        }
    }
}

/// `atlas ingest`: files, or with `results` the lines linked elsewhere.
fn ingest(
    gazetteer: Gazetteer,
    db: &Path,
    files: &[PathBuf],
    results: Option<PathBuf>,
) -> ExitCode {
    let atlas = match Atlas::open(gazetteer, db) {
        Ok(atlas) => atlas,
        Err(e) => return fail(&e),
    };
    let imported_at = Timestamp::from(chrono::Utc::now());
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut first_failure: HashMap<ErrorCode, Value> = HashMap::new();
    let mut on_progress = |progress: ImportProgress| {
        if let ImportProgress::Failed { error, .. } = &progress {
            first_failure
                .entry(error.kind())
                .or_insert_with(|| json!(error));
        }
        if !matches!(progress, ImportProgress::Queued { .. }) {
            // A closed stdout must not stop the import; the library is what matters.
            let _ = writeln!(out, "{}", json!(progress));
        }
    };
    let summary = match results {
        Some(results) => match atlas.import_results(&results, imported_at, &mut on_progress) {
            Ok(summary) => summary,
            Err(e) => return fail(&e),
        },
        None => {
            let options = ImportOptions {
                published: None,
                imported_at,
                max_files: usize::MAX,
            };
            // Never seen to fail; the import then runs as before, and Ctrl-C ends it at once.
            let cancel = cancel_on_signals().unwrap_or_else(|e| {
                eprintln!("atlas: Ctrl-C will end the import at once (no clean stop): {e}");
                std::sync::Arc::new(AtomicBool::new(false))
            });
            atlas.import_cancellable(files, options, &cancel, &mut on_progress)
        }
    };
    if summary.cancelled {
        eprintln!(
            "{}",
            json!({
                "cancelled": summary,
                "message": format!(
                    "cancelled: {} stored, {} not started",
                    summary.imported, summary.not_started
                ),
            })
        );
        return ExitCode::from(130);
    }
    // The error that stopped the import, once, as `fail` prints a fatal error.
    if let Some(error) = summary
        .stopped_by
        .and_then(|code| first_failure.remove(&code))
    {
        eprintln!("{}", json!({ "error": error }));
        ExitCode::from(2)
    } else if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A flag that Ctrl-C (SIGINT) or SIGTERM sets, to cancel an import cleanly;
/// once it is set, a second signal ends the process at once (exit status 1).
fn cancel_on_signals() -> std::io::Result<std::sync::Arc<AtomicBool>> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let cancel = std::sync::Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGTERM] {
        // In this order: the second signal finds the flag set by the first.
        signal_hook::flag::register_conditional_shutdown(
            signal,
            1,
            std::sync::Arc::clone(&cancel),
        )?;
        signal_hook::flag::register(signal, std::sync::Arc::clone(&cancel))?;
    }
    Ok(cancel)
}

/// Prints the check report (or, for a library too damaged to open, the
/// error) as one JSON line: exit status 0 when whole, 1 when damaged.
fn check(db: &Path) -> ExitCode {
    let report = match Atlas::check_file(db) {
        Ok(report) => report,
        Err(e) if e.kind() == ErrorCode::LibraryDamaged => {
            println!(
                "{}",
                json!({ "file": db.display().to_string(), "ok": false, "error": e })
            );
            return ExitCode::from(1);
        }
        Err(e) => return fail(&e),
    };
    println!("{}", json!(report));
    if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn check_pack(dir: &Path) -> ExitCode {
    match atlas_core::pack_check::check_pack(dir) {
        Ok(problems) if problems.is_empty() => {
            println!("{}: the pack is fine", dir.display());
            ExitCode::SUCCESS
        }
        Ok(problems) => {
            for problem in &problems {
                println!("{problem}");
            }
            eprintln!("{}: {} problem(s)", dir.display(), problems.len());
            ExitCode::from(1)
        }
        Err(e) => fail(&e),
    }
}

/// `atlas export`: to `out` (replaced only once the export is whole) or to
/// standard output.
fn export(
    gazetteer: Gazetteer,
    db: &Path,
    filter: &ExportFilter,
    format: ExportFormat,
    out: Option<&Path>,
) -> ExitCode {
    let atlas = match Atlas::open_existing(gazetteer, db) {
        Ok(atlas) => atlas,
        Err(e) => return fail(&e),
    };
    let Some(out) = out else {
        let stdout = std::io::stdout();
        return match atlas.export(filter, format, stdout.lock(), Path::new("standard output")) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => fail(&e),
        };
    };
    // Written beside the file and renamed over it (`Atlas::export_to_file`), so
    // a failed export leaves no half file and an older export intact.
    match atlas.export_to_file(filter, format, out, true) {
        Ok(count) => {
            println!("{}", json!({ "file": out, "count": count }));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// Prints a fatal error as JSON on stderr and returns exit status 2.
fn fail(error: &Error) -> ExitCode {
    eprintln!("{}", json!({ "error": error }));
    ExitCode::from(2)
}

/// `atlas link --jsonl`: exit status 1 if a record failed or the output went away.
fn link_stream(packs: &Packs, with_text: bool) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut failed, mut broken_pipe) = (false, false);
    let input = std::io::BufReader::with_capacity(1 << 16, std::io::stdin());
    packs.link_stream(input, with_text, |result| {
        let line = match result {
            Ok(linked) => json!(linked),
            Err(e) => {
                failed = true;
                json!(e)
            }
        };
        broken_pipe = writeln!(out, "{line}").is_err();
        !broken_pipe
    });
    broken_pipe |= out.flush().is_err();
    if failed || broken_pipe {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn link(packs: &Packs, published: Option<NaiveDate>, files: &[PathBuf]) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut failed, mut broken_pipe) = (false, false);
    packs.link_files(files, published, |file, result| {
        let line: Value = match result {
            Ok(linked) => json!(linked),
            Err(e) => {
                failed = true;
                json!({ "file": file.display().to_string(), "error": e })
            }
        };
        broken_pipe = writeln!(out, "{line}").is_err();
        !broken_pipe
    });
    if failed || broken_pipe {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
