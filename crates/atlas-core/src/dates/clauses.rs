//! Whether a date expression is about the future: the markers of the future or
//! of plans in three languages, and the clause and the voice (quotation or
//! narrator) a date belongs to, so that a "will" elsewhere in the sentence or a
//! reporting verb next to the date ("said on Monday that ...") is weighed right.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::rules;
use crate::language::{Language, Languages};
use crate::prechecked_regex::PrecheckedRegex;
use crate::text::floor_char_boundary;
use crate::word_regex::WordRegex;

/// Whether `text` has a marker of the future or of plans (see [`FUTURE`]) that
/// does not say a plan was kept or has passed: "as planned", "as scheduled",
/// 予定どおり, 計画通り, 予定だった, 予定していた.
pub(super) fn speaks_of_the_future(text: &str, languages: Languages) -> bool {
    static KEPT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:どおり|通り|だった|でした|していた|していました|されていた)")
            .expect("valid regex")
    });
    static KEPT_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)as\s+$").expect("valid regex"));
    FUTURE
        .iter()
        .filter(|(language, _)| languages.contains(*language))
        .flat_map(|(_, words)| words.find_iter(text))
        .any(|m| {
            let kept = KEPT_AFTER.is_match(&text[m.end()..])
                || (m.as_str().is_ascii() && KEPT_BEFORE.is_match(&text[..m.start()]));
            !kept
        })
}

/// Whether an expression in `sentence` may be about the future ([`is_future_at`]):
/// `false` when no marker of `languages` (see [`FUTURE`]) matches anywhere in it,
/// even without its word boundaries, which one search tells for the whole
/// sentence, where [`is_future_at`] cuts the clause and the voice of each
/// expression first. The clause and, without quotation marks, the voice are
/// parts of the sentence, and a marker found in a part (the markers have no
/// look-around but their `\b`s) is found in the whole; around a quotation
/// [`voice_of`] joins words the sentence keeps apart, so a sentence with
/// quotation marks may.
pub(super) fn may_speak_of_the_future(sentence: &str, languages: Languages) -> bool {
    sentence.chars().any(|c| closing_quote(c).is_some())
        || FUTURE
            .iter()
            .filter(|(language, _)| languages.contains(*language))
            .any(|(_, words)| words.may_match(sentence))
}

/// Whether the expression at `span` of `sentence` is about the future: its clause has a
/// future marker and no reporting verb ("said", "заявил") right before it,
/// and (in Japanese) it is not the topic date of a report ("14日、").
pub(super) fn is_future_at(
    text: &str,
    languages: Languages,
    sentence: Range<usize>,
    span: &Range<usize>,
) -> bool {
    let sentence = clause_of(text, sentence, span.start);
    if !speaks_of_the_future(&voice_of(text, sentence.clone(), span.start), languages) {
        return false;
    }
    let from = floor_char_boundary(text, span.start.saturating_sub(80).max(sentence.start));
    if let Some(m) = REPORTED_BEFORE.find(&text[from..span.start]) {
        // "said on Monday that it will ..." reports Monday's statement; in "said
        // that on Thursday it will ...", "сообщил, что в четверг посетит", the
        // date is inside what was said.
        if !REPORTED_THAT.is_match(m.as_str()) {
            return false;
        }
    }
    // "protested on Tuesday against drills that will last a month", "провели во
    // вторник": a verb in the past right before the date dates a past event.
    if let Some(m) = PAST_BEFORE.find(&text[from..span.start]) {
        // Not a participle after "will be", "to be", "has been" ("will be held in February").
        static AUXILIARY: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
            PrecheckedRegex::new(r"(?i)\b(?:be|been|being|to|будет|будут)\s+$")
                .expect("valid regex")
        });
        if !AUXILIARY.is_match(&text[from..from + m.start()]) {
            return false;
        }
    }
    // "Nemuro opened an archive in April, and a hall will open …": a date whose
    // ", and" piece tells of the past with no future marker is past.
    let piece = and_piece_of(text, &sentence, span.start);
    if piece != sentence
        && !speaks_of_the_future(&text[piece.clone()], languages)
        && PAST_VERB.is_match(&text[piece])
    {
        return false;
    }
    // "On Monday, the ministry said it would ...", "В среду министр заявил, что
    // ... будет": a date that opens the clause, before any future marker, and
    // is followed by a reporting verb dates the statement.
    if !speaks_of_the_future(&text[sentence.start..span.start], languages) {
        let end = floor_char_boundary(text, (span.end + 160).min(sentence.end));
        let after = &text[span.end..end.max(span.end)];
        if let Some(m) = REPORTED_AFTER.find(after) {
            if !speaks_of_the_future(&after[..m.start()], languages) {
                return false;
            }
        }
        // "Во вторник в Токио прошел митинг…": a past verb a few words after the date.
        let near = &after[..floor_char_boundary(after, after.len().min(48))];
        if let Some(m) = PAST_VERB.find(near) {
            if !speaks_of_the_future(&near[..m.start()], languages) {
                return false;
            }
        }
    }
    !text[span.end..].starts_with(['、', '，'])
}

