// The search index's files as the build writes them (src/emit/search): the binary encoding
// (varints, strings, paragraph masks), a shard's entries, a stem's postings and word positions,
// and the facets. Plain functions and classes with no dependency, used by the engine
// (search.js) in the browser and in Node.
(function (root) {
  "use strict";

  // ---- Decoding (src/emit/search/encode.rs) ----

  const utf8 = new TextDecoder();
  const encoder = new TextEncoder();

  class Reader {
    constructor(bytes, at) {
      this.bytes = bytes;
      this.at = at || 0;
    }
    varint() {
      let value = 0;
      let shift = 0;
      for (;;) {
        const byte = this.bytes[this.at++];
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
        shift += 7;
      }
    }
    bytesOf() {
      const length = this.varint();
      const slice = this.bytes.subarray(this.at, this.at + length);
      this.at += length;
      return slice;
    }
    str() {
      return utf8.decode(this.bytesOf());
    }
    list() {
      const out = [];
      for (let n = this.varint(); n > 0; n--) out.push(this.str());
      return out;
    }
    // Skips `n` varints.
    skip(n) {
      while (n > 0) if (this.bytes[this.at++] < 0x80) n--;
    }
    // Skips a byte string.
    skipBytes() {
      const length = this.varint();
      this.at += length;
    }
    // Skips a list of strings.
    skipList() {
      for (let n = this.varint(); n > 0; n--) this.skipBytes();
    }
    // A paragraph mask: seven bits a byte.
    mask() {
      const paragraphs = [];
      for (let base = 0; ; base += 7) {
        const byte = this.bytes[this.at++];
        for (let bit = 0; bit < 7; bit++) if (byte & (1 << bit)) paragraphs.push(base + bit);
        if (byte < 0x80) return paragraphs;
      }
    }
  }

  // The shard of a key: FNV-1a of its first three letters, which a word and its stems share
  // (src/emit/search/postings.rs), so a word's shard most often holds its stems too.
  function shardOf(key, shards) {
    let hash = 0x811c9dc5;
    for (const byte of encoder.encode([...key].slice(0, 3).join(""))) {
      hash ^= byte;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash & (shards - 1);
  }

  // The entry of `key` in a shard's entries, which are sorted by their keys' bytes: the keys
  // before it are compared and skipped, not decoded.
  function lookup(entries, key) {
    const wanted = encoder.encode(key);
    const reader = new Reader(entries);
    for (let n = reader.varint(); n > 0; n--) {
      const length = reader.varint();
      const order = compare(entries.subarray(reader.at, reader.at + length), wanted);
      reader.at += length;
      if (order > 0) return null;
      if (order === 0) {
        const entry = { stems: reader.list(), forms: reader.list(), docs: reader.varint() };
        if (entry.docs > 0) {
          entry.positionsAt = reader.varint();
          entry.postings = reader.bytesOf();
        }
        return entry;
      }
      reader.skipList();
      reader.skipList();
      if (reader.varint() > 0) {
        reader.skip(1);
        reader.skipBytes();
      }
    }
    return null;
  }

  function compare(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  }

  // How many of a mask byte's seven paragraph bits are set.
  const BITS = Uint8Array.from({ length: 128 }, (_, byte) => {
    let n = 0;
    for (let bit = 0; bit < 7; bit++) n += (byte >> bit) & 1;
    return n;
  });

  // A word in the title or among the participants counts as this many paragraphs.
  const HEAD_WEIGHT = 3;

  // A word's or a phrase's readouts, in order (`docs`), with, for each, the weight of the
  // match (`tf`: a paragraph each, the title and participants HEAD_WEIGHT), how many
  // paragraphs it is in (`counts`) and those paragraphs, decoded only when asked for.
  class Matches {
    constructor(docs, tf, counts, paragraphs) {
      Object.assign(this, { docs, tf, counts, paragraphs });
    }
    get size() {
      return this.docs.length;
    }
    // Where readout `doc` is in `docs`, or -1.
    find(doc) {
      let [low, high] = [0, this.docs.length];
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (this.docs[mid] < doc) low = mid + 1;
        else high = mid;
      }
      return this.docs[low] === doc ? low : -1;
    }
  }

  // The weight of a match in these paragraphs, in order.
  function weight(paragraphs) {
    return paragraphs.length + (paragraphs[0] === 0 ? HEAD_WEIGHT - 1 : 0);
  }

  // Matches from [doc, paragraphs] pairs sorted by readout.
  function matchesOf(pairs) {
    const n = pairs.length;
    const [docs, tf, counts] = [new Uint32Array(n), new Uint16Array(n), new Uint16Array(n)];
    for (let i = 0; i < n; i++) {
      docs[i] = pairs[i][0];
      counts[i] = pairs[i][1].length;
      tf[i] = weight(pairs[i][1]);
    }
    return new Matches(docs, tf, counts, (i) => pairs[i][1]);
  }

  // A stem's postings, read in one pass into typed arrays: a readout's paragraphs are counted
  // from its mask's bits and decoded only when asked for.
  function decodePostings(entry) {
    const n = entry.docs;
    const reader = new Reader(entry.postings);
    const [docs, masks] = [new Uint32Array(n), new Uint32Array(n)];
    const [tf, counts] = [new Uint16Array(n), new Uint16Array(n)];
    let doc = 0;
    for (let i = 0; i < n; i++) {
      docs[i] = doc += reader.varint();
      masks[i] = reader.at;
      const head = reader.bytes[reader.at] & 1;
      let [count, byte] = [0, 0];
      do {
        byte = reader.bytes[reader.at++];
        count += BITS[byte & 0x7f];
      } while (byte >= 0x80);
      counts[i] = count;
      tf[i] = count + (head ? HEAD_WEIGHT - 1 : 0);
    }
    return new Matches(docs, tf, counts, (i) => new Reader(entry.postings, masks[i]).mask());
  }

  // A word position as a number that sorts by paragraph, then position.
  const SPAN = 2 ** 24;

  // A stem's word positions (`positions`, its shard's, from `entry.positionsAt`), in the order
  // of its postings (`own`). Readouts are asked for in any order: where each readout's
  // positions start is found by skipping those before it, once, as far as the readouts asked
  // for so far; only the positions of the readouts asked for are decoded.
  class Positions {
    constructor({ entry, own, positions }) {
      // starts[i]: where the positions of the readout at `i` in `own` start, known up to `known`.
      Object.assign(this, { own, reader: new Reader(positions), starts: new Uint32Array(own.size + 1), known: 0 });
      this.starts[0] = entry.positionsAt;
    }
    // Adds readout `doc`'s positions to `keys` (paragraph * SPAN + position), in order.
    of(doc, keys) {
      const { own, reader } = this;
      const i = own.find(doc);
      if (i < 0) return;
      for (; this.known < i; this.known++) {
        reader.at = this.starts[this.known];
        for (let p = own.counts[this.known]; p > 0; p--) reader.skip(reader.varint());
        this.starts[this.known + 1] = reader.at;
      }
      reader.at = this.starts[i];
      for (const paragraph of own.paragraphs(i)) {
        let at = 0;
        for (let n = reader.varint(); n > 0; n--) keys.push(paragraph * SPAN + (at += reader.varint()));
      }
    }
  }

  // The paragraphs in which each word i is `shifts[i]` words after the first, given each
  // word's positions in order (`keys`): one pass over each.
  function phraseParagraphs(keys, shifts) {
    const paragraphs = [];
    const next = new Array(keys.length).fill(0);
    for (const start of keys[0]) {
      const paragraph = Math.floor(start / SPAN);
      if (paragraphs[paragraphs.length - 1] === paragraph) continue;
      let all = true;
      for (let i = 1; i < keys.length && all; i++) {
        const [want, list] = [start + shifts[i], keys[i]];
        while (next[i] < list.length && list[next[i]] < want) next[i]++;
        all = list[next[i]] === want;
      }
      if (all) paragraphs.push(paragraph);
    }
    return paragraphs;
  }

  function decodeFacet(bytes, total) {
    const reader = new Reader(bytes);
    const values = [];
    for (let n = reader.varint(); n > 0; n--) {
      const value = { key: reader.str(), label: reader.str(), total: reader.varint() };
      const kind = reader.bytes[reader.at++];
      const docs = new Uint32Array(value.total);
      if (kind === 0) {
        let doc = 0;
        for (let i = 0; i < value.total; i++) docs[i] = doc += reader.varint();
      } else if (kind === 1) {
        let i = 0;
        for (let doc = 0; doc < total; doc++) {
          if (reader.bytes[reader.at + (doc >> 3)] & (1 << (doc & 7))) docs[i++] = doc;
        }
        reader.at += Math.ceil(total / 8);
      } else {
        let end = 0;
        let i = 0;
        for (let runs = reader.varint(); runs > 0; runs--) {
          const start = end + reader.varint();
          end = start + reader.varint();
          for (let doc = start; doc < end; doc++) docs[i++] = doc;
        }
      }
      value.docs = docs;
      values.push(value);
    }
    return values;
  }

  const index = { Reader, shardOf, lookup, Matches, weight, matchesOf, decodePostings, Positions, phraseParagraphs, decodeFacet };
  if (typeof module === "object" && module.exports) module.exports = index;
  else root.ChancerySearchIndex = index;
})(this);
