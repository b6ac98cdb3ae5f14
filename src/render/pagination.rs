//! Pagination: how lists are cut into pages, where each page goes, and the order of named lists.

use crate::config::Config;
use crate::index::{Country, Organisation, Person};

use super::views::Pager;

/// What only the first page of a paginated entity shows: its totals and summaries.
pub(super) fn first_page<T>(n: usize, value: T) -> Option<T> {
    (n == 1).then_some(value)
}

/// The path of page `number` (1-based) of a list whose first page is at `base`.
pub(super) fn page_path(base: &str, number: usize) -> String {
    if number == 1 {
        base.to_string()
    } else {
        format!("{base}page/{number}/")
    }
}

/// How many pages of `size` items lists of these lengths need when they share one page sequence
/// (a person's participations and mentions); an empty list still has its first page.
pub(super) fn page_count(size: usize, lens: &[usize]) -> usize {
    lens.iter()
        .map(|l| l.div_ceil(size))
        .max()
        .unwrap_or(0)
        .max(1)
}

/// How many pages a person has: their participations and mentions side by side.
pub(super) fn person_pages(size: usize, p: &Person) -> usize {
    page_count(size, &[p.took_part.len(), p.mentioned_in.len()])
}

pub(super) fn country_pages(size: usize, c: &Country) -> usize {
    page_count(size, &[c.took_part.len(), c.mentioned_in.len()])
}

pub(super) fn organisation_pages(size: usize, o: &Organisation) -> usize {
    page_count(size, &[o.mentioned_in.len()])
}

/// The items of page `number` (1-based) of `size` items; empty past the end.
pub(super) fn slice(size: usize, list: &[usize], number: usize) -> &[usize] {
    let start = ((number - 1) * size).min(list.len());
    &list[start..(start + size).min(list.len())]
}

pub(super) fn pager(base: &str, config: &Config, number: usize, count: usize) -> Pager {
    let url = |n: usize| config.link(&page_path(base, n));
    Pager {
        number,
        count,
        prev: (number > 1).then(|| url(number - 1)),
        next: (number < count).then(|| url(number + 1)),
    }
}

/// Indices ordered by name the way a French reader expects (accents ignored), then by index.
pub(super) fn sorted_by_name<'a>(names: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut keyed: Vec<(String, usize)> = names
        .enumerate()
        .map(|(i, n)| (deunicode::deunicode(n).to_lowercase(), i))
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, i)| i).collect()
}
