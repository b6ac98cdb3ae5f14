//! Fingerprints: a hash of everything each page's view is built from, so a rebuild renders only
//! the pages whose values changed.
//!
//! This mirrors the views of `render`: every value a view reads must feed its page's fingerprint.
//! A page whose fingerprint is unchanged renders to the same bytes (for the same config and
//! templates); `tests/serve.rs` checks this against full builds on long random edit sequences.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use crate::artifact::{hash, ContentHasher};
use crate::index::{Archive, Entry, ReadoutIx, Touched};
use crate::model::Entity;
use rayon::prelude::*;

use super::encounters::{countries_met, partners_by_year, people_met, per_year, years_active};
use super::pages::neighbour;
use super::pages::HOME_LATEST;
use super::pagination::{
    country_pages, initial, letters, organisation_pages, page_count, people_order, person_pages,
    slice, sorted_by_name,
};
use super::timeline::months;
use super::{specs, Feed, Spec};

/// The fingerprint of every page of an archive, with what they are made from, kept between
/// rebuilds.
pub struct Fingerprints {
    /// Every page, in the order of `specs`, with its fingerprint.
    pub pages: Vec<(Spec, u64)>,
    /// The config's `page_size`.
    size: usize,
    links: LinkHashes,
    orders: Orders,
}

/// The orders lists are shown in.
struct Orders {
    people: Vec<usize>,
    countries: Vec<usize>,
    organisations: Vec<usize>,
    readouts: Vec<ReadoutIx>,
    years: Vec<usize>,
}

impl Fingerprints {
    /// Fingerprints every page. `readouts[rx]` fingerprints the readout's own values (its
    /// metadata and text), which only the caller can cache cheaply.
    pub fn new(archive: &Archive, readouts: &[u64], size: usize) -> Fingerprints {
        let mut fingerprints = Fingerprints {
            pages: Vec::new(),
            size,
            links: LinkHashes::new(archive),
            orders: Orders {
                people: people_order(archive),
                countries: sorted_by_name(archive.countries.iter().map(|c| c.name.as_str())),
                organisations: sorted_by_name(
                    archive.organisations.iter().map(|o| o.name.as_str()),
                ),
                readouts: (0..archive.readouts.len()).collect(),
                years: (0..archive.years.len()).collect(),
            },
        };
        fingerprints.pages = specs(archive, size)
            .into_par_iter()
            .map(|spec| (spec, fingerprints.page(archive, readouts, spec)))
            .collect();
        fingerprints
    }

    /// Brings the fingerprints up to date after the readouts at `changed` were put in place of
    /// their old versions (`Archive::relink`), and returns the indices of the pages that changed:
    /// the readouts' own pages, those of the people, countries and organisations they are counted
    /// in (`touched`) and the lists of those, and, when what a link to one of the readouts shows
    /// changed, the other pages that list readouts. Returns `None` when one of them has more or
    /// fewer pages than before: the site's paths changed, and every page must be checked
    /// (`Fingerprints::new`).
    pub fn update(
        &mut self,
        archive: &Archive,
        readouts: &[u64],
        changed: &[ReadoutIx],
        touched: &Touched,
    ) -> Option<Vec<usize>> {
        if !self.same_pages(archive, touched) {
            return None;
        }
        let mut relinked = false;
        for rx in changed {
            let link = LinkHashes::readout(&archive.readouts[*rx]);
            relinked |= std::mem::replace(&mut self.links.readouts[*rx], link) != link;
        }
        let stale = |spec: &Spec| match spec {
            // A readout's own page shows the readouts before and after it.
            Spec::Readout(rx) => {
                changed.contains(rx)
                    || changed.contains(&(rx + 1))
                    || rx
                        .checked_sub(1)
                        .is_some_and(|before| changed.contains(&before))
            }
            Spec::Person(ix, _) => touched.people.contains(ix),
            Spec::Country(ix, _) => touched.countries.contains(ix),
            Spec::Organisation(ix, _) => touched.organisations.contains(ix),
            Spec::People(_) => !touched.people.is_empty(),
            Spec::Countries(_) => !touched.countries.is_empty(),
            Spec::Organisations(_) => !touched.organisations.is_empty(),
            Spec::Home | Spec::Readouts(_) | Spec::Year(..) | Spec::Timeline => relinked,
            Spec::Feed(Feed::Person(ix)) => touched.people.contains(ix),
            Spec::Feed(Feed::Country(ix)) => touched.countries.contains(ix),
            Spec::Feed(Feed::Organisation(ix)) => touched.organisations.contains(ix),
            // One page, whose entries show the readouts' own values.
            Spec::Feed(Feed::Archive) => true,
            // The same years with the same counts, the same paths.
            Spec::Years(_) | Spec::NotFound | Spec::Redirect(_) | Spec::Tombstone(_) => false,
        };
        let fresh: Vec<(usize, u64)> = self
            .pages
            .par_iter()
            .enumerate()
            .filter(|(_, (spec, _))| stale(spec))
            .map(|(ix, (spec, _))| (ix, self.page(archive, readouts, *spec)))
            .collect();
        let mut ixs = Vec::new();
        for (ix, fingerprint) in fresh {
            if std::mem::replace(&mut self.pages[ix].1, fingerprint) != fingerprint {
                ixs.push(ix);
            }
        }
        Some(ixs)
    }

