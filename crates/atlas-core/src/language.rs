//! Languages: which one an article is in ([`detect_language`]), and which ones
//! its text may hold words of ([`Languages`]), so that only their date rules,
//! markers of the future and event words run on it.

use std::sync::LazyLock;

/// The language of an article, told from its script and, within a script, by
/// [`whatlang`]'s trigram model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English (or a Latin-script language the app does not know).
    En,
    /// Russian.
    Ru,
    /// Japanese (kana, with or without kanji).
    Ja,
    /// Chinese, simplified or traditional (Han characters without kana).
    Zh,
    /// Korean (Hangul).
    Ko,
    /// Ukrainian.
    Uk,
    /// Spanish.
    Es,
    /// Vietnamese.
    Vi,
    /// Filipino (Tagalog).
    Fil,
    /// No letters to tell from.
    Und,
}

impl Language {
    /// Every language, in a fixed order.
    pub const ALL: [Language; 10] = [
        Language::En,
        Language::Ru,
        Language::Ja,
        Language::Zh,
        Language::Ko,
        Language::Uk,
        Language::Es,
        Language::Vi,
        Language::Fil,
        Language::Und,
    ];

    /// The code stored and shown: `en`, `ru`, `ja`, `zh`, `ko`, `uk`, `es`, `vi`, `fil` or `und`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Ja => "ja",
            Language::Zh => "zh",
            Language::Ko => "ko",
            Language::Uk => "uk",
            Language::Es => "es",
            Language::Vi => "vi",
            Language::Fil => "fil",
            Language::Und => "und",
        }
    }

    /// Parses a code written by [`Language::code`]; anything else is `Und`.
    pub fn from_code(code: &str) -> Language {
        Language::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .unwrap_or(Language::Und)
    }
}

/// Stored as its code.
impl rusqlite::types::ToSql for Language {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.code().into())
    }
}

/// Read back from its code; an unknown code reads as [`Language::Und`].
impl rusqlite::types::FromSql for Language {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Ok(Language::from_code(value.as_str()?))
    }
}

/// How many characters of a text [`detect_language`] counts by script.
const SCRIPT_SAMPLE_CHARS: usize = 5_000;

/// How many characters [`whatlang`] reads to tell languages of one script
/// apart: its trigram model is sure long before, and it is the costly part.
const LANGUAGE_SAMPLE_CHARS: usize = 600;

/// Tells the language of `text` from its first 5,000 characters (the
/// language within a script from its first 600).
///
/// The script decides first: any real share of kana makes Japanese, of Hangul
/// Korean, of Han characters without kana Chinese. Within Cyrillic (Russian or
/// Ukrainian) and Latin (English, Spanish, Vietnamese, Filipino), [`whatlang`]
/// tells the language among those; a Latin text it cannot tell is English.
pub fn detect_language(text: &str) -> Language {
    let mut scripts = Scripts::default();
    for c in text.chars().take(SCRIPT_SAMPLE_CHARS) {
        scripts.add(c);
    }
    scripts.language(text)
}

/// [`detect_language`] and [`Languages::of`] of `text` together, in one pass
/// over its characters rather than two.
///
/// Runs of ASCII are counted by blocks of 32 bytes: in ASCII only the
/// letters count (as Latin), so a block's letters are summed without looking
/// at each character's script.
pub fn detect_languages(text: &str) -> (Language, Languages) {
    let (mut scripts, mut evidence) = (Scripts::default(), Evidence::default());
    let bytes = text.as_bytes();
    // The byte looked at, and how many characters come before it.
    let (mut at, mut chars) = (0, 0);
    while at < bytes.len() {
        if let Some(block) = bytes.get(at..at + BLOCK).filter(|b| b.is_ascii()) {
            let sampled = SCRIPT_SAMPLE_CHARS.saturating_sub(chars).min(BLOCK);
            let (in_sample, after) = block.split_at(sampled);
            let in_sample = ascii_letters(in_sample);
            scripts.latin += in_sample;
            evidence.latin += in_sample + ascii_letters(after);
            at += BLOCK;
            chars += BLOCK;
            continue;
        }
        // Character by character to the end of this block (or of the text).
        let end = (at + BLOCK).min(bytes.len());
        for c in text[at..].chars() {
            if c.is_ascii() {
                let letter = usize::from(c.is_ascii_alphabetic());
                if chars < SCRIPT_SAMPLE_CHARS {
                    scripts.latin += letter;
                }
                evidence.latin += letter;
            } else {
                if chars < SCRIPT_SAMPLE_CHARS {
                    scripts.add(c);
                }
                evidence.add(c);
            }
            at += c.len_utf8();
            chars += 1;
            if at >= end {
                break;
            }
        }
    }
    let language = scripts.language(text);
    (
        language,
        Languages::from_evidence(text, &evidence, language),
    )
}

