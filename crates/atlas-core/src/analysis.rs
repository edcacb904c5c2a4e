//! One article's analysis: its language, the places it mentions and the events it reports.

use chrono::NaiveDate;

use crate::events::{extract_events_in, Event};
use crate::language::detect_languages;
pub use crate::language::{detect_language, Language};
use crate::linker::{Linker, Mention};
use crate::web_addresses::Addresses;

/// What an article says about the pack's places.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Analysis {
    /// The article's language.
    pub language: Language,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The dated events, in text order.
    pub events: Vec<Event>,
}

impl Analysis {
    /// The disputes (pack ids) the article names, in the order it first names them.
    pub fn disputes(&self) -> Vec<String> {
        let mut packs: Vec<String> = Vec::new();
        for mention in &self.mentions {
            if !packs.contains(&mention.pack) {
                packs.push(mention.pack.clone());
            }
        }
        packs
    }
}

/// Links `text` and extracts its events; relative dates resolve against `published`.
pub fn analyze(linker: &Linker, text: &str, published: Option<NaiveDate>) -> Analysis {
    let (language, languages) = detect_languages(text);
    let addresses = Addresses::of(text);
    let mentions = linker.link_sharing(&addresses);
    let events = extract_events_in(
        &addresses,
        languages,
        &mentions,
        published,
        linker.context_places(),
    );
    Analysis {
        language,
        mentions,
        events,
    }
}
