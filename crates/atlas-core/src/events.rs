//! Dated events: sentences with a date and at least one linked place.
//!
//! An event is a sentence (see [`crate::sentences`]) that holds at least one
//! date expression (see [`crate::dates`]) and at least one place mention. A
//! sentence gives one event per distinct date in it, except that a date is
//! dropped when the same sentence has a more precise date inside it ("in 2010,
//! on November 1, 2010" gives only 2010-11-01). All places of the sentence go
//! with every one of its events.
use chrono::NaiveDate;

use std::sync::LazyLock;

use regex::Regex;

use crate::dates::{find_dates_in_sentences, is_future_sentence, DateMention, PartialDate};
use crate::linker::Mention;
use crate::sentences::sentence_spans;
use crate::text::CharOffsets;

/// One event an article reports.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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
/// they need not be sorted. Relative dates are resolved against `published`
/// and skipped without it. Events come in text order, and within a sentence in
/// the order their dates first appear.
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
) -> Vec<Event> {
    if mentions.is_empty() {
        return Vec::new();
    }
    let sentences = sentence_spans(text);
    let dates = find_dates_in_sentences(text, published, sentences.clone());
    if dates.is_empty() {
        return Vec::new();
    }
    let sentences = join_listing_entries(text, sentences, &dates);
    let mut mentions: Vec<&Mention> = mentions.iter().collect();
    mentions.sort_by_key(|m| (m.byte_start, m.byte_end));

    let mut dates: Vec<&DateMention> = dates.iter().collect();
    dates.sort_by_key(|d| d.byte_start);
    // Dates and mentions are sorted by start: each sentence takes its run of them
    // by binary search (scanning them all per sentence was quadratic: a 1 MB text took 8 s).
    let mut offsets = CharOffsets::new(text);
    let mut events = Vec::new();
    for span in sentences {
        let in_sentence = |start: usize, end: usize| start >= span.start && end <= span.end;
        let date_run = dates.partition_point(|d| d.byte_start < span.start)
            ..dates.partition_point(|d| d.byte_start < span.end);
        let sentence_mentions = &mentions[mentions.partition_point(|m| m.byte_start < span.start)
            ..mentions.partition_point(|m| m.byte_start < span.end)];
        let mut sentence_dates: Vec<&DateMention> = dates[date_run]
            .iter()
            .copied()
            .filter(|d| in_sentence(d.byte_start, d.byte_end))
            .filter(|d| !is_recurring(text, d))
            .filter(|d| !is_nowadays(text, &span, d))
            .collect();
        if sentence_dates.iter().any(|d| !is_since(text, d)) {
            sentence_dates.retain(|d| !is_since(text, d));
        }
        let dateline_date = |d: &&DateMention| is_dateline_date(text, &span, d);
        if sentence_dates.iter().any(|d| !dateline_date(d)) {
            sentence_dates.retain(|d| !dateline_date(d));
        }
        if sentence_dates.is_empty() {
            continue;
        }
        let places = places_of(sentence_mentions.iter().copied());
        if places.is_empty() {
            continue;
        }
        if is_dateline(text, &span, &sentence_dates, sentence_mentions)
            || is_timestamp(text, &span, &sentence_dates)
            || is_editorial_note(&text[span.clone()])
            || is_byline(&text[span.clone()])
        {
            continue;
        }
        let sentence = &text[span.clone()];
        let future = is_future_sentence(sentence);
        let start = offsets.char_at(span.start);
        let end = offsets.char_at(span.end);
        for (date, relative) in distinct_dates(&sentence_dates) {
            events.push(Event {
                date,
                places: places.clone(),
                sentence: sentence.to_string(),
                start,
                end,
                relative,
                planned: is_planned(&date, future, published),
                dated_by: if relative {
                    DatedBy::Relative
                } else {
                    DatedBy::Stated
                },
                references: Vec::new(),
            });
        }
    }
    events
}

