//! Views: the borrowed, serializable shapes that templates see. Templates never build URLs.

use serde::Serialize;

use crate::config::Config;
use crate::layout::{
    CITATION_CSS, CITATION_SCRIPT, EXPORTS, SEARCH, SEARCH_ENGINE, SEARCH_FACETS, SEARCH_MANIFEST,
    SEARCH_PAGE_SCRIPT,
};

use super::labels::Labels;

/// Site-wide values every template gets as `site`, with the interface labels as `site.t`.
#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub language: &'a str,
    pub stylesheet: String,
    pub favicon: String,
    pub home: String,
    /// The sections of the navigation, in order.
    pub sections: Vec<SectionLink>,
    pub readouts: String,
    pub people: String,
    pub countries: String,
    pub organisations: String,
    pub years: String,
    pub timeline: String,
    /// The data exports.
    pub data: DataLinks,
    pub citation_stylesheet: String,
    pub citation_script: String,
    /// The search page and its scripts; `None` when the config has no search.
    pub search: Option<SearchLinks>,
    #[serde(flatten)]
    pub labels: Labels,
}

/// A section of the site: the navigation marks the one a page belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    Readouts,
    People,
    Countries,
    Organisations,
    Years,
    Timeline,
}

impl Section {
    const ALL: [Section; 6] = [
        Section::Readouts,
        Section::People,
        Section::Countries,
        Section::Organisations,
        Section::Years,
        Section::Timeline,
    ];

    /// The section's path from the root, also the key of its label.
    pub fn path(self) -> &'static str {
        match self {
            Section::Readouts => "readouts/",
            Section::People => "people/",
            Section::Countries => "countries/",
            Section::Organisations => "organisations/",
            Section::Years => "years/",
            Section::Timeline => "timeline/",
        }
    }

    fn key(self) -> &'static str {
        self.path().trim_end_matches('/')
    }
}

#[derive(Serialize)]
pub struct SectionLink {
    pub key: Section,
    pub name: String,
    pub url: String,
}

/// The search page, which is also the folder of its index, its scripts (the engine's, in the
/// order they load, then the page's), and the files of the index it loads before any search.
#[derive(Serialize)]
pub struct SearchLinks {
    pub page: String,
    pub engine: [String; 2],
    pub script: String,
    pub preload: [String; 2],
}

/// The search page's context: the page only; what it shows comes from the index.
#[derive(Serialize)]
pub struct SearchContext {
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
        let labels = Labels::of(&config.language);
        let url = |s: Section| config.link(s.path());
        SiteView {
            title: &config.title,
            description: &config.description,
            language: &config.language,
            stylesheet: config.link("style.css"),
            favicon: config.link("favicon.svg"),
            home: config.link(""),
            sections: Section::ALL
                .iter()
                .map(|&key| SectionLink {
                    key,
                    name: labels.get(key.key()).to_string(),
                    url: url(key),
                })
                .collect(),
            readouts: url(Section::Readouts),
            people: url(Section::People),
            countries: url(Section::Countries),
            organisations: url(Section::Organisations),
            years: url(Section::Years),
            timeline: url(Section::Timeline),
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
                engine: SEARCH_ENGINE.map(|s| config.link(s)),
                script: config.link(SEARCH_PAGE_SCRIPT),
                preload: [config.link(SEARCH_MANIFEST), config.link(SEARCH_FACETS)],
            }),
            labels,
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
    /// For `<meta name="description">`.
    pub description: String,
    /// The section the page belongs to, marked in the navigation.
    pub section: Option<Section>,
    /// Whether the page is its section's own list, rather than a page within it.
    pub section_index: bool,
    /// The pages above this one, from the home page down.
    pub crumbs: Vec<NamedLink>,
}

#[derive(Serialize)]
pub struct NamedLink {
    pub name: String,
    pub url: String,
}

impl PageView {
    pub fn new(config: &Config, title: impl Into<String>, path: &str) -> PageView {
        let title = title.into();
        PageView {
            description: format!("{title} · {}", config.title),
            title,
            canonical: config.url(path),
            feed: None,
            section: None,
            section_index: false,
            crumbs: Vec::new(),
        }
    }

    /// The page, followed by the feed at `path` (from the site root).
    pub fn with_feed(self, config: &Config, path: &str) -> PageView {
        PageView {
            feed: Some(config.link(path)),
            ..self
        }
    }

    /// The page as one of `section`'s: its first list page when `index`, else a page within it.
    pub fn within(self, site: &SiteView, section: Section, index: bool) -> PageView {
        let mut crumbs = vec![NamedLink {
            name: site.labels.get("home").to_string(),
            url: site.home.clone(),
        }];
        if !index {
            crumbs.extend(
                site.sections
                    .iter()
                    .filter(|s| s.key == section)
                    .map(|s| NamedLink {
                        name: s.name.clone(),
                        url: s.url.clone(),
                    }),
            );
        }
        PageView {
            section: Some(section),
            section_index: index,
            crumbs,
            ..self
        }
    }

