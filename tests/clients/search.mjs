// The search page in Chromium, as a reader uses it: a query typed and sent with Enter, a facet
// ticked, a phrase, a typographic apostrophe, a result opened at its paragraph, the address
// reloaded, the back button, and the box in the header of another page.
//
// Usage: node search.mjs SITE_DIR BASE_URL [QUERY...]
// Without queries, prints { steps, errors, outside }. With queries, prints the times from Enter
// to the results on screen, their facets and their snippets for each, on one page served by
// HTTP on 127.0.0.1, the first cold (the search bench uses it).
import { openSite, run } from './browser.mjs'

/// Types `q` into the search page's box, presses Enter, and waits for its results, then their
/// facets, then their snippets. Returns the milliseconds from Enter to each: `ms` is the results
/// on screen, the list with each result's title, date, kind and participants, and the count
/// announced; the facets' counts and the snippets are drawn after it.
async function query (page, q) {
  await page.fill('#search-q', q)
  const started = Date.now()
  await page.press('#search-q', 'Enter')
  const after = async (ready) => {
    await page.waitForFunction(ready, q)
    return Date.now() - started
  }
  const listed = (q) => {
    const status = document.getElementById('search-status')
    return status.dataset.query && new URLSearchParams(status.dataset.query.split('?')[1]).get('q') === q
  }
  const ms = await after(listed)
  const facets = await after(() => {
    const status = document.getElementById('search-status')
    return document.getElementById('search-facets').dataset.query === status.dataset.query
  })
  const snippets = await after(() => !document.querySelector('#search-results .snippet:empty'))
  return { ms, facets, snippets, ...(await shown(page)) }
}

/// What the page shows: the status line, the results' titles and links, the address.
async function shown (page) {
  return {
    status: await page.locator('#search-status').textContent(),
    titles: await page.locator('#search-results h2 a').allTextContents(),
    links: await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    address: page.url()
  }
}

/// Waits until the status line describes the address the page is at.
async function settled (page) {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')
    return status.dataset.query === location.pathname + location.search
  })
  return shown(page)
}

run(async ([root, address, ...queries]) => {
  // Timings are taken from a local HTTP server, as a reader's browser meets a static host.
  const site = await openSite(root, address, { local: queries.length > 0 })
  const base = site.base
  try {
    const page = await site.newPage()
    await page.goto(base + 'search/', { waitUntil: 'load' })
    if (queries.length > 0) {
      const times = []
      for (const q of queries) {
        const { ms, facets, snippets } = await query(page, q)
        times.push({ q, ms, facets, snippets })
      }
      return { times, errors: page.errors, outside: site.outside }
    }
    const steps = {}
    steps.kirghizistan = await query(page, 'Kirghizistan')
    await page.locator('#search-results .snippet mark').first().waitFor()
    steps.snippet = await page.locator('#search-results .snippet').first().innerHTML()
    await page.check('#f-country-uz')
    steps.narrowed = await settled(page)
    await page.reload({ waitUntil: 'load' })
    steps.reloaded = await settled(page)
    await page.goBack()
    steps.back = await settled(page)
    steps.phrase = await query(page, '"Ceinture et la Route"')
    steps.curly = await query(page, 'l’histoire')
    steps.straight = await query(page, "l'histoire")
    await page.click('#search-results h2 a >> nth=0')
    await page.waitForLoadState('load')
    steps.opened = { address: page.url(), target: await page.evaluate(() => document.querySelector(':target')?.id) }
    await page.goto(base, { waitUntil: 'load' })
    await page.fill('#site-q', 'Kosherbayev')
    await page.press('#site-q', 'Enter')
    await page.waitForURL(/search\//)
    steps.header = await settled(page)
    return { steps, errors: page.errors, outside: site.outside }
  } finally {
    await site.close()
  }
})