/// Whether the sentence at `span` is only a place and a date ("Южно-Сахалинск,
/// 15 июля." or "TOKYO, Aug 23"): a dateline, not a report of an event. Fewer than
/// [`MIN_EVENT_LETTERS`] letters outside its dates and mentions make it one (a kanji
/// or kana counts as four).
fn is_dateline(
    text: &str,
    span: &std::ops::Range<usize>,
    dates: &[&DateMention],
    mentions: &[&Mention],
) -> bool {
    let covered = |i: usize| {
        dates
            .iter()
            .any(|d| (d.byte_start..d.byte_end).contains(&i))
            || mentions
                .iter()
                .any(|m| (m.byte_start..m.byte_end).contains(&i))
    };
    // A kanji or kana says about as much as a short word.
    let weight = |c: char| if c > '\u{2E80}' { 4 } else { 1 };
    text[span.clone()]
        .char_indices()
        .filter(|(i, c)| c.is_alphabetic() && !covered(span.start + i))
        .map(|(_, c)| weight(c))
        .sum::<usize>()
        < MIN_EVENT_LETTERS
}

/// Whether `sentence` is an editor's note on the article itself ("(Updated Feb 5
/// to add ...)", "This article was updated on Nov. 21 to ...", "Correction: ...",
/// "Материал обновлен 1 сентября ...", "※６月３０日…を更新しました。"): its date is
/// the note's, not an event's.
fn is_editorial_note(sentence: &str) -> bool {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)^[\s(\[（※＊*]*(?:
                (?:updated|corrected|correction|clarification|editor'?s\s+note)\b
              | this\s+(?:story|article|report|version|post)\s+(?:was|has\s+been)\s+(?:updated|corrected|amended|changed|revised)\b
              | an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report)
              | (?:обновлено|исправлено|дополнено|уточнение|поправка)\b
              | (?:материал|статья|новость|текст)\s+(?:был[аи]?\s+)?(?:обновл[её]н|обновлена|дополнен|дополнена|исправлен|исправлена)
            )",
        )
        .expect("valid regex")
    });
    // Japanese notes start with a reference mark and say what was changed.
    static JA_NOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*[※＊*（(].*(?:更新|訂正|追記|修正)(?:しました|しています|した)?[。）)]*\s*$",
        )
        .expect("valid regex")
    });
    NOTE.is_match(sentence) || JA_NOTE.is_match(sentence)
}

/// Whether `sentence` is a byline ("By Kenji Watanabe, Staff writer, in Nemuro |
/// Nov 20, 2023"): a line that starts with "By" and a name and has no sentence
/// stop. Its date is the article's.
fn is_byline(sentence: &str) -> bool {
    static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:By|BY)\s+\p{Lu}[\p{L}.'-]*\s+\p{Lu}").expect("valid regex")
    });
    let sentence = sentence.trim_end();
    BYLINE.is_match(sentence) && !sentence.ends_with(['.', '!', '?'])
}

/// Whether `date` is the date of a wire dateline that opens the sentence at `span`
/// ("MOSCOW, Feb 4 (Reuters) - ...", "NEMURO, Japan, Sept. 12 (Kyodo) -- ..."): the
/// day of the report, background when the sentence dates its news otherwise ("...
/// a deputy minister said on Tuesday").
fn is_dateline_date(text: &str, span: &std::ops::Range<usize>, date: &DateMention) -> bool {
    static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*\p{Lu}[\p{Lu}\s.'-]+,(?:\s*\p{Lu}[\p{L}.]+,)?\s*$").expect("valid regex")
    });
    static AGENCY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:\s*\([^()]{2,24}\)|\s+\p{Lu}[\p{L}-]+|\s*/[^/]{2,16}/\.?)?\s*(?:-{1,2}|–|—)\s",
        )
        .expect("valid regex")
    });
    date.byte_start >= span.start
        && PLACE_BEFORE.is_match(&text[span.start..date.byte_start])
        && AGENCY_AFTER.is_match(&text[date.byte_end..ceil_boundary(text, date.byte_end + 32)])
}

