//! Dispute packs: the places of a dispute (islands, groups, sub-places), their
//! names and aliases per language, the claims on them, and a curated history.
//!
//! A pack is a folder of data, read with the `geojson` crate into `geo` types; see
//! `data/README.md` for the format. Adding a dispute is adding a pack, no code.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use geo::{Contains, Distance, Euclidean, Geometry, Point};
use serde::{Deserialize, Serialize};

use crate::dates::PartialDate;
use crate::{Error, Result};

/// What kind of place a feature is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum PlaceKind {
    /// An island (a polygon, or a point where the pack has no outline).
    Island,
    /// A named group of islands ("Northern Territories"); it [covers](Place::covers) islands.
    Group,
    /// A town, mountain, cape or other point; sub-places roll up to their [island](Place::island).
    Place,
    /// An area that is no island: a peninsula (Crimea), a region or a sea (a
    /// polygon, or no geometry and only a label).
    Area,
}

impl PlaceKind {
    /// `island`, `group`, `place` or `area`.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Island => "island",
            PlaceKind::Group => "group",
            PlaceKind::Place => "place",
            PlaceKind::Area => "area",
        }
    }

    /// Parses [`PlaceKind::as_str`]'s output.
    pub fn from_str_opt(s: &str) -> Option<PlaceKind> {
        match s {
            "island" => Some(PlaceKind::Island),
            "group" => Some(PlaceKind::Group),
            "place" => Some(PlaceKind::Place),
            "area" => Some(PlaceKind::Area),
            _ => None,
        }
    }
}

/// Whether a place is disputed or only context for the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Role {
    /// Part of the dispute.
    Disputed,
    /// Shown and linked for context (a neighbouring island, a town across the strait).
    Context,
}

/// The ids of a pack's context places (shown and linked for orientation, not
/// part of the dispute), without the groups: "the islands" never refers back
/// to Hokkaido or Sakhalin, but may to the Kuril Islands that hold the disputed ones.
#[derive(Debug, Clone, Default)]
pub struct ContextPlaces(std::collections::HashSet<String>);

impl ContextPlaces {
    /// Whether `id` is a context place.
    pub fn contains(&self, id: &str) -> bool {
        self.0.contains(id)
    }

    /// Makes `id` a context place.
    pub fn insert(&mut self, id: &str) {
        self.0.insert(id.to_string());
    }
}

/// A place's display names. `en_alt` holds other English forms, the other side's
/// romanisation first; `en_usage` the Latin-script form each claimant's usage
/// ([`Usage`]) writes, where it differs from `en`. Every name but `en` is optional
/// (empty when the pack has none).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct Names {
    /// English (the administering side's form).
    pub en: String,
    /// Other English forms ("Kunashiri").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>"))]
    pub en_alt: Vec<String>,
    /// The Latin-script form under each usage, by usage id (`{"cn": "Diaoyu Dao"}`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<BTreeMap<String, String>>"))]
    pub en_usage: BTreeMap<String, String>,
    /// Japanese (kanji/kana).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>"))]
    pub ja: String,
    /// Russian (Cyrillic).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>"))]
    pub ru: String,
    /// Chinese, simplified script.
    #[serde(rename = "zh-Hans")]
    pub zh_hans: Option<String>,
    /// Chinese, traditional script.
    #[serde(rename = "zh-Hant")]
    pub zh_hant: Option<String>,
    /// Korean.
    pub ko: Option<String>,
    /// Ukrainian.
    pub uk: Option<String>,
    /// Spanish.
    pub es: Option<String>,
    /// Vietnamese.
    pub vi: Option<String>,
    /// Filipino.
    pub fil: Option<String>,
}

