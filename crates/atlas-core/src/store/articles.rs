//! Stored articles: one in full, the list, mention counts per place, and an
//! article's source set by hand.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use super::corrections::{mention_corrections, MentionCorrection};
use super::events::{article_events, EventRecord};
use super::{article_not_found, enum_from_name, Library};
use crate::analysis::Language;
use crate::gazetteer::PlaceKind;
use crate::ingest::Format;
use crate::linker::Mention;
use crate::{Result, Timestamp};

/// One stored article in full, with its mentions and events (corrections applied).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ArticleRecord {
    /// The article's id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// Where it came from, when known.
    pub source: Option<String>,
    /// The web address it was published at, when known.
    pub address: Option<String>,
    /// Its publication date (`YYYY-MM-DD`), when known.
    pub published: Option<NaiveDate>,
    /// Its language.
    pub language: Language,
    /// The format it was read as.
    pub format: Format,
    /// The name of the file it was imported from.
    pub file_name: String,
    /// When it was imported, as given to [`Library::import`].
    pub imported_at: Timestamp,
    /// Its text.
    pub text: String,
    /// Its linked mentions in text order (unlinked ones left out).
    pub mentions: Vec<MentionRecord>,
    /// The person's corrections of its mentions (relinked and unlinked), in text order.
    pub mention_corrections: Vec<MentionCorrection>,
    /// Its events in text order.
    pub events: Vec<EventRecord>,
}

/// One linked mention of a place in a stored article.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct MentionRecord {
    /// The place id (corrected if the user relinked it).
    pub feature: String,
    /// The kind of place the linker found (not updated by a correction).
    pub kind: PlaceKind,
    /// For a sub-place, the island that contains it (as the linker found it).
    pub island: Option<String>,
    /// Character offset in the article text.
    pub start: usize,
    /// Character end offset.
    pub end: usize,
    /// The text as it stands in the article.
    pub text: String,
    /// Whether the user relinked this mention.
    pub corrected: bool,
}

/// One line of the library's article list.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct ArticleSummary {
    /// The article's id.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// Its title.
    pub title: String,
    /// Where it came from, when known.
    pub source: Option<String>,
    /// The web address it was published at (`http` or `https`), when known.
    pub address: Option<String>,
    /// Its publication date, when known.
    pub published: Option<NaiveDate>,
    /// Its language.
    pub language: Language,
    /// The name of the file it was imported from.
    pub file_name: String,
    /// The number of linked mentions.
    pub mention_count: usize,
    /// The number of events.
    pub event_count: usize,
    /// The distinct place ids mentioned, in order of first mention.
    pub places: Vec<String>,
    /// When it was imported.
    pub imported_at: Timestamp,
}

impl Library {
    /// The text of article `id` and its linked mentions (corrections applied),
    /// as the event extractor takes them, read in one snapshot.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] if there is no such article,
    /// [`crate::Error::Store`] if a query fails.
    pub fn text_and_mentions(&self, id: i64) -> Result<(String, Vec<Mention>)> {
        let _snapshot = self.read_snapshot()?;
        let text: Option<String> = self
            .conn
            .query_row("SELECT text FROM articles WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let text = text.ok_or_else(|| article_not_found(id))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT feature, kind, island, start, \"end\", byte_start, byte_end, text FROM mentions \
             WHERE article_id = ?1 AND feature IS NOT NULL ORDER BY start",
        )?;
        let rows = stmt.query_map([id], |row| {
            Ok(Mention {
                feature: row.get(0)?,
                // The library keeps place ids only; `Atlas` names their packs.
                pack: String::new(),
                kind: enum_from_name(row.get(1)?)?,
                island: row.get(2)?,
                start: row.get(3)?,
                end: row.get(4)?,
                byte_start: row.get(5)?,
                byte_end: row.get(6)?,
                text: row.get(7)?,
            })
        })?;
        let mentions = rows.collect::<rusqlite::Result<_>>()?;
        Ok((text, mentions))
    }

