//! Sentences and dates that report no event: datelines, time stamps, bylines,
//! editor's notes, recurring dates, "since" dates and "today" meaning nowadays.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::words::any_matches;
use crate::dates::surroundings::tail;
use crate::dates::DateMention;
use crate::language::Languages;
use crate::letters::is_letter;
use crate::linker::Mention;
use crate::prechecked_regex::PrecheckedRegex;
use crate::text::ceil_char_boundary;

/// Whether the sentence at `span` is only a place and a date ("Южно-Сахалинск,
/// 15 июля." or "TOKYO, Aug 23"): a dateline, not a report of an event. Fewer than
/// [`MIN_EVENT_LETTERS`] letters outside its dates and mentions make it one (a kanji
/// or kana counts as four).
pub(super) fn is_dateline(
    text: &str,
    span: &Range<usize>,
    dates: &[&DateMention],
    mentions: &[&Mention],
) -> bool {
    letters_outside(text, span, dates, mentions, MIN_EVENT_LETTERS) < MIN_EVENT_LETTERS
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
    let covered: Vec<Range<usize>> = dates
        .iter()
        .map(|d| d.byte_start..d.byte_end)
        .chain(mentions.iter().map(|m| m.byte_start..m.byte_end))
        .collect();
    letters_outside_ranges(text, span, covered, cap)
}

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

/// Whether `date` is the date of a wire dateline that opens the sentence at `span`
/// ("MOSCOW, Feb 4 (Reuters) - ...", "NEMURO, Japan, Sept. 12 (Kyodo) -- ..."), or
/// of a dispatch anywhere, in a language of `languages` that writes one right after
/// its date ([`EventWords::dispatch`](super::words::EventWords), 新华社北京11月20日电):
/// the day of the report, background when the sentence dates its news otherwise
/// ("... a deputy minister said on Tuesday", "…發言人昨天…").
pub(super) fn is_dateline_date(
    text: &str,
    span: &Range<usize>,
    date: &DateMention,
    languages: Languages,
) -> bool {
    let after = &text[date.byte_end..ceil_char_boundary(text, date.byte_end + 8)];
    if any_matches(after, languages, |w| &w.dispatch) {
        return true;
    }
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
        && AGENCY_AFTER.is_match(&text[date.byte_end..ceil_char_boundary(text, date.byte_end + 32)])
}

