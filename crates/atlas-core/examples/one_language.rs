#[path = "../benches/support/corpus.rs"]
mod corpus;
fn main() {
    let want = std::env::args().nth(1).unwrap();
    let linker = atlas_core::linker::Linker::new(&atlas_core::gazetteer::Gazetteer::built_in());
    let articles: Vec<String> = corpus::ten_language_articles(2000, 5 * 1024, 17)
        .into_iter()
        .filter(|a| atlas_core::analysis::detect_language(a).code() == want)
        .collect();
    let published = chrono::NaiveDate::from_ymd_opt(2024, 9, 21);
    let t = std::time::Instant::now();
    for _ in 0..60 {
        for a in &articles {
            atlas_core::analysis::analyze(&linker, a, published);
        }
    }
    println!(
        "{want}: {:?}/article",
        t.elapsed() / (60 * articles.len() as u32)
    );
}
