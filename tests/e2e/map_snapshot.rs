//! The map's last view across a restart (issues 13 and 15), in the real app:
//! the first run keeps the settled map's picture and labels in the data
//! folder, and the next start shows that picture, loaded through the app's
//! `map-snapshot` scheme, before MapLibre draws. The browser tests cannot
//! catch a page that refuses the scheme (their mock serves `data:` URLs): a
//! content security policy without it kept the picture from ever loading in
//! session 25.

use super::*;

/// The folder inside the data folder that holds the snapshot
/// (`src-tauri/src/map_snapshot.rs`).
const SNAPSHOT_FOLDER: &str = "map-snapshot";

/// The kept picture's file name in `folder`, once there is a view that names one.
fn kept_picture(folder: &Path) -> Option<String> {
    let view = std::fs::read(folder.join("view.json")).ok()?;
    let view: Value = serde_json::from_slice(&view).ok()?;
    let picture = view["picture"].as_str()?.to_string();
    folder.join(&picture).is_file().then_some(picture)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_app_shows_the_last_view_from_the_data_folder() {
    if !enabled() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_path_buf();
    let folder = dir.join(SNAPSHOT_FOLDER);

    // The first run: the map settles, and its view is kept.
    let first = App::launch_on(tempfile::tempdir().unwrap(), &dir, "body.is-ready").await;
    let kept_in = folder.clone();
    with_launched(first, |app| async move {
        app.wait_for_map().await;
        let picture = eventually(
            "the map's snapshot in the data folder",
            Duration::from_secs(30),
            || async { kept_picture(&kept_in) },
        )
        .await;
        let jpeg = std::fs::read(kept_in.join(&picture)).unwrap();
        assert!(jpeg.starts_with(&[0xFF, 0xD8, 0xFF]), "{picture} is a JPEG");
        let view: Value =
            serde_json::from_slice(&std::fs::read(kept_in.join("view.json")).unwrap()).unwrap();
        let places: Vec<&str> = view["view"]["labels"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|label| label["place"].as_str())
            .collect();
        assert!(places.contains(&"kunashir"), "the kept labels: {places:?}");
    })
    .await;

    // The second start shows the kept picture: the page marks `atlas:snapshot`
    // only once the picture, asked for from the app's scheme, has decoded and
    // is on screen (WebKit lists no custom scheme's loads among its resource
    // timings, so the mark is what tells).
    let second = App::launch_on(tempfile::tempdir().unwrap(), &dir, "body.is-ready").await;
    with_launched(second, |app| async move {
        let script = "return { shown: performance.getEntriesByName('atlas:snapshot').length, \
                      read: performance.getEntriesByName('atlas:snapshot-read').length }";
        let marks = eventually(
            "the kept picture to be shown",
            Duration::from_secs(10),
            || async {
                let marks = page_value(&app, script).await;
                (marks["shown"] == json!(1)).then_some(marks)
            },
        )
        .await;
        assert_eq!(marks["read"], json!(1), "{marks}");
        app.wait_for_map().await;
        app.screenshot("09-restart-with-the-last-view").await;
    })
    .await;
    // The second run leaves a view kept (its own, or the first one if it closed before settling).
    assert!(kept_picture(&folder).is_some(), "a view is still kept");
    drop(data);
}
