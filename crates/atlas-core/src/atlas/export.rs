//! Exporting the library's evidence (see [`crate::export`]).

use std::io::Write;
use std::path::Path;

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
}
