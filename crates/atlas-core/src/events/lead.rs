//! The article's own news and its dateline.
//!
//! The **lead** is the first paragraph of the body: the sentences from the
//! first one that ends with a sentence stop (a headline, a kicker, a byline or
//! a time stamp has none) up to the next blank line. When no sentence of the
//! lead gives a dated event, the lead's first sentence with a place that
//! reports something that happened ("Moscow has scrapped…", «Москва
//! отменила…», 政府は抗議した) is the article's own news, dated from
//! publication.
//!
//! A line that is only a date and a place (an official page's «12 июля 2019
//! года, Остров Итуруп», "Южно-Сахалинск, 15 июля.") belongs to the sentence
//! after it: the two are joined, and the line's date dates that sentence when
//! it has no date of its own.

use std::ops::Range;

use super::date_filters::is_place_in_capitals;
use super::line_filters::{has_clock_time, has_prose_word, is_chronology_entry, letters_outside};
use super::words::any_matches;
use crate::dates::{is_future_sentence, DateMention};
use crate::language::Languages;
use crate::linker::Mention;
use crate::text::ends_with_stop;

/// The indexes of the lead's sentences among `sentences` (see the module
/// documentation). A paragraph followed by a page's time stamp block
/// ("03/04/2022 06:00  Clarín.com" and a byline, lines without a sentence stop)
/// is a standfirst, the summary a page sets between its headline and its stamp:
/// the lead is the paragraph after the stamp.
pub(super) fn lead(text: &str, sentences: &[Range<usize>]) -> Range<usize> {
    let first_paragraph = |from: usize| {
        let first = from
            + sentences[from..]
                .iter()
                .position(|s| ends_with_stop(&text[s.clone()]))?;
        let mut end = first + 1;
        while end < sentences.len()
            && !paragraph_break(&text[sentences[end - 1].end..sentences[end].start])
        {
            end += 1;
        }
        Some(first..end)
    };
    let Some(lead) = first_paragraph(0) else {
        return 0..0;
    };
    let stamp_block = sentences[lead.end..]
        .iter()
        .take_while(|s| !ends_with_stop(&text[(*s).clone()]))
        .count();
    let stamped = sentences[lead.end..lead.end + stamp_block]
        .iter()
        .any(|s| has_clock_time(&text[s.clone()]));
    if stamped && lead.end + stamp_block < sentences.len() {
        if let Some(after) = first_paragraph(lead.end + stamp_block) {
            return after;
        }
    }
    lead
}

/// Whether the text between two sentences ends a paragraph (a blank line).
fn paragraph_break(between: &str) -> bool {
    between.matches('\n').count() >= 2
}

/// Whether `sentence` reports something that happened: a news marker of its
/// language, not a question, and not about the future unless it is a
/// statement ("announced plans to…", 計画を明らかにした: the announcement happened).
pub(super) fn reports_news(sentence: &str, languages: Languages) -> bool {
    let trimmed = sentence.trim_end();
    !trimmed.ends_with(['?', '？'])
        && any_matches(trimmed, languages, |w| &w.news)
        && (!is_future_sentence(sentence, languages)
            || any_matches(trimmed, languages, |w| &w.statement))
}

/// Fewer letters than this besides its dates and places make a sentence part of a dateline.
const DATELINE_LETTERS: usize = 16;

/// At most this many letters make a sentence an agency's name ("/TASS/.").
const AGENCY_LETTERS: usize = 12;

/// The letters of `sentence`.
fn letters(sentence: &str) -> usize {
    sentence.chars().filter(|c| c.is_alphabetic()).count()
}

/// Whether the sentence at `index` belongs to the heading: before the lead
/// (see [`lead`]), one line without a sentence stop (a headline, a section
/// label, a summary line), and no photo caption. A heading gives no event: the
/// body tells the same news.
pub(super) fn is_heading(
    text: &str,
    sentences: &[Range<usize>],
    lead: &Range<usize>,
    index: usize,
    dates: &[&DateMention],
) -> bool {
    let span = &sentences[index];
    index < lead.start
        && !ends_with_stop(&text[span.clone()])
        && !text[span.clone()].trim().contains('\n')
        && !is_caption(text, span, dates)
}

/// Whether the line at `span` is a photo caption: its date stands after a
/// comma, an opening bracket or ＝ ("Новая школа в Малокурильском, 25 августа
/// 2022 года", "貝殻島灯台（７日、根室市で）", "…元島民ら＝２０２０年８月２７日、…撮影").
/// A caption dates a photo, and the photo shows what happened then.
fn is_caption(text: &str, span: &Range<usize>, dates: &[&DateMention]) -> bool {
    dates.iter().any(|d| {
        d.byte_start > span.start
            && text[span.start..d.byte_start]
                .trim_end()
                .ends_with([',', '，', '(', '（', '＝', '='])
    })
}