/// Whether "today" at `date` means "nowadays" rather than the news day: a
/// sentence that opens with "Today" or «Сегодня» and states how things are
/// ("Today about 20,000 people live on the islands", «Сегодня на Курилах
/// действует режим…», «Сегодня ясно: …», «Сегодня Курилы — …»), with nothing
/// in it told in the past; or 今日の before a noun ("today's", 今日の北方四島)
/// in a sentence that does not end in the past. Not an event.
pub(super) fn is_nowadays(text: &str, sentence: &Range<usize>, date: &DateMention) -> bool {
    static OPENING: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(r#"^[\s"“«(]*(?i:today|nowadays|сегодня)\b[\s,]*"#)
            .expect("valid regex")
    });
    static STATE: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(
            r"(?i)\b(?:is|are|remains?|lives?|has|have|stands?|accounts?\s+for|numbers?|houses?|hosts?|holds?|lies|lie|belongs?|живут|живет|живёт|проживают|проживает|является|являются|действует|действуют|остается|остаётся|остаются|насчитывается|составляет|есть|ясно|понятно|очевидно|можно|нельзя)\b|\p{Cyrillic}\s+[—–]\s",
        )
        .expect("valid regex")
    });
    static PAST: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(
            r"(?i)\b(?:\w+ed|said|was|were|had|met|held|took|made|came|went|began|gave|told|saw|found|left|sent|won|lost|built|became|brought|spoke|flew|\w+[аяиеыуё]л[аои]?(?:сь|ся)?|\w*(?:рос|мог|шё|ш)л[аои]?)\b",
        )
        .expect("valid regex")
    });
    let word = &text[date.byte_start..date.byte_end];
    let said = &text[sentence.clone()];
    if word.starts_with("今日") {
        // 今日の before a place ("今日の北方四島には…暮らし") is nowadays, whatever the tense.
        static PLACE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^の.{0,6}?(?:島|諸島|列島|領土|地域)").expect("valid regex")
        });
        let after = &text[date.byte_end..sentence.end];
        let trimmed = said.trim_end_matches(['。', '」', '』', ' ', '\n']);
        return after.starts_with('の')
            && (!trimmed.ends_with(['た', 'だ']) || PLACE_AFTER.is_match(after));
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
/// August", "ежегодно 7 февраля", "щороку 7 лютого", "cada 2 de abril",
/// "毎年2月7日", "每年2月22日", "매년 2월 22일", "hằng năm vào ngày 7/2",
/// "tuwing Abril 9"): no event of its own.
pub(super) fn is_recurring(text: &str, date: &DateMention) -> bool {
    static RECURRING: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(concat!(
            r"(?i)(?:",
            r"\b(?:every|each)(?:\s+year)?(?:\s+(?:on|in))?",
            r"|ежегодно|каждый\s+год|щороку|щорічно|кожного\s+року",
            r"|\bcada(?:\s+año)?(?:\s+(?:el|en))?|\btodos\s+los\s+años(?:\s+(?:el|en))?",
            r"|\b(?:hằng|hàng|mỗi)\s+năm(?:\s+vào)?(?:\s+ngày)?|\btuwing|\btaun-taon(?:\s+(?:tuwing|sa))?",
            r"|毎年|例年|每年|每逢|매년|해마다",
            r")\s*$"
        ))
        .expect("valid regex")
    });
    RECURRING.is_match(tail(text, date.byte_start, 40))
}

/// Whether a date is the day that something is named or designated ("2월
/// 22일을 '다케시마의 날'로 정하는 조례", "2月22日を「竹島の日」と定める",
/// "将2月22日定为", "designating Feb. 22 as Takeshima Day"): a day's name, not
/// something that happened on it.
pub(super) fn is_designated_day(text: &str, date: &DateMention) -> bool {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^\s*(?:",
            r"(?:을|를)\s*['‘\x22“「『]?[^'’\x22”」』.。]{1,30}['’\x22”」』]?\s*(?:으로|로)\s*(?:정하|정했|정한|정해|지정|제정|선포)",
            r"|を\s*[「『\x22“]?[^」』\x22”。]{1,30}[」』\x22”]?\s*(?:と|に)\s*(?:定め|制定|指定)",
            r"|(?:定为|定為|订为|訂為|设为|設為)",
            r")"
        ))
        .expect("valid regex")
    });
    static BEFORE_EN: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(r"(?i)\b(?:designat(?:e|es|ed|ing)|declar(?:e|es|ed|ing))\s+$")
            .expect("valid regex")
    });
    static AS_EN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^,?\s+as\b").expect("valid regex"));
    let after = &text[date.byte_end..ceil_char_boundary(text, date.byte_end + 96)];
    AFTER.is_match(after)
        || (BEFORE_EN.is_match(tail(text, date.byte_start, 24)) && AS_EN.is_match(after))
}

