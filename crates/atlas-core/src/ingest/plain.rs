//! Plain text (and any text file of an unknown kind).

use super::date::date_from_text_head;
use super::Extracted;
use crate::text::LIST_BULLETS;

/// Reads plain text: the text as is (with hard-wrapped lines joined, see
/// [`unwrap_lines`]), and the publication date when one of the first few lines is
/// a date line (see [`super::date::parse_date_line`]).
pub(crate) fn extract(text: &str) -> Extracted {
    Extracted {
        published: date_from_text_head(text),
        text: unwrap_lines(text),
        ..Extracted::default()
    }
}

/// Lines longer than this (in columns) are not the lines of a hard-wrapped text.
const MAX_WRAP_WIDTH: usize = 100;
/// A text whose lines are all shorter than this is a list, not a wrapped text.
const MIN_WRAP_WIDTH: usize = 40;

/// The width of `s` in columns: a Japanese or Chinese character takes two.
fn columns(s: &str) -> usize {
    s.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

/// [`columns`] of `s`, or a number at least `limit` when it is that wide (it
/// stops counting there).
fn columns_up_to(s: &str, limit: usize) -> usize {
    let mut width = 0;
    for c in s.chars() {
        width += if is_cjk(c) { 2 } else { 1 };
        if width >= limit {
            break;
        }
    }
    width
}

/// Joins the lines of a hard-wrapped text (an e-mail, a wire copy, a text saved
/// at 72 columns), so that a line break inside a paragraph no longer ends a
/// sentence or splits a name or a date ("in August\n1945").
///
/// A text is hard-wrapped when its longest line (the width) is between
/// [`MIN_WRAP_WIDTH`] and [`MAX_WRAP_WIDTH`] columns and at least three lines were
/// broken by the wrapping. A line was
/// broken by the wrapping when the first word of the next line would not have
/// fitted on it within the width (the longest line): a headline, a dateline or a
/// list item is short, and stays a line of its own. A line that ends in a hyphen
/// after a letter is joined without the hyphen when the next starts in lower case
/// ("Kuna-\nshiri"), as in PDF text; Japanese and Chinese lines are joined without
/// a space. In a hard-wrapped text, a line followed by one that starts in lower
/// case (any script) is joined to it too, even when it ended early. A line that
/// ends a sentence stays a line. Any other text is returned as it is.
pub(crate) fn unwrap_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    // Japanese wrapping lets a closing mark hang past the width (a line of 35
    // characters plus its '。'): the width is that of the text before it. A
    // line wider than any wrapping (a paragraph on one line) ends it at once.
    // A line that ends in a web address ("Unsubscribe: https://…") is as long
    // as the address makes it: no wrapping could break it, so it says nothing
    // of the width.
    let mut width = 0;
    for line in lines.iter().filter(|l| !ends_in_web_address(l)) {
        width = width.max(columns_up_to(
            line.trim_end_matches(HANGING),
            MAX_WRAP_WIDTH + 1,
        ));
        if width > MAX_WRAP_WIDTH {
            return text.to_string();
        }
    }
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width) {
        return text.to_string();
    }
    let wrapped = |i: usize| -> bool {
        let (line, next) = (lines[i], lines.get(i + 1).map_or("", |l| l.trim_start()));
        if line.trim().is_empty() || next.is_empty() {
            return false;
        }
        let first = next.chars().next().is_some_and(is_cjk);
        let needed = if first {
            // Japanese wraps anywhere: the next character did not fit.
            columns(&next[..next.chars().next().map_or(0, char::len_utf8)])
        } else {
            let word = columns(next.split(char::is_whitespace).next().unwrap_or(""));
            // A word broken at a hyphen continues with no space.
            if line.ends_with('-') {
                word
            } else {
                word + 1
            }
        };
        columns(line.trim_end_matches(HANGING)) + needed > width
    };
    let broken = (0..lines.len()).filter(|&i| wrapped(i)).count();
    let continued = (0..lines.len())
        .filter(|&i| {
            !lines[i].trim().is_empty() && lines.get(i + 1).is_some_and(|l| !l.trim().is_empty())
        })
        .count();
    if broken < 3 || broken * 3 < continued {
        return text.to_string();
    }
    // In a hard-wrapped text, a line that ends early (the next word would have
    // fitted) but is followed by one in lower case was broken inside a
    // sentence all the same (wrapped by another tool, or at a narrower width).
    let continues_in_lower_case = |i: usize| {
        !lines[i].trim().is_empty()
            && lines
                .get(i + 1)
                .and_then(|l| l.trim_start().chars().next())
                .is_some_and(char::is_lowercase)
    };
    // So was a line that ends in a lower-case word or a comma ("… within its",
    // "… the South China Sea, handing the") before more text that is no list
    // item: a headline or a list item in wrapped text does not end so.
    let ends_inside_a_sentence = |i: usize| {
        let next = lines.get(i + 1).map_or("", |l| l.trim_start());
        let last_word = lines[i].split_whitespace().next_back().unwrap_or("");
        (last_word.ends_with(',') || last_word.chars().next().is_some_and(char::is_lowercase))
            && !next.is_empty()
            && !starts_a_list_item(next)
    };
    // A line that ends a sentence needs no joining (and a sentence-a-line text
    // with long lines is left alone).
    let wrapped = |i: usize| {
        (wrapped(i) || continues_in_lower_case(i) || ends_inside_a_sentence(i))
            && !lines[i].ends_with(['.', '!', '?', '。', '！', '？'])
            && !ends_in_web_address(lines[i])
    };
    let mut out = String::with_capacity(text.len());
    let mut joining = false;
    for (i, line) in lines.iter().enumerate() {
        let line = if joining { line.trim_start() } else { line };
        if joining {
            let prev = out.chars().next_back().unwrap_or(' ');
            let before = out.chars().rev().nth(1).unwrap_or(' ');
            let next = line.chars().next().unwrap_or(' ');
            if prev == '-' && before.is_alphabetic() && next.is_lowercase() {
                out.pop();
            } else if !(prev == '-' || is_cjk(prev) && is_cjk(next)) {
                out.push(' ');
            }
        } else if i > 0 {
            out.push('\n');
        }
        out.push_str(line);
        joining = wrapped(i);
    }
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Closing marks that Japanese line breaking hangs past the end of a full line.
/// Whether `line` starts with a list marker ("- ", "* ", "• ", "1. ", "2) ").
fn starts_a_list_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    if digits > 0 {
        return rest.starts_with(". ") || rest.starts_with(") ");
    }
    let mut chars = line.chars();
    chars.next().is_some_and(|c| LIST_BULLETS.contains(&c)) && chars.next() == Some(' ')
}