/// Whether "today" at `date` means "nowadays" rather than the news day: a
/// sentence that opens with "Today" or «Сегодня» and states how things are
/// ("Today about 20,000 people live on the islands", «Сегодня на Курилах
/// действует режим…», «Сегодня ясно: …», «Сегодня Курилы — …»), with nothing
/// in it told in the past; or 今日の before a noun ("today's", 今日の北方四島)
/// in a sentence that does not end in the past. Not an event.
fn is_nowadays(text: &str, sentence: &std::ops::Range<usize>, date: &DateMention) -> bool {
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^[\s"“«(]*(?i:today|nowadays|сегодня)\b[\s,]*"#).expect("valid regex")
    });
    static STATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:is|are|remains?|lives?|has|have|stands?|accounts?\s+for|numbers?|houses?|hosts?|holds?|lies|lie|belongs?|живут|живет|живёт|проживают|проживает|является|являются|действует|действуют|остается|остаётся|остаются|насчитывается|составляет|есть|ясно|понятно|очевидно)\b|\p{Cyrillic}\s+[—–]\s",
        )
        .expect("valid regex")
    });
    static PAST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:\w+ed|said|was|were|had|met|held|took|made|came|went|began|gave|told|saw|found|left|sent|won|lost|built|became|brought|spoke|flew|\w+[аяиеыуё]л[аои]?(?:сь|ся)?|\w*(?:рос|мог|шё|ш)л[аои]?)\b",
        )
        .expect("valid regex")
    });
    let word = &text[date.byte_start..date.byte_end];
    let said = &text[sentence.clone()];
    if word.starts_with("今日") {
        let after = &text[date.byte_end..sentence.end];
        let trimmed = said.trim_end_matches(['。', '」', '』', ' ', '\n']);
        return after.starts_with('の') && !trimmed.ends_with(['た', 'だ']);
    }
    let lower = word.to_lowercase();
    if !matches!(lower.as_str(), "today" | "nowadays" | "сегодня") {
        return false;
    }
    // The sentence opens with this date (not with another "today" further on).
    let Some(opening) = OPENING.find(said) else {
        return false;
    };
    if sentence.start + opening.end() < date.byte_end {
        return false;
    }
    STATE.is_match(said) && !PAST.is_match(said)
}

/// Whether a date recurs rather than happens ("every Feb. 7", "each year in
/// August", "ежегодно 7 февраля", "毎年2月7日"): no event of its own.
fn is_recurring(text: &str, date: &DateMention) -> bool {
    static RECURRING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:\b(?:every|each)(?:\s+year)?(?:\s+(?:on|in))?|ежегодно|каждый\s+год|毎年|例年)\s*$")
            .expect("valid regex")
    });
    RECURRING.is_match(before(text, date.byte_start, 40))
}

/// Whether a date only says since when something lasts ("frozen since 2022",
/// "с 2022 года", "2022年以降"): background when its sentence has another date.
/// The start of a range is not ("с 1945 по 1948 год", "с 1945 до 1948 года").
fn is_since(text: &str, date: &DateMention) -> bool {
    static SINCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:\bsince|\bс|\bсо|начиная\s+с)(?:\s+(?:early|late|mid|the\s+(?:start|beginning|end|middle)\s+of|начала|конца|середины))?[\s-]*$",
        )
        .expect("valid regex")
    });
    static SINCE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*(?:以降|以来|から続)").expect("valid regex"));
    static RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\s*(?:года|год|г\.))?\s*(?:по|до|to|until|through|[-–—])\s*[0-9]")
            .expect("valid regex")
    });
    let after = &text[date.byte_end..ceil_boundary(text, date.byte_end + 24)];
    (SINCE_BEFORE.is_match(before(text, date.byte_start, 30)) && !RANGE_AFTER.is_match(after))
        || SINCE_AFTER.is_match(&text[date.byte_end..ceil_boundary(text, date.byte_end + 12)])
}

