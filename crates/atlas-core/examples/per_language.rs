#[path = "../benches/support/corpus.rs"]
mod corpus;
fn main() {
    let linker = atlas_core::linker::Linker::new(&atlas_core::gazetteer::Gazetteer::built_in());
    let articles = corpus::ten_language_articles(2000, 5 * 1024, 17);
    let published = chrono::NaiveDate::from_ymd_opt(2024, 9, 21);
    let mut by: std::collections::BTreeMap<String, (std::time::Duration, usize, usize)> =
        Default::default();
    for a in &articles {
        let lang = atlas_core::analysis::detect_language(a).code().to_string();
        let t = std::time::Instant::now();
        atlas_core::analysis::analyze(&linker, a, published);
        let e = by.entry(lang).or_default();
        e.0 += t.elapsed();
        e.1 += 1;
        e.2 += a.len();
    }
    for (l, (t, n, b)) in by {
        println!(
            "{l}: {n} articles, {:?}/article, {:.1} MB/s",
            t / n as u32,
            b as f64 / t.as_secs_f64() / 1e6
        );
    }
}
