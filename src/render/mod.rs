//! Rendering: the archive through Tera templates into HTML pages, one artifact per page.

mod format;
mod views;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;
use tera::Tera;

use crate::config::Config;
use crate::diag::{Checked, Diagnostic, Position};
use crate::index::{Archive, Entry};
use crate::model::EventDate;
pub use format::date_fr;
use views::{Counted, Link, Links, PageView, Pager, ReadoutLink, SiteView};

/// The folder of templates, relative to the project root.
pub const TEMPLATES: &str = "templates";

/// Lists paginate at this many items per page.
pub const PAGE_SIZE: usize = 50;

/// How many readouts the home page shows.
const HOME_LATEST: usize = 20;

/// The templates every archive needs; `base.html` and any others are free to add.
pub const PAGE_TEMPLATES: [&str; 10] = [
    "home.html",
    "readout.html",
    "readouts.html",
    "person.html",
    "people.html",
    "country.html",
    "countries.html",
    "year.html",
    "years.html",
    "404.html",
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
    tera.autoescape_on(vec![".html"]);
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
/// so URLs stay readable in the page source.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
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
    path: String,
    template: &'static str,
    context: tera::Result<tera::Context>,
}

impl Page {
    fn new(path: String, template: &'static str, values: &impl Serialize) -> Page {
        Page {
            path,
            template,
            context: tera::Context::from_serialize(values),
        }
    }
}

/// Renders every page of the archive. Pure: same archive, config and templates, same bytes.
pub fn render(archive: &Archive, config: &Config, templates: &Templates) -> Checked<Vec<Artifact>> {
    let site = SiteView::new(config);
    let links = Links {
        archive,
        root: config.root_path(),
    };
    let mut pages: Vec<Page> = (0..archive.readouts.len())
        .into_par_iter()
        .map(|rx| readout_page(rx, &site, &links, config))
        .collect();
    pages.extend(index_pages(&site, &links, config));
    let results: Vec<Result<Artifact, Diagnostic>> = pages
        .into_par_iter()
        .map(|page| {
            let html = page
                .context
                .and_then(|ctx| templates.tera.render(page.template, &ctx))
                .map_err(|e| template_error(Some(page.template), &e))?;
            Ok(Artifact {
                path: page.path,
                bytes: html.into_bytes(),
            })
        })
        .collect();
    let mut errors = Vec::new();
    let mut artifacts = Vec::new();
    for result in results {
        match result {
            Ok(a) => artifacts.push(a),
            Err(e) if !errors.contains(&e) => errors.push(e),
            Err(_) => {}
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    artifacts.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(artifacts)
}

#[derive(Serialize)]
struct Paragraph<'a> {
    n: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct Secondary<'a> {
    kind: &'static str,
    participants: Vec<Link<'a>>,
}

#[derive(Serialize)]
struct ReadoutView<'a> {
    title: &'a str,
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
    paragraphs: Vec<Paragraph<'a>>,
    publisher: &'a str,
    source_url: Option<&'a str>,
}

#[derive(Serialize)]
struct ReadoutContext<'a> {
    site: &'a SiteView<'a>,
    page: PageView,
    readout: ReadoutView<'a>,
}

fn readout_page(rx: usize, site: &SiteView, links: &Links, config: &Config) -> Page {
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
    let person_link = |name: &'_ str| {
        let key = crate::model::slugify(name);
        links
            .archive
            .people
            .binary_search_by(|p| p.key.as_str().cmp(&key))
            .ok()
            .map(|ix| links.person(ix))
    };
    let secondary = m
        .secondary
        .value
        .iter()
        .map(|event| Secondary {
            kind: event.kind.label_fr(),
            participants: event
                .participants
                .iter()
                .filter_map(|p| person_link(&p.name))
                .map(|p| Link {
                    name: p.name,
                    url: p.url,
                })
                .collect(),
        })
        .collect();
    let view = ReadoutView {
        title: &m.title.value,
        date: date_fr(m.date.value),
        date_iso: m.date.value.map(|d: EventDate| d.to_string()),
        year,
        kind: m.kind.value.label_fr(),
        place: m.place.value.as_deref(),
        participants: links.people(&entry.participants),
        countries: links.countries(&entry.countries),
        secondary,
        mentioned_people: links.people(&entry.mentioned_people),
        mentioned_countries: links.countries(&entry.mentioned_countries),
        paragraphs: r
            .paragraph_texts()
            .enumerate()
            .map(|(i, text)| Paragraph { n: i + 1, text })
            .collect(),
        publisher: m.publisher.as_deref().unwrap_or(&config.publisher),
        source_url: m.source_url.as_deref(),
    };
    let context = ReadoutContext {
        site,
        page: PageView::new(config, &m.title.value, &entry.path),
        readout: view,
    };
    Page::new(
        format!("{}index.html", entry.path),
        "readout.html",
        &context,
    )
}

