//! Common words as evidence of a language in Latin text: how many of the
//! Spanish, Vietnamese and Filipino words common in any text of theirs (and
//! rare in English) a text holds ([`common_words`]), looked up run by run of
//! letters in a hash table without collisions ([`CommonWords`]).

use std::sync::LazyLock;

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
pub(super) fn common_words(text: &str) -> (usize, usize, usize) {
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
    use aho_corasick::AhoCorasick;

    use super::*;
    use crate::language::tests::random_texts;

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
}
