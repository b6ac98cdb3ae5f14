// Parses citation records with citation-js, as reference managers do, for tests/citations.rs.
//
// Usage: node citations.mjs [--lang=LOCALE] FILE...   (FILE.bib: biblatex, FILE.bibtex: the same
// read as classic BibTeX, FILE.ris: RIS, FILE.json: CSL-JSON)
// Prints a JSON array, one object per file: { file, items, bibliography }, where `items` are the
// parsed CSL-JSON items and `bibliography` is the record rendered as a bibliography entry with
// the APA style, one of the styles plugin-csl bundles (apa, vancouver, harvard1), in LOCALE
// (default fr-FR: the reader of a French interface; en-US for an English one).
import { readFileSync } from 'node:fs'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import '@citation-js/plugin-csl'

const FORMATS = {
  bib: { forceType: '@biblatex/text', read: (text) => text },
  bibtex: { forceType: '@bibtex/text', read: (text) => text },
  ris: { forceType: '@ris/file', read: (text) => text },
  json: { forceType: '@csl/list+object', read: (text) => JSON.parse(text) }
}

const args = process.argv.slice(2)
const lang = args[0]?.startsWith('--lang=') ? args.shift().slice('--lang='.length) : 'fr-FR'
const files = args
if (files.length === 0) {
  console.error('usage: node citations.mjs [--lang=LOCALE] FILE.bib|FILE.bibtex|FILE.ris|FILE.json...')
  process.exit(2)
}

const results = files.map((file) => {
  const format = FORMATS[file.split('.').pop()]
  if (!format) throw new Error(`${file}: unknown extension`)
  const cite = new Cite(format.read(readFileSync(file, 'utf8')), { forceType: format.forceType })
  const items = cite.data.map(({ _graph, ...item }) => item)
  const bibliography = cite.format('bibliography', { template: 'apa', lang, format: 'text' })
  return { file, items, bibliography: bibliography.trim() }
})
console.log(JSON.stringify(results, null, 2))
