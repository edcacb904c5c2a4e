//! Every reading of a fixed set of files, written as one line per file: the
//! exact check that a change meant to make reading files faster changes no
//! result (the text, title, source, address, date and format, or the error).
//!
//! `cargo run --release -p atlas-core --example ingest_snapshot -- OUT.txt`
//! before and after the change, then `cmp` the two files. The files: every
//! file under `tests/fixtures` and `fuzz/corpus`, the 1,000 articles of the
//! ten-language benchmark as `.txt`, and variants of each text file: line ends
//! as CRLF, a UTF-8 byte order mark, decomposed accents (NFD), hard-wrapped
//! at 60 and 72 columns, invisible and space characters sprinkled in, and
//! slices cut at arbitrary bytes.

use std::io::Write as _;
use std::path::Path;

use atlas_core::ingest::read_bytes;
use unicode_normalization::UnicodeNormalization;

#[path = "../benches/support/corpus.rs"]
mod corpus;
#[path = "../benches/support/files.rs"]
mod files;

/// `text` hard-wrapped at `width` characters, at spaces.
fn wrapped(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut column = 0;
        for word in line.split(' ') {
            let n = word.chars().count();
            if column > 0 && column + 1 + n > width {
                out.push('\n');
                column = 0;
            } else if column > 0 {
                out.push(' ');
                column += 1;
            }
            out.push_str(word);
            column += n;
        }
        out.push('\n');
    }
    out
}

/// `text` with a no-break space, a zero-width space, a soft hyphen, a tab, an
/// ideographic space or a control character after every seventh character.
fn sprinkled(text: &str) -> String {
    const EXTRA: [char; 7] = [
        '\u{00A0}', '\u{200B}', '\u{00AD}', '\t', '\u{3000}', '\u{0007}', '\u{2028}',
    ];
    text.chars()
        .enumerate()
        .flat_map(|(i, c)| {
            std::iter::once(c).chain((i % 7 == 6).then(|| EXTRA[(i / 7) % EXTRA.len()]))
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out_path = std::env::args()
        .nth(1)
        .ok_or("usage: ingest_snapshot OUT.txt")?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");

    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut paths = Vec::new();
    files::files_under(&root.join("tests/fixtures"), &mut paths);
    files::files_under(&root.join("fuzz/corpus"), &mut paths);
    for path in paths {
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        files.push((name, std::fs::read(&path)?));
    }
    for (i, text) in corpus::ten_language_articles(1000, 5 * 1024, 17)
        .into_iter()
        .enumerate()
    {
        files.push((format!("benchmark-{i:04}.txt"), text.into_bytes()));
    }

    let mut variants: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, bytes) in &files {
        let Ok(text) = std::str::from_utf8(bytes) else {
            continue;
        };
        let txt = format!("{name}.txt");
        variants.push((txt.clone(), text.replace('\n', "\r\n").into_bytes()));
        variants.push((txt.clone(), [b"\xEF\xBB\xBF", bytes.as_slice()].concat()));
        variants.push((txt.clone(), text.nfd().collect::<String>().into_bytes()));
        variants.push((txt.clone(), wrapped(text, 60).into_bytes()));
        variants.push((txt.clone(), wrapped(text, 72).into_bytes()));
        variants.push((txt.clone(), sprinkled(text).into_bytes()));
        for cut in [1, 3, 7, 64, 511] {
            if bytes.len() > cut {
                variants.push((name.clone(), bytes[..bytes.len() * cut / 512].to_vec()));
            }
        }
    }
    files.extend(variants);

    let mut out = std::io::BufWriter::new(std::fs::File::create(&out_path)?);
    for (name, bytes) in &files {
        writeln!(out, "{name}\t{:?}", read_bytes(name, bytes))?;
    }
    out.flush()?;
    eprintln!("{} files read", files.len());
    Ok(())
}
