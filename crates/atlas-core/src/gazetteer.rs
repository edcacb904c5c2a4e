//! Dispute packs.
// PLACEHOLDER: replaced by the real gazetteer.

/// What kind of place a feature is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// One of the islands (disputed or context).
    Island,
    /// A named group of islands ("Northern Territories").
    Group,
    /// A town, mountain, cape or other point on an island, or a context place.
    Place,
}
