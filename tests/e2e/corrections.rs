//! A person's corrections in the real app: a mention relinked from the
//! reader's menu (the map's badges and the place's excerpt follow) and undone,
//! an event's date typed (the timeline's extent follows), and a re-analysis of
//! the library that keeps them. Screenshots of the mention menu and the date
//! form, named with the theme the app shows.

use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::json;

use super::{enabled, eventually, page_value, text_of, with_app, App};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_and_an_event_date_are_corrected_undone_and_kept_through_reanalysis() {
    if !enabled() {
        return;
    }
    with_app(corrections).await;
}

/// The article count on a place's map badge ("" when none is shown).
async fn badge(app: &App, place: &str) -> String {
    let script = format!(
        r#"return document.querySelector('.map-label[data-place="{place}"] .badge')?.textContent ?? ''"#
    );
    page_value(app, &script).await.as_str().unwrap().to_string()
}

/// Clicks the element `css` where nothing covers it, once it stands still.
async fn click(app: &App, css: &str) {
    app.wait_for(css, Duration::from_secs(10)).await;
    let (x, y) = app.settled_point_of(css).await;
    app.click_at(x, y).await;
}

/// Focuses the element `css` and presses Enter on it (as a keyboard user does).
async fn press_enter_on(app: &App, css: &str) {
    let el = app.wait_for(css, Duration::from_secs(10)).await;
    let focused = app
        .client
        .execute(
            "arguments[0].focus(); return document.activeElement === arguments[0]",
            vec![serde_json::to_value(&el).unwrap()],
        )
        .await
        .unwrap();
    assert_eq!(focused, true, "{css} takes the focus");
    type_keys(app, &key(Key::Enter)).await;
}

/// The characters WebDriver sends for a key.
fn key(k: Key) -> String {
    char::from(k).to_string()
}

/// Types `text` into the focused element.
async fn type_keys(app: &App, text: &str) {
    let active = app.client.active_element().await.unwrap();
    active.send_keys(text).await.unwrap();
}