/// Markers of the future or of plans, one pattern per language
/// ([`rules::FUTURE_MARKERS`]).
static FUTURE: LazyLock<Vec<(Language, WordRegex)>> = LazyLock::new(|| {
    rules::FUTURE_MARKERS
        .iter()
        .map(|(language, pattern)| (*language, WordRegex::new(pattern)))
        .collect()
});

/// Spanish and Ukrainian reporting verbs in the past ("anunció el martes",
/// «заявив у понеділок»), for [`REPORTED_BEFORE`] and [`REPORTED_AFTER`].
const REPORTING_ES_UK: &str = "anunci[óo]|dijo|afirm[óo]|declar[óo]|inform[óo]|señal[óo]|asegur[óo]|confirm[óo]|sostuvo|advirti[óo]|explic[óo]|indic[óo]|comunic[óo]|заявив|заявила|заявили|повідомив\\w*|повідомила|повідомили|сказав|сказала|сказали|зазначив\\w*|зазначила|зазначили|оголосив\\w*|оголосила|оголосили|підкреслив\\w*|підкреслила";

/// A reporting verb right before a date: "said on", "told reporters on", "заявил в".
static REPORTED_BEFORE: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
    PrecheckedRegex::new(&format!(
        r"(?i)\b(?:said|says|told|announced|stated|reported|added|warned|noted|confirmed|declared|заявил\w*|сообщил\w*|сказал\w*|отметил\w*|рассказал\w*|объявил\w*|подчеркнул\w*|заявлени\w*|{REPORTING_ES_UK})\b(?:\W+\w+){{0,3}}?\W*$",
    ))
    .unwrap()
});

/// Verbs in the past: "-ed" forms, common irregular ones, Russian "-л(а|о|и)".
const PAST_VERBS: &str = r"\w{2,}ed|met|held|took|made|began|gave|saw|left|sent|won|lost|built|spoke|flew|came|went|ran|struck|fell|rose|sank|caught|drew|led|kept|stood|hit|was|were|\w+[аяиеыу]л(?:а|о|и)?(?:сь|ся)?";

/// A verb in the past right before a date ("protested on", "met", "finished in", "провели в").
static PAST_BEFORE: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
    PrecheckedRegex::new(&format!(
        r"(?i)\b(?:{PAST_VERBS})\s+(?:on\s+|in\s+|в\s+|во\s+)?$"
    ))
    .unwrap()
});

/// A verb in the past anywhere ("opened", "met", «открыли»).
static PAST_VERB: LazyLock<PrecheckedRegex> =
    LazyLock::new(|| PrecheckedRegex::new(&format!(r"(?i)\b(?:{PAST_VERBS})\b")).unwrap());