/// The path of page `number` (1-based) of a list whose first page is at `base`.
fn page_path(base: &str, number: usize) -> String {
    if number == 1 {
        base.to_string()
    } else {
        format!("{base}page/{number}/")
    }
}

/// Splits lists that share one page sequence (a person's participations and mentions) into pages.
fn paginate<'l>(
    base: &str,
    root: &str,
    lists: &[&'l [usize]],
) -> Vec<(String, Pager, Vec<&'l [usize]>)> {
    let count = lists
        .iter()
        .map(|l| l.len().div_ceil(PAGE_SIZE))
        .max()
        .unwrap_or(0)
        .max(1);
    (1..=count)
        .map(|number| {
            let url = |n: usize| format!("{root}{}", page_path(base, n));
            let pager = Pager {
                number,
                count,
                prev: (number > 1).then(|| url(number - 1)),
                next: (number < count).then(|| url(number + 1)),
            };
            let start = (number - 1) * PAGE_SIZE;
            let slices = lists
                .iter()
                .map(|l| &l[start.min(l.len())..(start + PAGE_SIZE).min(l.len())])
                .collect();
            (page_path(base, number), pager, slices)
        })
        .collect()
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
    took_part_count: usize,
    mentioned_in: Vec<ReadoutLink<'a>>,
    mentioned_in_count: usize,
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
    took_part_count: usize,
    mentioned_in: Vec<ReadoutLink<'a>>,
    mentioned_in_count: usize,
    people: Vec<views::PersonLink<'a>>,
    partners: Vec<Counted<Link<'a>>>,
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
struct HomeContext<'a> {
    site: &'a SiteView<'a>,
    page: PageView,
    latest: Vec<ReadoutLink<'a>>,
    readout_count: usize,
    person_count: usize,
    country_count: usize,
    years: Vec<CountedLink<'a>>,
}

