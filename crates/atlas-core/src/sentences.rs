//! Sentence boundaries in English, Russian, Japanese, Chinese, Korean, Ukrainian,
//! Spanish, Vietnamese and Filipino text.
//!
//! The splitter works line by line: a line break always ends a sentence, so a
//! headline without a final period, a dateline or a list item is a sentence of
//! its own. Inside a line, the Unicode sentence boundaries of UAX #29
//! ([`unicode_segmentation`], run only around possible terminators: see
//! `sentences/uax29.rs`) are used, which already know `. ! ?` and the
//! Japanese `。！？` (with closing quotes and brackets kept on the sentence they
//! close). The UAX #29 boundaries are then repaired where news text fools them
//! (`sentences/joins.rs`):
//!
//! - after titles and common abbreviations (`Mr.`, `Dr.`, `St.`, `Gen.`, `Nov.`,
//!   `Inc.`, Russian `г.`, `ул.`, `им.`, `млн.` ...);
//! - after initials (`V. Putin`, `В. Путин`) and dotted abbreviations (`U.S.`,
//!   `т.е.`, `e.g.`), unless the next word is a typical sentence opener
//!   ("... with the U.S. The talks ...");
//! - before a lower-case continuation (`"Stop!" he said`);
//! - in Japanese and Korean, after a closing quote that is followed by a quoting
//!   particle (`「反対だ！」と述べた`, `"…땅이다."라고 말했다`);
//! - inside a Korean dotted date (`2024. 9. 11. 순시선을`).
//!
//! Chinese needs nothing more: `。！？` end its sentences as they do Japanese ones.
use std::ops::Range;

mod joins;
mod uax29;

use joins::should_join;

/// Where a sentence stop is followed by a number, the byte offsets of those
/// numbers in `segment`: UAX #29 does not break in "... last time. 2,000 troops
/// are ..." (a digit is not an upper-case letter).
///
/// The matches of `[.!?]["'”’»)\]]*\s+[0-9]`, found without a regular
/// expression: closing marks, white space and digits are three disjoint sets,
/// so from a stop there is one way to match, over every closing mark and then
/// every space.
fn stops_before_digit(segment: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = segment.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(stop) = bytes[from..]
            .iter()
            .position(|b| matches!(b, b'.' | b'!' | b'?'))
            .map(|p| from + p)
        {
            let rest = &segment[stop + 1..];
            let closed = rest.trim_start_matches(['"', '\'', '”', '’', '»', ')', ']']);
            let spaced = closed.trim_start_matches(char::is_whitespace);
            let digit = segment.len() - spaced.len();
            if spaced.len() < closed.len() && spaced.starts_with(|c: char| c.is_ascii_digit()) {
                from = digit + 1;
                return Some(digit);
            }
            from = stop + 1;
        }
        from = bytes.len();
        None
    })
}

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space.
///
/// Empty or white-space-only stretches produce no sentence. The ranges are in
/// text order, do not overlap, and always start and end on character boundaries.
pub fn sentence_spans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut at = 0;
    while let Some(i) = next_line_end_byte(text.as_bytes(), at) {
        // An ASCII or a lead byte: a character starts here.
        let c = text[i..].chars().next().expect("a character starts here");
        let ends_line = match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => true,
            _ => {
                COLUMN_MARKS.contains(&c)
                    && is_japanese(text[..i].chars().next_back().unwrap_or(' '))
            }
        };
        if ends_line {
            split_line(text, line_start..i, &mut out);
            line_start = i + c.len_utf8();
        }
        at = i + c.len_utf8();
    }
    split_line(text, line_start..text.len(), &mut out);
    out
}

/// Whether `b` may start a character that ends a line: `\n`, `\r`, the
/// first byte of U+0085 (0xC2), and of U+2028, U+2029 and the
/// [`COLUMN_MARKS`] (0xE2).
fn may_end_a_line(b: u8) -> bool {
    matches!(b, b'\n' | b'\r' | 0xC2 | 0xE2)
}

/// How many bytes [`next_line_end_byte`] tests at once.
const BLOCK: usize = 32;

/// The first byte at or after `at` that [`may_end_a_line`], passing over
/// blocks of bytes that hold none (tested without a branch, so with vector
/// instructions) rather than decoding every character.
fn next_line_end_byte(bytes: &[u8], mut at: usize) -> Option<usize> {
    while let Some(block) = bytes.get(at..at + BLOCK) {
        let any = block.iter().fold(0u8, |any, &b| {
            any | (b == b'\n') as u8 | (b == b'\r') as u8 | (b == 0xC2) as u8 | (b == 0xE2) as u8
        });
        if any != 0 {
            break;
        }
        at += BLOCK;
    }
    Some(at + bytes.get(at..)?.iter().position(|&b| may_end_a_line(b))?)
}