/// Aliases per language, as written in the pack.
///
/// Russian and Ukrainian aliases are inflected by the linker (case endings)
/// unless they start with `=`; Korean ones take particles; Latin-script ones
/// also match without diacritics.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aliases {
    /// English and romanised forms.
    #[serde(default)]
    pub en: Vec<String>,
    /// Russian, in the nominative; `=` before an alias turns inflection off.
    #[serde(default)]
    pub ru: Vec<String>,
    /// Japanese.
    #[serde(default)]
    pub ja: Vec<String>,
    /// Chinese, simplified and traditional forms.
    #[serde(default)]
    pub zh: Vec<String>,
    /// Korean, bare names (particles attach in text).
    #[serde(default)]
    pub ko: Vec<String>,
    /// Ukrainian, in the nominative; `=` before an alias turns inflection off.
    #[serde(default)]
    pub uk: Vec<String>,
    /// Spanish.
    #[serde(default)]
    pub es: Vec<String>,
    /// Vietnamese.
    #[serde(default)]
    pub vi: Vec<String>,
    /// Filipino.
    #[serde(default)]
    pub fil: Vec<String>,
}

impl Aliases {
    /// Every alias written as it is matched (no inflection), with its language.
    pub fn iter(&self) -> impl Iterator<Item = (AliasLanguage, &str)> {
        [
            (AliasLanguage::Exact, &self.en),
            (AliasLanguage::Japanese, &self.ja),
            (AliasLanguage::Exact, &self.zh),
            (AliasLanguage::Korean, &self.ko),
            (AliasLanguage::Exact, &self.es),
            (AliasLanguage::Exact, &self.vi),
            (AliasLanguage::Exact, &self.fil),
            (AliasLanguage::Russian, &self.ru),
            (AliasLanguage::Ukrainian, &self.uk),
        ]
        .into_iter()
        .flat_map(|(language, aliases)| aliases.iter().map(move |a| (language, a.as_str())))
    }

    /// Adds every alias of `other`.
    fn extend(&mut self, other: Aliases) {
        self.en.extend(other.en);
        self.ru.extend(other.ru);
        self.ja.extend(other.ja);
        self.zh.extend(other.zh);
        self.ko.extend(other.ko);
        self.uk.extend(other.uk);
        self.es.extend(other.es);
        self.vi.extend(other.vi);
        self.fil.extend(other.fil);
    }
}

/// How the linker treats an alias of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliasLanguage {
    /// Matched as written.
    Exact,
    /// Japanese: matched as written, a two-kanji alias not after another kanji.
    Japanese,
    /// Matched with Korean particles after it.
    Korean,
    /// Inflected into the Russian cases.
    Russian,
    /// Inflected into the Ukrainian cases.
    Ukrainian,
}

/// What a claimant holds: actual administration or a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ClaimStatus {
    /// Administers (controls) the place.
    Administers,
    /// Claims the place without administering it.
    Claims,
}

/// One party's claim on a place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Claim {
    /// ISO 3166 code of the claimant (`RU`, `JP`).
    pub claimant: String,
    /// Administers or claims.
    pub status: ClaimStatus,
    /// Since when (`YYYY`, `YYYY-MM` or `YYYY-MM-DD` in the pack).
    pub since: PartialDate,
    /// A short explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub note: Option<String>,
}

/// One place of a pack. It serializes as its feature's properties for the map
/// ([`Gazetteer::to_feature_collection`]; `PlaceProperties` in TypeScript):
/// the aliases and the geometry stay in the core.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(rename = "PlaceProperties", optional_fields)
)]
pub struct Place {
    /// Stable id (`kunashir`), unique across every pack in use.
    pub id: String,
    /// The id of the pack it comes from (`kuril`).
    pub pack: String,
    /// Island, group or place.
    pub kind: PlaceKind,
    /// Disputed or context.
    pub role: Role,
    /// Display names.
    pub names: Names,
    /// Aliases the linker looks for.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub aliases: Aliases,
    /// Claims on it.
    pub claims: Vec<Claim>,
    /// For a group, the islands it covers.
    pub covers: Vec<String>,
    /// For a group named after one of its islands (钓鱼岛 is the Senkakus and
    /// Uotsuri-jima), that island: the group's name listed beside another of
    /// its islands is the island (钓鱼岛、黄尾屿, 钓鱼岛及其附属的南小岛).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub namesake_island: Option<String>,
    /// For a sub-place, the island that contains it (computed from the polygons unless the pack says).
    pub island: Option<String>,
    /// Where its label goes, `[lon, lat]`.
    pub label: [f64; 2],
    /// Outline or position (none for groups).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub geometry: Option<Geometry<f64>>,
    /// The feature as the pack gives it, for the map.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    feature: geojson::Feature,
}

