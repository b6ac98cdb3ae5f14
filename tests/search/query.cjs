// Runs searches with the browser's engine (static/search.js) on a built site's index, read from
// disk, and prints what each found as JSON: the integration tests check the engine this way.
// Usage: node query.cjs SITE_DIR REQUEST_JSON...
"use strict";
const fs = require("fs");
const path = require("path");
const { Engine } = require("../../static/search.js");

const [site, ...requests] = process.argv.slice(2);
const fetched = new Set();
const engine = new Engine(async (file, kind) => {
  fetched.add(file);
  const bytes = fs.readFileSync(path.join(site, "search", file));
  return kind === "json" ? JSON.parse(bytes) : new Uint8Array(bytes);
});

(async () => {
  const out = [];
  for (const request of requests) {
    const found = await engine.search(JSON.parse(request));
    const records = await Promise.all(found.results.map((r) => engine.record(r.doc)));
    out.push({
      total: found.total,
      results: found.results.map((r, i) => ({
        url: records[i].url,
        title: records[i].title,
        paragraph: r.paragraph,
        score: r.score,
      })),
      facets: Object.fromEntries(found.facets.map((f) => [f.name, f.values.map((v) => [v.key, v.count])])),
      forms: [...found.forms].sort(),
    });
  }
  console.log(JSON.stringify({ searches: out, fetched: [...fetched].sort() }));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
