//! A deterministic generated news-like corpus (about one sentence in four names a place) in English, Russian and Japanese,
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
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// One element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next_u64() % items.len() as u64) as usize]
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
    "Both governments described the meeting as frank and constructive.",
    "The talks covered trade, energy and fisheries quotas for the coming season.",
    "Opposition lawmakers criticised the cabinet for its handling of the issue.",
    "The spokesperson declined to comment on the reports at a regular briefing.",
    "Public opinion polls show broad support for continued negotiations.",
    "Exports of seafood fell sharply after new inspection rules were introduced.",
    "The delegation is expected to return to the capital later this week.",
    "Diplomats from both countries met for several hours behind closed doors.",
    "Officials said the schedule had not yet been finalised by either side.",
    "The newspaper cited unnamed sources familiar with the preparations.",
    "Economists warned that higher energy prices could slow the recovery.",
    "The ministry issued a statement expressing regret over the decision.",
    "Local residents said that ferry services were suspended due to storms.",
    "Several experts argued that a compromise remained possible in principle.",
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
    "Министерство выразило сожаление в связи с этим решением.",
    "Эксперты считают, что компромисс в принципе возможен.",
    "Стороны провели переговоры за закрытыми дверями.",
    "Цены на энергоносители продолжают расти.",
    "Представитель ведомства отказался от комментариев.",
    "Делегация вернётся в столицу в конце недели.",
    "Опрос показал поддержку продолжения переговоров.",
    "Паромное сообщение было приостановлено из-за шторма.",
];
const JA: &[&str] = &[
    "北方領土の元島民らが根室市で集会を開いた。",
    "首相は14日、国後島と択捉島の問題について述べた。",
    "1956年の日ソ共同宣言は色丹島と歯舞群島の引き渡しを定めた。",
    "政府は来年度の予算案をまとめた。",
    "千島列島の周辺で地震が観測された。",
    "北方四島への墓参は2022年から中断している。",
    "外務省は声明を発表し、遺憾の意を表明した。",
    "両国の外交官は数時間にわたって協議した。",
    "専門家は妥協の余地があると指摘した。",
    "エネルギー価格の上昇が景気回復を遅らせる恐れがある。",
    "報道官は定例会見でコメントを控えた。",
    "悪天候のためフェリーの運航が停止された。",
];

const ZH: &[&str] = &[
    "中国海警舰艇编队11日在钓鱼岛领海巡航。",
    "外交部发言人表示，南海诸岛是中国固有领土。",
    "去年8月，菲律宾船只在仁爱礁附近活动。",
    "政府将于明年发布新的经济计划。",
    "市场对央行的决定反应平淡。",
    "双方外交官举行了长时间会谈。",
    "海巡署稱釣魚臺列嶼昨天有大陸船隻出現。",
    "专家认为，妥协在原则上仍有可能。",
];
const KO: &[&str] = &[
    "외교부는 지난 3일 일본 정부에 독도 영유권 주장을 항의했다.",
    "정부는 2024년 9월 11일 독도에서 해양 조사를 실시했다.",
    "전문가들은 양국 관계가 개선될 것이라고 전망했다.",
    "중앙은행은 기준금리를 동결했다.",
    "대변인은 정례 브리핑에서 언급을 피했다.",
    "기상청은 이번 주 강한 비가 내릴 것이라고 예보했다.",
];
const UK: &[&str] = &[
    "У вівторок вибухи пролунали у Криму та в Севастополі.",
    "Росія окупувала Кримський півострів у 2014 році.",
    "Рух Кримським мостом було тимчасово перекрито.",
    "Міністр закордонних справ заявив про нові санкції.",
    "Уряд обговорив бюджет на наступний рік.",
    "Експерти вважають, що компроміс у принципі можливий.",
];
const ES: &[&str] = &[
    "El canciller reafirmó los derechos argentinos sobre las Islas Malvinas.",
    "El 2 de abril de 1982 las tropas desembarcaron en Puerto Argentino.",
    "El pasado martes el gobierno británico anunció ejercicios militares.",
    "Los mercados reaccionaron con calma a la decisión del banco central.",
    "La delegación regresará a la capital a finales de la semana.",
    "Los expertos creen que un acuerdo sigue siendo posible.",
];
const VI: &[&str] = &[
    "Việt Nam khẳng định chủ quyền đối với quần đảo Hoàng Sa và Trường Sa.",
    "Ngày 11 tháng 9 năm 2024, tàu Trung Quốc xuất hiện tại Biển Đông.",
    "Năm ngoái, ngư dân Việt Nam bị xua đuổi gần đá Vành Khăn.",
    "Ngân hàng trung ương giữ nguyên lãi suất.",
    "Các nhà ngoại giao hai nước đã hội đàm trong nhiều giờ.",
];
const FIL: &[&str] = &[
    "Noong Lunes, hinarang ng China Coast Guard ang resupply mission sa Ayungin Shoal.",
    "Ayon sa DFA, bahagi ng West Philippine Sea ang Bajo de Masinloc.",
    "Sinabi ng tagapagsalita na magpapatuloy ang pag-uusap sa susunod na buwan.",
    "Tumaas ang presyo ng bigas sa mga pamilihan.",
    "Nagpulong ang mga diplomat ng dalawang bansa nang ilang oras.",
];

