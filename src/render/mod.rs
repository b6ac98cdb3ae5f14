//! Rendering: the archive through Tera templates into HTML pages, one artifact per page.

pub mod annotated;
mod citation;
mod feed;
mod fingerprint;
mod views;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;
use tera::Tera;

use crate::cite::highlight::Highlighter;
use crate::config::Config;
use crate::diag::{Checked, Diagnostic, Position};
use crate::index::{
    Archive, Country, CountryIx, Entry, Organisation, OrganisationIx, Person, PersonIx, ReadoutIx,
};
use crate::model::EventDate;
pub use feed::Feed;
use feed::FeedContext;
pub use fingerprint::{hash, ContentHasher, Fingerprints};
use views::{date_fr, Counted, Link, Links, PageView, Pager, ReadoutLink, SiteView};

/// The folder of templates, relative to the project root.
pub const TEMPLATES: &str = "templates";

/// How many readouts the home page shows.
const HOME_LATEST: usize = 20;

/// The templates every archive needs; `base.html` and any others are free to add.
pub const PAGE_TEMPLATES: [&str; 15] = [
    "home.html",
    "feed.xml",
    "readout.html",
    "readouts.html",
    "person.html",
    "people.html",
    "country.html",
    "countries.html",
    "organisation.html",
    "organisations.html",
    "year.html",
    "years.html",
    "404.html",
    "redirect.html",
    "gone.html",
];

/// A file of the site: its path from the output root, and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Artifact {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Compiled templates, parsed once per build.
pub struct Templates {
    tera: Tera,
}

/// Compiles template files given as (name, text); `name` is relative to `templates/`.
pub fn compile(files: Vec<(String, String)>) -> Checked<Templates> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape_html);
    let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    let mut errors: Vec<Diagnostic> = PAGE_TEMPLATES
        .iter()
        .filter(|t| !names.iter().any(|n| n == *t))
        .map(|t| {
            Diagnostic::error(
                Path::new(TEMPLATES).join(t),
                Position::START,
                "template missing",
            )
            .with_help(
                "every archive needs this template; copy it from chancery's templates/ folder",
            )
        })
        .collect();
    if let Err(err) = tera.add_raw_templates(files) {
        errors.push(template_error(None, &err));
    }
    if errors.is_empty() {
        Ok(Templates { tera })
    } else {
        Err(errors)
    }
}

/// Escapes text for HTML content and quoted attributes. Unlike Tera's default, leaves `/` alone,
/// so URLs stay readable in the page source. Templates and `annotated` share it.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut plain = 0;
    // The escaped characters are ASCII, so they never sit inside a multi-byte character: the
    // runs between them are copied whole.
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
    out
}

/// A Tera error as a diagnostic: Tera names the template in its message chain.
fn template_error(template: Option<&str>, err: &tera::Error) -> Diagnostic {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    let path = template.map_or_else(
        || PathBuf::from(TEMPLATES),
        |t| Path::new(TEMPLATES).join(t),
    );
    Diagnostic::error(path, Position::START, message.replace('\n', " "))
        .with_help("fix the template; the variables each page gets are listed in README.md")
}

/// One page to render: where it goes, with which template, from which values.
struct Page {
    template: &'static str,
    context: tera::Result<tera::Context>,
}

impl Page {
    fn new(template: &'static str, values: &impl Serialize) -> Page {
        Page {
            template,
            context: tera::Context::from_serialize(values),
        }
    }
}

/// A page of the site, named by what it shows; its values are built only when it is rendered,
/// so memory stays flat however large the archive is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
}

impl Spec {
    /// Where the page goes, from the output root.
    pub fn path(self, archive: &Archive) -> String {
        let dir = match self {
            Spec::Home => String::new(),
            Spec::NotFound => return "404.html".into(),
            Spec::Feed(feed) => return feed.path(archive),
            Spec::Readout(rx) => archive.readouts[rx].path.clone(),
            Spec::Readouts(n) => page_path("readouts/", n),
            Spec::People(n) => page_path("people/", n),
            Spec::Countries(n) => page_path("countries/", n),
            Spec::Years(n) => page_path("years/", n),
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
            Spec::Person(..) => "person.html",
            Spec::Country(..) => "country.html",
            Spec::Organisations(_) => "organisations.html",
            Spec::Organisation(..) => "organisation.html",
            Spec::Redirect(_) => "redirect.html",
            Spec::Tombstone(_) => "gone.html",
            Spec::Feed(_) => "feed.xml",
        }
    }
}