/// At most `max` bytes of `text` before `end`, cut on a char boundary.
fn before(text: &str, end: usize, max: usize) -> &str {
    let mut start = end.saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// The least char boundary of `text` at or after `i` (its length past the end).
fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether the sentence at `span` is a page's time stamp line ("2024年10月22日
/// 05:00 根室支局", "08:15 03.09.2024, Yuzhno-Kurilsk"): a date next to a clock
/// time, in a line without a sentence stop. It dates the page, not an event.
fn is_timestamp(text: &str, span: &std::ops::Range<usize>, dates: &[&DateMention]) -> bool {
    static CLOCK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[\s,]*[0-9０-９]{1,2}[:：][0-9０-９]{2}").expect("valid regex")
    });
    static CLOCK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[0-9０-９]{1,2}[:：][0-9０-９]{2}[\s,]*$").expect("valid regex")
    });
    let sentence = text[span.clone()].trim_end();
    if sentence.ends_with(['.', '。', '!', '?', '！', '？']) {
        return false;
    }
    dates.iter().any(|d| {
        CLOCK_AFTER.is_match(&text[d.byte_end..ceil_boundary(text, d.byte_end + 16)])
            || CLOCK_BEFORE.is_match(before(text, d.byte_start, 16))
    })
}

/// See [`is_dateline`].
const MIN_EVENT_LETTERS: usize = 12;

