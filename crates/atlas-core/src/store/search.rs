//! Full-text search over titles and texts.
//!
//! Words in Latin and Cyrillic script go to `articles_fts` (`unicode61`, case
//! and diacritics folded, so `кунашир` finds `Кунашир`). Queries with Chinese
//! or Japanese characters are matched by their CJK terms in `articles_trigram`
//! (a substring index of the words holding such characters) when each has at
//! least three characters, else by a substring scan (`国後`, `島`); their other
//! terms must then appear in the text too (case-insensitively). User input is
//! never FTS syntax: each term is quoted; only a trailing `*` (prefix) is honoured.

use chrono::NaiveDate;
use rusqlite::{params, params_from_iter, Connection};

use super::{sql_offset, Library};
use crate::language::Language;
use crate::{Error, Result};

/// Marks the start of a match in FTS snippets (a private-use character).
const OPEN: char = '\u{E000}';
/// Marks the end of a match in FTS snippets.
const CLOSE: char = '\u{E001}';
/// At most this many query terms are used.
const MAX_TERMS: usize = 16;
/// Characters of context either side of the first match in a substring-scan snippet.
const SCAN_CONTEXT_CHARS: usize = 40;
/// At most this many matches are ranked: the most recently imported ones
/// (the highest ids) that pass the filter. A word found in fewer articles is
/// ranked among all of them; for a very common word ("delegation" is in a
/// third of a million-article library) the hits are the best of the
/// 10,000 newest matches, not of the whole library, which keeps a search
/// under 100 ms there (ranking 330,000 matches took 290 ms).
pub const MAX_RANKED_MATCHES: usize = 10_000;

/// The ids of the best `?2` of the newest [`MAX_RANKED_MATCHES`] (`?3`)
/// articles matching `?1` in `articles_fts`, best first: FTS5 reads its
/// matches newest first and stops at the cap; only those are scored.
pub(super) const WORD_MATCHES: &str = "SELECT id FROM (\
     SELECT rowid AS id, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts \
     WHERE articles_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?3) \
     ORDER BY score, id DESC LIMIT ?2";

/// [`WORD_MATCHES`] among the articles of source `?4` and language `?5`
/// (`NULL`: any), each match's article read by its primary key.
pub(super) const FILTERED_WORD_MATCHES: &str = "SELECT id FROM (\
     SELECT articles_fts.rowid AS id, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts \
     JOIN articles a ON a.id = articles_fts.rowid \
     WHERE articles_fts MATCH ?1 \
     AND (?4 IS NULL OR a.source = ?4) AND (?5 IS NULL OR a.language = ?5) \
     ORDER BY articles_fts.rowid DESC LIMIT ?3) \
     ORDER BY score, id DESC LIMIT ?2";

/// [`WORD_MATCHES`] in `articles_trigram` (the CJK words).
pub(super) const TRIGRAM_MATCHES: &str = "SELECT id FROM (\
     SELECT rowid AS id, bm25(articles_trigram, 5.0, 1.0) AS score FROM articles_trigram \
     WHERE articles_trigram MATCH ?1 ORDER BY rowid DESC LIMIT ?3) \
     ORDER BY score, id DESC LIMIT ?2";

/// [`FILTERED_WORD_MATCHES`] in `articles_trigram`.
pub(super) const FILTERED_TRIGRAM_MATCHES: &str = "SELECT id FROM (\
     SELECT articles_trigram.rowid AS id, bm25(articles_trigram, 5.0, 1.0) AS score \
     FROM articles_trigram JOIN articles a ON a.id = articles_trigram.rowid \
     WHERE articles_trigram MATCH ?1 \
     AND (?4 IS NULL OR a.source = ?4) AND (?5 IS NULL OR a.language = ?5) \
     ORDER BY articles_trigram.rowid DESC LIMIT ?3) \
     ORDER BY score, id DESC LIMIT ?2";

/// One article found by [`Library::search`].
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct SearchHit {
    /// The article's id.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub article_id: i64,
    /// Its title.
    pub title: String,
    /// Its publication date, when known.
    pub published: Option<NaiveDate>,
    /// Where it came from, when known.
    pub source: Option<String>,
    /// Its language.
    pub language: Language,
    /// A short passage of the text around the matches (`…` where cut).
    pub snippet: String,
    /// The matches in `snippet`.
    pub highlights: Vec<MatchHighlight>,
}