/// One event of a dispute's curated history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoricalEvent {
    /// Stable id (`shimoda-1855`).
    pub id: String,
    /// When (`YYYY`, `YYYY-MM` or `YYYY-MM-DD` in the pack).
    pub date: PartialDate,
    /// Place ids.
    pub places: Vec<String>,
    /// A short title.
    pub title: String,
    /// One or two sentences on what happened.
    pub description: String,
    /// The citation.
    pub source: String,
}

/// The pack's manifest (`pack.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PackInfo {
    /// Stable id (`kuril`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// One paragraph on the dispute.
    #[serde(default)]
    pub description: String,
    /// Map bounds, `[west, south, east, north]`.
    pub bounds: [f64; 4],
    /// Credit for the data.
    pub attribution: String,
    /// The Natural Earth disputed areas (`BRK_A3` codes, `B29`) the pack
    /// covers, for the world view.
    #[serde(default)]
    pub natural_earth: Vec<String>,
    /// File name of the places (GeoJSON).
    #[serde(default = "default_places_file")]
    pub places: String,
    /// File name of the curated history (JSON).
    #[serde(default = "default_history_file")]
    pub history: String,
    /// The claimants' naming conventions, for the naming switch.
    #[serde(default)]
    pub usages: Vec<Usage>,
}

/// One naming convention of a dispute ("Japanese usage"): which names a place
/// goes by under it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Usage {
    /// Stable id (`jp`); the key of [`Names::en_usage`].
    pub id: String,
    /// What the switch shows ("Japanese usage").
    pub label: String,
    /// The key of [`Names`] shown as the native-script name (`ja`, `zh-Hans`).
    pub names: String,
}

/// Phrases that refer to a dispute's places without naming one ("the disputed
/// islands", «спорные острова»): the linker gives them to the pack an article
/// names most, as its place [`GenericMentions::place`].
#[derive(Debug, Clone, PartialEq)]
pub struct GenericMentions {
    /// The pack the phrases belong to.
    pub pack: String,
    /// The place they name (a group or an area of the pack).
    pub place: String,
    /// The phrases, per language.
    pub phrases: Aliases,
}

fn default_places_file() -> String {
    "places.geojson".into()
}

fn default_history_file() -> String {
    "history.json".into()
}

/// One or more loaded dispute packs: their manifests, places, not-mention
/// phrases, namesakes, generic phrases and curated histories, with place ids unique across
/// them ([`Gazetteer::combine`]).
#[derive(Debug, Clone)]
pub struct Gazetteer {
    packs: Vec<PackInfo>,
    places: Vec<Place>,
    index: HashMap<String, usize>,
    not_mentions: Aliases,
    namesakes: Aliases,
    generic: Vec<GenericMentions>,
    history: Vec<HistoricalEvent>,
}

/// Properties of a pack feature, as written in `places.geojson`.
#[derive(Deserialize)]
struct FeatureProps {
    kind: PlaceKind,
    role: Role,
    names: Names,
    #[serde(default)]
    aliases: Aliases,
    #[serde(default)]
    claims: Vec<Claim>,
    #[serde(default)]
    covers: Vec<String>,
    #[serde(default)]
    namesake_island: Option<String>,
    #[serde(default)]
    island: Option<String>,
    label: [f64; 2],
}

/// How far (in degrees) a point may lie off a coarse coastline and still roll up to it.
const ROLL_UP_TOLERANCE_DEG: f64 = 0.12;