/// `sentences` with each dateline joined to the sentence after it, and the
/// dates of those datelines (by start).
///
/// A dateline is a run of up to three short sentences at the start of a line
/// (few letters besides their dates and places: "Южно-Сахалинск, 15 июля.",
/// "Южно-Сахалинск. 18 ноября.", "ЮЖНО-САХАЛИНСК, 21 ноя – РИА Новости.")
/// that names a place and either gives a day in figures or goes on, on the
/// same line, with the sentence it dates. An agency's name after it
/// ("/TASS/.") joins too. `dates` and `mentions` are sorted by start.
pub(super) fn join_datelines(
    text: &str,
    sentences: Vec<Range<usize>>,
    dates: &[&DateMention],
    mentions: &[&Mention],
    languages: Languages,
) -> (Vec<Range<usize>>, Vec<usize>) {
    // `dates` and `mentions` are sorted by start: a span takes its run by binary search.
    let dates_in = |span: &Range<usize>| -> Vec<&DateMention> {
        dates[dates.partition_point(|d| d.byte_start < span.start)
            ..dates.partition_point(|d| d.byte_start < span.end)]
            .iter()
            .copied()
            .filter(|d| d.byte_end <= span.end)
            .collect()
    };
    let mentions_in = |span: &Range<usize>| -> Vec<&Mention> {
        mentions[mentions.partition_point(|m| m.byte_start < span.start)
            ..mentions.partition_point(|m| m.byte_start < span.end)]
            .iter()
            .copied()
            .filter(|m| m.byte_end <= span.end)
            .collect()
    };
    // Few letters besides dates and places (an agency's name may stand there:
    // "ЮЖНО-САХАЛИНСК, 21 ноя – РИА Новости.").
    let short = |span: &Range<usize>| {
        let (ds, ms) = (dates_in(span), mentions_in(span));
        letters_outside(text, span, &ds, &ms, DATELINE_LETTERS) < DATELINE_LETTERS
            && !any_matches(&text[span.clone()], languages, |w| &w.predicate)
            && !has_prose_word(text, span, &ds, &ms)
    };
    // Only blanks between the line's start and the sentence (walking back over
    // blanks alone: scanning back to the line's start made a one-line text quadratic).
    let starts_line = |span: &Range<usize>| {
        text[..span.start]
            .chars()
            .rev()
            .find(|c| !c.is_whitespace() || *c == '\n')
            .is_none_or(|c| c == '\n')
    };
    let same_line = |a: &Range<usize>, b: &Range<usize>| !text[a.end..b.start].contains('\n');
    // A day in figures ("15 июля", "July 12, 2019"), not "today".
    let figure_day = |d: &&DateMention| {
        d.date.is_day()
            && text[d.byte_start..d.byte_end]
                .chars()
                .any(|c| c.is_numeric())
    };
    let mut joined = Vec::with_capacity(sentences.len());
    let mut dateline_dates = Vec::new();
    let mut i = 0;
    while i < sentences.len() {
        let span = &sentences[i];
        // A chronology's entry ("3 de abril: combate en Grytviken…") is no dateline.
        if starts_line(span) && short(span) && !is_chronology_entry(text, span, &dates_in(span)) {
            let mut last = i;
            while last + 1 < sentences.len()
                && last - i < 2
                && same_line(&sentences[last], &sentences[last + 1])
                && short(&sentences[last + 1])
            {
                last += 1;
            }
            let run = span.start..sentences[last].end;
            let next = last + 1;
            let run_dates = dates_in(&run);
            let dated = run_dates.iter().any(figure_day);
            let goes_on = sentences
                .get(next)
                .is_some_and(|n| same_line(&sentences[last], n));
            // A city of no dispute's pack names the dateline's place all the same
            // when it stands in capitals ("ВЛАДИВОСТОК, 3 сентября.").
            let names_a_place = !mentions_in(&run).is_empty()
                || run_dates
                    .first()
                    .is_some_and(|d| is_place_in_capitals(&text[run.start..d.byte_start]));
            if next < sentences.len() && names_a_place && (dated || goes_on) {
                let mut end = next;
                while end + 1 < sentences.len()
                    && letters(&text[sentences[end].clone()]) < AGENCY_LETTERS
                {
                    end += 1;
                }
                dateline_dates.extend(
                    run_dates
                        .iter()
                        .filter(|d| figure_day(d))
                        .map(|d| d.byte_start),
                );
                joined.push(span.start..sentences[end].end);
                i = end + 1;
                continue;
            }
        }
        joined.push(span.clone());
        i += 1;
    }
    (joined, dateline_dates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences::sentence_spans;

    fn lead_text(text: &str) -> String {
        let sentences = sentence_spans(text);
        let lead = lead(text, &sentences);
        sentences[lead]
            .iter()
            .map(|s| text[s.clone()].trim())
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn the_lead_is_the_first_paragraph_after_the_headline() {
        assert_eq!(
            lead_text("Russia scraps exchanges\n\nMoscow has scrapped the exchanges. It said so.\n\nMore text."),
            "Moscow has scrapped the exchanges. | It said so."
        );
        assert_eq!(
            lead_text("根室の漁船 拿捕\n\n漁船が拿捕されました。\n\n詳しくは後で。"),
            "漁船が拿捕されました。"
        );
    }

    #[test]
    fn a_standfirst_before_the_stamp_is_no_lead() {
        assert_eq!(
            lead_text("Política\n\nA 40 años del combate\n\nUn día después, marinos tomaron la isla. La Royal Navy la recuperó.\n\n03/04/2022 06:00  Clarín.com\nPor Martín Ledesma\n\nHace 40 años, tomaron Grytviken. Fue breve.\n\nMás texto."),
            "Hace 40 años, tomaron Grytviken. | Fue breve."
        );
        // A line without a clock after the first paragraph (a caption, a subheading) leaves it the lead.
        assert_eq!(
            lead_text(
                "Titular\n\nMoscú ha cancelado los viajes.\n\nFoto: Archivo\n\nOtro párrafo."
            ),
            "Moscú ha cancelado los viajes."
        );
    }

    #[test]
    fn news_and_not_news() {
        assert!(reports_news(
            "Moscow has scrapped the visa-free exchanges with Kunashir.",
            Languages::ALL
        ));
        assert!(!reports_news(
            "Has Moscow scrapped the exchanges?",
            Languages::ALL
        ));
        assert!(!reports_news(
            "Russia will build a pier on Kunashir.",
            Languages::ALL
        ));
        assert!(!reports_news(
            "The islands remain a thorn in relations.",
            Languages::ALL
        ));
    }
}
