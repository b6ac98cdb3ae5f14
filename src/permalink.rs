//! Permalinks: the ledger of every URL the archive has published (`permalinks.lock`), and the
//! assignment of readout URLs that reuses it, so a published URL never moves or disappears.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::diag::{Checked, Diagnostic, Position};
use crate::layout::LEDGER;
use crate::model::{slugify, Readout};

const HEADER: &str =
    "# The URL of every page chancery has published. Commit this file: builds reuse these URLs,\n\
# so a published URL never moves. Change a readout's URL with `slug` in its front matter.\n\n";

/// Every published path, relative to the site root and ending in `/`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ledger {
    /// Readout id → its current path.
    #[serde(default)]
    pub readouts: BTreeMap<String, String>,
    /// A former readout path → the id of the readout now elsewhere; each gets a redirect.
    #[serde(default)]
    pub moved: BTreeMap<String, String>,
    /// Person key → path.
    #[serde(default)]
    pub people: BTreeMap<String, String>,
    /// Lower-case ISO code → path.
    #[serde(default)]
    pub countries: BTreeMap<String, String>,
    /// Organisation key → path.
    #[serde(default)]
    pub organisations: BTreeMap<String, String>,
}

impl Ledger {
    /// The ledger as `permalinks.lock` holds it; one that cannot be serialised is reported,
    /// never written empty.
    pub fn to_toml(&self) -> Result<String, Diagnostic> {
        let text = toml::to_string(self).map_err(|err| Diagnostic::unwritable(LEDGER, err))?;
        Ok(format!("{HEADER}{text}"))
    }

    /// Every path the ledger promises, each once.
    pub fn paths(&self) -> BTreeSet<&str> {
        self.readouts
            .values()
            .chain(self.moved.keys())
            .chain(self.people.values())
            .chain(self.countries.values())
            .chain(self.organisations.values())
            .map(String::as_str)
            .collect()
    }

    /// What differs from `before`, one line each, for `--locked` and reviews.
    pub fn changes_from(&self, before: &Ledger) -> Vec<String> {
        let mut out = Vec::new();
        let maps = [
            ("readout", &before.readouts, &self.readouts),
            ("redirect from", &before.moved, &self.moved),
            ("person", &before.people, &self.people),
            ("country", &before.countries, &self.countries),
            ("organisation", &before.organisations, &self.organisations),
        ];
        for (what, old, new) in maps {
            for (key, value) in new {
                match old.get(key) {
                    None => out.push(format!("new {what} `{key}` → {value}")),
                    Some(v) if v != value => {
                        out.push(format!("{what} `{key}` moves from {v} to {value}"))
                    }
                    Some(_) => {}
                }
            }
        }
        out
    }
}

/// The ledger as read, with its text so messages can point at its lines.
#[derive(Clone, Debug, Default)]
pub struct LedgerFile {
    pub ledger: Ledger,
    pub text: String,
}

/// Reads the ledger under `root`; a missing file is an empty ledger (a new archive).
pub fn load(root: &Path) -> Checked<LedgerFile> {
    match std::fs::read_to_string(root.join(LEDGER)) {
        Ok(text) => Ok(LedgerFile {
            ledger: parse(&text)?,
            text,
        }),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(LedgerFile::default()),
        Err(err) => Err(vec![Diagnostic::io(Path::new(LEDGER), &err)]),
    }
}

pub fn parse(text: &str) -> Checked<Ledger> {
    toml::from_str(text).map_err(|e| vec![Diagnostic::toml(Path::new(LEDGER), text, 0, &e)])
}

/// The readouts' paths (in the readouts' order) and the ledger that records them.
#[derive(Debug)]
pub struct Assignment {
    pub paths: Vec<String>,
    pub ledger: Ledger,
}

/// The longest a slug made from a title may be; past that, URLs get hard to cite.
const MAX_SLUG: usize = 72;

