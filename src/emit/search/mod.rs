//! The search index: a static, sharded full-text index of the readouts with facets, under
//! `search/`, which the search page's script (`static/search.js`) queries in the browser,
//! fetching only the files its query needs.
//!
//! - `search/index.json`: the manifest (readout and shard counts, stop words, facets);
//! - `search/t/N.bin`, `search/t/N.pos`: the terms hashed to shard N (`postings`);
//! - `search/facets.bin`: every facet's values and their readouts (`facets`);
//! - `search/d/N.json.gz`: what a result shows of readouts 256N to 256N + 255, each as an
//!   array: its path (its URL under the site's root, its text's file under `x/`), title, date
//!   as the page shows it, kind (a number, into the manifest's `kinds`) and participants; in
//!   gzip, which the browser decompresses (`DecompressionStream`);
//! - `search/x/PATH.txt`: the text of the readout at `PATH`, a paragraph a line, where a
//!   result's snippet is cut from (a tenth of the readout's page, which a result would
//!   otherwise fetch whole); named by the readout's path, which an edit keeps, so the preview
//!   rewrites only the texts it changed.
//!
//! Readouts are numbered in the archive's order (newest first), so sorting by date is sorting
//! by number.

mod encode;
pub mod facets;
mod live;
pub mod postings;
pub mod text;

use std::io::Write;
use std::sync::Mutex;

use flate2::write::GzEncoder;
use flate2::Compression;
use rayon::prelude::*;
use serde::Serialize;

use crate::artifact::Artifact;
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::index::{Archive, Entry};
use crate::layout::{SEARCH, SEARCH_FACETS, SEARCH_MANIFEST};
use crate::model::{EventKind, Language};
use crate::render::Labels;
pub use live::LiveIndex;
use postings::{doc_terms, DocTerms, Index};
use text::{Analyzer, Memo, STOP_WORDS};

/// How many readouts a file of `d/` describes: the ten results a page shows are spread over
/// the archive by their dates, and every file more is a request more on the way to showing
/// them. Compressed, a file of 256 weighs about what one of 32 did uncompressed: some 13 KB of
/// real readouts' records.
const DOC_CHUNK: usize = 256;

/// How many readouts are analysed at once: enough to keep both cores busy, few enough that
/// their terms never outweigh the index.
const BLOCK: usize = 512;

/// The index files of the archive, sorted by path.
pub fn index(archive: &Archive, config: &Config) -> Result<Vec<Artifact>, Diagnostic> {
    let analyzers = Analyzers::new();
    let labels = Labels::of(&config.language);
    let mut index = Index::default();
    // A block's terms join the index, which only one thread can do, while the next block is
    // analysed on the other threads.
    let mut analysed: Vec<DocTerms> = Vec::new();
    for block in archive.readouts.chunks(BLOCK) {
        let (terms, ()) = rayon::join(
            || analyzers.all_terms(block, archive),
            || analysed.iter().for_each(|doc| index.add(doc)),
        );
        analysed = terms;
    }
    analysed.iter().for_each(|doc| index.add(doc));
    let facets = facets::facets(archive, config, &labels);
    files(&index, &facets, archive, config, &labels)
}

