//! Dates that give no event of their own: a dateline's date, recurring dates
//! ("every Feb. 7"), the day something is named after, "since" dates beside
//! another date, the end of a range, and "today" meaning nowadays.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use super::words::any_matches;
use crate::dates::surroundings::tail;
use crate::dates::DateMention;
use crate::language::Languages;
use crate::prechecked_regex::PrecheckedRegex;
use crate::text::{ceil_char_boundary, last_word};

/// Whether `date` is the date of a wire dateline that opens the sentence at `span`
/// ("MOSCOW, Feb 4 (Reuters) - ...", "NEMURO, Japan, Sept. 12 (Kyodo) -- ...",
/// "Nueva York, 24 de junio (Télam).- ..."), or
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
    static AGENCY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:\s*\([^()]{2,24}\)\.?|\s+\p{Lu}[\p{L}-]+|\s*/[^/]{2,16}/\.?)?\s*(?:-{1,2}|–|—)\s",
        )
        .expect("valid regex")
    });
    // A wire that writes its city in title case names itself in brackets:
    // "Nueva York, 24 de junio (Télam).-", "Buenos Aires, 2 abr (EFE).-".
    static AGENCY_IN_BRACKETS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*\([^()]{2,24}\)\.?\s*(?:-{1,2}|–|—)").expect("valid regex")
    });
    static PLACE_IN_TITLE_CASE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|de|del|la|los|las)){0,4},\s*$")
            .expect("valid regex")
    });
    if date.byte_start < span.start {
        return false;
    }
    let before = &text[span.start..date.byte_start];
    let after = &text[date.byte_end..ceil_char_boundary(text, date.byte_end + 32)];
    (is_place_in_capitals(before) && AGENCY_AFTER.is_match(after))
        // The patterns only where a bracket follows (this runs on every date).
        || (after.trim_start().starts_with('(')
            && AGENCY_IN_BRACKETS_AFTER.is_match(after)
            && PLACE_IN_TITLE_CASE.is_match(before))
}

/// Whether `before_date` (the text from a line's start to its date) is a wire
/// dateline's place: a city in capitals and a comma, a state or country after it
/// ("TOKYO, ", "ВЛАДИВОСТОК, ", "SAN DIEGO, Calif., "), whether a pack names it or not.
pub(super) fn is_place_in_capitals(before_date: &str) -> bool {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*\p{Lu}[\p{Lu}\s.'-]+,(?:\s*\p{Lu}[\p{L}.]+,)?\s*$").expect("valid regex")
    });
    PLACE.is_match(before_date)
}

/// Whether `word` is "today", "nowadays" or "сегодня" in any case. Without
/// lowercasing every date's words: only an ASCII word can be one of the first
/// two (the characters beyond ASCII whose small forms hold an ASCII letter are
/// the Kelvin sign, k, and İ, i with a combining dot), and only a word that
/// starts with с or С the third.
fn is_today_word(word: &str) -> bool {
    if word.is_ascii() {
        word.eq_ignore_ascii_case("today") || word.eq_ignore_ascii_case("nowadays")
    } else {
        word.starts_with(['с', 'С']) && word.to_lowercase() == "сегодня"
    }
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
    if !is_today_word(word) {
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
/// August", "ежегодно 7 февраля", "каждый год с 1 мая", "который отмечается 22 февраля", "щороку 7 лютого", "cada 2 de abril",
/// "毎年2月7日", "每年2月22日", "매년 2월 22일", "hằng năm vào ngày 7/2",
/// "tuwing Abril 9"): no event of its own.
pub(super) fn is_recurring(text: &str, date: &DateMention) -> bool {
    static RECURRING: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(concat!(
            r"(?i)(?:",
            r"\b(?:every|each)(?:\s+year)?(?:\s+(?:on|in))?",
            r"|(?:ежегодно|каждый\s+год|щороку|щорічно|кожного\s+року)(?:\s+(?:с|со|в|во|з|із|у|до))?",
            r"|\b(?:отмечает(?:ся)?|отмечают|празднует(?:ся)?|празднуют|відзначає(?:ться)?|відзначають)",
            r"|\bcada(?:\s+año)?(?:\s+(?:el|en))?|\btodos\s+los\s+años(?:\s+(?:el|en))?",
            r"|\b(?:hằng|hàng|mỗi)\s+năm(?:\s+vào)?(?:\s+ngày)?|\btuwing|\btaun-taon(?:\s+(?:tuwing|sa))?",
            r"|毎年|例年|每年|每逢|매년|해마다",
            r")\s*$"
        ))
        .expect("valid regex")
    });
    RECURRING.is_match(tail(text, date.byte_start, 40))
}

