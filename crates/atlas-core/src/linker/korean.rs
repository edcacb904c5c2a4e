//! Korean names and what follows them: a pack's Korean name is a word of its
//! own when the Hangul after it, to the end of its word, is only particles and
//! copula endings (독도는, 독도에서는), or a noun that Korean writes with or
//! without a space after a place's name (독도방어훈련 as 독도 방어훈련, 독도인근 as
//! 독도 인근), and part of another word otherwise (독도법, 독도함, 독도경비대: a
//! unit's name). And a name's hanja gloss in brackets (다케시마(竹島), 석도(石島))
//! is the same name again: one mention, as a reader counts it.

use super::{is_han, Mention};
use crate::text::CLOSING_MARKS;

/// The nouns that follow a place's name in a compound written without a space
/// (독도방어훈련, 독도인근해역, 독도영유권): the drill, the waters, the airspace, the
/// surroundings, the claim, the issue, the visit or landing of the place. An
/// institution's or a unit's name (독도경비대, 독도박물관) is not the place.
const COMPOUND_HEADS: &[&str] = &[
    "방어훈련",
    "영유권",
    "훈련",
    "인근",
    "주변",
    "일대",
    "부근",
    "근해",
    "해역",
    "해상",
    "상공",
    "문제",
    "방문",
    "상륙",
    "수호",
    "도발",
];

/// Whether the Hangul that follows a Korean name up to the end of its word
/// leaves the name a word of its own: only particles and copula endings (`는`,
/// `에서`, `에서는`, `의`, `이다`), or one of the [`COMPOUND_HEADS`] and then
/// only those. 독도는, 독도에서 and 독도방어훈련을 are Dokdo; 독도법 and
/// 독도경비대 are not.
pub(super) fn ends_a_name(after: &str) -> bool {
    let word = &after[..after
        .char_indices()
        .find(|&(_, c)| !is_hangul(c))
        .map_or(after.len(), |(i, _)| i)];
    is_particle_run(word)
        || COMPOUND_HEADS.iter().any(|head| {
            word.strip_prefix(head)
                .is_some_and(|rest| rest.is_empty() || is_particle_run(rest))
        })
}

/// Drops the hanja gloss of a Hangul name: the same place named in Han
/// characters in brackets right after its Hangul name (다케시마(竹島), and
/// 다케시마(竹島·…) before a note; Yonhap writes 구나시리<國後>), or after the
/// quotation mark that closes it (‘다케시마’(竹島)). `mentions` are in text order. Two names of a
/// place in one script (女島（東島）) stay two mentions.
pub(super) fn drop_hanja_glosses(text: &str, mentions: &mut Vec<Mention>) {
    let glosses: Vec<usize> = mentions
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| is_hanja_gloss(text, &pair[0], &pair[1]))
        .map(|(i, _)| i + 1)
        .collect();
    // Rare (a gloss or two in an article): removed from the back.
    for i in glosses.into_iter().rev() {
        mentions.remove(i);
    }
}

/// Whether `gloss` is `name`'s hanja gloss (see [`drop_hanja_glosses`]).
fn is_hanja_gloss(text: &str, name: &Mention, gloss: &Mention) -> bool {
    gloss.feature == name.feature
        && name.text.chars().any(is_hangul)
        && name.text.chars().all(|c| is_hangul(c) || c == ' ')
        && gloss.text.chars().all(is_han)
        && name.byte_end <= gloss.byte_start
        && matches!(
            text[name.byte_end..gloss.byte_start]
                .trim()
                .trim_start_matches(CLOSING_MARKS),
            "(" | "（" | "<" | "＜" | "〈"
        )
}

/// Whether `word` (Hangul) is only particles and copula endings (`는`, `에서`,
/// `에서는`, `의`, `이다`), and not empty.
fn is_particle_run(word: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "에서는",
        "에서도",
        "으로는",
        "이라는",
        "이었다",
        "이라고",
        "에서의",
        "으로의",
        "에서",
        "에게",
        "에는",
        "에도",
        "으로",
        "로는",
        "까지",
        "부터",
        "처럼",
        "보다",
        "과의",
        "와의",
        "라는",
        "입니다",
        "이다",
        "이며",
        "이고",
        "였다",
        "만큼",
        "조차",
        "마저",
        "밖에",
        "이나",
        "라고",
        "로의",
        "은",
        "는",
        "이",
        "가",
        "을",
        "를",
        "의",
        "에",
        "와",
        "과",
        "도",
        "로",
        "만",
        "란",
        "뿐",
        "나",
        // 에서 contracted, as headlines write it: 남중국해서 ("in the South China Sea").
        "서",
        // The copula after a vowel: 서도다 ("is Seodo"), 독도며.
        "다",
        "며",
    ];
    let mut rest = word;
    while !rest.is_empty() {
        match PARTICLES.iter().find(|p| rest.starts_with(**p)) {
            Some(particle) => rest = &rest[particle.len()..],
            None => return false,
        }
    }
    !word.is_empty()
}

/// A Hangul syllable, jamo or compatibility jamo.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_copulas_and_compound_heads_end_a_name_other_hangul_does_not() {
        for after in [
            "는 ",
            "에서는",
            "에서도 ",
            "의",
            "이다.",
            "뿐",
            "조차",
            "만큼은",
            "방어훈련을 ",
            "인근",
            "영유권은",
            "서 ",
            "서도 ",
        ] {
            assert!(ends_a_name(after), "{after:?}");
        }
        for after in [
            "법",
            "함에서",
            "새우",
            "",
            " 는",
            "x는",
            "경비대가",
            "방어훈련소",
        ] {
            assert!(!ends_a_name(after), "{after:?}");
        }
    }
}
