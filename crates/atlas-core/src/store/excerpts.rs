//! The articles that mention a place, with the sentences around each mention.

use std::ops::Range;

use chrono::NaiveDate;
use rusqlite::params;

use super::Library;
use crate::text::{byte_offset, CharOffsets};
use crate::Result;

/// Splits a text into sentences: byte ranges, trimmed, in text order; the
/// signature of [`crate::sentences::sentence_spans`].
pub type SentenceSplitter = dyn Fn(&str) -> Vec<Range<usize>>;

/// An excerpt longer than this many characters is cut down around its mentions.
const MAX_EXCERPT_CHARS: usize = 600;
/// Characters kept before the first and after the last mention of a cut excerpt,
/// and around a mention that is in no sentence.
const CONTEXT_CHARS: usize = 150;

/// An article that mentions a place, with excerpts around the mentions.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct ArticleExcerpts {
    /// The article's id.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub article_id: i64,
    /// Its title.
    pub title: String,
    /// Its publication date, when known.
    pub published: Option<NaiveDate>,
    /// Where it came from, when known.
    pub source: Option<String>,
    /// The number of mentions of the place (or the places it covers).
    pub mention_count: usize,
    /// The excerpts, in text order; mentions in one sentence share one excerpt.
    pub excerpts: Vec<Excerpt>,
}

/// A passage of an article (usually one sentence) with its mentions highlighted.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Excerpt {
    /// The passage, exactly as in the article.
    pub text: String,
    /// Character offset of the passage in the article text.
    pub start: usize,
    /// Character end offset of the passage in the article text.
    pub end: usize,
    /// The mentions in it, in order.
    pub highlights: Vec<MentionHighlight>,
}

/// A mention inside an [`Excerpt`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MentionHighlight {
    /// Character offset of the mention in the excerpt's text.
    pub start: usize,
    /// Character end offset of the mention in the excerpt's text.
    pub end: usize,
    /// The place id it links to.
    pub feature: String,
}

/// A mention as read for excerpts: its byte span and feature.
struct Hit {
    bytes: Range<usize>,
    feature: String,
}

/// A page (`?3` articles from rank `?2`) of the articles that mention the
/// place `?1` or a place on it, read in order from `excerpt_ranking` (schema
/// version 6): a range of its index, whatever the number of articles.
pub(super) const RANKED_PAGE: &str =
    "SELECT a.id, a.title, a.published, a.source, r.mentions, a.text \
     FROM (SELECT article_id, mentions, published FROM excerpt_ranking \
           WHERE place = ?1 \
           ORDER BY mentions DESC, published DESC, article_id DESC \
           LIMIT ?3 OFFSET ?2) r \
     JOIN articles a ON a.id = r.article_id \
     ORDER BY r.mentions DESC, r.published DESC, r.article_id DESC";

/// A page of the articles that mention any of the ids `?1` (a JSON array),
/// counted and ranked from the mentions: for any set of places, and for a
/// library without `excerpt_ranking`. Costs a count of every such article.
const COUNTED_PAGE: &str = "SELECT a.id, a.title, a.published, a.source, r.n, a.text \
     FROM (SELECT m.article_id AS id, COUNT(*) AS n FROM mentions m \
           JOIN articles b ON b.id = m.article_id \
           WHERE m.feature IN (SELECT value FROM json_each(?1)) \
           GROUP BY m.article_id \
           ORDER BY n DESC, b.published IS NULL, b.published DESC, m.article_id DESC \
           LIMIT ?3 OFFSET ?2) r \
     JOIN articles a ON a.id = r.id \
     ORDER BY r.n DESC, a.published IS NULL, a.published DESC, a.id DESC";

