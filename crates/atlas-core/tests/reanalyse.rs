//! Re-analysing a library with changed packs keeps the user's corrections.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use atlas_core::atlas::ImportOptions;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::Atlas;
use chrono::NaiveDate;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

#[test]
fn corrections_survive_reanalysis_with_more_packs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    let kuril_article;
    let (relinked, unlinked, corrected_event);
    {
        // A library made when only the Kuril pack was in use.
        let atlas = Atlas::open(Gazetteer::kuril(), &path).unwrap();
        let options = ImportOptions {
            published: NaiveDate::from_ymd_opt(2015, 9, 21),
            imported_at: "2026-12-05T00:00:00Z".parse().unwrap(),
            max_files: 10,
        };
        let files = [
            fixture("lavrov-kishida-kuril-islands.txt"),
            fixture("export/cjk-rtl.txt"),
        ];
        assert_eq!(atlas.import(&files, options, &mut |_| {}).imported, 2);
        let articles = atlas.articles().unwrap();
        let senkaku = articles
            .iter()
            .find(|a| a.title.starts_with("钓鱼岛"))
            .unwrap();
        assert_eq!(senkaku.mention_count, 0, "no Senkaku pack yet");
        kuril_article = articles.iter().find(|a| a.mention_count > 0).unwrap().id;
        let detail = atlas.article(kuril_article).unwrap();
        relinked = detail.mentions[0].clone();
        unlinked = detail.mentions[1].clone();
        atlas
            .correct_mention(kuril_article, relinked.start, Some("shikotan"))
            .unwrap();
        atlas
            .correct_mention(kuril_article, unlinked.start, None)
            .unwrap();
        // A mention's correction extracts the article's events again: new ids.
        corrected_event = atlas.article(kuril_article).unwrap().events[0]
            .summary
            .id
            .clone();
        atlas
            .correct_event_date(&corrected_event, "1999-09-09".parse().unwrap())
            .unwrap();
    }

    // The app updated: six packs.
    let atlas = Atlas::open(Gazetteer::built_in(), &path).unwrap();
    let stop = AtomicBool::new(false);
    let mut progress = Vec::new();
    let summary = atlas
        .reanalyse(&stop, &mut |done, total| progress.push((done, total)))
        .unwrap();
    assert_eq!(
        (summary.articles, summary.total, summary.stopped),
        (2, 2, false)
    );
    assert_eq!(progress, [(1, 2), (2, 2)]);
    assert_eq!(summary.stale_corrections, []);

    let articles = atlas.articles().unwrap();
    let senkaku = articles
        .iter()
        .find(|a| a.title.starts_with("钓鱼岛"))
        .unwrap();
    assert!(senkaku.mention_count > 0, "the new pack links it");
    let detail = atlas.article(kuril_article).unwrap();
    let at = |start: usize| detail.mentions.iter().find(|m| m.start == start);
    let relinked_now = at(relinked.start).expect("the relinked mention");
    assert_eq!(relinked_now.feature, "shikotan");
    assert!(relinked_now.corrected);
    assert!(at(unlinked.start).is_none(), "still unlinked");
    assert!(
        detail.events.iter().any(|e| e.summary.date == "1999-09-09"),
        "the corrected date"
    );
}

#[test]
fn a_stopped_reanalysis_changes_nothing_more() {
    let dir = tempfile::tempdir().unwrap();
    let atlas = Atlas::open(Gazetteer::built_in(), &dir.path().join("library.sqlite3")).unwrap();
    let options = ImportOptions {
        published: None,
        imported_at: "2026-12-05T00:00:00Z".parse().unwrap(),
        max_files: 10,
    };
    atlas.import(
        &[fixture("lavrov-kishida-kuril-islands.txt")],
        options,
        &mut |_| {},
    );
    let stop = AtomicBool::new(true);
    let summary = atlas
        .reanalyse(&stop, &mut |_, _| panic!("no article"))
        .unwrap();
    assert_eq!(
        (summary.articles, summary.total, summary.stopped),
        (0, 1, true)
    );
}
