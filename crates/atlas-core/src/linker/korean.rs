//! Korean names and the particles that follow them: a pack's Korean name is a
//! word of its own when the Hangul after it, to the end of its word, is only
//! particles and copula endings (독도는, 독도에서는), and part of another word
//! otherwise (독도법, 독도함).

/// Whether the Hangul that follows a Korean name up to the end of its word is
/// only particles and copula endings (`는`, `에서`, `에서는`, `의`, `이다`), so the
/// name is a word of its own: 독도는 and 독도에서 are Dokdo, 독도법 is not.
pub(super) fn is_particle_run(after: &str) -> bool {
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
    ];
    let word: String = after.chars().take_while(|c| is_hangul(*c)).collect();
    let mut rest = word.as_str();
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
    fn particles_and_copulas_end_a_name_other_hangul_does_not() {
        for after in [
            "는 ",
            "에서는",
            "에서도 ",
            "의",
            "이다.",
            "뿐",
            "조차",
            "만큼은",
        ] {
            assert!(is_particle_run(after), "{after:?}");
        }
        for after in ["법", "함에서", "새우", "", " 는", "x는"] {
            assert!(!is_particle_run(after), "{after:?}");
        }
    }
}
