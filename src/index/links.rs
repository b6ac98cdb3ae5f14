//! A readout's links to the archive's pages: its participants, the people, countries and
//! organisations it mentions.

use super::{Archive, CountryIx, Entry, OrganisationIx, PersonIx};
use crate::model::{CountryCode, Entity, Participant, Readout};

impl Archive {
    /// The readout with its path and its links to the archive's people, countries and
    /// organisations; names the archive has no page for are not linked.
    pub(super) fn link(&self, readout: Readout, path: String) -> Entry {
        let m = &readout.metadata;
        let person_ixs = |list: &mut dyn Iterator<Item = &str>| -> Vec<PersonIx> {
            let mut ixs: Vec<PersonIx> = Vec::new();
            for ix in list.filter_map(|name| self.names.get(name).copied()) {
                if !ixs.contains(&ix) {
                    ixs.push(ix);
                }
            }
            ixs
        };
        let participants = person_ixs(&mut m.participants.value.iter().map(|p| p.name.as_str()));
        let secondary_participants: Vec<PersonIx> = person_ixs(
            &mut m
                .secondary
                .value
                .iter()
                .flat_map(|e| &e.participants)
                .map(|p| p.name.as_str()),
        )
        .into_iter()
        .filter(|ix| !participants.contains(ix))
        .collect();
        let mentioned_people = person_ixs(
            &mut m
                .mentioned_people
                .value
                .iter()
                .map(String::as_str)
                .chain(mentioned_names(&readout)),
        )
        .into_iter()
        .filter(|ix| !participants.contains(ix) && !secondary_participants.contains(ix))
        .collect();
        let country_ixs = |codes: &[CountryCode]| {
            codes
                .iter()
                .filter_map(|c| self.country_ix(*c))
                .collect::<Vec<_>>()
        };
        let event_countries = country_ixs(&event_codes(&readout));
        let countries = country_ixs(&m.countries);
        let mut mentioned_countries: Vec<CountryIx> = country_ixs(
            &[
                m.mentioned_countries.value.clone(),
                mentioned_codes(&readout),
            ]
            .concat(),
        )
        .into_iter()
        .filter(|ix| !event_countries.contains(ix))
        .collect();
        mentioned_countries.sort();
        mentioned_countries.dedup();
        let mut mentioned_organisations: Vec<OrganisationIx> = mentioned_keys(&readout)
            .filter_map(|key| self.organisation_ix(key))
            .collect();
        mentioned_organisations.sort();
        mentioned_organisations.dedup();
        Entry {
            readout,
            path,
            participants,
            secondary_participants,
            mentioned_people,
            countries,
            mentioned_countries,
            mentioned_organisations,
            translations: Vec::new(),
        }
    }
}

/// The people of every event of a readout: the main one, then the secondary ones.
pub(super) fn events(r: &Readout) -> impl Iterator<Item = &[Participant]> {
    std::iter::once(r.metadata.participants.value.as_slice()).chain(
        r.metadata
            .secondary
            .value
            .iter()
            .map(|e| e.participants.as_slice()),
    )
}

/// The people the text names, as its mentions link them.
pub(super) fn mentioned_names(r: &Readout) -> impl Iterator<Item = &str> {
    r.metadata.mentions.iter().filter_map(|m| match &m.entity {
        Entity::Person(name) => Some(name.as_str()),
        _ => None,
    })
}

/// The countries the text names, as its mentions link them.
pub(super) fn mentioned_codes(r: &Readout) -> Vec<CountryCode> {
    r.metadata
        .mentions
        .iter()
        .filter_map(|m| match m.entity {
            Entity::Country(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// The keys of the organisations the text names.
pub(super) fn mentioned_keys(r: &Readout) -> impl Iterator<Item = &str> {
    r.metadata.mentions.iter().filter_map(|m| match &m.entity {
        Entity::Organisation(key) => Some(key.as_str()),
        _ => None,
    })
}

/// The countries of everyone who took part in any event of the readout, sorted.
pub(super) fn event_codes(r: &Readout) -> Vec<CountryCode> {
    let mut codes: Vec<CountryCode> = events(r).flatten().filter_map(|p| p.country).collect();
    codes.sort();
    codes.dedup();
    codes
}