/// The packs that ship with the app: id, manifest, places, history.
const BUILT_IN: &[(&str, &str, &str, &str)] = &[
    (
        "kuril",
        include_str!("../../../data/packs/kuril/pack.json"),
        include_str!("../../../data/packs/kuril/places.geojson"),
        include_str!("../../../data/packs/kuril/history.json"),
    ),
    (
        "senkaku",
        include_str!("../../../data/packs/senkaku/pack.json"),
        include_str!("../../../data/packs/senkaku/places.geojson"),
        include_str!("../../../data/packs/senkaku/history.json"),
    ),
    (
        "dokdo",
        include_str!("../../../data/packs/dokdo/pack.json"),
        include_str!("../../../data/packs/dokdo/places.geojson"),
        include_str!("../../../data/packs/dokdo/history.json"),
    ),
    (
        "south-china-sea",
        include_str!("../../../data/packs/south-china-sea/pack.json"),
        include_str!("../../../data/packs/south-china-sea/places.geojson"),
        include_str!("../../../data/packs/south-china-sea/history.json"),
    ),
    (
        "crimea",
        include_str!("../../../data/packs/crimea/pack.json"),
        include_str!("../../../data/packs/crimea/places.geojson"),
        include_str!("../../../data/packs/crimea/history.json"),
    ),
    (
        "falklands",
        include_str!("../../../data/packs/falklands/pack.json"),
        include_str!("../../../data/packs/falklands/places.geojson"),
        include_str!("../../../data/packs/falklands/history.json"),
    ),
];

impl Gazetteer {
    /// The Kuril Islands pack that ships with the app (built in).
    pub fn kuril() -> Gazetteer {
        Gazetteer::built_in_pack("kuril").expect("the Kuril pack is built in")
    }