    /// The publication date of article `id`, if it has one.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] if there is no such article,
    /// [`crate::Error::Store`] if the query fails.
    pub fn article_published(&self, id: i64) -> Result<Option<NaiveDate>> {
        self.conn
            .query_row("SELECT published FROM articles WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| article_not_found(id))
    }

    /// Article `id` in full.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] if there is no such article,
    /// [`crate::Error::Store`] if a query fails.
    pub fn article(&self, id: i64) -> Result<ArticleRecord> {
        // One read transaction: all three queries see the same snapshot even
        // while another connection imports or deletes (see `read_snapshot`).
        let _snapshot = self.read_snapshot()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, source, published, language, format, file_name, imported_at, text, \
             address FROM articles WHERE id = ?1",
        )?;
        let record = stmt
            .query_row([id], |row| {
                Ok(ArticleRecord {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    source: row.get(2)?,
                    published: row.get(3)?,
                    language: row.get(4)?,
                    format: enum_from_name(row.get(5)?)?,
                    file_name: row.get(6)?,
                    imported_at: row.get(7)?,
                    text: row.get(8)?,
                    address: row.get(9)?,
                    mentions: Vec::new(),
                    mention_corrections: Vec::new(),
                    events: Vec::new(),
                })
            })
            .optional()?;
        let Some(mut record) = record else {
            return Err(article_not_found(id));
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT feature, kind, island, start, \"end\", text, feature IS NOT linked_feature \
             FROM mentions WHERE article_id = ?1 AND feature IS NOT NULL ORDER BY start",
        )?;
        let rows = stmt.query_map([id], |row| {
            Ok(MentionRecord {
                feature: row.get(0)?,
                kind: enum_from_name(row.get(1)?)?,
                island: row.get(2)?,
                start: row.get(3)?,
                end: row.get(4)?,
                text: row.get(5)?,
                corrected: row.get(6)?,
            })
        })?;
        record.mentions = rows.collect::<rusqlite::Result<_>>()?;
        record.mention_corrections = mention_corrections(&self.conn, id)?;
        record.events = article_events(&self.conn, id)?;
        Ok(record)
    }

