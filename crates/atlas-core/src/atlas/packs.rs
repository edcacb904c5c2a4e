//! The dispute packs in use and their one linker ([`Packs`]): one pack's map
//! ([`PackMap`]) and the linking of files that stores nothing (`atlas link`).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Serialize;

use crate::analysis::{analyze, Language};
use crate::events::Event;
use crate::gazetteer::{Gazetteer, Usage};
use crate::ingest::read_file;
use crate::linker::{Linker, Mention};
use crate::{Error, Result};

/// The dispute pack and its linker, built on first use.
#[derive(Debug)]
pub struct Packs {
    gazetteer: Gazetteer,
    linker: OnceLock<Linker>,
}

impl Packs {
    /// The pack `gazetteer`; its linker is built when first asked for.
    pub fn new(gazetteer: Gazetteer) -> Packs {
        Packs {
            gazetteer,
            linker: OnceLock::new(),
        }
    }

    /// The pack.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The pack's linker, built on the first call (about 0.1 s for the Kuril
    /// pack); a call while another thread builds it waits for that one.
    pub fn linker(&self) -> &Linker {
        self.linker.get_or_init(|| Linker::new(&self.gazetteer))
    }

    /// The place `id`, or a `not_found` error that names the pack's main places.
    ///
    /// # Errors
    /// [`Error::NotFound`] if the pack has no such place.
    pub fn check_place(&self, id: &str) -> Result<()> {
        if self.gazetteer.place(id).is_some() {
            return Ok(());
        }
        let examples: Vec<&str> = self
            .gazetteer
            .places()
            .iter()
            .filter(|p| p.kind != crate::gazetteer::PlaceKind::Place)
            .map(|p| p.id.as_str())
            .take(6)
            .collect();
        Err(Error::NotFound(format!(
            "the pack has no place {id:?}; try {}",
            examples.join(", ")
        )))
    }

    /// The map of pack `id`: its manifest, usages and places.
    ///
    /// # Errors
    /// [`Error::NotFound`] (naming the loaded packs) if no pack `id` is loaded.
    pub fn map(&self, id: &str) -> Result<PackMap> {
        let packs = self.gazetteer.packs();
        let Some(info) = packs.iter().find(|p| p.id == id) else {
            let ids: Vec<&str> = packs.iter().map(|p| p.id.as_str()).collect();
            return Err(Error::NotFound(format!(
                "there is no dispute pack {id:?}; the packs are {}",
                ids.join(", ")
            )));
        };
        Ok(PackMap {
            id: info.id.clone(),
            name: info.name.clone(),
            attribution: info.attribution.clone(),
            bounds: info.bounds,
            usages: info.usages.clone(),
            places: self.gazetteer.pack_feature_collection(id),
        })
    }

    /// Reads `path` and links it: its mentions and events, nothing stored.
    /// `published` overrides the file's own publication date.
    ///
    /// # Errors
    /// The file's [`Error`]: missing, unreadable, empty, binary, too large, broken.
    pub fn link_file(&self, path: &Path, published: Option<NaiveDate>) -> Result<LinkedFile> {
        let article = read_file(path)?;
        let published = published.or(article.published);
        let analysis = analyze(self.linker(), &article.text, published);
        Ok(LinkedFile {
            file: path.display().to_string(),
            title: article.title,
            published,
            language: analysis.language,
            mentions: analysis.mentions,
            events: analysis.events,
        })
    }

    /// [`Packs::link_file`] for each of `files`, on every core, handing each
    /// result to `each` in the order of `files` as soon as it and those before
    /// it are done. Returns early, without linking the rest, when `each` says
    /// `false` (its reader went away).
    pub fn link_files(
        &self,
        files: &[PathBuf],
        published: Option<NaiveDate>,
        mut each: impl FnMut(&Path, Result<LinkedFile>) -> bool,
    ) {
        // Build the automaton once, before the workers race for it.
        self.linker();
        crate::parallel::ordered_map(
            files.iter(),
            crate::parallel::Batch::Many,
            |file| (file, self.link_file(file, published)),
            |(file, result)| each(file, result),
        );
    }
}

/// One dispute pack as the map draws it: its manifest, naming usages and places
/// as GeoJSON (each feature's properties are a [`crate::gazetteer::Place`],
/// `PlaceProperties` in TypeScript).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PackMap {
    /// The pack's id (`kuril`).
    pub id: String,
    /// Its name, for the title bar.
    pub name: String,
    /// Attribution of the geodata, shown on the map.
    pub attribution: String,
    /// `[west, south, east, north]` in degrees.
    pub bounds: [f64; 4],
    /// The claimants' naming conventions, for the naming switch.
    pub usages: Vec<Usage>,
    /// The pack's places ([`Gazetteer::pack_feature_collection`]).
    #[cfg_attr(feature = "ts", ts(type = "import('geojson').FeatureCollection"))]
    pub places: geojson::FeatureCollection,
}

/// What [`Packs::link_file`] finds in a file (the `atlas link` output).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkedFile {
    /// The file's path as given.
    pub file: String,
    /// The article's title.
    pub title: String,
    /// The publication date used for relative dates.
    pub published: Option<NaiveDate>,
    /// Its language.
    pub language: Language,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The dated events, in text order.
    pub events: Vec<Event>,
}
