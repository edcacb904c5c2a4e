//! The library's article list a page at a time (the Library tab), and the
//! sources and languages it can be filtered by, with their counts: a library
//! of a million articles is never listed whole.

use rusqlite::params;

use super::articles::{summary_from_row, ArticleSummary, SUMMARY_COLUMNS};
use super::search::SearchFilter;
use super::Library;
use crate::language::Language;
use crate::{Error, Result};

/// The most articles [`Library::article_page`] answers at once.
pub const MAX_ARTICLE_PAGE: usize = 500;

/// Some lines of the library's article list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticlePage {
    /// How many articles pass the filter (the list's length).
    pub total: usize,
    /// The index of the first article given.
    pub offset: usize,
    /// The articles from `offset` on: most recently published first, the
    /// undated last, the newest id first within a date.
    pub articles: Vec<ArticleSummary>,
}

/// A source and how many articles have it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SourceCount {
    /// The source, as stored.
    pub value: String,
    /// Its articles.
    pub count: usize,
}

/// A language and how many articles are in it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LanguageCount {
    /// The language.
    pub value: Language,
    /// Its articles.
    pub count: usize,
}

/// What the library's articles can be filtered by.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticleFacets {
    /// How many articles the library holds.
    pub articles: usize,
    /// The sources, by name.
    pub sources: Vec<SourceCount>,
    /// The languages, most articles first.
    pub languages: Vec<LanguageCount>,
}

/// The list's order, served by the `articles_published` index (SQLite puts
/// NULL last when descending).
const ORDER: &str = "ORDER BY a.published DESC, a.id DESC";
/// The filter: `?1` a source, `?2` a language (NULL: any).
const FILTER: &str = "(?1 IS NULL OR a.source = ?1) AND (?2 IS NULL OR a.language = ?2)";

