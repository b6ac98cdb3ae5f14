//! Who met whom, and when: the summaries on the first page of a person or a country.
//!
//! They read a person's or a country's lists through `Links::person_entry` and
//! `Links::country_entry`, and the participants, countries and titles of each of its readouts
//! through `Links::listing`, so that an edit of any of those readouts re-renders the summaries;
//! places in time are read directly, because the narrow path keeps every readout's.

use std::collections::BTreeMap;

use crate::index::{most_frequent_first, CountryIx, PersonIx, ReadoutIx};
use crate::model::Language;

use super::links::Links;
use super::views::RoleView;

/// How many partner countries a country page tabulates year by year.
pub(super) const PARTNERS_BY_YEAR: usize = 8;

/// The people a person met, most frequent first, each with the readout of their latest dated
/// meeting (readouts are newest first, so the first dated one both took part in).
pub(super) fn people_met(links: &Links, ix: PersonIx) -> Vec<(PersonIx, usize, Option<ReadoutIx>)> {
    let person = links.person_entry(ix);
    let mut latest: BTreeMap<PersonIx, ReadoutIx> = BTreeMap::new();
    for rx in &person.took_part {
        let listing = links.listing(*rx);
        if listing.placed_on.is_none() {
            continue;
        }
        for other in listing
            .participants
            .iter()
            .chain(listing.secondary_participants)
        {
            latest.entry(*other).or_insert(*rx);
        }
    }
    (person.met.iter())
        .map(|(other, count)| (*other, *count, latest.get(other).copied()))
        .collect()
}

/// The countries of the people a person met, most frequent first, their own country left out.
pub(super) fn countries_met(links: &Links, ix: PersonIx) -> Vec<(CountryIx, usize)> {
    let person = links.person_entry(ix);
    let archive = links.archive();
    let mut counts: BTreeMap<CountryIx, usize> = BTreeMap::new();
    for (other, count) in &person.met {
        if let Some(c) = archive.people[*other]
            .country
            .filter(|c| Some(*c) != person.country)
        {
            *counts.entry(c).or_default() += count;
        }
    }
    most_frequent_first(&counts)
}

/// How many of `readouts` (the lists of an entity the page read) fall in each year, oldest year
/// first; readouts placed in no year are left out.
pub(super) fn per_year(links: &Links, readouts: &[ReadoutIx]) -> Vec<(i32, usize)> {
    let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
    for year in readouts.iter().filter_map(|rx| year_of(links, *rx)) {
        *counts.entry(year).or_default() += 1;
    }
    counts.into_iter().collect()
}

/// A country's most frequent partners, with how often they met in each year of `years`.
pub(super) fn partners_by_year(
    links: &Links,
    ix: CountryIx,
    years: &[i32],
) -> Vec<(CountryIx, Vec<usize>)> {
    let country = links.country_entry(ix);
    let top: Vec<CountryIx> = (country.partners.iter())
        .take(PARTNERS_BY_YEAR)
        .map(|(c, _)| *c)
        .collect();
    let mut rows: Vec<(CountryIx, Vec<usize>)> =
        top.iter().map(|c| (*c, vec![0; years.len()])).collect();
    for rx in &country.took_part {
        let Some(col) = year_of(links, *rx).and_then(|y| years.binary_search(&y).ok()) else {
            continue;
        };
        for other in links.listing(*rx).countries {
            if let Some(row) = rows.iter_mut().find(|(c, _)| c == other) {
                row.1[col] += 1;
            }
        }
    }
    rows
}

/// The first and last year a person took part in an event, when the readouts give years.
pub(super) fn years_active(links: &Links, ix: PersonIx) -> Option<(i32, i32)> {
    let years = (links.person_entry(ix).took_part.iter()).map(|rx| year_of(links, *rx));
    years.fold(None, widen)
}

/// The year a readout is placed in: its event's, else its publication's.
fn year_of(links: &Links, rx: ReadoutIx) -> Option<i32> {
    let placed = links.archive().readouts[rx].readout.metadata.placed_on();
    placed.map(|d| chrono::Datelike::year(&d))
}

/// The titles the texts give a person by their name (`model::Role`), as an interface in
/// `language` shows them, each with how many readouts give it and the first and last year it is
/// given, the earliest first.
pub(super) fn roles(links: &Links, ix: PersonIx, language: Language) -> Vec<RoleView> {
    let person = links.person_entry(ix);
    let archive = links.archive();
    let mut roles: BTreeMap<&str, (usize, Option<Span>)> = BTreeMap::new();
    for rx in person.took_part.iter().chain(&person.mentioned_in) {
        let year = year_of(links, *rx);
        let given = links.listing(*rx).roles.iter();
        let mut shown: Vec<&str> = (given.filter(|r| archive.person_ix(&r.person) == Some(ix)))
            .map(|r| r.shown(language))
            .collect();
        // Two titles naming one office count one readout once.
        shown.sort_unstable();
        shown.dedup();
        for title in shown {
            let (count, span) = roles.entry(title).or_default();
            *count += 1;
            *span = widen(*span, year);
        }
    }
    let mut roles: Vec<(&str, usize, Option<Span>)> = (roles.into_iter())
        .map(|(title, (count, span))| (title, count, span))
        .collect();
    // Undated titles last; the most frequent first among titles of the same first year.
    roles.sort_by_key(|(title, count, span)| {
        (
            span.map_or(i32::MAX, |s| s.0),
            std::cmp::Reverse(*count),
            *title,
        )
    });
    (roles.into_iter())
        .map(|(title, count, span)| RoleView {
            title: title.to_string(),
            count,
            years: span.map(years_text),
        })
        .collect()
}

/// The first and last year of something.
type Span = (i32, i32);

/// `span` grown to hold `year`, if there is one.
fn widen(span: Option<Span>, year: Option<i32>) -> Option<Span> {
    match (span, year) {
        (Some((first, last)), Some(y)) => Some((first.min(y), last.max(y))),
        (None, Some(y)) => Some((y, y)),
        (span, None) => span,
    }
}

/// "2021" or "2013–2023".
pub(super) fn years_text((first, last): Span) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}
