//! Dated events: sentences with a date and at least one linked place.
//!
//! An event is a sentence (see [`crate::sentences`]) that holds at least one
//! date expression (see [`crate::dates`]) and at least one place mention. A
//! sentence gives one event per distinct date in it, except that a date is
//! dropped when the same sentence has a more precise date inside it ("in 2010,
//! on November 1, 2010" gives only 2010-11-01). All places of the sentence go
//! with every one of its events.
use chrono::NaiveDate;

use std::collections::HashSet;
use std::ops::Range;

use crate::dates::{find_dates_in_sentences, is_future_sentence, DateMention, PartialDate};
use crate::gazetteer::ContextPlaces;
use crate::language::{detect_languages, Languages};
use crate::linker::Mention;
use crate::sentences::sentence_spans;
use crate::text::CharOffsets;
use crate::web_addresses::Addresses;

mod clauses;
mod date_filters;
mod lead;
mod line_filters;
mod listings;
mod references;
mod words;

use clauses::dates_by_clause;
use date_filters::{
    is_dateline_date, is_designated_day, is_nowadays, is_range_end, is_record_since, is_recurring,
    is_since, opens_with_recurring, span_end, SpanEnd,
};
use lead::{is_heading, join_datelines, lead, reports_news};
use line_filters::{is_byline, is_dateline, is_editorial_note, is_related_link, is_timestamp};
use listings::{join_entry_heads, join_listing_entries};
use references::Antecedents;
use words::Sentence;

/// One event an article reports.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    /// When, at the precision the text gives (serialized as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub date: PartialDate,
    /// Place ids in order of first mention (sub-places followed by their island).
    pub places: Vec<String>,
    /// The sentence (or clause) that reports it.
    pub sentence: String,
    /// Character offset of the sentence in the article text.
    pub start: usize,
    /// Character end offset of the sentence.
    pub end: usize,
    /// Whether the date was resolved against the publication date.
    pub relative: bool,
    /// Whether the event is planned or expected rather than reported as having happened.
    pub planned: bool,
    /// How its date was found.
    pub dated_by: DatedBy,
    /// The words that refer to its places without naming them ("the islands",
    /// «эти острова», 同島), when its clause names none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
}

/// How an event's date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum DatedBy {
    /// Written in the text ("on November 1, 2010", "1 ноября 2010 года").
    Stated,
    /// Worked out from the publication date ("on Monday", "last year", 昨日).
    Relative,
    /// No date word: the article's own news, dated by its publication date.
    Publication,
    /// The article's dateline ("TOKYO, May 13 (Kyodo) -", «12 июля 2019 года, Остров Итуруп»).
    Dateline,
}

impl DatedBy {
    /// The code stored and shown: `stated`, `relative`, `publication` or `dateline`.
    pub fn code(self) -> &'static str {
        match self {
            DatedBy::Stated => "stated",
            DatedBy::Relative => "relative",
            DatedBy::Publication => "publication",
            DatedBy::Dateline => "dateline",
        }
    }

    /// Parses a code written by [`DatedBy::code`]; anything else is `Stated`.
    pub fn from_code(code: &str) -> DatedBy {
        match code {
            "relative" => DatedBy::Relative,
            "publication" => DatedBy::Publication,
            "dateline" => DatedBy::Dateline,
            _ => DatedBy::Stated,
        }
    }
}

/// Stored as its code.
impl rusqlite::types::ToSql for DatedBy {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.code().into())
    }
}

/// Read back from its code; an unknown code reads as [`DatedBy::Stated`].
impl rusqlite::types::FromSql for DatedBy {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Ok(DatedBy::from_code(value.as_str()?))
    }
}

/// Words that refer to places named earlier ("the islands", "the exercises").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Reference {
    /// Character offset of the words in the article text.
    pub start: usize,
    /// Character end offset.
    pub end: usize,
    /// The words as they stand in the article.
    pub text: String,
    /// The place ids they refer to.
    pub places: Vec<String>,
}