/// Every page of the archive.
pub fn specs(archive: &Archive, size: usize) -> Vec<Spec> {
    let mut specs = vec![Spec::Home, Spec::NotFound];
    specs.extend((0..archive.readouts.len()).map(Spec::Readout));
    specs.extend((1..=page_count(size, &[archive.readouts.len()])).map(Spec::Readouts));
    specs.extend((1..=page_count(size, &[archive.people.len()])).map(Spec::People));
    specs.extend((1..=page_count(size, &[archive.countries.len()])).map(Spec::Countries));
    specs.extend((1..=page_count(size, &[archive.years.len()])).map(Spec::Years));
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

/// Renders the pages of `specs` in parallel, in no particular order. Pure: the same archive,
/// config and templates give the same bytes for each page.
pub fn render<'a>(
    archive: &'a Archive,
    config: &'a Config,
    templates: &'a Templates,
    specs: Vec<Spec>,
) -> impl ParallelIterator<Item = Result<Artifact, Diagnostic>> + 'a {
    let env = Env {
        site: SiteView::new(config),
        links: Links {
            archive,
            root: config.root_path(),
        },
        config,
        highlighter: Highlighter::new(),
    };
    specs.into_par_iter().map(move |spec| {
        let page = env.page(spec);
        debug_assert_eq!(
            page.template,
            spec.template(),
            "Spec::template is out of date"
        );
        let html = page
            .context
            .and_then(|ctx| templates.tera.render(page.template, &ctx))
            .map_err(|e| template_error(Some(page.template), &e))?;
        Ok(Artifact {
            path: spec.path(env.links.archive),
            bytes: html.into_bytes(),
        })
    })
}

/// What building any page needs.
struct Env<'a> {
    site: SiteView<'a>,
    links: Links<'a>,
    config: &'a Config,
    highlighter: Highlighter,
}

impl Env<'_> {
    fn page(&self, spec: Spec) -> Page {
        match spec {
            Spec::Home => self.home(),
            Spec::NotFound => self.not_found(),
            Spec::Readout(rx) => self.readout(rx),
            Spec::Readouts(n) => self.readout_list(n),
            Spec::People(n) => self.people(n),
            Spec::Countries(n) => self.countries(n),
            Spec::Years(n) => self.years(n),
            Spec::Year(ix, n) => self.year(ix, n),
            Spec::Person(ix, n) => self.person(ix, n),
            Spec::Country(ix, n) => self.country(ix, n),
            Spec::Organisations(n) => self.organisations(n),
            Spec::Organisation(ix, n) => self.organisation(ix, n),
            Spec::Redirect(ix) => self.redirect(ix),
            Spec::Tombstone(ix) => self.tombstone(ix),
            Spec::Feed(feed) => Page::new(
                "feed.xml",
                &FeedContext::new(feed, self.links.archive, self.config, &self.site),
            ),
        }
    }
}

#[derive(Serialize)]
struct Paragraph {
    n: usize,
    /// The text with its mentions linked, escaped (`annotated::paragraph_html`).
    html: String,
    notes: Vec<NoteView>,
}

#[derive(Serialize)]
struct NoteView {
    /// Numbered in reading order, from 1: the anchor is `#n1`.
    n: usize,
    html: String,
}

#[derive(Serialize)]
struct Secondary<'a> {
    kind: &'static str,
    participants: Vec<views::PersonLink<'a>>,
}

#[derive(Serialize)]
struct ReadoutView<'a> {
    title: &'a str,
    /// The BCP 47 language of the text, for its `lang` attribute.
    language: &'static str,
    date: String,
    date_iso: Option<String>,
    year: Option<Link<'a>>,
    kind: &'static str,
    place: Option<&'a str>,
    participants: Vec<views::PersonLink<'a>>,
    countries: Vec<Link<'a>>,
    secondary: Vec<Secondary<'a>>,
    mentioned_people: Vec<views::PersonLink<'a>>,
    mentioned_countries: Vec<Link<'a>>,
    mentioned_organisations: Vec<Link<'a>>,
    paragraphs: Vec<Paragraph>,
    publisher: &'a str,
    source_url: Option<&'a str>,
    citation: citation::CitationView,
}

