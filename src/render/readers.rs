//! Readers: which pages read what, recorded as their views were built, so that the preview
//! re-checks a page exactly when something its view read has changed.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::index::{ReadoutIx, Touched};

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

    /// The pages whose views read one of the readouts at `changed` or the lists of one of the
    /// people, countries and organisations in `touched`, in the order of `specs`.
    pub fn of(&self, changed: &[ReadoutIx], touched: &Touched) -> Vec<Spec> {
        let reads = (changed.iter().map(|rx| Read::Readout(*rx)))
            .chain(touched.people.iter().map(|ix| Read::Person(*ix)))
            .chain(touched.countries.iter().map(|ix| Read::Country(*ix)))
            .chain(
                touched
                    .organisations
                    .iter()
                    .map(|ix| Read::Organisation(*ix)),
            );
        let stale: FxHashSet<Spec> = reads
            .filter_map(|read| self.pages.get(&read))
            .flatten()
            .copied()
            .collect();
        (self.specs.iter())
            .filter(|spec| stale.contains(spec))
            .copied()
            .collect()
    }
}