/// Which articles a search looks in: those from one source, in one language
/// (`None`: any). Both are checked on the articles the full-text index found,
/// by their primary key, so a filter costs no scan of the library.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(default)]
pub struct SearchFilter {
    /// Only articles whose source is exactly this.
    pub source: Option<String>,
    /// Only articles in this language.
    pub language: Option<Language>,
}

impl SearchFilter {
    fn is_empty(&self) -> bool {
        self.source.is_none() && self.language.is_none()
    }

    fn passes(&self, source: Option<&str>, language: Language) -> bool {
        self.source.as_deref().is_none_or(|s| source == Some(s))
            && self.language.is_none_or(|l| l == language)
    }
}

/// A match inside a [`SearchHit`]'s snippet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MatchHighlight {
    /// Character offset in the snippet.
    pub start: usize,
    /// Character end offset in the snippet.
    pub end: usize,
}

/// Whether `c` is a Chinese character, Japanese kana or a Korean syllable:
/// `unicode61` cannot split Chinese and Japanese into words, and a Korean word
/// carries its particles (독도는, 독도에서), so a search for 독도 must look inside it.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // hiragana, katakana
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width katakana
        | '\u{20000}'..='\u{2FA1F}')
}

/// Whether `text` holds Chinese or Japanese characters.
pub(super) fn has_cjk(text: &str) -> bool {
    text.chars().any(is_cjk)
}

/// One term of a user's query.
#[derive(Debug, PartialEq, Eq)]
struct Term {
    text: String,
    prefix: bool,
}

/// The terms of `query`: white-space separated, without FTS meaning; a
/// trailing `*` asks for a prefix match. Terms without letters or digits are dropped.
fn terms(query: &str) -> Vec<Term> {
    query
        .split_whitespace()
        .filter_map(|word| {
            let text = word.trim_end_matches('*');
            let prefix = text.len() < word.len();
            text.chars().any(char::is_alphanumeric).then(|| Term {
                text: text.to_string(),
                prefix,
            })
        })
        .take(MAX_TERMS)
        .collect()
}

/// The white-space separated words of `text` that hold CJK characters, one a line.
fn cjk_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().filter(|w| has_cjk(w)).collect();
    words.join("\n")
}

