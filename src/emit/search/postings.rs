//! The inverted index: every stem with the readouts and paragraphs it occurs in, and the word
//! positions phrases are matched on; split into shards by a hash of the term, so that a query
//! fetches only the shards of its own words.
//!
//! A shard `t/N.bin` lists entries sorted by key. An entry is a key (a folded word form or a
//! stem), the stems the key maps to as a word form, the forms that map to it as a stem (the
//! client marks them in snippets), and its postings: for every readout, the gap from the
//! previous readout's number and the set of its paragraphs (0 the title and participants, then
//! the body's `#p1`, `#p2`…) as a bit mask in groups of seven bits. `t/N.pos` holds, in the same
//! order, each posting's word positions within each of its paragraphs; only phrases fetch it.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use super::encode::{put_bytes, put_str, put_varint};
use super::text::{is_stop_word, words, Analyzer, Term};

/// How many shards an index of `docs` readouts is cut into: a power of two, so that a shard
/// stays near a few tens of kilobytes at any size and the count changes only when the archive
/// doubles.
pub fn shard_count(docs: usize) -> u32 {
    (docs / 24).max(1).next_power_of_two().min(8192) as u32
}

/// The shard of a key: FNV-1a of its UTF-8 bytes (the client computes the same).
pub fn shard_of(key: &str, shards: u32) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in key.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash & (shards - 1)
}

/// What one readout brings to the index: its stems in order, with their forms and where they
/// occur.
pub struct DocTerms {
    stems: Vec<DocStem>,
}

struct DocStem {
    stem: String,
    forms: Vec<String>,
    /// (paragraph, word position in it), sorted.
    at: Vec<(u32, u32)>,
}

/// A readout's terms while they are gathered: by stem, the forms seen and where.
type Found = BTreeMap<String, (BTreeSet<String>, Vec<(u32, u32)>)>;

/// The terms of one readout, whose paragraph 0 is `head` (title and participants) and whose
/// other paragraphs are `paragraphs`, in order. Stop words are terms in the head only, where
/// they are few and may be names ("Kim Jong Un", "Bui Thanh Son").
pub fn doc_terms<'a>(
    analyzer: &Analyzer,
    head: &'a str,
    paragraphs: impl Iterator<Item = &'a str>,
) -> DocTerms {
    let mut found = Found::new();
    let texts = std::iter::once(head).chain(paragraphs);
    for (paragraph, text) in texts.enumerate() {
        for (position, word) in words(text).enumerate() {
            let Term { form, stem } = analyzer.term(word);
            if paragraph > 0 && is_stop_word(&form) {
                continue;
            }
            let (forms, at) = found.entry(stem).or_default();
            if !forms.contains(&form) {
                forms.insert(form);
            }
            at.push((paragraph as u32, position as u32));
        }
    }
    DocTerms {
        stems: found
            .into_iter()
            .map(|(stem, (forms, at))| DocStem {
                stem,
                forms: forms.into_iter().collect(),
                at,
            })
            .collect(),
    }
}

/// The postings of one stem, encoded as readouts are added in order.
#[derive(Default)]
struct Postings {
    docs: u32,
    last: u32,
    bytes: Vec<u8>,
    positions: Vec<u8>,
}

/// The whole index being built, readout by readout, in the archive's order.
#[derive(Default)]
pub struct Index {
    stems: FxHashMap<String, Postings>,
    /// Every folded form, with the stems it has in the readouts' languages.
    forms: FxHashMap<String, Vec<String>>,
    docs: u32,
}

impl Index {
    /// Adds the next readout (numbered from 0 in the order of addition).
    pub fn add(&mut self, doc: DocTerms) {
        let number = self.docs;
        self.docs += 1;
        for DocStem { stem, forms, at } in doc.stems {
            for form in forms {
                let stems = self.forms.entry(form).or_default();
                if !stems.contains(&stem) {
                    stems.push(stem.clone());
                }
            }
            let postings = self.stems.entry(stem).or_default();
            put_varint(&mut postings.bytes, number - postings.last);
            postings.last = number;
            postings.docs += 1;
            put_mask(&mut postings.bytes, at.iter().map(|(p, _)| *p));
            put_positions(&mut postings.positions, &at);
        }
    }

