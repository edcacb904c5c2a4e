//! A long import in the real app: a drop of 3,000 files cancelled (what is
//! stored stays, the rest is added by a second drop, each once), and the
//! interaction-latency benchmark during a 10,000-file import
//! (`tests/bench/latency.sh` runs it; ignored otherwise).

use super::*;

/// Writes `count` generated reports (invented test text, each different, each
/// naming Kuril islands with dated events) into the folder `dir`, about
/// `sentences` sentences long.
fn write_reports(dir: &Path, count: usize, sentences: usize) {
    const ISLANDS: [&str; 4] = ["Kunashir", "Iturup", "Shikotan", "the Habomai islets"];
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..count {
        let body: Vec<String> = (0..sentences)
            .map(|j| match j % 8 {
                0 => format!(
                    "In {}, a delegation visited {} (generated report {i}, item {j}).",
                    1950 + (i + j) % 70,
                    ISLANDS[(i + j) % 4]
                ),
                _ => {
                    format!("Item {j} of generated report {i} restates the position of both sides.")
                }
            })
            .collect();
        std::fs::write(
            dir.join(format!("report-{i:05}.txt")),
            format!("Generated report {i}\n\n{}", body.join(" ")),
        )
        .unwrap();
    }
}

/// `text` without the separators in its numbers ("1,795 articles" is "1795 articles").
fn without_digit_separators(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| {
            !(chars[i] == ','
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        })
        .map(|i| chars[i])
        .collect()
}

/// A real X drop of a folder of 3,000 reports, then Cancel in the import
/// report: the report says what was stored and what was not started, the
/// library holds exactly the stored articles, and a drop of the same folder
/// again adds the rest, each once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_import_is_cancelled_and_what_it_stored_stays() {
    if !enabled() {
        return;
    }
    const FILES: usize = 3_000;
    let inbox = tempfile::tempdir().unwrap();
    let folder = inbox.path().join("reports");
    write_reports(&folder, FILES, 60);
    with_app(move |app| async move {
        let _inbox = inbox;
        app.wait_for(".maplibregl-canvas", Duration::from_secs(20))
            .await;
        drag_files_onto(&[&folder], (640, 400)).await;
        app.wait_for(r#".import-row[data-state="done"]"#, Duration::from_secs(60))
            .await;
        let cancel = app.wait_for(".import-cancel", Duration::from_secs(5)).await;
        cancel.click().await.unwrap();
        app.wait_for(".import-card:not(.is-running)", Duration::from_secs(60))
            .await;
        let title = without_digit_separators(&text_of(&app, ".import-title").await);
        let counts: Vec<usize> = title
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        let [stored, not_started] = counts[..] else {
            panic!("the report says what was stored and not started: {title}")
        };
        assert_eq!(
            title,
            format!("Cancelled: {stored} stored, {not_started} not started")
        );
        assert!(stored >= 1 && not_started > 0, "{title}");
        assert_eq!(stored + not_started, FILES, "{title}");
        // The report lists the first files (and every failure, none here): each says whether it
        // was stored or not started, and a line counts the files it does not list.
        let shown = page_value(
            &app,
            "return [...document.querySelectorAll('.import-row')].map(r => r.dataset.state)",
        )
        .await;
        let shown: Vec<String> = serde_json::from_value(shown).unwrap();
        let listed_not_started = shown.iter().filter(|s| *s == "not_started").count();
        assert!(
            shown.iter().all(|s| s == "done" || s == "not_started"),
            "{shown:?}"
        );
        assert!(listed_not_started <= not_started && shown.len() - listed_not_started <= stored);
        let unlisted = without_digit_separators(&text_of(&app, ".import-unlisted").await);
        assert!(
            unlisted.starts_with(&format!("{} more files not listed", FILES - shown.len())),
            "{unlisted}"
        );
        app.screenshot("11-import-cancelled").await;

        // The library holds exactly what the report says was stored.
        let articles = app.invoke("list_articles", json!({})).await;
        let articles = articles.as_array().unwrap();
        assert_eq!(articles.len(), stored);
        assert!(articles.iter().all(|a| a["title"]
            .as_str()
            .unwrap()
            .starts_with("Generated report ")));

        // The same folder again: the rest is added, nothing twice.
        app.client
            .execute(
                "document.querySelector('.import-card .import-close').click()",
                vec![],
            )
            .await
            .unwrap();
        drag_files_onto(&[&folder], (640, 400)).await;
        app.wait_for(".import-card.is-running", Duration::from_secs(30))
            .await;
        app.wait_for(".import-card:not(.is-running)", Duration::from_secs(300))
            .await;
        let title = without_digit_separators(&text_of(&app, ".import-title").await);
        assert!(
            title.contains(&format!("{not_started} articles added"))
                && title.contains(&format!("{stored} already in the library")),
            "{title}"
        );
        let articles = app.invoke("list_articles", json!({})).await;
        assert_eq!(articles.as_array().unwrap().len(), FILES);
    })
    .await;
}

