//! Shared by the crash-safety, concurrency and library-fault tests: seeded,
//! distinct article texts that mention places and dates, and a library's titles.

#![allow(dead_code)]

use chrono::NaiveDate;

/// xorshift64*: small, seeded, good enough to vary texts and kill points.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PLACES: &[&str] = &[
    "Kunashir",
    "Iturup",
    "Shikotan",
    "the Habomai islands",
    "the southern Kuril Islands",
    "Etorofu",
    "Yuzhno-Kurilsk",
];
const SUBJECTS: &[&str] = &[
    "A Russian delegation",
    "Japanese officials",
    "Fishermen from Hokkaido",
    "The regional governor",
    "A group of former residents",
    "Border guards",
];
const VERBS: &[&str] = &[
    "visited",
    "discussed the future of",
    "held talks about",
    "inspected new facilities on",
    "travelled to",
];
const WHEN: &[&str] = &[
    "in 1956",
    "on November 1, 2010",
    "last year",
    "on Monday",
    "in August 2015",
    "in the spring",
];
const FILLER: &[&str] = &[
    "The talks were described as useful by both sides.",
    "Weather delayed the ferry by several hours.",
    "Local residents said little had changed in recent years.",
    "Observers expect further meetings before the end of the season.",
    "No agreement on the main question was reached.",
];

/// Article `i`: distinct (its number is in the title and body), 2–5 KB,
/// mentioning places and dates, with a publication date.
pub fn article(i: usize, rng: &mut Rng) -> String {
    let published = NaiveDate::from_ymd_opt(
        2010 + (i % 12) as i32,
        1 + (i % 12) as u32,
        1 + (i % 28) as u32,
    )
    .unwrap();
    let mut text = format!(
        "Report {i} from {}\nPublished: {}\n\n",
        rng.pick(PLACES),
        published.format("%-d %B %Y")
    );
    let target = 2_000 + rng.below(3_000);
    let mut n = 0;
    while text.len() < target {
        if n % 4 == 3 {
            text.push_str("\n\n");
        }
        text.push_str(&format!(
            "{} {} {} {} (note {i}.{n}). {} ",
            rng.pick(SUBJECTS),
            rng.pick(VERBS),
            rng.pick(PLACES),
            rng.pick(WHEN),
            rng.pick(FILLER)
        ));
        n += 1;
    }
    text.push('\n');
    text
}

/// The titles of the articles in `atlas`, sorted: what a library holds, to
/// compare before and after a fault.
pub fn sorted_titles(atlas: &atlas_core::Atlas) -> Vec<String> {
    let mut titles: Vec<String> = atlas
        .articles()
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect();
    titles.sort();
    titles
}