/// The events of `text`, given its mentions and publication date.
///
/// `mentions` are the linker's mentions of `text` (their byte spans are used);
/// they need not be sorted. `context` says which places are context places
/// (never the target of "the islands"). Relative dates are resolved against
/// `published` and skipped without it. Events come in text order, and within a
/// sentence in the order their dates first appear.
///
/// An event is `planned` when its date starts after publication, or when its
/// sentence speaks of the future or of plans ("will", "plans to", "будет",
/// "予定", "来年" ...) and the date is not wholly before publication (so "said on
/// Monday that it will ..." reports Monday's statement as a fact). Without a
/// publication date only the sentence's wording decides.
pub fn extract_events(
    text: &str,
    mentions: &[Mention],
    published: Option<NaiveDate>,
    context: &ContextPlaces,
) -> Vec<Event> {
    let (_, languages) = detect_languages(text);
    extract_events_in(
        &Addresses::of(text),
        languages,
        mentions,
        published,
        context,
    )
}

/// [`extract_events`] with the [`Languages`] of the text at hand (only their
/// date rules and words run), on the text of `addresses` (its web addresses,
/// shared with the linker).
pub(crate) fn extract_events_in(
    addresses: &Addresses,
    languages: Languages,
    mentions: &[Mention],
    published: Option<NaiveDate>,
    context: &ContextPlaces,
) -> Vec<Event> {
    if mentions.is_empty() {
        return Vec::new();
    }
    let text = addresses.text();
    let sentences = sentence_spans(text);
    let dates = find_dates_in_sentences(addresses, languages, published, sentences.clone());
    if dates.is_empty() && published.is_none() {
        return Vec::new();
    }
    let sentences = join_entry_heads(text, join_listing_entries(text, sentences, &dates), &dates);
    let mut mentions: Vec<&Mention> = mentions.iter().collect();
    mentions.sort_by_key(|m| (m.byte_start, m.byte_end));
    let mut dates: Vec<&DateMention> = dates.iter().collect();
    dates.sort_by_key(|d| d.byte_start);
    let (sentences, dateline_dates) = join_datelines(text, sentences, &dates, &mentions, languages);
    let lead = lead(text, &sentences);

    // Dates and mentions are sorted by start: each sentence takes its run of them
    // by binary search (scanning them all per sentence was quadratic: a 1 MB text took 8 s).
    let mut offsets = CharOffsets::new(text);
    let mut antecedents = Antecedents::new(languages);
    let mut events = Vec::new();
    let mut lead_dated = false;
    // The article's own news: where it goes among the events, and the event.
    let mut own_news: Option<(usize, Event)> = None;
    for (index, span) in sentences.iter().enumerate() {
        let in_lead = lead.contains(&index);
        let sentence_mentions = &mentions[mentions.partition_point(|m| m.byte_start < span.start)
            ..mentions.partition_point(|m| m.byte_start < span.end)];
        let (sentence_dates, sentence_datelines) =
            event_dates(text, span, &dates, &dateline_dates, languages, published);
        let sentence = &text[span.clone()];
        let in_sentence = Sentence::of(sentence);
        // Offsets only move forward (going back would count from the start again):
        // the sentence's start first, then its references in order.
        let start = offsets.char_at(span.start);
        let end = || start + sentence.chars().count();
        if sentence_dates.is_empty() {
            let has_date_words = dates[dates.partition_point(|d| d.byte_start < span.start)..]
                .first()
                .is_some_and(|d| d.byte_start < span.end);
            if in_lead
                && own_news.is_none()
                && !lead_dated
                && !has_date_words
                && reports_news(sentence, languages)
            {
                if let Some(published) = published {
                    let (places, references) =
                        places_of_clause(text, span, sentence_mentions, &antecedents, &mut offsets);
                    if !places.is_empty() {
                        own_news = Some((
                            events.len(),
                            Event {
                                date: PartialDate::from_date(published),
                                places,
                                sentence: sentence.to_string(),
                                start,
                                end: end(),
                                relative: true,
                                planned: false,
                                dated_by: DatedBy::Publication,
                                references,
                            },
                        ));
                    }
                }
            }
        } else if !(is_heading(text, &sentences, &lead, index, &sentence_dates)
            || is_dateline(text, span, &sentence_dates, sentence_mentions)
            || is_timestamp(text, span, &sentence_dates)
            || is_editorial_note(sentence)
            || is_related_link(text, span)
            || is_byline(sentence))
        {
            // Only sentences that give an event ask whether they speak of the future.
            let future = std::cell::OnceCell::new();
            for (clause, clause_dates) in dates_by_clause(
                text,
                span,
                &in_sentence,
                &sentence_dates,
                sentence_mentions,
                languages,
            ) {
                let clause_run = |range: &Range<usize>| {
                    &sentence_mentions[sentence_mentions
                        .partition_point(|m| m.byte_start < range.start)
                        ..sentence_mentions.partition_point(|m| m.byte_start < range.end)]
                };
                let clause_mentions = clause_run(&clause);
                // The clauses before this one are antecedents too.
                let before = span.start..clause.start;
                let with_before;
                let antecedents = if clause_mentions.is_empty() && !clause_run(&before).is_empty() {
                    let mut more = antecedents.clone();
                    more.remember(
                        &Sentence::of(&text[before.clone()]),
                        clause_run(&before),
                        context,
                    );
                    with_before = more;
                    &with_before
                } else {
                    &antecedents
                };
                let (places, references) =
                    places_of_clause(text, &clause, clause_mentions, antecedents, &mut offsets);
                if places.is_empty() {
                    continue;
                }
                let end = end();
                for (date, relative, dated_by) in distinct_dates(&clause_dates, &sentence_datelines)
                {
                    lead_dated |= in_lead;
                    events.push(Event {
                        date,
                        places: places.clone(),
                        sentence: sentence.to_string(),
                        start,
                        end,
                        relative,
                        planned: is_planned(
                            &date,
                            *future.get_or_init(|| is_future_sentence(sentence, languages)),
                            published,
                        ),
                        dated_by,
                        references: references.clone(),
                    });
                }
            }
        }
        antecedents.remember(&in_sentence, sentence_mentions, context);
    }
    if let Some((at, event)) = own_news.filter(|_| !lead_dated) {
        events.insert(at, event);
    }
    told_once(&mut events);
    events
}

