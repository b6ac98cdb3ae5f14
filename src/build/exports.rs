//! The data exports of the live site (`emit::exports`), kept as every readout's fragments: a
//! rebuild remakes the fragments of the readouts that changed only, and assembles only the files
//! whose fragments changed.

use rayon::prelude::*;

use crate::artifact::{hash, Artifact};
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::emit;
use crate::index::{Archive, ReadoutIx};
use crate::layout::EXPORTS;

/// Every readout's part of every export file, in the archive's order.
#[derive(Default)]
pub(super) struct Exports {
    fragments: Vec<Fragments>,
}

/// One readout's part of every export file (`emit::exports::fragments`), with their hashes.
struct Fragments {
    parts: [String; 4],
    hashes: [u64; 4],
}

impl Fragments {
    fn new(archive: &Archive, config: &Config, rx: ReadoutIx) -> Result<Fragments, Diagnostic> {
        let parts = emit::exports::fragments(&archive.readouts[rx], archive, config)?;
        let hashes = parts.each_ref().map(hash);
        Ok(Fragments { parts, hashes })
    }
}

impl Exports {
    /// Remakes the fragments of the readouts at `changed`, or of every readout. On the narrow
    /// path (`Inputs::update`) nothing but those readouts changed that a fragment reads. After
    /// an error, only remaking every readout's fragments brings them in step.
    pub(super) fn update(
        &mut self,
        archive: &Archive,
        config: &Config,
        changed: Option<&[ReadoutIx]>,
    ) -> Result<(), Diagnostic> {
        match changed {
            Some(rxs) => {
                for &rx in rxs {
                    self.fragments[rx] = Fragments::new(archive, config, rx)?;
                }
            }
            None => {
                self.fragments = (0..archive.readouts.len())
                    .into_par_iter()
                    .map(|rx| Fragments::new(archive, config, rx))
                    .collect::<Result<_, _>>()?;
            }
        }
        Ok(())
    }

    /// Every export file's path with its version (a hash of its fragments' hashes), and the
    /// files assembled because `stale(path, version)`.
    pub(super) fn files(
        &self,
        stale: impl Fn(&str, u64) -> bool + Sync,
    ) -> (Vec<(String, u64)>, Vec<Artifact>) {
        let made: Vec<((String, u64), Option<Artifact>)> = EXPORTS
            .into_par_iter()
            .enumerate()
            .map(|(file, path)| {
                let version = hash(
                    self.fragments
                        .iter()
                        .map(|p| p.hashes[file])
                        .collect::<Vec<u64>>(),
                );
                let assembled = stale(path, version).then(|| {
                    let texts: Vec<&str> = self
                        .fragments
                        .iter()
                        .map(|p| p.parts[file].as_str())
                        .collect();
                    emit::exports::assemble(file, &texts)
                });
                ((path.to_string(), version), assembled)
            })
            .collect();
        let (versions, assembled): (Vec<_>, Vec<_>) = made.into_iter().unzip();
        (versions, assembled.into_iter().flatten().collect())
    }
}