/// How many bytes [`detect_languages`] counts at once.
const BLOCK: usize = 32;

/// How many of `bytes` are ASCII letters.
fn ascii_letters(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|b| usize::from(b.is_ascii_alphabetic()))
        .sum()
}

/// The letters of each script among the first [`SCRIPT_SAMPLE_CHARS`]
/// characters of a text, which [`detect_language`] decides on.
#[derive(Default, Clone, Copy)]
struct Scripts {
    latin: usize,
    cyrillic: usize,
    kana: usize,
    han: usize,
    hangul: usize,
}

impl Scripts {
    #[inline]
    fn add(&mut self, c: char) {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
                self.latin += 1
            }
            '\u{0400}'..='\u{04FF}' => self.cyrillic += 1,
            '\u{3040}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}' => self.kana += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => self.han += 1,
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' => self.hangul += 1,
            _ => {}
        }
    }

    /// The language of `text`, whose letters these are.
    fn language(&self, text: &str) -> Language {
        let Scripts {
            latin,
            cyrillic,
            kana,
            han,
            hangul,
        } = *self;
        let prefix = |chars: usize| {
            let end = text
                .char_indices()
                .nth(chars)
                .map_or(text.len(), |(at, _)| at);
            &text[..end]
        };
        let letters = latin + cyrillic + kana + han + hangul;
        if letters == 0 {
            return Language::Und;
        }
        let share = |n: usize| n * 5 >= letters;
        if share(kana) || (share(kana + han) && kana * 20 >= han) {
            Language::Ja
        } else if share(hangul) {
            Language::Ko
        } else if share(han) {
            Language::Zh
        } else if cyrillic > latin {
            within(
                prefix(LANGUAGE_SAMPLE_CHARS),
                &[whatlang::Lang::Rus, whatlang::Lang::Ukr],
            )
            .unwrap_or(Language::Ru)
        } else {
            let latin_languages = [
                whatlang::Lang::Eng,
                whatlang::Lang::Spa,
                whatlang::Lang::Vie,
                whatlang::Lang::Tgl,
            ];
            within(prefix(LANGUAGE_SAMPLE_CHARS), &latin_languages).unwrap_or(Language::En)
        }
    }
}

/// The language among `candidates` that [`whatlang`] finds in `text`.
fn within(text: &str, candidates: &[whatlang::Lang]) -> Option<Language> {
    let detector = whatlang::Detector::with_allowlist(candidates.to_vec());
    match detector.detect_lang(text)? {
        whatlang::Lang::Rus => Some(Language::Ru),
        whatlang::Lang::Ukr => Some(Language::Uk),
        whatlang::Lang::Eng => Some(Language::En),
        whatlang::Lang::Spa => Some(Language::Es),
        whatlang::Lang::Vie => Some(Language::Vi),
        whatlang::Lang::Tgl => Some(Language::Fil),
        _ => None,
    }
}

