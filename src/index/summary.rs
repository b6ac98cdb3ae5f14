//! Summaries: what the first page of a person or a country sums up from all of its readouts (the
//! years they appear in, the titles the texts give them, when they last met each other person,
//! a country's readouts and partners year by year).
//!
//! They are counted as readouts are counted in and out (`Archive::tally`) and settled into
//! `Person` and `Country` with the rest of their totals, so a page shows them without reading
//! thousands of readouts, and the preview re-renders it only when a summary itself changed.

use std::collections::{BTreeMap, BTreeSet};

use super::tally::{count, pairs};
use super::{CountryIx, PartnerYears, PersonIx, ReadoutIx};

/// How many partner countries a country's summary tabulates year by year.
const PARTNERS_BY_YEAR: usize = 8;

/// The first and last year of something.
pub type Span = (i32, i32);

/// A title the texts give a person by their name (`model::Role`, as `Role::shown` names it in the
/// interface's language), in how many readouts, and the first and last year it is given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GivenRole {
    pub title: String,
    pub count: usize,
    pub years: Option<Span>,
}

/// Someone a person took part in events with: how often, and the readout of their latest dated
/// event together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Met {
    pub person: PersonIx,
    pub count: usize,
    pub last: Option<ReadoutIx>,
}

/// The counts a person's summary is settled from.
#[derive(Debug, Default)]
pub(super) struct PersonCounts {
    /// Readouts they took part in, by the year they are placed in.
    years: BTreeMap<i32, usize>,
    /// Titles given them, by title and the year of the readout that gives it.
    roles: BTreeMap<(String, Option<i32>), usize>,
    /// Each other person of their dated readouts, with each of those readouts.
    shared: BTreeSet<(PersonIx, ReadoutIx)>,
}

/// The counts a country's summary is settled from.
#[derive(Debug, Default)]
pub(super) struct CountryCounts {
    /// Readouts its people took part in, by year.
    years: BTreeMap<i32, usize>,
    /// Its events with each other country, by the year of the readout that reports them: counted
    /// as its partners are (`Tallies::partners`), so a partner's years add up to its total but
    /// for the events of readouts placed in no year.
    partner_years: BTreeMap<(CountryIx, i32), usize>,
}

/// What one readout adds to (or takes from) the summaries, as the index links it.
pub(super) struct Part<'a> {
    pub rx: ReadoutIx,
    /// The year it is placed in.
    pub year: Option<i32>,
    /// Everyone who took part in one of its events, each once.
    pub took_part: Vec<PersonIx>,
    /// The countries of the people who took part, each once.
    pub event_countries: &'a [CountryIx],
    /// The countries taking part in each of its events, each once.
    pub events: &'a [Vec<CountryIx>],
    /// The titles it gives people it lists, with whom it gives them to.
    pub roles: &'a [(PersonIx, String)],
}

impl Part<'_> {
    /// The people whose summaries the readout is part of, each once.
    pub(super) fn people(&self) -> BTreeSet<PersonIx> {
        let given = self.roles.iter().map(|(ix, _)| *ix);
        self.took_part.iter().copied().chain(given).collect()
    }

    /// Counts the readout into (`add`) or out of the counts of the person at `ix`.
    pub(super) fn count_person(&self, ix: PersonIx, person: &mut PersonCounts, add: bool) {
        for (_, title) in self.roles.iter().filter(|(p, _)| *p == ix) {
            count(&mut person.roles, &(title.to_string(), self.year), add);
        }
        let Some(year) = self.year.filter(|_| self.took_part.contains(&ix)) else {
            return;
        };
        count(&mut person.years, &year, add);
        for other in self.took_part.iter().filter(|p| **p != ix) {
            if add {
                person.shared.insert((*other, self.rx));
            } else {
                person.shared.remove(&(*other, self.rx));
            }
        }
    }

    /// Counts the readout into (`add`) or out of the counts of its countries.
    pub(super) fn count_countries(&self, countries: &mut [CountryCounts], add: bool) {
        let Some(year) = self.year else {
            return;
        };
        for c in self.event_countries {
            count(&mut countries[*c].years, &year, add);
        }
        for codes in self.events {
            pairs(codes, |a, b| {
                count(&mut countries[a].partner_years, &(b, year), add)
            });
        }
    }
}

impl PersonCounts {
    /// The first and last year they took part in an event, when the readouts give years.
    pub(super) fn years(&self) -> Option<Span> {
        let first = *self.years.keys().next()?;
        let last = *self.years.keys().next_back()?;
        Some((first, last))
    }

    /// The titles given them, the earliest first, the most frequent first among titles first
    /// given the same year, undated titles last.
    pub(super) fn roles(&self) -> Vec<GivenRole> {
        let mut roles: Vec<GivenRole> = Vec::new();
        for ((title, year), n) in &self.roles {
            if roles.last().is_none_or(|r| &r.title != title) {
                roles.push(GivenRole {
                    title: title.clone(),
                    count: 0,
                    years: None,
                });
            }
            let role = roles.last_mut().expect("pushed above");
            role.count += n;
            role.years = widen(role.years, *year);
        }
        roles.sort_by(|a, b| {
            let first = |r: &GivenRole| r.years.map_or(i32::MAX, |s| s.0);
            (first(a).cmp(&first(b)))
                .then(b.count.cmp(&a.count))
                .then(a.title.cmp(&b.title))
        });
        roles
    }

    /// `met` (whom they met, most frequent first) with the readout of each one's latest dated
    /// event with them: the first in the archive's order, which is newest first.
    pub(super) fn met(&self, met: Vec<(PersonIx, usize)>) -> Vec<Met> {
        (met.into_iter())
            .map(|(person, count)| Met {
                person,
                count,
                last: (self.shared.range((person, 0)..))
                    .next()
                    .filter(|(p, _)| *p == person)
                    .map(|(_, rx)| *rx),
            })
            .collect()
    }
}

impl CountryCounts {
    /// How many readouts its people took part in, year by year, the oldest first.
    pub(super) fn per_year(&self) -> Vec<(i32, usize)> {
        self.years.iter().map(|(y, n)| (*y, *n)).collect()
    }

    /// Its first [`PARTNERS_BY_YEAR`] `partners` (most frequent first), each with how many of
    /// its events with them in each year of `per_year`.
    pub(super) fn partners_by_year(&self, partners: &[(CountryIx, usize)]) -> Vec<PartnerYears> {
        (partners.iter().take(PARTNERS_BY_YEAR))
            .map(|&(country, total)| PartnerYears {
                country,
                per_year: (self.years.keys())
                    .map(|y| self.partner_years.get(&(country, *y)).copied().unwrap_or(0))
                    .collect(),
                total,
            })
            .collect()
    }
}

/// `span` grown to hold `year`, if there is one.
fn widen(span: Option<Span>, year: Option<i32>) -> Option<Span> {
    match (span, year) {
        (Some((first, last)), Some(y)) => Some((first.min(y), last.max(y))),
        (None, Some(y)) => Some((y, y)),
        (span, None) => span,
    }
}
