use super::*;
use crate::analysis::{Analysis, Language};
use crate::events::{DatedBy, Event};
use crate::gazetteer::PlaceKind;
use crate::ingest::{Article, Format};
use crate::store::testing::*;
use crate::store::{schema, EventFilter, ImportOutcome};
use crate::test_random::Rng;
use rusqlite::Connection;

/// Places of two disputes; `yuzhno-kurilsk` is on Kunashir, `kuril-group`
/// counts for no island, `nowhere` is in no pack.
fn places() -> Vec<PlaceOfDispute> {
    // Shikotan is context here (not part of the dispute): no coverage.
    let p = |id: &str, dispute: &str, island: Option<&str>| PlaceOfDispute {
        id: id.into(),
        dispute: dispute.into(),
        island: island.map(Into::into),
        disputed: id != "shikotan",
    };
    vec![
        p("kunashir", "kuril", Some("kunashir")),
        p("iturup", "kuril", Some("iturup")),
        p("shikotan", "kuril", Some("shikotan")),
        p("yuzhno-kurilsk", "kuril", Some("kunashir")),
        p("kuril-group", "kuril", None),
        p("dokdo", "dokdo", Some("dokdo")),
        p("dongdo", "dokdo", Some("dokdo")),
    ]
}

const PLACES: &[(&str, PlaceKind, Option<&str>)] = &[
    ("kunashir", PlaceKind::Island, None),
    ("iturup", PlaceKind::Island, None),
    ("shikotan", PlaceKind::Island, None),
    ("yuzhno-kurilsk", PlaceKind::Place, Some("kunashir")),
    ("kuril-group", PlaceKind::Group, None),
    ("dokdo", PlaceKind::Island, None),
    ("dongdo", PlaceKind::Place, Some("dokdo")),
    ("nowhere", PlaceKind::Place, None),
];

fn rows(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    let rows = stmt
        .query_map([], |r| {
            let mut cells = Vec::new();
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i)?;
                cells.push(format!("{v:?}"));
            }
            Ok(cells.join("|"))
        })
        .unwrap();
    let mut out: Vec<String> = rows.collect::<rusqlite::Result<_>>().unwrap();
    out.sort();
    out
}

