//! Views: the borrowed, serializable shapes that templates see. Templates never build URLs.

use serde::Serialize;

use crate::config::Config;
use crate::index::{Archive, CountryIx, OrganisationIx, PersonIx, ReadoutIx};
use crate::model::{Entity, EventDate};

/// Site-wide values every template gets as `site`.
#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub language: &'a str,
    /// The path prefix of every internal link (`/` or `/archive/`).
    pub root: &'a str,
    pub stylesheet: String,
    pub home: String,
    pub readouts: String,
    pub people: String,
    pub countries: String,
    pub organisations: String,
    pub years: String,
    /// The search page, which is also where its index lies; `None` without search.
    pub search: Option<String>,
}

impl<'a> SiteView<'a> {
    pub fn new(config: &'a Config) -> SiteView<'a> {
        let root = config.root_path();
        SiteView {
            title: &config.title,
            description: &config.description,
            language: &config.language,
            root,
            stylesheet: format!("{root}style.css"),
            home: root.to_string(),
            readouts: format!("{root}readouts/"),
            people: format!("{root}people/"),
            countries: format!("{root}countries/"),
            organisations: format!("{root}organisations/"),
            years: format!("{root}years/"),
            search: config.search.then(|| format!("{root}search/")),
        }
    }
}

/// What every page knows about itself as `page`.
#[derive(Serialize)]
pub struct PageView {
    pub title: String,
    /// The absolute URL, for `<link rel="canonical">`.
    pub canonical: String,
    /// The URL of the Atom feed that follows the page, if it has one.
    pub feed: Option<String>,
}

impl PageView {
    pub fn new(config: &Config, title: impl Into<String>, path: &str) -> PageView {
        PageView {
            title: title.into(),
            canonical: format!("{}{path}", config.base_url),
            feed: None,
        }
    }

    /// The page, followed by the feed at `path` (from the site root).
    pub fn with_feed(self, config: &Config, path: &str) -> PageView {
        PageView {
            feed: Some(format!("{}{path}", config.root_path())),
            ..self
        }
    }
}

#[derive(Serialize)]
pub struct Link<'a> {
    pub name: &'a str,
    pub url: String,
}

#[derive(Serialize)]
pub struct PersonLink<'a> {
    pub name: &'a str,
    pub url: String,
    pub country: Option<Link<'a>>,
}

#[derive(Serialize)]
pub struct ReadoutLink<'a> {
    pub title: &'a str,
    pub url: String,
    pub date: String,
    pub date_iso: Option<String>,
    pub kind: &'static str,
}

/// A person with how many events they shared with the page's subject.
#[derive(Serialize)]
pub struct Counted<T> {
    pub item: T,
    pub count: usize,
}

/// Where a paginated page sits among its siblings.
#[derive(Serialize)]
pub struct Pager {
    pub number: usize,
    pub count: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
}

/// Builds links into the archive, all under the site's root path.
pub struct Links<'a> {
    pub archive: &'a Archive,
    pub root: &'a str,
}

impl<'a> Links<'a> {
    pub fn country(&self, ix: CountryIx) -> Link<'a> {
        let c = &self.archive.countries[ix];
        Link {
            name: &c.name,
            url: format!("{}{}", self.root, c.path()),
        }
    }

    pub fn person(&self, ix: PersonIx) -> PersonLink<'a> {
        let p = &self.archive.people[ix];
        PersonLink {
            name: &p.name,
            url: format!("{}{}", self.root, p.path()),
            country: p.country.map(|c| self.country(c)),
        }
    }

    pub fn organisation(&self, ix: OrganisationIx) -> Link<'a> {
        let o = &self.archive.organisations[ix];
        Link {
            name: &o.name,
            url: format!("{}{}", self.root, o.path()),
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
        let e = &self.archive.readouts[ix];
        let m = &e.readout.metadata;
        ReadoutLink {
            title: &m.title.value,
            url: format!("{}{}", self.root, e.path),
            date: date_fr(m.date.value),
            date_iso: m.date.value.map(|d| d.to_string()),
            kind: m.kind.value.label_fr(),
        }
    }

    pub fn readouts(&self, ixs: &[ReadoutIx]) -> Vec<ReadoutLink<'a>> {
        ixs.iter().map(|ix| self.readout(*ix)).collect()
    }
}