/// Whether `sentence` opens with a word of every year and a comma ("Every
/// year, …", "Hằng năm, Trung Quốc … từ ngày 1/5 đến 16/8", "毎年、"): its
/// dates without a year of their own recur, as after [`is_recurring`]'s words.
pub(super) fn opens_with_recurring(sentence: &str) -> bool {
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)^(?:every\s+year|each\s+year|ежегодно|каждый\s+год|щороку|щорічно|кожного\s+року",
            r"|cada\s+año|todos\s+los\s+años|(?:hằng|hàng|mỗi)\s+năm|taun-taon|毎年|例年|每年|매년|해마다)",
            r"\s*[,，、]"
        ))
        .expect("valid regex")
    });
    OPENING.is_match(sentence)
}

/// Whether a date is the day that something is named or designated ("2월
/// 22일을 '다케시마의 날'로 정하는 조례", "2月22日を「竹島の日」と定める", "…とする",
/// "将2月22日定为", "designating Feb. 22 as Takeshima Day"): a day's name, not
/// something that happened on it.
pub(super) fn is_designated_day(text: &str, date: &DateMention) -> bool {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^\s*(?:",
            r"(?:을|를)\s*['‘\x22“「『]?[^'’\x22”」』.。]{1,30}['’\x22”」』]?\s*(?:으로|로)\s*(?:정하|정했|정한|정해|지정|제정|선포)",
            r"|を\s*[「『\x22“]?[^」』\x22”。]{1,30}[」』\x22”]?\s*(?:(?:と|に)\s*(?:定め|制定|指定)|と\s*(?:する|し))",
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
/// "2022年以降", "từ năm 1997", "４月から毎日続いていた", "翌年から毎年", "1956年起由國軍駐守",
/// "1986년부터 매년", "民國45年（1956年）起", "1971年から実効支配している", "今年に入って８回目", "１日に施行されて以降", "올해 들어",
/// "desde que ordenó la invasión, en febrero", "自去年秋季以来", "自2022年2月俄罗斯…以来"): background, no event, whether or not
/// its sentence has another date. The start of a range is not ("с 1945 по 1948 год", "desde
/// 2019 hasta 2020", "с января по март", "1986년부터 1990년까지").
pub(super) fn is_since(text: &str, date: &DateMention) -> bool {
    static SINCE_BEFORE: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(
            r"(?i)(?:\bsince|\bс|\bсо|начиная\s+с|\bз|починаючи\s+з|\bdesde(?:\s+(?:el|la))?|\b(?:mula|simula)(?:\s+pa)?\s+noong|\btừ)(?:\s+(?:early|late|mid|the\s+(?:start|beginning|end|middle)\s+of|начала|конца|середины|початку|кінця|середини))?[\s-]*$",
        )
        .expect("valid regex")
    });
    static SINCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:[（(][^（()）]{1,12}[）)]\s*|[）)]\s*)?(?:[春夏秋冬][季天]|年[初底末中]|[上下]半年)?(?:以降|以来|以來|に[^、。，\s]{1,10}て(?:以降|以来)|から(?:毎日|連日|ずっと)?続|から[^、。，\s]{0,12}?して(?:いる|いて|おり|います|きた|きて)|から毎(?:年|月|週)|起(?:[^义義草诉訴飞飛火点點]|$)|부터|이후|이래)")
            .expect("valid regex")
    });
    static RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\s*(?:года|год|г\.|року|рік|년))?\s*(?:(?:по|до|to|until|through|hasta|đến|tới|[-–—])\s*(?:(?:năm|tháng|ngày)\s+)?[0-9]|(?:по|до|to|until|through|hasta)\s+(?:(?:the\s+end\s+of|el|конца|начала|середины|кінця|початку)\s+)?(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december)|起?\s*(?:至|到)\s*[0-9０-９]|부터\s*(?:오는\s*|다음\s?달\s*)?[0-9][0-9년월일\s]*까지|부터\s*(?:이틀|사흘|나흘|닷새|엿새|이레|[0-9]+\s*일\s*(?:간|동안))|(?:起|から)[^。，、]{0,4}(?:[0-9０-９一二三四五六七八九十两]+|両|二|三)\s*(?:日間|天))")
            .expect("valid regex")
    });
    // "今年に入って８回目", "올해 들어": since the year began (after a month,
    // "９月に入り" is in September).
    static YEAR_SINCE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:に入(?:って|り)|\s*들어(?:\s|$))").expect("valid regex"));
    // "6月18日起，…举行为期两天的训练": a start with a length is a range's start.
    static LASTING_DAYS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^。；]*?(?:为期|為期)\s*[0-9一二三四五六七八九十两兩]+\s*(?:天|日)")
            .expect("valid regex")
    });
    // "desde que ordenó la invasión de Ucrania, en febrero del año pasado",
    // "ever since Russia seized it in 2014", «с момента национализации … в сентябре
    // 2012 года», "kể từ khi Nhật Bản quốc hữu hóa … năm 2012": the date of a "since" clause.
    // Words that only tell time; the clause has no comma but the one before
    // the date ("Desde que asumió, el presidente viajó el martes" is no since).
    static SINCE_CLAUSE: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(
            r"(?i)\b(?:desde\s+que|ever\s+since|с\s+тех\s+пор,?\s+как|с\s+момента|відтоді,?\s+як|з\s+тих\s+пір,?\s+як|з\s+моменту|(?:kể\s+)?từ\s+khi)\s+[^.;:!?\n,]{3,120}?(?:,\s*|\s+)(?:(?:en|el|in|on|в|во|у|vào)\s+)?$",
        )
        .expect("valid regex")
    });
    // "自2022年2月俄罗斯…开展特别军事行动以来": 自 before the date, 以来 closing its clause.
    static SINCE_ZH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^，。；,;！？\n]{0,40}?(?:以来|以來)").expect("valid regex")
    });
    let after = &text[date.byte_end..ceil_char_boundary(text, date.byte_end + 32)];
    let since_zh = || {
        text[..date.byte_start].ends_with(['自', '从', '從'])
            && SINCE_ZH
                .is_match(&text[date.byte_end..ceil_char_boundary(text, date.byte_end + 150)])
    };
    (SINCE_BEFORE.is_match(tail(text, date.byte_start, 30))
        || SINCE_CLAUSE.is_match(tail(text, date.byte_start, 200))
        || opens_with_from(text, date.byte_start)
        || date.date.is_year_only() && YEAR_SINCE_AFTER.is_match(after)
        || SINCE_AFTER.is_match(&text[date.byte_end..ceil_char_boundary(text, date.byte_end + 40)])
        || since_zh())
        && !RANGE_AFTER.is_match(after)
        && !LASTING_DAYS
            .is_match(&text[date.byte_end..ceil_char_boundary(text, date.byte_end + 120)])
}

