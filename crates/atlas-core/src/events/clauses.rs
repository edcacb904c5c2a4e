//! One clause, one date: a sentence with several dates is cut into clauses, and
//! each date takes the places of its own clause ("in August 1945 the war ended,
//! and in 1947 the last residents were deported from Shikotan": 1947 is
//! Shikotan's, 1945 no place's).

use std::ops::Range;

use super::words::{any_matches, Sentence};
use crate::dates::DateMention;
use crate::language::Languages;
use crate::linker::Mention;

/// The dates of the sentence at `span`, grouped by the clause they stand in,
/// each group with its clause's span, in text order. With fewer than two date
/// expressions (a week counting as one) the sentence is one clause; the same
/// date written twice is cut like two dates, so each takes its own clause's
/// places («2012年9月10日，日本…购买钓鱼岛…；同日，中国政府…»).
///
/// Clauses are cut after each language's clause breaks ("; ", ", and ", «, а »,
/// 行われ、); a piece without a predicate and without a place of `mentions` or a
/// referring word ("On
/// May 9, 2019, and again in 2020") is no clause and joins the next one, while
/// a gapped clause with its own place («а в 2024 году — на Шикотане») is one.
/// A word that refers to islands named before ("the islands", 同島) is a
/// place of its piece. `sentence` is the text at `span`.
pub(super) fn dates_by_clause<'d>(
    text: &str,
    span: &Range<usize>,
    sentence: &Sentence,
    dates: &[&'d DateMention],
    mentions: &[&Mention],
    languages: Languages,
) -> Vec<(Range<usize>, Vec<&'d DateMention>)> {
    // A week ("last week") gives no event but is a clause's time all the same.
    if dates.is_empty() || (dates.len() == 1 && !sentence.any_matches(languages, |w| &w.weeks)) {
        return vec![(span.clone(), dates.to_vec())];
    }
    let clauses = clauses_of(text, span, sentence, mentions, languages);
    clauses
        .into_iter()
        .filter_map(|clause| {
            let in_clause: Vec<&DateMention> = dates
                .iter()
                .copied()
                .filter(|d| d.byte_start >= clause.start && d.byte_start < clause.end)
                .collect();
            (!in_clause.is_empty()).then_some((clause, in_clause))
        })
        .collect()
}

/// The clauses of the sentence at `span` (see [`dates_by_clause`]).
fn clauses_of(
    text: &str,
    span: &Range<usize>,
    in_sentence: &Sentence,
    mentions: &[&Mention],
    languages: Languages,
) -> Vec<Range<usize>> {
    let sentence = in_sentence.text();
    // Each language of the sentence cuts after its breaks, unless the text before
    // a break ends as a particle or the text after it fails the language's condition.
    let mut cuts: Vec<usize> = Vec::new();
    for words in in_sentence.languages(languages) {
        let Some(clause_break) = &words.clause_break else {
            continue;
        };
        for m in clause_break.find_iter(sentence) {
            let particle = words
                .not_clause_break
                .as_ref()
                .is_some_and(|r| r.is_match(&sentence[..m.end()]));
            let cuts_here = words
                .after_break
                .as_ref()
                .is_none_or(|r| r.is_match(&sentence[m.end()..]));
            let cut = span.start + m.end();
            if !particle && cuts_here && cut < span.end {
                cuts.push(cut);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces: Vec<Range<usize>> = Vec::with_capacity(cuts.len() + 1);
    let mut start = span.start;
    for cut in cuts {
        pieces.push(start..cut);
        start = cut;
    }
    pieces.push(start..span.end);
    // A piece without a predicate joins the next (the last joins the one before).
    let mut clauses: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    let mut pending: Option<usize> = None;
    for piece in pieces {
        let from = pending.take().unwrap_or(piece.start);
        let names_a_place = mentions
            .iter()
            .any(|m| m.byte_start >= piece.start && m.byte_start < piece.end);
        let piece_text = &text[piece.clone()];
        // A word that refers to islands named before is a place of the piece too
        // ("chiếm toàn bộ quần đảo, và …": the whole archipelago is the clause's).
        let has_place = names_a_place
            || any_matches(piece_text, languages, |w| &w.islands)
            || any_matches(piece_text, languages, |w| &w.island);
        if has_place || any_matches(piece_text, languages, |w| &w.predicate) {
            clauses.push(from..piece.end);
        } else {
            pending = Some(from);
        }
    }
    if let Some(from) = pending {
        match clauses.last_mut() {
            Some(last) => last.end = span.end,
            None => clauses.push(from..span.end),
        }
    }
    clauses
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::find_dates;

    fn clause_texts(text: &str) -> Vec<(String, Vec<String>)> {
        clause_texts_in(text, Languages::ALL)
    }

    fn clause_texts_in(text: &str, languages: Languages) -> Vec<(String, Vec<String>)> {
        let dates = find_dates(text, None);
        let refs: Vec<&DateMention> = dates.iter().collect();
        let sentence = Sentence::of(text);
        dates_by_clause(text, &(0..text.len()), &sentence, &refs, &[], languages)
            .into_iter()
            .map(|(clause, ds)| {
                (
                    text[clause].trim().to_string(),
                    ds.iter().map(|d| d.date.to_string()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn each_date_in_its_clause() {
        assert_eq!(
            clause_texts("In August 1945 the war ended, and in 1947 the last residents were deported from Shikotan."),
            [
                ("In August 1945 the war ended, and".to_string(), vec!["1945-08".to_string()]),
                ("in 1947 the last residents were deported from Shikotan.".to_string(), vec!["1947".to_string()]),
            ]
        );
        assert_eq!(
            clause_texts(
                "В 1945 году закончилась война, а в 1947 году жителей выселили с Шикотана."
            )
            .len(),
            2
        );
        assert_eq!(
            clause_texts("2018年に国後島で演習が行われ、2019年には択捉島で行われた。").len(),
            2
        );
        // Filipino's ", at" (", and") cuts a sentence with two dates.
        let filipino = Languages::default()
            .with(crate::analysis::Language::Fil)
            .with(crate::analysis::Language::En);
        assert_eq!(
            clause_texts_in(
                "Noong Pebrero 2024, naglagay ng barrier ang CCG sa Bajo de Masinloc, at noong \
                 Abril 30, 2024, binomba ng tubig ng CCG ang barko malapit sa shoal.",
                filipino
            )
            .len(),
            2
        );
        // In a long Ukrainian article only the Ukrainian words run.
        let ukrainian = Languages::default().with(crate::analysis::Language::Uk);
        assert_eq!(
            clause_texts_in(
                "16 березня 2014 року окупаційна влада організувала в Криму «референдум», а \
                 18 березня в Москві підписали договір про входження Криму та Севастополя.",
                ukrainian
            )
            .len(),
            2
        );
    }

    #[test]
    fn one_date_or_no_break_is_one_clause() {
        assert_eq!(
            clause_texts("In 2018, and again on the islands, troops drilled.").len(),
            1
        );
        assert_eq!(
            clause_texts("The 1855 treaty and the 1956 declaration both mention Shikotan.").len(),
            1
        );
    }

    #[test]
    fn a_piece_without_a_predicate_joins_the_next() {
        assert_eq!(
            clause_texts("On May 9, 2019, and again in 2020, Russia held drills on Iturup."),
            [(
                "On May 9, 2019, and again in 2020, Russia held drills on Iturup.".to_string(),
                vec!["2019-05-09".to_string(), "2020".to_string()]
            )]
        );
    }
}