/// A set of languages: those whose words a text may hold, so whose date rules,
/// markers of the future and event words run on it ([`Languages::of`]).
///
/// Without it every language of a script ran on every text of that script:
/// Spanish, Vietnamese and Filipino rules on all English text, Ukrainian on
/// Russian. The set is generous: a language is in it on a little evidence (a
/// few of its letters or words), as one left out loses its dates while one let
/// in only costs time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Languages(u16);

impl Languages {
    /// Every language.
    pub const ALL: Languages = Languages((1 << Language::ALL.len()) - 1);

    /// Whether `language` is in the set.
    pub fn contains(self, language: Language) -> bool {
        self.0 & Languages::bit(language) != 0
    }

    /// The set with `language` too.
    pub fn with(self, language: Language) -> Languages {
        Languages(self.0 | Languages::bit(language))
    }

    fn bit(language: Language) -> u16 {
        1 << Language::ALL
            .iter()
            .position(|&l| l == language)
            .expect("every language is in Language::ALL")
    }

    /// The languages `text` may hold words of: `detected` (the article's own
    /// language, from [`detect_language`]), and any other on its evidence
    /// anywhere in the text:
    ///
    /// - English with any Latin letter;
    /// - Russian and Ukrainian with Cyrillic letters, each on a letter only it
    ///   uses (ы, э, ъ, ё; і, ї, є, ґ), both when there is none;
    /// - Japanese and Chinese with kana or Han characters (the Japanese rules
    ///   read the forms both write, 9月11日 or 昨日);
    /// - Korean with Hangul;
    /// - Vietnamese on two of the letters only it uses (ư, ơ, đ, ă, ạ, ả, ấ, …)
    ///   or two of its common words written without diacritics (ngay, thang, …);
    /// - Spanish on ñ, ¿ or ¡, or two of its common words (los, que, según, …);
    /// - Filipino on two of its common words (ng, mga, sa, ang, noong, …).
    ///
    /// A text shorter than [`SHORT_TEXT`] gives too little evidence to leave a
    /// language out, and costs little: it takes every language of each script
    /// it has letters of.
    pub fn of(text: &str, detected: Language) -> Languages {
        let mut count = Evidence::default();
        for c in text.chars() {
            count.add(c);
        }
        Languages::from_evidence(text, &count, detected)
    }

    /// [`Languages::of`] with the letters of `text` counted.
    fn from_evidence(text: &str, count: &Evidence, detected: Language) -> Languages {
        let short = text.len() < SHORT_TEXT;
        let (spanish, vietnamese, filipino) = if short || count.latin == 0 {
            (0, 0, 0)
        } else {
            common_words(text)
        };
        let mut languages = Languages::default().with(detected);
        let mut add_if = |evidence: bool, language: Language| {
            if evidence {
                languages = languages.with(language);
            }
        };
        add_if(count.latin > 0, Language::En);
        let cyrillic = count.cyrillic > 0;
        add_if(
            cyrillic && (short || count.russian_only > 0 || count.ukrainian_only == 0),
            Language::Ru,
        );
        add_if(
            cyrillic && (short || count.ukrainian_only > 0 || count.russian_only == 0),
            Language::Uk,
        );
        add_if(count.cjk > 0, Language::Ja);
        add_if(count.cjk > 0, Language::Zh);
        add_if(count.hangul > 0, Language::Ko);
        let latin = count.latin > 0;
        add_if(
            latin && (short || count.vietnamese_only >= 2 || vietnamese >= 2),
            Language::Vi,
        );
        add_if(
            latin && (short || count.spanish_only > 0 || spanish >= 2),
            Language::Es,
        );
        add_if(latin && (short || filipino >= 2), Language::Fil);
        languages
    }
}

/// How long a text must be (in bytes) for [`Languages::of`] to leave out a
/// language of a script it has on too little evidence.
pub const SHORT_TEXT: usize = 2_000;

/// Counts of the letters that tell [`Languages::of`] a language may be there.
#[derive(Default)]
struct Evidence {
    latin: usize,
    cyrillic: usize,
    russian_only: usize,
    ukrainian_only: usize,
    cjk: usize,
    hangul: usize,
    vietnamese_only: usize,
    spanish_only: usize,
}

