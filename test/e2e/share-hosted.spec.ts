/**
 * The hosted deck as `npm run build` made it (dist/, served by playwright.config.ts):
 * it leaks no notes (only the spoken words, where the read view is on: share-read.spec.ts) and no presenter view, carries its social preview and serves its own PDF,
 * also through its service worker, and offline once fetched.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { spokenText } from '../../speaker/lib/pacing'
import { slideSelector } from '../../speaker/lib/slidev-dom'
import { deckInfo, loadDeck } from '../../speaker/node/deck/info'
import { DIST } from '../../speaker/node/deck/project'
import { hostedBase } from '../../speaker/node/deck/public-url'
import { serveDeck } from '../../speaker/node/server/static'
import { OG_IMAGE, OG_SIZE } from '../../speaker/node/site/og-image'
import { readViewOn } from '../../speaker/vite/read'
import { expect, test } from './fixtures'
import { builtText, notePhrases, pngSize } from './share-support'

test('the build holds no speaker note text; with `readView: true`, only the words said aloud', async () => {
  const phrases = await notePhrases()
  expect(phrases.length, 'the deck has note phrases to look for').toBeGreaterThanOrEqual(3)
  const deck = await loadDeck()
  const read = readViewOn(deck.headmatter)
  const spoken = deck.slides.map(slide => spokenText(slide.note)).join(' ')
  const text = builtText(DIST).replace(/\s+/g, ' ')
  for (const phrase of phrases)
    expect(text.includes(phrase), `note text "${phrase}" in ${DIST} (readView ${read})`).toBe(read && spoken.includes(phrase))
  expect(text).not.toContain('Before presenting')
})

test('the build ships Vue\'s production code: no development warnings, no devtools', () => {
  const text = builtText(DIST)
  expect(text).not.toContain('[Vue warn]')
  expect(text).not.toContain('org.vuejs.router')
})

test('the build has no presenter, notes or handout route', async ({ page, guard }) => {
  expect(builtText(DIST)).not.toContain('slidev-presenter-main-slide-mode') // a key only the presenter page uses
  await page.goto('presenter/1')
  await expect(page.getByText(/not found/i).first(), '/presenter/1 is Slidev\'s 404').toBeVisible()
  const phrases = await notePhrases()
  // Without those routes, /notes and /handout fall through to the slide route: a slide, never notes.
  for (const path of ['presenter/1', 'notes', 'handout']) {
    await page.goto(path)
    await expect(page.locator('.slidev-presenter, #handout, .slidev-note')).toHaveCount(0)
    const text = (await page.locator('#app').textContent() ?? '').replace(/\s+/g, ' ')
    for (const phrase of phrases)
      expect(text, `/${path} shows note text`).not.toContain(phrase)
  }
  void guard
})

test('the audience screen never shows the pacing gauge', async ({ page, guard }) => {
  await page.goto('1')
  await page.mouse.move(20, 700) // bring up the navigation bar, where the presenter's gauge lives
  await expect(page.locator(slideSelector(1))).toBeVisible()
  await expect(page.getByTestId('pacing-gauge')).toHaveCount(0)
  void guard
})

test('the social preview is 1200x630 and announced in the page head', async ({ page, guard }) => {
  const image = join(DIST, OG_IMAGE)
  expect(existsSync(image)).toBe(true)
  expect(pngSize(image)).toEqual(OG_SIZE)
  const { title } = await deckInfo()
  await page.goto('1')
  const meta = (key: string) => page.locator(`meta[property="${key}"]`).getAttribute('content')
  expect(await meta('og:image')).toMatch(new RegExp(`${OG_IMAGE}$`))
  expect(await meta('og:title')).toBe(title)
  expect(await meta('twitter:card')).toBe('summary_large_image')
  expect(await page.locator('meta[name="description"]').getAttribute('content')).not.toMatch(/^"|\\n/)
  void guard
})

test('the download button serves the PDF shipped inside the build', async ({ page, guard }) => {
  const { exportFilename } = await deckInfo()
  const shipped = join(DIST, `${exportFilename}.pdf`)
  expect(existsSync(shipped), 'npm run build copied the PDF into the build').toBe(true)
  await page.goto('2')
  await page.mouse.move(20, 700)
  const button = page.getByRole('button', { name: 'Download as PDF' }).or(page.locator('[title="Download as PDF"]'))
  const [download] = await Promise.all([page.waitForEvent('download'), button.first().click()])
  const saved = await download.path()
  expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(readFileSync(saved).length).toBe(readFileSync(shipped).length)
  void guard
})

test('under the service worker a visit to the PDF gets the PDF, kept from then on: the button works offline', async ({ browser }) => {
  const pdfName = `${(await deckInfo()).exportFilename}.pdf`
  const shipped = readFileSync(join(DIST, pdfName))
  // Its own server, as a host serves the deck, so the test can pull the plug without touching the others.
  const own = await serveDeck(DIST, hostedBase(), 0, '127.0.0.1', { hosted: true })
  const context = await browser.newContext({ serviceWorkers: 'allow' })
  const page = await context.newPage()
  await page.goto(`${own.url}2`)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
  })
  const kept = (): Promise<boolean> => page.evaluate(async (name) => {
    for (const key of await caches.keys()) {
      if ((await (await caches.open(key)).keys()).some(request => new URL(request.url).pathname.endsWith(`/${name}`)))
        return true
    }
    return false
  }, pdfName)
  // Not precached: a first visit leaves the PDF alone (share-first-visit.spec.ts counts the bytes).
  expect(await kept(), 'the PDF is in a cache before anyone asked for it').toBe(false)

  // A direct visit: the worker answers with the PDF, not the deck's index.html. (Chromium shows it in its
  // viewer; a headless shell, which has none, downloads it: either way the answer is the response.)
  const visit = async (): Promise<void> => {
    const url = `${own.url}${pdfName}`
    const answer = page.waitForResponse(url)
    await page.goto(url).catch((error: Error) => {
      if (!error.message.includes('Download is starting'))
        throw error
    })
    const response = await answer
    expect(response.fromServiceWorker(), 'answered by the service worker').toBe(true)
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect(response.headers()['content-length']).toBe(String(shipped.length))
  }
  await visit()

  // Once fetched, the worker keeps it: offline, the same visit and the button still get it.
  await own.close()
  await context.setOffline(true)
  await visit()
  await page.goto(`${own.url}2`)
  await page.mouse.move(20, 700)
  const button = page.getByRole('button', { name: 'Download as PDF' }).or(page.locator('[title="Download as PDF"]'))
  const [download] = await Promise.all([page.waitForEvent('download'), button.first().click()])
  expect(readFileSync(await download.path()).equals(shipped), 'offline, the Download button gets the PDF').toBe(true)
  await context.close()
})

test('deep links reload on static hosts through the fallbacks the build writes (404.html, _redirects)', async () => {
  expect(readFileSync(join(DIST, '404.html'), 'utf8')).toBe(readFileSync(join(DIST, 'index.html'), 'utf8'))
  expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toMatch(/^\/\*\s+\/index\.html\s+200/m)
})