/// Whether Ukrainian «від» ("from") opens the clause of the date at `start`:
/// «Від лютого 2014 року Росія перетворила Крим …» is a "since". After a
/// document it dates the document («резолюції 68/262 … від 27 березня 2014
/// року»), so only at a clause's start.
fn opens_with_from(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let Some(rest) = before
        .strip_suffix("Від")
        .or_else(|| before.strip_suffix("від"))
    else {
        return false;
    };
    if rest.ends_with(char::is_alphanumeric) {
        return false;
    }
    let rest = rest.trim_end_matches([' ', '\t', '\u{a0}']);
    rest.is_empty() || rest.ends_with(['.', ',', ';', ':', '!', '?', '\n', '—', '–'])
}

/// How a date ends a span that has no start before it (a range's end is
/// [`is_range_end`]'s).
pub(super) enum SpanEnd {
    /// "deported them until 1949", "drills scheduled to continue until
    /// Sunday", "ocupadas hasta 1982", "hanggang 2016": how long something
    /// lasts, no event then, past or planned.
    Until,
    /// «і до 1949 року примусово виселив», «до конца года»: "until" or "by";
    /// before publication how long something lasted, after it a plan's
    /// deadline, which dates the plan.
    UntilOrBy,
}

/// How `date` ends a span, if it does. "Until 1954, when Khrushchev
/// transferred it" tells what happened then: no span's end.
pub(super) fn span_end(text: &str, date: &DateMention) -> Option<SpanEnd> {
    static WHEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\s*(?:года|год|г\.|року|рік))?\s*,?\s*(?:when|когда|коли|cuando|nang)(?:\s|$)")
            .expect("valid regex")
    });
    // The word before the date, looked at without a pattern: this runs on every date.
    let before = &text[..date.byte_start];
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return None;
    }
    let (rest, word) = last_word(trimmed);
    let word = if word.eq_ignore_ascii_case("sa") {
        let (_, previous) = last_word(rest.trim_end());
        if !previous.eq_ignore_ascii_case("hanggang") {
            return None;
        }
        previous
    } else {
        word
    };
    let kind = if ["until", "till", "hasta", "hanggang"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        SpanEnd::Until
    } else if matches!(word, "до" | "До" | "ДО") {
        SpanEnd::UntilOrBy
    } else {
        return None;
    };
    let after = &text[date.byte_end..ceil_char_boundary(text, date.byte_end + 24)];
    (!WHEN.is_match(after)).then_some(kind)
}

