//! A small seeded generator for the tests that hold a fast path to the code
//! it replaced, or an aggregate to a count, on random input: the same seed
//! gives the same inputs, so a failure can be replayed.

/// xorshift64* (Vigna, 2016): enough for test inputs, not for anything else.
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator whose sequence `seed` decides (any seed, zero too).
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (which must not be zero).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() >> 33) as usize % n
    }

    /// One of `items` (which must not be empty).
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
