//! The fixture files the snapshot examples read (`analysis_snapshot`,
//! `ingest_snapshot`).

use std::path::{Path, PathBuf};

/// Every file under `dir`, sorted, recursively.
pub fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}