/// Whether a date is the yardstick of a record ("the longest such intrusion since
/// Japan put the islets under state control in 2012", "the first since 2016",
/// "２０１２年９月に尖閣諸島が国有化されて以降で最も長く", "２０１２年の国有化以降で最も多かった",
/// "2012年以来最长", "2012년 이후 가장 많은", «впервые с 2016 года»): what happened then is
/// background to the record, never an event of its own.
pub(super) fn is_record_since(text: &str, date: &DateMention) -> bool {
    static BEFORE: LazyLock<PrecheckedRegex> = LazyLock::new(|| {
        PrecheckedRegex::new(
            r"(?i)(?:\b(?:first|last|longest|largest|biggest|highest|lowest|most|worst|best|time)(?:\s+[a-z'-]+){0,3}\s+since\s+(?:[^.;:!?0-9\n]{3,110}?\s(?:in|on|at)\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?|\bвперв\w*(?:\s+за\s+[^.;:!?\n]{1,40}?)?\s+(?:с|со|з|із)\s+)$",
        )
        .expect("valid regex")
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^。．.、，,！？!?\n]{0,40}?(?:以降|以来|이후|이래)(?:で|、|，|的)?\s*(?:最も|最長|最多|最大|最高|最悪|最低|初めて|過去最|最长|最多|最大|最高|首次|第一次|가장|최대|최장|최고|최다|처음)")
            .expect("valid regex")
    });
    // Both patterns need a word that few windows hold, looked for first with
    // prebuilt finders of the words' shared starts: 以 (以降, 以来), 이 (이후,
    // 이래), "ince", перв (впервые). The patterns, or `str::contains` on every
    // date, cost 2 % of the analysis.
    static AFTER_WORDS: LazyLock<[Finder<'static>; 2]> =
        LazyLock::new(|| ["以", "이"].map(Finder::new));
    static BEFORE_WORDS: LazyLock<[Finder<'static>; 4]> =
        LazyLock::new(|| ["ince", "INCE", "перв", "ПЕРВ"].map(Finder::new));
    let has = |finders: &[Finder<'static>], window: &str| {
        finders.iter().any(|f| f.find(window.as_bytes()).is_some())
    };
    let after = &text[date.byte_end..ceil_char_boundary(text, date.byte_end + 160)];
    let before = tail(text, date.byte_start, 160);
    (has(&*AFTER_WORDS, after) && AFTER.is_match(after))
        || (has(&*BEFORE_WORDS, before) && BEFORE.is_match(before))
}

/// Whether `date` ends a range that `previous` starts ("from 1875 to 1877",
/// "December 14 to 16", "between 1945 and 1956", "entre noviembre de 2019 y
/// marzo de 2020", «с 1992 по 1998 год», «с 9 по
/// 12 декабря», 1875年から1877年まで, "1992–1998", "từ cuối tháng 8 đến đầu tháng 9/1945"): a range dates its event at its
/// start only.
pub(super) fn is_range_end(text: &str, previous: &DateMention, date: &DateMention) -> bool {
    static CONNECTOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(?:годы?|года|г\.|року|рік|末|初め|初旬|上旬|中旬|下旬|ごろ|頃|底|初)?\s*(?:to|until|till|through|thru|-|–|—|~|〜|～|－|по|до|から|より|至|到|부터|에서|đến|tới|al|a|hasta|hanggang)\s*(?:(?:early|mid|late)-?\s*|the\s+(?:end|middle|start|beginning)\s+of\s+|(?:начала|середины|конца)\s+|(?:đầu|cuối|giữa)\s+)?$",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_words_as_their_lowercase_says() {
        // What the shortcuts rest on, over every character: the Kelvin sign
        // and İ are the characters beyond ASCII with an ASCII letter in their
        // small forms, and с and С the only ones whose small form starts with с.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let lower: String = c.to_lowercase().collect();
            if !c.is_ascii() && lower.chars().any(|l| l.is_ascii()) {
                assert!(matches!(c, '\u{212A}' | 'İ'), "{c:?}");
            }
            if lower.starts_with('с') {
                assert!(matches!(c, 'с' | 'С'), "{c:?}");
            }
        }
        let words = [
            "today",
            "Today",
            "TODAY",
            "ToDaY",
            "nowadays",
            "Nowadays",
            "сегодня",
            "Сегодня",
            "СЕГОДНЯ",
            "today's",
            "tod",
            "сегодняшний",
            "\u{212A}",
            "2024",
            "今日",
            "",
        ];
        for word in words {
            assert_eq!(
                is_today_word(word),
                matches!(
                    word.to_lowercase().as_str(),
                    "today" | "nowadays" | "сегодня"
                ),
                "{word}"
            );
        }
    }
}
