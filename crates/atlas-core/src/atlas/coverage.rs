//! Coverage over time of a place or of a whole dispute (see
//! [`crate::store::Library::coverage`]).

use super::Atlas;
use crate::gazetteer::Role;
use crate::store::{Coverage, Period, Split};
use crate::{Error, Result};

/// What coverage is counted of (`{"place": "iturup"}` or `{"pack": "kuril"}` across IPC).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum CoverageOf {
    /// One place (a group counts the islands it covers, an island its sub-places).
    Place(String),
    /// A dispute: every disputed place of the pack with this id.
    Pack(String),
}

impl Atlas {
    /// How many articles mentioned `of`, per `period` of publication, split
    /// by `split`.
    ///
    /// # Errors
    /// `not_found` for a place or pack that is not in use, `store_error` if
    /// the query fails.
    pub fn coverage(&self, of: &CoverageOf, period: Period, split: Split) -> Result<Coverage> {
        let gazetteer = self.packs.gazetteer();
        let places: Vec<String> = match of {
            CoverageOf::Place(id) => {
                self.packs.check_place(id)?;
                let place = gazetteer.place(id).expect("checked above");
                std::iter::once(id.clone())
                    .chain(place.covers.iter().cloned())
                    .collect()
            }
            CoverageOf::Pack(pack) => {
                if !gazetteer.packs().iter().any(|p| &p.id == pack) {
                    return Err(Error::NotFound(format!(
                        "no dispute pack {pack:?} is in use"
                    )));
                }
                if let Some(coverage) = self.counter().dispute_coverage(pack, period, split)? {
                    return Ok(coverage);
                }
                gazetteer
                    .places()
                    .iter()
                    .filter(|p| &p.pack == pack && p.role == Role::Disputed)
                    .map(|p| p.id.clone())
                    .collect()
            }
        };
        self.counter().coverage(&places, period, split)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::store::testing::*;
    use crate::store::Library;

    #[test]
    fn a_group_and_a_dispute_count_their_islands() {
        let mut library = Library::open_in_memory().unwrap();
        let (en, analysis) = sample_en();
        library.import("en.txt", &en, &analysis, *T0).unwrap();
        let atlas = Atlas::with_library(Gazetteer::kuril(), library);
        let group = CoverageOf::Place("southern-kurils".into());
        let coverage = atlas
            .coverage(&group, Period::Year, Split::Language)
            .unwrap();
        assert_eq!(coverage.periods[0].period, "2022");
        assert_eq!(coverage.periods[0].total, 1);
        let dispute = CoverageOf::Pack("kuril".into());
        let coverage = atlas
            .coverage(&dispute, Period::Month, Split::Language)
            .unwrap();
        assert_eq!(coverage.periods[0].period, "2022-04");
        let missing = CoverageOf::Pack("atlantis".into());
        let error = atlas
            .coverage(&missing, Period::Year, Split::Language)
            .unwrap_err();
        assert_eq!(error.kind(), crate::ErrorCode::NotFound);
        let missing = CoverageOf::Place("atlantis".into());
        assert!(atlas
            .coverage(&missing, Period::Year, Split::Language)
            .is_err());
    }
}
