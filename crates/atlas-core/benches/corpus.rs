//! A deterministic generated news-like corpus in English, Russian and Japanese,
//! shared by the benchmarks. Sentences are written for the benchmark; a seeded
//! xorshift picks and fills them, so every run sees the same text.

/// A small seeded xorshift64* generator.
pub struct Rng(u64);

impl Rng {
    /// A generator from a non-zero seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next number.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// One element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const EN: &[&str] = &[
    "The ministry said talks on a peace treaty would continue next month.",
    "Officials in Tokyo protested after the minister visited Kunashir on Monday.",
    "Former residents of the Northern Territories travelled to Etorofu in 2019.",
    "In 1945, Soviet troops landed on Shikotan and the Habomai islets.",
    "Fishing boats from Nemuro operate near the southern Kuril Islands.",
    "Analysts expect little progress before the summit in September.",
    "The governor of Sakhalin Oblast opened a new school in Yuzhno-Kurilsk.",
    "Markets were calm as investors waited for the central bank decision.",
    "The weather service warned of heavy snow across Hokkaido this week.",
    "A delegation discussed joint economic activities on the four islands.",
    "Scientists studied the Kuril-Kamchatka Trench and the Kuril Basin.",
    "The company reported higher profits in the third quarter of the year.",
];
const RU: &[&str] = &[
    "Министр посетил Кунашир и Итуруп в августе этого года.",
    "Япония претендует на Южные Курилы, называя их северными территориями.",
    "В 1956 году СССР согласился передать Шикотан и острова Хабомаи.",
    "Жители Курильских островов ждут новых рейсов из Южно-Сахалинска.",
    "Правительство обсудило бюджет на следующий год.",
    "На Малой Курильской гряде прошли учения.",
    "Погода на Сахалине остаётся холодной.",
    "Курильское озеро находится на Камчатке.",
];
const JA: &[&str] = &[
    "北方領土の元島民らが根室市で集会を開いた。",
    "首相は14日、国後島と択捉島の問題について述べた。",
    "1956年の日ソ共同宣言は色丹島と歯舞群島の引き渡しを定めた。",
    "政府は来年度の予算案をまとめた。",
    "千島列島の周辺で地震が観測された。",
    "北方四島への墓参は2022年から中断している。",
];

/// About `bytes` bytes of text: paragraphs of mixed-language sentences.
pub fn corpus(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(bytes + 1024);
    while text.len() < bytes {
        let lang = match rng.next() % 10 {
            0..=5 => EN,
            6..=7 => RU,
            _ => JA,
        };
        for _ in 0..(3 + rng.next() % 5) {
            text.push_str(rng.pick(lang));
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    text
}

/// `count` articles of about `bytes` bytes each.
#[allow(dead_code)]
pub fn articles(count: usize, bytes: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..count).map(|_| corpus(bytes, rng.next())).collect()
}
