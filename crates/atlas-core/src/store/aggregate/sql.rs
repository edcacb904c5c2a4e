//! The aggregate's tables, the triggers that keep it current, and the SQL
//! that builds it from the events and mentions (schema version 5; version 6
//! adds the excerpts' order, `excerpt_ranking`).
//!
//! Macros, so the migration (one string literal) and the rebuild after the
//! packs' places change share the same text.

/// The tables. `places` maps each place of the packs to its dispute and its
/// island (the store learns it from [`crate::store::Library::set_places`]);
/// the dispute `''` stands for the whole library.
macro_rules! aggregate_tables {
    () => {
        r#"
CREATE TABLE places (
    id       TEXT PRIMARY KEY,
    dispute  TEXT NOT NULL,
    island   TEXT
) WITHOUT ROWID;
CREATE INDEX places_dispute ON places(dispute, island);

CREATE TABLE event_counts (
    place     TEXT NOT NULL,
    year      INTEGER NOT NULL,
    dated_by  TEXT NOT NULL,
    planned   INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    PRIMARY KEY (place, year, dated_by, planned)
) WITHOUT ROWID;

CREATE TABLE dispute_event_counts (
    dispute   TEXT NOT NULL,
    year      INTEGER NOT NULL,
    month     INTEGER NOT NULL,
    dated_by  TEXT NOT NULL,
    planned   INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    PRIMARY KEY (dispute, year, month, dated_by, planned)
) WITHOUT ROWID;

CREATE TABLE event_disputes (
    dispute     TEXT NOT NULL,
    year        INTEGER NOT NULL,
    month       INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    article_id  INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    event_id    INTEGER NOT NULL,
    PRIMARY KEY (dispute, year, month, day, article_id, start, event_id)
) WITHOUT ROWID;

CREATE TABLE article_island_years (
    island      TEXT NOT NULL,
    article_id  INTEGER NOT NULL,
    year        INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    PRIMARY KEY (island, article_id, year)
) WITHOUT ROWID;

CREATE TABLE island_year_pairs (
    island    TEXT NOT NULL,
    year      INTEGER NOT NULL,
    prev      INTEGER NOT NULL,
    articles  INTEGER NOT NULL,
    PRIMARY KEY (island, year, prev)
) WITHOUT ROWID;

CREATE TABLE place_article_counts (
    place     TEXT PRIMARY KEY,
    articles  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE dispute_article_counts (
    dispute   TEXT PRIMARY KEY,
    articles  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE library_counts (
    name  TEXT PRIMARY KEY CHECK (name IN ('articles', 'undated')),
    n     INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO library_counts VALUES ('articles', 0), ('undated', 0);
"#
    };
}

/// Removes what the event `E` (a row of `events`: `old` or `new` in a
/// trigger) adds to the aggregates, while its `event_places` rows exist.
macro_rules! remove_event {
    ($e:literal) => {
        concat!(
            "UPDATE dispute_event_counts SET events = events - 1 \
             WHERE dispute IN (SELECT '' UNION SELECT q.dispute FROM event_places p \
                 JOIN places q ON q.id = p.place WHERE p.event_id = ", $e, ".id) \
             AND year = ", $e, ".year AND month = COALESCE(", $e, ".month, 0) \
             AND dated_by = ", $e, ".dated_by AND planned = ", $e, ".planned;\n",
            "DELETE FROM dispute_event_counts WHERE events = 0 \
             AND dispute IN (SELECT '' UNION SELECT q.dispute FROM event_places p \
                 JOIN places q ON q.id = p.place WHERE p.event_id = ", $e, ".id) \
             AND year = ", $e, ".year AND month = COALESCE(", $e, ".month, 0) \
             AND dated_by = ", $e, ".dated_by AND planned = ", $e, ".planned;\n",
            "DELETE FROM event_disputes \
             WHERE dispute IN (SELECT '' UNION SELECT q.dispute FROM event_places p \
                 JOIN places q ON q.id = p.place WHERE p.event_id = ", $e, ".id) \
             AND year = ", $e, ".year AND month = COALESCE(", $e, ".month, 0) \
             AND day = COALESCE(", $e, ".day, 0) AND article_id = ", $e, ".article_id \
             AND start = ", $e, ".start AND event_id = ", $e, ".id;\n",
            "UPDATE event_counts SET events = events - (SELECT COUNT(*) FROM event_places p \
                 WHERE p.event_id = ", $e, ".id AND p.place = event_counts.place) \
             WHERE place IN (SELECT place FROM event_places WHERE event_id = ", $e, ".id) \
             AND year = ", $e, ".year AND dated_by = ", $e, ".dated_by AND planned = ", $e, ".planned;\n",
            "DELETE FROM event_counts WHERE events = 0 \
             AND place IN (SELECT place FROM event_places WHERE event_id = ", $e, ".id) \
             AND year = ", $e, ".year AND dated_by = ", $e, ".dated_by AND planned = ", $e, ".planned;\n",
            "UPDATE article_island_years SET events = events - (SELECT COUNT(*) FROM event_places p \
                 JOIN places q ON q.id = p.place \
                 WHERE p.event_id = ", $e, ".id AND q.island = article_island_years.island) \
             WHERE island IN (SELECT q.island FROM event_places p JOIN places q ON q.id = p.place \
                 WHERE p.event_id = ", $e, ".id) \
             AND article_id = ", $e, ".article_id AND year = ", $e, ".year;\n",
            "DELETE FROM article_island_years WHERE events = 0 \
             AND island IN (SELECT q.island FROM event_places p JOIN places q ON q.id = p.place \
                 WHERE p.event_id = ", $e, ".id) \
             AND article_id = ", $e, ".article_id AND year = ", $e, ".year;\n",
        )
    };
}

/// The triggers that keep the aggregates current: every change to events,
/// their places and mentions, by whatever code makes it, updates them in
/// the same transaction.
macro_rules! aggregate_triggers {
    () => {
        concat!(
            r#"
CREATE TRIGGER articles_aggregate_insert AFTER INSERT ON articles BEGIN
    UPDATE library_counts SET n = n + 1 WHERE name IN ('articles', 'undated');
END;

CREATE TRIGGER articles_aggregate_delete BEFORE DELETE ON articles BEGIN
    UPDATE library_counts SET n = n - 1 WHERE name = 'articles';
    UPDATE library_counts SET n = n - 1 WHERE name = 'undated'
        AND NOT EXISTS (SELECT 1 FROM events WHERE article_id = old.id);
END;

CREATE TRIGGER events_aggregate_insert AFTER INSERT ON events BEGIN
    UPDATE library_counts SET n = n - 1 WHERE name = 'undated'
        AND NOT EXISTS (SELECT 1 FROM events WHERE article_id = new.article_id AND id <> new.id);
    INSERT INTO dispute_event_counts
        VALUES ('', new.year, COALESCE(new.month, 0), new.dated_by, new.planned, 1)
        ON CONFLICT DO UPDATE SET events = events + 1;
    INSERT INTO event_disputes VALUES ('', new.year, COALESCE(new.month, 0),
        COALESCE(new.day, 0), new.article_id, new.start, new.id);
END;

CREATE TRIGGER event_places_aggregate_insert AFTER INSERT ON event_places BEGIN
    INSERT INTO event_counts SELECT new.place, e.year, e.dated_by, e.planned, 1
        FROM events e WHERE e.id = new.event_id
        ON CONFLICT DO UPDATE SET events = events + 1;
    INSERT INTO dispute_event_counts
        SELECT q.dispute, e.year, COALESCE(e.month, 0), e.dated_by, e.planned, 1
        FROM events e, places q WHERE e.id = new.event_id AND q.id = new.place
        AND NOT EXISTS (SELECT 1 FROM event_places p JOIN places r ON r.id = p.place
            WHERE p.event_id = new.event_id AND p.position <> new.position
            AND r.dispute = q.dispute)
        ON CONFLICT DO UPDATE SET events = events + 1;
    INSERT OR IGNORE INTO event_disputes
        SELECT q.dispute, e.year, COALESCE(e.month, 0), COALESCE(e.day, 0), e.article_id,
            e.start, e.id
        FROM events e, places q WHERE e.id = new.event_id AND q.id = new.place;
    INSERT INTO article_island_years SELECT q.island, e.article_id, e.year, 1
        FROM events e, places q WHERE e.id = new.event_id AND q.id = new.place
        AND q.island IS NOT NULL
        ON CONFLICT DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER events_aggregate_delete BEFORE DELETE ON events BEGIN
    UPDATE library_counts SET n = n + 1 WHERE name = 'undated'
        AND EXISTS (SELECT 1 FROM articles WHERE id = old.article_id)
        AND NOT EXISTS (SELECT 1 FROM events WHERE article_id = old.article_id AND id <> old.id);
"#,
            $crate::store::aggregate::sql::remove_event!("old"),
            r#"
END;

CREATE TRIGGER events_aggregate_update
AFTER UPDATE OF year, month, day, dated_by, planned ON events BEGIN
"#,
            $crate::store::aggregate::sql::remove_event!("old"),
            r#"
    INSERT INTO dispute_event_counts
        VALUES ('', new.year, COALESCE(new.month, 0), new.dated_by, new.planned, 1)
        ON CONFLICT DO UPDATE SET events = events + 1;
    INSERT INTO dispute_event_counts
        SELECT DISTINCT q.dispute, new.year, COALESCE(new.month, 0), new.dated_by,
            new.planned, 1
        FROM event_places p JOIN places q ON q.id = p.place WHERE p.event_id = new.id
        ON CONFLICT DO UPDATE SET events = events + 1;
    INSERT INTO event_disputes
        SELECT DISTINCT d, new.year, COALESCE(new.month, 0), COALESCE(new.day, 0),
            new.article_id, new.start, new.id
        FROM (SELECT '' AS d UNION SELECT q.dispute FROM event_places p
            JOIN places q ON q.id = p.place WHERE p.event_id = new.id) WHERE true;
    INSERT INTO event_counts
        SELECT p.place, new.year, new.dated_by, new.planned, COUNT(*)
        FROM event_places p WHERE p.event_id = new.id GROUP BY p.place
        ON CONFLICT DO UPDATE SET events = events + excluded.events;
    INSERT INTO article_island_years
        SELECT q.island, new.article_id, new.year, COUNT(*)
        FROM event_places p JOIN places q ON q.id = p.place
        WHERE p.event_id = new.id AND q.island IS NOT NULL GROUP BY q.island
        ON CONFLICT DO UPDATE SET events = events + excluded.events;
END;

CREATE TRIGGER event_places_aggregate_delete AFTER DELETE ON event_places
WHEN EXISTS (SELECT 1 FROM events WHERE id = old.event_id) BEGIN
    UPDATE event_counts SET events = events - 1 WHERE place = old.place
        AND (year, dated_by, planned) =
            (SELECT year, dated_by, planned FROM events WHERE id = old.event_id);
    DELETE FROM event_counts WHERE events = 0 AND place = old.place;
    UPDATE dispute_event_counts SET events = events - 1
        WHERE dispute = (SELECT dispute FROM places WHERE id = old.place)
        AND (year, month, dated_by, planned) = (SELECT year, COALESCE(month, 0), dated_by,
            planned FROM events WHERE id = old.event_id)
        AND NOT EXISTS (SELECT 1 FROM event_places p JOIN places r ON r.id = p.place
            WHERE p.event_id = old.event_id AND r.dispute = dispute_event_counts.dispute);
    DELETE FROM dispute_event_counts WHERE events = 0
        AND dispute = (SELECT dispute FROM places WHERE id = old.place);
    DELETE FROM event_disputes
        WHERE dispute = (SELECT dispute FROM places WHERE id = old.place)
        AND (year, month, day, article_id, start, event_id) = (SELECT year,
            COALESCE(month, 0), COALESCE(day, 0), article_id, start, id
            FROM events WHERE id = old.event_id)
        AND NOT EXISTS (SELECT 1 FROM event_places p JOIN places r ON r.id = p.place
            WHERE p.event_id = old.event_id AND r.dispute = event_disputes.dispute);
    UPDATE article_island_years SET events = events - 1
        WHERE island = (SELECT island FROM places WHERE id = old.place)
        AND (article_id, year) = (SELECT article_id, year FROM events WHERE id = old.event_id);
    DELETE FROM article_island_years WHERE events = 0
        AND island = (SELECT island FROM places WHERE id = old.place)
        AND (article_id, year) = (SELECT article_id, year FROM events WHERE id = old.event_id);
END;

CREATE TRIGGER mentions_aggregate_insert AFTER INSERT ON mentions
WHEN new.feature IS NOT NULL BEGIN
    INSERT INTO place_article_counts SELECT new.feature, 1
        WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.feature = new.feature
            AND m.article_id = new.article_id AND m.start <> new.start)
        ON CONFLICT DO UPDATE SET articles = articles + 1;
    INSERT INTO dispute_article_counts SELECT q.dispute, 1 FROM places q
        WHERE q.id = new.feature
        AND NOT EXISTS (SELECT 1 FROM mentions m JOIN places r ON r.id = m.feature
            WHERE m.article_id = new.article_id AND m.start <> new.start
            AND r.dispute = q.dispute)
        ON CONFLICT DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER mentions_aggregate_delete AFTER DELETE ON mentions
WHEN old.feature IS NOT NULL BEGIN
    UPDATE place_article_counts SET articles = articles - 1 WHERE place = old.feature
        AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.feature = old.feature
            AND m.article_id = old.article_id);
    DELETE FROM place_article_counts WHERE place = old.feature AND articles = 0;
    UPDATE dispute_article_counts SET articles = articles - 1
        WHERE dispute = (SELECT dispute FROM places WHERE id = old.feature)
        AND NOT EXISTS (SELECT 1 FROM mentions m JOIN places r ON r.id = m.feature
            WHERE m.article_id = old.article_id AND r.dispute = dispute_article_counts.dispute);
    DELETE FROM dispute_article_counts WHERE articles = 0
        AND dispute = (SELECT dispute FROM places WHERE id = old.feature);
END;

CREATE TRIGGER mentions_aggregate_update AFTER UPDATE OF feature ON mentions
WHEN old.feature IS NOT new.feature BEGIN
    UPDATE place_article_counts SET articles = articles - 1 WHERE place = old.feature
        AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.feature = old.feature
            AND m.article_id = old.article_id);
    DELETE FROM place_article_counts WHERE place = old.feature AND articles = 0;
    UPDATE dispute_article_counts SET articles = articles - 1
        WHERE dispute = (SELECT dispute FROM places WHERE id = old.feature)
        AND NOT EXISTS (SELECT 1 FROM mentions m JOIN places r ON r.id = m.feature
            WHERE m.article_id = old.article_id AND r.dispute = dispute_article_counts.dispute);
    DELETE FROM dispute_article_counts WHERE articles = 0
        AND dispute = (SELECT dispute FROM places WHERE id = old.feature);
    INSERT INTO place_article_counts SELECT new.feature, 1
        WHERE new.feature IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.feature = new.feature
            AND m.article_id = new.article_id AND m.start <> new.start)
        ON CONFLICT DO UPDATE SET articles = articles + 1;
    INSERT INTO dispute_article_counts SELECT q.dispute, 1 FROM places q
        WHERE q.id = new.feature
        AND q.dispute IS NOT (SELECT dispute FROM places WHERE id = old.feature)
        AND NOT EXISTS (SELECT 1 FROM mentions m JOIN places r ON r.id = m.feature
            WHERE m.article_id = new.article_id AND m.start <> new.start
            AND r.dispute = q.dispute)
        ON CONFLICT DO UPDATE SET articles = articles + 1;
END;
"#,
            $crate::store::aggregate::sql::island_pair_triggers!()
        )
    };
}