/// Every file of the index: its shards, its facets, the result records and the manifest, sorted
/// by path.
fn files(
    index: &Index,
    facets: &[facets::Values],
    archive: &Archive,
    config: &Config,
    labels: &Labels,
) -> Result<Vec<Artifact>, Diagnostic> {
    let mut files = shard_files(index.shards_where(|_| true));
    files.push(facet_file(facets, archive));
    let records: Result<Vec<Artifact>, Diagnostic> =
        (0..archive.readouts.len().div_ceil(DOC_CHUNK))
            .into_par_iter()
            .map(|n| doc_file(n, archive, labels))
            .collect();
    files.extend(records?);
    files.par_extend(archive.readouts.par_iter().map(text_file));
    files.push(manifest(archive, config, labels)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The files of the shards numbered as given.
fn shard_files(shards: Vec<(u32, Vec<u8>, Vec<u8>)>) -> Vec<Artifact> {
    shards
        .into_iter()
        .flat_map(|(n, bin, pos)| {
            [
                artifact(format!("t/{n}.bin"), bin),
                artifact(format!("t/{n}.pos"), pos),
            ]
        })
        .collect()
}

fn facet_file(facets: &[facets::Values], archive: &Archive) -> Artifact {
    let total = archive.readouts.len() as u32;
    Artifact {
        path: SEARCH_FACETS.into(),
        bytes: facets::encode_all(facets, total),
    }
}

/// The file `d/N.json.gz` of the readouts of chunk `n`.
fn doc_file(n: usize, archive: &Archive, labels: &Labels) -> Result<Artifact, Diagnostic> {
    let chunk = &archive.readouts[n * DOC_CHUNK..((n + 1) * DOC_CHUNK).min(archive.readouts.len())];
    let path = format!("{SEARCH}d/{n}.json.gz");
    let json = json(&path, &doc_records(chunk, archive, labels))?;
    let bytes = gzip(&json).map_err(|err| Diagnostic::unwritable(&path, err))?;
    Ok(Artifact { path, bytes })
}

/// `value` in JSON, for the file at `path`; a value that cannot be serialised is reported.
fn json(path: &str, value: &impl Serialize) -> Result<Vec<u8>, Diagnostic> {
    serde_json::to_vec(value).map_err(|err| Diagnostic::unwritable(path, err))
}

/// `bytes` in gzip at the default level (a quarter smaller than the fastest on real readouts'
/// records, a third of their bytes, for some milliseconds a file). The header has no file name
/// and no time, so the same bytes always give the same file.
fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut gzip = GzEncoder::new(Vec::new(), Compression::default());
    gzip.write_all(bytes)?;
    gzip.finish()
}

/// Where the text of the readout at `path` is, under `search/`.
fn text_path(path: &str) -> String {
    format!("x/{}.txt", path.trim_end_matches('/'))
}

/// The file of a readout's text: its paragraphs, a line each, as the page numbers them.
fn text_file(entry: &Entry) -> Artifact {
    let mut text = String::with_capacity(entry.readout.body.len());
    for paragraph in entry.readout.paragraph_texts() {
        text.push_str(paragraph);
        text.push('\n');
    }
    artifact(text_path(&entry.path), text.into_bytes())
}

/// An analyzer for each language readouts are written in, and a memo of the words analysed for
/// each thread, kept from one readout to the next (a memo that starts empty must stem every
/// word it meets again).
struct Analyzers {
    analyzers: [Analyzer; Language::ALL.len()],
    memos: Vec<Mutex<Memo>>,
}

impl Analyzers {
    fn new() -> Analyzers {
        Analyzers {
            analyzers: Language::ALL.map(Analyzer::new),
            memos: (0..rayon::current_num_threads())
                .map(|_| Mutex::default())
                .collect(),
        }
    }

    /// The terms of `entries`, in order, analysed in parallel.
    fn all_terms(&self, entries: &[Entry], archive: &Archive) -> Vec<DocTerms> {
        (entries.par_iter())
            .map(|entry| self.terms(entry, archive))
            .collect()
    }

    /// A readout's terms: its title and participants as paragraph 0, then its paragraphs, each
    /// word stemmed by the rules of the language the extractor read the readout in.
    fn terms(&self, entry: &Entry, archive: &Archive) -> DocTerms {
        // Only this thread takes its own memo: the lock is never waited for.
        let thread = rayon::current_thread_index().unwrap_or(0) % self.memos.len();
        let mut memo = self.memos[thread].lock().unwrap_or_else(|e| e.into_inner());
        let r = &entry.readout;
        let mut head = r.metadata.title.value.clone();
        for &ix in &entry.participants {
            head.push('\n');
            head.push_str(&archive.people[ix].name);
        }
        let analyzer = &self.analyzers[r.metadata.language.value as usize];
        doc_terms(analyzer, &mut memo, &head, r.paragraph_texts())
    }
}

fn artifact(path: String, bytes: Vec<u8>) -> Artifact {
    Artifact {
        path: format!("{SEARCH}{path}"),
        bytes,
    }
}

/// What a result shows of a readout, written as an array (path, title, date, kind,
/// participants): the path gives its URL and its text's file, the kind is a number.
#[derive(Serialize)]
struct DocRecord<'a>(&'a str, &'a str, String, usize, Vec<&'a str>);