/// Whether a date only says since when something lasts ("frozen since 2022",
/// "с 2022 года", "з лютого 2014 року", "desde 1833", "mula pa noong Enero",
/// "2022年以降", "４月から毎日続いていた", "1956年起由國軍駐守",
/// "1986년부터 매년"): background when its sentence has another date. The start
/// of a range is not ("с 1945 по 1948 год", "desde 2019 hasta 2020",
/// "1986년부터 1990년까지").
pub(super) fn is_since(text: &str, date: &DateMention) -> bool {
    static SINCE_BEFORE: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(
            r"(?i)(?:\bsince|\bс|\bсо|начиная\s+с|\bз|починаючи\s+з|\bdesde(?:\s+(?:el|la))?|\b(?:mula|simula)(?:\s+pa)?\s+noong)(?:\s+(?:early|late|mid|the\s+(?:start|beginning|end|middle)\s+of|начала|конца|середины|початку|кінця|середини))?[\s-]*$",
        )
        .expect("valid regex")
    });
    static SINCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:以降|以来|から(?:毎日|連日|ずっと)?続|起(?:[^义義草诉訴飞飛火点點]|$)|부터|이후|이래)")
            .expect("valid regex")
    });
    static RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\s*(?:года|год|г\.|року|рік|년))?\s*(?:(?:по|до|to|until|through|hasta|[-–—])\s*[0-9]|起?\s*(?:至|到)\s*[0-9０-９]|부터\s*[0-9][0-9년월일\s]*까지)")
            .expect("valid regex")
    });
    let after = &text[date.byte_end..ceil_char_boundary(text, date.byte_end + 32)];
    (SINCE_BEFORE.is_match(tail(text, date.byte_start, 30))
        || SINCE_AFTER.is_match(&text[date.byte_end..ceil_char_boundary(text, date.byte_end + 18)]))
        && !RANGE_AFTER.is_match(after)
}

/// Whether `date` ends a range that `previous` starts ("from 1875 to 1877",
/// "December 14 to 16", "between 1945 and 1956", "entre noviembre de 2019 y
/// marzo de 2020", «с 1992 по 1998 год», «с 9 по
/// 12 декабря», 1875年から1877年まで, "1992–1998"): a range dates its event at its
/// start only.
pub(super) fn is_range_end(text: &str, previous: &DateMention, date: &DateMention) -> bool {
    static CONNECTOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(?:годы?|года|г\.|року|рік|末|初め|初旬|上旬|中旬|下旬|ごろ|頃|底|初)?\s*(?:to|until|till|through|thru|-|–|—|~|〜|～|－|по|до|から|より|至|到|부터|에서|đến|tới|al|a|hasta|hanggang)\s*(?:(?:early|mid|late)-?\s*|the\s+(?:end|middle|start|beginning)\s+of\s+|(?:начала|середины|конца)\s+)?$",
        )
        .expect("valid regex")
    });
    static BETWEEN: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(r"(?i)\b(?:between|между|між|entre|giữa)\s+$|\bsa\s+pagitan\s+ng\s+$")
            .expect("valid regex")
    });
    static AND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:and|и|і|й|та|y|e|và|at)\s*$").expect("valid regex")
    });
    if previous.byte_end > date.byte_start {
        return false;
    }
    let between = &text[previous.byte_end..date.byte_start];
    CONNECTOR.is_match(between)
        || (AND.is_match(between) && BETWEEN.is_match(tail(text, previous.byte_start, 24)))
}

/// Whether the sentence at `span` is a page's time stamp line ("2024年10月22日
/// 05:00 根室支局", "08:15 03.09.2024, Yuzhno-Kurilsk"): a date next to a clock
/// time, in a line without a sentence stop. It dates the page, not an event.
pub(super) fn is_timestamp(text: &str, span: &Range<usize>, dates: &[&DateMention]) -> bool {
    static CLOCK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[\s,]*[0-9０-９]{1,2}[:：][0-9０-９]{2}").expect("valid regex")
    });
    static CLOCK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[0-9０-９]{1,2}[:：][0-9０-９]{2}[\s,]*$").expect("valid regex")
    });
    if ends_with_stop(&text[span.clone()]) {
        return false;
    }
    dates.iter().any(|d| {
        CLOCK_AFTER.is_match(&text[d.byte_end..ceil_char_boundary(text, d.byte_end + 16)])
            || CLOCK_BEFORE.is_match(tail(text, d.byte_start, 16))
    })
}

/// Whether `sentence` ends with a sentence stop (before closing quotes or brackets).
pub(super) fn ends_with_stop(sentence: &str) -> bool {
    sentence
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '」', '』', '）'])
        .ends_with(['.', '。', '!', '?', '！', '？', '．'])
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
