//! Readers: which pages read what, recorded as their views were built, so that the preview
//! re-checks a page exactly when something its view read has changed.

use rustc_hash::{FxHashMap, FxHashSet};

use std::collections::BTreeMap;

use crate::artifact::hash;
use crate::config::Config;
use crate::index::{Archive, Before, ReadoutIx};

use super::links::Part;
use super::pagination::{changed_parts, Listed};
use super::{Read, Spec};

/// The pages of the archive as last built, with what each page's view read.
#[derive(Default)]
pub struct Readers {
    /// Every page, in the order of `specs`.
    pub specs: Vec<Spec>,
    reads: FxHashMap<Spec, Vec<Read>>,
    /// The pages that read each readout, person, country and organisation.
    pages: FxHashMap<Read, FxHashSet<Spec>>,
}

impl Readers {
    /// Starts again for an archive whose pages are `specs`; `record` then says what each read.
    pub fn new(specs: Vec<Spec>) -> Readers {
        Readers {
            specs,
            ..Readers::default()
        }
    }

    /// Records what the view of `spec` read, in place of what it read before.
    pub fn record(&mut self, spec: Spec, reads: Vec<Read>) {
        // Most pages the preview checks read what they read before.
        if self.reads.get(&spec) == Some(&reads) {
            return;
        }
        for read in self.reads.get(&spec).into_iter().flatten() {
            if let Some(pages) = self.pages.get_mut(read) {
                pages.remove(&spec);
            }
        }
        for read in &reads {
            self.pages.entry(*read).or_default().insert(spec);
        }
        self.reads.insert(spec, reads);
    }

    /// The pages whose views read one of the readouts at `changed` (what lists show of it, only
    /// when that changed) or a part of the lists and counts of a person, country or organisation that differs from what `before` says it was,
    /// in the order of `specs`.
    pub fn of(
        &self,
        changed: &[ReadoutIx],
        before: &Before,
        archive: &Archive,
        config: &Config,
    ) -> Vec<Spec> {
        let size = config.page_size;
        let mut reads: Vec<Read> = changed.iter().map(|rx| Read::Readout(*rx)).collect();
        // Pages that list an edited readout need a look only when more than its text changed,
        // and those that only looked for related readouts among theirs, when who took part did.
        for rx in changed {
            let now = &archive.readouts[*rx];
            let then = before.listings.get(rx);
            if then.map(|h| h.0) != Some(hash(now.listing())) {
                reads.push(Read::Listing(*rx));
            }
            if then.map(|h| h.1) != Some(hash(now.parties())) {
                reads.push(Read::Parties(*rx));
            }
        }
        reads.extend(changed_reads(
            size,
            &before.people,
            &archive.people,
            Read::Person,
        ));
        reads.extend(changed_reads(
            size,
            &before.countries,
            &archive.countries,
            Read::Country,
        ));
        reads.extend(changed_reads(
            size,
            &before.organisations,
            &archive.organisations,
            Read::Organisation,
        ));
        let stale: FxHashSet<Spec> = (reads.iter())
            .filter_map(|read| self.pages.get(read))
            .flatten()
            .copied()
            .collect();
        (self.specs.iter())
            .filter(|spec| stale.contains(spec))
            .copied()
            .collect()
    }
}

/// What differs of the entities `before` holds a version of from what they are `now`.
fn changed_reads<T: Listed>(
    size: usize,
    before: &BTreeMap<usize, Option<T>>,
    now: &[T],
    read: fn(usize, Part) -> Read,
) -> Vec<Read> {
    (before.iter())
        .flat_map(|(ix, old)| {
            let parts = changed_parts(size, old.as_ref(), &now[*ix]);
            parts.into_iter().map(move |part| read(*ix, part))
        })
        .collect()
}