async fn corrections(app: App) {
    app.wait_for_map().await;
    let theme = app.theme().await;
    app.invoke("load_sample", json!({})).await;
    eventually("Kunashir's badge", Duration::from_secs(15), || async {
        (badge(&app, "kunashir").await == "1").then_some(())
    })
    .await;
    // The sample names Kunashir once: relinked to Habomai, Kunashir's badge goes to 0.

    // The reader: Enter on the first Kunashir opens its menu.
    click(&app, "#tab-library").await;
    click(&app, ".lib-open").await;
    let kunashir = r#".reader mark.hl[data-feature="kunashir"]"#;
    app.wait_for(kunashir, Duration::from_secs(10)).await;
    let start = page_value(
        &app,
        &format!("return Number(document.querySelector('{kunashir}').dataset.mention)"),
    )
    .await;
    press_enter_on(&app, kunashir).await;
    app.wait_for(".mention-menu .mention-menu-item", Duration::from_secs(5))
        .await;
    let focused = page_value(&app, "return document.activeElement.textContent").await;
    assert_eq!(focused, "Link to another place…");
    app.screenshot(&format!("corrections-mention-menu-{theme}"))
        .await;

    // Link to another place…: type, Enter.
    type_keys(&app, &key(Key::Enter)).await;
    app.wait_for(".mention-menu-search", Duration::from_secs(5))
        .await;
    type_keys(&app, "Habomai").await;
    app.screenshot(&format!("corrections-place-search-{theme}"))
        .await;
    type_keys(&app, &key(Key::Enter)).await;
    let corrected =
        format!(r#".reader mark.hl--corrected[data-mention="{start}"][data-feature="habomai"]"#);
    app.wait_for(&corrected, Duration::from_secs(10)).await;
    let focused_start = page_value(
        &app,
        "return Number(document.activeElement.dataset.mention)",
    )
    .await;
    assert_eq!(
        focused_start, start,
        "the focus stays on the corrected mention"
    );
    let title = page_value(
        &app,
        &format!("return document.querySelector('{corrected}').title"),
    )
    .await;
    assert!(
        title
            .as_str()
            .unwrap()
            .contains("a person’s correction in this library"),
        "{title}"
    );
    eventually("Kunashir's badge at 0", Duration::from_secs(10), || async {
        (badge(&app, "kunashir").await == "0").then_some(())
    })
    .await;

    // Habomai's excerpts now show the sample, its Kunashir marked as Habomai.
    click(&app, r#".map-label[data-place="habomai"]"#).await;
    let excerpt = r#".place-panel[data-place="habomai"] .excerpts mark[data-feature="habomai"]"#;
    app.wait_for(excerpt, Duration::from_secs(10)).await;
    assert_eq!(text_of(&app, excerpt).await, "Kunashir");
    app.screenshot(&format!("corrections-habomai-excerpt-{theme}"))
        .await;

    // Back to the reader (Esc), and undo from the menu.
    type_keys(&app, &key(Key::Escape)).await;
    press_enter_on(&app, &corrected).await;
    click(&app, ".mention-menu-undo").await;
    let back = format!(
        r#".reader mark.hl[data-mention="{start}"][data-feature="kunashir"]:not(.hl--corrected)"#
    );
    app.wait_for(&back, Duration::from_secs(10)).await;
    eventually(
        "Kunashir's badge back at 1",
        Duration::from_secs(10),
        || async { (badge(&app, "kunashir").await == "1").then_some(()) },
    )
    .await;

    // An event's date, typed: a wrong one is refused with a clear error, 2031-05 moves it.
    let row = ".reader-events li[data-event-id]";
    let event_id = page_value(
        &app,
        &format!("return document.querySelector('{row}').dataset.eventId"),
    )
    .await;
    let event_id = event_id.as_str().unwrap().to_string();
    let row = format!(r#".reader-events li[data-event-id="{event_id}"]"#);
    press_enter_on(&app, &format!("{row} .ev-date-btn")).await;
    app.wait_for(".event-date-input", Duration::from_secs(5))
        .await;
    page_value(
        &app,
        "document.querySelector('.event-date-input').select(); return null",
    )
    .await;
    type_keys(&app, "May 2031").await;
    type_keys(&app, &key(Key::Enter)).await;
    let error = ".event-date-form .error-note:not([hidden])";
    app.wait_for(error, Duration::from_secs(5)).await;
    assert!(text_of(&app, error)
        .await
        .contains("expected YYYY, YYYY-MM or YYYY-MM-DD"));
    app.screenshot(&format!("corrections-date-editor-{theme}"))
        .await;
    page_value(
        &app,
        "document.querySelector('.event-date-input').select(); return null",
    )
    .await;
    type_keys(&app, "2031-05").await;
    type_keys(&app, &key(Key::Enter)).await;
    app.wait_for(
        &format!("{row} .ev-flag--corrected"),
        Duration::from_secs(10),
    )
    .await;
    assert!(text_of(&app, &format!("{row} .ev-date"))
        .await
        .contains("May 2031"));
    eventually(
        "the timeline reaching 2031",
        Duration::from_secs(10),
        || async {
            let label = page_value(
                &app,
                "return document.querySelector('.tl-brush')?.getAttribute('aria-label') ?? ''",
            )
            .await;
            label.as_str().unwrap().ends_with("2031").then_some(())
        },
    )
    .await;

    // Another correction, "not a place" (the article's events are extracted
    // again, with new ids), then re-analyse: both are kept.
    let other = r#".reader mark.hl[data-feature]:not([data-feature="kunashir"])"#;
    let other_start = page_value(
        &app,
        &format!("return Number(document.querySelector('{other}').dataset.mention)"),
    )
    .await;
    press_enter_on(&app, other).await;
    click(&app, ".mention-menu-unlink").await;
    let unlinked = format!(r#".reader mark.hl--unlinked[data-mention="{other_start}"]"#);
    app.wait_for(&unlinked, Duration::from_secs(10)).await;

    type_keys(&app, &key(Key::Escape)).await;
    click(&app, ".reanalyse-start").await;
    eventually("the re-analysis", Duration::from_secs(30), || async {
        let status = text_of(&app, ".reanalyse-status").await;
        status
            .starts_with("Re-analysed 1 article")
            .then_some(status)
    })
    .await;
    assert!(text_of(&app, ".reanalyse-status")
        .await
        .contains("Every correction was kept"));
    app.screenshot(&format!("corrections-reanalysed-{theme}"))
        .await;
    click(&app, ".lib-open").await;
    app.wait_for(&unlinked, Duration::from_secs(10)).await;
    app.wait_for(
        ".reader-events .ev-flag--corrected",
        Duration::from_secs(10),
    )
    .await;
    assert!(text_of(&app, ".reader-events li:last-child .ev-date")
        .await
        .contains("May 2031"));
    let found = app
        .client
        .find_all(Locator::Css(
            ".reader mark.hl--corrected, .reader mark.hl--unlinked",
        ))
        .await
        .unwrap();
    assert_eq!(
        found.len(),
        1,
        "only the unlinked one is a mention correction"
    );
}