/// The part of `clause` between ", and " joints that holds byte `at`.
fn and_piece_of(text: &str, clause: &Range<usize>, at: usize) -> Range<usize> {
    static AND: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r",\s+(?:and|и)\s").expect("valid regex"));
    let (mut start, mut end) = (clause.start, clause.end);
    for m in AND.find_iter(&text[clause.clone()]) {
        let (m_start, m_end) = (clause.start + m.start(), clause.start + m.end());
        if m_end <= at {
            start = m_end;
        } else if m_start >= at {
            end = m_start;
            break;
        }
    }
    start..end
}

/// A reporting verb in the past, after a date that opens its clause ("On Monday,
/// the ministry said ...").
static REPORTED_AFTER: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
    PrecheckedRegex::new(&format!(
        r"(?i)\b(?:said|told|announced|stated|reported|confirmed|declared|заявил\w*|сообщил\w*|сказал\w*|отметил\w*|рассказал\w*|объявил\w*|подчеркнул\w*|{REPORTING_ES_UK})\b",
    ))
    .expect("valid regex")
});

/// A complementizer: what follows it is the content of a report.
static REPORTED_THAT: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
    PrecheckedRegex::new(r"(?i)\b(?:that|что|чтобы|que|що)\b").expect("valid regex")
});

/// The clause of `sentence` that holds byte `at`, where clauses are parts joined by
/// "; " (Chinese "；"), by a contrasting ", but" / ", while" / ", а" / ", но"
/// (Chinese "，而", "，但"), or by an "and
/// will": in "15 июня открылся детский сад, а до конца года планируется школа"
/// the plan is not June's, and in "began on Monday and will end on Friday" the
/// future is only Friday's.
/// A joint inside a quotation splits only that quotation.
fn clause_of(text: &str, sentence: Range<usize>, at: usize) -> Range<usize> {
    static JOINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i);\s|；|，(?:而|但是|但|并将|並將)|,\s+(?:but|while|whereas|а|но|однако|зато)\s|,?\s+and\s+(?:will|would|shall|is\s+to|are\s+to)\s|[しりてれけべきちびみえせっい][、，]",
        )
        .expect("valid regex")
    });
    // Quotations of the sentence: a joint counts only inside the same one as `at`
    // (or outside all of them, if `at` is).
    let mut quotes: Vec<Range<usize>> = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text[sentence.clone()].char_indices() {
        let i = sentence.start + i;
        match open {
            None => open = closing_quote(c).map(|close| (i, close)),
            Some((from, close)) if c == close => {
                quotes.push(from..i);
                open = None;
            }
            Some(_) => {}
        }
    }
    if let Some((from, _)) = open {
        quotes.push(from..sentence.end);
    }
    let quote_of = |i: usize| quotes.iter().position(|q| q.contains(&i));
    let (mut start, mut end) = (sentence.start, sentence.end);
    // A gapped clause ("а на острове Парамушир — в сентябре") shares the verb,
    // and so the tense, of the clause before it.
    static GAPPED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[^,;]*?\s[—–]\s[^,;]*$").expect("valid regex"));
    for m in JOINT.find_iter(&text[sentence.clone()]) {
        let (m_start, m_end) = (sentence.start + m.start(), sentence.start + m.end());
        if quote_of(m_start) != quote_of(at) {
            continue;
        }
        let next_joint = JOINT
            .find_at(&text[..sentence.end], m_end)
            .map_or(sentence.end, |n| n.start());
        if GAPPED.is_match(&text[m_end..next_joint]) {
            continue;
        }
        // A Japanese continuative (訪れ、) parts the tense only before a clause
        // with its own topic (第3陣は…): "２５日から根室市を訪れ、意見交換する予定"
        // is one plan.
        static JA_CONTINUATIVE: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^\p{Hiragana}[、，]$").expect("valid regex"));
        static OWN_TOPIC: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^[^、，。]{1,15}?は").expect("valid regex"));
        if JA_CONTINUATIVE.is_match(m.as_str()) && !OWN_TOPIC.is_match(&text[m_end..sentence.end]) {
            continue;
        }
        if m_end <= at {
            start = m_start;
        } else if m_start >= at {
            end = m_start;
            break;
        }
    }
    start..end
}