/// Every page that is not a readout: home, lists, people, countries, years, 404.
fn index_pages(site: &SiteView, links: &Links, config: &Config) -> Vec<Page> {
    let archive = links.archive;
    let root = links.root;
    let mut pages = Vec::new();
    let years: Vec<CountedLink> = archive
        .years
        .iter()
        .map(|y| CountedLink {
            name: y.year.to_string(),
            url: format!("{root}{}", y.path()),
            count: y.readouts.len(),
            detail: None,
        })
        .collect();
    let latest: Vec<usize> = (0..archive.readouts.len().min(HOME_LATEST)).collect();
    let home = HomeContext {
        site,
        page: PageView::new(config, &config.title, ""),
        latest: links.readouts(&latest),
        readout_count: archive.readouts.len(),
        person_count: archive.people.len(),
        country_count: archive.countries.len(),
        years,
    };
    pages.push(Page::new("index.html".into(), "home.html", &home));
    pages.push(Page::new(
        "404.html".into(),
        "404.html",
        &ListContext::<()> {
            site,
            page: PageView::new(config, "Page introuvable", "404.html"),
            pager: Pager {
                number: 1,
                count: 1,
                prev: None,
                next: None,
            },
            items: Vec::new(),
        },
    ));

    let all: Vec<usize> = (0..archive.readouts.len()).collect();
    let people: Vec<usize> = sorted_by_name(archive.people.iter().map(|p| p.name.as_str()));
    let countries: Vec<usize> = sorted_by_name(archive.countries.iter().map(|c| c.name.as_str()));
    let year_list: Vec<usize> = (0..archive.years.len()).collect();
    for (path, pager, slices) in paginate("readouts/", root, &[&all]) {
        let context = ListContext {
            site,
            page: PageView::new(config, "Tous les comptes rendus", &path),
            pager,
            items: links.readouts(slices[0]),
        };
        pages.push(Page::new(
            format!("{path}index.html"),
            "readouts.html",
            &context,
        ));
    }
    let list = ListPages { site, config, root };
    pages.extend(
        list.pages("people/", "Personnes", "people.html", &people, |ix| {
            let p = &archive.people[ix];
            let link = links.person(ix);
            CountedLink {
                name: p.name.clone(),
                url: link.url,
                count: p.took_part.len() + p.mentioned_in.len(),
                detail: link.country,
            }
        }),
    );
    pages.extend(
        list.pages("countries/", "Pays", "countries.html", &countries, |ix| {
            let c = &archive.countries[ix];
            CountedLink {
                name: c.name.clone(),
                url: format!("{root}{}", c.path()),
                count: c.took_part.len() + c.mentioned_in.len(),
                detail: None,
            }
        }),
    );
    pages.extend(
        list.pages("years/", "Années", "years.html", &year_list, |ix| {
            let y = &archive.years[ix];
            CountedLink {
                name: y.year.to_string(),
                url: format!("{root}{}", y.path()),
                count: y.readouts.len(),
                detail: None,
            }
        }),
    );

    for year in &archive.years {
        for (path, pager, slices) in paginate(&year.path(), root, &[&year.readouts]) {
            let context = ListContext {
                site,
                page: PageView::new(config, year.year.to_string(), &path),
                pager,
                items: links.readouts(slices[0]),
            };
            pages.push(Page::new(
                format!("{path}index.html"),
                "year.html",
                &context,
            ));
        }
    }
    for (ix, person) in archive.people.iter().enumerate() {
        for (path, pager, slices) in paginate(
            &person.path(),
            root,
            &[&person.took_part, &person.mentioned_in],
        ) {
            let context = PersonContext {
                site,
                page: PageView::new(config, &person.name, &path),
                pager,
                person: links.person(ix),
                took_part: links.readouts(slices[0]),
                took_part_count: person.took_part.len(),
                mentioned_in: links.readouts(slices[1]),
                mentioned_in_count: person.mentioned_in.len(),
                met: person
                    .met
                    .iter()
                    .map(|(p, count)| Counted {
                        item: links.person(*p),
                        count: *count,
                    })
                    .collect(),
            };
            pages.push(Page::new(
                format!("{path}index.html"),
                "person.html",
                &context,
            ));
        }
    }
    for (ix, country) in archive.countries.iter().enumerate() {
        for (path, pager, slices) in paginate(
            &country.path(),
            root,
            &[&country.took_part, &country.mentioned_in],
        ) {
            let context = CountryContext {
                site,
                page: PageView::new(config, &country.name, &path),
                pager,
                country: links.country(ix),
                code: country.code.as_str(),
                took_part: links.readouts(slices[0]),
                took_part_count: country.took_part.len(),
                mentioned_in: links.readouts(slices[1]),
                mentioned_in_count: country.mentioned_in.len(),
                people: links.people(&country.people),
                partners: country
                    .partners
                    .iter()
                    .map(|(c, count)| Counted {
                        item: links.country(*c),
                        count: *count,
                    })
                    .collect(),
            };
            pages.push(Page::new(
                format!("{path}index.html"),
                "country.html",
                &context,
            ));
        }
    }
    pages
}

/// The paginated index of people, countries or years.
struct ListPages<'a> {
    site: &'a SiteView<'a>,
    config: &'a Config,
    root: &'a str,
}

impl<'a> ListPages<'a> {
    fn pages<'i>(
        &self,
        base: &str,
        title: &str,
        template: &'static str,
        ixs: &[usize],
        item: impl Fn(usize) -> CountedLink<'i>,
    ) -> Vec<Page> {
        paginate(base, self.root, &[ixs])
            .into_iter()
            .map(|(path, pager, slices)| {
                let context = ListContext {
                    site: self.site,
                    page: PageView::new(self.config, title, &path),
                    pager,
                    items: slices[0].iter().map(|ix| item(*ix)).collect(),
                };
                Page::new(format!("{path}index.html"), template, &context)
            })
            .collect()
    }
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