/// How many articles have an event at an island in a range of years is not
/// a sum of yearly counts (an article with events in two of the years counts
/// once). `island_year_pairs` makes it one: each article's years at an island,
/// in order, as pairs (year, the article's previous year there or 0), counted;
/// the articles with an event in `[a, b]` are the pairs with `a <= year <= b`
/// and `prev < a` (each such article has exactly one: its first year in the
/// range). These triggers keep the pairs as `article_island_years` changes.
macro_rules! island_pair_triggers {
    () => {
        r#"
CREATE TRIGGER article_island_years_insert AFTER INSERT ON article_island_years BEGIN
    UPDATE island_year_pairs SET articles = articles - 1
        WHERE island = new.island
        AND year = (SELECT MIN(year) FROM article_island_years WHERE island = new.island
            AND article_id = new.article_id AND year > new.year)
        AND prev = COALESCE((SELECT MAX(year) FROM article_island_years
            WHERE island = new.island AND article_id = new.article_id AND year < new.year), 0);
    DELETE FROM island_year_pairs WHERE articles = 0 AND island = new.island
        AND year = (SELECT MIN(year) FROM article_island_years WHERE island = new.island
            AND article_id = new.article_id AND year > new.year);
    INSERT INTO island_year_pairs
        SELECT new.island, n.year, new.year, 1 FROM (SELECT MIN(year) AS year
            FROM article_island_years WHERE island = new.island
            AND article_id = new.article_id AND year > new.year) n
        WHERE n.year IS NOT NULL
        ON CONFLICT DO UPDATE SET articles = articles + 1;
    INSERT INTO island_year_pairs VALUES (new.island, new.year,
        COALESCE((SELECT MAX(year) FROM article_island_years WHERE island = new.island
            AND article_id = new.article_id AND year < new.year), 0), 1)
        ON CONFLICT DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER article_island_years_delete AFTER DELETE ON article_island_years BEGIN
    UPDATE island_year_pairs SET articles = articles - 1
        WHERE island = old.island AND year = old.year
        AND prev = COALESCE((SELECT MAX(year) FROM article_island_years
            WHERE island = old.island AND article_id = old.article_id AND year < old.year), 0);
    UPDATE island_year_pairs SET articles = articles - 1
        WHERE island = old.island AND prev = old.year
        AND year = (SELECT MIN(year) FROM article_island_years WHERE island = old.island
            AND article_id = old.article_id AND year > old.year);
    DELETE FROM island_year_pairs WHERE articles = 0 AND island = old.island;
    INSERT INTO island_year_pairs
        SELECT old.island, n.year, COALESCE((SELECT MAX(year) FROM article_island_years
            WHERE island = old.island AND article_id = old.article_id AND year < old.year), 0), 1
        FROM (SELECT MIN(year) AS year FROM article_island_years WHERE island = old.island
            AND article_id = old.article_id AND year > old.year) n
        WHERE n.year IS NOT NULL
        ON CONFLICT DO UPDATE SET articles = articles + 1;
END;
"#
    };
}