/// Adds an article to the full-text indexes: its `title` and `text` to the
/// word index (`articles_fts`), their CJK words to the trigram index.
///
/// No trigger does this (schema version 9): FTS5 writes the terms it holds in
/// memory to disk at every savepoint, and SQLite opens one for each statement
/// that fires a trigger. An import therefore indexes the articles of a batch
/// after storing them all, and FTS5 writes the batch's terms once.
pub(super) fn index_article_text(
    conn: &Connection,
    id: i64,
    title: &str,
    text: &str,
) -> Result<()> {
    conn.prepare_cached("INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![id, title, text])?;
    let (title, text) = (cjk_words(title), cjk_words(text));
    if !title.is_empty() || !text.is_empty() {
        conn.prepare_cached(
            "INSERT INTO articles_trigram (rowid, title, text) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, title, text])?;
    }
    Ok(())
}

/// An FTS5 query matching all `terms`, each as a quoted string.
fn fts_query<'t>(terms: impl IntoIterator<Item = &'t Term>, prefixes: bool) -> String {
    let quoted: Vec<String> = terms
        .into_iter()
        .map(|t| {
            let star = if prefixes && t.prefix { "*" } else { "" };
            format!("\"{}\"{star}", t.text.replace('"', "\"\""))
        })
        .collect();
    quoted.join(" ")
}

/// Removes the match markers from `marked`, returning the text and the matches.
fn unmark(marked: &str) -> (String, Vec<MatchHighlight>) {
    let mut text = String::with_capacity(marked.len());
    let mut highlights = Vec::new();
    let (mut chars, mut open) = (0, None);
    for c in marked.chars() {
        match c {
            OPEN => open = Some(chars),
            CLOSE => {
                if let Some(start) = open.take() {
                    highlights.push(MatchHighlight { start, end: chars });
                }
            }
            _ => {
                text.push(c);
                chars += 1;
            }
        }
    }
    (text, highlights)
}

impl Library {
    /// The articles matching every word of `query`, best first (BM25, title
    /// matches weigh more), at most `limit` of them. Only the newest
    /// [`MAX_RANKED_MATCHES`] matching articles are ranked: for a word found
    /// in more, the hits are the best of those, not of the whole library.
    ///
    /// Any text is a valid query: quotes, `*`, `:`, `-`, `NEAR`, parentheses
    /// are taken as text. A trailing `*` on a word matches words that start
    /// with it (Latin and Cyrillic only).
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for an empty query, [`Error::Store`] if a query fails.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        self.search_in(query, &SearchFilter::default(), limit)
    }

    /// As [`Library::search`], among the articles that pass `filter`.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for an empty query, [`Error::Store`] if a query fails.
    pub fn search_in(
        &self,
        query: &str,
        filter: &SearchFilter,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        if query.trim().is_empty() {
            return Err(Error::InvalidInput(
                "type a word to search the library for".into(),
            ));
        }
        let terms = terms(query);
        if terms.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let limit = sql_offset(limit)?;
        let (cjk, other): (Vec<&Term>, Vec<&Term>) = terms.iter().partition(|t| has_cjk(&t.text));
        if cjk.is_empty() {
            self.search_words(&fts_query(&terms, true), filter, limit)
        } else {
            self.search_cjk(&cjk, &other, filter, limit)
        }
    }

    /// Word search in `articles_fts`, ranked by BM25, with FTS snippets.
    fn search_words(
        &self,
        query: &str,
        filter: &SearchFilter,
        limit: i64,
    ) -> Result<Vec<SearchHit>> {
        let ids = self.ranked_matches(
            (WORD_MATCHES, FILTERED_WORD_MATCHES),
            query,
            filter,
            limit,
            MAX_RANKED_MATCHES,
        )?;
        // Snippets only for the hits returned, not for every match.
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.title, a.published, a.source, a.language, \
             snippet(articles_fts, 1, char(57344), char(57345), '…', 32) \
             FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid \
             WHERE articles_fts MATCH ?1 AND articles_fts.rowid = ?2",
        )?;
        let mut hits = Vec::with_capacity(ids.len());
        for id in ids {
            let hit = stmt.query_row(params![query, id], |row| {
                let marked: String = row.get(4)?;
                let (snippet, highlights) = unmark(&marked);
                Ok(SearchHit {
                    article_id: id,
                    title: row.get(0)?,
                    published: row.get(1)?,
                    source: row.get(2)?,
                    language: row.get(3)?,
                    snippet,
                    highlights,
                })
            })?;
            hits.push(hit);
        }
        Ok(hits)
    }

    /// The ids of the best `limit` (-1: all) of the newest `cap` articles
    /// matching the FTS5 `query` that pass `filter`, best first, by one of
    /// `sql` (unfiltered, filtered).
    fn ranked_matches(
        &self,
        sql: (&str, &str),
        query: &str,
        filter: &SearchFilter,
        limit: i64,
        cap: usize,
    ) -> Result<Vec<i64>> {
        let cap = sql_offset(cap)?;
        let ids = if filter.is_empty() {
            let mut stmt = self.conn.prepare_cached(sql.0)?;
            let rows = stmt.query_map(params![query, limit, cap], |row| row.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        } else {
            let mut stmt = self.conn.prepare_cached(sql.1)?;
            let rows = stmt.query_map(
                params![query, limit, cap, filter.source, filter.language],
                |row| row.get(0),
            )?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        Ok(ids)
    }

    /// Search with CJK terms (`cjk`) and maybe others (`other`).
    fn search_cjk(
        &self,
        cjk: &[&Term],
        other: &[&Term],
        filter: &SearchFilter,
        limit: i64,
    ) -> Result<Vec<SearchHit>> {
        let trigram = cjk.iter().all(|t| t.text.chars().count() >= 3);
        let candidates: Vec<i64> = if trigram {
            // Other terms apply afterwards, so then every candidate is needed.
            let fetch = if other.is_empty() { limit } else { -1 };
            self.ranked_matches(
                (TRIGRAM_MATCHES, FILTERED_TRIGRAM_MATCHES),
                &fts_query(cjk.iter().copied(), false),
                filter,
                fetch,
                MAX_RANKED_MATCHES,
            )?
        } else {
            let conditions: Vec<String> = (1..=cjk.len())
                .map(|i| format!("(instr(text, ?{i}) > 0 OR instr(title, ?{i}) > 0)"))
                .collect();
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT id FROM articles WHERE {}",
                conditions.join(" AND ")
            ))?;
            let rows = stmt.query_map(params_from_iter(cjk.iter().map(|t| &t.text)), |row| {
                row.get(0)
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };

        let needles: Vec<&str> = cjk.iter().chain(other).map(|t| t.text.as_str()).collect();
        let lowered: Vec<String> = other.iter().map(|t| t.text.to_lowercase()).collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT title, published, text, source, language FROM articles WHERE id = ?1",
        )?;
        let mut scored = Vec::new();
        for (rank, id) in candidates.into_iter().enumerate() {
            let (title, published, text, source, language): (
                String,
                Option<chrono::NaiveDate>,
                String,
                Option<String>,
                Language,
            ) = stmt.query_row([id], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            })?;
            if !filter.passes(source.as_deref(), language) {
                continue;
            }
            if !lowered.is_empty() {
                let haystack = format!("{title}\n{text}").to_lowercase();
                if !lowered.iter().all(|t| haystack.contains(t.as_str())) {
                    continue;
                }
            }
            // BM25 order from the index; else the number of occurrences.
            let score = if trigram {
                usize::MAX - rank
            } else {
                needles
                    .iter()
                    .map(|n| text.matches(n).count() + 5 * title.matches(n).count())
                    .sum()
            };
            let (snippet, highlights) = scan_snippet(&text, &needles);
            scored.push((
                score,
                SearchHit {
                    article_id: id,
                    title,
                    published,
                    source,
                    language,
                    snippet,
                    highlights,
                },
            ));
        }
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.article_id.cmp(&a.1.article_id)));
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        Ok(scored.into_iter().take(limit).map(|(_, h)| h).collect())
    }
}

