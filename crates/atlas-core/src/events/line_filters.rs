//! Sentences that report no event: datelines, time stamps, bylines, editor's
//! notes and the headlines of links to other articles.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use crate::dates::surroundings::tail;
use crate::dates::{starts_its_line, DateMention};
use crate::letters::is_letter;
use crate::linker::Mention;
use crate::prechecked_regex::PrecheckedRegex;
use crate::text::{ceil_char_boundary, ends_with_stop, starts_with_spaced_dash};

/// Whether the sentence at `span` is only a place and a date ("Южно-Сахалинск,
/// 15 июля." or "TOKYO, Aug 23"): a dateline, not a report of an event. Fewer than
/// [`MIN_EVENT_LETTERS`] letters outside its dates and mentions make it one (a kanji
/// or kana counts as four), unless it is a chronology's entry
/// ([`is_chronology_entry`]).
pub(super) fn is_dateline(
    text: &str,
    span: &Range<usize>,
    dates: &[&DateMention],
    mentions: &[&Mention],
) -> bool {
    letters_outside(text, span, dates, mentions, MIN_EVENT_LETTERS) < MIN_EVENT_LETTERS
        && !is_chronology_entry(text, span, dates)
}

/// Whether the sentence at `span` is a chronology's entry that starts with its
/// date and a colon ("28 de mayo: combate de Pradera del Ganso.", "April 3:
/// …"), or that starts its line with its date and a spaced dash before prose
/// ("1985 – RAF Mount Pleasant opens."): the date is the entry's own, however
/// few words follow.
pub(super) fn is_chronology_entry(text: &str, span: &Range<usize>, dates: &[&DateMention]) -> bool {
    dates.iter().any(|d| {
        let rest = &text[d.byte_end..span.end];
        d.byte_start == span.start
            && (rest.trim_start().starts_with([':', '：'])
                || starts_with_spaced_dash(rest)
                    && starts_its_line(text, span.start)
                    && has_prose_word(text, span, dates, &[]))
    })
}

/// The letters of the sentence at `span` outside its `dates` and `mentions`,
/// a kanji or kana counting as four, counted up to `cap` (a long sentence
/// stops there: the callers only ask whether there are few).
///
/// A character counts when it starts outside every date and mention. The
/// stretches between them are read whole, in text order, so the count where
/// it stops at `cap` is the same as character by character.
pub(super) fn letters_outside(
    text: &str,
    span: &Range<usize>,
    dates: &[&DateMention],
    mentions: &[&Mention],
    cap: usize,
) -> usize {
    letters_outside_ranges(text, span, covered(dates, mentions), cap)
}

/// The byte ranges of `dates` and `mentions`.
fn covered(dates: &[&DateMention], mentions: &[&Mention]) -> Vec<Range<usize>> {
    dates
        .iter()
        .map(|d| d.byte_start..d.byte_end)
        .chain(mentions.iter().map(|m| m.byte_start..m.byte_end))
        .collect()
}

/// Whether the sentence at `span` holds, outside its `dates` and `mentions`, a
/// lower-case word of [`PROSE_WORD_LETTERS`] letters or more: prose («траур
/// объявлен»), which a dateline has none of (its place, date and agency are
/// names: "ЮЖНО-САХАЛИНСК, 21 ноя – РИА Новости.", "TOKYO, March 3 (Kyodo) -").
pub(super) fn has_prose_word(
    text: &str,
    span: &Range<usize>,
    dates: &[&DateMention],
    mentions: &[&Mention],
) -> bool {
    let covered = covered(dates, mentions);
    text[span.clone()]
        .unicode_word_indices()
        .any(|(offset, word)| {
            word.chars().count() >= PROSE_WORD_LETTERS
                && word.chars().all(char::is_lowercase)
                && !covered.iter().any(|r| r.contains(&(span.start + offset)))
        })
}

/// See [`has_prose_word`].
const PROSE_WORD_LETTERS: usize = 5;