#[derive(Serialize)]
struct ReadoutContext<'a> {
    site: &'a SiteView<'a>,
    page: PageView,
    readout: ReadoutView<'a>,
}

impl Env<'_> {
    fn readout(&self, rx: ReadoutIx) -> Page {
        let links = &self.links;
        let entry: &Entry = &links.archive.readouts[rx];
        let r = &entry.readout;
        let m = &r.metadata;
        let year = m.date.value.and_then(|d| d.year()).and_then(|y| {
            links
                .archive
                .years
                .iter()
                .find(|yr| yr.year == y)
                .map(|yr| Link {
                    name: "",
                    url: format!("{}{}", links.root, yr.path()),
                })
        });
        let secondary = m
            .secondary
            .value
            .iter()
            .map(|event| Secondary {
                kind: event.kind.label_fr(),
                participants: event
                    .participants
                    .iter()
                    .filter_map(|p| links.archive.person_ix(&p.name))
                    .map(|ix| links.person(ix))
                    .collect(),
            })
            .collect();
        let participants = links.people(&entry.participants);
        let view = ReadoutView {
            title: &m.title.value,
            language: m.language.value.tag(),
            date: date_fr(m.date.value),
            date_iso: m.date.value.map(|d: EventDate| d.to_string()),
            year,
            kind: m.kind.value.label_fr(),
            place: m.place.value.as_deref(),
            citation: citation::view(entry, self.config, &participants, &self.highlighter),
            participants,
            countries: links.countries(&entry.countries),
            secondary,
            mentioned_people: links.people(&entry.mentioned_people),
            mentioned_countries: links.countries(&entry.mentioned_countries),
            mentioned_organisations: links.organisations(&entry.mentioned_organisations),
            paragraphs: self.paragraphs(entry),
            publisher: m.publisher.as_deref().unwrap_or(&self.config.publisher),
            source_url: m.source_url.as_deref(),
        };
        let context = ReadoutContext {
            site: &self.site,
            page: PageView::new(self.config, &m.title.value, &entry.path),
            readout: view,
        };
        Page::new("readout.html", &context)
    }

    /// The readout's paragraphs with their mentions linked and their notes, numbered in reading order.
    fn paragraphs(&self, entry: &Entry) -> Vec<Paragraph> {
        let r = &entry.readout;
        let anchors: Vec<annotated::Anchor> = r
            .metadata
            .mentions
            .iter()
            .filter_map(|m| {
                let link = self.links.entity(&m.entity)?;
                Some(annotated::Anchor {
                    span: m.span.clone(),
                    url: link.url,
                    title: link.name,
                })
            })
            .collect();
        let mut notes: Vec<&crate::model::Note> = r.metadata.notes.iter().collect();
        notes.sort_by_key(|note| note.paragraph);
        let mut number = 0;
        r.paragraphs
            .iter()
            .enumerate()
            .map(|(i, range)| Paragraph {
                n: i + 1,
                html: annotated::paragraph_html(&r.body, range.clone(), &anchors),
                notes: notes
                    .iter()
                    .filter(|note| note.paragraph == i + 1)
                    .map(|note| {
                        number += 1;
                        NoteView {
                            n: number,
                            html: annotated::note_html(&note.text),
                        }
                    })
                    .collect(),
            })
            .collect()
    }

    fn home(&self) -> Page {
        let archive = self.links.archive;
        let latest: Vec<usize> = (0..archive.readouts.len().min(HOME_LATEST)).collect();
        let home = HomeContext {
            site: &self.site,
            page: PageView::new(self.config, &self.config.title, "")
                .with_feed(self.config, &Feed::Archive.path(archive)),
            latest: self.links.readouts(&latest),
            readout_count: archive.readouts.len(),
            person_count: archive.people.len(),
            country_count: archive.countries.len(),
            years: (0..archive.years.len())
                .map(|ix| self.year_item(ix))
                .collect(),
        };
        Page::new("home.html", &home)
    }

    fn redirect(&self, ix: usize) -> Page {
        let redirect = &self.links.archive.redirects[ix];
        let context = RedirectContext {
            site: &self.site,
            page: PageView::new(self.config, "Cette page a changé d'adresse", &redirect.to),
            target: format!("{}{}", self.config.base_url, redirect.to),
        };
        Page::new("redirect.html", &context)
    }

    fn tombstone(&self, ix: usize) -> Page {
        let tombstone = &self.links.archive.tombstones[ix];
        let context = TombstoneContext {
            site: &self.site,
            page: PageView::new(self.config, &tombstone.title, &tombstone.path),
            reason: &tombstone.reason,
        };
        Page::new("gone.html", &context)
    }

    fn not_found(&self) -> Page {
        let context = ListContext::<()> {
            site: &self.site,
            page: PageView::new(self.config, "Page introuvable", "404.html"),
            pager: pager("", "", 1, 1),
            items: Vec::new(),
        };
        Page::new("404.html", &context)
    }

    fn readout_list(&self, n: usize) -> Page {
        let all: Vec<usize> = (0..self.links.archive.readouts.len()).collect();
        let items = self.links.readouts(slice(self.config.page_size, &all, n));
        self.list_page(
            "readouts/",
            "Tous les comptes rendus",
            "readouts.html",
            n,
            all.len(),
            items,
        )
    }

    fn people(&self, n: usize) -> Page {
        let archive = self.links.archive;
        let order = sorted_by_name(archive.people.iter().map(|p| p.name.as_str()));
        let items: Vec<CountedLink> = slice(self.config.page_size, &order, n)
            .iter()
            .map(|&ix| {
                let p = &archive.people[ix];
                let link = self.links.person(ix);
                CountedLink {
                    name: p.name.clone(),
                    url: link.url,
                    count: p.took_part.len() + p.mentioned_in.len(),
                    detail: link.country,
                }
            })
            .collect();
        self.list_page("people/", "Personnes", "people.html", n, order.len(), items)
    }

    fn countries(&self, n: usize) -> Page {
        let archive = self.links.archive;
        let order = sorted_by_name(archive.countries.iter().map(|c| c.name.as_str()));
        let items: Vec<CountedLink> = slice(self.config.page_size, &order, n)
            .iter()
            .map(|&ix| {
                let c = &archive.countries[ix];
                CountedLink {
                    name: c.name.clone(),
                    url: self.links.country(ix).url,
                    count: c.took_part.len() + c.mentioned_in.len(),
                    detail: None,
                }
            })
            .collect();
        self.list_page(
            "countries/",
            "Pays",
            "countries.html",
            n,
            order.len(),
            items,
        )
    }

    fn organisations(&self, n: usize) -> Page {
        let archive = self.links.archive;
        let order = sorted_by_name(archive.organisations.iter().map(|o| o.name.as_str()));
        let items: Vec<CountedLink> = slice(self.config.page_size, &order, n)
            .iter()
            .map(|&ix| CountedLink {
                name: archive.organisations[ix].name.clone(),
                url: self.links.organisation(ix).url,
                count: archive.organisations[ix].mentioned_in.len(),
                detail: None,
            })
            .collect();
        self.list_page(
            "organisations/",
            "Organisations",
            "organisations.html",
            n,
            order.len(),
            items,
        )
    }

    fn organisation(&self, ix: OrganisationIx, n: usize) -> Page {
        let links = &self.links;
        let org = &links.archive.organisations[ix];
        let base = org.path();
        let path = page_path(&base, n);
        let context = OrganisationContext {
            site: &self.site,
            page: PageView::new(self.config, &org.name, &path)
                .with_feed(self.config, &Feed::Organisation(ix).path(links.archive)),
            pager: pager(
                &base,
                links.root,
                n,
                organisation_pages(self.config.page_size, org),
            ),
            organisation: links.organisation(ix),
            mentioned_in: links.readouts(slice(self.config.page_size, &org.mentioned_in, n)),
            mentioned_in_count: first_page(n, org.mentioned_in.len()),
        };
        Page::new("organisation.html", &context)
    }

    fn years(&self, n: usize) -> Page {
        let all: Vec<usize> = (0..self.links.archive.years.len()).collect();
        let items: Vec<CountedLink> = slice(self.config.page_size, &all, n)
            .iter()
            .map(|&ix| self.year_item(ix))
            .collect();
        self.list_page("years/", "Années", "years.html", n, all.len(), items)
    }

    fn year_item(&self, ix: usize) -> CountedLink<'_> {
        let y = &self.links.archive.years[ix];
        CountedLink {
            name: y.year.to_string(),
            url: format!("{}{}", self.links.root, y.path()),
            count: y.readouts.len(),
            detail: None,
        }
    }

    fn year(&self, ix: usize, n: usize) -> Page {
        let year = &self.links.archive.years[ix];
        let items = self
            .links
            .readouts(slice(self.config.page_size, &year.readouts, n));
        let title = year.year.to_string();
        self.list_page(
            &year.path(),
            &title,
            "year.html",
            n,
            year.readouts.len(),
            items,
        )
    }

    fn list_page<T: Serialize>(
        &self,
        base: &str,
        title: &str,
        template: &'static str,
        n: usize,
        len: usize,
        items: Vec<T>,
    ) -> Page {
        let path = page_path(base, n);
        let context = ListContext {
            site: &self.site,
            page: PageView::new(self.config, title, &path),
            pager: pager(
                base,
                self.links.root,
                n,
                page_count(self.config.page_size, &[len]),
            ),
            items,
        };
        Page::new(template, &context)
    }

    fn person(&self, ix: PersonIx, n: usize) -> Page {
        let links = &self.links;
        let person = &links.archive.people[ix];
        let base = person.path();
        let path = page_path(&base, n);
        let count = person_pages(self.config.page_size, person);
        let context = PersonContext {
            site: &self.site,
            page: PageView::new(self.config, &person.name, &path)
                .with_feed(self.config, &Feed::Person(ix).path(links.archive)),
            pager: pager(&base, links.root, n, count),
            person: links.person(ix),
            took_part: links.readouts(slice(self.config.page_size, &person.took_part, n)),
            took_part_count: first_page(n, person.took_part.len()),
            mentioned_in: links.readouts(slice(self.config.page_size, &person.mentioned_in, n)),
            mentioned_in_count: first_page(n, person.mentioned_in.len()),
            met: (first_page(n, &person.met).into_iter().flatten())
                .map(|(p, count)| Counted {
                    item: links.person(*p),
                    count: *count,
                })
                .collect(),
        };
        Page::new("person.html", &context)
    }

    fn country(&self, ix: CountryIx, n: usize) -> Page {
        let links = &self.links;
        let country = &links.archive.countries[ix];
        let base = country.path();
        let path = page_path(&base, n);
        let count = country_pages(self.config.page_size, country);
        let context = CountryContext {
            site: &self.site,
            page: PageView::new(self.config, &country.name, &path)
                .with_feed(self.config, &Feed::Country(ix).path(links.archive)),
            pager: pager(&base, links.root, n, count),
            country: links.country(ix),
            code: country.code.as_str(),
            took_part: links.readouts(slice(self.config.page_size, &country.took_part, n)),
            took_part_count: first_page(n, country.took_part.len()),
            mentioned_in: links.readouts(slice(self.config.page_size, &country.mentioned_in, n)),
            mentioned_in_count: first_page(n, country.mentioned_in.len()),
            people: links.people(first_page(n, &country.people[..]).unwrap_or_default()),
            partners: (first_page(n, &country.partners).into_iter().flatten())
                .map(|(c, count)| Counted {
                    item: links.country(*c),
                    count: *count,
                })
                .collect(),
        };
        Page::new("country.html", &context)
    }
}

