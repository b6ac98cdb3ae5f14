//! Links: how page views reach the archive. Every read of a readout, or of the lists and counts
//! of a person, country or organisation, is recorded, so the preview knows which pages read what
//! (`render::Readers`); only names, paths and countries, which the narrow path keeps as they are,
//! are read without a record. No other module of `render` sees the archive but through here.

use std::cell::RefCell;

use crate::config::Config;
use crate::index::{
    Archive, Country, CountryIx, Entry, Listing, Organisation, OrganisationIx, Parties, Person,
    PersonIx, ReadoutIx,
};
use crate::model::Entity;

use super::labels::Labels;
use super::pagination::first_page;
use super::views::{Link, PersonLink, ReadoutLink};

/// What a page's view read of the archive, beyond what the preview's narrow path keeps as it is
/// (names, paths and countries of people, countries and organisations; how many there are; the
/// years; redirects and tombstones): a readout, or a part of the lists and counts of a person, a
/// country or an organisation. The preview re-checks a page when something it read changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Read {
    /// A readout whole, its text included.
    Readout(ReadoutIx),
    /// What lists show of a readout (`index::Listing`).
    Listing(ReadoutIx),
    /// Who took part in a readout (`index::Parties`).
    Parties(ReadoutIx),
    Person(PersonIx, Part),
    Country(CountryIx, Part),
    Organisation(OrganisationIx, Part),
}

/// A part of what a person, country or organisation lists and counts, so that an edit re-checks
/// only the pages of a list that show what moved (`pagination::changed_parts` tells which).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// Everything: its lists whole, their lengths and its summaries.
    Whole,
    /// Its totals and summaries: its lists' lengths, whom or what it met, a country's people.
    Totals,
    /// How many pages its lists take.
    Pages,
    /// The items of page `n` (1-based) of its lists.
    Page(usize),
}

/// Builds one page's links into the archive, all under the site's root path, and records what
/// the page reads. Page views reach the archive only through it.
pub struct Links<'a> {
    archive: &'a Archive,
    config: &'a Config,
    labels: &'a Labels,
    reads: RefCell<Vec<Read>>,
}

impl<'a> Links<'a> {
    pub fn new(archive: &'a Archive, config: &'a Config, labels: &'a Labels) -> Links<'a> {
        Links {
            archive,
            config,
            labels,
            reads: RefCell::new(Vec::new()),
        }
    }

    /// What the page read, each once, in a fixed order.
    pub fn into_reads(self) -> Vec<Read> {
        let mut reads = self.reads.into_inner();
        reads.sort_unstable();
        reads.dedup();
        reads
    }

    fn record(&self, read: Read) {
        self.reads.borrow_mut().push(read);
    }

    /// The archive, for what the narrow path keeps as it is (see [`Read`]); anything else is read
    /// through the methods below, which record it.
    pub fn archive(&self) -> &'a Archive {
        self.archive
    }