/// Builds every aggregate from the events and mentions (the pair triggers
/// are dropped meanwhile: the pairs are counted at once, with a window).
macro_rules! aggregate_rebuild {
    () => {
        r#"
DROP TRIGGER IF EXISTS article_island_years_insert;
DROP TRIGGER IF EXISTS article_island_years_delete;
DELETE FROM event_counts;
INSERT INTO event_counts
    SELECT p.place, e.year, e.dated_by, e.planned, COUNT(*)
    FROM event_places p JOIN events e ON e.id = p.event_id GROUP BY 1, 2, 3, 4;
DELETE FROM dispute_event_counts;
INSERT INTO dispute_event_counts
    SELECT '', year, COALESCE(month, 0), dated_by, planned, COUNT(*) FROM events
    GROUP BY 2, 3, 4, 5;
INSERT INTO dispute_event_counts
    SELECT d.dispute, e.year, COALESCE(e.month, 0), e.dated_by, e.planned, COUNT(*)
    FROM (SELECT DISTINCT p.event_id, q.dispute FROM event_places p
        JOIN places q ON q.id = p.place) d
    JOIN events e ON e.id = d.event_id GROUP BY 1, 2, 3, 4, 5;
DELETE FROM event_disputes;
INSERT INTO event_disputes
    SELECT '', year, COALESCE(month, 0), COALESCE(day, 0), article_id, start, id FROM events;
INSERT OR IGNORE INTO event_disputes
    SELECT q.dispute, e.year, COALESCE(e.month, 0), COALESCE(e.day, 0), e.article_id,
        e.start, e.id
    FROM event_places p JOIN places q ON q.id = p.place JOIN events e ON e.id = p.event_id;
DELETE FROM article_island_years;
INSERT INTO article_island_years
    SELECT q.island, e.article_id, e.year, COUNT(*)
    FROM event_places p JOIN places q ON q.id = p.place JOIN events e ON e.id = p.event_id
    WHERE q.island IS NOT NULL GROUP BY 1, 2, 3;
DELETE FROM island_year_pairs;
INSERT INTO island_year_pairs
    SELECT island, year, prev, COUNT(*) FROM (SELECT island, year,
        COALESCE(LAG(year) OVER (PARTITION BY island, article_id ORDER BY year), 0) AS prev
        FROM article_island_years)
    GROUP BY 1, 2, 3;
DELETE FROM place_article_counts;
INSERT INTO place_article_counts
    SELECT feature, COUNT(DISTINCT article_id) FROM mentions
    WHERE feature IS NOT NULL GROUP BY feature;
UPDATE library_counts SET n = (SELECT COUNT(*) FROM articles) WHERE name = 'articles';
UPDATE library_counts SET n = (SELECT COUNT(*) FROM articles a
    WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)) WHERE name = 'undated';
DELETE FROM dispute_article_counts;
INSERT INTO dispute_article_counts
    SELECT q.dispute, COUNT(DISTINCT m.article_id) FROM mentions m
    JOIN places q ON q.id = m.feature GROUP BY q.dispute;
"#
    };
}