impl Evidence {
    #[inline]
    fn add(&mut self, c: char) {
        match c {
            'a'..='z' | 'A'..='Z' => self.latin += 1,
            'ñ' | 'Ñ' | '¿' | '¡' => {
                self.latin += 1;
                self.spanish_only += 1;
            }
            'ư' | 'Ư' | 'ơ' | 'Ơ' | 'đ' | 'Đ' | 'ă' | 'Ă' | '\u{1EA0}'..='\u{1EF9}' => {
                self.latin += 1;
                self.vietnamese_only += 1;
            }
            'ы' | 'Ы' | 'э' | 'Э' | 'ъ' | 'Ъ' | 'ё' | 'Ё' => {
                self.cyrillic += 1;
                self.russian_only += 1;
            }
            'і' | 'І' | 'ї' | 'Ї' | 'є' | 'Є' | 'ґ' | 'Ґ' => {
                self.cyrillic += 1;
                self.ukrainian_only += 1;
            }
            '\u{0400}'..='\u{04FF}' => self.cyrillic += 1,
            '\u{3040}'..='\u{30FF}'
            | '\u{FF66}'..='\u{FF9F}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{3400}'..='\u{4DBF}' => self.cjk += 1,
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' => {
                self.hangul += 1
            }
            _ => {}
        }
    }
}

/// Spanish words common in any Spanish text and rare in English (not "de",
/// "el", "la" or "en", which English names are full of).
const SPANISH_WORDS: &[&str] = &[
    "del", "los", "las", "que", "por", "para", "con", "una", "fue", "sus", "según", "segun",
    "hace", "pasado", "sobre", "entre", "como",
];

/// Vietnamese words common in any Vietnamese text, as written without
/// diacritics, and rare in English.
const VIETNAMESE_WORDS: &[&str] = &[
    "ngay", "thang", "nam", "cua", "nhung", "duoc", "trong", "cac", "voi", "nguoi", "khong",
];

/// Filipino words common in any Filipino text and rare in English.
const FILIPINO_WORDS: &[&str] = &[
    "ng", "mga", "sa", "ang", "noong", "nang", "ayon", "kay", "naman", "hindi", "ito", "na",
];

/// How many distinct [`SPANISH_WORDS`], [`VIETNAMESE_WORDS`] and
/// [`FILIPINO_WORDS`] `text` has as whole words, in any case (counting stops at
/// two of each). A word ends at an ASCII non-letter only, so that Vietnamese
/// "ngày" gives no Filipino "ng".
///
/// The text is read as runs of ASCII letters and bytes beyond ASCII; a run is
/// a whole word of the lists when it is one of them, ASCII letters compared in
/// any case ([`CommonWords::find`]).
fn common_words(text: &str) -> (usize, usize, usize) {
    let bytes = text.as_bytes();
    let in_word = |i: usize| IN_WORD[usize::from(bytes[i])];
    let words = &*COMMON_WORDS;
    // Per language, the words found (bits of their index in the lists) and how many.
    let mut found = [(0u64, 0usize); 3];
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && !in_word(i) {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && in_word(i) {
            i += 1;
        }
        let Some((language, word)) = words.find(bytes, start..i) else {
            continue;
        };
        let (seen, count) = &mut found[language];
        if *count < 2 && *seen & (1 << word) == 0 {
            *seen |= 1 << word;
            *count += 1;
            if found.iter().all(|(_, count)| *count >= 2) {
                break;
            }
        }
    }
    (found[0].1, found[1].1, found[2].1)
}

/// The bytes that words are made of in [`common_words`]: ASCII letters and
/// every byte beyond ASCII.
static IN_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b >= 0x80 || (b as u8).is_ascii_alphabetic();
        b += 1;
    }
    table
};

