//! Groups named after one of their islands: 钓鱼岛 (釣魚台) is the Senkaku
//! group and its largest island, Uotsuri-jima. A list of islands cannot hold
//! the group beside its own islands, so there the name is the island:
//! 由钓鱼岛、黄尾屿、赤尾屿…组成, "购买"钓鱼岛及其附属的南小岛和北小岛,
//! 將釣魚台、南小島及北小島「國有化」. The pack says which island a group is
//! named after (`namesake_island`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Mention, Target};
use crate::gazetteer::Place;

/// Each group with a namesake island, with the group's id. A list, not a hash
/// map: the packs have a few such groups, and every mention is looked up.
#[derive(Debug, Clone, Default)]
pub(super) struct NamesakeIslands {
    by_group: Vec<(String, Group)>,
}

/// A group named after one of its islands.
#[derive(Debug, Clone)]
struct Group {
    /// The island it is named after.
    island: Target,
    /// The ids of the islands it covers.
    covers: Vec<String>,
}

impl NamesakeIslands {
    /// The groups of `places` with a namesake island that is a place too.
    pub(super) fn new(places: &[Place]) -> NamesakeIslands {
        let by_group = places
            .iter()
            .filter_map(|group| {
                let island_id = group.namesake_island.as_ref()?;
                let island = places.iter().find(|p| &p.id == island_id)?;
                let group_of = Group {
                    island: Target {
                        feature: island.id.clone(),
                        pack: island.pack.clone(),
                        kind: island.kind,
                        island: island.island.clone(),
                    },
                    covers: group.covers.clone(),
                };
                Some((group.id.clone(), group_of))
            })
            .collect();
        NamesakeIslands { by_group }
    }

    /// Links each mention of a group that a list puts beside one of the
    /// group's islands to the island it is named after. `mentions` are in
    /// text order.
    pub(super) fn apply(&self, text: &str, mentions: &mut [Mention]) {
        if self.by_group.is_empty() {
            return;
        }
        for i in 0..mentions.len() {
            let feature = &mentions[i].feature;
            let Some((_, group)) = self.by_group.iter().find(|(id, _)| id == feature) else {
                continue;
            };
            let listed_with_an_island = |j: usize| {
                let (a, b) = if j < i { (j, i) } else { (i, j) };
                group.covers.contains(&mentions[j].feature)
                    && mentions[a].byte_end <= mentions[b].byte_start
                    && is_list_joint(&text[mentions[a].byte_end..mentions[b].byte_start])
            };
            let before = i.checked_sub(1).is_some_and(listed_with_an_island);
            let after = i + 1 < mentions.len() && listed_with_an_island(i + 1);
            if before || after {
                let island = &group.island;
                let mention = &mut mentions[i];
                mention.feature = island.feature.clone();
                mention.pack = island.pack.clone();
                mention.kind = island.kind;
                mention.island = island.island.clone();
            }
        }
    }
}

/// Whether `between` (the text between two names) only joins them in a
/// list: a comma, "and", 、, 和, 及, 与, 及其附属的 ("and its affiliated").
fn is_list_joint(between: &str) -> bool {
    static JOINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(?:[,、，]\s*(?:and\s+)?|and|y|e|và|at|和|及|与|與|以及|及其附[属屬]的|と|及び|및|와|과|та|і|и)\s*$",
        )
        .expect("valid regex")
    });
    between.len() <= 24 && JOINT.is_match(between)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_joints_join_and_other_words_do_not() {
        for joint in [
            "、",
            "，",
            ", ",
            " and ",
            ", and ",
            "和",
            "及其附属的",
            "及",
            "と",
        ] {
            assert!(is_list_joint(joint), "{joint:?}");
        }
        for other in ["", "的", "周边的", " near ", "海域和", "。"] {
            assert!(!is_list_joint(other), "{other:?}");
        }
    }
}