/// Every aggregate table equals what a GROUP BY over the events and
/// mentions gives, and the badges equal a count of distinct articles.
fn assert_aggregates(lib: &Library, when: &str) {
    let conn = lib.connection();
    let pairs = [
        (
            "SELECT * FROM event_counts",
            "SELECT p.place, e.year, e.dated_by, e.planned, COUNT(*) FROM event_places p \
             JOIN events e ON e.id = p.event_id GROUP BY 1, 2, 3, 4",
        ),
        (
            "SELECT * FROM dispute_event_counts",
            "SELECT '', year, COALESCE(month, 0), dated_by, planned, COUNT(*) FROM events \
             GROUP BY 2, 3, 4, 5 UNION ALL \
             SELECT q.dispute, e.year, COALESCE(e.month, 0), e.dated_by, e.planned, \
             COUNT(DISTINCT e.id) FROM event_places p JOIN places q ON q.id = p.place \
             JOIN events e ON e.id = p.event_id GROUP BY 1, 2, 3, 4, 5",
        ),
        (
            "SELECT * FROM event_disputes",
            "SELECT '', year, COALESCE(month, 0), COALESCE(day, 0), article_id, start, id \
             FROM events UNION \
             SELECT q.dispute, e.year, COALESCE(e.month, 0), COALESCE(e.day, 0), e.article_id, \
             e.start, e.id FROM event_places p JOIN places q ON q.id = p.place \
             JOIN events e ON e.id = p.event_id",
        ),
        (
            "SELECT * FROM article_island_years",
            "SELECT q.island, e.article_id, e.year, COUNT(*) FROM event_places p \
             JOIN places q ON q.id = p.place JOIN events e ON e.id = p.event_id \
             WHERE q.island IS NOT NULL GROUP BY 1, 2, 3",
        ),
        (
            "SELECT * FROM island_year_pairs",
            "SELECT island, year, prev, COUNT(*) FROM (SELECT island, year, \
             COALESCE(LAG(year) OVER (PARTITION BY island, article_id ORDER BY year), 0) AS prev \
             FROM (SELECT DISTINCT q.island, e.article_id, e.year FROM event_places p \
             JOIN places q ON q.id = p.place JOIN events e ON e.id = p.event_id \
             WHERE q.island IS NOT NULL)) GROUP BY 1, 2, 3",
        ),
        (
            "SELECT * FROM place_article_counts",
            "SELECT feature, COUNT(DISTINCT article_id) FROM mentions \
             WHERE feature IS NOT NULL GROUP BY feature",
        ),
        (
            "SELECT * FROM library_counts",
            "SELECT 'articles', COUNT(*) FROM articles UNION ALL SELECT 'undated', COUNT(*) \
             FROM articles a WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)",
        ),
        (
            "SELECT * FROM dispute_article_counts",
            "SELECT q.dispute, COUNT(DISTINCT m.article_id) FROM mentions m \
             JOIN places q ON q.id = m.feature GROUP BY q.dispute",
        ),
        (
            "SELECT place, article_id, mentions, published FROM excerpt_ranking",
            "SELECT p.id, m.article_id, COUNT(*), a.published FROM mentions m \
             JOIN articles a ON a.id = m.article_id \
             JOIN (SELECT feature AS id FROM mentions UNION SELECT island FROM places) p \
             ON m.feature = p.id OR m.feature IN (SELECT id FROM places WHERE island = p.id) \
             GROUP BY 1, 2",
        ),
    ];
    for (kept, counted) in pairs {
        assert_eq!(rows(conn, kept), rows(conn, counted), "{when}: {kept}");
    }
    assert_coverage(lib, when);
    // The island panel's pages, read from `excerpt_ranking`, are the ranking
    // counted from the mentions (the union of a place and the places on it).
    for p in places_known(lib) {
        let covered = known_on(lib, &p);
        assert!(lib.ranking_answers(&p, &covered).unwrap(), "{p}");
        let counted = counted_excerpt_order(lib, &p, &covered);
        let mut paged = Vec::new();
        for offset in (0..counted.len() + 3).step_by(3) {
            let page = lib.excerpts_page(&p, &covered, offset, 3).unwrap();
            paged.extend(page.iter().map(|a| (a.article_id, a.mention_count)));
        }
        assert_eq!(paged, counted, "{when}: excerpts of {p} {covered:?}");
    }
    for (from, to) in [(1990, 2030), (2000, 2004), (2003, 2003), (2005, 2020)] {
        for dispute in [Some("kuril"), Some("dokdo"), None] {
            let scope = EventScope { dispute, from, to };
            let badges: Vec<String> = lib
                .island_article_counts(scope)
                .unwrap()
                .into_iter()
                .map(|c| format!("{}|{}", c.place, c.count))
                .collect();
            let counted = rows(
                conn,
                &format!(
                    "SELECT q.island || '|' || COUNT(DISTINCT e.article_id) FROM event_places p \
                     JOIN places q ON q.id = p.place JOIN events e ON e.id = p.event_id \
                     WHERE q.island IS NOT NULL AND e.year BETWEEN {from} AND {to} \
                     AND (q.island IN (SELECT island FROM places WHERE dispute = '{}') OR '{}' = '') \
                     GROUP BY q.island",
                    dispute.unwrap_or(""),
                    dispute.unwrap_or("")
                ),
            )
            .into_iter()
            .map(|s| s.trim_matches(|c| c == '"' || c == ')').replace("Text(\"", ""))
            .collect::<Vec<_>>();
            assert_eq!(badges, counted, "{when}: badges {dispute:?} {from}-{to}");
        }
    }
}

