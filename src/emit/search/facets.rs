//! Facets: for every country, person, organisation, year, kind of event and issuer, the set of
//! readouts that have it, so the client can count them in any result and narrow by them.
//!
//! The facets are one file, `facets.bin`: each facet in the order of [`FACETS`], as its length
//! in bytes and its values sorted by key (one file, so that the page that loads them takes one
//! of the browser's connections, not six). A value is its key (as in the search
//! page's address: `kg`, `wang-yi`, `2021`), its label, its count and its readouts, in the
//! smallest of three encodings: 0, a list of gaps; 1, a bitmap of every readout; 2, runs of
//! consecutive readouts as (gap, length) pairs. Readouts are numbered newest first, so a year
//! is one run.

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::encode::{put_bytes, put_str, put_varint};
use crate::config::Config;
use crate::index::{Archive, Entry};
use crate::model::slugify;
use crate::render::Labels;

/// The facets, in the order the search page shows them, with the keys of their labels
/// (`render::Labels`).
pub const FACETS: [(&str, &str); 6] = [
    ("country", "countries"),
    ("person", "people"),
    ("organisation", "organisations"),
    ("year", "years"),
    ("kind", "kind"),
    ("issuer", "issuer"),
];

/// One facet's values: key → (label, readouts in increasing order).
pub type Values = BTreeMap<String, (String, Vec<u32>)>;

/// Every facet's values, in the order of [`FACETS`]. A person is a readout's value when they
/// took part in one of its events; a country, when its people took part or the text names it;
/// an organisation, when the text names it.
pub fn facets(archive: &Archive, config: &Config, labels: &Labels) -> Vec<Values> {
    let values: Vec<DocValues> = (archive.readouts.par_iter())
        .map(|entry| values(entry, archive, config, labels))
        .collect();
    gather(&values)
}

/// The facets of readouts whose values, in order, are `values`.
pub fn gather(values: &[DocValues]) -> Vec<Values> {
    let mut facets: Vec<Values> = FACETS.iter().map(|_| Values::new()).collect();
    for (number, values) in values.iter().enumerate() {
        for (facet, (key, label)) in values {
            let (_, docs) = facets[*facet]
                .entry(key.clone())
                .or_insert_with(|| (label.clone(), Vec::new()));
            if docs.last() != Some(&(number as u32)) {
                docs.push(number as u32);
            }
        }
    }
    facets
}

/// Puts the values of readout `number`, now `values[number]`, in place of `old`; each value
/// keeps the label a full build gives it, its first readout's.
pub fn replace(facets: &mut [Values], number: u32, old: &DocValues, values: &[DocValues]) {
    for (facet, (key, _)) in old {
        if let Some((_, docs)) = facets[*facet].get_mut(key) {
            if let Ok(i) = docs.binary_search(&number) {
                docs.remove(i);
            }
            if docs.is_empty() {
                facets[*facet].remove(key);
            }
        }
    }
    let new = &values[number as usize];
    for (facet, (key, label)) in new {
        let (_, docs) = facets[*facet]
            .entry(key.clone())
            .or_insert_with(|| (label.clone(), Vec::new()));
        if let Err(i) = docs.binary_search(&number) {
            docs.insert(i, number);
        }
    }
    for (facet, (key, _)) in old.iter().chain(new) {
        if let Some((label, docs)) = facets[*facet].get_mut(key) {
            let first = &values[docs[0] as usize];
            if let Some((_, (_, l))) = first.iter().find(|(f, (k, _))| f == facet && k == key) {
                label.clone_from(l);
            }
        }
    }
}

/// One readout's facet values: (facet, (key, label)) pairs, a key possibly more than once.
pub type DocValues = Vec<(usize, (String, String))>;