/// About `bytes` bytes of text: paragraphs of mixed-language sentences.
pub fn corpus(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(bytes + 1024);
    while text.len() < bytes {
        let lang = match rng.next_u64() % 10 {
            0..=5 => EN,
            6..=7 => RU,
            _ => JA,
        };
        for _ in 0..(3 + rng.next_u64() % 5) {
            text.push_str(rng.pick(lang));
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    text
}

/// About `bytes` bytes of text in the ten languages of the packs, a paragraph
/// at a time, with the places of all six disputes (English about a third).
#[allow(dead_code)]
pub fn ten_languages(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(bytes + 1024);
    while text.len() < bytes {
        let lang = match rng.next_u64() % 12 {
            0..=3 => EN,
            4 => RU,
            5 => JA,
            6 => ZH,
            7 => KO,
            8 => UK,
            9 => ES,
            10 => VI,
            _ => FIL,
        };
        for _ in 0..(3 + rng.next_u64() % 5) {
            text.push_str(rng.pick(lang));
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    text
}

/// `count` articles of about `bytes` bytes each, each in one of the ten
/// languages (as articles are).
#[allow(dead_code)]
pub fn ten_language_articles(count: usize, bytes: usize, seed: u64) -> Vec<String> {
    let languages = [EN, EN, EN, RU, JA, ZH, KO, UK, ES, VI, FIL];
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|_| {
            let lang = languages[(rng.next_u64() % languages.len() as u64) as usize];
            let mut text = String::with_capacity(bytes + 256);
            while text.len() < bytes {
                for _ in 0..(3 + rng.next_u64() % 5) {
                    text.push_str(rng.pick(lang));
                    text.push(' ');
                }
                text.push_str("\n\n");
            }
            text
        })
        .collect()
}

/// `count` articles of about `bytes` bytes each.
#[allow(dead_code)]
pub fn articles(count: usize, bytes: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..count).map(|_| corpus(bytes, rng.next_u64())).collect()
}

/// The sentences of one language (`en`, `ru`, `ja`, `zh`, `ko`, `uk`, `es`,
/// `vi` or `fil`; English for any other code).
#[allow(dead_code)]
pub fn sentences(language: &str) -> &'static [&'static str] {
    match language {
        "ru" => RU,
        "ja" => JA,
        "zh" => ZH,
        "ko" => KO,
        "uk" => UK,
        "es" => ES,
        "vi" => VI,
        "fil" => FIL,
        _ => EN,
    }
}
