//! The data exports of the live site (`emit::exports`), kept as every readout's fragments: a
//! rebuild remakes the fragments of the readouts that changed only, and assembles only the files
//! whose fragments changed.

use std::hash::{Hash, Hasher};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::artifact::{hash, Artifact, ContentHasher};
use crate::config::Config;
use crate::emit;
use crate::index::{Archive, ReadoutIx};

#[derive(Default)]
pub(super) struct Exports {
    /// The key of each readout's fragments, in the archive's order.
    keys: Vec<u64>,
    /// Each readout's part of every export file, by a hash of what it is made from.
    fragments: FxHashMap<u64, Fragments>,
}

/// One readout's part of every export file (`emit::exports::fragments`), with their hashes.
struct Fragments {
    parts: [String; 4],
    hashes: [u64; 4],
}

impl Exports {
    /// Brings the fragments in step with the archive: those of the readouts at `changed`, or of
    /// every readout. A readout's fragments depend on its own values (`own`), its path, the names
    /// of the organisations it names and the config (`site`); nothing else changes when only some
    /// readouts do.
    pub(super) fn update(
        &mut self,
        archive: &Archive,
        config: &Config,
        (own, site): (&[u64], u64),
        changed: Option<&[ReadoutIx]>,
    ) {
        let key = |rx: ReadoutIx| {
            let entry = &archive.readouts[rx];
            let mut h = ContentHasher::new();
            (own[rx], &entry.path, site).hash(&mut h);
            let organisations = &entry.mentioned_organisations;
            organisations.len().hash(&mut h);
            for ix in organisations {
                archive.organisations[*ix].name.hash(&mut h);
            }
            h.finish()
        };
        let mut candidates: Vec<ReadoutIx> = match changed {
            Some(rxs) => {
                for &rx in rxs {
                    let old = std::mem::replace(&mut self.keys[rx], key(rx));
                    if old != self.keys[rx] {
                        self.fragments.remove(&old);
                    }
                }
                rxs.to_vec()
            }
            None => {
                self.keys = (0..archive.readouts.len())
                    .into_par_iter()
                    .map(key)
                    .collect();
                let mut old = std::mem::take(&mut self.fragments);
                for key in &self.keys {
                    if let Some(fragments) = old.remove(key) {
                        self.fragments.insert(*key, fragments);
                    }
                }
                (0..archive.readouts.len()).collect()
            }
        };
        candidates.retain(|rx| !self.fragments.contains_key(&self.keys[*rx]));
        candidates.sort_by_key(|rx| self.keys[*rx]);
        candidates.dedup_by_key(|rx| self.keys[*rx]);
        let made: Vec<(u64, Fragments)> = candidates
            .into_par_iter()
            .map(|rx| {
                let parts = emit::exports::fragments(&archive.readouts[rx], archive, config);
                let hashes = parts.each_ref().map(hash);
                (self.keys[rx], Fragments { parts, hashes })
            })
            .collect();
        self.fragments.extend(made);
    }

    /// Every export file's path with its version (a hash of its fragments' hashes), and the file
    /// itself, assembled only when `stale(path, version)`.
    pub(super) fn files(
        &self,
        stale: impl Fn(&str, u64) -> bool + Sync,
    ) -> Vec<((String, u64), Option<Artifact>)> {
        let parts: Vec<&Fragments> = self.keys.iter().map(|k| &self.fragments[k]).collect();
        paths()
            .into_par_iter()
            .enumerate()
            .map(|(file, path)| {
                let version = hash(parts.iter().map(|p| p.hashes[file]).collect::<Vec<u64>>());
                let assembled = stale(&path, version).then(|| {
                    let texts: Vec<&str> = parts.iter().map(|p| p.parts[file].as_str()).collect();
                    emit::exports::assemble(file, &texts)
                });
                ((path, version), assembled)
            })
            .collect()
    }
}

/// The paths of the data exports in the site.
pub(super) fn paths() -> Vec<String> {
    let dir = emit::exports::DIR;
    emit::exports::FILES
        .iter()
        .map(|name| format!("{dir}/{name}"))
        .collect()
}