/// Gives every readout its path: the ledger's if it has one, the front matter's `slug` if it asks
/// for a new one (the old path then redirects), else a new path from the date and title.
/// A published readout whose seed is gone is an error unless a seed marks it withdrawn.
pub fn assign(file: &LedgerFile, readouts: &[Readout]) -> (Assignment, Vec<Diagnostic>) {
    let (ledger, ledger_text) = (&file.ledger, file.text.as_str());
    let mut next = ledger.clone();
    let mut errors = Vec::new();
    let ids: BTreeSet<&str> = readouts.iter().map(|r| r.id.as_str()).collect();
    let missing: Vec<&String> = (ledger.readouts.keys())
        .filter(|id| !ids.contains(id.as_str()))
        .collect();
    let lines = if missing.is_empty() {
        HashMap::new()
    } else {
        key_lines(ledger_text)
    };
    for id in missing {
        let line = lines.get(id.as_str()).copied().unwrap_or(Position::START);
        errors.push(
            Diagnostic::error(LEDGER, line, format!("readout `{id}` was published at /{}, but no seed has this id", ledger.readouts[id]))
                .with_help("restore its seed; to take it down, keep the seed with `withdrawn = \"reason\"` in its front matter"),
        );
    }
    let mut taken: BTreeSet<String> = ledger
        .readouts
        .values()
        .chain(ledger.moved.keys())
        .cloned()
        .collect();
    let mut order: Vec<usize> = (0..readouts.len()).collect();
    order.sort_by(|a, b| readouts[*a].id.cmp(&readouts[*b].id));
    let mut paths = vec![String::new(); readouts.len()];
    for ix in order {
        let r = &readouts[ix];
        let current = ledger.readouts.get(&r.id);
        let requested = r
            .metadata
            .slug
            .as_deref()
            .map(|slug| path_for(r.metadata.placed_on(), slug));
        let path = match (current, requested) {
            (Some(current), None) => current.clone(),
            (Some(current), Some(requested)) if *current == requested => current.clone(),
            (current, Some(requested)) => {
                let owner = next.moved.get(&requested).or_else(|| {
                    next.readouts
                        .iter()
                        .find(|(_, p)| **p == requested)
                        .map(|(id, _)| id)
                });
                if owner.is_some_and(|o| *o != r.id) {
                    errors.push(
                        Diagnostic::error(
                            &r.source,
                            Position::START,
                            format!(
                                "slug `{}` gives /{requested}, which is already published",
                                r.metadata.slug.as_deref().unwrap_or_default()
                            ),
                        )
                        .with_help("choose another slug in the front matter"),
                    );
                    current.cloned().unwrap_or(requested)
                } else {
                    next.moved.remove(&requested);
                    if let Some(old) = current {
                        next.moved.insert(old.clone(), r.id.clone());
                    }
                    taken.insert(requested.clone());
                    requested
                }
            }
            (None, None) => {
                let slug = truncate_slug(&slugify(&r.metadata.title.value));
                let slug = if slug.is_empty() {
                    slugify(&r.id)
                } else {
                    slug
                };
                let path = unique(path_for(r.metadata.placed_on(), &slug), &taken);
                taken.insert(path.clone());
                path
            }
        };
        next.readouts.insert(r.id.clone(), path.clone());
        paths[ix] = path;
    }
    (
        Assignment {
            paths,
            ledger: next,
        },
        errors,
    )
}

/// Whether `assign` gives a readout changed from `old` to `new` the same path, whatever the other
/// readouts: it reads the id, the requested slug and the date, and the title of a readout the
/// ledger has no path for yet.
pub fn keeps_path(ledger: &Ledger, old: &Readout, new: &Readout) -> bool {
    let (a, b) = (&old.metadata, &new.metadata);
    old.id == new.id
        && a.slug == b.slug
        && a.placed_on() == b.placed_on()
        && (ledger.readouts.contains_key(&new.id) || a.title.value == b.title.value)
}

/// `readouts/<date>-<slug>/` (the event's full date, else the publication date), or
/// `readouts/<slug>/` without either.
fn path_for(date: Option<NaiveDate>, slug: &str) -> String {
    match date {
        Some(d) => format!("readouts/{}-{slug}/", d.format("%Y-%m-%d")),
        None => format!("readouts/{slug}/"),
    }
}

/// `path`, or `path` with `-2`, `-3`… before the final slash, whichever is free.
fn unique(path: String, taken: &BTreeSet<String>) -> String {
    if !taken.contains(&path) {
        return path;
    }
    let stem = path.trim_end_matches('/');
    (2..)
        .map(|n| format!("{stem}-{n}/"))
        .find(|p| !taken.contains(p))
        .unwrap_or(path)
}

fn truncate_slug(slug: &str) -> String {
    if slug.len() <= MAX_SLUG {
        return slug.to_string();
    }
    let cut = slug[..MAX_SLUG].rfind('-').unwrap_or(MAX_SLUG);
    slug[..cut].to_string()
}

/// The line of the ledger where each key is first written, for messages: read in one pass, as
/// thousands of readouts may be missing at once.
fn key_lines(text: &str) -> HashMap<&str, Position> {
    let mut lines = HashMap::new();
    for (ix, line) in text.lines().enumerate() {
        let key = match line.strip_prefix('"') {
            Some(quoted) => quoted.split('"').next(),
            None => line.split('=').next().map(str::trim),
        };
        if let Some(key) = key.filter(|k| !k.is_empty()) {
            let at = Position {
                line: ix + 1,
                column: 1,
            };
            lines.entry(key).or_insert(at);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_get_a_free_suffix() {
        let taken: BTreeSet<String> =
            ["readouts/a/".to_string(), "readouts/a-2/".to_string()].into();
        assert_eq!(unique("readouts/a/".into(), &taken), "readouts/a-3/");
        assert_eq!(unique("readouts/b/".into(), &taken), "readouts/b/");
    }

    #[test]
    fn long_slugs_are_cut_at_a_word() {
        let long = "a".repeat(40) + "-" + &"b".repeat(40);
        assert_eq!(truncate_slug(&long), "a".repeat(40));
    }

    #[test]
    fn the_ledger_round_trips_and_names_its_changes() {
        let mut ledger = Ledger::default();
        ledger
            .readouts
            .insert("x".into(), "readouts/2025-01-01-x/".into());
        ledger
            .people
            .insert("wang-yi".into(), "people/wang-yi/".into());
        let text = ledger.to_toml().unwrap();
        assert_eq!(parse(&text).unwrap(), ledger);
        assert_eq!(
            key_lines(&text)["wang-yi"].line,
            text.lines().position(|l| l.starts_with("wang-yi")).unwrap() + 1
        );
        let mut moved = ledger.clone();
        moved.readouts.insert("x".into(), "readouts/y/".into());
        assert_eq!(
            moved.changes_from(&ledger),
            ["readout `x` moves from readouts/2025-01-01-x/ to readouts/y/"]
        );
    }
}