    /// The ids of the built-in packs, in the order [`Gazetteer::built_in`] loads them.
    pub fn built_in_ids() -> impl Iterator<Item = &'static str> {
        BUILT_IN.iter().map(|(id, ..)| *id)
    }

    /// The built-in pack `id`, if there is one.
    pub fn built_in_pack(id: &str) -> Option<Gazetteer> {
        BUILT_IN
            .iter()
            .find(|(pack, ..)| *pack == id)
            .map(|(_, manifest, places, history)| {
                Gazetteer::from_json(manifest, places, history)
                    .expect("the built-in packs are valid (tested)")
            })
    }

    /// Every built-in pack, combined: what the app and `atlas link` link against.
    pub fn built_in() -> Gazetteer {
        Gazetteer::combine(Gazetteer::built_in_ids().filter_map(Gazetteer::built_in_pack))
            .expect("the built-in packs have distinct ids (tested)")
    }

    /// The packs `choices` name: a built-in pack's id narrows to the built-in
    /// packs named so; a folder adds its pack (to the named built-in packs, or
    /// to all of them when none is named). No choice: every built-in pack.
    ///
    /// # Errors
    /// [`Error::NotFound`] for a choice that is neither a built-in id nor a
    /// folder; the folder's [`Error`] when its pack does not load;
    /// [`Error::Pack`] when two packs share an id or a place id.
    pub fn choose(choices: &[String]) -> Result<Gazetteer> {
        let mut ids = Vec::new();
        let mut folders = Vec::new();
        for choice in choices {
            if Gazetteer::built_in_ids().any(|id| id == choice) {
                ids.push(choice.as_str());
            } else if Path::new(choice).is_dir() {
                folders.push(Gazetteer::from_dir(Path::new(choice))?);
            } else {
                let known: Vec<&str> = Gazetteer::built_in_ids().collect();
                return Err(Error::NotFound(format!(
                    "{choice:?} is neither a built-in pack ({}) nor a pack folder",
                    known.join(", ")
                )));
            }
        }
        let built_in: Vec<&str> = if ids.is_empty() {
            Gazetteer::built_in_ids().collect()
        } else {
            ids
        };
        let packs = built_in.into_iter().filter_map(Gazetteer::built_in_pack);
        Gazetteer::combine(packs.chain(folders))
    }

    /// Several packs as one: their places, not-mention and generic phrases and
    /// histories side by side, each place keeping its [pack](Place::pack). Where
    /// two packs give the same alias, the linker takes the first pack's place.
    ///
    /// # Errors
    /// [`Error::Pack`] if two packs have the same id or share a place id.
    pub fn combine(packs: impl IntoIterator<Item = Gazetteer>) -> Result<Gazetteer> {
        let mut combined = Gazetteer {
            packs: Vec::new(),
            places: Vec::new(),
            index: HashMap::new(),
            not_mentions: Aliases::default(),
            namesakes: Aliases::default(),
            generic: Vec::new(),
            history: Vec::new(),
        };
        for pack in packs {
            for info in &pack.packs {
                if combined.packs.iter().any(|p| p.id == info.id) {
                    return Err(Error::Pack(format!("pack {:?} is loaded twice", info.id)));
                }
            }
            for place in pack.places {
                if let Some(&other) = combined.index.get(&place.id) {
                    return Err(Error::Pack(format!(
                        "place id {:?} of pack {:?} is also a place of pack {:?}",
                        place.id, place.pack, combined.places[other].pack
                    )));
                }
                combined
                    .index
                    .insert(place.id.clone(), combined.places.len());
                combined.places.push(place);
            }
            combined.packs.extend(pack.packs);
            combined.not_mentions.extend(pack.not_mentions);
            combined.namesakes.extend(pack.namesakes);
            combined.generic.extend(pack.generic);
            combined.history.extend(pack.history);
        }
        Ok(combined)
    }

    /// Reads a pack folder: `pack.json` and the places and history files it names.
    ///
    /// # Errors
    /// [`Error::Io`] when a file cannot be read, [`Error::Pack`] when the data is invalid.
    pub fn from_dir(dir: &Path) -> Result<Gazetteer> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|e| Error::io(path, e))
        };
        let manifest = read("pack.json")?;
        let info: PackInfo =
            serde_json::from_str(&manifest).map_err(|e| Error::Pack(format!("pack.json: {e}")))?;
        Gazetteer::from_json(&manifest, &read(&info.places)?, &read(&info.history)?)
    }

    /// Builds a pack from the text of its three files.
    ///
    /// # Errors
    /// [`Error::Pack`] naming what is wrong: bad JSON, a duplicate id, a group covering an
    /// unknown place, a historical event naming an unknown place, a malformed date.
    pub fn from_json(manifest: &str, places: &str, history: &str) -> Result<Gazetteer> {
        let info: PackInfo =
            serde_json::from_str(manifest).map_err(|e| Error::Pack(format!("pack.json: {e}")))?;
        let collection: geojson::FeatureCollection = places
            .parse::<geojson::GeoJson>()
            .map_err(|e| Error::Pack(format!("{}: {e}", info.places)))?
            .try_into()
            .map_err(|e| Error::Pack(format!("{}: {e}", info.places)))?;
        let phrases = |member: &str| match collection
            .foreign_members
            .as_ref()
            .and_then(|m| m.get(member))
        {
            Some(value) => serde_json::from_value::<Aliases>(value.clone())
                .map_err(|e| Error::Pack(format!("{member}: {e}"))),
            None => Ok(Aliases::default()),
        };
        let not_mentions = phrases("not_mentions")?;
        let namesakes = phrases("namesakes")?;
        let generic = match collection
            .foreign_members
            .as_ref()
            .and_then(|m| m.get("generic_mentions"))
        {
            Some(value) => vec![generic_mentions(&info.id, value)?],
            None => Vec::new(),
        };
        let mut places = Vec::with_capacity(collection.features.len());
        for feature in collection.features {
            places.push(place_from_feature(feature, &info.id)?);
        }
        let mut index = HashMap::new();
        for (i, place) in places.iter().enumerate() {
            if index.insert(place.id.clone(), i).is_some() {
                return Err(Error::Pack(format!("duplicate place id {:?}", place.id)));
            }
        }
        let history: Vec<HistoricalEvent> = serde_json::from_str(history)
            .map_err(|e| Error::Pack(format!("{}: {e}", info.history)))?;
        let mut gazetteer = Gazetteer {
            packs: vec![info],
            places,
            index,
            not_mentions,
            namesakes,
            generic,
            history,
        };
        gazetteer.roll_up_sub_places();
        gazetteer.validate()?;
        Ok(gazetteer)
    }

    /// Sets [`Place::island`] of each point place to the island polygon that contains it,
    /// or the nearest one within [`ROLL_UP_TOLERANCE_DEG`].
    fn roll_up_sub_places(&mut self) {
        let outlines: Vec<(String, Geometry<f64>)> = self
            .places
            .iter()
            .filter(|p| p.kind == PlaceKind::Island)
            .filter_map(|p| match &p.geometry {
                Some(g @ (Geometry::Polygon(_) | Geometry::MultiPolygon(_))) => {
                    Some((p.id.clone(), g.clone()))
                }
                _ => None,
            })
            .collect();
        for place in &mut self.places {
            if place.kind != PlaceKind::Place || place.island.is_some() {
                continue;
            }
            let Some(Geometry::Point(point)) = place.geometry else {
                continue;
            };
            place.island = containing_island(point, &outlines);
        }
    }

    fn validate(&self) -> Result<()> {
        for place in &self.places {
            for id in place.covers.iter().chain(place.island.iter()) {
                if !self.index.contains_key(id) {
                    return Err(Error::Pack(format!(
                        "{} refers to unknown place {id:?}",
                        place.id
                    )));
                }
            }
        }
        for generic in &self.generic {
            if !self.index.contains_key(&generic.place) {
                return Err(Error::Pack(format!(
                    "generic_mentions names unknown place {:?}",
                    generic.place
                )));
            }
        }
        for event in &self.history {
            if let Some(unknown) = event.places.iter().find(|p| !self.index.contains_key(*p)) {
                return Err(Error::Pack(format!(
                    "history event {} names unknown place {unknown:?}",
                    event.id
                )));
            }
        }
        Ok(())
    }

    /// The manifest of the first pack (the only one, unless [combined](Gazetteer::combine)).
    pub fn info(&self) -> &PackInfo {
        &self.packs[0]
    }

    /// The manifests of every pack, in load order.
    pub fn packs(&self) -> &[PackInfo] {
        &self.packs
    }

    /// The generic phrases of each pack that has some.
    pub fn generic_mentions(&self) -> &[GenericMentions] {
        &self.generic
    }

    /// The ids of its context places.
    pub fn context_places(&self) -> ContextPlaces {
        ContextPlaces(
            self.places
                .iter()
                .filter(|p| p.role == Role::Context && p.kind != PlaceKind::Group)
                .map(|p| p.id.clone())
                .collect(),
        )
    }

    /// All places, in pack order.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.index.get(id).map(|&i| &self.places[i])
    }

    /// Phrases that look like mentions but are not.
    pub fn not_mentions(&self) -> &Aliases {
        &self.not_mentions
    }

    /// Names of other places that contain a disputed place's name (广州南沙,
    /// «Крымский мост в Москве»): not mentions, and in an article where one
    /// stands, the names it contains mean the namesake there too, unless the
    /// article names the dispute otherwise ([`Linker`](crate::linker::Linker)).
    pub fn namesakes(&self) -> &Aliases {
        &self.namesakes
    }

    /// The curated history, in pack order.
    pub fn history(&self) -> &[HistoricalEvent] {
        &self.history
    }

    /// The ids whose mentions count for `id`: itself and the sub-places that roll up to it.
    pub fn with_sub_places(&self, id: &str) -> Vec<String> {
        let mut ids = vec![id.to_string()];
        ids.extend(
            self.places
                .iter()
                .filter(|p| p.island.as_deref() == Some(id))
                .map(|p| p.id.clone()),
        );
        ids
    }

    /// The places as a GeoJSON FeatureCollection for the map: each feature's id is the place
    /// id; properties `id`, `kind`, `role`, `names`, `claims`, `covers`, `island`, `label`.
    pub fn to_feature_collection(&self) -> geojson::FeatureCollection {
        self.feature_collection(|_| true)
    }

    /// The places of the pack `pack` only, as [`Gazetteer::to_feature_collection`]
    /// gives them (empty for a pack not loaded).
    pub fn pack_feature_collection(&self, pack: &str) -> geojson::FeatureCollection {
        self.feature_collection(|p| p.pack == pack)
    }

    fn feature_collection(&self, keep: impl Fn(&Place) -> bool) -> geojson::FeatureCollection {
        let features = self
            .places
            .iter()
            .filter(|p| keep(p))
            .map(|p| {
                let mut feature = p.feature.clone();
                feature.properties = match json(p) {
                    serde_json::Value::Object(props) => Some(props),
                    _ => None,
                };
                feature
            })
            .collect();
        geojson::FeatureCollection {
            bbox: None,
            features,
            foreign_members: None,
        }
    }
}