/// The marks that Japanese newspaper columns put between their paragraphs, in
/// place of a line break (天声人語's "…先である▼1855年のきょう…", 余録's ▲,
/// 編集手帳's ◆): after Japanese text they end a sentence like a line break.
const COLUMN_MARKS: &[char] = &['▼', '▲', '◆', '◇'];

/// Whether `c` is kana, kanji or Japanese punctuation.
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF01}'..='\u{FF9F}')
}

/// Splits one line (no line breaks inside) into sentences, appending to `out`.
fn split_line(text: &str, line: Range<usize>, out: &mut Vec<Range<usize>>) {
    let base = line.start;
    let mut pending: Option<Range<usize>> = None;
    let mut pieces = Vec::new();
    let line_text = &text[line];
    for segment in uax29::sentence_ranges(line_text) {
        let mut start = base + segment.start;
        let segment_text = &line_text[segment.clone()];
        // A stop before a number needs a digit: most segments have none.
        let stops = segment_text
            .bytes()
            .any(|b| b.is_ascii_digit())
            .then(|| stops_before_digit(segment_text));
        for digit in stops.into_iter().flatten() {
            let cut = base + segment.start + digit;
            pieces.push(start..cut);
            start = cut;
        }
        pieces.push(start..base + segment.end);
    }
    for piece in pieces {
        let range = trim(text, piece);
        if range.is_empty() {
            continue;
        }
        pending = match pending.take() {
            Some(prev) if should_join(&text[prev.clone()], &text[range.clone()]) => {
                Some(prev.start..range.end)
            }
            Some(prev) => {
                out.push(prev);
                Some(range)
            }
            None => Some(range),
        };
    }
    out.extend(pending);
}

