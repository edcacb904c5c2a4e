//! Languages: which one an article is in ([`detect_language`]), and which ones
//! its text may hold words of ([`Languages`]), so that only their date rules,
//! markers of the future and event words run on it.
//!
//! The letters counted by script are in `language/scripts.rs`, the common words
//! that are evidence of a Latin-script language in `language/common_words.rs`.

mod common_words;
mod function_words;
mod scripts;

use common_words::common_words;
use scripts::{Scripts, SCRIPT_SAMPLE_CHARS};

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
    let (scripts, evidence) = count_letters(text);
    let language = scripts.language(text);
    (
        language,
        Languages::from_evidence(text, &evidence, language),
    )
}

/// The letters of `text` that [`detect_languages`] decides on: by script among
/// the first [`SCRIPT_SAMPLE_CHARS`] characters, and as evidence of a language
/// in the whole text. What [`Scripts::add`] and [`Evidence::add`] count, one
/// character at a time, but faster: runs of ASCII are counted by blocks of
/// [`BLOCK`] bytes (only their letters count, as Latin), and the letters of
/// Cyrillic, kana, Han and Hangul that neither asks more of are told by their
/// first bytes, without decoding them.
fn count_letters(text: &str) -> (Scripts, Evidence) {
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
        while at < end {
            let sampled = usize::from(chars < SCRIPT_SAMPLE_CHARS);
            let second = bytes.get(at + 1).copied().unwrap_or(0);
            at += match (bytes[at], second) {
                (byte @ 0x00..=0x7F, _) => {
                    let letter = usize::from(byte.is_ascii_alphabetic());
                    scripts.latin += letter * sampled;
                    evidence.latin += letter;
                    1
                }
                // U+0400–U+04FF.
                (lead @ 0xD0..=0xD3, second) => {
                    scripts.cyrillic += sampled;
                    evidence.add_cyrillic(u32::from(lead & 0x1F) << 6 | u32::from(second & 0x3F));
                    2
                }
                // U+3040–U+30FF.
                (0xE3, 0x81..=0x83) => {
                    scripts.kana += sampled;
                    evidence.cjk += 1;
                    3
                }
                // U+5000–U+9FFF.
                (0xE5..=0xE9, _) => {
                    scripts.han += sampled;
                    evidence.cjk += 1;
                    3
                }
                // U+B000–U+CFFF.
                (0xEB | 0xEC, _) => {
                    scripts.hangul += sampled;
                    evidence.hangul += 1;
                    3
                }
                _ => {
                    let Some(c) = text[at..].chars().next() else {
                        break;
                    };
                    if sampled == 1 {
                        scripts.add(c);
                    }
                    evidence.add(c);
                    c.len_utf8()
                }
            };
            chars += 1;
        }
    }
    (scripts, evidence)
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
    /// A text shorter than 2,000 bytes (`SHORT_TEXT`) gives too little evidence to leave a
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
pub(crate) const SHORT_TEXT: usize = 2_000;

/// Counts of the letters that tell [`Languages::of`] a language may be there.
#[derive(Debug, Default, PartialEq, Eq)]
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
            '\u{0400}'..='\u{04FF}' => self.add_cyrillic(u32::from(c) - 0x400),
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

    /// A Cyrillic letter, U+0400 + `offset` (`offset` < 256): [`Evidence::add`]
    /// of it, and what [`detect_languages`] counts without decoding it.
    #[inline]
    fn add_cyrillic(&mut self, offset: u32) {
        /// By offset from U+0400: 1 for the letters only Russian uses, 2 for
        /// those only Ukrainian uses.
        const ONLY: [u8; 256] = {
            let mut table = [0; 256];
            let russian = ['ы', 'Ы', 'э', 'Э', 'ъ', 'Ъ', 'ё', 'Ё'];
            let ukrainian = ['і', 'І', 'ї', 'Ї', 'є', 'Є', 'ґ', 'Ґ'];
            let mut i = 0;
            while i < russian.len() {
                table[russian[i] as usize - 0x400] = 1;
                table[ukrainian[i] as usize - 0x400] = 2;
                i += 1;
            }
            table
        };
        self.cyrillic += 1;
        match ONLY[offset as usize & 0xFF] {
            1 => self.russian_only += 1,
            2 => self.ukrainian_only += 1,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    pub(super) fn random_texts(count: usize, pieces: &[&str]) -> Vec<String> {
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
        "ґ",
        "ы",
        "ア",
        "国",
        "한",
    ];

    /// [`count_letters`] one character at a time.
    fn count_letters_by_characters(text: &str) -> (Scripts, Evidence) {
        let (mut scripts, mut evidence) = (Scripts::default(), Evidence::default());
        for (i, c) in text.chars().enumerate() {
            if i < SCRIPT_SAMPLE_CHARS {
                scripts.add(c);
            }
            evidence.add(c);
        }
        (scripts, evidence)
    }

    #[test]
    fn every_character_counts_as_one_at_a_time() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = c.to_string();
            assert_eq!(
                count_letters(&text),
                count_letters_by_characters(&text),
                "{c:?}"
            );
        }
    }

    #[test]
    fn counting_by_blocks_as_char_by_char() {
        for text in random_texts(300, PIECES) {
            assert_eq!(count_letters(&text), count_letters_by_characters(&text));
            let language = detect_language(&text);
            assert_eq!(
                detect_languages(&text),
                (language, Languages::of(&text, language)),
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