impl Library {
    /// At most `limit` articles of the list that pass `filter`, from index
    /// `offset`, in the list's order, and the list's length.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for more than [`MAX_ARTICLE_PAGE`] articles,
    /// [`Error::Store`] if a query fails.
    pub fn article_page(
        &self,
        filter: &SearchFilter,
        offset: usize,
        limit: usize,
    ) -> Result<ArticlePage> {
        if limit > MAX_ARTICLE_PAGE {
            return Err(Error::InvalidInput(format!(
                "at most {MAX_ARTICLE_PAGE} articles can be asked for at once, not {limit}"
            )));
        }
        let source = filter.source.as_deref();
        let language = filter.language.map(|l| l.code());
        let _snapshot = self.read_snapshot()?;
        let total: usize = self.conn.query_row(
            &format!("SELECT COUNT(*) FROM articles a WHERE {FILTER}"),
            params![source, language],
            |r| r.get(0),
        )?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a WHERE {FILTER} {ORDER} LIMIT ?3 OFFSET ?4"
        ))?;
        let page = [limit, offset].map(|n| i64::try_from(n).unwrap_or(i64::MAX));
        let rows = stmt.query_map(
            params![source, language, page[0], page[1]],
            summary_from_row,
        )?;
        let mut articles: Vec<ArticleSummary> = rows.collect::<rusqlite::Result<_>>()?;
        let mut mentions = self.conn.prepare_cached(
            "SELECT feature FROM mentions WHERE article_id = ?1 AND feature IS NOT NULL \
             ORDER BY start",
        )?;
        for a in &mut articles {
            let features = mentions.query_map([a.id], |r| r.get::<_, String>(0))?;
            for feature in features {
                let feature = feature?;
                a.mention_count += 1;
                if !a.places.contains(&feature) {
                    a.places.push(feature);
                }
            }
        }
        Ok(ArticlePage {
            total,
            offset,
            articles,
        })
    }

    /// The library's sources (by name) and languages (most articles first),
    /// with their counts, and how many articles it holds.
    ///
    /// # Errors
    /// [`Error::Store`] if a query fails.
    pub fn article_facets(&self) -> Result<ArticleFacets> {
        let _snapshot = self.read_snapshot()?;
        let articles: usize = self
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT source, COUNT(*) FROM articles WHERE source IS NOT NULL \
             GROUP BY source ORDER BY source",
        )?;
        let sources = stmt
            .query_map([], |r| {
                Ok(SourceCount {
                    value: r.get(0)?,
                    count: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT language, COUNT(*) AS n FROM articles GROUP BY language \
             ORDER BY n DESC, language",
        )?;
        let languages = stmt
            .query_map([], |r| {
                Ok(LanguageCount {
                    value: r.get(0)?,
                    count: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ArticleFacets {
            articles,
            sources,
            languages,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::{
        query_plan, sample_dateline, sample_en, sample_ja, sample_news, sample_ru, T0,
    };

    /// Five articles in three languages, one with no source, one with no date.
    fn seeded() -> Library {
        let mut lib = Library::open_in_memory().unwrap();
        let samples = [
            sample_en(),
            sample_ru(),
            sample_ja(),
            sample_news(),
            sample_dateline(),
        ];
        for (i, (mut a, analysis)) in samples.into_iter().enumerate() {
            a.source = [
                Some("Kyodo"),
                Some("TASS"),
                None,
                Some("Kyodo"),
                Some("TASS"),
            ][i]
                .map(Into::into);
            if i == 2 {
                a.published = None;
            }
            lib.import(&format!("{i}.txt"), &a, &analysis, *T0).unwrap();
        }
        lib
    }

    fn plan(lib: &Library, sql: &str) -> String {
        query_plan(lib, sql, rusqlite::types::Value::Null).join("; ")
    }

    #[test]
    fn pages_put_together_are_the_list_in_its_order() {
        let lib = seeded();
        let all = lib.article_page(&SearchFilter::default(), 0, 500).unwrap();
        assert_eq!(all.total, 5, "{all:?}");
        assert!(all.articles.last().unwrap().published.is_none());
        assert_eq!(all.articles.len(), all.total);
        let keys: Vec<_> = all.articles.iter().map(|a| (a.published, a.id)).collect();
        let mut sorted = keys.clone();
        // Newest first; the undated (None) last.
        sorted.sort_by(|x, y| match (x.0, y.0) {
            (Some(a), Some(b)) => b.cmp(&a).then(y.1.cmp(&x.1)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => y.1.cmp(&x.1),
        });
        assert_eq!(keys, sorted);
        let mut got = Vec::new();
        while got.len() < all.total {
            let page = lib
                .article_page(&SearchFilter::default(), got.len(), 2)
                .unwrap();
            got.extend(page.articles);
        }
        assert_eq!(got, all.articles);
        let whole = lib.articles().unwrap();
        for a in &all.articles {
            let same = whole.iter().find(|w| w.id == a.id).unwrap();
            assert_eq!(a, same);
        }
        let err = lib
            .article_page(&SearchFilter::default(), 0, 501)
            .unwrap_err();
        assert_eq!(err.code(), "invalid_input");
    }

    #[test]
    fn the_filter_and_the_facets_agree() {
        let lib = seeded();
        let facets = lib.article_facets().unwrap();
        assert_eq!(facets.articles, lib.article_count().unwrap());
        for s in &facets.sources {
            let filter = SearchFilter {
                source: Some(s.value.clone()),
                language: None,
            };
            let page = lib.article_page(&filter, 0, 500).unwrap();
            assert_eq!(page.total, s.count, "{}", s.value);
            assert!(page
                .articles
                .iter()
                .all(|a| a.source.as_deref() == Some(&*s.value)));
        }
        let counted: usize = facets.languages.iter().map(|l| l.count).sum();
        assert_eq!(counted, facets.articles);
        assert_eq!(facets.sources.len(), 2);
    }

    #[test]
    fn the_list_reads_the_published_index_and_no_sort() {
        let lib = seeded();
        let list = plan(
            &lib,
            &format!("SELECT a.id FROM articles a WHERE {FILTER} {ORDER} LIMIT 100 OFFSET 0"),
        );
        assert!(list.contains("articles_published"), "{list}");
        assert!(!list.contains("TEMP B-TREE"), "{list}");
        for (sql, index) in [
            (
                "SELECT source, COUNT(*) FROM articles WHERE source IS NOT NULL GROUP BY source",
                "articles_source",
            ),
            (
                "SELECT language, COUNT(*) FROM articles GROUP BY language",
                "articles_language",
            ),
        ] {
            let plan = plan(&lib, sql);
            assert!(plan.contains(index), "{plan}");
        }
    }
}
