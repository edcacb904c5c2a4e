//! The timeline and the map of a dispute (or of every one) for a range of
//! years, answered from the store's aggregate with the pack's curated
//! history added, so the page never holds every event: the histogram, the
//! events per place and the island badges ([`MapCounts`]), and the event list
//! a page at a time ([`TimelinePage`]).

use std::collections::BTreeMap;

use serde::Serialize;

use super::timeline::{curated_events, EventId, Histogram, TimelineEvent};
use super::Atlas;
use crate::dates::PartialDate;
use crate::store::{EventFilter, EventScope};
use crate::Result;

/// Events at one place in the years asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlaceEvents {
    /// The place id.
    pub place: String,
    /// Events of the pack's curated history.
    pub curated: usize,
    /// Events reported by stored articles.
    pub articles: usize,
}

/// What the map shows for a dispute and a range of years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MapCounts {
    /// Events per place (places without any left out), by place id.
    pub places: Vec<PlaceEvents>,
    /// Per island id, the stored articles that report an event there (or at
    /// a place on it) in the years; islands without any left out.
    pub badges: BTreeMap<String, usize>,
}

/// Some rows of the event list of a dispute and a range of years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimelinePage {
    /// How many events the list holds, curated and from articles.
    pub total: usize,
    /// The index of the first event given.
    pub offset: usize,
    /// The events from `offset` on, in date order (curated first within a date).
    pub events: Vec<TimelineEvent>,
}

impl Atlas {
    /// The scope of `dispute` (checked) in `from..=to`.
    fn scope<'a>(&self, dispute: Option<&'a str>, from: i32, to: i32) -> Result<EventScope<'a>> {
        if let Some(id) = dispute {
            self.packs.map(id)?;
        }
        Ok(EventScope { dispute, from, to })
    }

    /// The curated events of `scope`, in date order (pack order within a date).
    fn curated_in(&self, scope: EventScope<'_>) -> Vec<TimelineEvent> {
        let gazetteer = self.packs.gazetteer();
        let filter = EventFilter {
            from: Some(scope.from),
            to: Some(scope.to),
            place: None,
        };
        let mut events: Vec<TimelineEvent> = curated_events(gazetteer, &filter)
            .filter(|e| {
                scope.dispute.is_none_or(|d| {
                    e.summary
                        .places
                        .iter()
                        .any(|p| gazetteer.place(p).is_some_and(|p| p.pack == d))
                })
            })
            .collect();
        events.sort_by_key(|e| e.summary.date);
        events
    }

    /// The timeline's histogram of `dispute` (`None`: every dispute): curated
    /// and article events per year, each once, and the undated articles.
    ///
    /// # Errors
    /// `not_found` for an unknown dispute; the store's error if a query fails.
    pub fn dispute_histogram(&self, dispute: Option<&str>) -> Result<Histogram> {
        let scope = self.scope(dispute, i32::MIN, i32::MAX)?;
        let (stored, undated) = {
            let library = self.reader();
            (
                library.dispute_histogram(dispute)?,
                library.undated_article_count()?,
            )
        };
        Ok(super::timeline::histogram(
            self.curated_in(scope),
            stored,
            undated,
        ))
    }

    /// What the map shows for `dispute` (`None`: every dispute) in
    /// `from..=to`: events per place, curated and from articles, and per
    /// island the articles with an event there.
    ///
    /// # Errors
    /// `not_found` for an unknown dispute; the store's error if a query fails.
    pub fn map_counts(&self, dispute: Option<&str>, from: i32, to: i32) -> Result<MapCounts> {
        let scope = self.scope(dispute, from, to)?;
        let (stored, badges) = {
            let library = self.reader();
            (
                library.place_event_counts(scope)?,
                library.island_article_counts(scope)?,
            )
        };
        let mut places: BTreeMap<String, PlaceEvents> = stored
            .into_iter()
            .map(|c| {
                let counts = PlaceEvents {
                    place: c.place.clone(),
                    curated: 0,
                    articles: c.count,
                };
                (c.place, counts)
            })
            .collect();
        let gazetteer = self.packs.gazetteer();
        for e in self.curated_in(scope) {
            for p in &e.summary.places {
                let in_scope = gazetteer
                    .place(p)
                    .is_some_and(|place| dispute.is_none_or(|d| place.pack == d));
                if in_scope {
                    places
                        .entry(p.clone())
                        .or_insert_with(|| PlaceEvents {
                            place: p.clone(),
                            curated: 0,
                            articles: 0,
                        })
                        .curated += 1;
                }
            }
        }
        Ok(MapCounts {
            places: places.into_values().collect(),
            badges: badges.into_iter().map(|c| (c.place, c.count)).collect(),
        })
    }

    /// At most `limit` events of the list of `dispute` (`None`: every
    /// dispute) in `from..=to`, from index `offset`: curated and article
    /// events in date order, curated first within a date, as
    /// [`Atlas::events`] gives them all.
    ///
    /// # Errors
    /// `not_found` for an unknown dispute, `invalid_input` for a page larger
    /// than [`crate::store::MAX_PAGE`]; the store's error if a query fails.
    pub fn timeline_page(
        &self,
        dispute: Option<&str>,
        from: i32,
        to: i32,
        offset: usize,
        limit: usize,
    ) -> Result<TimelinePage> {
        let scope = self.scope(dispute, from, to)?;
        let curated = self.curated_in(scope);
        let dates: Vec<(i32, i32, i32)> =
            curated.iter().map(|e| list_order(e.summary.date)).collect();
        let library = self.reader();
        // Where each curated event goes in the list: after the article
        // events of earlier dates and the curated events before it.
        let at: Vec<usize> = library
            .events_before(scope, &dates)?
            .into_iter()
            .enumerate()
            .map(|(i, before)| before + i)
            .collect();
        let curated_before = at.iter().filter(|&&i| i < offset).count();
        let end = offset.saturating_add(limit);
        let curated_in_page = at.iter().filter(|&&i| (offset..end).contains(&i)).count();
        let page = library.event_page(scope, offset - curated_before, limit - curated_in_page)?;
        drop(library);
        let mut stored = page.events.into_iter().map(TimelineEvent::from);
        let mut curated = curated.into_iter().zip(at).skip(curated_before).peekable();
        let mut events = Vec::new();
        for index in offset..end {
            match curated.peek() {
                Some((_, i)) if *i == index => events.extend(curated.next().map(|(e, _)| e)),
                _ => match stored.next() {
                    Some(e) => events.push(e),
                    None => break,
                },
            }
        }
        Ok(TimelinePage {
            total: page.total + dates.len(),
            offset,
            events,
        })
    }

    /// The index of event `id` in the list of `dispute` (`None`: every
    /// dispute) in `from..=to`, as [`Atlas::timeline_page`] reads it: where
    /// the list scrolls to show it. `None` when it is not in that list.
    ///
    /// # Errors
    /// `not_found` for an unknown dispute; the store's error if a query fails.
    pub fn event_index(
        &self,
        dispute: Option<&str>,
        from: i32,
        to: i32,
        id: &EventId,
    ) -> Result<Option<usize>> {
        let scope = self.scope(dispute, from, to)?;
        let curated = self.curated_in(scope);
        if let EventId::Curated(_) = id {
            let Some(i) = curated.iter().position(|e| &e.summary.id == id) else {
                return Ok(None);
            };
            let before = self
                .reader()
                .events_before(scope, &[list_order(curated[i].summary.date)])?;
            return Ok(before.first().map(|b| b + i));
        }
        let EventId::Article(stored_id) = id else {
            return Ok(None);
        };
        let dates: Vec<(i32, i32, i32)> =
            curated.iter().map(|e| list_order(e.summary.date)).collect();
        let library = self.reader();
        let Some(stored) = library.event_index(scope, *stored_id)? else {
            return Ok(None);
        };
        // A curated event comes first among the events of its date: it is
        // before every stored event from the first of its date on.
        let curated_before = library
            .events_before(scope, &dates)?
            .into_iter()
            .filter(|&before| before <= stored)
            .count();
        Ok(Some(stored + curated_before))
    }
}

