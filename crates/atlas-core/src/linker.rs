//! Mentions of a pack's places in text.
// PLACEHOLDER: replaced by the real linker.
use crate::gazetteer::PlaceKind;

/// One mention of a place in a text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mention {
    /// The place's id in the pack (`kunashir`, `southern-kurils`, `yuzhno-kurilsk`).
    pub feature: String,
    /// Island, group or place.
    pub kind: PlaceKind,
    /// For a sub-place, the island whose polygon contains it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub island: Option<String>,
    /// Character offset of the mention.
    pub start: usize,
    /// Character end offset.
    pub end: usize,
    /// Byte offset.
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte end offset.
    #[serde(skip)]
    pub byte_end: usize,
    /// The text as it stands in the article.
    pub text: String,
}

/// Finds mentions of a pack's places.
#[derive(Debug)]
pub struct Linker {}

impl Linker {
    /// Every mention in `text`, in text order, non-overlapping.
    pub fn link(&self, _text: &str) -> Vec<Mention> {
        unimplemented!()
    }
}