    /// Whether the people, countries and organisations in `touched` have as many pages as when
    /// they were fingerprinted.
    fn same_pages(&self, archive: &Archive, touched: &Touched) -> bool {
        let size = self.size;
        let mut counted = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
        for (spec, _) in &self.pages {
            match *spec {
                Spec::Person(ix, n) => counted.0.insert(ix, n),
                Spec::Country(ix, n) => counted.1.insert(ix, n),
                Spec::Organisation(ix, n) => counted.2.insert(ix, n),
                _ => None,
            };
        }
        let (people, countries, organisations) = counted;
        (touched.people.iter())
            .all(|ix| people.get(ix) == Some(&person_pages(size, &archive.people[*ix])))
            && (touched.countries.iter())
                .all(|ix| countries.get(ix) == Some(&country_pages(size, &archive.countries[*ix])))
            && (touched.organisations.iter()).all(|ix| {
                organisations.get(ix)
                    == Some(&organisation_pages(size, &archive.organisations[*ix]))
            })
    }

    /// Everything the view of `spec` shows, hashed.
    fn page(&self, archive: &Archive, readouts: &[u64], spec: Spec) -> u64 {
        let (links, orders, size) = (&self.links, &self.orders, self.size);
        let year_item =
            |ix: usize| hash((archive.years[ix].year, archive.years[ix].readouts.len()));
        let mut h = ContentHasher::new();
        std::mem::discriminant(&spec).hash(&mut h);
        match spec {
            Spec::Home => {
                let latest = archive.readouts.len().min(HOME_LATEST);
                links.readouts(&orders.readouts[..latest], &mut h);
                archive.readouts.len().hash(&mut h);
                archive.people.len().hash(&mut h);
                archive.countries.len().hash(&mut h);
                orders
                    .years
                    .iter()
                    .map(|ix| year_item(*ix))
                    .for_each(|y| y.hash(&mut h));
            }
            Spec::NotFound => {}
            Spec::Feed(feed) => {
                match feed {
                    Feed::Archive => {}
                    Feed::Person(ix) => links.people[ix].hash(&mut h),
                    Feed::Country(ix) => links.countries[ix].hash(&mut h),
                    Feed::Organisation(ix) => links.organisations[ix].hash(&mut h),
                }
                // An entry shows the readout's link, its first paragraph and its publisher.
                for (rx, _) in feed.entries(archive) {
                    (links.readouts[rx], readouts[rx]).hash(&mut h);
                }
            }
            Spec::Redirect(ix) => archive.redirects[ix].to.hash(&mut h),
            Spec::Tombstone(ix) => {
                let tombstone = &archive.tombstones[ix];
                (&tombstone.title, &tombstone.reason).hash(&mut h);
            }
            Spec::Readout(rx) => {
                let entry = &archive.readouts[rx];
                readouts[rx].hash(&mut h);
                entry.path.hash(&mut h);
                for step in [1, -1] {
                    neighbour(archive, rx, step)
                        .map(|ix| links.readouts[ix])
                        .hash(&mut h);
                }
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
                list(size, &orders.readouts, n, &mut h, |ix, h| {
                    links.readouts[ix].hash(h)
                });
            }
            Spec::People(n) => {
                let initial = |ix: usize| initial(archive.people[ix].sort_name());
                for letter in letters(&orders.people, size, initial, |n| n.to_string()) {
                    (letter.name, letter.url).hash(&mut h);
                }
                list(size, &orders.people, n, &mut h, |ix, h| {
                    let p = &archive.people[ix];
                    let count = p.took_part.len() + p.mentioned_in.len();
                    (links.people[ix], count, initial(ix)).hash(h);
                });
            }
            Spec::Countries(n) => list(size, &orders.countries, n, &mut h, |ix, h| {
                let c = &archive.countries[ix];
                (
                    links.countries[ix],
                    c.took_part.len() + c.mentioned_in.len(),
                )
                    .hash(h);
            }),
            Spec::Organisations(n) => list(size, &orders.organisations, n, &mut h, |ix, h| {
                let o = &archive.organisations[ix];
                (links.organisations[ix], o.mentioned_in.len()).hash(h);
            }),
            Spec::Organisation(ix, n) => {
                let o = &archive.organisations[ix];
                links.organisations[ix].hash(&mut h);
                (n == 1).then_some(o.mentioned_in.len()).hash(&mut h);
                list(size, &o.mentioned_in, n, &mut h, |rx, h| {
                    links.readouts[rx].hash(h)
                });
            }
            Spec::Years(n) => list(size, &orders.years, n, &mut h, |ix, h| {
                year_item(ix).hash(h)
            }),
            Spec::Timeline => {
                for (ix, year) in archive.years.iter().enumerate() {
                    (year.year, year.readouts.len(), months(archive, ix, size)).hash(&mut h);
                }
            }
            Spec::Year(ix, n) => {
                let year = &archive.years[ix];
                (year.year, months(archive, ix, size)).hash(&mut h);
                list(size, &year.readouts, n, &mut h, |rx, h| {
                    links.readouts[rx].hash(h)
                });
            }
            Spec::Person(ix, n) => {
                let p = &archive.people[ix];
                (links.people[ix], n, person_pages(size, p)).hash(&mut h);
                links.side_by_side(size, [&p.took_part, &p.mentioned_in], n, &mut h);
                // Meetings are on the first page only.
                if n == 1 {
                    for (other, count, last) in people_met(archive, ix) {
                        let last = last.map(|rx| links.readouts[rx]);
                        (links.people[other], count, last).hash(&mut h);
                    }
                    for (c, count) in countries_met(archive, ix) {
                        (links.countries[c], count).hash(&mut h);
                    }
                }
            }
            Spec::Country(ix, n) => {
                let c = &archive.countries[ix];
                (links.countries[ix], n, country_pages(size, c)).hash(&mut h);
                links.side_by_side(size, [&c.took_part, &c.mentioned_in], n, &mut h);
                // People and partners are on the first page only.
                if n == 1 {
                    for p in &c.people {
                        (links.people[*p], years_active(archive, *p)).hash(&mut h);
                    }
                    for (other, count) in &c.partners {
                        (links.countries[*other], count).hash(&mut h);
                    }
                    let per_year = per_year(archive, &c.took_part);
                    let years: Vec<i32> = per_year.iter().map(|(y, _)| *y).collect();
                    per_year.hash(&mut h);
                    for (other, counts) in partners_by_year(archive, ix, &years) {
                        (links.countries[other], counts).hash(&mut h);
                    }
                }
            }
        }
        h.finish()
    }
}

