//! The disputes the app switches between, one per loaded pack: what the
//! switcher lists ([`Dispute`]: name, claimants, bounds, naming usages, the
//! Natural Earth areas it covers, how many stored articles mention it).

use serde::Serialize;

use crate::gazetteer::{ClaimStatus, Gazetteer, PackInfo, Role, Usage};

/// A dispute as the app's switcher and world view list it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Dispute {
    /// The pack's id (`kuril`).
    pub id: String,
    /// Its name (`Kuril Islands / Northern Territories`).
    pub name: String,
    /// One paragraph on the dispute.
    pub description: String,
    /// ISO 3166 codes of the parties: those administering a disputed place
    /// first, then those claiming one, each once, in the pack's order.
    pub claimants: Vec<String>,
    /// `[west, south, east, north]` in degrees.
    pub bounds: [f64; 4],
    /// The claimants' naming conventions, for the naming switch.
    pub usages: Vec<Usage>,
    /// The Natural Earth disputed areas it covers (`BRK_A3` codes).
    pub natural_earth: Vec<String>,
    /// Stored articles that mention any of its places.
    pub articles: usize,
}

impl Dispute {
    /// The dispute of pack `info` in `gazetteer`, mentioned by `articles` articles.
    pub(crate) fn new(info: &PackInfo, gazetteer: &Gazetteer, articles: usize) -> Dispute {
        Dispute {
            id: info.id.clone(),
            name: info.name.clone(),
            description: info.description.clone(),
            claimants: claimants(gazetteer, &info.id),
            bounds: info.bounds,
            usages: info.usages.clone(),
            natural_earth: info.natural_earth.clone(),
            articles,
        }
    }
}

/// The parties to pack `pack`'s disputed places: administering ones first,
/// then claiming ones, each once.
fn claimants(gazetteer: &Gazetteer, pack: &str) -> Vec<String> {
    let disputed: Vec<_> = gazetteer
        .places()
        .iter()
        .filter(|p| p.pack == pack && p.role == Role::Disputed)
        .collect();
    let mut out: Vec<String> = Vec::new();
    for status in [ClaimStatus::Administers, ClaimStatus::Claims] {
        for claim in disputed.iter().flat_map(|p| &p.claims) {
            if claim.status == status && !out.contains(&claim.claimant) {
                out.push(claim.claimant.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dispute(id: &str) -> Dispute {
        let g = Gazetteer::built_in();
        let info = g.packs().iter().find(|p| p.id == id).unwrap();
        Dispute::new(info, &g, 0)
    }

    #[test]
    fn claimants_list_the_administering_side_first() {
        assert_eq!(dispute("kuril").claimants, ["RU", "JP"]);
        assert_eq!(dispute("dokdo").claimants, ["KR", "JP"]);
        assert_eq!(dispute("falklands").claimants, ["GB", "AR"]);
        assert_eq!(dispute("crimea").claimants, ["RU", "UA"]);
        let senkaku = dispute("senkaku").claimants;
        assert_eq!(senkaku[0], "JP");
        assert!(senkaku.contains(&"CN".to_string()) && senkaku.contains(&"TW".to_string()));
        let scs = dispute("south-china-sea").claimants;
        for c in ["CN", "VN", "PH", "TW"] {
            assert!(scs.contains(&c.to_string()), "{c} in {scs:?}");
        }
    }

    #[test]
    fn carries_the_manifest_usages_and_natural_earth_areas() {
        let d = dispute("senkaku");
        let usages: Vec<&str> = d.usages.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(usages, ["jp", "cn", "tw"]);
        assert_eq!(d.natural_earth, ["B18"]);
        assert_eq!(dispute("falklands").natural_earth, ["B12", "B32", "B33"]);
    }
}
