//! Whether a character is a letter (`char::is_alphabetic`), looked up in a
//! table for the Basic Multilingual Plane.
//!
//! The standard library answers for characters beyond ASCII by a search in
//! its compressed Unicode tables, about 250 instructions a character: the
//! event filters, which ask it of every character of a dateline candidate,
//! spent a third of their time there. The table (8 KB, one bit a character)
//! is built from `char::is_alphabetic` itself when first used, so the answers
//! are the same.

use std::sync::LazyLock;

/// One bit per character of U+0000–U+FFFF: whether it is alphabetic.
static BMP_LETTERS: LazyLock<Box<[u64; 1024]>> = LazyLock::new(|| {
    let mut bits = Box::new([0u64; 1024]);
    for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
        if c.is_alphabetic() {
            let i = c as usize;
            bits[i / 64] |= 1 << (i % 64);
        }
    }
    bits
});

/// Whether `c` is alphabetic: the same answer as [`char::is_alphabetic`].
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    let i = c as usize;
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if i <= 0xFFFF {
        BMP_LETTERS[i / 64] & (1 << (i % 64)) != 0
    } else {
        c.is_alphabetic()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_as_the_standard_library() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", u32::from(c));
        }
    }
}