/// `dispute_coverage` equals a count of the articles per dispute and key, and
/// each dispute's coverage read from it equals [`Library::coverage`] of its
/// disputed places, counted from the mentions.
fn assert_coverage(lib: &Library, when: &str) {
    use crate::store::{Period, Split};
    let conn = lib.connection();
    assert_eq!(
        rows(conn, "SELECT * FROM dispute_coverage"),
        rows(
            conn,
            "SELECT r.dispute, COALESCE(strftime('%Y-%m', a.published), ''), a.language, \
             COALESCE(TRIM(a.source), ''), COUNT(DISTINCT a.id) FROM mentions m \
             JOIN places r ON r.disputed AND (r.id = m.feature OR r.id = m.island) \
             JOIN articles a ON a.id = m.article_id WHERE m.feature IS NOT NULL GROUP BY 1, 2, 3, 4"
        ),
        "{when}: dispute_coverage"
    );
    for dispute in ["kuril", "dokdo", "nowhere"] {
        let disputed: Vec<String> = rows(
            conn,
            &format!("SELECT id FROM places WHERE dispute = '{dispute}' AND disputed"),
        )
        .into_iter()
        .map(|id| {
            id.trim_start_matches("Text(\"")
                .trim_end_matches("\")")
                .to_string()
        })
        .collect();
        for period in [Period::Month, Period::Year] {
            for split in [Split::Language, Split::Source] {
                assert_eq!(
                    lib.dispute_coverage(dispute, period, split).unwrap(),
                    Some(lib.coverage(&disputed, period, split).unwrap()),
                    "{when}: coverage of {dispute} by {period:?} and {split:?}"
                );
            }
        }
    }
}

/// Every place id the library knows or has a mention of.
fn places_known(lib: &Library) -> Vec<String> {
    rows(
        lib.connection(),
        "SELECT id FROM places UNION SELECT feature FROM mentions WHERE feature IS NOT NULL",
    )
    .into_iter()
    .map(|s| {
        s.trim_start_matches("Text(\"")
            .trim_end_matches("\")")
            .to_string()
    })
    .collect()
}

/// The places the store knows to be on `place` (what the app's gazetteer
/// passes as `covered`).
fn known_on(lib: &Library, place: &str) -> Vec<String> {
    let mut stmt = lib
        .connection()
        .prepare("SELECT id FROM places WHERE island = ?1 AND id <> ?1")
        .unwrap();
    let ids = stmt.query_map([place], |r| r.get(0)).unwrap();
    ids.collect::<rusqlite::Result<_>>().unwrap()
}

