//! The script of a text's letters, which decides its language first: the
//! letters of each script among its first characters ([`Scripts`]) and the
//! language they make it ([`Scripts::language`]: kana, Hangul or Han by their
//! share; within Cyrillic or Latin, [`whatlang`] among that script's languages).

use super::Language;

/// How many characters of a text [`detect_language`](super::detect_language)
/// counts by script.
pub(super) const SCRIPT_SAMPLE_CHARS: usize = 5_000;

/// How many characters [`whatlang`] reads to tell languages of one script
/// apart: its trigram model is sure long before, and it is the costly part.
const LANGUAGE_SAMPLE_CHARS: usize = 600;

/// The letters of each script among the first [`SCRIPT_SAMPLE_CHARS`]
/// characters of a text, which [`detect_language`](super::detect_language)
/// decides on.
#[derive(Default, Clone, Copy)]
pub(super) struct Scripts {
    pub(super) latin: usize,
    cyrillic: usize,
    kana: usize,
    han: usize,
    hangul: usize,
}

impl Scripts {
    #[inline]
    pub(super) fn add(&mut self, c: char) {
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
    pub(super) fn language(&self, text: &str) -> Language {
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
