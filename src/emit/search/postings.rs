//! The inverted index: every stem with the readouts and paragraphs it occurs in, and the word
//! positions phrases are matched on; split into shards by a hash of the term's first letters,
//! so that a query fetches only the shards of its own words, and a word's stems with it.
//!
//! A shard `t/N.bin` lists entries sorted by key. An entry is a key (a folded word form or a
//! stem), the stems the key maps to as a word form, the forms that map to it as a stem (the
//! client marks them in snippets), and its postings: for every readout, the gap from the
//! previous readout's number and the set of its paragraphs (0 the title and participants, then
//! the body's `#p1`, `#p2`…) as a bit mask in groups of seven bits. `t/N.pos`, which only
//! phrases fetch, holds the same shard (prefixed by its length), then, in the same order, each
//! posting's word positions within each of its paragraphs: a phrase's word needs both, and one
//! file is one request.

use rustc_hash::FxHashMap;

use super::encode::{put_bytes, put_str, put_varint};
use super::text::{words, Analyzer, Memo};

/// How many shards an index of `docs` readouts is cut into: a power of two, so that a shard
/// stays near a few tens of kilobytes at any size and the count changes only when the archive
/// doubles.
pub fn shard_count(docs: usize) -> u32 {
    (docs / 24).max(1).next_power_of_two().min(8192) as u32
}

/// How many first letters of a key choose its shard.
const SHARD_PREFIX: usize = 3;