/// The island panel's order, counted from the mentions: (article, mentions
/// of `place` and of `covered`), most first, then latest published, then newest.
fn counted_excerpt_order(lib: &Library, place: &str, covered: &[String]) -> Vec<(i64, usize)> {
    let mut ids = vec![place.to_string()];
    ids.extend_from_slice(covered);
    let mut stmt = lib
        .connection()
        .prepare(
            "SELECT m.article_id, COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id \
             WHERE m.feature IN (SELECT value FROM json_each(?1)) GROUP BY m.article_id \
             ORDER BY COUNT(*) DESC, a.published IS NULL, a.published DESC, m.article_id DESC",
        )
        .unwrap();
    let rows = stmt
        .query_map([serde_json::to_string(&ids).unwrap()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

fn stored(outcome: ImportOutcome) -> i64 {
    match outcome {
        ImportOutcome::Stored { id } => id,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_rebuild_tells_its_progress_step_by_step() {
    let steps = statements(REBUILD);
    let squeezed = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(squeezed(&steps.concat()), squeezed(REBUILD), "nothing lost");
    // Every step is one whole statement (a trigger with its body).
    for step in &steps {
        assert!(step.ends_with(';'), "{step}");
        let is_trigger = step.starts_with("CREATE TRIGGER");
        assert_eq!(
            step.matches("END;").count(),
            usize::from(is_trigger),
            "{step}"
        );
    }
    let mut lib = Library::open_in_memory().unwrap();
    let (a, analysis) = sample_en();
    lib.import("en", &a, &analysis, *T0).unwrap();
    let mut told = Vec::new();
    assert!(lib
        .set_places_with_progress(&places(), &mut |p| told.push(p))
        .unwrap());
    let total = steps.len();
    assert_eq!(told.first(), Some(&RebuildProgress { done: 0, total }));
    assert_eq!(told.last(), Some(&RebuildProgress { done: total, total }));
    assert_eq!(told.len(), total + 1);
    assert_aggregates(&lib, "rebuilt step by step");
    told.clear();
    assert!(!lib
        .set_places_with_progress(&places(), &mut |p| told.push(p))
        .unwrap());
    assert!(told.is_empty(), "nothing rebuilt, nothing told");
}

#[test]
fn it_knows_places_it_counts_with_their_dispute_and_island() {
    let mut lib = Library::open_in_memory().unwrap();
    assert!(
        !lib.knows_places(&places()[..1]).unwrap(),
        "no aggregate yet"
    );
    lib.set_places(&places()).unwrap();
    assert!(lib.knows_places(&places()).unwrap());
    assert!(
        lib.knows_places(&places()[..3]).unwrap(),
        "fewer places: known"
    );
    assert!(lib.knows_places(&[]).unwrap());
    let mut moved = places()[..1].to_vec();
    moved[0].dispute = "dokdo".into();
    assert!(!lib.knows_places(&moved).unwrap(), "another dispute");
    let mut context = places()[..1].to_vec();
    context[0].disputed = false;
    assert!(!lib.knows_places(&context).unwrap(), "no longer disputed");
    let mut new = places();
    new.push(PlaceOfDispute {
        id: "nowhere".into(),
        dispute: "kuril".into(),
        island: None,
        disputed: true,
    });
    assert!(
        !lib.knows_places(&new).unwrap(),
        "a place it does not count"
    );
}

#[test]
fn the_aggregate_follows_every_kind_of_change() {
    let mut lib = Library::open_in_memory().unwrap();
    assert!(lib.set_places(&places()).unwrap());
    assert!(!lib.set_places(&places()).unwrap(), "unchanged: no rebuild");
    let mut ids = Vec::new();
    for (name, sample, at) in [
        ("en", sample_en(), *T0),
        ("ru", sample_ru(), *T1),
        ("ja", sample_ja(), *T2),
        ("news", sample_news(), *T0),
        ("dateline", sample_dateline(), *T1),
    ] {
        let (a, analysis) = sample;
        ids.push(stored(lib.import(name, &a, &analysis, at).unwrap()));
        assert_aggregates(&lib, &format!("import {name}"));
    }
    let en = ids[0];

    // A mention linked elsewhere, unlinked, and linked back.
    let start = lib.article(en).unwrap().mentions[1].start;
    lib.correct_mention(en, start, Some("dokdo")).unwrap();
    assert_aggregates(&lib, "relink");
    lib.correct_mention(en, start, None).unwrap();
    assert_aggregates(&lib, "unlink");
    lib.correct_mention(en, start, Some("iturup")).unwrap();
    assert_aggregates(&lib, "link back");

    // An event's date corrected to another year, month and day.
    let event = lib.article(en).unwrap().events[0].stub.id;
    lib.correct_event_date(event, ymd(2003, Some(5), Some(12)))
        .unwrap();
    assert_aggregates(&lib, "event date");

    // A publication date edit: the events extracted again.
    set_published_with(
        &mut lib,
        en,
        chrono::NaiveDate::from_ymd_opt(2024, 5, 1),
        &fake_extract,
    )
    .unwrap();
    assert_aggregates(&lib, "publication date");

    // Re-analysis with other mentions and events.
    let (a, analysis) = sample_en();
    lib.replace_analysis(ids[3], Language::En, &analysis.mentions[..2], &[])
        .unwrap();
    assert_aggregates(&lib, "re-analysis");
    let _ = a;

    // Delete and undo.
    let deleted = lib.delete_article(en).unwrap();
    assert_aggregates(&lib, "delete");
    lib.restore_article(&deleted).unwrap();
    assert_aggregates(&lib, "restore");

    // The packs change: a place moves to another island and dispute.
    let mut moved = places();
    moved[3].island = Some("iturup".into());
    moved[4].dispute = "dokdo".into();
    assert!(lib.set_places(&moved).unwrap());
    assert_aggregates(&lib, "places changed");
}

/// An article of `n` sentences, each naming one to three random places, with
/// random dated events.
fn random_article(rng: &mut Rng, serial: usize) -> (Article, Analysis) {
    let sentences: Vec<String> = (0..1 + rng.below(5))
        .map(|i| {
            let names: Vec<&str> = (0..1 + rng.below(3))
                .map(|_| PLACES[rng.below(PLACES.len())].0)
                .collect();
            format!("S{serial}x{i} at {}.", names.join(" and "))
        })
        .collect();
    let text = sentences.join(" ");
    let mut mentions = Vec::new();
    let mut events = Vec::new();
    for sentence in &sentences {
        let byte = text.find(sentence.as_str()).unwrap();
        let mut places = Vec::new();
        for (id, kind, island) in PLACES {
            for (at, _) in sentence.match_indices(id) {
                let preceded = sentence[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-');
                if preceded
                    || mentions
                        .iter()
                        .any(|m: &crate::linker::Mention| m.byte_start == byte + at)
                {
                    continue;
                }
                let nth = text[..byte + at].matches(id).count();
                mentions.push(mention(&text, id, nth, id, *kind, *island));
                if !places.contains(&id.to_string()) {
                    places.push(id.to_string());
                }
            }
        }
        if rng.below(4) > 0 {
            let month = (rng.below(3) > 0).then(|| 1 + rng.below(12) as u32);
            let day = month
                .filter(|_| rng.below(2) == 0)
                .map(|_| 1 + rng.below(28) as u32);
            let mut e = event(
                &text,
                sentence,
                ymd(2000 + rng.below(8) as i32, month, day),
                &[],
            );
            e.places = places.clone();
            e.planned = rng.below(5) == 0;
            e.dated_by = [DatedBy::Stated, DatedBy::Relative, DatedBy::Publication][rng.below(3)];
            events.push(e);
        }
    }
    mentions.sort_by_key(|m| m.start);
    let article = Article {
        title: format!("Random {serial}"),
        source: None,
        address: None,
        published: (rng.below(4) > 0)
            .then(|| chrono::NaiveDate::from_ymd_opt(2010, 1, 1 + rng.below(3) as u32))
            .flatten(),
        text,
        format: Format::Text,
    };
    (
        article,
        Analysis {
            language: Language::En,
            mentions,
            events,
        },
    )
}

#[test]
fn the_aggregate_follows_a_random_sequence_of_changes() {
    for seed in 1..=4u64 {
        let mut rng = Rng::new(seed);
        let mut lib = Library::open_in_memory().unwrap();
        lib.set_places(&places()).unwrap();
        let mut live: Vec<i64> = Vec::new();
        let mut trash = Vec::new();
        for step in 0..120 {
            let op = rng.below(12);
            let when = format!("seed {seed} step {step} op {op}");
            match op {
                0..=3 => {
                    let (a, analysis) = random_article(&mut rng, step);
                    if let ImportOutcome::Stored { id } =
                        lib.import("r.txt", &a, &analysis, *T0).unwrap()
                    {
                        live.push(id);
                    }
                }
                4 if !live.is_empty() => {
                    let id = live.swap_remove(rng.below(live.len()));
                    trash.push(lib.delete_article(id).unwrap());
                }
                5 if !trash.is_empty() => {
                    let deleted = trash.swap_remove(rng.below(trash.len()));
                    live.push(lib.restore_article(&deleted).unwrap());
                }
                6 if !live.is_empty() => {
                    let id = live[rng.below(live.len())];
                    let events = lib.article(id).unwrap().events;
                    if !events.is_empty() {
                        let e = events[rng.below(events.len())].stub.id;
                        let month = (rng.below(2) == 0).then(|| 1 + rng.below(12) as u32);
                        lib.correct_event_date(e, ymd(1999 + rng.below(10) as i32, month, None))
                            .unwrap();
                    }
                }
                7 if !live.is_empty() => {
                    let id = live[rng.below(live.len())];
                    let mentions = lib.article(id).unwrap().mentions;
                    if !mentions.is_empty() {
                        let m = &mentions[rng.below(mentions.len())];
                        let to = [None, Some(PLACES[rng.below(PLACES.len())].0)][rng.below(2)];
                        lib.correct_mention(id, m.start, to).unwrap();
                    }
                }
                8 if !live.is_empty() => {
                    let id = live[rng.below(live.len())];
                    let (_, analysis) = random_article(&mut rng, step);
                    let events: Vec<Event> = analysis.events;
                    let text = lib.article(id).unwrap().text;
                    // Events of another text: only their dates and places matter here.
                    let fitted: Vec<Event> = events
                        .into_iter()
                        .map(|mut e| {
                            e.start = e.start.min(text.chars().count());
                            e.end = e.start;
                            e
                        })
                        .collect();
                    lib.replace_events(id, None, &fitted).unwrap();
                }
                10 if !live.is_empty() => {
                    let id = live[rng.below(live.len())];
                    let published = (rng.below(3) > 0)
                        .then(|| chrono::NaiveDate::from_ymd_opt(2009 + rng.below(3) as i32, 6, 1))
                        .flatten();
                    set_published_with(&mut lib, id, published, &fake_extract).unwrap();
                }
                9 => {
                    let mut changed = places();
                    let k = rng.below(changed.len());
                    if rng.below(2) == 0 {
                        changed[k].island = (rng.below(2) == 0).then(|| "iturup".to_string());
                    } else {
                        changed[k].disputed = !changed[k].disputed;
                    }
                    lib.set_places(&changed).unwrap();
                }
                11 if !live.is_empty() => {
                    let id = live[rng.below(live.len())];
                    let source = [None, Some("TASS"), Some(" Kyodo "), Some("")][rng.below(4)];
                    lib.set_source(id, source).unwrap();
                }
                _ => {}
            }
            assert_aggregates(&lib, &when);
        }
    }
}

#[test]
fn answers_histogram_counts_and_pages_from_the_aggregate() {
    let mut lib = Library::open_in_memory().unwrap();
    lib.set_places(&places()).unwrap();
    let mut rng = Rng::new(7);
    for i in 0..60 {
        let (a, analysis) = random_article(&mut rng, i);
        lib.import("r.txt", &a, &analysis, *T0).unwrap();
    }
    let all = lib.events(&EventFilter::default()).unwrap();
    // The histogram: each event once per year.
    let histogram = lib.dispute_histogram(None).unwrap();
    assert_eq!(histogram, lib.event_histogram().unwrap());
    // Within a dispute, each of its events once.
    let in_kuril = |e: &EventRecord| {
        e.stub
            .places
            .iter()
            .any(|p| places().iter().any(|q| &q.id == p && q.dispute == "kuril"))
    };
    let kuril: Vec<&EventRecord> = all.iter().filter(|e| in_kuril(e)).collect();
    let counted: usize = lib
        .dispute_histogram(Some("kuril"))
        .unwrap()
        .iter()
        .map(|y| y.count)
        .sum();
    assert_eq!(counted, kuril.len());

    // Pages: every page of the scope, put together, is the scope's list.
    for (dispute, from, to) in [(None, 1990, 2030), (Some("kuril"), 2002, 2005)] {
        let scope = EventScope { dispute, from, to };
        let want: Vec<i64> = all
            .iter()
            .filter(|e| dispute.is_none() || in_kuril(e))
            .filter(|e| (from..=to).contains(&e.stub.year))
            .map(|e| e.stub.id)
            .collect();
        let mut got = Vec::new();
        for offset in (0..want.len() + 7).step_by(7) {
            let page = lib.event_page(scope, offset, 7).unwrap();
            assert_eq!(page.total, want.len());
            assert_eq!(page.offset, offset);
            got.extend(page.events.iter().map(|e| e.stub.id));
        }
        assert_eq!(got, want, "{dispute:?}");
        for (i, id) in want.iter().enumerate() {
            assert_eq!(lib.event_index(scope, *id).unwrap(), Some(i));
        }
        // Where an event of a given date would go: after every earlier one.
        for (date, e) in [((2003, 5, 9), 0), ((2003, 0, 0), 1), ((2001, 2, 0), 2)] {
            let before = lib.events_before(scope, &[date]).unwrap()[0];
            let earlier = all
                .iter()
                .filter(|r| want.contains(&r.stub.id))
                .filter(|r| {
                    let d = &r.stub.date;
                    (
                        d.year,
                        d.month.unwrap_or(0) as i32,
                        d.day.unwrap_or(0) as i32,
                    ) < date
                })
                .count();
            assert_eq!(before, earlier, "{date:?} ({e})");
        }
        let full = lib.event_page(scope, 3, 2).unwrap();
        assert_eq!(
            full.events,
            all.iter()
                .filter(|e| want[3..5].contains(&e.stub.id))
                .cloned()
                .collect::<Vec<_>>()
        );
    }
    assert_eq!(
        lib.event_page(
            EventScope {
                dispute: None,
                from: 0,
                to: 3000
            },
            0,
            MAX_PAGE + 1
        )
        .unwrap_err()
        .code(),
        "invalid_input"
    );

    // Markers: events per place in the years.
    let scope = EventScope {
        dispute: Some("kuril"),
        from: 2001,
        to: 2003,
    };
    for c in lib.place_event_counts(scope).unwrap() {
        let n = all
            .iter()
            .filter(|e| (2001..=2003).contains(&e.stub.year))
            .map(|e| e.stub.places.iter().filter(|p| **p == c.place).count())
            .sum::<usize>();
        assert_eq!(c.count, n, "{}", c.place);
        assert!(places()
            .iter()
            .any(|q| q.id == c.place && q.dispute == "kuril"));
    }
    // The badges over all years: the articles that mention each place.
    let counts = lib.article_counts().unwrap();
    assert!(counts.values().all(|&n| n > 0));
}

fn plan(lib: &Library, sql: &str) -> String {
    query_plan(lib, sql, rusqlite::types::Value::Integer(1)).join("\n")
}

#[test]
fn the_queries_read_the_aggregate_by_its_keys() {
    let lib = Library::open_in_memory().unwrap();
    let histogram = plan(
        &lib,
        "SELECT year, SUM(events) FROM dispute_event_counts WHERE dispute = ?1 \
         GROUP BY year ORDER BY year",
    );
    assert!(
        histogram.contains("SEARCH dispute_event_counts USING PRIMARY KEY (dispute=?)"),
        "{histogram}"
    );
    assert!(!histogram.contains("TEMP B-TREE"), "{histogram}");
    let markers = plan(
        &lib,
        "SELECT c.place, SUM(c.events) FROM places q JOIN event_counts c ON c.place = q.id \
         WHERE q.dispute = ?1 AND c.year BETWEEN ?2 AND ?3 GROUP BY c.place ORDER BY c.place",
    );
    assert!(
        markers.contains("SEARCH q USING COVERING INDEX places_dispute (dispute=?)"),
        "{markers}"
    );
    assert!(
        markers.contains("SEARCH c USING PRIMARY KEY (place=? AND year>? AND year<?)"),
        "{markers}"
    );
    let badges = plan(
        &lib,
        "SELECT p.island, SUM(p.articles) FROM island_year_pairs p \
         WHERE p.island IN (SELECT island FROM places WHERE dispute = ?1) \
         AND p.year BETWEEN ?2 AND ?3 AND p.prev < ?2 GROUP BY p.island ORDER BY p.island",
    );
    assert!(
        badges.contains("USING PRIMARY KEY (island=? AND year>? AND year<?)"),
        "{badges}"
    );
    let page = plan(
        &lib,
        "SELECT event_id FROM event_disputes WHERE dispute = ?1 AND (year, month) >= (?2, ?3) \
         AND year <= ?4 ORDER BY year, month, day, article_id, start, event_id \
         LIMIT ?5 OFFSET ?6",
    );
    assert!(
        page.contains(
            "SEARCH event_disputes USING PRIMARY KEY (dispute=? AND (year,month)>(?,?) AND year<?)"
        ),
        "{page}"
    );
    assert!(!page.contains("TEMP B-TREE"), "{page}");
    // The island panel's page: a range of the ranking's index, in its
    // order (read backwards), then each article by its key.
    let excerpts = plan(&lib, crate::store::excerpts::RANKED_PAGE);
    assert!(
        excerpts.contains(
            "SEARCH excerpt_ranking USING COVERING INDEX excerpt_ranking_order (place=?)"
        ),
        "{excerpts}"
    );
    assert!(
        excerpts.contains("SEARCH a USING INTEGER PRIMARY KEY (rowid=?)"),
        "{excerpts}"
    );
    assert!(!excerpts.contains("TEMP B-TREE"), "{excerpts}");
    assert!(!excerpts.contains("SCAN a"), "{excerpts}");
    let counts = plan(&lib, "SELECT place, articles FROM place_article_counts");
    assert!(counts.contains("SCAN place_article_counts"), "{counts}");
}

/// A library at `path` with a few articles, taken back to schema version 4:
/// the aggregate's (and the excerpts' order's) tables and triggers go.
fn version_4_library(path: &std::path::Path) {
    {
        let mut lib = Library::open(path).unwrap();
        for (name, (a, analysis)) in [
            ("en", sample_en()),
            ("ru", sample_ru()),
            ("news", sample_news()),
            ("dateline", sample_dateline()),
        ] {
            lib.import(name, &a, &analysis, *T0).unwrap();
        }
        let mut rng = Rng::new(11);
        for i in 0..30 {
            let (a, analysis) = random_article(&mut rng, i);
            lib.import("r.txt", &a, &analysis, *T0).unwrap();
        }
    }
    downgrade_to_version_4(path);
}

#[test]
fn upgrading_a_version_4_library_builds_the_aggregate() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.db");
    version_4_library(&path);
    let mut lib = Library::open(&path).unwrap();
    assert_eq!(schema::version(lib.connection()).unwrap(), schema::VERSION);
    assert!(dir
        .path()
        .join("library-v4-before-upgrade.sqlite3")
        .is_file());
    assert!(lib.dispute_histogram(None).unwrap() == lib.event_histogram().unwrap());
    lib.set_places(&places()).unwrap();
    assert_aggregates(&lib, "upgraded");
}

/// What the timeline, the map and the list ask, for comparing two libraries.
fn answers(lib: &Library) -> Vec<String> {
    let mut out = Vec::new();
    let mut disputes: Vec<_> = lib.dispute_article_counts().unwrap().into_iter().collect();
    disputes.sort();
    out.push(format!("{disputes:?}"));
    for dispute in [None, Some("kuril"), Some("dokdo")] {
        out.push(format!("{:?}", lib.dispute_histogram(dispute).unwrap()));
        for (from, to) in [(1990, 2030), (2001, 2003)] {
            let scope = EventScope { dispute, from, to };
            out.push(format!("{:?}", lib.place_event_counts(scope).unwrap()));
            out.push(format!("{:?}", lib.island_article_counts(scope).unwrap()));
            let page = lib.event_page(scope, 2, 10).unwrap();
            out.push(format!("{page:?}"));
            out.push(format!(
                "{:?}",
                lib.events_before(scope, &[(2003, 5, 9), (2001, 0, 0)])
                    .unwrap()
            ));
            if let Some(e) = page.events.first() {
                out.push(format!("{:?}", lib.event_index(scope, e.stub.id).unwrap()));
            }
        }
    }
    out.push(format!("{}", lib.undated_article_count().unwrap()));
    out
}

#[test]
fn a_read_only_version_4_library_gets_the_aggregate_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.db");
    version_4_library(&path);
    let before = std::fs::read(&path).unwrap();
    let mut old = Library::open_read_only(&path).unwrap();
    assert!(!old.has_aggregate().unwrap());
    assert!(old.set_places(&places()).unwrap());
    assert_eq!(schema::version(old.connection()).unwrap(), 4);

    let copy = dir.path().join("upgraded.db");
    std::fs::copy(&path, &copy).unwrap();
    let mut upgraded = Library::open(&copy).unwrap();
    upgraded.set_places(&places()).unwrap();
    let want = answers(&upgraded);
    assert!(want.iter().any(|a| a.contains("kunashir")), "{want:?}");
    assert_eq!(answers(&old), want);
    // Told the places again (the app opens it once, tests may twice): built again.
    let mut moved = places();
    moved[3].island = Some("iturup".into());
    assert!(old.set_places(&moved).unwrap());
    upgraded.set_places(&moved).unwrap();
    assert_eq!(answers(&old), answers(&upgraded));
    // The excerpts count from the mentions there.
    let covered = known_on(&upgraded, "kunashir");
    assert_eq!(
        old.excerpts_page("kunashir", &covered, 0, 5).unwrap(),
        upgraded.excerpts_page("kunashir", &covered, 0, 5).unwrap()
    );
    drop(old);
    assert_eq!(std::fs::read(&path).unwrap(), before, "byte for byte");
}

#[test]
fn a_rebuild_leaves_no_wal_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    let mut lib = Library::open(&path).unwrap();
    let (a, analysis) = sample_en();
    lib.import("en", &a, &analysis, *T0).unwrap();
    lib.set_places(&places()).unwrap();
    // Another set of places: the counts are rebuilt.
    let fewer: Vec<PlaceOfDispute> = places().into_iter().filter(|p| p.id != "iturup").collect();
    assert!(lib.set_places(&fewer).unwrap());
    let wal = std::fs::metadata(dir.path().join("library.sqlite3-wal")).map_or(0, |m| m.len());
    assert_eq!(wal, 0, "the rebuild's pages are in the file, not the WAL");
    assert_aggregates(&lib, "after the checkpoint");
}
