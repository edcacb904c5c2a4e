//! One article's analysis: its language, the places it mentions and the events it reports.

use chrono::NaiveDate;

use crate::events::{extract_events, Event};
use crate::linker::{Linker, Mention};

/// The language of an article, told from its script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English (or another Latin-script language).
    En,
    /// Russian (Cyrillic script).
    Ru,
    /// Japanese (kana or kanji).
    Ja,
    /// No letters to tell from.
    Und,
}

impl Language {
    /// The code stored and shown: `en`, `ru`, `ja` or `und`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Ja => "ja",
            Language::Und => "und",
        }
    }

    /// Parses a code written by [`Language::code`]; anything else is `Und`.
    pub fn from_code(code: &str) -> Language {
        match code {
            "en" => Language::En,
            "ru" => Language::Ru,
            "ja" => Language::Ja,
            _ => Language::Und,
        }
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

/// Tells the language of `text` by counting letters per script.
///
/// Japanese text is mostly kanji and kana, with some Latin; any real share of
/// kana or kanji makes it Japanese. Otherwise the larger of Cyrillic and Latin wins.
pub fn detect_language(text: &str) -> Language {
    let (mut latin, mut cyrillic, mut japanese) = (0usize, 0usize, 0usize);
    for c in text.chars().take(20_000) {
        match c {
            'a'..='z' | 'A'..='Z' => latin += 1,
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF66}'..='\u{FF9F}' => {
                japanese += 1
            }
            _ => {}
        }
    }
    let letters = latin + cyrillic + japanese;
    if letters == 0 {
        Language::Und
    } else if japanese * 5 >= letters {
        Language::Ja
    } else if cyrillic > latin {
        Language::Ru
    } else {
        Language::En
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
}
