// Search: queries the static index under search/ (written by the build), fetching only the
// shards of the query's words, the facets, and what the shown results need. The address holds
// the search (search/?q=…&country=kg&year=2021), so it can be bookmarked, shared and cited.
// The engine is plain functions over a `load(path, kind)` callback, so it also runs in Node
// for the tests; the page (search-page.js) runs only in a browser.
(function (root) {
  "use strict";

  // The index's files as they are read (search-index.js, loaded before this script).
  const { Reader, shardOf, lookup, Matches, weight, matchesOf, decodePostings, Positions, phraseParagraphs, decodeFacet } =
    typeof module === "object" && module.exports ? require("./search-index.js") : root.ChancerySearchIndex;

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
    // not indexed, so they match any one word. The readouts that have every word in a paragraph
    // are its candidates (`bounded`): their weights (`tf`) are those of the paragraphs that have
    // every word, the most the phrase can weigh there, and their paragraphs (`paragraphs(i)`)
    // are the phrase's, found from the words' positions only when asked for. Its rarity is its
    // words' (their idfs summed), which is known without checking every candidate.
    async phrase(parts, stopWords) {
      const content = parts
        .map((word, offset) => ({ word, offset }))
        .filter(({ word }) => !stopWords.has(word));
      if (content.length === 0) return null;
      const [manifest, matches] = await Promise.all([
        this.manifest(),
        Promise.all(content.map(({ word }) => this.match(word, content.length > 1))),
      ]);
      const forms = new Set();
      matches.forEach((m) => m.forms.forEach((f) => forms.add(f)));
      if (content.length === 1) return { docs: matches[0].docs, forms };
      const words = matches.map((m) => m.docs);
      const smallest = words.reduce((a, b) => (b.size < a.size ? b : a));
      const [docs, bounds] = [[], []];
      for (const doc of smallest.docs) {
        let common = null;
        for (let w = 0; w < words.length && (common === null || common.length > 0); w++) {
          const i = words[w].find(doc);
          const paragraphs = i < 0 ? [] : words[w].paragraphs(i);
          common = common === null ? paragraphs : common.filter((p) => paragraphs.includes(p));
        }
        if (common.length === 0) continue;
        docs.push(doc);
        bounds.push(weight(common));
      }
      const stems = matches.map((m) => m.stems.map((stem) => new Positions(stem)));
      const shifts = content.map(({ offset }) => offset - content[0].offset);
      const holding = (doc) => {
        const keys = stems.map((positions) => {
          const found = [];
          for (const stem of positions) stem.of(doc, found);
          // A word of several stems has their positions one after the other.
          return positions.length > 1 ? found.sort((a, b) => a - b) : found;
        });
        return phraseParagraphs(keys, shifts);
      };
      const candidates = new Matches(Uint32Array.from(docs), Uint16Array.from(bounds), null, (i) => holding(docs[i]));
      const idf = words.reduce((sum, { size }) => sum + idfOf(size, manifest.docs), 0);
      return { docs: candidates, forms, idf, bounded: true };
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
    // Returns its `Results`: `top(n)`, the first n results ({ doc, score }); `known()`, their
    // number if known yet, and `count()`, once known; `paragraph(doc)`, the paragraph a result
    // links to; `facets()`, the facets with their counts in the results; and `forms`, the
    // folded forms to mark in snippets. The facets are waited for only when they narrow the
    // results, and a phrase checked only in the results shown until they are counted, so a
    // page can show the results before their number and their facets.
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
      const idfs = matched.map((m) => (m.bounded ? m.idf : idfOf(m.docs.size, manifest.docs)));
      matched.forEach(({ docs }, c) => {
        // A readout's share of the score depends on its weight alone: computed once a weight.
        const share = [];
        const [numbers, weights] = [docs.docs, docs.tf];
        for (let i = 0; i < numbers.length; i++) {
          const doc = numbers[i];
          const tf = weights[i];
          hits[doc]++;
          scores[doc] += share[tf] === undefined ? (share[tf] = weigh(idfs[c], tf)) : share[tf];
        }
      });
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
      return new Results({
        docs: results.subarray(0, total),
        scores,
        kept,
        clauses: matched,
        idfs,
        byDate: request.sort === "date" || matched.length === 0,
        countFacets: () => this.facets().then((facets) => facetCounts(facets, kept, request)),
        forms,
      });
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

  // How rare a clause is that `size` of the `total` readouts match, and what a match of weight
  // `tf` adds to a readout's score: BM25 without length normalisation.
  function idfOf(size, total) {
    return Math.log(1 + (total - size + 0.5) / (size + 0.5));
  }

  function weigh(idf, tf) {
    return (idf * tf) / (tf + K1);
  }

  // A search's results: readouts in the archive's order (`docs`), with their scores. A result
  // that a phrase's words put among the phrase's candidates is checked for the phrase only when
  // it is to be shown or counted: until then its score is the most the phrase can give it, so
  // the first results, taken by that score, are checked until the next could not rank above
  // them, and the others only for the count and the facets, once the first are on screen.
  class Results {
    constructor(fields) {
      Object.assign(this, fields);
      this.total = this.docs.length;
      const bounded = this.clauses.some((c) => c.bounded);
      // Whether each readout has been checked (when a phrase needs it), and how many have not.
      this.checked = bounded ? new Uint8Array(this.scores.length) : null;
      this.unchecked = bounded ? this.total : 0;
      this.counting = null;
    }

    // The number of results, if known without checking more of them; else null.
    known() {
      return this.unchecked === 0 ? this.total : null;
    }

    // Whether readout `doc` is a result, its phrases checked and its score made exact (summed
    // in the same order as the bounds, so that a bound the phrase meets is its exact score).
    check(doc) {
      if (!this.kept[doc] || this.checked === null || this.checked[doc]) return this.kept[doc] === 1;
      this.checked[doc] = 1;
      this.unchecked--;
      let score = 0;
      for (let c = 0; c < this.clauses.length; c++) {
        const { docs, bounded } = this.clauses[c];
        const i = docs.find(doc);
        const tf = bounded ? weight(docs.paragraphs(i)) : docs.tf[i];
        if (tf === 0) {
          this.kept[doc] = 0;
          this.total--;
          return false;
        }
        score += weigh(this.idfs[c], tf);
      }
      this.scores[doc] = score;
      return true;
    }

    // The first `n` results ({ doc, score }): newest first when sorted by date, else highest
    // score first, then newest; only as many are checked as that takes.
    top(n) {
      const out = [];
      if (this.byDate) {
        for (let i = 0; i < this.docs.length && out.length < n; i++) {
          if (this.check(this.docs[i])) out.push({ doc: this.docs[i], score: this.scores[this.docs[i]] });
        }
        return out;
      }
      const ranking = new Ranking(this.docs.filter((doc) => this.kept[doc]), this.scores);
      while (out.length < n && ranking.size > 0) {
        const doc = ranking.pop();
        if (this.checked === null || this.checked[doc]) out.push({ doc, score: this.scores[doc] });
        else if (this.check(doc)) ranking.push(doc);
      }
      return out;
    }

    // The number of results, every one checked; `pause`, if given, is awaited every few
    // milliseconds, so that a page answers its reader meanwhile.
    count(pause) {
      this.counting =
        this.counting ||
        (async () => {
          let since = performance.now();
          for (let i = 0; i < this.docs.length && this.unchecked > 0; i++) {
            this.check(this.docs[i]);
            if (pause && (i & 63) === 0 && performance.now() - since > SLICE_MS) {
              await pause();
              since = performance.now();
            }
          }
          return this.total;
        })();
      return this.counting;
    }

    // The facets with their counts in the results, once every result is checked.
    async facets(pause) {
      await this.count(pause);
      return this.countFacets();
    }

    // The body paragraph that matched the most clauses in result `doc`, or none.
    paragraph(doc) {
      return best(doc, this.clauses);
    }
  }

  // How long the count of a phrase's results works before it lets the page answer, in ms.
  const SLICE_MS = 8;

  // Readouts by score, highest first, then newest (lowest number): a binary heap, so that the
  // first few are taken without sorting the others.
  class Ranking {
    constructor(docs, scores) {
      Object.assign(this, { heap: docs, scores, size: docs.length });
      for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
    }
    before(a, b) {
      const [x, y] = [this.scores[a], this.scores[b]];
      return x > y || (x === y && a < b);
    }
    pop() {
      const first = this.heap[0];
      this.heap[0] = this.heap[--this.size];
      this.down(0);
      return first;
    }
    // Puts back a readout taken out by `pop`, whose score may have changed.
    push(doc) {
      let at = this.size++;
      for (let up = (at - 1) >> 1; at > 0 && this.before(doc, this.heap[up]); at = up, up = (at - 1) >> 1) {
        this.heap[at] = this.heap[up];
      }
      this.heap[at] = doc;
    }
    down(at) {
      const { heap, size } = this;
      const doc = heap[at];
      for (;;) {
        let child = 2 * at + 1;
        if (child >= size) break;
        if (child + 1 < size && this.before(heap[child + 1], heap[child])) child++;
        if (!this.before(heap[child], doc)) break;
        heap[at] = heap[child];
        at = child;
      }
      heap[at] = doc;
    }
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
  function facetCounts(facets, kept, request) {
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

  const engine = { fold, words, parseQuery, marks, Engine };
  if (typeof module === "object" && module.exports) module.exports = engine;
  else root.ChancerySearch = engine;
})(this);