/// [`SPANISH_WORDS`], [`VIETNAMESE_WORDS`] and [`FILIPINO_WORDS`] in a hash
/// table without collisions, by key: a word's bytes, ASCII letters in lower
/// case, packed into a `u64` (no word is longer than eight bytes or holds a
/// zero byte, so words of different lengths have different keys).
struct CommonWords {
    /// By [`CommonWords::slot`]: a key (0 where none), its language (0, 1, 2
    /// in the order above) and the word's index in the three lists one after
    /// the other.
    slots: Vec<(u64, usize, usize)>,
    /// The multiplier of the hash, chosen so that no two words share a slot.
    multiplier: u64,
    /// The length in bytes of the longest word.
    longest: usize,
}

impl CommonWords {
    fn new() -> CommonWords {
        let lists = [SPANISH_WORDS, VIETNAMESE_WORDS, FILIPINO_WORDS];
        let words: Vec<(u64, usize, usize)> = lists
            .iter()
            .enumerate()
            .flat_map(|(language, list)| list.iter().map(move |word| (language, word)))
            .enumerate()
            .map(|(index, (language, word))| {
                let bytes = word.as_bytes();
                assert!((2..=8).contains(&bytes.len()), "{word}: two to eight bytes");
                (Self::key(bytes, 0..bytes.len()), language, index)
            })
            .collect();
        assert!(words.len() <= 64, "a word's index is a bit of a u64");
        let longest = lists.iter().flat_map(|l| l.iter()).map(|w| w.len()).max();
        // Odd multipliers from a fixed sequence, until one puts each word in its own slot.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        loop {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut table = CommonWords {
                slots: vec![(0, 0, 0); 256],
                multiplier: state | 1,
                longest: longest.unwrap_or(0),
            };
            let mut collided = false;
            for &(key, language, index) in &words {
                let slot = table.slot(key);
                collided |= table.slots[slot].0 != 0;
                table.slots[slot] = (key, language, index);
            }
            if !collided {
                return table;
            }
        }
    }

    /// The key of `bytes[run]`, a run of ASCII letters and bytes beyond ASCII
    /// of two to eight bytes: its bytes with the ASCII ones in lower case.
    #[inline]
    fn key(bytes: &[u8], run: std::ops::Range<usize>) -> u64 {
        let in_run = u64::MAX >> (64 - 8 * run.len());
        let word = match bytes.get(run.start..run.start + 8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")) & in_run,
            None => {
                let mut packed = [0u8; 8];
                packed[..run.len()].copy_from_slice(&bytes[run]);
                u64::from_le_bytes(packed)
            }
        };
        // 0x20 added to each byte below 0x80: an ASCII letter in lower case.
        word | ((!word & 0x8080_8080_8080_8080) >> 2 & in_run)
    }

    /// The slot of `key` in [`CommonWords::slots`].
    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(self.multiplier) >> 56) as usize
    }

    /// The language and index of the word that `bytes[run]` is, in any case of
    /// its ASCII letters.
    #[inline]
    fn find(&self, bytes: &[u8], run: std::ops::Range<usize>) -> Option<(usize, usize)> {
        if run.len() < 2 || run.len() > self.longest {
            return None;
        }
        let key = Self::key(bytes, run);
        let (found, language, index) = self.slots[self.slot(key)];
        (found == key).then_some((language, index))
    }
}

