//! Which files an import reads: files as given, folders walked for the
//! formats the importer knows.

use std::path::{Path, PathBuf};

use crate::ingest::{extension_list, Format};
use crate::Error;

/// How deep folders are walked.
pub const MAX_DEPTH: usize = 8;

/// One entry of an import: a file to read, or a path that will not be read
/// and why (a folder that cannot be listed, a file past the limit).
#[derive(Debug)]
pub enum ImportFile {
    /// A file to read.
    Read(PathBuf),
    /// A path left out, reported as failed.
    Skipped(PathBuf, Error),
}

impl ImportFile {
    /// The entry's path.
    pub fn path(&self) -> &Path {
        match self {
            ImportFile::Read(path) | ImportFile::Skipped(path, _) => path,
        }
    }
}

/// The files to import for `paths`: files as given, folders walked
/// (recursively, at most [`MAX_DEPTH`] deep, hidden entries skipped, only
/// files with an extension of the [formats](crate::ingest::FORMATS) ingest
/// reads; files given one by one are always tried, so an unsupported one gets
/// a clear message), in a stable order. A folder that cannot be read,
/// a folder given with nothing to read in it, and the first file past
/// `max_files` come back as [`ImportFile::Skipped`].
pub fn expand_paths(paths: &[PathBuf], max_files: usize) -> Vec<ImportFile> {
    let mut walk = Walk {
        out: Vec::new(),
        count: 0,
        max_files,
    };
    for path in paths {
        if path.is_dir() {
            let before = walk.out.len();
            walk.dir(path, 0);
            if walk.out.len() == before {
                let message = format!(
                    "the folder {} holds no files Dispute Atlas reads ({})",
                    path.display(),
                    extension_list()
                );
                walk.out
                    .push(ImportFile::Skipped(path.clone(), Error::Empty(message)));
            }
        } else {
            walk.file(path.clone());
        }
    }
    walk.out
}

struct Walk {
    out: Vec<ImportFile>,
    count: usize,
    max_files: usize,
}

impl Walk {
    fn file(&mut self, path: PathBuf) {
        self.count += 1;
        if self.count <= self.max_files {
            self.out.push(ImportFile::Read(path));
        } else if self.count == self.max_files + 1 {
            let message = format!(
                "one import takes at most {} files: {} and the files after it were left out",
                self.max_files,
                path.display()
            );
            let error = Error::InvalidInput(message).with_advice("Import them in a second go.");
            self.out.push(ImportFile::Skipped(path, error));
        }
    }

    fn dir(&mut self, dir: &Path, depth: usize) {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                let error = Error::io(dir, e);
                self.out.push(ImportFile::Skipped(dir.to_path_buf(), error));
                return;
            }
        };
        let mut entries: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            if self.count > self.max_files {
                return;
            }
            if path.is_dir() {
                if depth + 1 < MAX_DEPTH {
                    self.dir(&path, depth + 1);
                }
            } else if is_supported(&path) {
                self.file(path);
            }
        }
    }
}

/// Whether a file in a folder is one the importer reads, by extension (any case).
pub fn is_supported(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(Format::from_extension)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(entries: Vec<ImportFile>) -> Vec<PathBuf> {
        entries
            .into_iter()
            .map(|e| match e {
                ImportFile::Read(path) => path,
                ImportFile::Skipped(path, error) => panic!("{} skipped: {error}", path.display()),
            })
            .collect()
    }

    #[test]
    fn walks_folders_for_supported_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for f in [
            "one.txt",
            "a/two.MD",
            "a/b/three.html",
            "a/skip.png",
            ".secret.txt",
            ".hidden/four.txt",
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let names: Vec<String> = read(expand_paths(&[root.to_path_buf()], 100))
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a/b/three.html", "a/two.MD", "one.txt"]);
    }

    #[test]
    fn files_given_one_by_one_are_kept_whatever_their_extension() {
        let found = read(expand_paths(&[PathBuf::from("/nowhere/photo.png")], 100));
        assert_eq!(found, [PathBuf::from("/nowhere/photo.png")]);
    }

    #[test]
    fn a_folder_with_nothing_to_read_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("photo.png"), "x").unwrap();
        let found = expand_paths(&[dir.path().to_path_buf()], 100);
        let [ImportFile::Skipped(path, error)] = &found[..] else {
            panic!("{found:?}")
        };
        assert_eq!(path, dir.path());
        assert_eq!(error.code(), "empty_file");
        assert!(error.to_string().contains(".docx"), "{error}");
    }

    #[test]
    fn files_past_the_limit_are_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..5 {
            std::fs::write(dir.path().join(format!("{i}.txt")), "x").unwrap();
        }
        let found = expand_paths(&[dir.path().to_path_buf()], 3);
        assert_eq!(found.len(), 4);
        assert!(found[..3].iter().all(|e| matches!(e, ImportFile::Read(_))));
        let ImportFile::Skipped(path, error) = &found[3] else {
            panic!("{:?}", found[3])
        };
        assert!(path.ends_with("3.txt"));
        assert_eq!(error.code(), "invalid_input");
        assert!(error.to_string().contains("at most 3 files"));
        assert_eq!(error.advice(), "Import them in a second go.");
    }
}