/// The words of `sentence` that speak with the same voice as the expression at
/// `at`: the quotation holding it, or else the sentence with its quotations
/// blanked out, so "“... will be tough,” he told reporters ahead of his
/// departure Sunday" reads Sunday in the reporter's past tense.
fn voice_of(text: &str, sentence: Range<usize>, at: usize) -> Cow<'_, str> {
    let words = &text[sentence.clone()];
    if !words.chars().any(|c| closing_quote(c).is_some()) {
        // No quotation: the sentence has one voice.
        return Cow::Borrowed(words);
    }
    let mut outside = String::with_capacity(sentence.len());
    let mut quote: Option<(usize, char)> = None;
    for (i, c) in text[sentence.clone()].char_indices() {
        let i = sentence.start + i;
        match quote {
            None => match closing_quote(c) {
                Some(close) => quote = Some((i + c.len_utf8(), close)),
                None => outside.push(c),
            },
            Some((open, close)) if c == close => {
                if (open..i).contains(&at) {
                    return Cow::Borrowed(&text[open..i]);
                }
                quote = None;
                outside.push(' ');
            }
            Some(_) => {}
        }
    }
    match quote {
        // An unclosed quotation runs to the end of the sentence.
        Some((open, _)) if at >= open => Cow::Borrowed(&text[open..sentence.end]),
        _ => Cow::Owned(outside),
    }
}