/// Keeps the first telling of each event: a later sentence with the same date
/// and the same places (a caption, a chronology's entry, a recap, the quote of
/// a statement) tells it again (`EVENTS.md`, "One event per date and places").
fn told_once(events: &mut Vec<Event>) {
    let mut told: HashSet<(PartialDate, Vec<String>)> = HashSet::with_capacity(events.len());
    events.retain(|event| {
        let mut places = event.places.clone();
        places.sort_unstable();
        told.insert((event.date, places))
    });
}

/// The dates of the sentence at `span` that may date an event: not recurring,
/// not "today" meaning nowadays, not a range's end, not a "since" date or a
/// record's yardstick (but a "since" after `published`, which starts what is
/// planned); a dateline's date only when the sentence has no other. With them, the starts
/// of those that are a dateline's (of `dateline_dates`, or a wire dateline).
fn event_dates<'d>(
    text: &str,
    span: &Range<usize>,
    dates: &[&'d DateMention],
    dateline_dates: &[usize],
    languages: Languages,
    published: Option<NaiveDate>,
) -> (Vec<&'d DateMention>, Vec<usize>) {
    let run = &dates[dates.partition_point(|d| d.byte_start < span.start)
        ..dates.partition_point(|d| d.byte_start < span.end)];
    let mut kept: Vec<&DateMention> = Vec::with_capacity(run.len());
    // "Hằng năm, … từ ngày 1/5 đến 16/8": dates told from publication recur.
    let recurs = run.iter().any(|d| d.relative) && opens_with_recurring(&text[span.clone()]);
    for (i, d) in run.iter().copied().enumerate() {
        let ends_range = i > 0 && is_range_end(text, run[i - 1], d);
        let recurring = (recurs && d.relative) || is_recurring(text, d);
        if d.byte_end <= span.end
            && !ends_range
            && !recurring
            && !is_designated_day(text, d)
            && !is_nowadays(text, span, d)
            // "С 1 августа … откроют": a "since" after publication starts a plan.
            && (!is_since(text, d) || is_planned(&d.date, false, published))
            && match span_end(text, d) {
                None => true,
                Some(SpanEnd::Until) => false,
                // «до конца года» after publication: a plan's deadline.
                Some(SpanEnd::UntilOrBy) => is_planned(&d.date, false, published),
            }
            && !is_record_since(text, d)
        {
            kept.push(d);
        }
    }
    let dateline = |d: &&DateMention| {
        dateline_dates.contains(&d.byte_start) || is_dateline_date(text, span, d, languages)
    };
    if kept.iter().any(|d| !dateline(d)) {
        kept.retain(|d| !dateline(d));
    }
    let datelines = kept
        .iter()
        .filter(|d| dateline(d))
        .map(|d| d.byte_start)
        .collect();
    (kept, datelines)
}

