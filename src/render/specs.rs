//! Page specs: every page of the site named by what it shows, with its path and its template.

use crate::config::Config;
use crate::index::{Archive, CountryIx, OrganisationIx, PersonIx, ReadoutIx};

use super::pagination::{country_pages, organisation_pages, page_count, page_path, person_pages};
use super::Feed;

/// A page of the site, named by what it shows; its values are built only when it is rendered,
/// so memory stays flat however large the archive is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Spec {
    Home,
    NotFound,
    Readout(ReadoutIx),
    /// Page `n` (1-based) of the list of all readouts.
    Readouts(usize),
    People(usize),
    Countries(usize),
    Years(usize),
    Year(usize, usize),
    /// Years and months with their counts.
    Timeline,
    /// Page `n` of the readouts placed in no year, when there are some.
    Undated(usize),
    Person(PersonIx, usize),
    Country(CountryIx, usize),
    Organisations(usize),
    Organisation(OrganisationIx, usize),
    /// A former URL of a readout, sending readers on.
    Redirect(usize),
    /// A published URL whose page is gone.
    Tombstone(usize),
    /// An Atom feed, beside the page it follows.
    Feed(Feed),
    /// The search page, when the config has search.
    Search,
}

/// The list of readouts placed in no year, from the site root.
pub const UNDATED: &str = "timeline/undated/";

impl Spec {
    /// Where the page goes, from the output root.
    pub fn path(self, archive: &Archive) -> String {
        let dir = match self {
            Spec::Home => String::new(),
            Spec::NotFound => return "404.html".into(),
            Spec::Search => "search/".into(),
            Spec::Feed(feed) => return feed.path(archive),
            Spec::Readout(rx) => archive.readouts[rx].path.clone(),
            Spec::Readouts(n) => page_path("readouts/", n),
            Spec::People(n) => page_path("people/", n),
            Spec::Countries(n) => page_path("countries/", n),
            Spec::Years(n) => page_path("years/", n),
            Spec::Timeline => "timeline/".into(),
            Spec::Undated(n) => page_path(UNDATED, n),
            Spec::Year(ix, n) => page_path(&archive.years[ix].path(), n),
            Spec::Person(ix, n) => page_path(&archive.people[ix].path(), n),
            Spec::Country(ix, n) => page_path(&archive.countries[ix].path(), n),
            Spec::Organisations(n) => page_path("organisations/", n),
            Spec::Organisation(ix, n) => page_path(&archive.organisations[ix].path(), n),
            Spec::Redirect(ix) => archive.redirects[ix].from.clone(),
            Spec::Tombstone(ix) => archive.tombstones[ix].path.clone(),
        };
        format!("{dir}index.html")
    }
}

impl Spec {
    /// The template the page is rendered with.
    pub fn template(self) -> &'static str {
        match self {
            Spec::Home => "home.html",
            Spec::NotFound => "404.html",
            Spec::Readout(_) => "readout.html",
            Spec::Readouts(_) => "readouts.html",
            Spec::People(_) => "people.html",
            Spec::Countries(_) => "countries.html",
            Spec::Years(_) => "years.html",
            Spec::Year(..) => "year.html",
            Spec::Timeline => "timeline.html",
            Spec::Undated(_) => "undated.html",
            Spec::Person(..) => "person.html",
            Spec::Country(..) => "country.html",
            Spec::Organisations(_) => "organisations.html",
            Spec::Organisation(..) => "organisation.html",
            Spec::Redirect(_) => "redirect.html",
            Spec::Tombstone(_) => "gone.html",
            Spec::Feed(_) => "feed.xml",
            Spec::Search => "search.html",
        }
    }
}

/// Every page of the archive.
pub fn specs(archive: &Archive, config: &Config) -> Vec<Spec> {
    let size = config.page_size;
    let mut specs = vec![Spec::Home, Spec::NotFound];
    if config.search {
        specs.push(Spec::Search);
    }
    specs.extend((0..archive.readouts.len()).map(Spec::Readout));
    specs.extend((1..=page_count(size, &[archive.readouts.len()])).map(Spec::Readouts));
    specs.extend((1..=page_count(size, &[archive.people.len()])).map(Spec::People));
    specs.extend((1..=page_count(size, &[archive.countries.len()])).map(Spec::Countries));
    specs.extend((1..=page_count(size, &[archive.years.len()])).map(Spec::Years));
    specs.push(Spec::Timeline);
    if !archive.undated.is_empty() {
        specs.extend((1..=page_count(size, &[archive.undated.len()])).map(Spec::Undated));
    }
    for (ix, y) in archive.years.iter().enumerate() {
        specs.extend((1..=page_count(size, &[y.readouts.len()])).map(|n| Spec::Year(ix, n)));
    }
    for (ix, p) in archive.people.iter().enumerate() {
        specs.extend((1..=person_pages(size, p)).map(|n| Spec::Person(ix, n)));
    }
    for (ix, c) in archive.countries.iter().enumerate() {
        specs.extend((1..=country_pages(size, c)).map(|n| Spec::Country(ix, n)));
    }
    specs.extend((1..=page_count(size, &[archive.organisations.len()])).map(Spec::Organisations));
    for (ix, o) in archive.organisations.iter().enumerate() {
        specs.extend((1..=organisation_pages(size, o)).map(|n| Spec::Organisation(ix, n)));
    }
    specs.push(Spec::Feed(Feed::Archive));
    specs.extend((0..archive.people.len()).map(|ix| Spec::Feed(Feed::Person(ix))));
    specs.extend((0..archive.countries.len()).map(|ix| Spec::Feed(Feed::Country(ix))));
    specs.extend((0..archive.organisations.len()).map(|ix| Spec::Feed(Feed::Organisation(ix))));
    specs.extend((0..archive.redirects.len()).map(Spec::Redirect));
    specs.extend((0..archive.tombstones.len()).map(Spec::Tombstone));
    specs
}
