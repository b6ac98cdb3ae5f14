//! Page views: what each kind of page shows, built from the archive when the page is rendered.

use serde::Serialize;

use crate::index::{CountryIx, Entry, OrganisationIx, PersonIx, ReadoutIx};
use crate::layout::SEARCH;
use crate::model::EventDate;

use super::feed::FeedContext;
use super::pagination::{
    country_pages, first_page, organisation_pages, page_count, page_path, pager, person_pages,
    slice, sorted_by_name,
};
use super::views::{
    date_fr, Counted, CountedLink, CountryContext, HomeContext, Link, ListContext, NoteView,
    OrganisationContext, PageView, Paragraph, PersonContext, ReadoutContext, ReadoutView,
    RedirectContext, SearchContext, Secondary, TombstoneContext, Translation,
};
use super::{annotated, citation, Builder, Feed, Page, Spec};

/// How many readouts the home page shows.
pub(super) const HOME_LATEST: usize = 20;

impl Builder<'_, '_> {
    pub(super) fn page(&self, spec: Spec) -> Page {
        match spec {
            Spec::Home => self.home(),
            Spec::NotFound => self.not_found(),
            Spec::Search => self.search(),
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
                &FeedContext::new(feed, &self.links, self.config, &self.site),
            ),
        }
    }

    fn readout(&self, rx: ReadoutIx) -> Page {
        let links = &self.links;
        let entry: &Entry = links.entry(rx);
        let r = &entry.readout;
        let m = &r.metadata;
        let year = m.date.value.and_then(|d| d.year()).and_then(|y| {
            links
                .archive()
                .years
                .iter()
                .find(|yr| yr.year == y)
                .map(|yr| Link {
                    name: "",
                    url: self.config.link(&yr.path()),
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
                    .filter_map(|p| links.archive().person_ix(&p.name))
                    .map(|ix| links.person(ix))
                    .collect(),
            })
            .collect();
        let participants = links.people(&entry.participants);
        let translations = (entry.translations.iter())
            .map(|&tx| {
                let link = links.readout(tx);
                let language = links.entry(tx).readout.metadata.language.value;
                Translation {
                    title: link.title,
                    url: link.url,
                    language: language.tag(),
                    language_name: language.endonym(),
                }
            })
            .collect();
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
            translations,
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
        let archive = self.links.archive();
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
        let redirect = &self.links.archive().redirects[ix];
        let context = RedirectContext {
            site: &self.site,
            page: PageView::new(self.config, "Cette page a changé d'adresse", &redirect.to),
            target: self.config.url(&redirect.to),
        };
        Page::new("redirect.html", &context)
    }

    fn tombstone(&self, ix: usize) -> Page {
        let tombstone = &self.links.archive().tombstones[ix];
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
            pager: pager("", self.config, 1, 1),
            items: Vec::new(),
        };
        Page::new("404.html", &context)
    }

    /// The search page: a form and the script that queries the index (`emit::search`).
    fn search(&self) -> Page {
        let context = SearchContext {
            site: &self.site,
            page: PageView::new(self.config, "Recherche", SEARCH),
        };
        Page::new("search.html", &context)
    }

    fn readout_list(&self, n: usize) -> Page {
        let all: Vec<usize> = (0..self.links.archive().readouts.len()).collect();
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
        let archive = self.links.archive();
        let order = sorted_by_name(archive.people.iter().map(|p| p.name.as_str()));
        let items: Vec<CountedLink> = slice(self.config.page_size, &order, n)
            .iter()
            .map(|&ix| {
                let p = self.links.person_totals(ix);
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
        let archive = self.links.archive();
        let order = sorted_by_name(archive.countries.iter().map(|c| c.name.as_str()));
        let items: Vec<CountedLink> = slice(self.config.page_size, &order, n)
            .iter()
            .map(|&ix| {
                let c = self.links.country_totals(ix);
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
        let archive = self.links.archive();
        let order = sorted_by_name(archive.organisations.iter().map(|o| o.name.as_str()));
        let items: Vec<CountedLink> = slice(self.config.page_size, &order, n)
            .iter()
            .map(|&ix| CountedLink {
                name: archive.organisations[ix].name.clone(),
                url: self.links.organisation(ix).url,
                count: self.links.organisation_totals(ix).mentioned_in.len(),
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
        let org = links.organisation_page(ix, n);
        let base = org.path();
        let path = page_path(&base, n);
        let context = OrganisationContext {
            site: &self.site,
            page: PageView::new(self.config, &org.name, &path)
                .with_feed(self.config, &Feed::Organisation(ix).path(links.archive())),
            pager: pager(
                &base,
                self.config,
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
        let all: Vec<usize> = (0..self.links.archive().years.len()).collect();
        let items: Vec<CountedLink> = slice(self.config.page_size, &all, n)
            .iter()
            .map(|&ix| self.year_item(ix))
            .collect();
        self.list_page("years/", "Années", "years.html", n, all.len(), items)
    }

    fn year_item(&self, ix: usize) -> CountedLink<'_> {
        let y = &self.links.archive().years[ix];
        CountedLink {
            name: y.year.to_string(),
            url: self.config.link(&y.path()),
            count: y.readouts.len(),
            detail: None,
        }
    }

    fn year(&self, ix: usize, n: usize) -> Page {
        let year = &self.links.archive().years[ix];
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
                self.config,
                n,
                page_count(self.config.page_size, &[len]),
            ),
            items,
        };
        Page::new(template, &context)
    }

    fn person(&self, ix: PersonIx, n: usize) -> Page {
        let links = &self.links;
        let person = links.person_page(ix, n);
        let base = person.path();
        let path = page_path(&base, n);
        let count = person_pages(self.config.page_size, person);
        let context = PersonContext {
            site: &self.site,
            page: PageView::new(self.config, &person.name, &path)
                .with_feed(self.config, &Feed::Person(ix).path(links.archive())),
            pager: pager(&base, self.config, n, count),
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
        let country = links.country_page(ix, n);
        let base = country.path();
        let path = page_path(&base, n);
        let count = country_pages(self.config.page_size, country);
        let context = CountryContext {
            site: &self.site,
            page: PageView::new(self.config, &country.name, &path)
                .with_feed(self.config, &Feed::Country(ix).path(links.archive())),
            pager: pager(&base, self.config, n, count),
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
