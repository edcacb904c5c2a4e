//! The library: an SQLite database of articles, mentions and events.
// PLACEHOLDER: the store helper replaces this with `store/`.
