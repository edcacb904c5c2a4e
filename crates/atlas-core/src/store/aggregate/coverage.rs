//! The coverage aggregate (schema version 8): how many articles mention each
//! dispute, per month of publication × language × source, so a dispute's
//! coverage chart reads a few hundred rows instead of counting the articles
//! that mention its places (2–5 s at a million articles).
//!
//! An article counts once for a dispute when one of its linked mentions is of
//! a disputed place of that dispute, or of a place on one of its disputed
//! islands (the mention's `island`), as [`crate::store::Library::coverage`]
//! counts them. `places.disputed` (added here) says which places are part of
//! a dispute rather than context; [`crate::store::Library::set_places`] fills
//! it, and the first time it does so after the upgrade it rebuilds the whole
//! aggregate, this table with it.
//!
//! Triggers keep the table current in the transaction of every change: a
//! mention added, removed or relinked (imports, re-analysis, corrections,
//! undo) and an article's publication date, language or source edited; an
//! article deleted takes its counts with it before its mentions go (a BEFORE
//! trigger: the mentions' own triggers then find no article and change
//! nothing).

/// The table, and the column of `places` it needs.
macro_rules! coverage_table {
    () => {
        r#"
ALTER TABLE places ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE dispute_coverage (
    dispute   TEXT NOT NULL,
    month     TEXT NOT NULL,
    language  TEXT NOT NULL,
    source    TEXT NOT NULL,
    articles  INTEGER NOT NULL,
    PRIMARY KEY (dispute, month, language, source)
) WITHOUT ROWID;
"#
    };
}

/// The row key of the article `A` (`new.id`, `old.article_id`, ...): its
/// month (`''` when undated), language and source (trimmed, `''` when none),
/// as a `SELECT` list over `articles a`.
macro_rules! coverage_key {
    () => {
        "COALESCE(strftime('%Y-%m', a.published), ''), a.language, COALESCE(TRIM(a.source), '')"
    };
}

/// The disputes a linked mention `M` (`new`, `old`) counts for: those of the
/// disputed places it names or that hold it.
macro_rules! mention_disputes {
    ($m:literal) => {
        concat!(
            "SELECT DISTINCT q.dispute FROM places q WHERE q.disputed AND q.id IN (",
            $m,
            ".feature, ",
            $m,
            ".island)"
        )
    };
}

/// Whether another linked mention of `M`'s article than `M` (by its start)
/// counts for the dispute `d.dispute`.
macro_rules! other_mention_counts {
    ($m:literal) => {
        concat!(
            "EXISTS (SELECT 1 FROM mentions o JOIN places r ON r.disputed AND r.id IN (o.feature, o.island) \
             WHERE o.article_id = ",
            $m,
            ".article_id AND o.start <> ",
            $m,
            ".start AND o.feature IS NOT NULL AND r.dispute = d.dispute)"
        )
    };
}

/// Adds one article to the rows of the disputes `D` (a `SELECT dispute`)
/// for the article `A`, when `WHEN` holds for a dispute `d`.
macro_rules! coverage_add {
    ($a:literal, $d:expr, $when:expr) => {
        concat!(
            "INSERT INTO dispute_coverage SELECT d.dispute, ",
            $crate::store::aggregate::coverage::coverage_key!(),
            ", 1 FROM (",
            $d,
            ") d JOIN articles a ON a.id = ",
            $a,
            " WHERE ",
            $when,
            " ON CONFLICT DO UPDATE SET articles = articles + 1;\n"
        )
    };
}

/// Takes one article from the rows of the disputes `D` for the article `A`,
/// when `WHEN` holds for a dispute `d`, and drops the rows left at zero.
macro_rules! coverage_remove {
    ($a:literal, $d:expr, $when:expr) => {
        $crate::store::aggregate::coverage::coverage_remove_rows!(concat!(
            "SELECT d.dispute, ",
            $crate::store::aggregate::coverage::coverage_key!(),
            " FROM (",
            $d,
            ") d JOIN articles a ON a.id = ",
            $a,
            " WHERE ",
            $when
        ))
    };
}

/// Takes one article from each row `ROWS` selects (dispute, month, language,
/// source), and drops those of them left at zero.
macro_rules! coverage_remove_rows {
    ($rows:expr) => {
        concat!(
            "UPDATE dispute_coverage SET articles = articles - 1 \
             WHERE (dispute, month, language, source) IN (",
            $rows,
            ");\nDELETE FROM dispute_coverage WHERE articles = 0 \
             AND (dispute, month, language, source) IN (",
            $rows,
            ");\n"
        )
    };
}

