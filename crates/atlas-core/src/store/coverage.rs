//! Coverage over time: how many articles mentioned some places, per month or
//! year of publication, split by language or by source.

use std::collections::BTreeMap;

use rusqlite::params_from_iter;

use super::Library;
use crate::Result;

/// The length of a coverage period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// `2024-09`.
    Month,
    /// `2024`.
    Year,
}

/// What coverage counts are split by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Split {
    /// The article's language code (`en`, `ru`, ...).
    Language,
    /// The article's source (`unknown` when none is known).
    Source,
}

/// The articles of one period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CoverageBin {
    /// `2024` or `2024-09`.
    pub period: String,
    /// Articles per language or source, by name, in name order.
    pub counts: BTreeMap<String, usize>,
    /// Articles in all (an article counts once, whatever it mentions).
    pub total: usize,
}

/// Coverage of some places over time.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Coverage {
    /// Periods with at least one article, in time order.
    pub periods: Vec<CoverageBin>,
    /// Articles that mention the places but have no publication date.
    pub undated: usize,
}

/// Names the articles without a source in [`Split::Source`] counts.
pub const UNKNOWN_SOURCE: &str = "unknown";

impl Library {
    /// How many articles mention any of `places` (a mention of a sub-place
    /// counts for its island), per `period` of publication, split by `split`.
    ///
    /// # Errors
    /// [`crate::Error::Store`] if the query fails.
    pub fn coverage(&self, places: &[String], period: Period, split: Split) -> Result<Coverage> {
        if places.is_empty() {
            return Ok(Coverage {
                periods: Vec::new(),
                undated: 0,
            });
        }
        let _snapshot = self.read_snapshot()?;
        let sql = places_coverage_sql(places.len(), period, split);
        let mut parameters: Vec<&str> = Vec::new();
        if split == Split::Source {
            parameters.push(UNKNOWN_SOURCE);
        }
        parameters.extend(places.iter().map(String::as_str));
        parameters.extend(places.iter().map(String::as_str));
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(parameters), coverage_row)?;
        coverage_of_rows(rows)
    }

    /// [`Library::coverage`] of every disputed place of the dispute (pack)
    /// `dispute`, read from the coverage aggregate (a few hundred rows,
    /// whatever the library's size); `None` for a library without it (one of
    /// versions 5 to 7 opened read-only).
    ///
    /// # Errors
    /// [`crate::Error::Store`] if the query fails.
    pub fn dispute_coverage(
        &self,
        dispute: &str,
        period: Period,
        split: Split,
    ) -> Result<Option<Coverage>> {
        if !self.has_coverage_aggregate()? {
            return Ok(None);
        }
        let _snapshot = self.read_snapshot()?;
        let period = match period {
            Period::Month => "month",
            Period::Year => "substr(month, 1, 4)",
        };
        let key = match split {
            Split::Language => "language",
            Split::Source => "CASE WHEN source = '' THEN ?2 ELSE source END",
        };
        let sql = format!(
            "SELECT NULLIF({period}, ''), {key}, SUM(articles) FROM dispute_coverage \
             WHERE dispute = ?1 GROUP BY 1, 2 ORDER BY 1, 2"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = match split {
            Split::Language => stmt.query_map([dispute], coverage_row)?,
            Split::Source => stmt.query_map([dispute, UNKNOWN_SOURCE], coverage_row)?,
        };
        coverage_of_rows(rows).map(Some)
    }
}

/// The query of [`Library::coverage`] for `places` places: its parameters are
/// the name of the unknown source (split by source), then the places twice.
/// The articles come from the mentions' indexes (`mentions_feature`, and
/// `mentions_island` from version 8), not from a pass over every article
/// (Itu Aba at a million articles: 4–15 s before, 0.15 s).
fn places_coverage_sql(places: usize, period: Period, split: Split) -> String {
    let list = vec!["?"; places].join(", ");
    let format = match period {
        Period::Month => "%Y-%m",
        Period::Year => "%Y",
    };
    let key = match split {
        Split::Language => "a.language",
        Split::Source => "COALESCE(NULLIF(TRIM(a.source), ''), ?)",
    };
    format!(
        "SELECT strftime('{format}', a.published), {key}, COUNT(*) FROM articles a \
         WHERE a.id IN (SELECT article_id FROM mentions WHERE feature IN ({list}) \
             UNION SELECT article_id FROM mentions WHERE island IN ({list}) \
             AND feature IS NOT NULL) \
         GROUP BY 1, 2 ORDER BY 1, 2"
    )
}

