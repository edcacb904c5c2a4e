//! Six disputes in the real app: the world view of Natural Earth's disputed
//! areas, the switcher through the six packs (labels, naming switch, timeline),
//! and articles in Chinese and Spanish dropped under their disputes.

use super::*;

/// The world view draws Natural Earth's 80 disputed areas and its Senkaku badge
/// enters the Senkakus; then the switcher moves through the six disputes: the
/// map's labels, the naming switch (the pack's usages) and the timeline's
/// events follow each. Screenshots of the world and of each dispute, named
/// with the theme the app shows (`GTK_THEME=Adwaita:dark` for the dark one).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_world_view_and_the_six_disputes() {
    if !enabled() {
        return;
    }
    with_app(world_and_disputes).await;
}

async fn world_and_disputes(app: App) {
    app.wait_for_map().await;
    let theme = app.theme().await;
    let switcher_name = || async {
        page_value(
            &app,
            "return document.querySelector('#dispute-switcher .switcher-name').textContent.trim()",
        )
        .await
    };

    // (a) The world: the disputed areas drawn, a badge per dispute.
    choose_dispute(&app, "world").await;
    eventually(
        "the world's 80 disputed areas",
        Duration::from_secs(20),
        || async {
            let n = page_value(
                &app,
                "return document.querySelector('#map').dataset.worldAreas || ''",
            )
            .await;
            (n == "80").then_some(())
        },
    )
    .await;
    let badges = page_value(
        &app,
        "return document.querySelectorAll('.world-badge').length",
    )
    .await;
    assert_eq!(badges, 6);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.screenshot(&format!("world-{theme}")).await;

    // (b) The Senkakus' badge enters the Senkakus.
    let (x, y) = app
        .visible_point_of(r#".world-badge[data-dispute="senkaku"]"#)
        .await;
    app.click_at(x, y).await;
    app.wait_for(
        r#".map-label[data-place="uotsuri-jima"]"#,
        Duration::from_secs(10),
    )
    .await;
    assert_eq!(switcher_name().await, "Senkaku Islands");
    let badges = page_value(
        &app,
        "return document.querySelectorAll('.world-badge').length",
    )
    .await;
    assert_eq!(badges, 0, "the world's badges are gone");

    // (c) Each dispute through the switcher.
    let disputes = app.invoke("list_disputes", json!({})).await;
    for dispute in disputes.as_array().unwrap() {
        let id = dispute["id"].as_str().unwrap();
        choose_dispute(&app, id).await;
        let map = app.invoke("get_pack", json!({ "id": id })).await;
        let places: Vec<String> = map["places"]["features"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["properties"]["id"].as_str().unwrap().to_string())
            .collect();
        // The map's labels are the dispute's places only.
        eventually(
            &format!("the labels of {id}"),
            Duration::from_secs(10),
            || async {
                let shown = page_value(
                    &app,
                    "return [...document.querySelectorAll('.map-label')].map(e => e.dataset.place)",
                )
                .await;
                let shown: Vec<String> = serde_json::from_value(shown).unwrap();
                (!shown.is_empty() && shown.iter().all(|p| places.contains(p))).then_some(())
            },
        )
        .await;
        // The naming switch offers both (all) sides, then each usage of the pack.
        let titles = page_value(
            &app,
            "return [...document.querySelectorAll('.topbar .segmented .seg')].map(e => e.title)",
        )
        .await;
        let titles: Vec<String> = serde_json::from_value(titles).unwrap();
        let usages: Vec<String> = dispute["usages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| format!("Names in {}", u["label"].as_str().unwrap()))
            .collect();
        assert_eq!(titles[1..], usages[..], "{id}'s naming switch");
        // The timeline holds the dispute's events: every row shown is at one of its places.
        let rows = eventually(&format!("{id}'s events in the list"), Duration::from_secs(10), || async {
            let rows = page_value(&app, "return [...document.querySelectorAll('.event-list [data-event]')].map(e => e.dataset.event)").await;
            rows.as_array().is_some_and(|r| !r.is_empty()).then_some(rows)
        })
        .await;
        let events = app.invoke("event_details", json!({ "ids": rows })).await;
        for e in events.as_array().unwrap() {
            let at: Vec<String> = serde_json::from_value(e["places"].clone()).unwrap();
            assert!(at.iter().any(|p| places.contains(p)), "{id}: {e}");
        }
        tokio::time::sleep(Duration::from_millis(1400)).await;
        app.screenshot(&format!("dispute-{id}-{theme}")).await;
    }
    assert_eq!(switcher_name().await, "Falkland Islands");
}

/// A real X drag of a Chinese and a Spanish article: each goes under its
/// dispute (the Senkakus, the Falklands), whose switcher count moves, and
/// its reader highlights the mentions.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chinese_and_a_spanish_article_go_under_their_disputes() {
    if !enabled() {
        return;
    }
    with_app(chinese_and_spanish).await;
}

async fn chinese_and_spanish(app: App) {
    app.wait_for_map().await;
    let dir = Path::new(ROOT).join("tests/fixtures/articles");
    let zh = dir.join("zh-senkaku-h13-xinhua-ccg-patrol.txt");
    let es = dir.join("es-falklands-h13-cancilleria-2-de-abril.txt");
    drag_files_onto(&[&zh, &es], (640, 400)).await;
    eventually(
        "both articles to be imported",
        Duration::from_secs(30),
        || async {
            let list = app.invoke("list_articles", json!({})).await;
            (list.as_array().map_or(0, Vec::len) == 2).then_some(())
        },
    )
    .await;
    app.client
        .execute(
            "document.querySelector('[aria-label=\"Close import report\"]')?.click();",
            vec![],
        )
        .await
        .unwrap();
    for (id, language, name) in [("senkaku", "zh", "钓鱼岛"), ("falklands", "es", "Malvinas")] {
        choose_dispute(&app, id).await;
        // The switcher counts the article under its dispute.
        eventually(&format!("{id}'s count in the switcher"), Duration::from_secs(10), || async {
            let n = page_value(&app, "return document.querySelector('#dispute-switcher .switcher-count').textContent").await;
            (n == "1").then_some(())
        })
        .await;
        // Its events are on the dispute's timeline: the first one opens the reader.
        let row = ".event-list .ev-row--article";
        app.wait_for(row, Duration::from_secs(10)).await;
        let (x, y) = app.visible_point_of(row).await;
        app.click_at(x, y).await;
        let reader = format!(r#".reader .reader-text[lang="{language}"] mark"#);
        app.wait_for(&reader, Duration::from_secs(10)).await;
        let marks = page_value(
            &app,
            &format!("return [...document.querySelectorAll('{reader}')].map(m => m.textContent)"),
        )
        .await;
        let marks: Vec<String> = serde_json::from_value(marks).unwrap();
        assert!(marks.iter().any(|m| m.contains(name)), "{id}: {marks:?}");
        tokio::time::sleep(Duration::from_millis(1200)).await;
        app.screenshot(&format!("dropped-{language}-under-{id}"))
            .await;
        app.client
            .execute(
                "document.querySelector('[aria-label=\"Close panel\"]')?.click();",
                vec![],
            )
            .await
            .unwrap();
    }
}
