//! A dated listing's entries, each joined into one sentence: a line that is
//! only a date and the title line under it, when two such entries or more
//! follow each other (a press-release list), so that the date is the title's;
//! and a chronology's entries, whose date heads the entry's first sentence
//! ("2 de abril. Fuerzas argentinas desembarcan…").

use std::ops::Range;

use crate::dates::{starts_its_line, DateMention};
use crate::text::ends_with_stop;

/// The sentences with each entry of a dated listing joined into one: a line
/// that is only a date followed by a title line (no sentence stop, no date of
/// its own), when at least two such pairs follow each other (a press-release
/// list: "令和7年3月14日" / "択捉島での演習に対する抗議"). A lone date line
/// above a headline is the page's date, not the headline's.
pub(super) fn join_listing_entries(
    text: &str,
    sentences: Vec<Range<usize>>,
    dates: &[DateMention],
) -> Vec<Range<usize>> {
    let mut by_start: Vec<&DateMention> = dates.iter().collect();
    by_start.sort_by_key(|d| d.byte_start);
    // The dates wholly in `span`: none, the only one, or several (`None`).
    let dates_in = |span: &Range<usize>| -> Option<Option<&DateMention>> {
        let run = &by_start[by_start.partition_point(|d| d.byte_start < span.start)
            ..by_start.partition_point(|d| d.byte_start <= span.end)];
        let mut inside = run.iter().filter(|d| d.byte_end <= span.end);
        match (inside.next(), inside.next()) {
            (first, None) => Some(first.copied()),
            _ => None,
        }
    };
    let ends_sentence = |span: &Range<usize>| ends_with_stop(&text[span.clone()]);
    let date_line = |span: &Range<usize>| {
        dates_in(span).flatten().is_some_and(|d| {
            !d.date.is_year_only()
                && (d.byte_end - d.byte_start) * 2 >= span.len()
                && !ends_sentence(span)
        })
    };
    let title_line =
        |span: &Range<usize>| matches!(dates_in(span), Some(None)) && !ends_sentence(span);
    let line_break_between =
        |a: &Range<usize>, b: &Range<usize>| text[a.end..b.start].contains('\n');
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
    joined_with_next(&sentences, listed)
}

/// `sentences` with each one that `joins(i)` says so joined to the next.
fn joined_with_next(
    sentences: &[Range<usize>],
    joins: impl Fn(usize) -> bool,
) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut i = 0;
    while i < sentences.len() {
        if i + 1 < sentences.len() && joins(i) {
            out.push(sentences[i].start..sentences[i + 1].end);
            i += 2;
        } else {
            out.push(sentences[i].clone());
            i += 1;
        }
    }
    out
}

/// The sentences with each chronology entry's date joined to the sentence it
/// heads: a sentence that is only a date and its stop at the start of a line,
/// followed on that line by the entry's text ("19 de marzo de 1982. Un grupo
/// de trabajadores desembarca en las Georgias del Sur…", "April 2. Argentine
/// forces land…"), when the text has two such heads or more. Alone, the date
/// would be a sentence without a place and the text a place without a date.
pub(super) fn join_entry_heads(
    text: &str,
    sentences: Vec<Range<usize>>,
    dates: &[DateMention],
) -> Vec<Range<usize>> {
    let mut starts: Vec<(usize, usize)> =
        dates.iter().map(|d| (d.byte_start, d.byte_end)).collect();
    starts.sort_unstable();
    // Whether `span` is one date and its stop, at the start of its line.
    let is_head = |span: &Range<usize>| {
        let head = text[span.clone()].trim_end_matches(['.', ':', ' ', '\t']);
        let at = starts.partition_point(|&(start, _)| start < span.start);
        starts
            .get(at)
            .is_some_and(|&(start, end)| start == span.start && end == span.start + head.len())
            && head.len() < span.len()
            && starts_its_line(text, span.start)
    };
    let heads: Vec<bool> = (0..sentences.len())
        .map(|i| {
            i + 1 < sentences.len()
                && is_head(&sentences[i])
                && !text[sentences[i].end..sentences[i + 1].start].contains('\n')
        })
        .collect();
    if heads.iter().filter(|&&head| head).count() < 2 {
        return sentences;
    }
    joined_with_next(&sentences, |i| heads[i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::PartialDate;

    /// [`join_listing_entries`] as it was, with every sentence's dates found
    /// by a pass over all of them.
    fn join_listing_entries_by_passes(
        text: &str,
        sentences: Vec<Range<usize>>,
        dates: &[DateMention],
    ) -> Vec<Range<usize>> {
        let dates_in = |span: &Range<usize>| {
            dates
                .iter()
                .filter(|d| d.byte_start >= span.start && d.byte_end <= span.end)
                .collect::<Vec<_>>()
        };
        let ends_sentence = |span: &Range<usize>| ends_with_stop(&text[span.clone()]);
        let date_line = |span: &Range<usize>| {
            let ds = dates_in(span);
            ds.len() == 1
                && !ds[0].date.is_year_only()
                && (ds[0].byte_end - ds[0].byte_start) * 2 >= span.len()
                && !ends_sentence(span)
        };
        let title_line = |span: &Range<usize>| dates_in(span).is_empty() && !ends_sentence(span);
        let line_break_between =
            |a: &Range<usize>, b: &Range<usize>| text[a.end..b.start].contains('\n');
        let pair: Vec<bool> = (0..sentences.len())
            .map(|i| {
                i + 1 < sentences.len()
                    && date_line(&sentences[i])
                    && title_line(&sentences[i + 1])
                    && line_break_between(&sentences[i], &sentences[i + 1])
            })
            .collect();
        let listed =
            |i: usize| pair[i] && ((i >= 2 && pair[i - 2]) || pair.get(i + 2) == Some(&true));
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

    #[test]
    fn listing_entries_joined_as_by_passes() {
        // Lines of a date, of a title, of a sentence; each line one sentence.
        let lines = [
            "2024-03-14",
            "March 14",
            "Drills on Iturup",
            "It ended.",
            "2024",
        ];
        let mut rng = crate::test_random::Rng::new(1);
        let mut random = |n: usize| rng.below(n);
        let mut joined = 0;
        for _ in 0..20_000 {
            let (mut text, mut sentences, mut dates) = (String::new(), Vec::new(), Vec::new());
            for i in 0..random(10) {
                // Mostly a date line, then a title line.
                let line = match random(3) {
                    0 => lines[random(lines.len())],
                    _ => lines[(i % 2) * 2 + random(2)],
                };
                let start = text.len();
                text.push_str(line);
                sentences.push(start..text.len());
                let date = match line {
                    "2024-03-14" | "March 14" => PartialDate::from_ymd(2024, 3, 14),
                    "2024" => Some(PartialDate::from_year(2024)),
                    _ => None,
                };
                // Sometimes a date only partly in its line, or two in one.
                let end = start + line.len() + usize::from(random(8) == 0);
                for _ in 0..1 + usize::from(random(8) == 0) {
                    if let Some(date) = date {
                        dates.push(DateMention {
                            date,
                            byte_start: start,
                            byte_end: end,
                            relative: false,
                        });
                    }
                }
                text.push_str(if random(4) == 0 { " " } else { "\n" });
            }
            let expected = join_listing_entries_by_passes(&text, sentences.clone(), &dates);
            joined += usize::from(expected.len() < sentences.len());
            assert_eq!(
                join_listing_entries(&text, sentences, &dates),
                expected,
                "{text:?} {dates:?}"
            );
        }
        assert!(joined > 500, "only {joined} listings");
    }
}
