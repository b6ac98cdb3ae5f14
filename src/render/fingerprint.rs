//! Fingerprints: a hash of everything each page's view is built from, so a rebuild renders only
//! the pages whose values changed.
//!
//! This mirrors the views of `render`: every value a view reads must feed its page's fingerprint.
//! A page whose fingerprint is unchanged renders to the same bytes (for the same config and
//! templates); `tests/serve.rs` checks this against full builds on long random edit sequences.

use std::hash::{DefaultHasher, Hash, Hasher};

use crate::index::{Archive, ReadoutIx};
use crate::model::Entity;

use super::{page_count, slice, sorted_by_name, specs, Spec, HOME_LATEST};

/// Every page of the archive with its fingerprint. `readouts[rx]` fingerprints the readout's own
/// values (its metadata and text), which only the caller can cache cheaply.
pub fn fingerprints(archive: &Archive, readouts: &[u64]) -> Vec<(Spec, u64)> {
    let links = LinkHashes::new(archive);
    let people_order = sorted_by_name(archive.people.iter().map(|p| p.name.as_str()));
    let country_order = sorted_by_name(archive.countries.iter().map(|c| c.name.as_str()));
    let organisation_order = sorted_by_name(archive.organisations.iter().map(|o| o.name.as_str()));
    let all_readouts: Vec<ReadoutIx> = (0..archive.readouts.len()).collect();
    let all_years: Vec<usize> = (0..archive.years.len()).collect();
    let year_item = |ix: usize| hash((archive.years[ix].year, archive.years[ix].readouts.len()));
    specs(archive)
        .into_iter()
        .map(|spec| {
            let mut h = DefaultHasher::new();
            std::mem::discriminant(&spec).hash(&mut h);
            match spec {
                Spec::Home => {
                    let latest = archive.readouts.len().min(HOME_LATEST);
                    links.readouts(&all_readouts[..latest], &mut h);
                    archive.readouts.len().hash(&mut h);
                    archive.people.len().hash(&mut h);
                    archive.countries.len().hash(&mut h);
                    all_years
                        .iter()
                        .map(|ix| year_item(*ix))
                        .for_each(|y| y.hash(&mut h));
                }
                Spec::NotFound => {}
                Spec::Redirect(ix) => archive.redirects[ix].to.hash(&mut h),
                Spec::Tombstone(ix) => {
                    let tombstone = &archive.tombstones[ix];
                    (&tombstone.title, &tombstone.reason).hash(&mut h);
                }
                Spec::Readout(rx) => {
                    let entry = &archive.readouts[rx];
                    readouts[rx].hash(&mut h);
                    entry.path.hash(&mut h);
                    for people in [&entry.participants, &entry.mentioned_people] {
                        people.len().hash(&mut h);
                        people.iter().for_each(|ix| links.people[*ix].hash(&mut h));
                    }
                    for countries in [&entry.countries, &entry.mentioned_countries] {
                        countries.len().hash(&mut h);
                        countries
                            .iter()
                            .for_each(|ix| links.countries[*ix].hash(&mut h));
                    }
                    let organisations = &entry.mentioned_organisations;
                    organisations.len().hash(&mut h);
                    organisations
                        .iter()
                        .for_each(|ix| links.organisations[*ix].hash(&mut h));
                    // Names linked in the text.
                    for mention in &entry.readout.metadata.mentions {
                        links.entity(archive, &mention.entity).hash(&mut h);
                    }
                    for event in &entry.readout.metadata.secondary.value {
                        for p in &event.participants {
                            archive
                                .person_ix(&p.name)
                                .map(|ix| links.people[ix])
                                .hash(&mut h);
                        }
                    }
                }
                Spec::Readouts(n) => {
                    list(&all_readouts, n, &mut h, |ix, h| links.readouts[ix].hash(h));
                }
                Spec::People(n) => list(&people_order, n, &mut h, |ix, h| {
                    let p = &archive.people[ix];
                    (links.people[ix], p.took_part.len() + p.mentioned_in.len()).hash(h);
                }),
                Spec::Countries(n) => list(&country_order, n, &mut h, |ix, h| {
                    let c = &archive.countries[ix];
                    (
                        links.countries[ix],
                        c.took_part.len() + c.mentioned_in.len(),
                    )
                        .hash(h);
                }),
                Spec::Organisations(n) => list(&organisation_order, n, &mut h, |ix, h| {
                    let o = &archive.organisations[ix];
                    (links.organisations[ix], o.mentioned_in.len()).hash(h);
                }),
                Spec::Organisation(ix, n) => {
                    let o = &archive.organisations[ix];
                    (links.organisations[ix], o.mentioned_in.len()).hash(&mut h);
                    list(&o.mentioned_in, n, &mut h, |rx, h| {
                        links.readouts[rx].hash(h)
                    });
                }
                Spec::Years(n) => list(&all_years, n, &mut h, |ix, h| year_item(ix).hash(h)),
                Spec::Year(ix, n) => {
                    let year = &archive.years[ix];
                    year.year.hash(&mut h);
                    list(&year.readouts, n, &mut h, |rx, h| {
                        links.readouts[rx].hash(h)
                    });
                }
                Spec::Person(ix, n) => {
                    let p = &archive.people[ix];
                    (links.people[ix], n).hash(&mut h);
                    page_count(&[p.took_part.len(), p.mentioned_in.len()]).hash(&mut h);
                    links.readouts(slice(&p.took_part, n), &mut h);
                    links.readouts(slice(&p.mentioned_in, n), &mut h);
                    (p.took_part.len(), p.mentioned_in.len()).hash(&mut h);
                    for (other, count) in &p.met {
                        (links.people[*other], count).hash(&mut h);
                    }
                }
                Spec::Country(ix, n) => {
                    let c = &archive.countries[ix];
                    (links.countries[ix], n).hash(&mut h);
                    page_count(&[c.took_part.len(), c.mentioned_in.len()]).hash(&mut h);
                    links.readouts(slice(&c.took_part, n), &mut h);
                    links.readouts(slice(&c.mentioned_in, n), &mut h);
                    (c.took_part.len(), c.mentioned_in.len()).hash(&mut h);
                    c.people.iter().for_each(|p| links.people[*p].hash(&mut h));
                    for (other, count) in &c.partners {
                        (links.countries[*other], count).hash(&mut h);
                    }
                }
            }
            (spec, h.finish())
        })
        .collect()
}

