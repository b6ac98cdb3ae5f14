// Runs searches with the browser's engine (static/search.js) on a built site's index, read from
// disk, and prints what each found as JSON, with the paragraph each result's snippet is cut from
// and every file read: the integration tests check the engine this way.
// Usage: node query.cjs SITE_DIR REQUEST_JSON... (a request may say how many results are `shown`,
// and, with `counted`, have them counted before they are ranked)
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { Engine } = require("../../static/search.js");

const [site, ...requests] = process.argv.slice(2);
const fetched = new Set();
const engine = new Engine(async (file, kind) => {
  fetched.add(file);
  const bytes = fs.readFileSync(path.join(site, "search", file));
  if (kind === "json") return JSON.parse(bytes);
  if (kind === "json.gz") return JSON.parse(zlib.gunzipSync(bytes));
  if (kind === "text") return bytes.toString("utf8");
  return new Uint8Array(bytes);
});

(async () => {
  const out = [];
  for (const request of requests) {
    const { shown, counted, ...query } = JSON.parse(request);
    const found = await engine.search(query);
    // `shown`: only the first results are read, as the search page reads one page of them,
    // before they are counted (unless `counted`, which checks every result first).
    if (counted) await found.count();
    const results = found.top(shown || Infinity);
    // Whether some results were left unchecked by taking the first ones.
    const lazy = found.known() === null;
    const total = await found.count();
    const records = await Promise.all(results.map((r) => engine.record(r.doc)));
    // The paragraphs the page cuts the snippets from.
    const linked = results.map((r) => found.paragraph(r.doc));
    const paragraphs = await Promise.all(results.map((r, i) => engine.paragraph(records[i], linked[i] || 1)));
    out.push({
      total,
      lazy,
      results: results.map((r, i) => ({
        url: records[i].url,
        title: records[i].title,
        paragraph: linked[i],
        text: paragraphs[i],
        score: r.score,
      })),
      facets: Object.fromEntries((await found.facets()).map((f) => [f.name, f.values.map((v) => [v.key, v.count])])),
      forms: [...found.forms].sort(),
    });
  }
  console.log(JSON.stringify({ searches: out, fetched: [...fetched].sort() }));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
