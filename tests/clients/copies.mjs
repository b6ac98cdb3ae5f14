// What a reader takes away from a readout page's "Citer ce document" block, in Chromium: the
// Chicago entry as shown, and every file its buttons download.
//
// Usage: node copies.mjs SITE_DIR BASE_URL DOWNLOAD_DIR PATH...
// Prints { pages: [{ path, chicago, files }], outside }, `files` the paths of the downloads.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openSite, run } from './browser.mjs'

run(async ([root, base, dir, ...paths]) => {
  mkdirSync(dir, { recursive: true })
  const site = await openSite(root, base)
  const pages = []
  try {
    const page = await site.newPage()
    for (const [n, path] of paths.entries()) {
      await page.goto(base + path, { waitUntil: 'load' })
      const files = []
      for (const button of await page.locator('button[data-file]').all()) {
        const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
        const file = join(dir, `${n}-${download.suggestedFilename()}`)
        await download.saveAs(file)
        files.push(file)
      }
      const chicago = await page.locator('#cite-chicago').textContent()
      pages.push({ path, chicago, files, errors: [...page.errors] })
    }
  } finally {
    await site.close()
  }
  return { pages, outside: site.outside }
})