fn json<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("pack types serialize")
}

/// Reads a pack's `generic_mentions`: `{"place": id, "en": [...], ...}`.
fn generic_mentions(pack: &str, value: &serde_json::Value) -> Result<GenericMentions> {
    let error = |e: String| Error::Pack(format!("generic_mentions: {e}"));
    let mut members = value
        .as_object()
        .cloned()
        .ok_or_else(|| error("must be an object".into()))?;
    let place = match members.remove("place") {
        Some(serde_json::Value::String(place)) => place,
        _ => return Err(error("needs a \"place\" (a place id)".into())),
    };
    let phrases = serde_json::from_value(serde_json::Value::Object(members))
        .map_err(|e| error(e.to_string()))?;
    Ok(GenericMentions {
        pack: pack.to_string(),
        place,
        phrases,
    })
}

fn place_from_feature(feature: geojson::Feature, pack: &str) -> Result<Place> {
    let id = match &feature.id {
        Some(geojson::feature::Id::String(s)) => s.clone(),
        _ => {
            return Err(Error::Pack(
                "every feature needs a string \"id\"".to_string(),
            ))
        }
    };
    let props: FeatureProps = serde_json::from_value(serde_json::Value::Object(
        feature.properties.clone().unwrap_or_default(),
    ))
    .map_err(|e| Error::Pack(format!("feature {id}: {e}")))?;
    let geometry = match &feature.geometry {
        Some(g) => Some(
            Geometry::<f64>::try_from(g.clone())
                .map_err(|e| Error::Pack(format!("feature {id}: geometry: {e}")))?,
        ),
        None => None,
    };
    Ok(Place {
        id,
        pack: pack.to_string(),
        kind: props.kind,
        role: props.role,
        names: props.names,
        aliases: props.aliases,
        claims: props.claims,
        covers: props.covers,
        namesake_island: props.namesake_island,
        island: props.island,
        label: props.label,
        geometry,
        feature,
    })
}

