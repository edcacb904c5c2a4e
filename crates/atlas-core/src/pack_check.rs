//! `atlas pack check`: every problem of a pack folder, each with the JSON path
//! where it is, for people writing their own pack.
//!
//! Loading a pack ([`Gazetteer::from_dir`]) stops at the first problem; the
//! check reads the files as plain JSON and goes on, so one run lists them all:
//! the manifest's fields, each feature's id (unique, also against the built-in
//! packs), kind, role, names, aliases (known languages, strings), claims and
//! their dates, the places groups cover and sub-places belong to, geometry
//! (valid GeoJSON, a valid outline for the kind), labels, not-mention and
//! generic phrases, the history's ids, dates and places, and aliases that
//! collide with another place's, in this pack or a built-in one. It ends by
//! loading the pack as the app would.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use geo::Validation;
use serde::Serialize;
use serde_json::Value;

use crate::dates::PartialDate;
use crate::gazetteer::{Gazetteer, PlaceKind};
use crate::{Error, Result};

/// The largest pack file the check reads (a pack is a few megabytes at most).
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The alias languages a pack may use.
const ALIAS_LANGUAGES: &[&str] = &["en", "ru", "ja", "zh", "ko", "uk", "es", "vi", "fil"];

/// The display-name keys a place's `names` may have.
const NAME_KEYS: &[&str] = &[
    "en", "en_alt", "en_usage", "ja", "ru", "zh-Hans", "zh-Hant", "ko", "uk", "es", "vi", "fil",
];

/// One problem of a pack: the file, the JSON path in it, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file (`places.geojson`).
    pub file: String,
    /// Where in it (`features[3].properties.aliases.en[2]`); empty for the whole file.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.path.as_str() {
            "" => write!(f, "{}: {}", self.file, self.message),
            path => write!(f, "{}: {path}: {}", self.file, self.message),
        }
    }
}

/// Every problem of the pack in `dir`; empty when the pack is fine.
///
/// # Errors
/// [`Error::Io`] when `dir` or its `pack.json` cannot be read at all.
pub fn check_pack(dir: &Path) -> Result<Vec<Problem>> {
    let mut check = Check::default();
    let Some(manifest) = check.read_json(dir, "pack.json")? else {
        return Ok(check.problems);
    };
    let (places_file, history_file) = check.manifest(&manifest);
    // A built-in pack's own folder is checked against the other built-in packs.
    let id = manifest
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let others = Gazetteer::combine(
        Gazetteer::built_in_ids()
            .filter(|other| *other != id)
            .filter_map(Gazetteer::built_in_pack),
    )?;
    let places = check.read_json(dir, &places_file)?;
    let history = check.read_json(dir, &history_file)?;
    let mut ids = HashSet::new();
    if let Some(places) = &places {
        ids = check.places(&places_file, places, &others);
    }
    if let Some(history) = &history {
        check.history(&history_file, history, &ids);
    }
    if check.problems.is_empty() {
        // What the checks above do not cover, the loader says.
        if let Err(e) = Gazetteer::from_dir(dir) {
            check.problem("pack.json", "", e.to_string());
        }
    }
    Ok(check.problems)
}

#[derive(Default)]
struct Check {
    problems: Vec<Problem>,
}