/// A readout's (facet, (key, label)) pairs.
pub fn values(entry: &Entry, archive: &Archive, config: &Config, labels: &Labels) -> DocValues {
    let m = &entry.readout.metadata;
    let mut out = Vec::new();
    for &ix in entry.countries.iter().chain(&entry.mentioned_countries) {
        let c = &archive.countries[ix];
        out.push((0, (c.code.slug(), c.name.clone())));
    }
    for &ix in entry
        .participants
        .iter()
        .chain(&entry.secondary_participants)
    {
        let p = &archive.people[ix];
        out.push((1, (p.key.clone(), p.name.clone())));
    }
    for &ix in &entry.mentioned_organisations {
        let o = &archive.organisations[ix];
        out.push((2, (o.key.clone(), o.name.clone())));
    }
    if let Some(year) = m.date.value.and_then(|d| d.year()) {
        out.push((3, (year.to_string(), year.to_string())));
    }
    let kind = m.kind.value;
    out.push((4, (kind.key().to_string(), labels.kind(kind).to_string())));
    let issuer = m.publisher.as_deref().unwrap_or(&config.publisher);
    out.push((5, (slugify(issuer), issuer.to_string())));
    out
}

/// The facets' file, for an archive of `total` readouts.
pub fn encode_all(facets: &[Values], total: u32) -> Vec<u8> {
    let mut out = Vec::new();
    for values in facets {
        put_bytes(&mut out, &encode(values, total));
    }
    out
}

/// A facet's values, for an archive of `total` readouts.
fn encode(values: &Values, total: u32) -> Vec<u8> {
    let mut out = Vec::new();
    put_varint(&mut out, values.len() as u32);
    for (key, (label, docs)) in values {
        put_str(&mut out, key);
        put_str(&mut out, label);
        put_varint(&mut out, docs.len() as u32);
        let encodings = [gaps(docs), bitmap(docs, total), runs(docs)];
        let (kind, smallest) = encodings
            .iter()
            .enumerate()
            .min_by_key(|(_, bytes)| bytes.len())
            .unwrap_or((0, &encodings[0]));
        out.push(kind as u8);
        out.extend_from_slice(smallest);
    }
    out
}

fn gaps(docs: &[u32]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut last = 0;
    for &doc in docs {
        put_varint(&mut out, doc - last);
        last = doc;
    }
    out
}

fn bitmap(docs: &[u32], total: u32) -> Vec<u8> {
    let mut out = vec![0u8; total.div_ceil(8) as usize];
    for &doc in docs {
        out[doc as usize / 8] |= 1 << (doc % 8);
    }
    out
}

fn runs(docs: &[u32]) -> Vec<u8> {
    let runs: Vec<&[u32]> = docs.chunk_by(|a, b| b - a == 1).collect();
    let mut out = Vec::new();
    put_varint(&mut out, runs.len() as u32);
    let mut end = 0;
    for run in runs {
        put_varint(&mut out, run[0] - end);
        put_varint(&mut out, run.len() as u32);
        end = run[0] + run.len() as u32;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_value_takes_its_smallest_encoding() {
        let values = |docs: Vec<u32>| Values::from([("kg".into(), ("Kirghizistan".into(), docs))]);
        let head = [
            1, 2, b'k', b'g', 12, b'K', b'i', b'r', b'g', b'h', b'i', b'z', b'i', b's',
        ];
        // Two scattered readouts of 1,000: a list of gaps.
        let sparse = encode(&values(vec![3, 900]), 1000);
        assert_eq!(sparse[..14], head);
        assert_eq!(sparse[14..], [b't', b'a', b'n', 2, 0, 3, 0x81, 0x07]);
        // Readouts 0 to 99: one run.
        let run = encode(&values((0..100).collect()), 1000);
        assert_eq!(run[run.len() - 5..], [100, 2, 1, 0, 100]);
        // Every other readout of 16: a bitmap.
        let dense = encode(&values((0..16).step_by(2).collect()), 16);
        assert_eq!(dense[dense.len() - 3..], [1, 0b0101_0101, 0b0101_0101]);
    }
}
