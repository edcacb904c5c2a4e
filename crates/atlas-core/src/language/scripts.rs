//! The script of a text's letters, which decides its language first: the
//! letters of each script among its first characters ([`Scripts`]) and the
//! language they make it ([`Scripts::language`]: kana, Hangul or Han by their
//! share; within Cyrillic or Latin, the letters only one language writes
//! ([`Spelling`]) or, in Latin, the function words of one language
//! ([`FunctionWords`]) where they leave no doubt, else [`whatlang`] among that
//! script's languages).

use super::function_words::FunctionWords;
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
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Scripts {
    pub(super) latin: usize,
    pub(super) cyrillic: usize,
    pub(super) kana: usize,
    pub(super) han: usize,
    pub(super) hangul: usize,
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
            let sample = prefix(LANGUAGE_SAMPLE_CHARS);
            Spelling::of(sample).cyrillic().unwrap_or_else(|| {
                within(sample, &[whatlang::Lang::Rus, whatlang::Lang::Ukr]).unwrap_or(Language::Ru)
            })
        } else {
            let sample = prefix(LANGUAGE_SAMPLE_CHARS);
            let latin_languages = [
                whatlang::Lang::Eng,
                whatlang::Lang::Spa,
                whatlang::Lang::Vie,
                whatlang::Lang::Tgl,
            ];
            Spelling::of(sample)
                .vietnamese()
                .or_else(|| FunctionWords::of(sample).language())
                .unwrap_or_else(|| within(sample, &latin_languages).unwrap_or(Language::En))
        }
    }
}

/// Letters that only one language of a script writes, in the sample that
/// [`whatlang`] would read: where they leave no doubt, they decide at once,
/// and the trigram model (the costly part of detection) is not asked.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Spelling {
    /// ы, э, ъ, ё: Russian, never Ukrainian.
    russian: usize,
    /// і, ї, є, ґ: Ukrainian, never Russian.
    ukrainian: usize,
    /// ư, ơ, đ, ă and the letters with a dot below or a hook above (ạ, ả,
    /// ấ, …): Vietnamese.
    vietnamese: usize,
    /// All Latin letters.
    latin: usize,
}

impl Spelling {
    /// Counts the letters of `sample`.
    fn of(sample: &str) -> Spelling {
        let mut count = Spelling::default();
        for c in sample.chars() {
            match c {
                'a'..='z' | 'A'..='Z' => count.latin += 1,
                'ы' | 'Ы' | 'э' | 'Э' | 'ъ' | 'Ъ' | 'ё' | 'Ё' => count.russian += 1,
                'і' | 'І' | 'ї' | 'Ї' | 'є' | 'Є' | 'ґ' | 'Ґ' => count.ukrainian += 1,
                'ư' | 'Ư' | 'ơ' | 'Ơ' | 'đ' | 'Đ' | 'ă' | 'Ă' | '\u{1EA0}'..='\u{1EF9}' => {
                    count.latin += 1;
                    count.vietnamese += 1;
                }
                '\u{00C0}'..='\u{024F}' => count.latin += 1,
                _ => {}
            }
        }
        count
    }

    /// Russian or Ukrainian, when the sample has three letters of one and
    /// none of the other.
    fn cyrillic(self) -> Option<Language> {
        match (self.russian, self.ukrainian) {
            (r, 0) if r >= 3 => Some(Language::Ru),
            (0, u) if u >= 3 => Some(Language::Uk),
            _ => None,
        }
    }

    /// Vietnamese, when one Latin letter in ten or more is one only
    /// Vietnamese writes (a few names in Vietnamese, "Trường Sa", in an
    /// English text stay far below).
    fn vietnamese(self) -> Option<Language> {
        (self.vietnamese >= 5 && self.vietnamese * 10 >= self.latin).then_some(Language::Vi)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(text: &str) -> &str {
        let end = text
            .char_indices()
            .nth(LANGUAGE_SAMPLE_CHARS)
            .map_or(text.len(), |(at, _)| at);
        &text[..end]
    }

    #[test]
    fn letters_only_one_language_writes_decide() {
        let ru = Spelling::of("Министр посетил Кунашир и Итуруп, где объявил о новых объектах.");
        assert_eq!(ru.cyrillic(), Some(Language::Ru));
        let uk = Spelling::of("Міністр відвідав Крим і заявив, що Україна поверне півострів.");
        assert_eq!(uk.cyrillic(), Some(Language::Uk));
        // Both, or too few: whatlang decides.
        assert_eq!(Spelling::of("Київ і Москва: объявил").cyrillic(), None);
        assert_eq!(Spelling::of("Ялта").cyrillic(), None);
        let vi =
            Spelling::of("Bộ Ngoại giao phản đối việc tàu Trung Quốc đâm chìm tàu cá ở Hoàng Sa.");
        assert_eq!(vi.vietnamese(), Some(Language::Vi));
        let en = Spelling::of(
            "Vietnam protested after a Chinese ship sank a fishing boat near Hoàng Sa, which \
             Vietnam calls the Paracels, and Trường Sa, the Spratlys, in the South China Sea.",
        );
        assert_eq!(en.vietnamese(), None);
    }

    /// Where the spelling or the function words decide, they decide as whatlang does, on every
    /// article of the fixtures.
    #[test]
    fn spelling_and_function_words_agree_with_whatlang_on_the_articles() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/articles");
        let (mut decided, mut by_function_words) = (0, 0);
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            // Articles in legacy encodings are read by `ingest`, not here.
            let Ok(text) = String::from_utf8(std::fs::read(&path).unwrap()) else {
                continue;
            };
            let sample = sample(&text);
            let spelling = Spelling::of(sample);
            if let Some(language) = spelling.cyrillic() {
                let whatlang = within(sample, &[whatlang::Lang::Rus, whatlang::Lang::Ukr]);
                assert_eq!(Some(language), whatlang, "{}", path.display());
                decided += 1;
            }
            let function_words = FunctionWords::of(sample).language();
            by_function_words += usize::from(function_words.is_some());
            if let Some(language) = spelling.vietnamese().or(function_words) {
                let all = [
                    whatlang::Lang::Eng,
                    whatlang::Lang::Spa,
                    whatlang::Lang::Vie,
                    whatlang::Lang::Tgl,
                ];
                assert_eq!(Some(language), within(sample, &all), "{}", path.display());
                decided += 1;
            }
        }
        assert!(
            decided >= 20,
            "only {decided} articles decided by their spelling"
        );
        assert!(
            by_function_words >= 40,
            "only {by_function_words} articles decided by their function words"
        );
    }
}