/// A row of a coverage query: the period (`None`: undated), the language or
/// source, the number of articles.
fn coverage_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Option<String>, String, usize)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
}

/// Coverage from rows in period order (undated first).
fn coverage_of_rows(
    rows: impl Iterator<Item = rusqlite::Result<(Option<String>, String, usize)>>,
) -> Result<Coverage> {
    let mut coverage = Coverage {
        periods: Vec::new(),
        undated: 0,
    };
    for row in rows {
        let (period, name, count) = row?;
        let Some(period) = period else {
            coverage.undated += count;
            continue;
        };
        if coverage
            .periods
            .last()
            .is_none_or(|bin| bin.period != period)
        {
            coverage.periods.push(CoverageBin {
                period,
                counts: BTreeMap::new(),
                total: 0,
            });
        }
        let bin = coverage.periods.last_mut().expect("pushed above");
        *bin.counts.entry(name).or_default() += count;
        bin.total += count;
    }
    Ok(coverage)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::store::testing::*;

    /// The English (2022-04-02, Kunashir, Iturup, Yuzhno-Kurilsk), Russian
    /// (2022-09-01: Kunashir, Iturup) and Japanese (undated: Kunashir, Iturup)
    /// samples, only the Russian one from a named source.
    fn library() -> Library {
        let mut lib = Library::open_in_memory().unwrap();
        let (mut en, analysis) = sample_en();
        en.source = None;
        lib.import("en.txt", &en, &analysis, *T0).unwrap();
        let (mut ru, analysis) = sample_ru();
        ru.published = NaiveDate::from_ymd_opt(2022, 9, 1);
        ru.source = Some("TASS".into());
        lib.import("ru.txt", &ru, &analysis, *T1).unwrap();
        let (mut ja, analysis) = sample_ja();
        ja.published = None;
        lib.import("ja.txt", &ja, &analysis, *T2).unwrap();
        lib
    }

    #[test]
    fn a_places_articles_are_found_by_the_mentions_indexes() {
        let lib = library();
        let sql = places_coverage_sql(2, Period::Month, Split::Source);
        let plan =
            query_plan(&lib, &sql, rusqlite::types::Value::Text("kunashir".into())).join("; ");
        assert!(plan.contains("INDEX mentions_feature (feature=?"), "{plan}");
        assert!(plan.contains("INDEX mentions_island (island=?"), "{plan}");
        assert!(
            plan.contains("SEARCH a USING INTEGER PRIMARY KEY"),
            "{plan}"
        );
        assert!(!plan.contains("SCAN a"), "{plan}");
    }

    fn counts(bin: &CoverageBin) -> Vec<(&str, usize)> {
        bin.counts.iter().map(|(k, v)| (k.as_str(), *v)).collect()
    }

    #[test]
    fn counts_articles_per_month_by_language() {
        let lib = library();
        let coverage = lib
            .coverage(&["kunashir".into()], Period::Month, Split::Language)
            .unwrap();
        let periods: Vec<&str> = coverage.periods.iter().map(|b| b.period.as_str()).collect();
        assert_eq!(periods, ["2022-04", "2022-09"]);
        assert_eq!(counts(&coverage.periods[0]), [("en", 1)]);
        assert_eq!(counts(&coverage.periods[1]), [("ru", 1)]);
        assert_eq!(coverage.undated, 1);

        let by_year = lib
            .coverage(
                &["kunashir".into(), "iturup".into()],
                Period::Year,
                Split::Language,
            )
            .unwrap();
        assert_eq!(by_year.periods.len(), 1);
        assert_eq!(by_year.periods[0].period, "2022");
        assert_eq!(by_year.periods[0].total, 2, "an article counts once");
        assert_eq!(counts(&by_year.periods[0]), [("en", 1), ("ru", 1)]);
    }

    #[test]
    fn a_sub_place_counts_for_its_island_and_sources_are_named() {
        let lib = library();
        let yuzhno = lib
            .coverage(&["yuzhno-kurilsk".into()], Period::Year, Split::Source)
            .unwrap();
        assert_eq!(counts(&yuzhno.periods[0]), [(UNKNOWN_SOURCE, 1)]);
        let sources = lib
            .coverage(&["kunashir".into()], Period::Year, Split::Source)
            .unwrap();
        assert_eq!(
            counts(&sources.periods[0]),
            [("TASS", 1), (UNKNOWN_SOURCE, 1)]
        );
        let nothing = lib
            .coverage(&["shikotan".into()], Period::Year, Split::Source)
            .unwrap();
        assert_eq!((nothing.periods.len(), nothing.undated), (0, 0));
    }
}