    /// Every stored article, most recently imported first.
    ///
    /// # Errors
    /// [`crate::Error::Store`] if a query fails.
    pub fn articles(&self) -> Result<Vec<ArticleSummary>> {
        // Without it, an article committed by another connection between the
        // two queries was listed with no mentions and no places.
        let _snapshot = self.read_snapshot()?;
        let mut places: HashMap<i64, Vec<String>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT article_id, feature FROM mentions WHERE feature IS NOT NULL \
             ORDER BY article_id, start",
        )?;
        let mut mention_counts: HashMap<i64, usize> = HashMap::new();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let feature: String = row.get(1)?;
            *mention_counts.entry(id).or_default() += 1;
            let list = places.entry(id).or_default();
            if !list.contains(&feature) {
                list.push(feature);
            }
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a ORDER BY a.imported_at DESC, a.id DESC"
        ))?;
        let rows = stmt.query_map([], |row| {
            let mut summary = summary_from_row(row)?;
            summary.mention_count = mention_counts.get(&summary.id).copied().unwrap_or(0);
            summary.places = places.remove(&summary.id).unwrap_or_default();
            Ok(summary)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// For each place id, the number of distinct articles with a linked mention of it.
    ///
    /// Only direct mentions count: a mention of a town does not count for its island.
    /// Read from the aggregate (`place_article_counts`), which triggers keep current.
    ///
    /// # Errors
    /// [`crate::Error::Store`] if the query fails.
    pub fn article_counts(&self) -> Result<HashMap<String, usize>> {
        // A library opened read-only at an older version has no aggregate.
        let sql = if self.has_aggregate()? {
            "SELECT place, articles FROM place_article_counts"
        } else {
            "SELECT feature, COUNT(DISTINCT article_id) FROM mentions \
             WHERE feature IS NOT NULL GROUP BY feature"
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// For each group of places (a dispute pack: `group_of` maps each place id
    /// to its group), the number of distinct articles with a linked mention of
    /// any of its places. A group no article mentions is left out; an article
    /// that mentions two groups counts for both.
    ///
    /// # Errors
    /// [`crate::Error::Store`] if the query fails.
    pub fn article_counts_by_group(
        &self,
        group_of: &HashMap<String, String>,
    ) -> Result<HashMap<String, usize>> {
        let groups = serde_json::to_string(group_of).expect("a map of strings serializes");
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.value, COUNT(DISTINCT m.article_id) FROM mentions m \
             JOIN json_each(?1) g ON g.key = m.feature GROUP BY g.value",
        )?;
        let rows = stmt.query_map([groups], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets article `id`'s source (trimmed; empty clears it), as a person
    /// corrects where an article came from.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown article,
    /// [`crate::Error::InvalidInput`] for a source longer than [`MAX_SOURCE_CHARS`],
    /// [`crate::Error::Store`] if the update fails.
    pub fn set_source(&mut self, id: i64, source: Option<&str>) -> Result<()> {
        let source = source.map(str::trim).filter(|s| !s.is_empty());
        if let Some(s) = source {
            if s.chars().count() > MAX_SOURCE_CHARS {
                return Err(crate::Error::InvalidInput(format!(
                    "a source is at most {MAX_SOURCE_CHARS} characters"
                )));
            }
        }
        let changed = self.conn.execute(
            "UPDATE articles SET source = ?2 WHERE id = ?1",
            rusqlite::params![id, source],
        )?;
        if changed == 0 {
            return Err(article_not_found(id));
        }
        Ok(())
    }
}

/// The longest source [`Library::set_source`] takes, in characters.
pub const MAX_SOURCE_CHARS: usize = 200;

/// The columns of an article's [`ArticleSummary`] (`articles a`), in the
/// order [`summary_from_row`] reads them.
pub(super) const SUMMARY_COLUMNS: &str =
    "a.id, a.title, a.source, a.published, a.language, a.file_name, a.imported_at, \
     (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id), a.address";

/// An article's summary from a row of [`SUMMARY_COLUMNS`]; its mentions and
/// places are the caller's to fill.
pub(super) fn summary_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: row.get(0)?,
        title: row.get(1)?,
        source: row.get(2)?,
        published: row.get(3)?,
        language: row.get(4)?,
        file_name: row.get(5)?,
        imported_at: row.get(6)?,
        event_count: row.get(7)?,
        address: row.get(8)?,
        mention_count: 0,
        places: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::*;
    use crate::store::ImportOutcome;

    fn stored(lib: &mut Library, (a, analysis): Sample, at: Timestamp) -> i64 {
        match lib.import("file.txt", &a, &analysis, at).unwrap() {
            ImportOutcome::Stored { id } => id,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_source_is_set_trimmed_cleared_and_checked() {
        let mut lib = Library::open_in_memory().unwrap();
        let id = stored(&mut lib, sample_en(), *T0);
        lib.set_source(id, Some("  TASS ")).unwrap();
        assert_eq!(lib.article(id).unwrap().source.as_deref(), Some("TASS"));
        assert_eq!(lib.articles().unwrap()[0].source.as_deref(), Some("TASS"));
        lib.set_source(id, Some("   ")).unwrap();
        assert_eq!(lib.article(id).unwrap().source, None);
        lib.set_source(id, Some("Kyodo")).unwrap();
        lib.set_source(id, None).unwrap();
        assert_eq!(lib.article(id).unwrap().source, None);
        let long = "x".repeat(MAX_SOURCE_CHARS + 1);
        assert_eq!(
            lib.set_source(id, Some(&long)).unwrap_err().code(),
            "invalid_input"
        );
        assert_eq!(
            lib.set_source(999, Some("TASS")).unwrap_err().code(),
            "not_found"
        );
    }

    #[test]
    fn reads_an_article_back_in_full() {
        let mut lib = Library::open_in_memory().unwrap();
        let (article, analysis) = sample_en();
        let id = stored(&mut lib, (article.clone(), analysis.clone()), *T0);
        let record = lib.article(id).unwrap();
        assert_eq!(record.title, article.title);
        assert_eq!(record.source, article.source);
        assert_eq!(record.address, article.address);
        assert_eq!(record.published, article.published);
        assert_eq!(record.text, article.text);
        assert_eq!(record.language, Language::En);
        assert_eq!(record.format, Format::Text);
        assert_eq!(record.file_name, "file.txt");
        assert_eq!(record.imported_at, *T0);
        assert_eq!(record.mentions.len(), analysis.mentions.len());
        for (got, want) in record.mentions.iter().zip(&analysis.mentions) {
            assert_eq!(got.feature, want.feature);
            assert_eq!(got.kind, want.kind);
            assert_eq!(got.island, want.island);
            assert_eq!((got.start, got.end), (want.start, want.end));
            assert_eq!(got.text, want.text);
            assert!(!got.corrected);
        }
        assert_eq!(record.events.len(), 2);
        assert_eq!(record.events[0].stub.date, "2021-03");
        let json = serde_json::to_value(&record).unwrap();
        assert_eq!(json["published"], "2022-04-02");
        assert_eq!(json["language"], "en");
        assert_eq!(json["mentions"][0]["kind"], "island");

        let err = lib.article(id + 100).unwrap_err();
        assert_eq!(err.code(), "not_found");
        assert!(err.to_string().contains(&format!("#{}", id + 100)));
    }

    #[test]
    fn lists_articles_newest_first_with_counts() {
        let mut lib = Library::open_in_memory().unwrap();
        let en = stored(&mut lib, sample_en(), *T0);
        let ru = stored(&mut lib, sample_ru(), *T2);
        let ja = stored(&mut lib, sample_ja(), *T1);
        let list = lib.articles().unwrap();
        let ids: Vec<_> = list.iter().map(|a| a.id).collect();
        assert_eq!(ids, [ru, ja, en]);
        let en = &list[2];
        assert_eq!(en.mention_count, 4);
        assert_eq!(en.event_count, 2);
        assert_eq!(en.places, ["kunashir", "iturup", "yuzhno-kurilsk"]);
        assert_eq!(en.language, Language::En);
        assert_eq!(list[0].language, Language::Ru);
        assert_eq!(list[1].language, Language::Ja);
    }

    #[test]
    fn counts_articles_per_place() {
        let mut lib = Library::open_in_memory().unwrap();
        stored(&mut lib, sample_en(), *T0);
        stored(&mut lib, sample_ru(), *T1);
        let counts = lib.article_counts().unwrap();
        assert_eq!(
            counts["kunashir"], 2,
            "two mentions in one article count once"
        );
        assert_eq!(counts["iturup"], 2);
        assert_eq!(counts["yuzhno-kurilsk"], 1);
        assert!(!counts.contains_key("shikotan"));
    }

    #[test]
    fn counts_articles_per_group_of_places() {
        let mut lib = Library::open_in_memory().unwrap();
        stored(&mut lib, sample_en(), *T0);
        stored(&mut lib, sample_ru(), *T1);
        let group_of: HashMap<String, String> = [
            ("kunashir", "south"),
            ("iturup", "south"),
            ("yuzhno-kurilsk", "town"),
            ("shikotan", "unmentioned"),
        ]
        .into_iter()
        .map(|(p, g)| (p.to_string(), g.to_string()))
        .collect();
        let counts = lib.article_counts_by_group(&group_of).unwrap();
        assert_eq!(counts["south"], 2, "an article counts once per group");
        assert_eq!(counts["town"], 1);
        assert!(!counts.contains_key("unmentioned"));
        assert!(lib
            .article_counts_by_group(&HashMap::new())
            .unwrap()
            .is_empty());
    }
}
