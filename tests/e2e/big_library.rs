//! The real app on a big library (issue 15: a million articles): it opens a
//! dispute, narrows the timeline, opens an island and searches, timing each
//! from the input to its result on screen and taking a screenshot of each.
//! Ignored by default (it needs a library built beforehand:
//! `tests/bench/big_library.sh LIBRARY_DIR` runs it); the library is opened
//! where it is and only read.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::json;

use super::{choose_dispute, enabled, page_value, with_launched, App};

/// Waits until the page's `condition` (a JavaScript expression) holds; returns how long it took from `since`.
async fn until(app: &App, what: &str, condition: &str, since: Instant) -> Duration {
    let script = format!("return !!({condition})");
    let deadline = Instant::now() + Duration::from_secs(60);
    while page_value(app, &script).await != json!(true) {
        if Instant::now() > deadline {
            // What the page shows instead, to tell a slow answer from a wrong one.
            let seen = page_value(
                app,
                "return { summary: document.querySelector('.tl-summary')?.textContent, \
                 from: document.querySelector('#tl-from')?.value, to: document.querySelector('#tl-to')?.value, \
                 rows: [...document.querySelectorAll('.event-list .ev-row .ev-date')].slice(0, 12).map(e => e.textContent), \
                 panel: document.querySelector('.place-panel h2')?.textContent }",
            )
            .await;
            app.screenshot("big-library-timed-out").await;
            panic!("timed out after 60 s waiting for {what}; the page shows {seen}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    since.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs ATLAS_BIG_LIBRARY, a library built beforehand (tests/bench/big_library.sh)"]
async fn a_big_library_opens_a_dispute_narrows_the_years_opens_an_island_and_searches() {
    if !enabled() {
        return;
    }
    let dir = PathBuf::from(
        std::env::var("ATLAS_BIG_LIBRARY")
            .expect("ATLAS_BIG_LIBRARY: a folder holding library.sqlite3"),
    );
    assert!(
        dir.join("library.sqlite3").is_file(),
        "{}: no library.sqlite3",
        dir.display()
    );
    let started = Instant::now();
    let app = App::launch_on(tempfile::tempdir().unwrap(), &dir, "body.is-ready").await;
    println!(
        "big library: the map interactive {:.0?} after asking for the session",
        started.elapsed()
    );
    with_launched(app, |app| async move {
        app.wait_for_map().await;
        let theme = app.theme().await;
        let summary = page_value(&app, "return document.querySelector('.tl-summary').textContent").await;
        println!("big library: the Kurils' timeline says {summary}");
        app.screenshot(&format!("big-library-kurils-{theme}")).await;

        // A dispute: its labels and its timeline.
        let t = Instant::now();
        choose_dispute(&app, "south-china-sea").await;
        let took = until(
            &app,
            "the South China Sea's labels and histogram",
            r#"document.querySelector('.map-label[data-place="itu-aba"]') && document.querySelector('.tl-bars--active rect')"#,
            t,
        )
        .await;
        println!("big library: the South China Sea shown in {took:.0?}");
        tokio::time::sleep(Duration::from_millis(1500)).await;
        app.screenshot(&format!("big-library-south-china-sea-{theme}")).await;

        // What the page asks, each alone (its own IPC round trip included).
        for (cmd, args) in [
            ("dispute_histogram", json!({"dispute": "south-china-sea"})),
            ("map_counts", json!({"dispute": "south-china-sea", "from": 2010, "to": 2015})),
            ("timeline_page", json!({"dispute": "south-china-sea", "from": 2010, "to": 2015, "offset": 0, "limit": 100})),
            ("timeline_page", json!({"dispute": "south-china-sea", "from": 2010, "to": 2015, "offset": 50000, "limit": 100})),
            ("coverage", json!({"of": {"pack": "south-china-sea"}, "period": "month", "split": "source"})),
            ("coverage", json!({"of": {"place": "itu-aba"}, "period": "year", "split": "language"})),
        ] {
            let t = Instant::now();
            app.invoke(cmd, args.clone()).await;
            println!("big library: {cmd} {args} answered in {:.0?}", t.elapsed());
        }

        // The years 2010 to 2015: the list and the counts follow.
        let t = Instant::now();
        for (id, year) in [("tl-from", "2010"), ("tl-to", "2015")] {
            let input = app.wait_for(&format!("#{id}"), Duration::from_secs(5)).await;
            input.clear().await.unwrap();
            input.send_keys(&format!("{year}\u{E007}")).await.unwrap();
        }
        let took = until(
            &app,
            "the event list to show 2010-2015",
            "(() => { const d = [...document.querySelectorAll('.event-list .ev-row .ev-date')].map(e => e.textContent); return d.length > 0 && d.every(t => /201[0-5]/.test(t)); })()",
            t,
        )
        .await;
        let summary = page_value(&app, "return document.querySelector('.tl-summary').textContent").await;
        println!("big library: 2010-2015 typed and the list shown in {took:.0?} ({summary})");
        app.screenshot(&format!("big-library-2010-2015-{theme}")).await;

        // An island: its panel with the first page of excerpts.
        let t = Instant::now();
        app.client
            .execute(r#"document.querySelector('.map-label[data-place="itu-aba"]').click()"#, vec![])
            .await
            .unwrap();
        let took = until(&app, "Itu Aba's excerpts", "document.querySelector('.place-panel .excerpt-card')", t).await;
        println!("big library: Itu Aba's panel with excerpts in {took:.0?}");
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.screenshot(&format!("big-library-itu-aba-{theme}")).await;

        // A search for a common word.
        let t = Instant::now();
        let search = app.wait_for("#search", Duration::from_secs(5)).await;
        search.send_keys("delegation\u{E007}").await.unwrap();
        let took = until(&app, "the search's hits", "document.querySelector('.search-results .search-hit')", t).await;
        println!("big library: a search for \"delegation\" answered in {took:.0?}");
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.screenshot(&format!("big-library-search-{theme}")).await;
    })
    .await;
}
