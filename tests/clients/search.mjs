// The search page in Chromium, as a reader uses it: a query typed and sent with Enter, a facet
// ticked, a phrase, a typographic apostrophe, a result opened at its paragraph, the address
// reloaded, the back button, and the box in the header of another page.
//
// Usage: node search.mjs SITE_DIR BASE_URL [QUERY...]
// Without queries, prints { steps, errors, outside }. With queries, prints the times from Enter
// to the results on screen, their count, their facets and their snippets for each, on one page
// served by HTTP on 127.0.0.1, the first cold (the search bench uses it).
import { openSite, run } from './browser.mjs'

/// Types `q` into the search page's box, presses Enter, and waits for its results, then their
/// facets (drawn once the results are counted), then their snippets. Returns the milliseconds from
/// Enter to each: `ms` is the results on screen, the list with each result's title, date, kind
/// and participants, and the status line written; the facets' counts and the snippets are drawn
/// after it.
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

/// What the page shows: the status line and whether it is busy, the results' titles and links,
/// the address.
async function shown (page) {
  return {
    status: await page.locator('#search-status').textContent(),
    busy: await page.locator('#search-status').getAttribute('aria-busy'),
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

/// Times one query in the page itself, from the Enter key's event to the frame that shows each
/// stage, so that neither Playwright's round trips nor its polling count: `ms` when the list
/// is drawn with each result's title, date, kind and participants and the status line written,
/// `count` when the status line announces the number of results (later than `ms` when a
/// phrase's results are counted after the first are shown), then `facets` when the facets'
/// counts are drawn and `snippets` when every snippet is filled. A stage counts once the frame
/// that paints it has run (the message posted from that frame's animation callback arrives
/// after the frame). `submitted`: when the form's submit event came; `requests`: each file the
/// query fetched, with when it was asked for and when its last byte arrived.
async function timed (page, q) {
  await page.fill('#search-q', q)
  const before = await mainThread(page)
  await page.evaluate((q) => {
    const status = document.getElementById('search-status')
    const facets = document.getElementById('search-facets')
    const list = document.getElementById('search-results')
    const t = (window.searchTimes = {})
    const mine = () => status.dataset.query && new URLSearchParams(status.dataset.query.split('?')[1]).get('q') === q
    const stages = {
      ms: mine,
      count: () => mine() && status.getAttribute('aria-busy') !== 'true',
      facets: () => mine() && facets.dataset.query === status.dataset.query,
      snippets: () => mine() && !list.querySelector('.snippet:empty')
    }
    const painted = (name) => requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => (t[name] = performance.now() - t.start)
      channel.port2.postMessage(null)
    })
    const seen = new Set()
    const observer = new MutationObserver(() => {
      for (const [name, ready] of Object.entries(stages)) {
        if (!seen.has(name) && ready()) {
          seen.add(name)
          painted(name)
        }
      }
      if (seen.size === Object.keys(stages).length) observer.disconnect()
    })
    observer.observe(document.getElementById('search'), { subtree: true, childList: true, attributes: true, characterData: true })
    document.getElementById('search-q').addEventListener('keydown', (event) => {
      if (event.key === 'Enter') t.start = event.timeStamp
    }, { capture: true, once: true })
    document.getElementById('search-form').addEventListener('submit', () => {
      t.submitted = performance.now() - t.start
    }, { capture: true, once: true })
  }, q)
  await page.press('#search-q', 'Enter')
  await page.waitForFunction(() => ['ms', 'count', 'facets', 'snippets'].every((k) => k in window.searchTimes))
  const after = await mainThread(page)
  const busy = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]))
  const times = await page.evaluate(() => {
    const t = window.searchTimes
    const round = (x) => Math.round(x)
    const requests = performance.getEntriesByType('resource')
      .filter((r) => r.startTime >= t.start)
      .map((r) => ({ file: r.name.split('/search/').pop(), start: round(r.startTime - t.start), end: round(r.responseEnd - t.start) }))
    performance.clearResourceTimings()
    return { ms: round(t.ms), count: round(t.count), facets: round(t.facets), snippets: round(t.snippets), submitted: round(t.submitted), requests }
  })
  return { ...times, busy }
}

/// The time the page's main thread has spent so far running script, computing styles and
/// laying out, in ms (Chromium's own counters).
async function mainThread (page) {
  page.cdp = page.cdp || await page.context().newCDPSession(page)
  if (!page.cdpEnabled) {
    await page.cdp.send('Performance.enable')
    page.cdpEnabled = true
  }
  const { metrics } = await page.cdp.send('Performance.getMetrics')
  const of = (name) => Math.round(metrics.find((m) => m.name === name).value * 1000)
  return { script: of('ScriptDuration'), style: of('RecalcStyleDuration'), layout: of('LayoutDuration'), tasks: of('TaskDuration') }
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
      await page.evaluate(() => performance.setResourceTimingBufferSize(10000))
      // Playwright compiles its own script into the page the first time it waits on a function
      // there, some tens of ms of main thread a reader does not pay: done before the first query.
      await page.waitForFunction(() => true)
      for (const q of queries) times.push({ q, ...(await timed(page, q)) })
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