fn doc_records<'a>(
    chunk: &'a [Entry],
    archive: &'a Archive,
    labels: &Labels,
) -> Vec<DocRecord<'a>> {
    chunk
        .iter()
        .map(|entry| {
            let m = &entry.readout.metadata;
            DocRecord(
                &entry.path,
                &m.title.value,
                labels.date(m.date.value),
                kind_number(m.kind.value),
                (entry.participants.iter())
                    .map(|&ix| archive.people[ix].name.as_str())
                    .collect(),
            )
        })
        .collect()
}

#[derive(Serialize)]
struct Manifest<'a> {
    version: u32,
    /// The site's root path, which a result's path is under.
    root: String,
    docs: usize,
    shards: u32,
    doc_chunk: usize,
    /// The kinds of event, by their numbers in the records.
    kinds: Vec<&'a str>,
    stop_words: &'static [&'static str],
    facets: Vec<FacetInfo<'a>>,
}

#[derive(Serialize)]
struct FacetInfo<'a> {
    name: &'static str,
    label: &'a str,
}

/// The number of a kind of event in the records and the manifest.
fn kind_number(kind: EventKind) -> usize {
    EventKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

fn manifest(archive: &Archive, config: &Config, labels: &Labels) -> Result<Artifact, Diagnostic> {
    let manifest = Manifest {
        version: 2,
        root: config.link(""),
        docs: archive.readouts.len(),
        shards: postings::shard_count(archive.readouts.len()),
        doc_chunk: DOC_CHUNK,
        kinds: EventKind::ALL.map(|k| labels.kind(k)).to_vec(),
        stop_words: &STOP_WORDS,
        facets: facets::FACETS
            .iter()
            .map(|&(name, label)| FacetInfo {
                name,
                label: labels.get(label),
            })
            .collect(),
    };
    Ok(Artifact {
        path: SEARCH_MANIFEST.into(),
        bytes: json(SEARCH_MANIFEST, &manifest)?,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    /// A value JSON cannot hold (a map with keys that are no strings) is an error at its file,
    /// not an empty file.
    #[test]
    fn what_cannot_be_serialised_is_reported_at_its_file() {
        let keyed_by_pairs = BTreeMap::from([((1, 2), 3)]);
        let error = super::json("search/index.json", &keyed_by_pairs).unwrap_err();
        assert_eq!(error.path.to_str(), Some("search/index.json"));
        assert!(error.is_error() && error.message.starts_with("cannot be written"));
    }

    /// The records decompress to what was compressed, and the same records to the same bytes:
    /// no time or name in the header.
    #[test]
    fn gzip_holds_the_bytes_and_nothing_of_when_it_was_made() {
        use std::io::Read;
        let json = r#"["readouts/2021/06/entretien/","Entretien",3,["Sadyr Japarov"]]"#.repeat(20);
        let bytes = json.as_bytes();
        let gzip = super::gzip(bytes).unwrap();
        assert_eq!(gzip[..10], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
        let mut back = Vec::new();
        flate2::read::GzDecoder::new(&gzip[..])
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, bytes);
        assert_eq!(super::gzip(bytes).unwrap(), gzip);
        assert!(gzip.len() < bytes.len() / 4);
    }
}