/// The date for readers; a year-less date says so, and so does a missing one.
pub fn date_fr(date: Option<EventDate>) -> String {
    date.map_or_else(
        || "date non précisée".to_string(),
        |d| d.french_for_readers(),
    )
}

#[derive(Serialize)]
pub struct Paragraph {
    pub n: usize,
    /// The text with its mentions linked, escaped (`annotated::paragraph_html`).
    pub html: String,
    pub notes: Vec<NoteView>,
}

#[derive(Serialize)]
pub struct NoteView {
    /// Numbered in reading order, from 1: the anchor is `#n1`.
    pub n: usize,
    pub html: String,
}

#[derive(Serialize)]
pub struct Secondary<'a> {
    pub kind: &'static str,
    pub participants: Vec<PersonLink<'a>>,
}

#[derive(Serialize)]
pub struct ReadoutView<'a> {
    pub title: &'a str,
    pub date: String,
    pub date_iso: Option<String>,
    pub year: Option<Link<'a>>,
    pub kind: &'static str,
    pub place: Option<&'a str>,
    pub participants: Vec<PersonLink<'a>>,
    pub countries: Vec<Link<'a>>,
    pub secondary: Vec<Secondary<'a>>,
    pub mentioned_people: Vec<PersonLink<'a>>,
    pub mentioned_countries: Vec<Link<'a>>,
    pub mentioned_organisations: Vec<Link<'a>>,
    pub paragraphs: Vec<Paragraph>,
    pub publisher: &'a str,
    pub source_url: Option<&'a str>,
    pub citation: super::citation::CitationView,
}

#[derive(Serialize)]
pub struct ReadoutContext<'a> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
    pub readout: ReadoutView<'a>,
}

#[derive(Serialize)]
pub struct ListContext<'a, T: Serialize> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
    pub pager: Pager,
    pub items: Vec<T>,
}

#[derive(Serialize)]
pub struct PersonContext<'a> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
    pub pager: Pager,
    pub person: PersonLink<'a>,
    pub took_part: Vec<ReadoutLink<'a>>,
    /// This and the other totals are on the first page only, so that a readout added or moved
    /// far down the lists leaves the pages before it as they are.
    pub took_part_count: Option<usize>,
    pub mentioned_in: Vec<ReadoutLink<'a>>,
    pub mentioned_in_count: Option<usize>,
    pub met: Vec<Counted<PersonLink<'a>>>,
}

#[derive(Serialize)]
pub struct CountryContext<'a> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
    pub pager: Pager,
    pub country: Link<'a>,
    pub code: &'a str,
    pub took_part: Vec<ReadoutLink<'a>>,
    /// Totals, people and partners are on the first page only.
    pub took_part_count: Option<usize>,
    pub mentioned_in: Vec<ReadoutLink<'a>>,
    pub mentioned_in_count: Option<usize>,
    pub people: Vec<PersonLink<'a>>,
    pub partners: Vec<Counted<Link<'a>>>,
}

#[derive(Serialize)]
pub struct OrganisationContext<'a> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
    pub pager: Pager,
    pub organisation: Link<'a>,
    pub mentioned_in: Vec<ReadoutLink<'a>>,
    /// On the first page only.
    pub mentioned_in_count: Option<usize>,
}

#[derive(Serialize)]
pub struct CountedLink<'a> {
    pub name: String,
    pub url: String,
    pub count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<Link<'a>>,
}

#[derive(Serialize)]
pub struct RedirectContext<'a> {
    pub site: &'a SiteView<'a>,
    /// The canonical URL is the target's: search engines and reference managers follow it.
    pub page: PageView,
    pub target: String,
}

#[derive(Serialize)]
pub struct TombstoneContext<'a> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
    pub reason: &'a str,
}

#[derive(Serialize)]
pub struct SearchContext<'a> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
}

#[derive(Serialize)]
pub struct HomeContext<'a> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
    pub latest: Vec<ReadoutLink<'a>>,
    pub readout_count: usize,
    pub person_count: usize,
    pub country_count: usize,
    pub years: Vec<CountedLink<'a>>,
}
