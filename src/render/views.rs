//! Views: the borrowed, serializable shapes that templates see. Templates never build URLs.

use serde::Serialize;

use crate::config::Config;
use crate::layout::{CITATION_CSS, CITATION_SCRIPT, EXPORTS, SEARCH, SEARCH_SCRIPTS};
use crate::model::EventDate;

/// Site-wide values every template gets as `site`.
#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub language: &'a str,
    pub stylesheet: String,
    pub home: String,
    pub readouts: String,
    pub people: String,
    pub countries: String,
    pub organisations: String,
    pub years: String,
    /// The data exports.
    pub data: DataLinks,
    pub citation_stylesheet: String,
    pub citation_script: String,
    /// The search page and its scripts; `None` when the config has no search.
    pub search: Option<SearchLinks>,
}

/// The search page, which is also the folder of its index, and its two scripts.
#[derive(Serialize)]
pub struct SearchLinks {
    pub page: String,
    pub engine: String,
    pub script: String,
}

/// The search page's context: the page only; what it shows comes from the index.
#[derive(Serialize)]
pub struct SearchContext<'a> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
}

/// The links to the data exports, by format.
#[derive(Serialize)]
pub struct DataLinks {
    pub jsonl: String,
    pub csv: String,
    pub bibtex: String,
    pub csl_json: String,
}

impl<'a> SiteView<'a> {
    pub fn new(config: &'a Config) -> SiteView<'a> {
        SiteView {
            title: &config.title,
            description: &config.description,
            language: &config.language,
            stylesheet: config.link("style.css"),
            home: config.link(""),
            readouts: config.link("readouts/"),
            people: config.link("people/"),
            countries: config.link("countries/"),
            organisations: config.link("organisations/"),
            years: config.link("years/"),
            data: DataLinks {
                jsonl: config.link(EXPORTS[0]),
                csv: config.link(EXPORTS[1]),
                bibtex: config.link(EXPORTS[2]),
                csl_json: config.link(EXPORTS[3]),
            },
            citation_stylesheet: config.link(CITATION_CSS),
            citation_script: config.link(CITATION_SCRIPT),
            search: config.search.then(|| SearchLinks {
                page: config.link(SEARCH),
                engine: config.link(SEARCH_SCRIPTS[0]),
                script: config.link(SEARCH_SCRIPTS[1]),
            }),
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
            canonical: config.url(path),
            feed: None,
        }
    }

    /// The page, followed by the feed at `path` (from the site root).
    pub fn with_feed(self, config: &Config, path: &str) -> PageView {
        PageView {
            feed: Some(config.link(path)),
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
    /// The BCP 47 language of the text, for its `lang` attribute.
    pub language: &'static str,
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
    /// The same account in other languages.
    pub translations: Vec<Translation<'a>>,
}

/// A readout that gives the same account in another language.
#[derive(Serialize)]
pub struct Translation<'a> {
    pub title: &'a str,
    pub url: String,
    /// Its BCP 47 language, for `hreflang` and `lang`.
    pub language: &'static str,
    /// That language's name in itself ("English").
    pub language_name: &'static str,
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
pub struct HomeContext<'a> {
    pub site: &'a SiteView<'a>,
    pub page: PageView,
    pub latest: Vec<ReadoutLink<'a>>,
    pub readout_count: usize,
    pub person_count: usize,
    pub country_count: usize,
    pub years: Vec<CountedLink<'a>>,
}