    /// A readout whole, to read its text.
    pub fn entry(&self, rx: ReadoutIx) -> &'a Entry {
        self.record(Read::Readout(rx));
        &self.archive.readouts[rx]
    }

    /// Who took part in a readout, for a page that looks among readouts it may not show.
    pub fn parties(&self, rx: ReadoutIx) -> Parties<'a> {
        self.record(Read::Parties(rx));
        self.archive.readouts[rx].parties()
    }

    /// What lists show of a readout: all a page needs that does not show its text.
    pub fn listing(&self, rx: ReadoutIx) -> Listing<'a> {
        self.record(Read::Listing(rx));
        self.archive.readouts[rx].listing()
    }

    /// A person, to read all of their lists and counts.
    pub fn person_entry(&self, ix: PersonIx) -> &'a Person {
        self.record(Read::Person(ix, Part::Whole));
        &self.archive.people[ix]
    }

    /// A person, to read their totals and summaries only.
    pub fn person_totals(&self, ix: PersonIx) -> &'a Person {
        self.record(Read::Person(ix, Part::Totals));
        &self.archive.people[ix]
    }

    /// A person, to read page `n` of their lists: its items, how many pages there are, and on
    /// the first page their totals (`pagination::first_page`).
    pub fn person_page(&self, ix: PersonIx, n: usize) -> &'a Person {
        self.record_page(|part| Read::Person(ix, part), n);
        &self.archive.people[ix]
    }

    pub fn country_entry(&self, ix: CountryIx) -> &'a Country {
        self.record(Read::Country(ix, Part::Whole));
        &self.archive.countries[ix]
    }

    pub fn country_totals(&self, ix: CountryIx) -> &'a Country {
        self.record(Read::Country(ix, Part::Totals));
        &self.archive.countries[ix]
    }

    pub fn country_page(&self, ix: CountryIx, n: usize) -> &'a Country {
        self.record_page(|part| Read::Country(ix, part), n);
        &self.archive.countries[ix]
    }

    pub fn organisation_entry(&self, ix: OrganisationIx) -> &'a Organisation {
        self.record(Read::Organisation(ix, Part::Whole));
        &self.archive.organisations[ix]
    }

    pub fn organisation_totals(&self, ix: OrganisationIx) -> &'a Organisation {
        self.record(Read::Organisation(ix, Part::Totals));
        &self.archive.organisations[ix]
    }

    pub fn organisation_page(&self, ix: OrganisationIx, n: usize) -> &'a Organisation {
        self.record_page(|part| Read::Organisation(ix, part), n);
        &self.archive.organisations[ix]
    }

    /// Records what page `n` of a list reads: its items, the page count, and on the first page
    /// the totals.
    fn record_page(&self, read: impl Fn(Part) -> Read, n: usize) {
        self.record(read(Part::Page(n)));
        self.record(read(Part::Pages));
        if first_page(n, ()).is_some() {
            self.record(read(Part::Totals));
        }
    }

    /// A person's name, path and country, which the narrow path keeps as they are: not recorded.
    /// Anything else about a person is read through `person_entry`.
    fn person_identity(&self, ix: PersonIx) -> (&'a str, String, Option<CountryIx>) {
        let p = &self.archive.people[ix];
        (&p.name, p.path(), p.country)
    }

    fn country_identity(&self, ix: CountryIx) -> (&'a str, String) {
        let c = &self.archive.countries[ix];
        (&c.name, c.path())
    }

    fn organisation_identity(&self, ix: OrganisationIx) -> (&'a str, String) {
        let o = &self.archive.organisations[ix];
        (&o.name, o.path())
    }
}

impl<'a> Links<'a> {
    pub fn country(&self, ix: CountryIx) -> Link<'a> {
        let (name, path) = self.country_identity(ix);
        Link {
            name,
            url: self.config.link(&path),
        }
    }

    pub fn person(&self, ix: PersonIx) -> PersonLink<'a> {
        let (name, path, country) = self.person_identity(ix);
        PersonLink {
            name,
            url: self.config.link(&path),
            country: country.map(|c| self.country(c)),
        }
    }

    pub fn organisation(&self, ix: OrganisationIx) -> Link<'a> {
        let (name, path) = self.organisation_identity(ix);
        Link {
            name,
            url: self.config.link(&path),
        }
    }

    pub fn organisations(&self, ixs: &[OrganisationIx]) -> Vec<Link<'a>> {
        ixs.iter().map(|ix| self.organisation(*ix)).collect()
    }

    /// The page of what a mention names, with its canonical name; `None` when it has no page.
    pub fn entity(&self, entity: &Entity) -> Option<Link<'a>> {
        let archive = self.archive;
        match entity {
            Entity::Person(name) => archive.person_ix(name).map(|ix| {
                let p = self.person(ix);
                Link {
                    name: p.name,
                    url: p.url,
                }
            }),
            Entity::Country(code) => archive.country_ix(*code).map(|ix| self.country(ix)),
            Entity::Organisation(key) => {
                archive.organisation_ix(key).map(|ix| self.organisation(ix))
            }
        }
    }

    pub fn people(&self, ixs: &[PersonIx]) -> Vec<PersonLink<'a>> {
        ixs.iter().map(|ix| self.person(*ix)).collect()
    }

    pub fn countries(&self, ixs: &[CountryIx]) -> Vec<Link<'a>> {
        ixs.iter().map(|ix| self.country(*ix)).collect()
    }

    pub fn readout(&self, ix: ReadoutIx) -> ReadoutLink<'a> {
        let l = self.listing(ix);
        let (date, datetime) = self.labels.placed(l.date, l.placed_on);
        ReadoutLink {
            title: l.title,
            url: self.config.link(l.path),
            date,
            datetime,
            kind: self.labels.kind(l.kind),
        }
    }

    pub fn readouts(&self, ixs: &[ReadoutIx]) -> Vec<ReadoutLink<'a>> {
        ixs.iter().map(|ix| self.readout(*ix)).collect()
    }
}