/// The sentences with each entry of a dated listing joined into one: a line
/// that is only a date followed by a title line (no sentence stop, no date of
/// its own), when at least two such pairs follow each other (a press-release
/// list: "令和7年3月14日" / "択捉島での演習に対する抗議"). A lone date line
/// above a headline is the page's date, not the headline's.
fn join_listing_entries(
    text: &str,
    sentences: Vec<std::ops::Range<usize>>,
    dates: &[DateMention],
) -> Vec<std::ops::Range<usize>> {
    let dates_in = |span: &std::ops::Range<usize>| {
        dates
            .iter()
            .filter(|d| d.byte_start >= span.start && d.byte_end <= span.end)
            .collect::<Vec<_>>()
    };
    let ends_sentence = |span: &std::ops::Range<usize>| {
        text[span.clone()]
            .trim_end()
            .ends_with(['.', '。', '!', '?', '！', '？'])
    };
    let date_line = |span: &std::ops::Range<usize>| {
        let ds = dates_in(span);
        ds.len() == 1
            && !ds[0].date.is_year_only()
            && (ds[0].byte_end - ds[0].byte_start) * 2 >= span.len()
            && !ends_sentence(span)
    };
    let title_line =
        |span: &std::ops::Range<usize>| dates_in(span).is_empty() && !ends_sentence(span);
    let line_break_between = |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| {
        text[a.end..b.start].contains('\n')
    };
    // Indexes of the date lines that start a (date, title) pair.
    let pair: Vec<bool> = (0..sentences.len())
        .map(|i| {
            i + 1 < sentences.len()
                && date_line(&sentences[i])
                && title_line(&sentences[i + 1])
                && line_break_between(&sentences[i], &sentences[i + 1])
        })
        .collect();
    let listed = |i: usize| pair[i] && ((i >= 2 && pair[i - 2]) || pair.get(i + 2) == Some(&true));
    let mut out = Vec::with_capacity(sentences.len());
    let mut i = 0;
    while i < sentences.len() {
        if listed(i) {
            out.push(sentences[i].start..sentences[i + 1].end);
            i += 2;
        } else {
            out.push(sentences[i].clone());
            i += 1;
        }
    }
    out
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

/// The distinct dates of one sentence with their `relative` flag (true only if
/// every occurrence is relative), in order of first appearance, without the
/// dates that a more precise date of the sentence falls inside.
fn distinct_dates(dates: &[&DateMention]) -> Vec<(PartialDate, bool)> {
    let mut distinct: Vec<(PartialDate, bool)> = Vec::new();
    for d in dates {
        match distinct.iter_mut().find(|(date, _)| *date == d.date) {
            Some((_, relative)) => *relative &= d.relative,
            None => distinct.push((d.date, d.relative)),
        }
    }
    let all: Vec<PartialDate> = distinct.iter().map(|(d, _)| *d).collect();
    distinct.retain(|(date, _)| !all.iter().any(|other| date.contains(other)));
    distinct
}

/// Whether an event on `date` is a plan or expectation (see [`extract_events`]).
fn is_planned(date: &PartialDate, future_sentence: bool, published: Option<NaiveDate>) -> bool {
    match (published, date.first_day(), date.last_day()) {
        (Some(p), Some(first), Some(last)) => first > p || (future_sentence && last >= p),
        _ => future_sentence,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::PlaceKind;

    fn pubdate(s: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    /// A mention of the `nth` occurrence of `needle` in `text`.
    fn mention(text: &str, needle: &str, feature: &str, island: Option<&str>) -> Mention {
        let byte_start = text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
        let byte_end = byte_start + needle.len();
        Mention {
            feature: feature.to_string(),
            kind: if island.is_some() {
                PlaceKind::Place
            } else {
                PlaceKind::Island
            },
            island: island.map(str::to_string),
            start: crate::text::char_offset(text, byte_start),
            end: crate::text::char_offset(text, byte_end),
            byte_start,
            byte_end,
            text: needle.to_string(),
        }
    }

    /// `(date, places joined by ",", sentence, relative, planned)` per event.
    type Row = (String, String, String, bool, bool);

    fn rows(events: &[Event]) -> Vec<Row> {
        events
            .iter()
            .map(|e| {
                (
                    e.date.to_string(),
                    e.places.join(","),
                    e.sentence.clone(),
                    e.relative,
                    e.planned,
                )
            })
            .collect()
    }

    /// `t!(name, text, published, [(needle, feature, island)...], [(date, places, sentence, relative, planned)...])`
    macro_rules! t {
        ($name:ident, $text:expr, $published:expr,
         [$(($needle:expr, $feature:expr, $island:expr)),* $(,)?],
         [$(($date:expr, $places:expr, $sentence:expr, $relative:expr, $planned:expr)),* $(,)?]) => {
            #[test]
            fn $name() {
                let text: &str = $text;
                let published = if $published.is_empty() { None } else { pubdate($published) };
                let mentions: Vec<Mention> = vec![$(mention(text, $needle, $feature, $island)),*];
                let expected: Vec<Row> = vec![$((
                    $date.to_string(), $places.to_string(), $sentence.to_string(), $relative, $planned
                )),*];
                assert_eq!(rows(&extract_events(text, &mentions, published)), expected);
            }
        };
    }

    t!(
        since_late_month_is_background,
        "The military said on May 9 that troops had drilled on Iturup since late April.",
        "2025-05-13",
        [("Iturup", "iturup", None)],
        [(
            "2025-05-09",
            "iturup",
            "The military said on May 9 that troops had drilled on Iturup since late April.",
            true,
            false
        )]
    );
    t!(
        en_basic,
        "Tokyo protested again. On November 1, 2010, Medvedev visited Kunashir. He met residents.",
        "2010-11-02",
        [("Kunashir", "kunashir", None)],
        [(
            "2010-11-01",
            "kunashir",
            "On November 1, 2010, Medvedev visited Kunashir.",
            false,
            false
        )]
    );
    t!(
        listing_entries_take_the_date_above_them,
        "報道発表\n\n令和7年3月14日\n\n択捉島での演習に対する抗議\n\n令和7年1月30日\n\n貝殻島周辺での漁船の拿捕",
        "2025-03-27",
        [("択捉島", "iturup", None), ("貝殻島", "signalny", Some("habomai"))],
        [
            (
                "2025-03-14",
                "iturup",
                "令和7年3月14日\n\n択捉島での演習に対する抗議",
                false,
                false
            ),
            (
                "2025-01-30",
                "signalny,habomai",
                "令和7年1月30日\n\n貝殻島周辺での漁船の拿捕",
                false,
                false
            )
        ]
    );
    t!(
        a_lone_date_line_does_not_date_the_headline,
        "2019年9月11日（水）\nビザなし交流の訪問団が帰港　色丹島で住民と交流\n一行は色丹島を訪れた。",
        "2019-09-11",
        [("色丹島", "shikotan", None)],
        []
    );
    t!(
        en_no_place_or_no_date,
        "In 1945 the war ended. Kunashir is large.",
        "2023-01-01",
        [("Kunashir", "kunashir", None)],
        []
    );
    t!(
        en_places_with_islands,
        "In 2018 troops in Yuzhno-Kurilsk and on Kunashir and Iturup drilled.",
        "2023-01-01",
        [
            ("Yuzhno-Kurilsk", "yuzhno-kurilsk", Some("kunashir")),
            ("Kunashir", "kunashir", None),
            ("Iturup", "iturup", None)
        ],
        [(
            "2018",
            "yuzhno-kurilsk,kunashir,iturup",
            "In 2018 troops in Yuzhno-Kurilsk and on Kunashir and Iturup drilled.",
            false,
            false
        )]
    );
    t!(
        en_year_dropped_for_precise_date,
        "In 2010, on November 1, 2010, he landed on Kunashir.",
        "",
        [("Kunashir", "kunashir", None)],
        [(
            "2010-11-01",
            "kunashir",
            "In 2010, on November 1, 2010, he landed on Kunashir.",
            false,
            false
        )]
    );
    t!(
        en_two_years,
        "The 1855 treaty and the 1956 declaration both mention Shikotan.",
        "",
        [("Shikotan", "shikotan", None)],
        [
            (
                "1855",
                "shikotan",
                "The 1855 treaty and the 1956 declaration both mention Shikotan.",
                false,
                false
            ),
            (
                "1956",
                "shikotan",
                "The 1855 treaty and the 1956 declaration both mention Shikotan.",
                false,
                false
            )
        ]
    );
    t!(
        en_reported_monday_is_not_planned,
        "The minister said on Monday that Russia will deploy missiles on Iturup.",
        "2023-06-14",
        [("Iturup", "iturup", None)],
        [(
            "2023-06-12",
            "iturup",
            "The minister said on Monday that Russia will deploy missiles on Iturup.",
            true,
            false
        )]
    );
    t!(
        ru_dateline_is_not_an_event,
        "Южно-Сахалинск, 15 июля. Вице-премьер прибыл на Итуруп.",
        "2024-07-16",
        [
            ("Южно-Сахалинск", "yuzhno-sakhalinsk", None),
            ("Итуруп", "iturup", None)
        ],
        []
    );
    t!(
        today_meaning_nowadays_is_not_an_event,
        "Today about 20,000 people live on Iturup. Сегодня на Кунашире действует режим свободной зоны. Сегодня Шикотан — один из районов. 今日の国後島は変わりつつある。",
        "2024-11-20",
        [
            ("Iturup", "iturup", None),
            ("Кунашире", "kunashir", None),
            ("Шикотан", "shikotan", None),
            ("国後島", "kunashir", None)
        ],
        []
    );
    t!(
        today_nowadays_with_a_word_that_only_looks_past,
        "Сегодня на Итурупе живут около 7 тысяч человек.",
        "2024-11-20",
        [("Итурупе", "iturup", None)],
        []
    );
    t!(
        today_as_the_news_day_is_an_event,
        "Today the minister visited Iturup. Сегодня губернатор прибыл на Кунашир. Сегодня, в пятницу, на Шикотане проходит совещание. 今日、国後島で式典が開かれた。",
        "2024-11-22",
        [
            ("Iturup", "iturup", None),
            ("Кунашир", "kunashir", None),
            ("Шикотане", "shikotan", None),
            ("国後島", "kunashir", None)
        ],
        [
            ("2024-11-22", "iturup", "Today the minister visited Iturup.", true, false),
            ("2024-11-22", "kunashir", "Сегодня губернатор прибыл на Кунашир.", true, false),
            ("2024-11-22", "shikotan", "Сегодня, в пятницу, на Шикотане проходит совещание.", true, false),
            ("2024-11-22", "kunashir", "今日、国後島で式典が開かれた。", true, false)
        ]
    );
    t!(
        en_recurring_date_is_not_an_event,
        "The rally on Shikotan is held every Feb. 7, the anniversary of the 1855 treaty.",
        "2024-02-07",
        [("Shikotan", "shikotan", None)],
        [(
            "1855",
            "shikotan",
            "The rally on Shikotan is held every Feb. 7, the anniversary of the 1855 treaty.",
            false,
            false
        )]
    );
    t!(
        ja_timestamp_line_is_not_an_event,
        "2024年10月22日 05:00根室支局 佐藤 美咲\n根室市では今月、集会が開かれた。",
        "2024-10-22",
        [("根室支局", "nemuro", None), ("根室市", "nemuro", None)],
        [(
            "2024-10",
            "nemuro",
            "根室市では今月、集会が開かれた。",
            true,
            false
        )]
    );
    t!(
        ru_range_start_is_not_since,
        "С 1945 по 1948 год с Итурупа были переселены все японские жители.",
        "2025-06-18",
        [("Итурупа", "iturup", None)],
        [
            (
                "1945",
                "iturup",
                "С 1945 по 1948 год с Итурупа были переселены все японские жители.",
                false,
                false
            ),
            (
                "1948",
                "iturup",
                "С 1945 по 1948 год с Итурупа были переселены все японские жители.",
                false,
                false
            )
        ]
    );
    t!(
        en_since_is_background_to_another_date,
        "On Wednesday Japan renewed its claim to Kunashir, with talks frozen since 2022.",
        "2024-02-07",
        [("Kunashir", "kunashir", None)],
        [(
            "2024-02-07",
            "kunashir",
            "On Wednesday Japan renewed its claim to Kunashir, with talks frozen since 2022.",
            true,
            false
        )]
    );
    t!(
        en_planned_next_month,
        "A delegation will visit Shikotan next month.",
        "2023-06-14",
        [("Shikotan", "shikotan", None)],
        [(
            "2023-07",
            "shikotan",
            "A delegation will visit Shikotan next month.",
            true,
            true
        )]
    );
    t!(
        en_planned_this_year,
        "Visa-free visits to Kunashir are expected to resume this year.",
        "2023-06-14",
        [("Kunashir", "kunashir", None)],
        [(
            "2023",
            "kunashir",
            "Visa-free visits to Kunashir are expected to resume this year.",
            true,
            true
        )]
    );
    t!(
        en_historic_date_in_future_sentence_is_not_planned,
        "Russia will no longer honor the 1956 declaration on Shikotan.",
        "2023-06-14",
        [("Shikotan", "shikotan", None)],
        [(
            "1956",
            "shikotan",
            "Russia will no longer honor the 1956 declaration on Shikotan.",
            false,
            false
        )]
    );
    t!(
        ru_basic,
        "Заголовок без точки\n1 ноября 2010 года Медведев посетил Кунашир. В 2024 году на Итурупе будет построен аэропорт.",
        "2023-06-14",
        [("Кунашир", "kunashir", None), ("Итурупе", "iturup", None)],
        [
            (
                "2010-11-01",
                "kunashir",
                "1 ноября 2010 года Медведев посетил Кунашир.",
                false,
                false
            ),
            (
                "2024",
                "iturup",
                "В 2024 году на Итурупе будет построен аэропорт.",
                false,
                true
            )
        ]
    );
    t!(
        ja_basic,
        "北方領土で演習\n防衛省は14日、択捉島で演習が行われたと発表した。政府は来年、国後島に調査団を派遣する方針だ。",
        "2023-06-15",
        [("択捉島", "iturup", None), ("国後島", "kunashir", None)],
        [
            (
                "2023-06-14",
                "iturup",
                "防衛省は14日、択捉島で演習が行われたと発表した。",
                true,
                false
            ),
            (
                "2024",
                "kunashir",
                "政府は来年、国後島に調査団を派遣する方針だ。",
                true,
                true
            )
        ]
    );

    #[test]
    fn offsets_are_characters_and_serialization_uses_date_strings() {
        let text = "Кунашир. 2018年11月14日、国後島で会談。";
        let m = mention(text, "国後島", "kunashir", None);
        let events = extract_events(text, &[m], None);
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!((e.start, e.end), (9, 28));
        let chars: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(chars, e.sentence);
        let json = serde_json::to_value(e).unwrap();
        assert_eq!(json["date"], "2018-11-14");
        assert_eq!(json["relative"], false);
    }

    #[test]
    fn many_dates_in_one_sentence_are_all_kept() {
        let text = "Habomai was discussed in 1855, 1875, 1905, 1945 and 1956.";
        let m = mention(text, "Habomai", "habomai", None);
        let dates: Vec<String> = extract_events(text, &[m], None)
            .iter()
            .map(|e| e.date.to_string())
            .collect();
        assert_eq!(dates, ["1855", "1875", "1905", "1945", "1956"]);
    }

    #[test]
    fn same_date_twice_gives_one_event() {
        let text = "In 1945 (1945) Soviet troops reached Shikotan.";
        let m = mention(text, "Shikotan", "shikotan", None);
        assert_eq!(extract_events(text, &[m], None).len(), 1);
    }

    /// The dates of the events of `text` with one mention per `(needle, feature)`.
    fn event_dates(text: &str, published: &str, needles: &[(&str, &str)]) -> Vec<String> {
        let mentions: Vec<Mention> = needles
            .iter()
            .map(|(needle, feature)| mention(text, needle, feature, None))
            .collect();
        extract_events(text, &mentions, pubdate(published))
            .iter()
            .map(|e| e.date.to_string())
            .collect()
    }

    #[test]
    fn editorial_notes_are_not_events() {
        for (text, needle) in [
            ("Kunashir pier delayed.\n(Updated Feb 5 to add the governor's comments on the Kunashir ferry)", "Kunashir ferry"),
            ("This article was updated on Nov. 21 to add comments from Hokkaido Gov. Naomichi Suzuki.", "Hokkaido"),
            ("(This story was updated on Sept. 12 to add the detention off Kaigara Island.)", "Kaigara"),
            ("Материал обновлен 1 сентября в 18:10: добавлены подробности о строительстве на Шикотане.", "Шикотане"),
            ("※６月３０日午後４時４０分、貝殻島周辺の採取料の金額を更新しました。", "貝殻島"),
        ] {
            assert_eq!(event_dates(text, "2023-11-20", &[(needle, "x")]), Vec::<String>::new(), "{text}");
        }
        // A sentence that reports an update of something else is an event.
        assert_eq!(
            event_dates(
                "Russia updated its maps of Shikotan on Nov. 1.",
                "2023-11-20",
                &[("Shikotan", "shikotan")]
            ),
            ["2023-11-01"]
        );
    }

    #[test]
    fn a_byline_is_not_an_event() {
        let text = "By Kenji Watanabe, Staff writer, in Nemuro | Nov 20, 2023\nBy March 2023 the pier on Shikotan was finished.";
        assert_eq!(
            event_dates(
                text,
                "2023-11-20",
                &[("Nemuro", "nemuro"), ("Shikotan", "shikotan")]
            ),
            ["2023-03"]
        );
    }

    #[test]
    fn a_dateline_date_gives_way_to_the_news_date() {
        let text = "NEMURO, Japan, Sept. 12 (Kyodo) -- Former residents flew over Kunashiri Island on Thursday, the government said.";
        assert_eq!(
            event_dates(text, "2025-09-12", &[("Kunashiri", "kunashir")]),
            ["2025-09-11"]
        );
        let text = "MOSCOW, Feb 4 (Reuters) - Russia will complete a pier on Kunashir in 2027, a deputy minister said on Tuesday.";
        assert_eq!(
            event_dates(text, "2026-02-04", &[("Kunashir", "kunashir")]),
            ["2027", "2026-02-03"]
        );
        // Without another date the dateline's is the best there is.
        let text =
            "TOKYO, May 13 (Kyodo) - Japan protested against drills on Etorofu, the ministry said.";
        assert_eq!(
            event_dates(text, "2025-05-13", &[("Etorofu", "iturup")]),
            ["2025-05-13"]
        );
        // A date later in the sentence is not a dateline's.
        let text = "Japan protested against drills on Etorofu on May 9 (local time) - the ministry said on Tuesday.";
        assert_eq!(
            event_dates(text, "2025-05-13", &[("Etorofu", "iturup")]),
            ["2025-05-09", "2025-05-13"]
        );
    }
}
