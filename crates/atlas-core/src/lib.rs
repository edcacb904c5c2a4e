//! Dispute Atlas domain core.
//!
//! Everything the app and the `atlas` CLI do with articles happens here, with no
//! dependency on tauri or any GUI toolkit:
//!
//! - [`gazetteer`]: a dispute *pack* (places with names, aliases, claims, geometry,
//!   and curated historical events) read from GeoJSON/JSON files;
//! - [`linker`]: every mention of a pack's places in a text, with spans;
//! - [`dates`] and [`events`]: date expressions (absolute and relative to the
//!   publication date) and the dated events an article reports;
//! - [`ingest`]: a file (txt, md, html, pdf, docx, eml) turned into a clean [`ingest::Article`];
//! - [`store`]: the SQLite library with its full-text index and queries.
//!
//! [`analysis::analyze`] runs linker and event extraction over one article.

pub mod analysis;
pub mod atlas;
pub mod dates;
pub mod error;
pub mod events;
pub mod export;
pub mod gazetteer;
pub mod import;
pub mod ingest;
pub mod language;
mod letters;
pub mod linker;
pub mod pack_check;
mod parallel;
mod prechecked_regex;
pub mod sentences;
pub mod store;
#[cfg(test)]
mod test_random;
pub mod text;
pub mod timestamp;
pub mod web_addresses;
mod word_regex;

pub use atlas::{Atlas, Packs};
pub use error::{Error, ErrorCode, Result};
pub use timestamp::Timestamp;