impl Library {
    /// Whether `excerpt_ranking` holds the order of the articles that mention
    /// `feature` or any of `covered`: the library has it (schema version 6)
    /// and `covered` are exactly the places the store knows to be on
    /// `feature` ([`Library::set_places`]), as the app's gazetteer gives them.
    pub(super) fn ranking_answers(&self, feature: &str, covered: &[String]) -> Result<bool> {
        if super::schema::version(&self.conn)? < 6 {
            return Ok(false);
        }
        let mut asked: Vec<&str> = covered
            .iter()
            .map(String::as_str)
            .filter(|id| *id != feature)
            .collect();
        asked.sort_unstable();
        asked.dedup();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM places WHERE island = ?1 AND id <> ?1 ORDER BY id")?;
        let known = stmt.query_map([feature], |row| row.get::<_, String>(0))?;
        let known: Vec<String> = known.collect::<rusqlite::Result<_>>()?;
        Ok(known == asked)
    }

    /// The articles with a linked mention of `feature` or of any id in
    /// `covered` (say, an island's towns, as the caller's gazetteer knows
    /// them), most such mentions first, then most recently published; each
    /// with the sentences around those mentions.
    ///
    /// # Errors
    /// [`crate::Error::Store`] if a query fails.
    pub fn excerpts(&self, feature: &str, covered: &[String]) -> Result<Vec<ArticleExcerpts>> {
        self.excerpts_with(feature, covered, &crate::sentences::sentence_spans)
    }

    /// [`Library::excerpts`] with the given sentence splitter.
    ///
    /// # Errors
    /// [`crate::Error::Store`] if a query fails.
    pub fn excerpts_with(
        &self,
        feature: &str,
        covered: &[String],
        splitter: &SentenceSplitter,
    ) -> Result<Vec<ArticleExcerpts>> {
        self.excerpts_in(feature, covered, splitter, 0, usize::MAX)
    }

    /// One page of [`Library::excerpts`]: at most `limit` articles from rank
    /// `offset` on (an island a million articles mention is read a page at a time).
    /// When `covered` are the places the store knows on `feature` (what the
    /// app asks), the page is a range of `excerpt_ranking`'s index, whatever
    /// the number of articles; else the articles are counted from the mentions.
    ///
    /// # Errors
    /// [`crate::Error::Store`] if a query fails.
    pub fn excerpts_page(
        &self,
        feature: &str,
        covered: &[String],
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ArticleExcerpts>> {
        self.excerpts_in(
            feature,
            covered,
            &crate::sentences::sentence_spans,
            offset,
            limit,
        )
    }

    fn excerpts_in(
        &self,
        feature: &str,
        covered: &[String],
        splitter: &SentenceSplitter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ArticleExcerpts>> {
        let page = [offset, limit].map(|n| i64::try_from(n).unwrap_or(i64::MAX));
        let mut ids: Vec<&str> = vec![feature];
        ids.extend(covered.iter().map(String::as_str));
        let ids = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into());
        let _snapshot = self.read_snapshot()?;

        let row_of = |row: &rusqlite::Row<'_>| {
            Ok((
                ArticleExcerpts {
                    article_id: row.get(0)?,
                    title: row.get(1)?,
                    published: row.get(2)?,
                    source: row.get(3)?,
                    mention_count: row.get(4)?,
                    excerpts: Vec::new(),
                },
                row.get(5)?,
            ))
        };
        let mut articles: Vec<(ArticleExcerpts, String)> =
            if self.ranking_answers(feature, covered)? {
                let mut stmt = self.conn.prepare_cached(RANKED_PAGE)?;
                let rows = stmt.query_map(params![feature, page[0], page[1]], row_of)?;
                rows.collect::<rusqlite::Result<_>>()?
            } else {
                let mut stmt = self.conn.prepare_cached(COUNTED_PAGE)?;
                let rows = stmt.query_map(params![&ids, page[0], page[1]], row_of)?;
                rows.collect::<rusqlite::Result<_>>()?
            };

        let mut stmt = self.conn.prepare_cached(
            "SELECT feature, start, \"end\", byte_start, byte_end FROM mentions \
             WHERE article_id = ?1 AND feature IN (SELECT value FROM json_each(?2)) \
             ORDER BY start",
        )?;
        for (article, text) in &mut articles {
            let rows = stmt.query_map(params![article.article_id, ids], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, usize>(1)?,
                    row.get::<_, usize>(2)?,
                    row.get::<_, usize>(3)?,
                    row.get::<_, usize>(4)?,
                ))
            })?;
            let mut hits = Vec::new();
            for row in rows {
                let (feature, start, end, byte_start, byte_end) = row?;
                let bytes = if byte_start <= byte_end
                    && byte_end <= text.len()
                    && text.is_char_boundary(byte_start)
                    && text.is_char_boundary(byte_end)
                {
                    byte_start..byte_end
                } else {
                    byte_offset(text, start)..byte_offset(text, end)
                };
                hits.push(Hit { bytes, feature });
            }
            let mut sentences = splitter(text);
            sentences.sort_by_key(|s| s.start);
            article.excerpts = excerpts_of(text, &sentences, &hits);
        }
        Ok(articles.into_iter().map(|(a, _)| a).collect())
    }
}

