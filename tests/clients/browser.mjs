// Chromium through Playwright, on a built site, for the browser tests (see README.md, "Browser
// and validator tests"). A test script imports `openSite`, does its checks and prints JSON.
//
// The site is served from its folder by request interception, at its own `base_url`: no server,
// no port, and any request that leaves the site is refused and reported in `outside`. Timings
// use a real HTTP server on 127.0.0.1 instead (`local`), as a reader's browser meets a host.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'

/// Debian's Chromium, as root, on a machine without network or GPU.
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
]

/// The widths every page is checked at: a desktop and a phone.
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8'
}

/// The file a URL path names under `root`, as a static host finds it (`dir/` → `dir/index.html`).
function fileFor (root, path) {
  const rel = normalize(decodeURIComponent(path)).replace(/^(\.\.(\/|$))+/, '')
  const file = join(root, rel)
  try {
    return statSync(file).isDirectory() ? join(file, 'index.html') : file
  } catch {
    return null
  }
}

/// What a static host answers for the URL path `path` under the site root: the file, or the
/// site's 404 page.
function respond (root, path) {
  const file = fileFor(root, path)
  let body
  try {
    body = file && readFileSync(file)
  } catch {}
  if (!body) return { status: 404, contentType: TYPES['.html'], body: readFileSync(join(root, '404.html')) }
  return { status: 200, contentType: TYPES[extname(file)] || 'application/octet-stream', body }
}

/// Serves the folder `root` over HTTP on 127.0.0.1, on a free port, under the path of `base`;
/// resolves to the server and the site's local address.
async function serveLocally (root, base) {
  const prefix = new URL(base).pathname
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname
    const { status, contentType, body } = path.startsWith(prefix)
      ? respond(root, path.slice(prefix.length))
      : respond(root, '404.html')
    response.writeHead(status, { 'content-type': contentType }).end(body)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, base: `http://127.0.0.1:${server.address().port}${prefix}` }
}

/// Launches Chromium (a fresh profile each time) and serves the folder `root` at `base`
/// (`https://chancery.github.io/archive/`), or with `local` at the same path on 127.0.0.1.
/// Returns `{ browser, newPage, outside, close, base }`: `newPage(viewport)` opens a page that
/// records its console errors and dialogs; `base` is where the site is.
export async function openSite (root, base, { local = false } = {}) {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium'
  const profile = mkdtempSync(join(tmpdir(), 'chancery-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, args: FLAGS, headless: true, chromiumSandbox: false, viewport: VIEWPORTS.desktop
  })
  const server = local ? await serveLocally(root, base) : null
  if (server) base = server.base
  const outside = []
  if (server) {
    // Served locally, requests are only watched: intercepting them would hold each one for a
    // round trip to this process, which a reader's browser does not pay.
    context.on('request', (request) => { if (!request.url().startsWith(base)) outside.push(request.url()) })
  } else {
    await context.route(() => true, async (route) => {
      const url = route.request().url()
      if (!url.startsWith(base)) {
        outside.push(url)
        return route.abort('blockedbyclient')
      }
      return route.fulfill(respond(root, new URL(url).pathname.slice(new URL(base).pathname.length)))
    })
  }
  const newPage = async (viewport = VIEWPORTS.desktop) => {
    const page = await context.newPage()
    await page.setViewportSize(viewport)
    page.errors = []
    page.dialogs = []
    page.on('pageerror', (e) => page.errors.push(String(e)))
    page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()) })
    page.on('dialog', async (d) => { page.dialogs.push(d.message()); await d.dismiss() })
    return page
  }
  const close = async () => {
    await context.close()
    if (server) server.server.close()
    rmSync(profile, { recursive: true, force: true })
  }
  return { context, newPage, outside, close, base }
}

/// Runs `main(args)` and prints its result as JSON; any exception fails with its stack.
export function run (main) {
  main(process.argv.slice(2)).then(
    (result) => console.log(JSON.stringify(result, null, 1)),
    (error) => { console.error(error.stack || error); process.exit(1) }
  )
}