/// The page's side of the latency benchmark: `arm(kind, arg)` notes what the
/// screen shows now and watches every animation frame until it shows the
/// result of the next input (the map moved, the brush changed, the island's
/// panel with its articles); `result()` is then the wall-clock time (ms since
/// the epoch) of that frame, to compare with the time the input was sent.
const LATENCY_PROBE: &str = r#"
window.__latency = (() => {
  const label = () => [...document.querySelectorAll('.map-label, .maplibregl-marker')].map((e) => e.style.transform).join('|');
  const probes = {
    pan: () => { const before = label(); return () => label() !== before; },
    brush: () => { const b = document.querySelector('.tl-brush'); const before = b.getAttribute('aria-label') + b.style.transform + b.style.width; return () => b.getAttribute('aria-label') + b.style.transform + b.style.width !== before; },
    island: (place) => () => { const list = document.querySelector(`.place-panel[data-place="${place}"] .excerpts`); return !!list && !list.hasAttribute('aria-busy'); },
    closed: () => () => document.querySelector('.place-panel') === null,
  };
  // The input each kind is timed from: the pointer's move (pan), its press (brush, island).
  const inputs = { pan: 'pointermove', brush: 'pointerdown', island: 'pointerdown', closed: null };
  let pending = null;
  // The last press, release and click the page saw, and on what (said when a result never comes).
  const seen = {};
  const describe = (t) => t instanceof Element ? `${t.tagName.toLowerCase()}${t.className && typeof t.className === 'string' ? '.' + t.className.trim().split(/\s+/).join('.') : ''}${t.dataset?.place ? `[${t.dataset.place}]` : ''}` : String(t);
  for (const type of ['pointerdown', 'pointerup', 'click']) {
    window.addEventListener(type, (e) => { seen[type] = `${describe(e.target)} at ${Math.round(e.clientX)},${Math.round(e.clientY)}`; }, { capture: true });
  }
  // Where the page's time goes: gaps over 250 ms between animation frames, and between ticks of
  // a 50 ms timer ([start, length] in epoch ms). A busy main thread delays both; frames alone
  // stalling is the rendering; neither, and the input never reached the page.
  const gaps = { frame: [], timer: [] };
  let lastFrame = performance.now();
  let lastTick = performance.now();
  const onFrame = (ts) => {
    if (ts - lastFrame > 250) gaps.frame.push([Math.round(performance.timeOrigin + lastFrame), Math.round(ts - lastFrame)]);
    lastFrame = ts;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  setInterval(() => {
    const now = performance.now();
    if (now - lastTick > 250) gaps.timer.push([Math.round(performance.timeOrigin + lastTick), Math.round(now - lastTick)]);
    lastTick = now;
  }, 50);
  return {
    gaps() { return gaps; },
    seen() { return Object.entries(seen).map(([k, v]) => `${k}: ${v}`).join('; ') || 'no press seen'; },
    arm(kind, arg) {
      const done = probes[kind](arg);
      const p = { at: null, input: null, dispatched: null };
      pending = p;
      if (inputs[kind]) {
        window.addEventListener(inputs[kind], (e) => {
          p.input = performance.timeOrigin + e.timeStamp;
          p.dispatched = performance.timeOrigin + performance.now();
        }, { capture: true, once: true });
      }
      const frame = (ts) => { if (pending !== p) return; if (done()) p.at = performance.timeOrigin + ts; else requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
    },
    result() { return pending && pending.at; },
    timing() { return pending && [pending.at, pending.input, pending.dispatched]; },
    now() { return performance.timeOrigin + performance.now(); },
  };
})();
return PerformanceObserver.supportedEntryTypes;
"#;

/// A point of the map where the canvas itself is under the pointer (no label,
/// marker or panel), with room to move 80 px right.
const OPEN_SEA: &str = r#"
const c = document.querySelector('.maplibregl-canvas'); const r = c.getBoundingClientRect();
for (let y = r.top + 120; y < r.bottom - 120; y += 15)
  for (let x = r.left + 60; x < r.right - 200; x += 15)
    if (document.elementFromPoint(x, y) === c && document.elementFromPoint(x + 80, y + 30) === c) return [x, y];
return [r.left + 100, r.top + 150];
"#;

/// Milliseconds since the epoch, as the page's `performance.timeOrigin + now()` counts.
fn epoch_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
        * 1000.0
}

/// One kind of interaction's latencies, in ms.
#[derive(Default)]
struct Latencies {
    during_import: Vec<f64>,
    idle: Vec<f64>,
}

impl Latencies {
    fn line(name: &str, values: &[f64]) -> String {
        if values.is_empty() {
            return format!("{name:<28} no samples");
        }
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let p95 = v[((v.len() as f64 * 0.95).ceil() as usize).clamp(1, v.len()) - 1];
        let median = v[v.len() / 2];
        format!(
            "{name:<28} n={:<4} median={median:>6.1} p95={p95:>6.1} max={:>6.1} ms",
            v.len(),
            v[v.len() - 1]
        )
    }
}

/// The interaction latency in the real app while 10,000 files import: pans of
/// the map, brushes of the timeline and islands opened, again and again, each
/// timed from the X input (xdotool) to the animation frame that shows its
/// result. Not run by default (`tests/bench/latency.sh` runs it); prints p95 and
/// max per interaction, during the import and with the app idle.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a benchmark: tests/bench/latency.sh runs it"]
async fn interaction_latency_during_a_10000_file_import() {
    if !enabled() {
        return;
    }
    let files: usize = std::env::var("ATLAS_LATENCY_FILES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let inbox = tempfile::tempdir().unwrap();
    let folder = inbox.path().join("reports");
    write_reports(&folder, files, 40);
    with_app(move |app| async move {
        let _inbox = inbox;
        app.wait_for(".maplibregl-canvas", Duration::from_secs(20)).await;
        app.wait_for(r#".map-label[data-place="kunashir"]"#, Duration::from_secs(20))
            .await;
        let entry_types = page_value(&app, LATENCY_PROBE).await;
        println!("PerformanceObserver.supportedEntryTypes: {entry_types}");
        // Where the page is on the screen (xdotool moves the X pointer in screen pixels).
        let origin = page_value(&app, "return [window.screenX, window.screenY]").await;
        let (ox, oy) = (origin[0].as_f64().unwrap(), origin[1].as_f64().unwrap());
        let at = |x: f64, y: f64| [format!("{}", (ox + x).round()), format!("{}", (oy + y).round())];
        let chart = page_value(
            &app,
            "const r = document.querySelector('.tl-chart').getBoundingClientRect(); return [r.left, r.right, r.top + r.height / 2]",
        )
        .await;
        let (chart_left, chart_right, chart_y) = (
            chart[0].as_f64().unwrap(),
            chart[1].as_f64().unwrap(),
            chart[2].as_f64().unwrap(),
        );

        // One measurement: arm the probe, send the input, wait for the frame.
        async fn measure(app: &App, kind: &str, arg: &str, input: &[&[String]]) -> (f64, bool) {
            app.client
                .execute("window.__latency.arm(arguments[0], arguments[1])", vec![json!(kind), json!(arg)])
                .await
                .unwrap();
            let mut sent = 0.0;
            for args in input {
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                // Before xdotool starts: the latest the input can have been sent.
                sent = epoch_ms();
                xdotool(&args).await;
            }
            let start = Instant::now();
            loop {
                let answer = page_value(
                    app,
                    "return [window.__latency.timing(), document.querySelector('.import-card.is-running') !== null]",
                )
                .await;
                if let Some(frame) = answer[0][0].as_f64() {
                    // From the input event's own time stamp, which WebKitGTK takes from the X
                    // event (so a busy main thread counts); the other two said for comparison.
                    let input = answer[0][1].as_f64().unwrap_or(f64::NAN);
                    let dispatched = answer[0][2].as_f64().unwrap_or(f64::NAN);
                    println!(
                        "  {kind:<6} {:>7.1} ms from the event's time stamp; {:>7.1} from its dispatch, {:>7.1} from before xdotool",
                        frame - input,
                        frame - dispatched,
                        frame - sent
                    );
                    return (frame - input, answer[1].as_bool().unwrap());
                }
                if start.elapsed() > Duration::from_secs(20) {
                    // Counted as 20 s (it shows in the maximum), and said.
                    // What the page shows instead: its panels and whether their lists are loading.
                    let panels = page_value(
                        app,
                        "return ([...document.querySelectorAll('.place-panel')].map((p) => `${p.dataset.place}: ${p.querySelector('.excerpts')?.getAttribute('aria-busy') ? 'loading' : 'loaded'}`).join(', ') || 'no place panel') + '; ' + window.__latency.seen()",
                    )
                    .await;
                    println!("no result of {kind} {arg} within 20 s ({})", panels.as_str().unwrap_or("?"));
                    app.screenshot(&format!("12-latency-no-result-{kind}")).await;
                    return (20_000.0, answer[1].as_bool().unwrap());
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }

        let mut pan = Latencies::default();
        let mut brush = Latencies::default();
        let mut island = Latencies::default();
        let mut round = 0usize;
        let record = |l: &mut Latencies, (ms, importing): (f64, bool)| {
            if importing {
                println!("  (during the import)");
            }
            if importing { l.during_import.push(ms) } else { l.idle.push(ms) }
        };
        // Idle first (a baseline), then the import, then idle again.
        let mut phase = 0;
        let started = Instant::now();
        let mut import_started = None;
        let mut dropped_at = 0.0;
        loop {
            if phase == 0 && round == 5 {
                dropped_at = epoch_ms();
                drag_files_onto(&[&folder], (640, 400)).await;
                // A press on the top bar's title first: the first press after an X drag can
                // go to the drag source's grab, not the page.
                let title = at(100.0, 28.0);
                xdotool(&["mousemove", &title[0], &title[1]]).await;
                xdotool(&["click", "1"]).await;
                app.wait_for(".import-card.is-running", Duration::from_secs(60)).await;
                import_started = Some(Instant::now());
                phase = 1;
            }
            let running = page_value(&app, "return document.querySelector('.import-card.is-running') !== null").await;
            if phase == 1 && running == json!(false) {
                println!(
                    "import of {files} files: {:.1} s, {round} rounds so far",
                    import_started.unwrap().elapsed().as_secs_f64()
                );
                phase = 2;
            }
            if phase == 2 && pan.idle.len() >= 8 {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(3_600), "the benchmark took over an hour");
            // Pan: press on open sea, then move the pointer 80 px (back and forth by rounds):
            // timed from the move.
            // The pointer goes back and rests before the release, so the map ends where it
            // started (no inertia) and the islands stay on screen.
            let sea = page_value(&app, OPEN_SEA).await;
            let (sx, sy) = (sea[0].as_f64().unwrap(), sea[1].as_f64().unwrap());
            let from = at(sx, sy);
            xdotool(&["mousemove", &from[0], &from[1]]).await;
            xdotool(&["mousedown", "1"]).await;
            let to = at(sx + 80.0, sy + 30.0);
            record(&mut pan, measure(&app, "pan", "", &[&["mousemove".into(), to[0].clone(), to[1].clone()]]).await);
            xdotool(&["mousemove", &from[0], &from[1]]).await;
            tokio::time::sleep(Duration::from_millis(400)).await;
            xdotool(&["mouseup", "1"]).await;
            // Brush: a new selection over a different stretch of years each round.
            let width = chart_right - chart_left;
            // Each press outside the previous selection (a press inside it would move it).
            let a = chart_left + width * [0.05, 0.5, 0.15, 0.6, 0.25, 0.7, 0.35, 0.8][round % 8];
            let b = a + width * 0.15;
            let from = at(a, chart_y);
            xdotool(&["mousemove", &from[0], &from[1]]).await;
            // The press starts a new selection at its year: timed from the press.
            record(&mut brush, measure(&app, "brush", "", &[&["mousedown".into(), "1".into()]]).await);
            let to = at(b, chart_y);
            xdotool(&["mousemove", &to[0], &to[1]]).await;
            xdotool(&["mouseup", "1"]).await;
            // Open an island: click its label; the result is its panel with the articles.
            let place = ["kunashir", "iturup", "shikotan"][round % 3];
            let css = format!(r#".map-label[data-place="{place}"]"#);
            // The island labels move when the markers they keep clear of change (the brush's
            // new years, the import's end): the pointer goes to the label once it has stood
            // still for 300 ms.
            let rect = format!("return JSON.stringify(document.querySelector('{css}').getBoundingClientRect())");
            let mut last = page_value(&app, &rect).await;
            for _ in 0..20 {
                tokio::time::sleep(Duration::from_millis(300)).await;
                let now = page_value(&app, &rect).await;
                if now == last {
                    break;
                }
                last = now;
            }
            let (x, y) = app.visible_point_of(&css).await;
            let point = at(x, y);
            xdotool(&["mousemove", &point[0], &point[1]]).await;
            record(&mut island, measure(&app, "island", place, &[&["click".into(), "1".into()]]).await);
            app.client.execute("window.__latency.arm('closed')", vec![]).await.unwrap();
            // Its close button (Esc would close a finished import report first).
            app.client
                .execute("document.querySelector('.overlay-bar .icon-btn').click()", vec![])
                .await
                .unwrap();
            eventually("the island's panel to close", Duration::from_secs(20), || async {
                (page_value(&app, "return window.__latency.result()").await.as_f64().is_some()).then_some(())
            })
            .await;
            round += 1;
        }
        app.screenshot("12-latency-benchmark").await;
        // The page's stalls from the drop on, in seconds after it.
        let gaps = page_value(&app, "return window.__latency.gaps()").await;
        for kind in ["frame", "timer"] {
            let stalls: Vec<String> = gaps[kind]
                .as_array()
                .unwrap()
                .iter()
                .filter(|g| g[0].as_f64().unwrap() >= dropped_at - 1_000.0)
                .map(|g| {
                    let (at, long) = (g[0].as_f64().unwrap(), g[1].as_f64().unwrap());
                    format!("{:.1} s: {:.0} ms", (at - dropped_at) / 1_000.0, long)
                })
                .collect();
            println!("{kind} gaps over 250 ms after the drop: {}", stalls.join("; "));
        }
        let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
        println!("\nInteraction latency, input (xdotool) to the frame showing the result; {files} files; load average {load}");
        println!("{}", Latencies::line("pan, during the import", &pan.during_import));
        println!("{}", Latencies::line("brush, during the import", &brush.during_import));
        println!("{}", Latencies::line("island, during the import", &island.during_import));
        let all: Vec<f64> = [&pan.during_import, &brush.during_import, &island.during_import]
            .into_iter()
            .flatten()
            .copied()
            .collect();
        println!("{}", Latencies::line("all, during the import", &all));
        println!("{}", Latencies::line("pan, idle", &pan.idle));
        println!("{}", Latencies::line("brush, idle", &brush.idle));
        println!("{}", Latencies::line("island, idle", &island.idle));
    })
    .await;
}
