//! Who met whom, and when: the summaries on the first page of a person or a country, as views.
//!
//! The index sums them up from every readout (`index::Person::met`, `roles`, `years`,
//! `index::Country::per_year`, `partners_by_year`); pages read them with the totals they belong
//! to, so an edit re-renders a summary only when it changed.

use std::collections::BTreeMap;

use crate::index::{most_frequent_first, CountryIx, GivenRole, PersonIx, Span};

use super::links::Links;
use super::views::RoleView;

/// The countries of the people a person met, most frequent first, their own country left out.
pub(super) fn countries_met(links: &Links, ix: PersonIx) -> Vec<(CountryIx, usize)> {
    let person = links.person_totals(ix);
    let archive = links.archive();
    let mut counts: BTreeMap<CountryIx, usize> = BTreeMap::new();
    for met in &person.met {
        if let Some(c) = archive.people[met.person]
            .country
            .filter(|c| Some(*c) != person.country)
        {
            *counts.entry(c).or_default() += met.count;
        }
    }
    most_frequent_first(&counts)
}

/// The titles the texts give a person, the earliest first.
pub(super) fn roles<'a>(links: &Links<'a>, ix: PersonIx) -> impl Iterator<Item = RoleView> + 'a {
    (links.person_totals(ix).roles.iter()).map(|role: &GivenRole| RoleView {
        title: role.title.clone(),
        count: role.count,
        years: role.years.map(years_text),
    })
}

/// "2021" or "2013–2023".
pub(super) fn years_text((first, last): Span) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}