/// The closing mark of a quotation opened by `c`.
fn closing_quote(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '«' => Some('»'),
        '「' => Some('」'),
        '『' => Some('』'),
        '"' => Some('"'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::rules;
    use crate::dates::expect::t;
    use crate::word_regex::shadowed_alternatives;

    #[test]
    fn future_markers_have_no_look_around_but_their_boundaries() {
        // `may_speak_of_the_future` relies on it: a marker found in a part of a
        // sentence is then found in the whole.
        for (language, words) in super::FUTURE.iter() {
            let hir = regex_syntax::parse(words.as_str()).expect("a valid pattern");
            assert!(hir.properties().look_set().is_empty(), "{language:?}");
        }
    }

    #[test]
    fn no_date_is_about_the_future_in_a_sentence_without_markers() {
        use crate::language::Languages;
        use crate::sentences::sentence_spans;
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/articles");
        let (mut without, mut future_with) = (0, 0);
        for entry in std::fs::read_dir(dir).expect("the annotated articles") {
            let Ok(text) = std::fs::read_to_string(entry.unwrap().path()) else {
                continue;
            };
            for sentence in sentence_spans(&text) {
                let may = super::may_speak_of_the_future(&text[sentence.clone()], Languages::ALL);
                without += usize::from(!may);
                // Every word's start, as if a date stood there.
                for (i, _) in text[sentence.clone()]
                    .char_indices()
                    .filter(|&(i, _)| i == 0 || text.as_bytes()[sentence.start + i - 1] == b' ')
                {
                    let at = sentence.start + i;
                    let future =
                        super::is_future_at(&text, Languages::ALL, sentence.clone(), &(at..at));
                    assert!(may || !future, "{:?} at {i}", &text[sentence.clone()]);
                    future_with += usize::from(future);
                }
            }
        }
        // Both kinds of sentence were met.
        assert!(
            without > 1_000 && future_with > 100,
            "{without} {future_with}"
        );
    }

    #[test]
    fn words_joined_around_a_quotation_may_speak_of_the_future() {
        use crate::language::Languages;
        // Without its quotation the sentence reads "is to be closed".
        let text = "The pier is “now” to be closed on Monday.";
        let monday = text.find("Monday").unwrap();
        let span = monday..monday + "Monday".len();
        assert!(super::is_future_at(
            text,
            Languages::ALL,
            0..text.len(),
            &span
        ));
        assert!(super::may_speak_of_the_future(text, Languages::ALL));
    }

    #[test]
    fn no_future_word_is_shadowed_by_a_shorter_one() {
        for (_, pattern) in rules::FUTURE_MARKERS {
            assert_eq!(shadowed_alternatives(pattern), Vec::<String>::new());
        }
    }

    // ---- Quotations keep their own tense
    t!(
        en_future_inside_quote_does_not_move_reported_weekday,
        "“Talks will be tough,” he told reporters ahead of his departure Sunday.",
        "2015-09-21",
        [("Sunday", "2015-09-20~")]
    );
    t!(
        a_weekday_opening_a_report_dates_the_statement,
        "On Monday, Sakhalin Governor Valery Limarenko said a ferry would return to service on Friday. \
         В среду вице-премьер Юрий Трутнев заявил, что в следующий четверг комиссия рассмотрит программу. \
         In a Diet session on Nov. 14, the prime minister said he planned to raise the issue.",
        "2026-02-04",
        [
            ("Monday", "2026-02-02~"),
            ("Friday", "2026-02-06~"),
            ("В среду", "2026-02-04~"),
            ("в следующий четверг", "2026-02-05~"),
            ("Nov. 14", "2025-11-14~")
        ]
    );
    t!(
        a_weekday_next_to_its_date_is_no_date_of_its_own,
        "Итоги подведут в пятницу, 23 января. The result is due on Friday, Jan. 23, and talks on Jan. 27 (Tuesday).",
        "2026-01-15",
        [("23 января", "2026-01-23~"), ("Jan. 23", "2026-01-23~"), ("Jan. 27", "2026-01-27~")]
    );
    t!(
        months_listed_with_early_and_late,
        "Soviet troops seized them in late August and early September 1945.",
        "2026-02-04",
        [("August", "1945-08"), ("September 1945", "1945-09")]
    );
    t!(
        years_later_than_planned_is_a_comparison,
        "The pier will be finished in 2027, three years later than first planned. It opened in 2019 and two years later it closed.",
        "2026-02-04",
        [("2027", "2027"), ("2019", "2019"), ("two years later", "2021")]
    );
    t!(
        a_range_of_years_and_a_timeline_entry_are_years,
        "The programme for 2016-2025 provides funds.\n1875: Japan cedes its claim to Sakhalin.\n• 1992: Visa-free exchanges begin.\nHe paid 1875: a fee.",
        "2019-06-05",
        [("2016", "2016"), ("2025", "2025"), ("1875", "1875"), ("1992", "1992")]
    );
    t!(
        a_timeline_entry_with_a_dash_and_emphasis_is_a_year,
        "## Chronology\n\n- **1783** – Russia annexes Crimea.\n- 1954 — Crimea is transferred.\n- **1991–1992**: talks.\nThe score was 1990 - 12 points.",
        "2024-05-18",
        [("1783", "1783"), ("1954", "1954"), ("1991", "1991"), ("1992", "1992")]
    );
    t!(
        a_past_relative_year_dates_a_month_after_it,
        "ただ昨年は、出漁が７月１２日にずれ込んだ。Last year, the second tour took place on October 14. 政権は昨年、６月３日を記念日に改めた。",
        "2023-06-30",
        [
            ("昨年", "2022~"),
            ("７月１２日", "2022-07-12~"),
            ("Last year", "2022~"),
            ("October 14", "2022-10-14~"),
            ("昨年", "2022~"),
            ("６月３日", "2023-06-03~")
        ]
    );
    t!(
        a_plan_before_its_report_stays_a_plan,
        "He will visit Kunashir on Monday, the ministry said. В пятницу пройдут переговоры, сообщил МИД.",
        "2026-02-04",
        [("Monday", "2026-02-09~"), ("В пятницу", "2026-02-06~")]
    );
    t!(
        en_weekday_inside_future_quote_is_next,
        "“We will meet again on Friday,” the minister said.",
        "2015-09-21",
        [("Friday", "2015-09-25~")]
    );

    t!(
        month_listed_with_a_dated_month,
        "Soviet forces occupied the islands in August and September 1945.",
        "2024-02-07",
        [("August", "1945-08"), ("September 1945", "1945-09")]
    );
    t!(
        a_range_of_months_without_a_year_runs_forward,
        "The kelp season runs from June to September. Сезон длится с июня по сентябрь.",
        "2024-07-10",
        [
            ("June", "2024-06~"),
            ("September", "2024-09~"),
            ("июня", "2024-06~"),
            ("сентябрь", "2024-09~")
        ]
    );
    t!(
        months_listed_and_ranged,
        "In July, August and September 2010; from December to February 2020; с июля по сентябрь 1945 года.",
        "2024-02-07",
        [
            ("July", "2010-07"),
            ("August", "2010-08"),
            ("September 2010", "2010-09"),
            ("December", "2019-12"),
            ("February 2020", "2020-02"),
            ("июля", "1945-07"),
            ("сентябрь 1945 года", "1945-09")
        ]
    );
    t!(
        month_not_listed_keeps_publication_year,
        "In August the ship left, and the treaty of September 1945 stood.",
        "2024-02-07",
        [("August", "2023-08~"), ("September 1945", "1945-09")]
    );
    t!(
        a_gapped_clause_shares_the_plan_of_the_one_before,
        "Аналогичные учения пройдут на Кунашире в мае, а на острове Парамушир — в сентябре.",
        "2024-04-24",
        [("мае", "2024-05~"), ("сентябре", "2024-09~")]
    );
    t!(
        a_japanese_continuative_clause_keeps_its_past,
        "第1陣は5月24日に国後島を訪問し、第3陣は8月下旬に色丹島を訪問する予定です。",
        "2019-07-12",
        [("5月24日", "2019-05-24~"), ("8月", "2019-08~")]
    );
    t!(
        a_plans_month_in_the_accusative,
        "Пробный пуск станции намечен на октябрь, а в декабре японцы отправятся на Итуруп.",
        "2017-09-07",
        [("октябрь", "2017-10~"), ("декабре", "2017-12~")]
    );
    t!(
        a_past_and_piece_beside_a_plan_stays_past,
        "Nemuro opened an archive in April, and a new hall will open next spring.",
        "2025-08-28",
        [("April", "2025-04~"), ("next spring", "2026~")]
    );
    t!(
        a_weekday_right_before_a_past_verb_is_past,
        "Во вторник в Токио прошел митинг, на котором премьер заявил, что будет добиваться возвращения островов.",
        "2023-02-09",
        [("Во вторник", "2023-02-07~")]
    );
    t!(
        a_japanese_wish_is_a_plan,
        "政府は国後島での墓参を8月下旬に実施したいと申し入れた。",
        "2025-06-12",
        [("8月", "2025-08~")]
    );
    t!(
        past_clause_of_a_sentence_with_a_plan,
        "Так, 15 июня в Южно-Курильске открылся детский сад, а до конца года на Итурупе планируется сдать школу.",
        "2024-06-19",
        [("15 июня", "2024-06-15~"), ("до конца года", "2024~")]
    );
    t!(
        en_joint_inside_a_quote_does_not_split_the_report,
        "“Talks will be tough, but I want a way out,” he told reporters ahead of his departure Sunday.",
        "2015-09-21",
        [("Sunday", "2015-09-20~")]
    );
    t!(
        en_past_clause_before_but_will,
        "The envoy arrived on Monday, but will leave on Friday.",
        "2023-06-14",
        [("Monday", "2023-06-12~"), ("Friday", "2023-06-16~")]
    );
}