/// [`letters_outside`] the `covered` byte ranges.
fn letters_outside_ranges(
    text: &str,
    span: &Range<usize>,
    mut covered: Vec<Range<usize>>,
    cap: usize,
) -> usize {
    covered.sort_by_key(|r| r.start);
    let mut count = 0;
    // `at`: the first position not known to be covered; `next`: the first
    // covered range not passed yet.
    let (mut at, mut next) = (span.start, 0);
    loop {
        while let Some(r) = covered.get(next).filter(|r| r.start <= at) {
            at = at.max(r.end);
            next += 1;
        }
        if at >= span.end {
            return count;
        }
        let gap_end = covered
            .get(next)
            .map_or(span.end, |r| r.start.min(span.end));
        // The characters that start in `at..gap_end`.
        let gap = &text[ceil_char_boundary(text, at)..ceil_char_boundary(text, gap_end)];
        for c in gap.chars() {
            if is_letter(c) {
                // A kanji or kana says about as much as a short word.
                count += if c > '\u{2E80}' { 4 } else { 1 };
                if count >= cap {
                    return count;
                }
            }
        }
        at = gap_end;
    }
}

/// Whether `sentence` is an editor's note on the article itself ("(Updated Feb 5
/// to add ...)", "This article was updated on Nov. 21 to ...", "Correction: ...",
/// "Материал обновлен 1 сентября ...", "※６月３０日…を更新しました。"): its date is
/// the note's, not an event's.
pub(super) fn is_editorial_note(sentence: &str) -> bool {
    static NOTE: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(
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

/// Whether the sentence at `span` is the headline of a link to another
/// article: on a line that starts with a related-links label ("Read more:
/// …", "BASAHIN: …", "▶ 관련기사 …"), or among the lines that follow such a
/// label alone on its line ("Читайте также:", "Mirá también", "関連記事"), up
/// to a blank line or a line that ends a sentence. Its date is that article's.
pub(super) fn is_related_link(text: &str, span: &Range<usize>) -> bool {
    const LABEL: &str = r"(?:read\s+(?:more|also)|see\s+also|also\s+read|related(?:\s+(?:stories|articles|news|coverage))?|more\s+on\s+this(?:\s+story)?|читайте\s+(?:также|також)|смотрите\s+также|по\s+теме|mir[aá]\s+tambi[eé]n|le[aeé]\s+tambi[eé]n|ver\s+tambi[eé]n|te\s+puede\s+interesar|basahin(?:\s+din)?|xem\s+thêm|đọc\s+thêm|【?関連(?:記事|ニュース)?】?|관련\s*기사|相[关關](?:阅读|閱讀|新[闻聞]|[报報]道)|延伸[阅閱][读讀])";
    // The label alone on its line, a colon optional.
    static ALONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)^\s*(?:[>»▶►•]+\s*)?{LABEL}\s*[:：]?\s*$")).expect("valid regex")
    });
    // The label before the headline: after a bullet or before a colon, so
    // that a sentence that starts with "Related" or «По теме» is none.
    static AT_START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^\s*(?:[>»▶►•]+\s*{LABEL}\s*[:：]?|{LABEL}\s*[:：])\s*\S"
        ))
        .expect("valid regex")
    });
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.start..]
        .find('\n')
        .map_or(text.len(), |i| span.start + i);
    if AT_START.is_match(&text[line_start..line_end]) {
        return true;
    }
    // The lines before, up to the label (a few at most).
    let mut lines = text[..line_start].lines().rev();
    for _ in 0..6 {
        let Some(line) = lines.next() else {
            return false;
        };
        let line = line.trim();
        if ALONE.is_match(line) {
            return true;
        }
        if line.is_empty() || line.ends_with(['.', '!', '?', '。', '！', '？']) {
            return false;
        }
    }
    false
}