    /// The page, described by `text` for search engines and link previews.
    pub fn described(self, text: impl Into<String>) -> PageView {
        PageView {
            description: text.into(),
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
    /// The date as a `datetime` attribute gives it.
    pub datetime: Option<String>,
    pub kind: &'a str,
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
    pub pages: Vec<PageNumber>,
}

/// A page of a list in the pager; `url` is `None` for a gap of pages not linked.
#[derive(Serialize)]
pub struct PageNumber {
    pub number: usize,
    pub url: Option<String>,
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
    pub kind: &'a str,
    pub participants: Vec<PersonLink<'a>>,
}

#[derive(Serialize)]
pub struct ReadoutView<'a> {
    pub title: &'a str,
    /// The BCP 47 language of the text, for its `lang` attribute.
    pub language: &'static str,
    /// The event's date as the text gives it.
    pub date: Day,
    /// When the text was published, when known.
    pub published: Option<Day>,
    pub kind: &'a str,
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
    /// The readouts before and after it in time.
    pub previous: Option<ReadoutLink<'a>>,
    pub next: Option<ReadoutLink<'a>>,
    /// Related readouts (`render::related`): of the same participants, then of the same
    /// countries.
    pub same_people: Vec<ReadoutLink<'a>>,
    pub same_countries: Vec<ReadoutLink<'a>>,
}

/// A date on a readout's page: its words, its `datetime` attribute and the
/// year page it links to, the one the readout is listed on when this is the date that places it.
#[derive(Serialize)]
pub struct Day {
    pub label: String,
    pub datetime: Option<String>,
    pub year: Option<String>,
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
    pub page: PageView,
    pub readout: ReadoutView<'a>,
}

#[derive(Serialize)]
pub struct ListContext<T: Serialize> {
    pub page: PageView,
    pub pager: Pager,
    pub items: Vec<T>,
    /// Where each letter of a list by name starts, across its pages.
    pub letters: Vec<NamedLink>,
}

#[derive(Serialize)]
pub struct PersonContext<'a> {
    pub page: PageView,
    pub pager: Pager,
    pub person: PersonLink<'a>,
    pub took_part: Vec<ReadoutLink<'a>>,
    /// This and the other totals are on the first page only, so that a readout added or moved
    /// far down the lists leaves the pages before it as they are.
    pub took_part_count: Option<usize>,
    pub mentioned_in: Vec<ReadoutLink<'a>>,
    pub mentioned_in_count: Option<usize>,
    pub met: Vec<Met<'a>>,
    pub countries_met: Vec<Counted<Link<'a>>>,
    pub roles: Vec<RoleView>,
}

/// Someone the page's person met: how often, and the readout of their latest meeting.
#[derive(Serialize)]
pub struct Met<'a> {
    pub item: PersonLink<'a>,
    pub count: usize,
    pub last: Option<ReadoutLink<'a>>,
}

/// One of a country's people, with the years the readouts show them taking part ("2013–2023")
/// and the titles the texts give them most.
#[derive(Serialize)]
pub struct Member<'a> {
    #[serde(flatten)]
    pub person: PersonLink<'a>,
    pub years: Option<String>,
    pub roles: Vec<RoleView>,
}

/// A title the texts give a person, how often, and in which years ("2013–2023").
#[derive(Serialize)]
pub struct RoleView {
    pub title: String,
    pub count: usize,
    pub years: Option<String>,
}

/// A partner country's meetings with the page's country, year by year.
#[derive(Serialize)]
pub struct PartnerRow<'a> {
    pub country: Link<'a>,
    pub counts: Vec<usize>,
    /// Meetings in readouts that give no year.
    pub undated: usize,
    /// All their meetings, as the list of partners counts them.
    pub total: usize,
}

#[derive(Serialize)]
pub struct CountryContext<'a> {
    pub page: PageView,
    pub pager: Pager,
    pub country: Link<'a>,
    pub code: &'a str,
    pub took_part: Vec<ReadoutLink<'a>>,
    /// Totals, people and partners are on the first page only.
    pub took_part_count: Option<usize>,
    pub mentioned_in: Vec<ReadoutLink<'a>>,
    pub mentioned_in_count: Option<usize>,
    pub people: Vec<Member<'a>>,
    pub partners: Vec<Counted<Link<'a>>>,
    /// Readouts per year, drawn as a chart.
    pub chart: Option<super::chart::Chart>,
    /// The years of the partners' table, oldest first, and its rows.
    pub years: Vec<i32>,
    pub partners_by_year: Vec<PartnerRow<'a>>,
    /// Whether a row has meetings without a year, which get a column of their own.
    pub partners_undated: bool,
}

#[derive(Serialize)]
pub struct OrganisationContext<'a> {
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
    /// On the first item of a letter in a list by name: the letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial: Option<char>,
}

#[derive(Serialize)]
pub struct RedirectContext {
    /// The canonical URL is the target's: search engines and reference managers follow it.
    pub page: PageView,
    pub target: String,
}

#[derive(Serialize)]
pub struct TombstoneContext<'a> {
    pub page: PageView,
    pub reason: &'a str,
}

#[derive(Serialize)]
pub struct HomeContext<'a> {
    pub page: PageView,
    pub latest: Vec<ReadoutLink<'a>>,
    pub readout_count: usize,
    pub person_count: usize,
    pub country_count: usize,
    pub years: Vec<CountedLink<'a>>,
}