/// Version 6: the order of the island panel's excerpts, kept ready.
/// `excerpt_ranking` holds, for each place and each article that mentions it
/// or a place on it (a place whose `places.island` it is: Kunashir's towns
/// count for Kunashir, Habomai's islets for Habomai), the number of such
/// linked mentions and the article's publication date; its index
/// `excerpt_ranking_order` is the panel's order (most mentions, then latest
/// published, then newest id), so a page is a range of it.
macro_rules! excerpt_ranking_table {
    () => {
        r#"
CREATE TABLE excerpt_ranking (
    place       TEXT NOT NULL,
    article_id  INTEGER NOT NULL,
    mentions    INTEGER NOT NULL,
    published   TEXT,
    PRIMARY KEY (place, article_id)
) WITHOUT ROWID;
"#
    };
}

/// The places a mention of the place `$f` counts for in `excerpt_ranking`:
/// itself and the island it is on (once when it is that island).
macro_rules! ranking_owners {
    ($f:literal) => {
        concat!(
            "SELECT ",
            $f,
            " AS place UNION SELECT island FROM places WHERE id = ",
            $f,
            " AND island IS NOT NULL"
        )
    };
}

/// The triggers that keep `excerpt_ranking` current: a linked mention added,
/// removed or relinked (imports, deletes and their undo, corrections,
/// re-analysis), and a publication date edited.
macro_rules! excerpt_ranking_triggers {
    () => {
        concat!(
            r#"
CREATE TRIGGER mentions_ranking_insert AFTER INSERT ON mentions
WHEN new.feature IS NOT NULL BEGIN
    INSERT INTO excerpt_ranking (place, article_id, mentions, published)
        SELECT o.place, new.article_id, 1,
            (SELECT published FROM articles WHERE id = new.article_id)
        FROM ("#,
            $crate::store::aggregate::sql::ranking_owners!("new.feature"),
            r#") o WHERE true
        ON CONFLICT DO UPDATE SET mentions = mentions + 1;
END;

CREATE TRIGGER mentions_ranking_delete AFTER DELETE ON mentions
WHEN old.feature IS NOT NULL BEGIN
    UPDATE excerpt_ranking SET mentions = mentions - 1
        WHERE article_id = old.article_id AND place IN ("#,
            $crate::store::aggregate::sql::ranking_owners!("old.feature"),
            r#");
    DELETE FROM excerpt_ranking WHERE mentions = 0
        AND article_id = old.article_id AND place IN ("#,
            $crate::store::aggregate::sql::ranking_owners!("old.feature"),
            r#");
END;

CREATE TRIGGER mentions_ranking_update AFTER UPDATE OF feature ON mentions
WHEN old.feature IS NOT new.feature BEGIN
    UPDATE excerpt_ranking SET mentions = mentions - 1
        WHERE old.feature IS NOT NULL AND article_id = old.article_id AND place IN ("#,
            $crate::store::aggregate::sql::ranking_owners!("old.feature"),
            r#");
    DELETE FROM excerpt_ranking WHERE mentions = 0
        AND article_id = old.article_id AND place IN ("#,
            $crate::store::aggregate::sql::ranking_owners!("old.feature"),
            r#");
    INSERT INTO excerpt_ranking (place, article_id, mentions, published)
        SELECT o.place, new.article_id, 1,
            (SELECT published FROM articles WHERE id = new.article_id)
        FROM ("#,
            $crate::store::aggregate::sql::ranking_owners!("new.feature"),
            r#") o WHERE new.feature IS NOT NULL
        ON CONFLICT DO UPDATE SET mentions = mentions + 1;
END;

CREATE TRIGGER articles_ranking_published AFTER UPDATE OF published ON articles
WHEN old.published IS NOT new.published BEGIN
    UPDATE excerpt_ranking SET published = new.published
        WHERE article_id = new.id AND place IN (
            SELECT feature FROM mentions WHERE article_id = new.id AND feature IS NOT NULL
            UNION SELECT q.island FROM mentions m JOIN places q ON q.id = m.feature
            WHERE m.article_id = new.id AND q.island IS NOT NULL);
END;
"#
        )
    };
}

/// Builds `excerpt_ranking` from the mentions (its order index made after
/// the rows, which is much faster than keeping it while they go in).
macro_rules! excerpt_ranking_rebuild {
    () => {
        r#"
DROP INDEX IF EXISTS excerpt_ranking_order;
DELETE FROM excerpt_ranking;
INSERT INTO excerpt_ranking (place, article_id, mentions, published)
    SELECT o.place, o.article_id, COUNT(*), a.published FROM (
        SELECT feature AS place, article_id FROM mentions WHERE feature IS NOT NULL
        UNION ALL
        SELECT q.island, m.article_id FROM mentions m JOIN places q ON q.id = m.feature
        WHERE q.island IS NOT NULL AND q.island <> m.feature
    ) o JOIN articles a ON a.id = o.article_id
    GROUP BY o.place, o.article_id;
CREATE INDEX excerpt_ranking_order ON excerpt_ranking(place, mentions, published, article_id);
"#
    };
}

pub(crate) use {
    aggregate_rebuild, aggregate_tables, aggregate_triggers, excerpt_ranking_rebuild,
    excerpt_ranking_table, excerpt_ranking_triggers, island_pair_triggers, ranking_owners,
    remove_event,
};