/// Page `n` of a paginated list: its items and where it sits among its siblings.
fn list(
    items: &[usize],
    n: usize,
    h: &mut DefaultHasher,
    item: impl Fn(usize, &mut DefaultHasher),
) {
    (n, page_count(&[items.len()])).hash(h);
    slice(items, n).iter().for_each(|ix| item(*ix, h));
}

/// What a link to each readout, person and country shows, hashed once per rebuild.
struct LinkHashes {
    readouts: Vec<u64>,
    people: Vec<u64>,
    countries: Vec<u64>,
    organisations: Vec<u64>,
}

impl LinkHashes {
    fn new(archive: &Archive) -> LinkHashes {
        let countries: Vec<u64> = archive
            .countries
            .iter()
            .map(|c| hash((&c.name, c.code)))
            .collect();
        let people = archive
            .people
            .iter()
            .map(|p| hash((&p.name, &p.key, p.country.map(|c| countries[c]))))
            .collect();
        let readouts = archive
            .readouts
            .iter()
            .map(|e| {
                let m = &e.readout.metadata;
                hash((&m.title.value, &e.path, m.date.value, m.kind.value))
            })
            .collect();
        let organisations = archive
            .organisations
            .iter()
            .map(|o| hash((&o.name, &o.key)))
            .collect();
        LinkHashes {
            readouts,
            people,
            countries,
            organisations,
        }
    }

    /// What a name linked in a readout's text shows, if the archive knows it.
    fn entity(&self, archive: &Archive, entity: &Entity) -> Option<u64> {
        match entity {
            Entity::Person(name) => archive.person_ix(name).map(|ix| self.people[ix]),
            Entity::Country(code) => archive.country_ix(*code).map(|ix| self.countries[ix]),
            Entity::Organisation(key) => archive
                .organisation_ix(key)
                .map(|ix| self.organisations[ix]),
        }
    }

    fn readouts(&self, ixs: &[ReadoutIx], h: &mut DefaultHasher) {
        ixs.len().hash(h);
        ixs.iter().for_each(|ix| self.readouts[*ix].hash(h));
    }
}

fn hash(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}