/// The disputes the article `A` counts for now.
macro_rules! article_disputes {
    ($a:literal) => {
        concat!(
            "SELECT DISTINCT r.dispute FROM mentions m JOIN places r ON r.disputed AND r.id IN (m.feature, m.island) \
             WHERE m.article_id = ",
            $a,
            " AND m.feature IS NOT NULL"
        )
    };
}

/// The triggers that keep `dispute_coverage` current.
macro_rules! coverage_triggers {
    () => {
        concat!(
            "CREATE TRIGGER mentions_coverage_insert AFTER INSERT ON mentions\n\
             WHEN new.feature IS NOT NULL BEGIN\n",
            $crate::store::aggregate::coverage::coverage_add!(
                "new.article_id",
                $crate::store::aggregate::coverage::mention_disputes!("new"),
                concat!(
                    "NOT ",
                    $crate::store::aggregate::coverage::other_mention_counts!("new")
                )
            ),
            "END;\n\n",
            "CREATE TRIGGER mentions_coverage_delete AFTER DELETE ON mentions\n\
             WHEN old.feature IS NOT NULL BEGIN\n",
            $crate::store::aggregate::coverage::coverage_remove!(
                "old.article_id",
                $crate::store::aggregate::coverage::mention_disputes!("old"),
                concat!(
                    "NOT ",
                    $crate::store::aggregate::coverage::other_mention_counts!("old")
                )
            ),
            "END;\n\n",
            // Relinked: the disputes it no longer counts for lose the article
            // unless another mention keeps it; those it now counts for gain
            // it unless another mention had it already.
            "CREATE TRIGGER mentions_coverage_update AFTER UPDATE OF feature ON mentions\n\
             WHEN old.feature IS NOT new.feature BEGIN\n",
            $crate::store::aggregate::coverage::coverage_remove!(
                "old.article_id",
                $crate::store::aggregate::coverage::mention_disputes!("old"),
                concat!(
                    "old.feature IS NOT NULL AND d.dispute NOT IN (",
                    $crate::store::aggregate::coverage::mention_disputes!("new"),
                    " AND new.feature IS NOT NULL) AND NOT ",
                    $crate::store::aggregate::coverage::other_mention_counts!("old")
                )
            ),
            $crate::store::aggregate::coverage::coverage_add!(
                "new.article_id",
                $crate::store::aggregate::coverage::mention_disputes!("new"),
                concat!(
                    "new.feature IS NOT NULL AND d.dispute NOT IN (",
                    $crate::store::aggregate::coverage::mention_disputes!("old"),
                    " AND old.feature IS NOT NULL) AND NOT ",
                    $crate::store::aggregate::coverage::other_mention_counts!("new")
                )
            ),
            "END;\n\n",
            // Its month, language or source edited: its rows move.
            "CREATE TRIGGER articles_coverage_update AFTER UPDATE OF published, language, source ON articles\n\
             WHEN old.published IS NOT new.published OR old.language IS NOT new.language \
             OR old.source IS NOT new.source BEGIN\n",
            $crate::store::aggregate::coverage::coverage_remove_rows!(concat!(
                "SELECT d.dispute, COALESCE(strftime('%Y-%m', old.published), ''), old.language, \
                 COALESCE(TRIM(old.source), '') FROM (",
                $crate::store::aggregate::coverage::article_disputes!("new.id"),
                ") d"
            )),
            $crate::store::aggregate::coverage::coverage_add!(
                "new.id",
                $crate::store::aggregate::coverage::article_disputes!("new.id"),
                "true"
            ),
            "END;\n\n",
            "CREATE TRIGGER articles_coverage_delete BEFORE DELETE ON articles BEGIN\n",
            $crate::store::aggregate::coverage::coverage_remove!(
                "old.id",
                $crate::store::aggregate::coverage::article_disputes!("old.id"),
                "true"
            ),
            "END;\n"
        )
    };
}

/// Builds `dispute_coverage` from the mentions, the places and the articles.
macro_rules! coverage_rebuild {
    () => {
        concat!(
            "DELETE FROM dispute_coverage;\n\
             INSERT INTO dispute_coverage SELECT d.dispute, ",
            $crate::store::aggregate::coverage::coverage_key!(),
            ", COUNT(*) FROM (SELECT DISTINCT m.article_id, r.dispute FROM mentions m \
             JOIN places r ON r.disputed AND r.id IN (m.feature, m.island) WHERE m.feature IS NOT NULL) d \
             JOIN articles a ON a.id = d.article_id GROUP BY 1, 2, 3, 4;\n"
        )
    };
}

pub(crate) use {
    article_disputes, coverage_add, coverage_key, coverage_rebuild, coverage_remove,
    coverage_remove_rows, coverage_table, coverage_triggers, mention_disputes,
    other_mention_counts,
};