/// `range` without leading and trailing white space.
fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use crate::test_random::Rng;

    use super::*;

    /// The sentences of `text` as strings.
    fn sentences(text: &str) -> Vec<&str> {
        sentence_spans(text).into_iter().map(|r| &text[r]).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$($s:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($s),*];
                assert_eq!(sentences($text), expected, "splitting {:?}", $text);
            }
        };
    }

    t!(empty, "", []);
    t!(
        ja_column_marks_end_sentences,
        "灯台が見える。わずか３キロ先である▼1855年のきょう、条約が結ばれた。きょうは「北方領土の日」だ▲明治８年に交換した。\n◆印 ▼ 記号",
        [
            "灯台が見える。",
            "わずか３キロ先である",
            "1855年のきょう、条約が結ばれた。",
            "きょうは「北方領土の日」だ",
            "明治８年に交換した。",
            "◆印 ▼ 記号"
        ]
    );
    t!(blank, "  \n\n \t ", []);
    t!(
        en_simple,
        "Tokyo protested. Moscow did not reply! Why? Nobody knows.",
        [
            "Tokyo protested.",
            "Moscow did not reply!",
            "Why?",
            "Nobody knows."
        ]
    );
    t!(
        en_headline_and_paragraphs,
        "Japan protests drills on Etorofu\n\nThe ministry said so. It was the third time.\nA new paragraph",
        [
            "Japan protests drills on Etorofu",
            "The ministry said so.",
            "It was the third time.",
            "A new paragraph"
        ]
    );
    t!(
        en_titles,
        "Mr. Abe met Dr. Ivanov in St. Petersburg. They talked.",
        ["Mr. Abe met Dr. Ivanov in St. Petersburg.", "They talked."]
    );
    t!(
        en_initials,
        "President Vladimir V. Putin visited. Then he left.",
        ["President Vladimir V. Putin visited.", "Then he left."]
    );
    t!(
        en_us_inside_and_at_end,
        "The U.S. Navy watched. Talks with the U.S. The minister left.",
        [
            "The U.S. Navy watched.",
            "Talks with the U.S.",
            "The minister left."
        ]
    );
    t!(
        en_month_abbreviation,
        "On Nov. 1, 2010, Medvedev landed on Kunashir. Tokyo protested.",
        [
            "On Nov. 1, 2010, Medvedev landed on Kunashir.",
            "Tokyo protested."
        ]
    );
    t!(
        en_quote_continuation,
        "\"We will never give up!\" he said. The crowd cheered.",
        ["\"We will never give up!\" he said.", "The crowd cheered."]
    );
    t!(
        en_decimal,
        "The island is 1.5 km away. Fine.",
        ["The island is 1.5 km away.", "Fine."]
    );
    t!(
        ru_simple,
        "Президент посетил Итуруп. Япония выразила протест! Почему?",
        [
            "Президент посетил Итуруп.",
            "Япония выразила протест!",
            "Почему?"
        ]
    );
    t!(
        ru_year_abbreviation,
        "В 1945 г. Советский Союз занял острова. Затем начались переговоры.",
        [
            "В 1945 г. Советский Союз занял острова.",
            "Затем начались переговоры."
        ]
    );
    t!(
        ru_year_abbreviation_at_end,
        "Декларация подписана в 1956 г. В ней говорится о Шикотане.",
        [
            "Декларация подписана в 1956 г.",
            "В ней говорится о Шикотане."
        ]
    );
    t!(
        ru_initials_and_te,
        "В. Путин прибыл на о. Итуруп, т.е. на Курилы. Встреча прошла в г. Курильске.",
        [
            "В. Путин прибыл на о. Итуруп, т.е. на Курилы.",
            "Встреча прошла в г. Курильске."
        ]
    );
    t!(
        ru_te_spaced,
        "Острова, т. е. Южные Курилы, спорные. Это давний спор.",
        ["Острова, т. е. Южные Курилы, спорные.", "Это давний спор."]
    );
    t!(
        ja_simple,
        "首相は14日、根室市を訪れた。北方領土を視察した！元島民と懇談したか？",
        [
            "首相は14日、根室市を訪れた。",
            "北方領土を視察した！",
            "元島民と懇談したか？"
        ]
    );
    t!(
        ja_quote,
        "首相は「返還を実現する！」と述べた。次に択捉島の話をした。",
        [
            "首相は「返還を実現する！」と述べた。",
            "次に択捉島の話をした。"
        ]
    );
    t!(
        ja_quote_closing_sentence,
        "「交渉を続ける。」首相はこう語った。",
        ["「交渉を続ける。」", "首相はこう語った。"]
    );
    t!(
        ja_headline_lines,
        "北方領土問題で協議\n政府は１５日、協議した。",
        ["北方領土問題で協議", "政府は１５日、協議した。"]
    );
    t!(
        en_number_after_stop,
        "They left for the last time. 2,000 troops stayed. See No. 5 and Art. 9 of the text.",
        [
            "They left for the last time.",
            "2,000 troops stayed.",
            "See No. 5 and Art. 9 of the text."
        ]
    );
    t!(
        crlf,
        "First line\r\nSecond one. Third.\r\n",
        ["First line", "Second one.", "Third."]
    );

    t!(
        zh_simplified,
        "外交部发言人11日表示，中方坚决反对。日本船只已离开该海域！双方会举行会谈吗？",
        [
            "外交部发言人11日表示，中方坚决反对。",
            "日本船只已离开该海域！",
            "双方会举行会谈吗？"
        ]
    );
    t!(
        zh_traditional_quotes,
        "海巡署表示：「該船已離開。」隨後發表聲明。他說：“我們反對。”",
        [
            "海巡署表示：「該船已離開。」",
            "隨後發表聲明。",
            "他說：“我們反對。”"
        ]
    );
    t!(
        zh_quote_then_speaker,
        "“日方应立即停止挑衅！”汪文斌说。",
        ["“日方应立即停止挑衅！”", "汪文斌说。"]
    );
    t!(
        ko_simple,
        "외교부는 11일 일본 정부에 항의했다. 해경은 2024. 9. 11. 순시선을 확인했다. 독도는 우리 땅인가?",
        [
            "외교부는 11일 일본 정부에 항의했다.",
            "해경은 2024. 9. 11. 순시선을 확인했다.",
            "독도는 우리 땅인가?"
        ]
    );
    t!(
        ko_quote_with_quoting_particle,
        "그는 \"독도는 우리 땅이다.\"라고 말했다. 대변인은 “강력히 항의한다”고 밝혔다.",
        [
            "그는 \"독도는 우리 땅이다.\"라고 말했다.",
            "대변인은 “강력히 항의한다”고 밝혔다."
        ]
    );

    // ---- Ukrainian, Spanish, Vietnamese, Filipino

    t!(
        uk_year_abbreviation,
        "У 2014 р. Росія анексувала Крим. У 2022 р. почалася війна. Див. ст. 5 і т. д. Міністр заявив: «Крим — це Україна!» Він повторив це.",
        [
            "У 2014 р. Росія анексувала Крим.",
            "У 2022 р. почалася війна.",
            "Див. ст. 5 і т. д. Міністр заявив: «Крим — це Україна!»",
            "Він повторив це."
        ]
    );
    t!(
        uk_year_abbreviation_ends_sentence,
        "Крим окупований з 2014 р. Він не визнаний світом.",
        ["Крим окупований з 2014 р.", "Він не визнаний світом."]
    );
    t!(
        es_inverted_marks_and_titles,
        "¿Negociará el Reino Unido? ¡Nunca! La Sra. Kirchner y el Gral. Galtieri hablaron con EE. UU. El canciller respondió.",
        [
            "¿Negociará el Reino Unido?",
            "¡Nunca!",
            "La Sra. Kirchner y el Gral. Galtieri hablaron con EE. UU.",
            "El canciller respondió."
        ]
    );
    t!(
        vi_city_and_titles,
        "Sáng 11/9, TP. Hồ Chí Minh tổ chức hội thảo. TS. Nguyễn Văn A phát biểu. Tàu đã rời đi.",
        [
            "Sáng 11/9, TP. Hồ Chí Minh tổ chức hội thảo.",
            "TS. Nguyễn Văn A phát biểu.",
            "Tàu đã rời đi."
        ]
    );
    t!(
        fil_titles,
        "Sinabi ni Gng. Santos na hinarang ang barko. Ayon kay Sen. Cruz, magpoprotesta ang DFA. Noong Lunes dumating ito.",
        [
            "Sinabi ni Gng. Santos na hinarang ang barko.",
            "Ayon kay Sen. Cruz, magpoprotesta ang DFA.",
            "Noong Lunes dumating ito."
        ]
    );
    t!(
        fil_maria_in_a_name,
        "Noong Lunes, iginiit ni Ma. Teresita Daza na atin ang Ayungin. Tumanggi ang China.",
        [
            "Noong Lunes, iginiit ni Ma. Teresita Daza na atin ang Ayungin.",
            "Tumanggi ang China."
        ]
    );
    t!(
        vi_a_name_ending_in_ma,
        "Sau trận chiến, Trung Quốc chiếm giữ đá Gạc Ma. Mười bốn năm trước, nước này chiếm Hoàng Sa.",
        [
            "Sau trận chiến, Trung Quốc chiếm giữ đá Gạc Ma.",
            "Mười bốn năm trước, nước này chiếm Hoàng Sa."
        ]
    );

    #[test]
    fn stops_before_digits_as_the_pattern_found_them() {
        let pattern = Regex::new(r#"[.!?]["'”’»)\]]*\s+[0-9]"#).unwrap();
        let pieces = [
            ".", "!", "?", "\"", "'", "”", "’", "»", ")", "]", " ", "  ", "\u{A0}", "\u{3000}",
            "\t", "1", "2,000", "a", "The", "。", "…", "«", "(", "９",
        ];
        let mut rng = crate::test_random::Rng::new(1);
        for _ in 0..50_000 {
            let mut segment = String::new();
            for _ in 0..rng.below(16) {
                segment.push_str(rng.pick::<&str>(&pieces));
            }
            let expected: Vec<usize> = pattern.find_iter(&segment).map(|m| m.end() - 1).collect();
            assert_eq!(
                stops_before_digit(&segment).collect::<Vec<_>>(),
                expected,
                "{segment:?}"
            );
        }
    }

    #[test]
    fn spans_are_trimmed_and_in_order() {
        let text = "  One.   Two.\n\n  Three  ";
        let spans = sentence_spans(text);
        assert_eq!(spans, vec![2..6, 9..13, 17..22]);
    }

    /// [`sentence_spans`] as it was before it passed over blocks without a
    /// line end: every character looked at.
    fn sentence_spans_char_by_char(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut line_start = 0;
        let mut prev = ' ';
        for (i, c) in text.char_indices() {
            let ends_line = if c.is_ascii() {
                matches!(c, '\n' | '\r')
            } else {
                matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}')
                    || (COLUMN_MARKS.contains(&c) && is_japanese(prev))
            };
            if ends_line {
                split_line(text, line_start..i, &mut out);
                line_start = i + c.len_utf8();
            }
            prev = c;
        }
        split_line(text, line_start..text.len(), &mut out);
        out
    }

    #[test]
    fn line_ends_found_by_blocks_as_char_by_char() {
        let pieces = [
            "The talks went on. ",
            "\n",
            "\r\n",
            "\u{2028}",
            "\u{2029}",
            "\u{85}",
            "▼",
            "▲",
            "◆",
            "◇",
            "先である",
            "。",
            "—",
            "“Yes,” he said. ",
            "Ä",
            "¥",
            "国後島",
            "\n\n",
            "В. Путин. ",
            "2024. 9. 11. ",
            "독도는",
            " ",
        ];
        let mut rng = Rng::new(11);
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..rng.below(40) {
                text.push_str(rng.pick::<&str>(&pieces));
            }
            assert_eq!(
                sentence_spans(&text),
                sentence_spans_char_by_char(&text),
                "{text:?}"
            );
        }
    }
}