/// Page `n` of a paginated list: its items and where it sits among its siblings.
fn list(
    size: usize,
    items: &[usize],
    n: usize,
    h: &mut ContentHasher,
    item: impl Fn(usize, &mut ContentHasher),
) {
    (n, page_count(size, &[items.len()])).hash(h);
    slice(size, items, n).iter().for_each(|ix| item(*ix, h));
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
        let readouts = archive.readouts.iter().map(LinkHashes::readout).collect();
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

    /// What a link to a readout shows.
    fn readout(entry: &Entry) -> u64 {
        let m = &entry.readout.metadata;
        hash((&m.title.value, &entry.path, m.date.value, m.kind.value))
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

    fn readouts(&self, ixs: &[ReadoutIx], h: &mut ContentHasher) {
        ixs.len().hash(h);
        ixs.iter().for_each(|ix| self.readouts[*ix].hash(h));
    }

    /// Page `n` of a person's or a country's readouts: the events they took part in and those
    /// that mention them, side by side, with both totals on the first page only.
    fn side_by_side(&self, size: usize, lists: [&[ReadoutIx]; 2], n: usize, h: &mut ContentHasher) {
        for list in lists {
            self.readouts(slice(size, list, n), h);
            (n == 1).then_some(list.len()).hash(h);
        }
    }
}
