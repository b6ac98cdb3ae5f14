//! Pagination: how lists are cut into pages, where each page goes, and the order of named lists.

use crate::config::Config;
use crate::index::{Archive, Country, Organisation, Person};

use super::links::Part;
use super::views::{NamedLink, PageNumber, Pager};

/// A person, country or organisation as its pages show it: up to two lists side by side, page
/// by page, and on its first page (and in the lists of them) its totals and summaries.
pub(super) trait Listed: PartialEq {
    fn lists(&self) -> [&[usize]; 2];
    /// Whether its totals and summaries are those of `other`.
    fn same_totals(&self, other: &Self) -> bool;
}

impl Listed for Person {
    fn lists(&self) -> [&[usize]; 2] {
        [&self.took_part, &self.mentioned_in]
    }

    fn same_totals(&self, other: &Self) -> bool {
        self.lists().map(<[usize]>::len) == other.lists().map(<[usize]>::len)
            && self.met == other.met
            && self.years == other.years
            && self.roles == other.roles
    }
}

impl Listed for Country {
    fn lists(&self) -> [&[usize]; 2] {
        [&self.took_part, &self.mentioned_in]
    }

    fn same_totals(&self, other: &Self) -> bool {
        self.lists().map(<[usize]>::len) == other.lists().map(<[usize]>::len)
            && self.people == other.people
            && self.partners == other.partners
            && self.per_year == other.per_year
            && self.partners_by_year == other.partners_by_year
    }
}

impl Listed for Organisation {
    fn lists(&self) -> [&[usize]; 2] {
        [&self.mentioned_in, &[]]
    }

    fn same_totals(&self, other: &Self) -> bool {
        self.mentioned_in.len() == other.mentioned_in.len()
    }
}

/// How many pages an entity's lists take, side by side.
fn pages(size: usize, entity: &impl Listed) -> usize {
    page_count(size, &entity.lists().map(<[usize]>::len))
}

/// The parts of an entity's pages that differ between its version `old` (`None`: unknown) and
/// `new`: the pages whose items moved, the page count, the totals, and the whole when any did.
pub(super) fn changed_parts<T: Listed>(size: usize, old: Option<&T>, new: &T) -> Vec<Part> {
    let Some(old) = old else {
        let all = [Part::Whole, Part::Totals, Part::Pages].into_iter();
        return all.chain((1..=pages(size, new)).map(Part::Page)).collect();
    };
    if old == new {
        return Vec::new();
    }
    let count = pages(size, old).max(pages(size, new));
    let moved = |n: usize| {
        (old.lists().iter().zip(new.lists())).any(|(o, w)| slice(size, o, n) != slice(size, w, n))
    };
    let mut parts = vec![Part::Whole];
    parts.extend((1..=count).filter(|n| moved(*n)).map(Part::Page));
    if pages(size, old) != pages(size, new) {
        parts.push(Part::Pages);
    }
    if !old.same_totals(new) {
        parts.push(Part::Totals);
    }
    parts
}

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
    pages(size, p)
}

pub(super) fn country_pages(size: usize, c: &Country) -> usize {
    pages(size, c)
}

pub(super) fn organisation_pages(size: usize, o: &Organisation) -> usize {
    pages(size, o)
}

/// The items of page `number` (1-based) of `size` items; empty past the end.
pub(super) fn slice(size: usize, list: &[usize], number: usize) -> &[usize] {
    let start = ((number - 1) * size).min(list.len());
    &list[start..(start + size).min(list.len())]
}

/// Where page `number` of `count` sits, with links to the first, the last and the pages
/// around it (a gap between them is a page without a URL).
pub(super) fn pager(base: &str, config: &Config, number: usize, count: usize) -> Pager {
    let url = |n: usize| config.link(&page_path(base, n));
    let mut pages = Vec::new();
    for n in 1..=count {
        if n == 1 || n == count || n.abs_diff(number) <= 2 {
            pages.push(PageNumber {
                number: n,
                url: Some(url(n)),
            });
        } else if pages.last().is_some_and(|p| p.url.is_some()) {
            pages.push(PageNumber {
                number: n,
                url: None,
            });
        }
    }
    Pager {
        number,
        count,
        prev: (number > 1).then(|| url(number - 1)),
        next: (number < count).then(|| url(number + 1)),
        pages,
    }
}

/// People ordered by surname, then by full name, accents ignored: the people index's order.
/// Reads names only, which the preview's narrow path keeps as they are.
pub(super) fn people_order(archive: &Archive) -> Vec<usize> {
    let mut keyed: Vec<(String, String, usize)> = (archive.people.iter().enumerate())
        .map(|(i, p)| (fold(p.sort_name()), fold(&p.name), i))
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

/// The letter a folded name is filed under: `#` for a name that starts with no letter.
pub(super) fn initial(name: &str) -> char {
    (fold(name).chars().next())
        .filter(char::is_ascii_alphabetic)
        .map_or('#', |c| c.to_ascii_uppercase())
}

/// Where each letter of a list by name starts: `url(page)` with the letter's anchor.
pub(super) fn letters(
    order: &[usize],
    size: usize,
    initial: impl Fn(usize) -> char,
    url: impl Fn(usize) -> String,
) -> Vec<NamedLink> {
    let mut letters: Vec<NamedLink> = Vec::new();
    let mut last = None;
    for (at, ix) in order.iter().enumerate() {
        let letter = initial(*ix);
        if last != Some(letter) {
            last = Some(letter);
            letters.push(NamedLink {
                name: letter.to_string(),
                url: format!("{}#letter-{letter}", url(at / size + 1)),
            });
        }
    }
    letters
}

fn fold(name: &str) -> String {
    deunicode::deunicode(name).to_lowercase()
}

/// Indices ordered by name the way a French reader expects (accents ignored), then by index.
pub(super) fn sorted_by_name<'a>(names: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut keyed: Vec<(String, usize)> = names.enumerate().map(|(i, n)| (fold(n), i)).collect();
    keyed.sort();
    keyed.into_iter().map(|(_, i)| i).collect()
}