fn containing_island(point: Point<f64>, outlines: &[(String, Geometry<f64>)]) -> Option<String> {
    if let Some((id, _)) = outlines.iter().find(|(_, g)| g.contains(&point)) {
        return Some(id.clone());
    }
    outlines
        .iter()
        .map(|(id, g)| (id, Euclidean.distance(&point, g)))
        .filter(|(_, d)| *d <= ROLL_UP_TOLERANCE_DEG)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, _)| id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kuril_pack_loads_with_the_four_islands() {
        let g = Gazetteer::kuril();
        for id in ["kunashir", "iturup", "shikotan", "habomai"] {
            let p = g.place(id).unwrap();
            assert_eq!(p.kind, PlaceKind::Island);
            assert_eq!(p.role, Role::Disputed);
            assert!(matches!(
                p.geometry,
                Some(Geometry::Polygon(_) | Geometry::MultiPolygon(_))
            ));
            assert!(p
                .claims
                .iter()
                .any(|c| c.claimant == "RU" && c.status == ClaimStatus::Administers));
            assert!(p
                .claims
                .iter()
                .any(|c| c.claimant == "JP" && c.status == ClaimStatus::Claims));
        }
        let southern = g.place("southern-kurils").unwrap();
        assert_eq!(southern.kind, PlaceKind::Group);
        assert_eq!(
            southern.covers,
            ["kunashir", "iturup", "shikotan", "habomai"]
        );
        assert_eq!(
            g.place("lesser-kurils").unwrap().covers,
            ["shikotan", "habomai"]
        );
    }

    #[test]
    fn sub_places_roll_up_to_the_island_that_contains_them() {
        let g = Gazetteer::kuril();
        let island = |id: &str| g.place(id).unwrap().island.clone();
        assert_eq!(island("yuzhno-kurilsk").as_deref(), Some("kunashir"));
        assert_eq!(island("mount-tyatya").as_deref(), Some("kunashir"));
        assert_eq!(island("kurilsk").as_deref(), Some("iturup"));
        assert_eq!(island("malokurilskoye").as_deref(), Some("shikotan"));
        assert_eq!(island("zelyony").as_deref(), Some("habomai"));
        assert_eq!(island("nemuro").as_deref(), Some("hokkaido"));
        assert_eq!(island("severo-kurilsk").as_deref(), Some("paramushir"));
        assert_eq!(island("sakhalin"), None);
        let kunashir = g.with_sub_places("kunashir");
        assert!(kunashir.contains(&"yuzhno-kurilsk".to_string()));
        assert!(!kunashir.contains(&"kurilsk".to_string()));
    }

    #[test]
    fn history_covers_the_landmarks_of_the_dispute() {
        let g = Gazetteer::kuril();
        let dates: Vec<String> = g.history().iter().map(|e| e.date.to_string()).collect();
        for date in [
            "1855-02-07",
            "1875-05-07",
            "1905-09-05",
            "1945-02-11",
            "1951-09-08",
            "1956-10-19",
            "1993-10-13",
            "2010-11-01",
            "2015-08-22",
            "2016-12-15",
            "2018-11-14",
            "2020-07-04",
            "2022-03-21",
        ] {
            assert!(dates.iter().any(|d| d == date), "missing {date}");
        }
        assert!(g.history().iter().all(|e| !e.source.is_empty()));
    }

    #[test]
    fn feature_collection_carries_ids_and_names() {
        let fc = Gazetteer::kuril().to_feature_collection();
        let kunashir = fc
            .features
            .iter()
            .find(|f| f.property("id").and_then(|v| v.as_str()) == Some("kunashir"))
            .unwrap();
        assert_eq!(kunashir.property("names").unwrap()["ja"], "国後島");
        assert!(kunashir.geometry.is_some());
    }

    #[test]
    fn rejects_a_group_covering_an_unknown_place() {
        let places = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"g","geometry":null,
            "properties":{"kind":"group","role":"disputed","names":{"en":"G","ja":"G","ru":"G"},
            "covers":["nowhere"],"label":[0,0]}}]}"#;
        let err = Gazetteer::from_json(BUILT_IN[0].1, places, "[]").unwrap_err();
        assert_eq!(err.code(), "invalid_pack");
        assert!(err.to_string().contains("nowhere"));
    }

    #[test]
    fn reads_a_pack_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/packs/kuril");
        let g = Gazetteer::from_dir(&dir).unwrap();
        assert_eq!(g.info().id, "kuril");
        assert_eq!(g.places().len(), Gazetteer::kuril().places().len());
    }
}