/// The shard of a key: FNV-1a of the UTF-8 bytes of its first [`SHARD_PREFIX`] letters (the
/// client computes the same). A Snowball stem keeps the first letters of its word but for
/// stems shorter than that ("pays", "pay" share a shard; "ans", "an" do not), so a word's shard
/// also holds its stems: a query asks for both at once.
pub fn shard_of(key: &str, shards: u32) -> u32 {
    let end = key
        .char_indices()
        .nth(SHARD_PREFIX)
        .map_or(key.len(), |(at, _)| at);
    let mut hash: u32 = 0x811c_9dc5;
    for byte in key[..end].bytes() {
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

impl DocTerms {
    /// The readout's entry for `stem`, if it has one.
    fn stem(&self, stem: &str) -> Option<&DocStem> {
        let at = (self.stems.binary_search_by(|s| s.stem.as_str().cmp(stem))).ok()?;
        Some(&self.stems[at])
    }
}

/// The forms of a stem in a readout; none when it has no such stem.
fn forms_of(stem: Option<&DocStem>) -> &[String] {
    stem.map_or(&[], |d| d.forms.as_slice())
}

struct DocStem {
    stem: String,
    forms: Vec<String>,
    /// (paragraph, word position in it), sorted.
    at: Vec<(u32, u32)>,
}

/// A readout's terms while they are gathered: by the stem's number in the memo, the numbers of
/// its forms and where it occurs.
type Found = FxHashMap<u32, (Vec<u32>, Vec<(u32, u32)>)>;

/// The terms of one readout, whose paragraph 0 is `head` (title and participants) and whose
/// other paragraphs are `paragraphs`, in order. Stop words are terms in the head only, where
/// they are few and may be names ("Kim Jong Un", "Bui Thanh Son").
pub fn doc_terms<'a>(
    analyzer: &Analyzer,
    memo: &mut Memo,
    head: &'a str,
    paragraphs: impl Iterator<Item = &'a str>,
) -> DocTerms {
    let mut found = Found::default();
    let texts = std::iter::once(head).chain(paragraphs);
    for (paragraph, text) in texts.enumerate() {
        for (position, word) in words(text).enumerate() {
            let term = analyzer.analyse(memo, word);
            if paragraph > 0 && term.stop {
                continue;
            }
            let (forms, at) = found.entry(term.stem).or_default();
            if !forms.contains(&term.form) {
                forms.push(term.form);
            }
            at.push((paragraph as u32, position as u32));
        }
    }
    let mut stems: Vec<DocStem> = found
        .into_iter()
        .map(|(stem, (forms, at))| {
            let mut forms: Vec<String> = forms.iter().map(|&f| memo.form(f).to_owned()).collect();
            forms.sort_unstable();
            DocStem {
                stem: memo.stem(stem).to_owned(),
                forms,
                at,
            }
        })
        .collect();
    stems.sort_unstable_by(|a, b| a.stem.cmp(&b.stem));
    DocTerms { stems }
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
    /// Every folded form, with the stems it has in the readouts' languages and in how many
    /// readouts it has each.
    forms: FxHashMap<String, Vec<(String, u32)>>,
    docs: u32,
}

impl Index {
    /// Adds the next readout (numbered from 0 in the order of addition).
    pub fn add(&mut self, doc: &DocTerms) {
        let number = self.docs;
        self.docs += 1;
        for DocStem { stem, forms, at } in &doc.stems {
            self.count_forms(stem, forms, true);
            if !self.stems.contains_key(stem) {
                self.stems.insert(stem.clone(), Postings::default());
            }
            let postings = self.stems.get_mut(stem).expect("inserted above");
            put_varint(&mut postings.bytes, number - postings.last);
            postings.last = number;
            postings.docs += 1;
            put_mask(&mut postings.bytes, at.iter().map(|(p, _)| *p));
            put_positions(&mut postings.positions, at);
        }
    }

    /// Puts `new` in place of `old` as the terms of readout `number`; returns the keys whose
    /// entries changed: the stems whose places in it changed, and the forms it gained or lost
    /// under a stem. An edit that leaves the words as they were changes no key.
    pub fn replace(&mut self, number: u32, old: &DocTerms, new: &DocTerms) -> Vec<String> {
        for DocStem { stem, forms, .. } in &old.stems {
            self.count_forms(stem, forms, false);
        }
        for DocStem { stem, forms, .. } in &new.stems {
            self.count_forms(stem, forms, true);
        }
        let mut stems: Vec<&str> = (old.stems.iter().chain(&new.stems))
            .map(|s| s.stem.as_str())
            .collect();
        stems.sort_unstable();
        stems.dedup();
        let mut keys = Vec::new();
        for stem in stems {
            let (was, is) = (old.stem(stem), new.stem(stem));
            let (had, has) = (forms_of(was), forms_of(is));
            let moved = (had.iter().filter(|f| !has.contains(f)))
                .chain(has.iter().filter(|f| !had.contains(f)));
            keys.extend(moved.cloned());
            let (then, now) = (was.map(|d| d.at.as_slice()), is.map(|d| d.at.as_slice()));
            if then == now {
                continue;
            }
            keys.push(stem.to_string());
            let postings = self.stems.entry(stem.to_string()).or_default();
            postings.splice(number, now);
            if postings.docs == 0 {
                self.stems.remove(stem);
            }
        }
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// Counts the forms of `stem` in (`add`) or out of one more readout.
    fn count_forms(&mut self, stem: &str, forms: &[String], add: bool) {
        for form in forms {
            if !self.forms.contains_key(form) {
                self.forms.insert(form.clone(), Vec::new());
            }
            let stems = self.forms.get_mut(form).expect("inserted above");
            match stems.iter().position(|(s, _)| s == stem) {
                Some(i) if add => stems[i].1 += 1,
                Some(i) => {
                    stems[i].1 -= 1;
                    if stems[i].1 == 0 {
                        stems.remove(i);
                    }
                }
                None => stems.push((stem.to_string(), 1)),
            }
            if stems.is_empty() {
                self.forms.remove(form);
            }
        }
    }

    /// The shards whose numbers are `wanted`, with their numbers, in order.
    pub fn shards_where(&self, wanted: impl Fn(u32) -> bool) -> Vec<(u32, Vec<u8>, Vec<u8>)> {
        let shards = shard_count(self.docs as usize);
        let here = |key: &str| wanted(shard_of(key, shards));
        let mut forms_of: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for (form, stems) in &self.forms {
            for (stem, _) in stems.iter().filter(|(stem, _)| here(stem)) {
                forms_of.entry(stem).or_default().push(form);
            }
        }
        let mut keys: Vec<&str> = (self.forms.keys().map(String::as_str))
            .chain(self.stems.keys().map(String::as_str))
            .filter(|key| here(key))
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
                .map(|s| s.iter().map(|(stem, _)| stem.as_str()).collect())
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
        (out.into_iter().enumerate())
            .filter(|(n, _)| wanted(*n as u32))
            .map(|(n, (bin, positions, count))| {
                let mut shard = Vec::with_capacity(bin.len() + 4);
                put_varint(&mut shard, count);
                shard.extend_from_slice(&bin);
                // A phrase needs the entries and the positions: one file holds both.
                let mut pos = Vec::with_capacity(shard.len() + positions.len() + 4);
                put_bytes(&mut pos, &shard);
                pos.extend_from_slice(&positions);
                (n as u32, shard, pos)
            })
            .collect()
    }
}

impl Postings {
    /// Puts readout `number`'s posting (its places `at`, or none) in place of the one it had:
    /// finds where it goes by reading the gaps, then re-encodes it and the next readout's gap.
    fn splice(&mut self, number: u32, at: Option<&[(u32, u32)]>) {
        let (mut start, mut pos, mut previous) = (0, 0, 0);
        // The first posting of `number` or after, if any: (its readout, where its mask starts).
        let mut next = None;
        while start < self.bytes.len() {
            let (gap, len) = get_varint(&self.bytes[start..]);
            let doc = previous + gap;
            if doc >= number {
                next = Some((doc, start + len));
                break;
            }
            let (mask, paragraphs) = mask_len(&self.bytes[start + len..]);
            start += len + mask;
            pos += positions_len(&self.positions[pos..], paragraphs);
            previous = doc;
        }
        let mut entry = Vec::new();
        let mut places = Vec::new();
        if let Some(at) = at {
            put_varint(&mut entry, number - previous);
            put_mask(&mut entry, at.iter().map(|(p, _)| *p));
            put_positions(&mut places, at);
        }
        // What the new entry replaces: the old posting of `number`, or nothing; and the gap of
        // the posting after it, which now counts from `number` or from `previous`.
        let (end, pos_end, after) = match next {
            Some((doc, mask_start)) if doc == number => {
                let (mask, paragraphs) = mask_len(&self.bytes[mask_start..]);
                let end = mask_start + mask;
                let pos_end = pos + positions_len(&self.positions[pos..], paragraphs);
                self.docs -= 1;
                let after = (end < self.bytes.len()).then(|| {
                    let (gap, len) = get_varint(&self.bytes[end..]);
                    (number + gap, len)
                });
                (end, pos_end, after)
            }
            Some((doc, mask_start)) => (start, pos, Some((doc, mask_start - start))),
            None => (start, pos, None),
        };
        let mut end = end;
        if let Some((doc, len)) = after {
            put_varint(
                &mut entry,
                doc - if at.is_some() { number } else { previous },
            );
            end += len;
        } else {
            self.last = if at.is_some() { number } else { previous };
        }
        self.docs += u32::from(at.is_some());
        self.bytes.splice(start..end, entry);
        self.positions.splice(pos..pos_end, places);
    }
}

/// A varint at the start of `bytes`, and how many bytes it takes.
fn get_varint(bytes: &[u8]) -> (u32, usize) {
    let mut value = 0;
    for (i, byte) in bytes.iter().enumerate() {
        value |= u32::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            return (value, i + 1);
        }
    }
    (value, bytes.len())
}

/// How many bytes the paragraph mask at the start of `bytes` takes, and how many paragraphs it
/// sets.
fn mask_len(bytes: &[u8]) -> (usize, usize) {
    let len = bytes
        .iter()
        .position(|b| b & 0x80 == 0)
        .map_or(bytes.len(), |i| i + 1);
    let paragraphs = bytes[..len]
        .iter()
        .map(|b| (b & 0x7f).count_ones() as usize)
        .sum();
    (len, paragraphs)
}

/// How many bytes the positions of one posting in `paragraphs` paragraphs take at the start of
/// `bytes`.
fn positions_len(bytes: &[u8], paragraphs: usize) -> usize {
    let mut at = 0;
    for _ in 0..paragraphs {
        let (count, len) = get_varint(&bytes[at..]);
        at += len;
        for _ in 0..count {
            at += get_varint(&bytes[at..]).1;
        }
    }
    at
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
    use crate::model::Language;

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
        let french = Analyzer::new(Language::Fr);
        let doc = doc_terms(
            &french,
            &mut Memo::default(),
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
    fn a_readout_replaced_gives_the_shards_of_an_index_built_with_it() {
        let french = Analyzer::new(Language::Fr);
        let words = [
            "voisin",
            "voisins",
            "Chine",
            "accord",
            "Kirghizistan",
            "sommet",
            "la",
        ];
        // Readout i has the words whose bits i sets, so that postings have gaps of all sizes.
        let text = |i: usize| -> String {
            let chosen = (words.iter().enumerate()).filter(|(j, _)| (i * 37) >> j & 1 == 1);
            chosen.map(|(_, w)| *w).collect::<Vec<_>>().join(" ")
        };
        let doc = |text: &str| {
            let paragraphs = [text, "Un bon voisin."].into_iter();
            doc_terms(&french, &mut Memo::default(), "Entretien", paragraphs)
        };
        let built = |texts: &[String]| {
            let mut index = Index::default();
            texts.iter().for_each(|t| index.add(&doc(t)));
            index
        };
        let texts: Vec<String> = (0..300).map(text).collect();
        for at in [0, 1, 150, 299] {
            for with in ["", "voisins du Kirghizistan", "Xi Jinping", &texts[at]] {
                let mut index = built(&texts);
                index.replace(at as u32, &doc(&texts[at]), &doc(with));
                let mut expected = texts.clone();
                expected[at] = with.to_string();
                let shards = |index: &Index| index.shards_where(|_| true);
                assert!(
                    shards(&index) == shards(&built(&expected)),
                    "{at} → {with:?}"
                );
            }
        }
    }

    #[test]
    fn shards_are_stable_and_in_range() {
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(10_000), 512);
        assert_eq!(shard_count(100_000), 8192);
        // FNV-1a of "a" is 0xe40c292c.
        assert_eq!(shard_of("a", 1 << 16), 0x292c);
        assert!((0..100).all(|i| shard_of(&i.to_string(), 8) < 8));
        // A word and its stem share a shard: only the first three letters count.
        assert_eq!(shard_of("cooperation", 512), shard_of("cooper", 512));
        assert_eq!(shard_of("élysée", 512), shard_of("ély", 512));
        assert_ne!(
            shard_of("cooperation", 1 << 16),
            shard_of("tokayev", 1 << 16)
        );
    }
}