/// The excerpts of `text` around `hits` (in text order), one per sentence.
fn excerpts_of(text: &str, sentences: &[Range<usize>], hits: &[Hit]) -> Vec<Excerpt> {
    let mut groups: Vec<(Range<usize>, Vec<&Hit>)> = Vec::new();
    for hit in hits {
        let window = sentence_of(text, sentences, &hit.bytes);
        match groups.last_mut() {
            Some((last, members)) if window.start < last.end => {
                last.end = last.end.max(window.end);
                members.push(hit);
            }
            _ => groups.push((window, vec![hit])),
        }
    }
    let mut offsets = CharOffsets::new(text);
    groups
        .into_iter()
        .map(|(window, members)| {
            let window = cut_down(text, window, &members);
            let start = offsets.char_at(window.start);
            let highlights = members
                .iter()
                .map(|hit| MentionHighlight {
                    start: offsets.char_at(hit.bytes.start) - start,
                    end: offsets.char_at(hit.bytes.end) - start,
                    feature: hit.feature.clone(),
                })
                .collect();
            Excerpt {
                text: text[window.clone()].to_string(),
                start,
                end: offsets.char_at(window.end),
                highlights,
            }
        })
        .collect()
}

/// The sentence holding the start of `bytes` (stretched to hold all of it),
/// or some context around it when no sentence does.
fn sentence_of(text: &str, sentences: &[Range<usize>], bytes: &Range<usize>) -> Range<usize> {
    let i = sentences.partition_point(|s| s.start <= bytes.start);
    match i.checked_sub(1).map(|i| &sentences[i]) {
        Some(s)
            if bytes.start < s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end) =>
        {
            s.start..s.end.max(bytes.end)
        }
        _ => context(text, bytes.clone(), bytes.clone()),
    }
}

/// `window` if it is short enough, else the part of it around the mentions.
fn cut_down(text: &str, window: Range<usize>, members: &[&Hit]) -> Range<usize> {
    if text[window.clone()].chars().count() <= MAX_EXCERPT_CHARS {
        return window;
    }
    let first = members.first().map_or(window.start, |h| h.bytes.start);
    let last = members.last().map_or(window.end, |h| h.bytes.end);
    let around = context(text, first..first, last..last);
    around.start.max(window.start)..around.end.min(window.end)
}

