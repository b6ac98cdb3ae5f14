// Accessibility: axe-core in Chromium on pages of a built site, at desktop and phone widths and
// at desktop width in the dark scheme, with a full-page screenshot of each for review.
//
// Usage: node axe.mjs SITE_DIR BASE_URL SCREENSHOT_DIR PATH...
// Prints a JSON array, one object per page and width: { path, viewport, violations, errors },
// `violations` as axe reports them (id, impact, help, the selectors of the nodes), `errors` the
// page's script errors; and the requests that left the site.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { openSite, run, VIEWPORTS } from './browser.mjs'

run(async ([root, base, shots, ...paths]) => {
  mkdirSync(shots, { recursive: true })
  const site = await openSite(root, base)
  const pages = []
  try {
    const passes = [...Object.entries(VIEWPORTS), ['dark', VIEWPORTS.desktop]]
    for (const [viewport, size] of passes) {
      const page = await site.newPage(size)
      // The stylesheet follows the reader's system setting: check its dark colours too.
      await page.emulateMedia({ colorScheme: viewport === 'dark' ? 'dark' : 'light' })
      for (const path of paths) {
        page.errors.length = 0
        await page.goto(base + path, { waitUntil: 'load' })
        const name = (path.replace(/\/$/, '').replace(/[^A-Za-z0-9.-]+/g, '_') || 'home')
        await page.screenshot({ path: join(shots, `${name}-${viewport}.png`), fullPage: true })
        const { violations } = await new AxeBuilder({ page }).analyze()
        pages.push({
          path,
          viewport,
          violations: violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' '))
          })),
          errors: [...page.errors]
        })
      }
      await page.close()
    }
  } finally {
    await site.close()
  }
  return { pages, outside: site.outside }
})