/// What only the first page of a paginated entity shows: its totals and summaries.
fn first_page<T>(n: usize, value: T) -> Option<T> {
    (n == 1).then_some(value)
}

/// The path of page `number` (1-based) of a list whose first page is at `base`.
fn page_path(base: &str, number: usize) -> String {
    if number == 1 {
        base.to_string()
    } else {
        format!("{base}page/{number}/")
    }
}

/// How many pages of `size` items lists of these lengths need when they share one page sequence
/// (a person's participations and mentions); an empty list still has its first page.
fn page_count(size: usize, lens: &[usize]) -> usize {
    lens.iter()
        .map(|l| l.div_ceil(size))
        .max()
        .unwrap_or(0)
        .max(1)
}

/// How many pages a person has: their participations and mentions side by side.
fn person_pages(size: usize, p: &Person) -> usize {
    page_count(size, &[p.took_part.len(), p.mentioned_in.len()])
}

fn country_pages(size: usize, c: &Country) -> usize {
    page_count(size, &[c.took_part.len(), c.mentioned_in.len()])
}

fn organisation_pages(size: usize, o: &Organisation) -> usize {
    page_count(size, &[o.mentioned_in.len()])
}

/// The items of page `number` (1-based) of `size` items; empty past the end.
fn slice(size: usize, list: &[usize], number: usize) -> &[usize] {
    let start = ((number - 1) * size).min(list.len());
    &list[start..(start + size).min(list.len())]
}

