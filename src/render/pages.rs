//! Page views: what each kind of page shows, built from the archive when the page is rendered.

use chrono::Datelike;
use serde::Serialize;

use crate::index::{CountryIx, Entry, OrganisationIx, PersonIx, ReadoutIx};
use crate::layout::SEARCH;
use crate::model::EventDate;

use super::chart::{self, every_year, Bar, Chart};
use super::encounters::{countries_met, roles, years_text};
use super::feed::FeedContext;
use super::pagination::{
    country_pages, first_page, initial, letters, organisation_pages, page_count, page_path, pager,
    people_order, person_pages, slice, sorted_by_name,
};
use super::related::{neighbour, related, Relation};
use super::views::{
    Counted, CountedLink, CountryContext, Day, HomeContext, ListContext, Member, Met, NoteView,
    OrganisationContext, PageView, Paragraph, PartnerRow, PersonContext, ReadoutContext,
    ReadoutView, RedirectContext, SearchContext, Secondary, Section, TombstoneContext, Translation,
};
use super::{annotated, citation, Builder, Feed, Page, Spec};

/// How many of a person's titles a country page shows beside their name.
const MEMBER_ROLES: usize = 2;

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
            Spec::Timeline => self.timeline(),
            Spec::Undated(n) => self.undated(n),
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
        // The year page it is listed on, linked from the date that places it there.
        let year = m.placed_on().and_then(|day| {
            (links.archive().years.iter())
                .find(|yr| yr.year == day.year())
                .map(|yr| self.config.link(&yr.path()))
        });
        let by_event = matches!(m.date.value, Some(EventDate::Full(_)));
        let labels = &self.site.labels;
        let date = Day {
            label: labels.date(m.date.value),
            datetime: m.date.value.map(EventDate::datetime),
            year: year.clone().filter(|_| by_event),
        };
        let published = m.published.map(|day| Day {
            label: labels.date(Some(EventDate::Full(day))),
            datetime: Some(EventDate::Full(day).datetime()),
            year: year.filter(|_| !by_event),
        });
        let secondary = m
            .secondary
            .value
            .iter()
            .map(|event| Secondary {
                kind: self.site.labels.kind(event.kind),
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
                let language = links.listing(tx).language;
                Translation {
                    title: link.title,
                    url: link.url,
                    language: language.tag(),
                    language_name: language.endonym(),
                }
            })
            .collect();
        let mut view = ReadoutView {
            title: &m.title.value,
            language: m.language.value.tag(),
            date,
            published,
            kind: self.site.labels.kind(m.kind.value),
            place: m.place.value.as_deref(),
            citation: citation::view(entry, links.archive(), self.config, &participants),
            participants,
            countries: links.countries(&entry.countries),
            secondary,
            mentioned_people: links.people(&entry.mentioned_people),
            mentioned_countries: links.countries(&entry.mentioned_countries),
            mentioned_organisations: links.organisations(&entry.mentioned_organisations),
            paragraphs: self.paragraphs(entry),
            publisher: links.archive().publisher(entry, self.config),
            source_url: m.source_url.as_deref(),
            translations,
            previous: neighbour(links, rx, 1).map(|ix| links.readout(ix)),
            next: neighbour(links, rx, -1).map(|ix| links.readout(ix)),
            same_people: Vec::new(),
            same_countries: Vec::new(),
        };
        for (other, relation) in related(links, rx) {
            match relation {
                Relation::Participants => &mut view.same_people,
                Relation::Countries => &mut view.same_countries,
            }
            .push(links.readout(other));
        }
        let context = ReadoutContext {
            page: PageView::new(self.config, &m.title.value, &entry.path)
                .within(&self.site, Section::Readouts, false)
                .described(citation::description(entry)),
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
            page: PageView::new(self.config, self.site.labels.get("moved"), &redirect.to),
            target: self.config.url(&redirect.to),
        };
        Page::new("redirect.html", &context)
    }

    fn tombstone(&self, ix: usize) -> Page {
        let tombstone = &self.links.archive().tombstones[ix];
        let context = TombstoneContext {
            page: PageView::new(self.config, &tombstone.title, &tombstone.path),
            reason: &tombstone.reason,
        };
        Page::new("gone.html", &context)
    }

    fn not_found(&self) -> Page {
        let context = ListContext::<()> {
            page: PageView::new(self.config, self.site.labels.get("not_found"), "404.html"),
            pager: pager("", self.config, 1, 1),
            items: Vec::new(),
            letters: Vec::new(),
        };
        Page::new("404.html", &context)
    }

    /// The search page: a form and the script that queries the index (`emit::search`).
    fn search(&self) -> Page {
        let context = SearchContext {
            page: PageView::new(self.config, self.site.labels.get("search"), SEARCH),
        };
        Page::new("search.html", &context)
    }

    fn readout_list(&self, n: usize) -> Page {
        let all: Vec<usize> = (0..self.links.archive().readouts.len()).collect();
        let items = self.links.readouts(slice(self.config.page_size, &all, n));
        self.list_page(
            Section::Readouts,
            "all_readouts",
            "readouts.html",
            n,
            all.len(),
            items,
        )
    }

    fn people(&self, n: usize) -> Page {
        let archive = self.links.archive();
        let order = people_order(archive);
        let size = self.config.page_size;
        let initial = |ix: usize| initial(archive.people[ix].sort_name());
        let start = (n - 1) * size;
        let items: Vec<CountedLink> = slice(size, &order, n)
            .iter()
            .enumerate()
            .map(|(i, &ix)| {
                let p = self.links.person_totals(ix);
                let link = self.links.person(ix);
                let at = start + i;
                CountedLink {
                    name: p.name.clone(),
                    url: link.url,
                    count: p.took_part.len() + p.mentioned_in.len(),
                    detail: link.country,
                    initial: (at == start || initial(order[at - 1]) != initial(ix))
                        .then(|| initial(ix)),
                }
            })
            .collect();
        let mut page = self.list_context(Section::People, "people", n, order.len(), items);
        page.letters = letters(&order, size, initial, |n| {
            self.config.link(&page_path(Section::People.path(), n))
        });
        Page::new("people.html", &page)
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
                    initial: None,
                }
            })
            .collect();
        self.list_page(
            Section::Countries,
            "countries",
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
                initial: None,
            })
            .collect();
        self.list_page(
            Section::Organisations,
            "organisations",
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
            page: PageView::new(self.config, &org.name, &path)
                .with_feed(self.config, &Feed::Organisation(ix).path(links.archive()))
                .within(&self.site, Section::Organisations, false),
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
        self.list_page(Section::Years, "years", "years.html", n, all.len(), items)
    }

    fn year_item(&self, ix: usize) -> CountedLink<'_> {
        let y = &self.links.archive().years[ix];
        CountedLink {
            name: y.year.to_string(),
            url: self.config.link(&y.path()),
            count: y.readouts.len(),
            detail: None,
            initial: None,
        }
    }

    /// Page `n` of one of the site's sections, titled by the label at `title`.
    fn list_page<T: Serialize>(
        &self,
        section: Section,
        title: &str,
        template: &'static str,
        n: usize,
        len: usize,
        items: Vec<T>,
    ) -> Page {
        Page::new(template, &self.list_context(section, title, n, len, items))
    }

    fn list_context<T: Serialize>(
        &self,
        section: Section,
        title: &str,
        n: usize,
        len: usize,
        items: Vec<T>,
    ) -> ListContext<T> {
        let base = section.path();
        ListContext {
            page: PageView::new(
                self.config,
                self.site.labels.get(title),
                &page_path(base, n),
            )
            .within(&self.site, section, n == 1),
            pager: pager(
                base,
                self.config,
                n,
                page_count(self.config.page_size, &[len]),
            ),
            items,
            letters: Vec::new(),
        }
    }

    fn person(&self, ix: PersonIx, n: usize) -> Page {
        let links = &self.links;
        let person = links.person_page(ix, n);
        let base = person.path();
        let path = page_path(&base, n);
        let count = person_pages(self.config.page_size, person);
        let context = PersonContext {
            page: PageView::new(self.config, &person.name, &path)
                .with_feed(self.config, &Feed::Person(ix).path(links.archive()))
                .within(&self.site, Section::People, false),
            pager: pager(&base, self.config, n, count),
            person: links.person(ix),
            took_part: links.readouts(slice(self.config.page_size, &person.took_part, n)),
            took_part_count: first_page(n, person.took_part.len()),
            mentioned_in: links.readouts(slice(self.config.page_size, &person.mentioned_in, n)),
            mentioned_in_count: first_page(n, person.mentioned_in.len()),
            met: (first_page(n, &person.met).into_iter().flatten())
                .map(|met| Met {
                    item: links.person(met.person),
                    count: met.count,
                    last: met.last.map(|rx| links.readout(rx)),
                })
                .collect(),
            roles: (first_page(n, ()).map(|()| roles(links, ix).collect())).unwrap_or_default(),
            countries_met: (first_page(n, ()).map(|()| countries_met(links, ix)))
                .unwrap_or_default()
                .into_iter()
                .map(|(c, count)| Counted {
                    item: links.country(c),
                    count,
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
        let years: Vec<i32> = (first_page(n, &country.per_year).into_iter().flatten())
            .map(|(y, _)| *y)
            .collect();
        let partners_by_year: Vec<PartnerRow> = (first_page(n, &country.partners_by_year)
            .into_iter()
            .flatten())
        .map(|row| PartnerRow {
            country: links.country(row.country),
            undated: row.total.saturating_sub(row.per_year.iter().sum()),
            total: row.total,
            counts: row.per_year.clone(),
        })
        .collect();
        let context = CountryContext {
            page: PageView::new(self.config, &country.name, &path)
                .with_feed(self.config, &Feed::Country(ix).path(links.archive()))
                .within(&self.site, Section::Countries, false),
            pager: pager(&base, self.config, n, count),
            country: links.country(ix),
            code: country.code.as_str(),
            took_part: links.readouts(slice(self.config.page_size, &country.took_part, n)),
            took_part_count: first_page(n, country.took_part.len()),
            mentioned_in: links.readouts(slice(self.config.page_size, &country.mentioned_in, n)),
            mentioned_in_count: first_page(n, country.mentioned_in.len()),
            people: (first_page(n, &country.people[..]).unwrap_or_default())
                .iter()
                .map(|p| Member {
                    person: links.person(*p),
                    years: links.person_totals(*p).years.map(years_text),
                    roles: roles(links, *p).take(MEMBER_ROLES).collect(),
                })
                .collect(),
            partners: (first_page(n, &country.partners).into_iter().flatten())
                .map(|(c, count)| Counted {
                    item: links.country(*c),
                    count: *count,
                })
                .collect(),
            chart: first_page(n, ()).map(|()| self.country_chart(ix, &country.per_year)),
            partners_undated: partners_by_year.iter().any(|r| r.undated > 0),
            partners_by_year,
            years,
        };
        Page::new("country.html", &context)
    }

    /// A country's readouts per year, each bar linking to the page of its list where the year
    /// starts.
    fn country_chart(&self, ix: CountryIx, per_year: &[(i32, usize)]) -> Chart {
        let base = self.links.country_entry(ix).path();
        let size = self.config.page_size;
        // The list is newest first: a year starts after every later year's readouts.
        let mut after: usize = per_year.iter().map(|(_, c)| c).sum();
        let bars = every_year(per_year)
            .into_iter()
            .map(|(year, count)| {
                after -= count;
                Bar {
                    label: year.to_string(),
                    tick: Some(year.to_string()),
                    count,
                    url: (count > 0).then(|| self.config.link(&page_path(&base, after / size + 1))),
                }
            })
            .collect();
        chart::bars("per-year", bars)
    }
}
