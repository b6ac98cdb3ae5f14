//! The archive in time: the timeline (years, then months, with a histogram), the year pages,
//! which list their readouts by month, and the list of readouts placed in no year.

use chrono::Datelike;
use serde::Serialize;

use crate::index::{Archive, ReadoutIx};

use super::chart::{self, every_year, Bar, Chart};
use super::pagination::{page_count, page_path, pager, slice};
use super::specs::UNDATED;
use super::views::{CountedLink, PageView, Pager, ReadoutLink, Section};
use super::{Builder, Page};

/// How many readouts of a year fall in each month, and on which page of the year's list the
/// month starts. Its readouts are newest first, so months come December first. Reads the years
/// and where readouts are placed in time, which the preview's narrow path keeps as they are.
fn months(archive: &Archive, year: usize, size: usize) -> Vec<(u32, usize, usize)> {
    let mut months: Vec<(u32, usize, usize)> = Vec::new();
    for (at, rx) in archive.years[year].readouts.iter().enumerate() {
        let month = month_of(archive, *rx);
        match months.last_mut() {
            Some((m, count, _)) if *m == month => *count += 1,
            _ => months.push((month, 1, at / size + 1)),
        }
    }
    months
}

/// The month a readout of a year is placed in (by its event, else its publication).
fn month_of(archive: &Archive, rx: ReadoutIx) -> u32 {
    let placed = archive.readouts[rx].readout.metadata.placed_on();
    placed.map_or(0, |d| d.month())
}

/// The anchor of a month on its year's page.
fn anchor(month: u32) -> String {
    format!("m{month:02}")
}

#[derive(Serialize)]
struct MonthLink {
    name: String,
    url: String,
    count: usize,
}

#[derive(Serialize)]
struct YearRow {
    name: String,
    url: String,
    count: usize,
    months: Vec<MonthLink>,
}

#[derive(Serialize)]
struct TimelineContext<'a> {
    page: PageView,
    chart: Chart,
    years: Vec<YearRow>,
    /// The readouts placed in no year, when there are some.
    undated: Option<CountedLink<'a>>,
}

#[derive(Serialize)]
struct UndatedContext<'a> {
    page: PageView,
    pager: Pager,
    readouts: Vec<ReadoutLink<'a>>,
    timeline: String,
}

/// A month's readouts on a page of its year.
#[derive(Serialize)]
struct MonthGroup<'a> {
    name: String,
    id: String,
    readouts: Vec<ReadoutLink<'a>>,
}

#[derive(Serialize)]
struct YearContext<'a> {
    page: PageView,
    pager: Pager,
    months: Vec<MonthLink>,
    groups: Vec<MonthGroup<'a>>,
    timeline: String,
}

impl Builder<'_, '_> {
    fn month_links(&self, year: usize) -> Vec<MonthLink> {
        let archive = self.links.archive();
        let base = archive.years[year].path();
        let labels = &self.site.labels;
        months(archive, year, self.config.page_size)
            .into_iter()
            .map(|(month, count, page)| MonthLink {
                name: labels.month(month).to_string(),
                url: format!(
                    "{}#{}",
                    self.config.link(&page_path(&base, page)),
                    anchor(month)
                ),
                count,
            })
            .collect()
    }

    pub(super) fn timeline(&self) -> Page {
        let archive = self.links.archive();
        // Oldest first, as time reads from left to right.
        let counts: Vec<(i32, usize)> = (archive.years.iter().rev())
            .map(|y| (y.year, y.readouts.len()))
            .collect();
        let bars = every_year(&counts)
            .into_iter()
            .map(|(year, count)| Bar {
                label: year.to_string(),
                tick: Some(year.to_string()),
                count,
                url: (archive.years.iter())
                    .find(|y| y.year == year)
                    .map(|y| self.config.link(&y.path())),
            })
            .collect();
        let years = (archive.years.iter().enumerate())
            .map(|(ix, y)| YearRow {
                name: y.year.to_string(),
                url: self.config.link(&y.path()),
                count: y.readouts.len(),
                months: self.month_links(ix),
            })
            .collect();
        let labels = &self.site.labels;
        let context = TimelineContext {
            page: PageView::new(
                self.config,
                labels.get("timeline"),
                Section::Timeline.path(),
            )
            .within(&self.site, Section::Timeline, true),
            chart: chart::bars("years", bars),
            years,
            undated: (!archive.undated.is_empty()).then(|| CountedLink {
                name: labels.get("undated").to_string(),
                url: self.config.link(UNDATED),
                count: archive.undated.len(),
                detail: None,
                initial: None,
            }),
        };
        Page::new("timeline.html", &context)
    }

    pub(super) fn year(&self, ix: usize, n: usize) -> Page {
        let links = &self.links;
        let archive = links.archive();
        let year = &archive.years[ix];
        let size = self.config.page_size;
        let base = year.path();
        let mut groups: Vec<MonthGroup> = Vec::new();
        for rx in slice(size, &year.readouts, n) {
            let month = month_of(archive, *rx);
            let id = anchor(month);
            if groups.last().is_none_or(|g| g.id != id) {
                groups.push(MonthGroup {
                    name: self.site.labels.month_year(month, year.year),
                    id,
                    readouts: Vec::new(),
                });
            }
            if let Some(group) = groups.last_mut() {
                group.readouts.push(links.readout(*rx));
            }
        }
        let context =
            YearContext {
                page: PageView::new(self.config, year.year.to_string(), &page_path(&base, n))
                    .within(&self.site, Section::Years, false),
                pager: pager(
                    &base,
                    self.config,
                    n,
                    page_count(size, &[year.readouts.len()]),
                ),
                months: self.month_links(ix),
                groups,
                timeline: self.site.timeline.clone(),
            };
        Page::new("year.html", &context)
    }

    /// Page `n` of the readouts that neither their text nor a publication date places in time.
    pub(super) fn undated(&self, n: usize) -> Page {
        let archive = self.links.archive();
        let size = self.config.page_size;
        let context = UndatedContext {
            page: PageView::new(
                self.config,
                self.site.labels.get("undated"),
                &page_path(UNDATED, n),
            )
            .within(&self.site, Section::Timeline, false),
            pager: pager(
                UNDATED,
                self.config,
                n,
                page_count(size, &[archive.undated.len()]),
            ),
            readouts: self.links.readouts(slice(size, &archive.undated, n)),
            timeline: self.site.timeline.clone(),
        };
        Page::new("undated.html", &context)
    }
}