fn pager(base: &str, root: &str, number: usize, count: usize) -> Pager {
    let url = |n: usize| format!("{root}{}", page_path(base, n));
    Pager {
        number,
        count,
        prev: (number > 1).then(|| url(number - 1)),
        next: (number < count).then(|| url(number + 1)),
    }
}

#[derive(Serialize)]
struct ListContext<'a, T: Serialize> {
    site: &'a SiteView<'a>,
    page: PageView,
    pager: Pager,
    items: Vec<T>,
}

#[derive(Serialize)]
struct PersonContext<'a> {
    site: &'a SiteView<'a>,
    page: PageView,
    pager: Pager,
    person: views::PersonLink<'a>,
    took_part: Vec<ReadoutLink<'a>>,
    /// This and the other totals are on the first page only, so that a readout added or moved
    /// far down the lists leaves the pages before it as they are.
    took_part_count: Option<usize>,
    mentioned_in: Vec<ReadoutLink<'a>>,
    mentioned_in_count: Option<usize>,
    met: Vec<Counted<views::PersonLink<'a>>>,
}

#[derive(Serialize)]
struct CountryContext<'a> {
    site: &'a SiteView<'a>,
    page: PageView,
    pager: Pager,
    country: Link<'a>,
    code: &'a str,
    took_part: Vec<ReadoutLink<'a>>,
    /// Totals, people and partners are on the first page only.
    took_part_count: Option<usize>,
    mentioned_in: Vec<ReadoutLink<'a>>,
    mentioned_in_count: Option<usize>,
    people: Vec<views::PersonLink<'a>>,
    partners: Vec<Counted<Link<'a>>>,
}