/// Whether the last word of `line` is a web address (`https://…`, `www.…`).
fn ends_in_web_address(line: &str) -> bool {
    line.split_whitespace()
        .next_back()
        .is_some_and(|word| word.contains("://") || word.starts_with("www."))
}

const HANGING: &[char] = &['、', '。', '，', '．', '」', '』', '）'];

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "Islanders sail past Habomai\n\
                    Published: 14 September 2023\n\
                    \n\
                    NEMURO, Japan - A boat carrying former residents of the\n\
                    Russian-held Habomai Islands sailed on Wednesday, while\n\
                    about 17,000 Japanese lived on Etorofu, Shikotan and Kuna-\n\
                    shiri in August 1945, when the war reached the Yuzhno-\n\
                    Kurilsk area.\n\
                    \n\
                    - a list item\n\
                    - another one\n";
        assert_eq!(
            unwrap_lines(text),
            "Islanders sail past Habomai\n\
             Published: 14 September 2023\n\
             \n\
             NEMURO, Japan - A boat carrying former residents of the \
             Russian-held Habomai Islands sailed on Wednesday, while \
             about 17,000 Japanese lived on Etorofu, Shikotan and Kunashiri in August \
             1945, when the war reached the Yuzhno-Kurilsk area.\n\
             \n\
             - a list item\n\
             - another one\n"
        );
        // Japanese wrapped at a fixed number of characters.
        let ja =
            "北方領土の国後島と択捉島では、ロシア軍が\n演習を行った。元島民は抗議した。北方四島\n\
                  の返還を求める大会が７日に開かれ、首相が\n出席した。\n\n国後島の\n住民";
        assert_eq!(
            unwrap_lines(ja),
            "北方領土の国後島と択捉島では、ロシア軍が演習を行った。元島民は抗議した。北方四島\
             の返還を求める大会が７日に開かれ、首相が出席した。\n\n国後島の\n住民"
        );
    }

    #[test]
    fn lines_ending_in_web_addresses_do_not_set_the_width() {
        // An e-mail newsletter wrapped at 60 columns (one line broken early,
        // before a quotation mark); its footer's addresses run past that.
        let text = "An arbitral tribunal in The Hague ruled on Tuesday that\n\
                    China has no legal basis to claim historic rights to\n\
                    resources within its\n\
                    \u{201c}nine-dash line\u{201d} in the South China Sea, handing the\n\
                    Philippines a sweeping win.\n\
                    \n\
                    - Manila: a list item\n\
                    - Hanoi: another, longer list item that runs on to a second\n\
                    line of its own\n\
                    \n\
                    The tribunal found that none of the features in the Spratly\n\
                    Islands can generate an exclusive economic zone, and that\n\
                    China had built seven artificial islands on Fiery Cross,\n\
                    Subi and Mischief reefs after a standoff that began in April\n\
                    2012 at Scarborough Shoal.\n\
                    \n\
                    Unsubscribe: https://example.org/newsletters/unsubscribe?u=4417a9\n\
                    Update your preferences: https://example.org/newsletters/prefs?u=4417a9\n";
        assert_eq!(
            unwrap_lines(text),
            "An arbitral tribunal in The Hague ruled on Tuesday that \
             China has no legal basis to claim historic rights to \
             resources within its \
             \u{201c}nine-dash line\u{201d} in the South China Sea, handing the \
             Philippines a sweeping win.\n\
             \n\
             - Manila: a list item\n\
             - Hanoi: another, longer list item that runs on to a second \
             line of its own\n\
             \n\
             The tribunal found that none of the features in the Spratly \
             Islands can generate an exclusive economic zone, and that \
             China had built seven artificial islands on Fiery Cross, Subi \
             and Mischief reefs after a standoff that began in April \
             2012 at Scarborough Shoal.\n\
             \n\
             Unsubscribe: https://example.org/newsletters/unsubscribe?u=4417a9\n\
             Update your preferences: https://example.org/newsletters/prefs?u=4417a9\n"
        );
    }

    #[test]
    fn japanese_wrapped_with_hanging_punctuation_is_joined() {
        // 21 characters a line, and a closing mark hung past the width (a
        // mail program's kinsoku): the lines are joined all the same.
        let ja = "根室市の漁協に所属する漁船は、かつて国後島\n\
                  や択捉島の沖合でホッケを取っていた。根室市\n\
                  によると、水揚げは２０２１年に約７億円あっ\n\
                  たが、操業できない状態が続き、影響は大きい。\n\
                  ２０２２年６月以降、協議は開かれていない。\n";
        assert_eq!(
            unwrap_lines(ja),
            "根室市の漁協に所属する漁船は、かつて国後島や択捉島の沖合でホッケを取っていた。\
             根室市によると、水揚げは２０２１年に約７億円あったが、操業できない状態が続き、\
             影響は大きい。\n２０２２年６月以降、協議は開かれていない。\n"
        );
    }

    #[test]
    fn a_line_that_ends_early_before_lower_case_is_joined() {
        let text = "Школа на Шикотане\n\n\
                    В селе Малокурильское на о-ве Шикотан в понедельник завершили\n\
                    монтаж каркаса новой школы, сообщили в администрации округа.\n\
                    В соседнем поселке Крабозаводское школу открыли в 2018-м, а\n\
                    детсад — в сентябре прошлого года, рассказали в администрации\n\
                    Южно-Курильского городского округа журналистам в понедельник.\n\
                    Глава округа пообещал, что новая школа откроется в следующем\n\
                    году.\n\
                    \n\
                    Список:\n\
                    - Шикотан\n\
                    - Кунашир\n";
        assert_eq!(
            unwrap_lines(text),
            "Школа на Шикотане\n\n\
             В селе Малокурильское на о-ве Шикотан в понедельник завершили \
             монтаж каркаса новой школы, сообщили в администрации округа.\n\
             В соседнем поселке Крабозаводское школу открыли в 2018-м, а \
             детсад — в сентябре прошлого года, рассказали в администрации \
             Южно-Курильского городского округа журналистам в понедельник.\n\
             Глава округа пообещал, что новая школа откроется в следующем году.\n\
             \n\
             Список:\n\
             - Шикотан\n\
             - Кунашир\n"
        );
        // A short line that ends a sentence stays a line before lower case too.
        let ended = "A boat carrying former residents of the islands sailed from\n\
                     Nemuro on Wednesday morning to visit the graves on Habomai\n\
                     and Shikotan, where their families lived until 1945 and the\n\
                     war ended.\n\
                     iPhone users were told to update.\n";
        assert_eq!(
            unwrap_lines(ended),
            "A boat carrying former residents of the islands sailed from \
             Nemuro on Wednesday morning to visit the graves on Habomai \
             and Shikotan, where their families lived until 1945 and the \
             war ended.\n\
             iPhone users were told to update.\n"
        );
    }

    #[test]
    fn unwrapped_text_stays_as_it_is() {
        // One paragraph a line, some longer than a wrapped line can be.
        let long = "Kunashir ".repeat(20);
        let text = format!("Title\n\n{long}\n{long}\n{long}\n{long}\n");
        assert_eq!(unwrap_lines(&text), text);
        // Short lines: a list, an address, a table of contents.
        let list = "Kunashir\nIturup\nShikotan\nHabomai\n";
        assert_eq!(unwrap_lines(list), list);
        // Lines of a paragraph a line, each a sentence that ends where it ends.
        let lines = "Japan protested on Monday.\nRussia said the drills on Iturup were routine.\n\
                     Tokyo called the move regrettable.\nThe talks are frozen.\n";
        assert_eq!(unwrap_lines(lines), lines);
    }

    #[test]
    fn date_line_is_found() {
        let e = extract("Kunashir talks\nPublished: 21 September 2015\n\nBody");
        assert_eq!(e.published, chrono::NaiveDate::from_ymd_opt(2015, 9, 21));
        assert_eq!(e.title, None);
        assert!(
            extract("Kunashir talks\n\nOn 21 September 2015 talks began.")
                .published
                .is_none()
        );
    }
}