/// The places of the clause at `clause`: those it names, or else those its
/// referring words point to (with the references).
fn places_of_clause(
    text: &str,
    clause: &Range<usize>,
    mentions: &[&Mention],
    antecedents: &Antecedents,
    offsets: &mut CharOffsets,
) -> (Vec<String>, Vec<Reference>) {
    if mentions.is_empty() {
        antecedents.resolve(text, clause, offsets)
    } else {
        (places_of(mentions.iter().copied()), Vec::new())
    }
}

/// Place ids of `mentions`: each feature followed by its island, deduplicated,
/// in order of first mention.
fn places_of<'m>(mentions: impl Iterator<Item = &'m Mention>) -> Vec<String> {
    let mut places: Vec<String> = Vec::new();
    for m in mentions {
        for id in std::iter::once(&m.feature).chain(m.island.as_ref()) {
            if !places.contains(id) {
                places.push(id.clone());
            }
        }
    }
    places
}

/// The distinct dates of one clause with their `relative` flag (true only if
/// every occurrence is relative) and how they were found, in order of first
/// appearance, without the dates that a more precise date of the clause falls
/// inside. A date that starts at one of `dateline_dates` is dated by the dateline.
fn distinct_dates(
    dates: &[&DateMention],
    dateline_dates: &[usize],
) -> Vec<(PartialDate, bool, DatedBy)> {
    let mut distinct: Vec<(PartialDate, bool, DatedBy)> = Vec::new();
    for d in dates {
        let by = if dateline_dates.contains(&d.byte_start) {
            DatedBy::Dateline
        } else if d.relative {
            DatedBy::Relative
        } else {
            DatedBy::Stated
        };
        match distinct.iter_mut().find(|(date, _, _)| *date == d.date) {
            Some((_, relative, _)) => *relative &= d.relative,
            None => distinct.push((d.date, d.relative, by)),
        }
    }
    let all: Vec<PartialDate> = distinct.iter().map(|(d, _, _)| *d).collect();
    distinct.retain(|(date, _, _)| !all.iter().any(|other| date.contains(other)));
    distinct
}

/// Whether an event on `date` is a plan or expectation (see [`extract_events`]).
fn is_planned(date: &PartialDate, future_sentence: bool, published: Option<NaiveDate>) -> bool {
    match (published, date.first_day(), date.last_day()) {
        (Some(p), Some(first), Some(last)) => first > p || (future_sentence && last >= p),
        _ => future_sentence,
    }
}

#[cfg(test)]
mod tests;