#[derive(Serialize)]
struct OrganisationContext<'a> {
    site: &'a SiteView<'a>,
    page: PageView,
    pager: Pager,
    organisation: Link<'a>,
    mentioned_in: Vec<ReadoutLink<'a>>,
    /// On the first page only.
    mentioned_in_count: Option<usize>,
}

#[derive(Serialize)]
struct CountedLink<'a> {
    name: String,
    url: String,
    count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<Link<'a>>,
}

#[derive(Serialize)]
struct RedirectContext<'a> {
    site: &'a SiteView<'a>,
    /// The canonical URL is the target's: search engines and reference managers follow it.
    page: PageView,
    target: String,
}

#[derive(Serialize)]
struct TombstoneContext<'a> {
    site: &'a SiteView<'a>,
    page: PageView,
    reason: &'a str,
}

#[derive(Serialize)]
struct HomeContext<'a> {
    site: &'a SiteView<'a>,
    page: PageView,
    latest: Vec<ReadoutLink<'a>>,
    readout_count: usize,
    person_count: usize,
    country_count: usize,
    years: Vec<CountedLink<'a>>,
}

/// Indices ordered by name the way a French reader expects (accents ignored), then by index.
fn sorted_by_name<'a>(names: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut keyed: Vec<(String, usize)> = names
        .enumerate()
        .map(|(i, n)| (deunicode::deunicode(n).to_lowercase(), i))
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn escaping_keeps_every_other_character() {
        assert_eq!(
            escape_html("l’« <b> » & \"Ürümqi\" d'été"),
            "l’« &lt;b&gt; » &amp; &quot;Ürümqi&quot; d&#39;été"
        );
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("&"), "&amp;");
        assert_eq!(escape_html("é"), "é");
    }
}
