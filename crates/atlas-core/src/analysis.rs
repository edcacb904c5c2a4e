//! One article's analysis: its language, the places it mentions and the events it reports.

use chrono::NaiveDate;

use crate::events::{extract_events, Event};
use crate::linker::{Linker, Mention};

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
    let (mut latin, mut cyrillic, mut kana, mut han, mut hangul) = (0usize, 0, 0, 0, 0);
    let prefix = |chars: usize| {
        let end = text
            .char_indices()
            .nth(chars)
            .map_or(text.len(), |(at, _)| at);
        &text[..end]
    };
    let sample = prefix(SCRIPT_SAMPLE_CHARS);
    for c in sample.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => latin += 1,
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            '\u{3040}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}' => kana += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' => hangul += 1,
            _ => {}
        }
    }
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

/// What an article says about the pack's places.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Analysis {
    /// The article's language.
    pub language: Language,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The dated events, in text order.
    pub events: Vec<Event>,
}

/// Links `text` and extracts its events; relative dates resolve against `published`.
pub fn analyze(linker: &Linker, text: &str, published: Option<NaiveDate>) -> Analysis {
    let mentions = linker.link(text);
    let events = extract_events(text, &mentions, published, linker.context_places());
    Analysis {
        language: detect_language(text),
        mentions,
        events,
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
}