/// From [`CONTEXT_CHARS`] characters before `first` to as many after `last`,
/// trimmed of white space at either end.
fn context(text: &str, first: Range<usize>, last: Range<usize>) -> Range<usize> {
    let start = text[..first.start]
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let end = text[last.end..]
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(text.len(), |(i, _)| last.end + i);
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    (start + lead).min(first.start)..(end - trail).max(last.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::*;
    use crate::store::ImportOutcome;

    fn chars(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end - start).collect()
    }

    #[test]
    fn ranks_articles_and_merges_mentions_per_sentence() {
        let mut lib = Library::open_in_memory().unwrap();
        let mut ids = Vec::new();
        for ((a, analysis), at) in [sample_en(), sample_ru(), sample_ja()]
            .into_iter()
            .zip([*T0, *T1, *T2])
        {
            match lib.import("f.txt", &a, &analysis, at).unwrap() {
                ImportOutcome::Stored { id } => ids.push(id),
                other => panic!("{other:?}"),
            }
        }
        let found = lib.excerpts_with("kunashir", &[], &fake_sentences).unwrap();
        let order: Vec<_> = found.iter().map(|a| a.article_id).collect();
        // EN has two mentions; RU (2022) was published, JA has no date.
        assert_eq!(order, [ids[0], ids[1], ids[2]]);
        assert_eq!(found[0].mention_count, 2);
        assert_eq!(found[0].title, "Drills on Kunashir");
        assert_eq!(found[0].source.as_deref(), Some("Example News"));

        // The town and the island in one sentence make one excerpt with two highlights.
        let covered = vec!["yuzhno-kurilsk".to_string()];
        let found = lib
            .excerpts_with("kunashir", &covered, &fake_sentences)
            .unwrap();
        let en = &found[0];
        assert_eq!(en.mention_count, 3);
        assert_eq!(en.excerpts.len(), 2);
        let last = &en.excerpts[1];
        assert_eq!(
            last.text,
            "In 2019 an airport opened in Yuzhno-Kurilsk on Kunashir."
        );
        assert_eq!(chars(EN_TEXT, last.start, last.end), last.text);
        let marked: Vec<_> = last
            .highlights
            .iter()
            .map(|h| (chars(&last.text, h.start, h.end), h.feature.as_str()))
            .collect();
        assert_eq!(
            marked,
            [
                ("Yuzhno-Kurilsk".to_string(), "yuzhno-kurilsk"),
                ("Kunashir".to_string(), "kunashir")
            ]
        );

        // Character offsets in non-Latin text.
        let ja = found.iter().find(|a| a.article_id == ids[2]).unwrap();
        let excerpt = &ja.excerpts[0];
        assert_eq!(excerpt.text, "北方領土の国後島で演習が行われた。");
        let h = &excerpt.highlights[0];
        assert_eq!(chars(&excerpt.text, h.start, h.end), "国後島");
        let ru = found.iter().find(|a| a.article_id == ids[1]).unwrap();
        assert_eq!(ru.excerpts[0].text, "Остров Кунашир посетил министр.");
        assert_eq!(ru.excerpts[0].highlights[0].start, 7);

        assert!(lib
            .excerpts_with("shikotan", &[], &fake_sentences)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn unlinked_mentions_are_not_excerpted() {
        let mut lib = Library::open_in_memory().unwrap();
        let (a, analysis) = sample_ru();
        lib.import("ru.txt", &a, &analysis, *T0).unwrap();
        let start = analysis.mentions[0].start;
        lib.correct_mention(1, start, None).unwrap();
        assert!(lib
            .excerpts_with("kunashir", &[], &fake_sentences)
            .unwrap()
            .is_empty());
        lib.correct_mention(1, start, Some("shikotan")).unwrap();
        let found = lib.excerpts_with("shikotan", &[], &fake_sentences).unwrap();
        assert_eq!(found[0].excerpts[0].highlights[0].feature, "shikotan");
    }

    fn hit(text: &str, needle: &str) -> Hit {
        let start = text.find(needle).unwrap();
        Hit {
            bytes: start..start + needle.len(),
            feature: "x".into(),
        }
    }

    #[test]
    fn mentions_outside_sentences_get_context() {
        let text = "no sentence here Kunashir and more";
        let found = excerpts_of(text, &[], &[hit(text, "Kunashir")]);
        assert_eq!(found[0].text, text);
        assert_eq!(found[0].highlights[0].start, 17);
    }

    #[test]
    fn long_sentences_are_cut_around_mentions() {
        let text = format!("{} Kunashir {}", "word ".repeat(300), "more ".repeat(300));
        let whole = [Range {
            start: 0,
            end: text.len(),
        }];
        let found = excerpts_of(&text, &whole, &[hit(&text, "Kunashir")]);
        let excerpt = &found[0];
        assert!(excerpt.text.chars().count() <= 2 * CONTEXT_CHARS + 8);
        let h = &excerpt.highlights[0];
        assert_eq!(chars(&excerpt.text, h.start, h.end), "Kunashir");
        assert_eq!(chars(&text, excerpt.start, excerpt.end), excerpt.text);
    }
}