/// A date as the event list orders it: year, month, day, 0 for a part it lacks.
fn list_order(date: PartialDate) -> (i32, i32, i32) {
    let part = |n: Option<u32>| n.map_or(0, |n| i32::try_from(n).unwrap_or(0));
    (date.year, part(date.month), part(date.day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::store::Library;

    fn atlas() -> Atlas {
        let atlas = Atlas::with_library(Gazetteer::built_in(), Library::open_in_memory().unwrap());
        fill(&atlas);
        atlas
    }

    /// Imports three articles about three disputes.
    fn fill(atlas: &Atlas) {
        let linker = atlas.packs().linker();
        let texts = [
            "On 5 February 1855 the Treaty of Shimoda was recalled on Kunashir. In March 2021 \
             troops held exercises on Iturup.",
            "In 1945 Soviet troops landed on Shikotan. In 2019 a delegation visited Kunashir.",
            "In 2016 the coast guard reported vessels near Uotsuri-shima. In 1982 troops \
             landed near Stanley.",
        ];
        for (i, text) in texts.iter().enumerate() {
            let article = crate::ingest::Article {
                title: format!("Article {i}"),
                source: None,
                address: None,
                published: chrono::NaiveDate::from_ymd_opt(2024, 1, 1),
                text: text.to_string(),
                format: crate::ingest::Format::Text,
            };
            let analysis = crate::analysis::analyze(linker, text, article.published);
            atlas
                .library()
                .import(
                    "a.txt",
                    &article,
                    &analysis,
                    "2024-06-01T10:00:00Z".parse().unwrap(),
                )
                .unwrap();
        }
    }

    /// What the timeline and the map show, for comparing two atlases.
    fn shown(atlas: &Atlas) -> String {
        format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
            atlas.dispute_histogram(None).unwrap(),
            atlas.dispute_histogram(Some("kuril")).unwrap(),
            atlas.map_counts(Some("kuril"), 1000, 3000).unwrap(),
            atlas.timeline_page(None, 1000, 3000, 2, 30).unwrap(),
            atlas.disputes().unwrap(),
        )
    }

    #[test]
    fn a_read_only_version_4_library_answers_as_an_upgraded_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite3");
        let atlas = Atlas::open(Gazetteer::built_in(), &path).unwrap();
        fill(&atlas);
        let want = shown(&atlas);
        assert!(want.contains("kunashir"), "{want}");
        drop(atlas);
        crate::store::testing::downgrade_to_version_4(&path);
        // Read-only media: no upgrade; the aggregate is built in memory.
        let old = Library::open_read_only(&path).unwrap();
        let atlas = Atlas::with_library(Gazetteer::built_in(), old);
        assert_eq!(shown(&atlas), want);
    }

    #[test]
    fn pages_put_together_are_the_timeline() {
        let atlas = atlas();
        for dispute in [Some("kuril"), None] {
            let all: Vec<TimelineEvent> = atlas
                .events(&EventFilter::default())
                .unwrap()
                .into_iter()
                .filter(|e| {
                    dispute.is_none_or(|d| {
                        e.summary.places.iter().any(|p| {
                            atlas
                                .packs()
                                .gazetteer()
                                .place(p)
                                .is_some_and(|p| p.pack == d)
                        })
                    })
                })
                .collect();
            assert!(all.iter().any(|e| e.summary.curated));
            assert!(all.iter().any(|e| !e.summary.curated));
            for size in [1, 3, 7] {
                let mut got = Vec::new();
                let mut offset = 0;
                loop {
                    let page = atlas
                        .timeline_page(dispute, 1000, 3000, offset, size)
                        .unwrap();
                    assert_eq!(page.total, all.len(), "{dispute:?}");
                    if page.events.is_empty() {
                        break;
                    }
                    offset += page.events.len();
                    got.extend(page.events);
                }
                let ids = |v: &[TimelineEvent]| {
                    v.iter().map(|e| e.summary.id.clone()).collect::<Vec<_>>()
                };
                assert_eq!(ids(&got), ids(&all), "{dispute:?} by {size}");
            }
            for (index, e) in all.iter().enumerate() {
                let id = &e.summary.id;
                let found = atlas.event_index(dispute, 1000, 3000, id).unwrap();
                // Packs may share a curated event (one treaty, two disputes): its first place.
                let first = all.iter().position(|f| &f.summary.id == id);
                assert_eq!(found, first, "{dispute:?} {id:?}");
                assert!(first == Some(index) || matches!(id, EventId::Curated(_)));
            }
        }
    }

    #[test]
    fn histogram_and_map_counts_match_the_events() {
        let atlas = atlas();
        let all = atlas.events(&EventFilter::default()).unwrap();
        let kuril = |e: &TimelineEvent| {
            e.summary.places.iter().any(|p| {
                atlas
                    .packs()
                    .gazetteer()
                    .place(p)
                    .is_some_and(|p| p.pack == "kuril")
            })
        };
        let histogram = atlas.dispute_histogram(Some("kuril")).unwrap();
        let curated: usize = histogram.years.iter().map(|y| y.curated).sum();
        let articles: usize = histogram.years.iter().map(|y| y.articles).sum();
        assert_eq!(
            curated,
            all.iter().filter(|e| kuril(e) && e.summary.curated).count()
        );
        assert_eq!(
            articles,
            all.iter()
                .filter(|e| kuril(e) && !e.summary.curated)
                .count()
        );
        assert_eq!(
            atlas.dispute_histogram(None).unwrap(),
            atlas.histogram().unwrap()
        );

        let counts = atlas.map_counts(Some("kuril"), 2000, 2030).unwrap();
        let kunashir = counts
            .places
            .iter()
            .find(|p| p.place == "kunashir")
            .unwrap();
        assert_eq!(kunashir.articles, 1, "{counts:?}");
        assert_eq!(counts.badges.get("kunashir"), Some(&1));
        assert_eq!(counts.badges.get("iturup"), Some(&1));
        assert!(
            !counts.badges.contains_key("shikotan"),
            "1945 is out of range"
        );
        assert_eq!(
            atlas.map_counts(Some("atlantis"), 0, 1).unwrap_err().code(),
            "not_found"
        );
    }

    #[test]
    fn an_event_out_of_the_years_has_no_index() {
        let atlas = atlas();
        let all = atlas.events(&EventFilter::default()).unwrap();
        let shikotan_1945 = all
            .iter()
            .find(|e| !e.summary.curated && e.summary.year == 1945)
            .unwrap();
        let id = &shikotan_1945.summary.id;
        assert_eq!(atlas.event_index(None, 2000, 2030, id).unwrap(), None);
        assert!(atlas.event_index(None, 1945, 1945, id).unwrap().is_some());
        let gone = EventId::Article(999_999);
        assert_eq!(atlas.event_index(None, 1000, 3000, &gone).unwrap(), None);
    }
}