impl Check {
    fn problem(&mut self, file: &str, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.to_string(),
            path: path.to_string(),
            message: message.into(),
        });
    }

    /// The JSON of `dir/name`, or `None` with a problem when it is missing,
    /// too large or not JSON.
    fn read_json(&mut self, dir: &Path, name: &str) -> Result<Option<Value>> {
        let path = dir.join(name);
        if name == "pack.json" && !dir.is_dir() {
            return Err(Error::io(
                dir.to_path_buf(),
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
            ));
        }
        let size = match std::fs::metadata(&path) {
            Ok(meta) => meta.len(),
            Err(e) => {
                self.problem(name, "", format!("cannot be read: {e}"));
                return Ok(None);
            }
        };
        if size > MAX_FILE_BYTES {
            self.problem(
                name,
                "",
                format!("is {size} bytes; a pack file may have at most {MAX_FILE_BYTES}"),
            );
            return Ok(None);
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                self.problem(name, "", format!("cannot be read as UTF-8 text: {e}"));
                return Ok(None);
            }
        };
        match serde_json::from_str(&text) {
            Ok(value) => Ok(Some(value)),
            Err(e) => {
                self.problem(name, "", format!("is not valid JSON: {e}"));
                Ok(None)
            }
        }
    }

    /// Checks `pack.json`; returns the names of the places and history files.
    fn manifest(&mut self, manifest: &Value) -> (String, String) {
        let file = "pack.json";
        let Some(object) = manifest.as_object() else {
            self.problem(file, "", "must be a JSON object");
            return ("places.geojson".into(), "history.json".into());
        };
        for key in ["id", "name", "attribution"] {
            self.string(file, key, object.get(key), true);
        }
        if let Some(id) = object.get("id").and_then(Value::as_str) {
            if !is_kebab_case(id) {
                self.problem(
                    file,
                    "id",
                    format!("{id:?} must be kebab-case (a-z, 0-9, -)"),
                );
            }
        }
        match object.get("bounds").and_then(Value::as_array) {
            Some(b) if b.len() == 4 && b.iter().all(Value::is_number) => {
                let b: Vec<f64> = b.iter().filter_map(Value::as_f64).collect();
                if !(b[0] < b[2] && b[1] < b[3] && in_range(b[0], b[1]) && in_range(b[2], b[3])) {
                    self.problem(
                        file,
                        "bounds",
                        "must be [west, south, east, north] in degrees",
                    );
                }
            }
            _ => self.problem(file, "bounds", "must be [west, south, east, north]"),
        }
        if let Some(usages) = object.get("usages") {
            match usages.as_array() {
                Some(usages) => {
                    for (i, usage) in usages.iter().enumerate() {
                        for key in ["id", "label", "names"] {
                            self.string(file, &format!("usages[{i}].{key}"), usage.get(key), true);
                        }
                        if let Some(names) = usage.get("names").and_then(Value::as_str) {
                            if !NAME_KEYS.contains(&names) || names.starts_with("en_") {
                                self.problem(
                                    file,
                                    &format!("usages[{i}].names"),
                                    format!(
                                        "{names:?} is not a name key ({})",
                                        NAME_KEYS.join(", ")
                                    ),
                                );
                            }
                        }
                    }
                }
                None => self.problem(file, "usages", "must be an array"),
            }
        }
        if let Some(codes) = object.get("natural_earth") {
            match codes.as_array() {
                Some(codes) => {
                    for (i, code) in codes.iter().enumerate() {
                        self.string(file, &format!("natural_earth[{i}]"), Some(code), true);
                    }
                }
                None => self.problem(file, "natural_earth", "must be an array of BRK_A3 codes"),
            }
        }
        let name_of = |key: &str, default: &str| {
            object
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or(default)
                .to_string()
        };
        let (places, history) = (
            name_of("places", "places.geojson"),
            name_of("history", "history.json"),
        );
        for (key, name) in [("places", &places), ("history", &history)] {
            if name.contains(['/', '\\']) || name.starts_with('.') {
                self.problem(
                    file,
                    key,
                    format!("{name:?} must be a file name in the pack folder"),
                );
            }
        }
        (places, history)
    }

    /// Checks the places (`built_in`: the built-in packs to compare ids and
    /// aliases with); returns their ids.
    fn places(&mut self, file: &str, places: &Value, built_in: &Gazetteer) -> HashSet<String> {
        let mut ids = HashSet::new();
        if places.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
            self.problem(file, "type", "must be \"FeatureCollection\"");
        }
        let Some(features) = places.get("features").and_then(Value::as_array) else {
            self.problem(file, "features", "must be an array of features");
            return ids;
        };
        // Every alias seen so far (lower case, without `=`) → its place (`pack/id`).
        let mut aliases: HashMap<String, String> = HashMap::new();
        for place in built_in.places() {
            for (_, alias) in place.aliases.iter() {
                aliases
                    .entry(alias_key(alias))
                    .or_insert(format!("{}/{}", place.pack, place.id));
            }
        }
        let mut references = Vec::new();
        for (i, feature) in features.iter().enumerate() {
            let at = format!("features[{i}]");
            let Some(id) = feature.get("id").and_then(Value::as_str) else {
                self.problem(file, &format!("{at}.id"), "every feature needs a string id");
                continue;
            };
            if !is_kebab_case(id) {
                self.problem(
                    file,
                    &format!("{at}.id"),
                    format!("{id:?} must be kebab-case"),
                );
            }
            if !ids.insert(id.to_string()) {
                self.problem(file, &format!("{at}.id"), format!("{id:?} is used twice"));
            }
            if let Some(other) = built_in.place(id) {
                self.problem(
                    file,
                    &format!("{at}.id"),
                    format!(
                        "{id:?} is already a place of the built-in pack {:?}",
                        other.pack
                    ),
                );
            }
            self.feature(file, &at, feature, &mut references);
            if let Some(props) = feature.get("properties") {
                let written = props.get("aliases").cloned().unwrap_or(Value::Null);
                for (language, list) in written.as_object().into_iter().flatten() {
                    for (j, alias) in list.as_array().into_iter().flatten().enumerate() {
                        let Some(alias) = alias.as_str() else {
                            continue;
                        };
                        let owner = aliases.entry(alias_key(alias)).or_insert(id.to_string());
                        if owner != id {
                            let message = format!("{alias:?} is also an alias of {owner}");
                            let here = format!("{at}.properties.aliases.{language}[{j}]");
                            self.problem(file, &here, message);
                        }
                    }
                }
            }
        }
        for (path, target) in references {
            if !ids.contains(&target) {
                self.problem(file, &path, format!("names unknown place {target:?}"));
            }
        }
        for member in ["not_mentions", "namesakes", "generic_mentions"] {
            if let Some(phrases) = places.get(member) {
                self.phrases(file, member, phrases, &ids);
            }
        }
        ids
    }

    /// Checks one feature; collects the ids it refers to (with their paths).
    fn feature(
        &mut self,
        file: &str,
        at: &str,
        feature: &Value,
        references: &mut Vec<(String, String)>,
    ) {
        let Some(props) = feature.get("properties").and_then(Value::as_object) else {
            self.problem(file, &format!("{at}.properties"), "must be an object");
            return;
        };
        let p = |key: &str| format!("{at}.properties.{key}");
        let kind = props
            .get("kind")
            .and_then(Value::as_str)
            .and_then(PlaceKind::from_str_opt);
        if kind.is_none() {
            self.problem(
                file,
                &p("kind"),
                "must be \"island\", \"group\", \"place\" or \"area\"",
            );
        }
        if !matches!(
            props.get("role").and_then(Value::as_str),
            Some("disputed" | "context")
        ) {
            self.problem(file, &p("role"), "must be \"disputed\" or \"context\"");
        }
        match props.get("names").and_then(Value::as_object) {
            Some(names) => {
                self.string(file, &p("names.en"), names.get("en"), true);
                for key in names.keys().filter(|k| !NAME_KEYS.contains(&k.as_str())) {
                    self.problem(
                        file,
                        &p(&format!("names.{key}")),
                        format!("unknown name key; known: {}", NAME_KEYS.join(", ")),
                    );
                }
            }
            None => self.problem(file, &p("names"), "must be an object with at least \"en\""),
        }
        if let Some(aliases) = props.get("aliases") {
            self.aliases(file, &p("aliases"), aliases);
        }
        for (i, claim) in props
            .get("claims")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let at = p(&format!("claims[{i}]"));
            match claim.get("claimant").and_then(Value::as_str) {
                Some(c) if c.len() == 2 && c.chars().all(|c| c.is_ascii_uppercase()) => {}
                _ => self.problem(
                    file,
                    &format!("{at}.claimant"),
                    "must be an ISO 3166 code (\"JP\")",
                ),
            }
            if !matches!(
                claim.get("status").and_then(Value::as_str),
                Some("administers" | "claims")
            ) {
                self.problem(
                    file,
                    &format!("{at}.status"),
                    "must be \"administers\" or \"claims\"",
                );
            }
            self.date(file, &format!("{at}.since"), claim.get("since"));
        }
        for (i, covered) in props
            .get("covers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if let Some(covered) = covered.as_str() {
                references.push((p(&format!("covers[{i}]")), covered.to_string()));
            }
        }
        if let Some(island) = props.get("namesake_island").and_then(Value::as_str) {
            let covers = props.get("covers").and_then(Value::as_array);
            if !covers.is_some_and(|c| c.iter().any(|c| c.as_str() == Some(island))) {
                self.problem(
                    file,
                    &p("namesake_island"),
                    "must be one of the islands the group covers",
                );
            }
        }
        if let Some(island) = props.get("island").and_then(Value::as_str) {
            references.push((p("island"), island.to_string()));
        }
        match props.get("label").and_then(Value::as_array) {
            Some(l) if l.len() == 2 && l.iter().all(Value::is_number) => {
                let (lon, lat) = (l[0].as_f64().unwrap_or(0.0), l[1].as_f64().unwrap_or(0.0));
                if !in_range(lon, lat) {
                    self.problem(file, &p("label"), "must be [lon, lat] in degrees");
                }
            }
            _ => self.problem(file, &p("label"), "must be [lon, lat]"),
        }
        self.geometry(file, at, feature.get("geometry"), kind);
    }

    /// Checks a feature's geometry against its kind.
    fn geometry(
        &mut self,
        file: &str,
        at: &str,
        geometry: Option<&Value>,
        kind: Option<PlaceKind>,
    ) {
        let path = format!("{at}.geometry");
        let geometry = match geometry {
            None | Some(Value::Null) => {
                if matches!(kind, Some(PlaceKind::Place)) {
                    self.problem(file, &path, "a place needs a Point");
                }
                return;
            }
            Some(g) => g,
        };
        let parsed = serde_json::from_value::<geojson::Geometry>(geometry.clone())
            .map_err(|e| e.to_string())
            .and_then(|g| geo::Geometry::<f64>::try_from(g).map_err(|e| e.to_string()));
        let geometry = match parsed {
            Ok(g) => g,
            Err(e) => {
                self.problem(file, &path, format!("is not valid GeoJSON geometry: {e}"));
                return;
            }
        };
        let fits = match (kind, &geometry) {
            (Some(PlaceKind::Place), geo::Geometry::Point(_)) => true,
            (Some(PlaceKind::Place), _) => false,
            (Some(PlaceKind::Group), _) => false,
            (
                Some(PlaceKind::Island | PlaceKind::Area),
                geo::Geometry::Polygon(_)
                | geo::Geometry::MultiPolygon(_)
                | geo::Geometry::Point(_),
            ) => true,
            (None, _) => true,
            _ => false,
        };
        if !fits {
            let kind = kind.map_or("?", PlaceKind::as_str);
            self.problem(
                file,
                &path,
                format!("does not fit kind {kind:?} (place: Point; group: null; island or area: Polygon, MultiPolygon or Point)"),
            );
        }
        if let Err(e) = geometry.check_validation() {
            self.problem(file, &path, format!("is not a valid shape: {e}"));
        }
        let mut outside = false;
        geo::CoordsIter::coords_iter(&geometry).for_each(|c| outside |= !in_range(c.x, c.y));
        if outside {
            self.problem(
                file,
                &path,
                "has coordinates outside [-180, 180] × [-90, 90]",
            );
        }
    }

    /// Checks an aliases object: known languages, arrays of non-empty strings.
    fn aliases(&mut self, file: &str, path: &str, aliases: &Value) {
        let Some(object) = aliases.as_object() else {
            self.problem(file, path, "must be an object of language → [aliases]");
            return;
        };
        for (language, list) in object {
            let at = format!("{path}.{language}");
            if !ALIAS_LANGUAGES.contains(&language.as_str()) {
                self.problem(
                    file,
                    &at,
                    format!("unknown language; known: {}", ALIAS_LANGUAGES.join(", ")),
                );
                continue;
            }
            let Some(list) = list.as_array() else {
                self.problem(file, &at, "must be an array of strings");
                continue;
            };
            for (i, alias) in list.iter().enumerate() {
                match alias.as_str() {
                    Some(a) if !alias_key(a).is_empty() => {}
                    _ => self.problem(file, &format!("{at}[{i}]"), "must be a non-empty string"),
                }
            }
        }
    }

    /// Checks `not_mentions`, `namesakes` or `generic_mentions`.
    fn phrases(&mut self, file: &str, member: &str, phrases: &Value, ids: &HashSet<String>) {
        let mut phrases = phrases.clone();
        if member == "generic_mentions" {
            match phrases.as_object_mut().and_then(|o| o.remove("place")) {
                Some(Value::String(place)) if ids.contains(&place) => {}
                Some(Value::String(place)) => self.problem(
                    file,
                    &format!("{member}.place"),
                    format!("names unknown place {place:?}"),
                ),
                _ => self.problem(file, &format!("{member}.place"), "must be a place id"),
            }
        }
        self.aliases(file, member, &phrases);
    }

    /// Checks the history.
    fn history(&mut self, file: &str, history: &Value, ids: &HashSet<String>) {
        let Some(events) = history.as_array() else {
            self.problem(file, "", "must be an array of events");
            return;
        };
        let mut seen = HashSet::new();
        for (i, event) in events.iter().enumerate() {
            let at = format!("[{i}]");
            for key in ["id", "title", "description", "source"] {
                self.string(file, &format!("{at}.{key}"), event.get(key), true);
            }
            if let Some(id) = event.get("id").and_then(Value::as_str) {
                if !seen.insert(id.to_string()) {
                    self.problem(file, &format!("{at}.id"), format!("{id:?} is used twice"));
                }
            }
            self.date(file, &format!("{at}.date"), event.get("date"));
            match event.get("places").and_then(Value::as_array) {
                Some(places) if !places.is_empty() => {
                    for (j, place) in places.iter().enumerate() {
                        match place.as_str() {
                            Some(p) if ids.contains(p) => {}
                            Some(p) => self.problem(
                                file,
                                &format!("{at}.places[{j}]"),
                                format!("names unknown place {p:?}"),
                            ),
                            None => self.problem(
                                file,
                                &format!("{at}.places[{j}]"),
                                "must be a place id",
                            ),
                        }
                    }
                }
                _ => self.problem(
                    file,
                    &format!("{at}.places"),
                    "must list at least one place id",
                ),
            }
        }
    }

    fn string(&mut self, file: &str, path: &str, value: Option<&Value>, required: bool) {
        match value {
            Some(Value::String(s)) if !s.trim().is_empty() => {}
            None if !required => {}
            _ => self.problem(file, path, "must be a non-empty string"),
        }
    }

    fn date(&mut self, file: &str, path: &str, value: Option<&Value>) {
        let valid = value
            .and_then(Value::as_str)
            .is_some_and(|s| s.parse::<PartialDate>().is_ok_and(|d| d.is_valid()));
        if !valid {
            self.problem(file, path, "must be a date YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }
}

/// How two aliases are told the same: lower case, trimmed, without `?`, `^` and `=`.
fn alias_key(alias: &str) -> String {
    alias
        .trim()
        .trim_start_matches('?')
        .trim_start_matches('^')
        .trim_start_matches('=')
        .to_lowercase()
}

fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn in_range(lon: f64, lat: f64) -> bool {
    (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat)
}

#[cfg(test)]
mod tests;