/// Whether `sentence` is a byline ("By Kenji Watanabe, Staff writer, in Nemuro |
/// Nov 20, 2023"): a line that starts with "By" and a name and has no sentence
/// stop. Its date is the article's.
pub(super) fn is_byline(sentence: &str) -> bool {
    static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:By|BY)\s+\p{Lu}[\p{L}.'-]*\s+\p{Lu}").expect("valid regex")
    });
    let sentence = sentence.trim_end();
    BYLINE.is_match(sentence) && !sentence.ends_with(['.', '!', '?'])
}

/// Whether the sentence at `span` is a page's time stamp line ("2024年10月22日
/// 05:00 根室支局", "08:15 03.09.2024, Yuzhno-Kurilsk"): a date next to a clock
/// time, in a line without a sentence stop. It dates the page, not an event.
pub(super) fn is_timestamp(text: &str, span: &Range<usize>, dates: &[&DateMention]) -> bool {
    static CLOCK_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"^[\s,]*{CLOCK}")).expect("valid regex"));
    static CLOCK_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"{CLOCK}[\s,]*$")).expect("valid regex"));
    if ends_with_stop(&text[span.clone()]) {
        return false;
    }
    dates.iter().any(|d| {
        CLOCK_AFTER.is_match(&text[d.byte_end..ceil_char_boundary(text, d.byte_end + 16)])
            || CLOCK_BEFORE.is_match(tail(text, d.byte_start, 16))
    })
}

/// A clock time, "06:00" or "１５：４２".
const CLOCK: &str = r"[0-9０-９]{1,2}[:：][0-9０-９]{2}";

/// Whether `line` holds a clock time ([`CLOCK`], not inside a longer number),
/// as a page's time stamp does.
pub(super) fn has_clock_time(line: &str) -> bool {
    static CLOCK_IN_LINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?:^|[^0-9０-９]){CLOCK}(?:$|[^0-9０-９])")).expect("valid regex")
    });
    CLOCK_IN_LINE.is_match(line)
}

/// See [`is_dateline`].
const MIN_EVENT_LETTERS: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    /// [`letters_outside_ranges`] as it was, character by character.
    fn letters_char_by_char(
        text: &str,
        span: &Range<usize>,
        mut covered: Vec<Range<usize>>,
        cap: usize,
    ) -> usize {
        covered.sort_by_key(|r| r.start);
        let weight = |c: char| if c > '\u{2E80}' { 4 } else { 1 };
        let (mut next, mut count) = (0, 0);
        for (i, c) in text[span.clone()].char_indices() {
            let at = span.start + i;
            while covered.get(next).is_some_and(|r| r.end <= at) {
                next += 1;
            }
            let is_covered = covered[next..]
                .iter()
                .take_while(|r| r.start <= at)
                .any(|r| at < r.end);
            if c.is_alphabetic() && !is_covered {
                count += weight(c);
                if count >= cap {
                    break;
                }
            }
        }
        count
    }

    #[test]
    fn letters_outside_as_char_by_char() {
        let pieces = [
            "Kunashir ",
            "15 июля",
            "国後島",
            "。",
            "독도",
            "ñ",
            "ệ",
            ", ",
            "12",
            "\n",
            "—",
            "ǅ",
            "𝐀",
            "\u{301}",
            "A",
        ];
        let mut rng = crate::test_random::Rng::new(1);
        let mut random = |n: usize| rng.below(n);
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..random(16) {
                text.push_str(pieces[random(pieces.len())]);
            }
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let (a, b) = (bounds[random(bounds.len())], bounds[random(bounds.len())]);
            let span = a.min(b)..a.max(b);
            let covered: Vec<Range<usize>> = (0..random(5))
                .map(|_| {
                    let (a, b) = (bounds[random(bounds.len())], bounds[random(bounds.len())]);
                    a.min(b)..a.max(b)
                })
                .collect();
            let cap = 1 + random(20);
            assert_eq!(
                letters_outside_ranges(&text, &span, covered.clone(), cap),
                letters_char_by_char(&text, &span, covered.clone(), cap),
                "{text:?} {span:?} {covered:?} {cap}"
            );
        }
    }
}
