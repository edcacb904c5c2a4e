//! Exporting the library's evidence (see [`crate::export`]).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::Atlas;
use crate::export::{export, ExportCount, ExportFilter, ExportFormat};
use crate::{Error, Result};

impl Atlas {
    /// Writes the library's evidence that passes `filter` to `out` in
    /// `format`, article by article in import order; `destination` names
    /// `out` in errors.
    ///
    /// # Errors
    /// [`Error::NotFound`] if `filter` names a pack that is not in use,
    /// [`Error::Write`] if writing fails, [`Error::Store`] if reading fails.
    pub fn export(
        &self,
        filter: &ExportFilter,
        format: ExportFormat,
        out: impl Write,
        destination: &Path,
    ) -> Result<ExportCount> {
        let gazetteer = self.packs().gazetteer();
        if let Some(pack) = &filter.pack {
            if !gazetteer.packs().iter().any(|p| &p.id == pack) {
                let known: Vec<&str> = gazetteer.packs().iter().map(|p| p.id.as_str()).collect();
                return Err(Error::NotFound(format!(
                    "no dispute pack {pack:?} is in use (the packs are: {})",
                    known.join(", ")
                )));
            }
        }
        let library = self.reader();
        let ids = library.article_ids()?;
        let articles = ids.into_iter().map(|id| library.article(id));
        export(articles, gazetteer, filter, format, out, destination)
    }

    /// Writes the evidence that passes `filter` to the file at `path` in
    /// `format`: into a `.partial` file beside it, renamed over `path` once the
    /// export is whole, so a failed export leaves no half file and an older
    /// export intact. An existing file is replaced only when `replace` is set.
    ///
    /// # Errors
    /// [`Error::Exists`] if `path` exists and `replace` is not set,
    /// [`Error::NotFound`] if its folder does not exist,
    /// [`Error::InvalidInput`] if `path` is a folder, and the errors of
    /// [`Atlas::export`] (a full disk's with advice of its own).
    pub fn export_to_file(
        &self,
        filter: &ExportFilter,
        format: ExportFormat,
        path: &Path,
        replace: bool,
    ) -> Result<ExportCount> {
        check_destination(path, replace)?;
        let partial = partial_path(path);
        let written = File::create(&partial)
            .map_err(|e| Error::write(&partial, e))
            .and_then(|file| {
                let mut out = BufWriter::new(file);
                let count = self.export(filter, format, &mut out, path)?;
                out.into_inner()
                    .map_err(|e| Error::write(path, e.into_error()))?
                    .sync_all()
                    .map_err(|e| Error::write(path, e))?;
                std::fs::rename(&partial, path).map_err(|e| Error::write(path, e))?;
                Ok(count)
            });
        if written.is_err() {
            // Nothing to keep of a failed export; the partial file may not exist.
            let _ = std::fs::remove_file(&partial);
        }
        written.map_err(with_disk_advice)
    }
}

/// Where an export to `path` is written before it is whole: `path` with
/// `.partial` added (`events.geojson.partial`).
fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

/// Checks that an export may be written to `path`.
fn check_destination(path: &Path, replace: bool) -> Result<()> {
    if path.file_name().is_none() || path.is_dir() {
        return Err(Error::InvalidInput(format!(
            "{} is a folder: give the export a file name",
            path.display()
        )));
    }
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(
            Error::NotFound(format!("the folder {} does not exist", folder.display()))
                .with_advice("Choose a folder that exists, or create it first."),
        );
    }
    if !replace && path.exists() {
        return Err(Error::Exists(path.to_path_buf()));
    }
    Ok(())
}

/// A write that failed for a full disk says what to do about it (it is not
/// the library's disk, whose [`Error::DiskFull`] advice is about imports).
fn with_disk_advice(error: Error) -> Error {
    match &error {
        Error::Write { source, .. } if source.kind() == std::io::ErrorKind::StorageFull => {
            error.with_advice("Free some space on that disk, or save the export on another one.")
        }
        _ => error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::store::testing::*;
    use crate::store::Library;
    use crate::ErrorCode;

    fn atlas() -> Atlas {
        let mut library = Library::open_in_memory().unwrap();
        let (en, analysis) = sample_en();
        library.import("en.txt", &en, &analysis, *T0).unwrap();
        Atlas::with_library(Gazetteer::kuril(), library)
    }

    #[test]
    fn writes_a_file_and_replaces_one_only_when_asked() {
        let atlas = atlas();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mentions.csv");
        let filter = ExportFilter::default();
        let count = atlas
            .export_to_file(&filter, ExportFormat::Csv, &path, false)
            .unwrap();
        assert!(count.mentions > 0);
        let written = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            written.lines().count(),
            count.mentions + 1,
            "a header and a row each"
        );
        assert!(!partial_path(&path).exists());

        let error = atlas
            .export_to_file(&filter, ExportFormat::Csv, &path, false)
            .unwrap_err();
        assert_eq!(error.code(), "file_exists");
        assert!(error.to_string().ends_with("mentions.csv already exists"));
        std::fs::write(&path, "older").unwrap();
        atlas
            .export_to_file(&filter, ExportFormat::GeoJson, &path, true)
            .unwrap();
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .contains("FeatureCollection"));
    }

    #[test]
    fn a_missing_folder_or_a_folder_is_said_clearly() {
        let atlas = atlas();
        let dir = tempfile::tempdir().unwrap();
        let filter = ExportFilter::default();
        let missing = dir.path().join("gone/events.geojson");
        let error = atlas
            .export_to_file(&filter, ExportFormat::GeoJson, &missing, true)
            .unwrap_err();
        assert_eq!(error.code(), "not_found");
        assert!(error.to_string().contains("does not exist"), "{error}");
        assert!(error.advice().contains("Choose a folder"));
        let error = atlas
            .export_to_file(&filter, ExportFormat::GeoJson, dir.path(), true)
            .unwrap_err();
        assert_eq!(error.code(), "invalid_input");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_full_disk_gets_advice_about_the_export() {
        let full = Error::write("out.csv", std::io::ErrorKind::StorageFull.into());
        let advised = with_disk_advice(full);
        assert!(advised.advice().contains("Free some space"));
        assert!(advised.to_string().starts_with("cannot write out.csv"));
        let other = with_disk_advice(Error::write("out.csv", std::io::ErrorKind::Other.into()));
        assert_eq!(other.advice(), ErrorCode::IoError.advice());
    }
}