/// A snippet of `text` around the first occurrence of any of `needles`, with
/// every occurrence in it highlighted.
fn scan_snippet(text: &str, needles: &[&str]) -> (String, Vec<MatchHighlight>) {
    let mut matches: Vec<(usize, usize)> = needles
        .iter()
        .flat_map(|n| text.match_indices(n).map(|(i, m)| (i, i + m.len())))
        .collect();
    matches.sort();
    let first = matches.first().map_or(0, |m| m.0);
    let start = text[..first]
        .char_indices()
        .rev()
        .nth(SCAN_CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let end = text[first..]
        .char_indices()
        .nth(2 * SCAN_CONTEXT_CHARS)
        .map_or(text.len(), |(i, _)| first + i);
    let mut snippet = String::new();
    let mut offset = 0;
    if start > 0 {
        snippet.push('…');
        offset = 1;
    }
    snippet.push_str(&text[start..end]);
    if end < text.len() {
        snippet.push('…');
    }
    let mut highlights = Vec::new();
    let mut covered = start;
    for (s, e) in matches {
        // Skip matches outside the snippet or overlapping the previous one.
        if s < covered || e > end {
            continue;
        }
        let hs = offset + text[start..s].chars().count();
        highlights.push(MatchHighlight {
            start: hs,
            end: hs + text[s..e].chars().count(),
        });
        covered = e;
    }
    (snippet, highlights)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::*;
    use crate::store::ImportOutcome;

    fn library() -> (Library, [i64; 3]) {
        let mut lib = Library::open_in_memory().unwrap();
        let mut ids = [0; 3];
        for (i, (a, analysis)) in [sample_en(), sample_ru(), sample_ja()]
            .into_iter()
            .enumerate()
        {
            match lib.import("f.txt", &a, &analysis, *T0).unwrap() {
                ImportOutcome::Stored { id } => ids[i] = id,
                other => panic!("{other:?}"),
            }
        }
        (lib, ids)
    }

    fn marked(hit: &SearchHit) -> Vec<String> {
        hit.highlights
            .iter()
            .map(|h| {
                hit.snippet
                    .chars()
                    .skip(h.start)
                    .take(h.end - h.start)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn finds_english_words_ranked_with_highlights() {
        let (lib, [en, _, _]) = library();
        let hits = lib.search("kunashir", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].article_id, en);
        assert_eq!(hits[0].title, "Drills on Kunashir");
        assert_eq!(marked(&hits[0]), ["Kunashir", "Kunashir"]);
        assert_eq!(lib.search("KUNASHIR airport", 10).unwrap().len(), 1);
        assert!(lib.search("kunashir shikotan", 10).unwrap().is_empty());
        assert_eq!(lib.search("Yuzhno-Kurilsk", 10).unwrap().len(), 1);
        assert_eq!(lib.search("Kuna*", 10).unwrap().len(), 1);
        assert!(
            lib.search("Kuna", 10).unwrap().is_empty(),
            "whole words only"
        );
    }

    #[test]
    fn a_filter_keeps_one_source_or_one_language() {
        let mut lib = Library::open_in_memory().unwrap();
        let mut ids = Vec::new();
        for (i, source) in [Some("TASS"), Some("Kyodo"), None].into_iter().enumerate() {
            let (mut article, analysis) = sample_en();
            article.text = format!("{} Edition {i}.", article.text);
            article.source = source.map(str::to_string);
            match lib.import("en.txt", &article, &analysis, *T0).unwrap() {
                ImportOutcome::Stored { id } => ids.push(id),
                other => panic!("{other:?}"),
            }
        }
        let (mut ja, analysis) = sample_ja();
        ja.text = format!("{} Kunashir", ja.text);
        ja.source = Some("TASS".into());
        lib.import("ja.txt", &ja, &analysis, *T0).unwrap();

        let all = lib.search("Kunashir", 10).unwrap();
        assert_eq!(all.len(), 4);
        let tass = SearchFilter {
            source: Some("TASS".into()),
            language: None,
        };
        let hits = lib.search_in("Kunashir", &tass, 10).unwrap();
        assert_eq!(hits.len(), 2);
        assert!(hits.iter().all(|h| h.source.as_deref() == Some("TASS")));
        let english_tass = SearchFilter {
            language: Some(Language::En),
            ..tass
        };
        let hits = lib.search_in("Kunashir", &english_tass, 10).unwrap();
        assert_eq!(
            hits.iter().map(|h| h.article_id).collect::<Vec<_>>(),
            [ids[0]]
        );
        assert_eq!(hits[0].language, Language::En);
        // CJK queries filter too.
        let japanese = SearchFilter {
            source: None,
            language: Some(Language::Ja),
        };
        assert_eq!(lib.search_in("国後島", &japanese, 10).unwrap().len(), 1);
        let kyodo = SearchFilter {
            source: Some("Kyodo".into()),
            language: None,
        };
        assert!(lib.search_in("国後島", &kyodo, 10).unwrap().is_empty());
        assert!(lib.search_in("国後", &kyodo, 10).unwrap().is_empty());

        // The filter reads the matches' articles by primary key: no scan of the library.
        for sql in [FILTERED_WORD_MATCHES, FILTERED_TRIGRAM_MATCHES] {
            let plan = plan_of(&lib, sql);
            assert!(
                plan.iter().any(|p| p.contains("VIRTUAL TABLE INDEX")),
                "{plan:?}"
            );
            assert!(
                plan.iter().any(|p| p.contains("INTEGER PRIMARY KEY")),
                "{plan:?}"
            );
            let scans_articles = |p: &String| p.split_whitespace().take(2).eq(["SCAN", "a"]);
            assert!(!plan.iter().any(scans_articles), "{plan:?}");
        }
    }

    fn plan_of(lib: &Library, sql: &str) -> Vec<String> {
        query_plan(lib, sql, rusqlite::types::Value::Text("x".into()))
    }

    #[test]
    fn only_the_newest_matches_are_ranked() {
        let mut lib = Library::open_in_memory().unwrap();
        let mut ids = Vec::new();
        // The oldest article matches best (the word three times).
        for (i, times) in [3, 1, 1, 2].into_iter().enumerate() {
            let (mut article, analysis) = sample_en();
            article.text = format!(
                "{} {} Edition {i}.",
                article.text,
                "lighthouse ".repeat(times)
            );
            match lib.import("en.txt", &article, &analysis, *T0).unwrap() {
                ImportOutcome::Stored { id } => ids.push(id),
                other => panic!("{other:?}"),
            }
        }
        let query = fts_query(&terms("lighthouse"), true);
        let sql = (WORD_MATCHES, FILTERED_WORD_MATCHES);
        let all = lib
            .ranked_matches(sql, &query, &SearchFilter::default(), 10, 100)
            .unwrap();
        assert_eq!(all, [ids[0], ids[3], ids[2], ids[1]]);
        // Capped at three: the best of the three newest.
        let capped = lib
            .ranked_matches(sql, &query, &SearchFilter::default(), 10, 3)
            .unwrap();
        assert_eq!(capped, [ids[3], ids[2], ids[1]]);
        let english = SearchFilter {
            source: None,
            language: Some(Language::En),
        };
        let capped = lib.ranked_matches(sql, &query, &english, 1, 2).unwrap();
        assert_eq!(capped, [ids[3]]);
        assert_eq!(lib.search("lighthouse", 2).unwrap()[0].article_id, ids[0]);
        // The cap is the newest matches, read newest first from the index.
        for sql in [WORD_MATCHES, TRIGRAM_MATCHES] {
            let plan = plan_of(&lib, sql);
            assert!(
                plan.iter().any(|p| p.contains("VIRTUAL TABLE INDEX")),
                "{plan:?}"
            );
            assert_eq!(
                plan.iter().filter(|p| p.contains("TEMP B-TREE")).count(),
                1,
                "only the capped matches are sorted by score: {plan:?}"
            );
        }
    }

    #[test]
    fn finds_russian_words_in_any_case() {
        let (lib, [_, ru, _]) = library();
        for query in ["кунашир", "КУНАШИР", "Кунашир", "итуруп*", "ЗАВОД"]
        {
            let hits = lib.search(query, 10).unwrap();
            assert_eq!(hits.len(), 1, "{query}");
            assert_eq!(hits[0].article_id, ru);
        }
        let hits = lib.search("кунашир", 10).unwrap();
        assert_eq!(marked(&hits[0]), ["Кунашир"]);
    }

    #[test]
    fn finds_korean_names_with_their_particles() {
        let mut lib = Library::open_in_memory().unwrap();
        let (mut article, analysis) = sample_ja();
        article.title = "독도 해양 조사".into();
        article.text = "정부는 독도에서 해양 조사를 했다. 독도는 우리 땅이다.".into();
        let id = match lib
            .import(
                "ko.txt",
                &article,
                &crate::analysis::Analysis {
                    mentions: vec![],
                    events: vec![],
                    ..analysis
                },
                *T0,
            )
            .unwrap()
        {
            ImportOutcome::Stored { id } => id,
            other => panic!("{other:?}"),
        };
        for query in ["독도", "독도는", "해양 조사"] {
            let hits = lib.search(query, 10).unwrap();
            assert_eq!(hits.len(), 1, "{query}");
            assert_eq!(hits[0].article_id, id);
        }
    }

    #[test]
    fn finds_japanese_text() {
        let (lib, [_, _, ja]) = library();
        for query in ["国後島", "択捉島", "国後", "島", "国後 演習"] {
            let hits = lib.search(query, 10).unwrap();
            assert_eq!(hits.len(), 1, "{query}");
            assert_eq!(hits[0].article_id, ja);
        }
        let hits = lib.search("国後島", 10).unwrap();
        assert_eq!(marked(&hits[0]), ["国後島"]);
        let hits = lib.search("択捉", 10).unwrap();
        assert_eq!(marked(&hits[0]), ["択捉"]);
        assert!(lib.search("色丹島", 10).unwrap().is_empty());
        assert!(lib.search("色丹", 10).unwrap().is_empty());
    }

    #[test]
    fn finds_japanese_words_quoted_in_other_articles() {
        let mut lib = Library::open_in_memory().unwrap();
        let (mut a, analysis) = sample_en();
        a.text = format!(
            "{} Japan calls them the Northern Territories (北方領土).",
            a.text
        );
        lib.import("en.txt", &a, &analysis, *T0).unwrap();
        let (a, analysis) = sample_ja();
        lib.import("ja.txt", &a, &analysis, *T0).unwrap();
        let hits = lib.search("北方領土", 10).unwrap();
        assert_eq!(hits.len(), 2);
        let hits = lib.search("北方領土 kunashir", 10).unwrap();
        assert_eq!(
            hits.len(),
            1,
            "the other terms must appear too, in any case"
        );
        assert_eq!(hits[0].title, "Drills on Kunashir");
        assert_eq!(marked(&hits[0]), ["北方領土"]);
        assert!(lib.search("北方領土 shikotan", 10).unwrap().is_empty());
        assert_eq!(lib.search("北方 territories", 10).unwrap().len(), 1);
        assert_eq!(
            lib.search("国後島での演習", 10).unwrap().len(),
            1,
            "titles too"
        );
    }

    #[test]
    fn indexes_only_the_cjk_words_in_the_trigram_table() {
        assert_eq!(
            cjk_words("Japan (北方領土) and 国後島 says"),
            "(北方領土)\n国後島"
        );
        assert_eq!(cjk_words("Kunashir"), "");
    }

    #[test]
    fn user_input_is_never_fts_syntax() {
        let (lib, _) = library();
        for query in [
            "\"Kunashir",
            "NEAR(",
            "NEAR(Kunashir Iturup)",
            "Kunashir)",
            "(Kunashir",
            "title:Kunashir",
            "-Kunashir",
            "Kunashir AND",
            "OR",
            "*",
            "\"",
            "^Kunashir",
            "Kunashir + Iturup",
            "'; DROP TABLE articles; --",
            "国後\"",
            "\"国後島",
        ] {
            let result = lib.search(query, 10);
            assert!(result.is_ok(), "{query}: {result:?}");
        }
        assert_eq!(lib.search("\"Kunashir", 10).unwrap().len(), 1);
        assert_eq!(lib.search("NEAR(Kunashir", 10).unwrap().len(), 0);
        assert_eq!(lib.article_count().unwrap(), 3);
    }

    #[test]
    fn empty_queries_are_refused() {
        let (lib, _) = library();
        for query in ["", "   ", "\n\t"] {
            let err = lib.search(query, 10).unwrap_err();
            assert_eq!(err.code(), "invalid_input");
        }
        assert!(lib.search("kunashir", 0).unwrap().is_empty());
    }

    #[test]
    fn ranks_title_matches_first_and_respects_limit() {
        let mut lib = Library::open_in_memory().unwrap();
        let (mut a, analysis) = sample_en();
        a.title = "Notes".into();
        a.text = "Iturup is mentioned once here among many other words about fishing.".into();
        lib.import("1.txt", &a, &analysis, *T0).unwrap();
        a.title = "Iturup".into();
        a.text = "A short note about Iturup.".into();
        lib.import("2.txt", &a, &analysis, *T0).unwrap();
        let hits = lib.search("iturup", 10).unwrap();
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].title, "Iturup");
        assert_eq!(lib.search("iturup", 1).unwrap().len(), 1);
    }

    #[test]
    fn splits_queries_into_terms() {
        assert_eq!(
            terms("Kuna* \"x\" - ( NEAR("),
            [
                Term {
                    text: "Kuna".into(),
                    prefix: true
                },
                Term {
                    text: "\"x\"".into(),
                    prefix: false
                },
                Term {
                    text: "NEAR(".into(),
                    prefix: false
                },
            ]
        );
        assert_eq!(
            fts_query(&terms("Kuna* say\"s"), true),
            "\"Kuna\"* \"say\"\"s\""
        );
    }

    #[test]
    fn scan_snippets_are_cut_with_ellipses() {
        let text = format!("{}国後{}", "あ".repeat(100), "い".repeat(100));
        let (snippet, highlights) = scan_snippet(&text, &["国後"]);
        assert!(snippet.starts_with('…') && snippet.ends_with('…'));
        let h = highlights[0];
        let got: String = snippet
            .chars()
            .skip(h.start)
            .take(h.end - h.start)
            .collect();
        assert_eq!(got, "国後");
    }
}
