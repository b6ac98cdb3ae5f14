// Hostile seeds: opens pages in Chromium and reports anything a seed's text could have made run
// or put in the page as markup.
//
// Usage: node hostile.mjs SITE_DIR BASE_URL PATH...
// Prints { pages, outside }: for each page, its dialogs and script errors, the elements a seed
// must never produce (scripts other than the site's own, frames, images, SVG, styles in the
// body), every `on…` attribute, every URL that is not http(s), a path or a fragment, the JSON
// scripts that no longer parse, and the heading and the readout's text as text.
import { openSite, run } from './browser.mjs'

/// What the page holds that no seed may bring, read in the page.
function inspect () {
  const own = (s) => s.type === 'application/ld+json' ||
    s.type === 'application/vnd.citationstyles.csl+json' || /\/(cite|search|search-index|search-page)\.js$/.test(s.src) ||
    s.textContent.includes('location.replace')
  const intruders = [...document.querySelectorAll('script, iframe, frame, object, embed, img, svg, math, form, input, base, body style, body link, body meta')]
    .filter((e) => e.tagName !== 'SCRIPT' || !own(e))
    // The site's own search forms: the box in the header and the search page's.
    .filter((e) => !e.closest('form.site-search, #search-form'))
    // The site's own charts, drawn at build time from counts and years.
    .filter((e) => !e.closest('figure.chart'))
    .map((e) => e.outerHTML.slice(0, 120))
  const handlers = []
  const urls = []
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.attributes) {
      if (/^on/i.test(a.name)) handlers.push(`${e.tagName.toLowerCase()} ${a.name}="${a.value}"`)
      if (/^(href|src|action|formaction|data|xlink:href)$/i.test(a.name) && !/^(https?:|\/|#|mailto:)/i.test(a.value.trim())) {
        urls.push(`${e.tagName.toLowerCase()} ${a.name}="${a.value}"`)
      }
    }
  }
  const json = [...document.querySelectorAll('script[type$="json"]')].filter((s) => {
    try { JSON.parse(s.textContent); return false } catch { return true }
  }).map((s) => s.type)
  return {
    intruders, handlers, urls, badJson: json,
    title: document.title,
    h1: document.querySelector('h1')?.textContent ?? null,
    text: document.querySelector('.readout .body')?.textContent ?? null,
    hostile: window.__hostile ?? null
  }
}

run(async ([root, base, ...paths]) => {
  const site = await openSite(root, base)
  const pages = []
  try {
    const page = await site.newPage()
    for (const path of paths) {
      page.errors.length = 0
      page.dialogs.length = 0
      await page.goto(base + path, { waitUntil: 'load' })
      // Give an injected `autofocus` or `onfocus` its chance.
      await page.keyboard.press('Tab')
      await page.waitForTimeout(50)
      pages.push({ path, ...(await page.evaluate(inspect)), dialogs: [...page.dialogs], errors: [...page.errors] })
    }
  } finally {
    await site.close()
  }
  return { pages, outside: site.outside }
})