static COMMON_WORDS: LazyLock<CommonWords> = LazyLock::new(CommonWords::new);

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    #[test]
    fn tells_languages_apart() {
        assert_eq!(
            detect_language("Kunashir is one of the islands."),
            Language::En
        );
        assert_eq!(
            detect_language("Остров Кунашир (Kunashir) — крупнейший."),
            Language::Ru
        );
        assert_eq!(
            detect_language("北方領土の国後島 (Kunashiri) について"),
            Language::Ja
        );
        assert_eq!(detect_language("12 345 — 678"), Language::Und);
    }

    #[test]
    fn tells_the_new_languages_apart() {
        let cases = [
            ("中国海警船只昨日在钓鱼岛附近海域巡航，外交部表示将继续维护主权。", Language::Zh),
            ("海巡署表示，釣魚臺列嶼是中華民國領土，政府將持續關注。", Language::Zh),
            ("정부는 독도가 역사적, 지리적으로 명백한 우리 영토라고 밝혔다.", Language::Ko),
            ("Росія окупувала Кримський півострів у 2014 році, заявили в міністерстві.", Language::Uk),
            ("Россия заявила, что Крымский мост будет открыт после ремонта.", Language::Ru),
            ("El gobierno argentino reafirmó sus derechos sobre las islas Malvinas.", Language::Es),
            ("Trung Quốc đã xây dựng các đảo nhân tạo ở quần đảo Trường Sa.", Language::Vi),
            ("Ayon sa Philippine Coast Guard, hinarang ng mga barko ng China ang resupply mission noong Lunes.", Language::Fil),
            ("The coast guard said the Chinese vessels left the area on Monday.", Language::En),
        ];
        for (text, language) in cases {
            assert_eq!(detect_language(text), language, "{text}");
        }
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), language);
        }
    }

    /// `sentence` repeated past [`SHORT_TEXT`], as in an article.
    fn article(sentence: &str) -> String {
        let mut text = String::new();
        while text.len() < SHORT_TEXT {
            text.push_str(sentence);
            text.push(' ');
        }
        text
    }

    #[test]
    fn both_in_one_pass_as_each_alone() {
        let long_english = article("The coast guard said the vessels left the area on Monday.");
        let mixed = format!("{long_english}\nОстров Кунашир. 北方領土の国後島。Según los datos.");
        let texts = [
            "",
            "12 345 — 678",
            "Kunashir is one of the islands.",
            "Остров Кунашир (Kunashir) — крупнейший.",
            "北方領土の国後島 (Kunashiri) について",
            "독도는 울릉도에서 87킬로미터 떨어져 있다.",
            &long_english,
            &mixed,
        ];
        for text in texts {
            let language = detect_language(text);
            assert_eq!(
                detect_languages(text),
                (language, Languages::of(text, language)),
                "{text}"
            );
        }
    }

    /// Random texts of the pieces, some longer than [`SCRIPT_SAMPLE_CHARS`].
    fn random_texts(count: usize, pieces: &[&str]) -> Vec<String> {
        let mut rng = crate::test_random::Rng::new(1);
        (0..count)
            .map(|_| {
                let len = rng.below(600);
                (0..len).map(|_| *rng.pick(pieces)).collect()
            })
            .collect()
    }

    const PIECES: &[&str] = &[
        "The coast guard said the vessels left the area on Monday. ",
        "Россия заявила, что мост будет открыт. ",
        "Росія окупувала півострів. ",
        "北方領土の国後島。",
        "中国海警船只昨日在钓鱼岛附近海域巡航。",
        "독도는 우리 땅이다. ",
        "Según los datos, las islas ",
        "Trung Quốc đã xây dựng các đảo ",
        "Ngay 11 thang 9 nam 2012 ",
        "Ayon sa mga barko ng China noong Lunes ",
        "a",
        "Z",
        " ",
        "1",
        "ñ",
        "ё",
        "ї",
        "ア",
        "\n",
        "—",
        "ng",
        "sa ",
        "na.",
    ];

    #[test]
    fn counting_by_blocks_as_char_by_char() {
        for text in random_texts(300, PIECES) {
            let language = detect_language(&text);
            assert_eq!(
                detect_languages(&text),
                (language, Languages::of(&text, language)),
                "{text}"
            );
        }
    }

    /// [`common_words`] as it was, with every overlapping match.
    fn common_words_overlapping(text: &str) -> (usize, usize, usize) {
        static WORDS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
            let lists = [SPANISH_WORDS, VIETNAMESE_WORDS, FILIPINO_WORDS];
            let language_of = lists
                .iter()
                .enumerate()
                .flat_map(|(language, list)| list.iter().map(move |_| language))
                .collect();
            let words = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(lists.concat())
                .unwrap();
            (words, language_of)
        });
        let (words, language_of) = &*WORDS;
        let in_word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphabetic() || !b.is_ascii());
        let bytes = text.as_bytes();
        let mut found: [Vec<usize>; 3] = Default::default();
        for m in words.find_overlapping_iter(text) {
            let whole = !in_word(m.start().checked_sub(1).and_then(|i| bytes.get(i)))
                && !in_word(bytes.get(m.end()));
            let pattern = m.pattern().as_usize();
            let language = language_of[pattern];
            if whole && found[language].len() < 2 && !found[language].contains(&pattern) {
                found[language].push(pattern);
            }
        }
        (found[0].len(), found[1].len(), found[2].len())
    }

    #[test]
    fn common_words_by_runs_as_by_every_match() {
        let pieces = [
            "ng", "nang", "na", "naman", "sa", "sana", "ang", "sang", "noong", "según", "segun",
            "SEGÚN", "los", "las", "que", "para", "por", "ngay", "nguoi", "nam", "ito", "mga",
            "cua", "como", " ", " ", ".", ",", "-", "ú", "é", "x", "1", "Ng", "NA", "del", "DEL",
            "pasado", "pasados", "khong", "hindi", "ayon", "sobre", "\n", "ă", "Ñ",
        ];
        for text in random_texts(20_000, &pieces) {
            let text: String = text.chars().take(200).collect();
            assert_eq!(
                common_words(&text),
                common_words_overlapping(&text),
                "{text}"
            );
        }
    }

    #[test]
    fn an_article_takes_the_languages_it_has_words_of() {
        let english = article("The coast guard said the vessels left the area on Monday.");
        let languages = Languages::of(&english, Language::En);
        assert!(languages.contains(Language::En));
        for other in [
            Language::Es,
            Language::Vi,
            Language::Fil,
            Language::Ru,
            Language::Ja,
        ] {
            assert!(!languages.contains(other), "{other:?}");
        }
        // A quote in another language brings that language in.
        let quoting = format!("{english} \"Las islas son nuestras\", dijo el ministro por radio.");
        assert!(Languages::of(&quoting, Language::En).contains(Language::Es));
        let quoting = format!("{english} Ngày 11 tháng 9, Trung Quốc tuyên bố.");
        assert!(Languages::of(&quoting, Language::En).contains(Language::Vi));

        let russian = article("Россия заявила, что Крымский мост будет открыт после ремонта.");
        let languages = Languages::of(&russian, Language::Ru);
        assert!(languages.contains(Language::Ru) && !languages.contains(Language::Uk));
        let ukrainian = article("Росія окупувала Кримський півострів у 2014 році.");
        let languages = Languages::of(&ukrainian, Language::Uk);
        assert!(languages.contains(Language::Uk) && !languages.contains(Language::Ru));

        let vietnamese = article("Ngay 11 thang 9 nam 2012 Nhat Ban mua dao cua tu nhan.");
        assert!(Languages::of(&vietnamese, Language::En).contains(Language::Vi));
        let japanese = article("政府は北方領土の返還を求めている。");
        let languages = Languages::of(&japanese, Language::Ja);
        assert!(languages.contains(Language::Ja) && languages.contains(Language::Zh));
        assert!(!languages.contains(Language::Ko));
    }

    #[test]
    fn a_short_text_takes_every_language_of_its_scripts() {
        let languages = Languages::of("Enero 1, Pebrero 2", Language::En);
        for language in [Language::En, Language::Es, Language::Vi, Language::Fil] {
            assert!(languages.contains(language), "{language:?}");
        }
        assert!(!languages.contains(Language::Ru));
        let languages = Languages::of("Крим, 2014", Language::Ru);
        assert!(languages.contains(Language::Ru) && languages.contains(Language::Uk));
    }
}
