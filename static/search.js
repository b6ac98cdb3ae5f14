// Search: queries the static index under search/ (written by the build), fetching only the
// shards of the query's words, the facets, and what the shown results need. The address holds
// the search (search/?q=…&country=kg&year=2021), so it can be bookmarked, shared and cited.
// The engine is plain functions over a `load(path, kind)` callback, so it also runs in Node
// for the tests; the page part below it runs only in a browser.
(function (root) {
  "use strict";

  // ---- Words: folded and split exactly as the index's (src/emit/search/text.rs) ----

  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[œŒ]/g, "oe")
      .replace(/[æÆ]/g, "ae")
      .replace(/ß/g, "ss")
      .toLowerCase();
  }

  const NON_WORD = /[^\p{Alphabetic}\p{N}]+/u;

  function words(text) {
    return text.split(NON_WORD).filter(Boolean);
  }

  // A query: words, "quoted phrases" (straight, curly or French quotes) and -excluded words.
  function parseQuery(text) {
    const query = { words: [], phrases: [], excluded: [] };
    const pattern = /(-?)(?:["“”«»]([^"“”«»]*)["“”«»]?|(\S+))/gu;
    for (const match of text.matchAll(pattern)) {
      const [, minus, phrase, word] = match;
      const parts = words(fold(phrase !== undefined ? phrase : word));
      if (parts.length === 0) continue;
      if (minus) query.excluded.push(...parts);
      else if (phrase !== undefined && parts.length > 1) query.phrases.push(parts);
      else query.words.push(...parts);
    }
    return query;
  }

  // ---- Decoding the binary files (src/emit/search/encode.rs) ----

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

  // Matches from [doc, paragraphs] pairs sorted by readout.
  function matchesOf(pairs) {
    const n = pairs.length;
    const [docs, tf, counts] = [new Uint32Array(n), new Uint16Array(n), new Uint16Array(n)];
    for (let i = 0; i < n; i++) {
      const found = pairs[i][1];
      docs[i] = pairs[i][0];
      counts[i] = found.length;
      tf[i] = found.length + (found[0] === 0 ? HEAD_WEIGHT - 1 : 0);
    }
    return new Matches(docs, tf, counts, (i) => pairs[i][1]);
  }

  // A stem's postings, read in one pass into typed arrays: a readout's paragraphs are counted
  // from its mask's bits and decoded only when asked for.
  function decodePostings(entry) {
    const n = entry.docs;
    const bytes = entry.postings;
    const [docs, masks] = [new Uint32Array(n), new Uint32Array(n)];
    const [tf, counts] = [new Uint16Array(n), new Uint16Array(n)];
    let [at, doc] = [0, 0];
    for (let i = 0; i < n; i++) {
      let byte = bytes[at++];
      let gap = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) gap += ((byte = bytes[at++]) & 0x7f) * 2 ** shift;
      docs[i] = doc += gap;
      masks[i] = at;
      const head = bytes[at] & 1;
      let count = 0;
      do {
        byte = bytes[at++];
        count += BITS[byte & 0x7f];
      } while (byte >= 0x80);
      counts[i] = count;
      tf[i] = count + (head ? HEAD_WEIGHT - 1 : 0);
    }
    return new Matches(docs, tf, counts, (i) => new Reader(bytes, masks[i]).mask());
  }

  // A word position as a number that sorts by paragraph, then position.
  const SPAN = 2 ** 24;

  // A stem's word positions (`positions`, its shard's, from `entry.positionsAt`), walked in
  // the order of its postings (`own`): the positions of the readouts asked for are decoded, the
  // others' skipped.
  class Positions {
    constructor({ entry, own, positions }) {
      Object.assign(this, { own, reader: new Reader(positions, entry.positionsAt), next: 0 });
    }
    // Adds readout `doc`'s positions to `keys` (paragraph * SPAN + position), in order;
    // readouts are asked for in order.
    of(doc, keys) {
      const { own, reader } = this;
      for (; this.next < own.size && own.docs[this.next] < doc; this.next++) {
        for (let p = own.counts[this.next]; p > 0; p--) reader.skip(reader.varint());
      }
      if (own.docs[this.next] !== doc) return;
      for (const paragraph of own.paragraphs(this.next)) {
        let at = 0;
        for (let n = reader.varint(); n > 0; n--) keys.push(paragraph * SPAN + (at += reader.varint()));
      }
      this.next++;
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

  // ---- The engine ----

  const K1 = 1.2;

  class Engine {
    // load(path, kind) resolves to the bytes ("bytes"), the parsed JSON ("json"), the parsed
    // JSON of a gzip file ("json.gz") or the text ("text") of a file under search/.
    constructor(load) {
      this.load = load;
      this.cache = new Map();
    }

    file(path, kind) {
      if (!this.cache.has(path)) this.cache.set(path, this.load(path, kind));
      return this.cache.get(path);
    }

    manifest() {
      return this.file("index.json", "json");
    }

    // The entries of the shard of `key`, and, when asked for, the positions of their postings:
    // `t/N.pos` holds both and is fetched instead of `t/N.bin`; once fetched it serves words too.
    async shard(key, withPositions) {
      const manifest = await this.manifest();
      const n = shardOf(key, manifest.shards);
      const pos = "t/" + n + ".pos";
      if (!withPositions && !this.cache.has(pos)) return { entries: await this.file("t/" + n + ".bin", "bytes") };
      const reader = new Reader(await this.file(pos, "bytes"));
      const entries = reader.bytesOf();
      return { entries, positions: reader.bytes.subarray(reader.at) };
    }

    // The stems a folded word maps to, each with its entry and, if asked, its shard's positions.
    async stems(word, withPositions) {
      const entry = lookup((await this.shard(word, withPositions)).entries, word);
      if (!entry) return [];
      return Promise.all(
        entry.stems.map(async (stem) => {
          const { entries, positions } = await this.shard(stem, withPositions);
          return { stem, entry: lookup(entries, stem), positions };
        })
      );
    }

    // A word's readouts (`Matches`), the forms to mark, and, if asked, its stems with their
    // postings and positions, for `Positions`.
    async match(word, withPositions) {
      const forms = new Set([word]);
      const stems = (await this.stems(word, withPositions)).filter(({ entry }) => entry && entry.postings);
      for (const stem of stems) {
        stem.entry.forms.forEach((f) => forms.add(f));
        stem.own = decodePostings(stem.entry);
      }
      // Most words have one stem: its postings are the match as they are.
      if (stems.length < 2) return { docs: stems.length ? stems[0].own : matchesOf([]), forms, stems };
      const union = new Map();
      for (const { own } of stems) {
        for (let i = 0; i < own.size; i++) {
          const had = union.get(own.docs[i]) || [];
          union.set(own.docs[i], [...new Set([...had, ...own.paragraphs(i)])].sort((a, b) => a - b));
        }
      }
      return { docs: matchesOf([...union].sort((a, b) => a[0] - b[0])), forms, stems };
    }

    // A phrase's readouts and paragraphs: its words in order, in one paragraph; stop words are
    // not indexed, so they match any one word.
    async phrase(parts, stopWords) {
      const content = parts
        .map((word, offset) => ({ word, offset }))
        .filter(({ word }) => !stopWords.has(word));
      if (content.length === 0) return null;
      const matches = await Promise.all(content.map(({ word }) => this.match(word, content.length > 1)));
      const forms = new Set();
      matches.forEach((m) => m.forms.forEach((f) => forms.add(f)));
      if (content.length === 1) return { docs: matches[0].docs, forms };
      // Only the readouts that have every word can hold the phrase: their positions alone are
      // decoded, one readout at a time, in order.
      const stems = matches.map((m) => m.stems.map((stem) => new Positions(stem)));
      const shifts = content.map(({ offset }) => offset - content[0].offset);
      const keys = content.map(() => []);
      const found = [];
      for (const doc of matches[0].docs.docs) {
        let every = true;
        for (let i = 1; i < matches.length && every; i++) every = matches[i].docs.find(doc) >= 0;
        if (!every) continue;
        for (let i = 0; i < keys.length; i++) {
          keys[i].length = 0;
          for (const stem of stems[i]) stem.of(doc, keys[i]);
          // A word of several stems has their positions one after the other.
          if (stems[i].length > 1) keys[i].sort((a, b) => a - b);
        }
        const paragraphs = phraseParagraphs(keys, shifts);
        if (paragraphs.length) found.push([doc, paragraphs]);
      }
      return { docs: matchesOf(found), forms };
    }

    // Every facet's values, each with its readouts, decoded once from the one file of them.
    facets() {
      if (!this.cache.has("facets#")) {
        this.cache.set(
          "facets#",
          Promise.all([this.manifest(), this.file("facets.bin", "bytes")]).then(([manifest, bytes]) => {
            const reader = new Reader(bytes);
            return manifest.facets.map((facet) => ({
              name: facet.name,
              label: facet.label,
              values: decodeFacet(reader.bytesOf(), manifest.docs),
            }));
          })
        );
      }
      return this.cache.get("facets#");
    }

    // Runs a search: { q, sort: "relevance" | "date", filters: { facet: [keys] }, from, to }.
    // Returns the total, `top(n)`: the first n results ({ doc, score }), `paragraph(doc)`: the
    // paragraph a result links to, `facets()`: the facets with their counts in the results, and
    // the folded forms to mark in snippets. The facets are waited for only when they narrow
    // the results, so a page can show the results before their counts.
    async search(request) {
      const manifest = await this.manifest();
      const stopWords = new Set(manifest.stop_words);
      const query = parseQuery(request.q || "");
      const clauses = [];
      const forms = new Set();
      // Stop words are indexed in titles and participants only: they count when they are all
      // the query has ("Un", of Kim Jong Un).
      const content = query.words.filter((w) => !stopWords.has(w));
      const chosen = content.length || query.phrases.length ? content : query.words;
      for (const word of chosen) clauses.push(this.match(word, false));
      for (const phrase of query.phrases) clauses.push(this.phrase(phrase, stopWords));
      const excluded = query.excluded.filter((w) => !stopWords.has(w)).map((w) => this.match(w, false));
      const matched = (await Promise.all(clauses)).filter(Boolean);
      matched.forEach((m) => m.forms.forEach((f) => forms.add(f)));
      // Per readout, by number: its score, how many clauses it matched and whether it is a
      // result, in typed arrays rather than maps, which a word of every readout would fill with
      // thousands of entries.
      const scores = new Float64Array(manifest.docs);
      const hits = new Uint16Array(manifest.docs);
      const kept = new Uint8Array(manifest.docs);
      matched.sort((a, b) => a.docs.size - b.docs.size);
      for (const { docs } of matched) {
        const idf = Math.log(1 + (manifest.docs - docs.size + 0.5) / (docs.size + 0.5));
        // A readout's share of the score depends on its weight alone: computed once a weight.
        const share = [];
        const [numbers, weights] = [docs.docs, docs.tf];
        for (let i = 0; i < numbers.length; i++) {
          const doc = numbers[i];
          const tf = weights[i];
          hits[doc]++;
          scores[doc] += share[tf] === undefined ? (share[tf] = (idf * tf) / (tf + K1)) : share[tf];
        }
      }
      // The results are among the readouts of the smallest clause, or of the whole archive
      // when the query has no words: only those are looked at again.
      const candidates = matched.length > 0 ? matched[0].docs.docs : new Uint32Array(manifest.docs).map((_, doc) => doc);
      if (matched.length > 0) {
        for (let i = 0; i < candidates.length; i++) if (hits[candidates[i]] === matched.length) kept[candidates[i]] = 1;
      } else if (query.words.length + query.phrases.length === 0) {
        kept.fill(1);
      }
      for (const { docs } of await Promise.all(excluded)) for (const doc of docs.docs) kept[doc] = 0;
      const filters = request.filters || {};
      if (request.from || request.to || Object.values(filters).some((keys) => keys.length)) {
        narrow(kept, await this.facets(), request);
      }
      const results = new Uint32Array(candidates.length);
      let total = 0;
      for (let i = 0; i < candidates.length; i++) if (kept[candidates[i]]) results[total++] = candidates[i];
      const byDate = request.sort === "date" || matched.length === 0;
      return {
        total,
        top: (n) => (byDate ? first : ranked)(results.subarray(0, total), scores, n),
        paragraph: (doc) => best(doc, matched),
        facets: () => this.facets().then((facets) => count(facets, kept, request)),
        forms,
      };
    }

    // What a result shows: URL, title, date, kind, participants, and the file of its text.
    async record(doc) {
      const manifest = await this.manifest();
      const chunk = await this.file("d/" + Math.floor(doc / manifest.doc_chunk) + ".json.gz", "json.gz");
      const [path, title, date, kind, participants] = chunk[doc % manifest.doc_chunk];
      return {
        url: manifest.root + path,
        title,
        date,
        kind: manifest.kinds[kind],
        participants,
        text: "x/" + path.replace(/\/$/, "") + ".txt",
      };
    }

    // Paragraph `n` (1 for `#p1`) of a result's text, which its snippet is cut from.
    async paragraph(record, n) {
      const text = await this.file(record.text, "text");
      return text.split("\n")[n - 1] || "";
    }
  }

  // The first `n` of the results (readout numbers, in order), in the archive's order: newest
  // first.
  function first(results, scores, n) {
    return Array.from(results.subarray(0, n), (doc) => ({ doc, score: scores[doc] }));
  }

  // The `n` best of the results, highest score first, then newest: each readout is compared
  // with the last of those kept so far, and the results are never all sorted.
  function ranked(results, scores, n) {
    const top = [];
    for (let i = 0; i < results.length; i++) {
      const doc = results[i];
      const score = scores[doc];
      if (top.length === n) {
        if (n === 0 || score <= top[n - 1].score) continue;
        top.pop();
      }
      let at = top.length;
      while (at > 0 && top[at - 1].score < score) at--;
      top.splice(at, 0, { doc, score });
    }
    return top;
  }

  // The body paragraph of a result that matched the most query words, or none.
  function best(doc, matched) {
    const counts = new Map();
    for (const { docs } of matched) {
      const at = docs.find(doc);
      for (const p of at < 0 ? [] : docs.paragraphs(at)) if (p > 0) counts.set(p, (counts.get(p) || 0) + 1);
    }
    let paragraph = 0;
    let most = 0;
    for (const [p, n] of counts) {
      if (n > most || (n === most && p < paragraph)) [paragraph, most] = [p, n];
    }
    return paragraph;
  }

  // Keeps only the readouts that have every chosen value and fall in the year range.
  function narrow(kept, facets, request) {
    const filters = request.filters || {};
    const keepOnly = (values) => {
      const mark = new Uint8Array(kept.length);
      values.forEach((value) => value.docs.forEach((doc) => (mark[doc] = 1)));
      kept.forEach((one, doc) => one && !mark[doc] && (kept[doc] = 0));
    };
    for (const facet of facets) {
      for (const key of filters[facet.name] || []) keepOnly(facet.values.filter((v) => v.key === key));
    }
    if (request.from || request.to) {
      const years = facets.find((f) => f.name === "year");
      keepOnly(
        years.values.filter(({ key }) => {
          const year = Number(key);
          return (!request.from || year >= request.from) && (!request.to || year <= request.to);
        })
      );
    }
  }

  const collator = new Intl.Collator("fr");

  // Each facet's values with how many results have them, most first; chosen values are kept.
  function count(facets, kept, request) {
    const filters = request.filters || {};
    return facets.map((facet) => {
      const chosen = filters[facet.name] || [];
      const values = facet.values
        .map((value) => {
          let n = 0;
          for (const doc of value.docs) n += kept[doc];
          return { key: value.key, label: value.label, count: n, chosen: chosen.includes(value.key) };
        })
        .filter((v) => v.count > 0 || v.chosen);
      values.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
      return { name: facet.name, label: facet.label, values };
    });
  }

  // The words of `text` as runs of text, those whose folded form is in `forms` marked.
  function marks(text, forms) {
    const out = [];
    let last = 0;
    for (const match of text.matchAll(/[\p{Alphabetic}\p{N}]+/gu)) {
      if (!forms.has(fold(match[0]))) continue;
      out.push({ text: text.slice(last, match.index), marked: false });
      out.push({ text: match[0], marked: true });
      last = match.index + match[0].length;
    }
    out.push({ text: text.slice(last), marked: false });
    return out.filter((run) => run.text);
  }

  const engine = { fold, words, parseQuery, shardOf, marks, Engine };
  if (typeof module === "object" && module.exports) module.exports = engine;
  else root.ChancerySearch = engine;
})(this);