    /// The shards, as (`bin`, `pos`) bytes, numbered 0 to `shard_count(docs) - 1`.
    pub fn shards(self) -> Vec<(Vec<u8>, Vec<u8>)> {
        let shards = shard_count(self.docs as usize);
        let mut forms_of: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for (form, stems) in &self.forms {
            for stem in stems {
                forms_of.entry(stem).or_default().push(form);
            }
        }
        let mut keys: Vec<&str> = self
            .forms
            .keys()
            .map(String::as_str)
            .chain(self.stems.keys().map(String::as_str))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let mut out: Vec<(Vec<u8>, Vec<u8>, u32)> =
            (0..shards).map(|_| (Vec::new(), Vec::new(), 0)).collect();
        for key in keys {
            let (bin, pos, count) = &mut out[shard_of(key, shards) as usize];
            *count += 1;
            put_str(bin, key);
            let mut stems: Vec<&str> = self
                .forms
                .get(key)
                .map(|s| s.iter().map(String::as_str).collect())
                .unwrap_or_default();
            stems.sort_unstable();
            put_list(bin, &stems);
            let mut forms = forms_of.remove(key).unwrap_or_default();
            forms.sort_unstable();
            put_list(bin, &forms);
            match self.stems.get(key) {
                Some(postings) => {
                    put_varint(bin, postings.docs);
                    put_varint(bin, pos.len() as u32);
                    put_bytes(bin, &postings.bytes);
                    pos.extend_from_slice(&postings.positions);
                }
                None => put_varint(bin, 0),
            }
        }
        out.into_iter()
            .map(|(bin, pos, count)| {
                let mut shard = Vec::with_capacity(bin.len() + 4);
                put_varint(&mut shard, count);
                shard.extend_from_slice(&bin);
                (shard, pos)
            })
            .collect()
    }
}

fn put_list(out: &mut Vec<u8>, items: &[&str]) {
    put_varint(out, items.len() as u32);
    items.iter().for_each(|s| put_str(out, s));
}

/// A set of paragraph numbers as a bit mask, seven bits a byte, the high bit saying another
/// byte follows.
fn put_mask(out: &mut Vec<u8>, paragraphs: impl Iterator<Item = u32>) {
    let mut groups: Vec<u8> = Vec::new();
    for p in paragraphs {
        let (byte, bit) = ((p / 7) as usize, p % 7);
        if groups.len() <= byte {
            groups.resize(byte + 1, 0);
        }
        groups[byte] |= 1 << bit;
    }
    let last = groups.len() - 1;
    for (i, group) in groups.iter().enumerate() {
        out.push(if i < last { group | 0x80 } else { *group });
    }
}

/// For each paragraph of a posting in order: how many positions, then their gaps.
fn put_positions(out: &mut Vec<u8>, at: &[(u32, u32)]) {
    for run in at.chunk_by(|a, b| a.0 == b.0) {
        put_varint(out, run.len() as u32);
        let mut last = 0;
        for (_, position) in run {
            put_varint(out, position - last);
            last = *position;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::search::text::Language;

    #[test]
    fn masks_set_one_bit_per_paragraph() {
        let mask = |ps: &[u32]| {
            let mut out = Vec::new();
            put_mask(&mut out, ps.iter().copied());
            out
        };
        assert_eq!(mask(&[0]), [0b1]);
        assert_eq!(mask(&[1, 3]), [0b1010]);
        assert_eq!(mask(&[0, 7]), [0x81, 0b1]);
        assert_eq!(mask(&[15]), [0x80, 0x80, 0b10]);
    }

    #[test]
    fn a_readout_gives_each_stem_once_with_its_forms_and_places() {
        let french = Analyzer::new(Language::French);
        let doc = doc_terms(
            &french,
            "Wang Yi reçoit un voisin",
            ["Les voisins de la Chine.", "Un bon voisin."].into_iter(),
        );
        let voisin = doc.stems.iter().find(|s| s.stem == "voisin").unwrap();
        assert_eq!(voisin.forms, ["voisin", "voisins"]);
        // Stop words are not terms but keep their place: "bon" is word 1 of paragraph 2.
        assert_eq!(voisin.at, [(0, 4), (1, 1), (2, 2)]);
        assert!(doc.stems.iter().all(|s| s.stem != "la"));
        // In the head, where names are, they are terms.
        let un = doc.stems.iter().find(|s| s.stem == "un").unwrap();
        assert_eq!(un.at, [(0, 3)]);
    }

    #[test]
    fn shards_are_stable_and_in_range() {
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(10_000), 512);
        assert_eq!(shard_count(100_000), 8192);
        // FNV-1a of "a" is 0xe40c292c.
        assert_eq!(shard_of("a", 1 << 16), 0x292c);
        assert!((0..100).all(|i| shard_of(&i.to_string(), 8) < 8));
    }
}
