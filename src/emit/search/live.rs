//! The search index of the preview, kept between rebuilds with every readout's terms and facet
//! values, so that an edit analyses only the readouts it changed and remakes only the files
//! they are part of: the shards of their terms, old and new, the facets when their values
//! changed, their result records and their texts.

use std::collections::BTreeSet;

use rayon::prelude::*;

use crate::artifact::Artifact;
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::index::{Archive, ReadoutIx};
use crate::render::Labels;

use super::facets::{self, DocValues, Values};
use super::postings::{shard_count, shard_of, DocTerms, Index};
use super::{doc_file, facet_file, files, shard_files, text_file, Analyzers, DOC_CHUNK};

/// The index of an archive, with what each readout brought to it.
pub struct LiveIndex {
    terms: Vec<DocTerms>,
    index: Index,
    values: Vec<DocValues>,
    facets: Vec<Values>,
}

impl LiveIndex {
    /// The index of `archive`, with its files (those `search::index` gives).
    pub fn new(
        archive: &Archive,
        config: &Config,
    ) -> Result<(LiveIndex, Vec<Artifact>), Diagnostic> {
        let labels = Labels::of(&config.language);
        let analyzers = Analyzers::new();
        let terms = analyzers.all_terms(&archive.readouts, archive);
        let mut index = Index::default();
        terms.iter().for_each(|doc| index.add(doc));
        let values: Vec<DocValues> = (archive.readouts.par_iter())
            .map(|entry| facets::values(entry, archive, config, &labels))
            .collect();
        let facets = facets::gather(&values);
        let files = files(&index, &facets, archive, config, &labels)?;
        let live = LiveIndex {
            terms,
            index,
            values,
            facets,
        };
        Ok((live, files))
    }

    /// Analyses again the readouts at `changed`, which kept their places in an archive that kept
    /// its readouts; returns the files that may have changed.
    pub fn update(
        &mut self,
        archive: &Archive,
        config: &Config,
        changed: &[ReadoutIx],
    ) -> Result<Vec<Artifact>, Diagnostic> {
        let analyzers = Analyzers::new();
        let labels = Labels::of(&config.language);
        let shards = shard_count(archive.readouts.len());
        let mut touched = BTreeSet::new();
        let mut facets_changed = false;
        for &rx in changed {
            let entry = &archive.readouts[rx];
            let terms = analyzers.terms(entry, archive);
            let keys = self.index.replace(rx as u32, &self.terms[rx], &terms);
            touched.extend(keys.iter().map(|key| shard_of(key, shards)));
            self.terms[rx] = terms;
            let values = facets::values(entry, archive, config, &labels);
            if values != self.values[rx] {
                let old = std::mem::replace(&mut self.values[rx], values);
                facets::replace(&mut self.facets, rx as u32, &old, &self.values);
                facets_changed = true;
            }
        }
        let mut files = shard_files(self.index.shards_where(|n| touched.contains(&n)));
        if facets_changed {
            files.push(facet_file(&self.facets, archive));
        }
        files.extend(changed.iter().map(|&rx| text_file(&archive.readouts[rx])));
        let chunks: BTreeSet<usize> = changed.iter().map(|rx| rx / DOC_CHUNK).collect();
        for n in chunks {
            files.push(doc_file(n, archive, &labels)?);
        }
        Ok(files)
    }
}
