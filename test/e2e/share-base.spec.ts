/**
 * The hosted deck under a sub-path, as a static host serves it: the public URL
 * https://example.org/talks/walmsley/, built once into its own folder (share-support.ts's HOSTED, which
 * share-read tests too; no PDF: the main build tests that). Deep links and reloads
 * work under the base, the social preview URLs are absolute, and after one visit the deck keeps
 * working with the server gone (the kit's service worker, speaker/worker/sw.ts).
 */
import type { Page } from '@playwright/test'
import type { ServedDeck } from '../../speaker/node/server/static'
import { join } from 'node:path'
import { slideSelector } from '../../speaker/lib/slidev-dom'
import { serveDeck } from '../../speaker/node/server/static'
import { OG_IMAGE, OG_SIZE } from '../../speaker/node/site/og-image'
import { expect, guardPage, test } from './fixtures'
import { deckKept, HOSTED, offlineContext, pngSize } from './share-support'

const { dir: OUT, base: BASE, publicUrl: PUBLIC_URL } = HOSTED

let deck: ServedDeck | undefined

/** The slide the address bar names (…/walmsley/12?clicks=1 -> 12) is the one on screen. */
async function expectSlideFromUrl(page: Page): Promise<void> {
  const no = Number(new URL(page.url()).pathname.split('/').filter(Boolean).pop())
  expect(no).toBeGreaterThan(0)
  await expect(page.locator(slideSelector(no))).toBeVisible()
}

test.beforeAll(async () => {
  test.setTimeout(300_000)
  deck = await serveDeck(OUT, BASE)
})

test.afterAll(async () => {
  await deck?.close()
})

test('deep links and reloads work under the base path', async ({ page }) => {
  const guard = guardPage(page, new URL(deck!.url).origin)
  await page.goto(`${deck!.url}3`)
  await expect(page.locator(slideSelector(3))).toBeVisible()
  await page.reload()
  await expect(page).toHaveURL(`${deck!.url}3`)
  await expect(page.locator(slideSelector(3))).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`^${deck!.url}\\d+`))
  const here = page.url()
  await page.reload()
  await expect(page).toHaveURL(here)
  await expectSlideFromUrl(page)
  expect(guard.foreignRequests).toEqual([])
  expect(guard.consoleProblems).toEqual([])
})

test('the social preview uses absolute URLs on the public address', async ({ page }) => {
  expect(pngSize(join(OUT, OG_IMAGE))).toEqual(OG_SIZE)
  await page.goto(`${deck!.url}1`)
  const meta = (key: string) => page.locator(`meta[property="${key}"]`).getAttribute('content')
  expect(await meta('og:image')).toBe(`${PUBLIC_URL}${OG_IMAGE}`)
  expect(await meta('twitter:image')).toBe(`${PUBLIC_URL}${OG_IMAGE}`)
  expect(await meta('og:url')).toBe(PUBLIC_URL)
})

test('after one visit the deck works offline', async ({ browser }) => {
  // Its own server, as a host serves the deck, so the test can pull the plug without touching the others.
  const own = await serveDeck(OUT, BASE, 0, '127.0.0.1', { hosted: true })
  const context = await offlineContext(await browser.newContext({ serviceWorkers: 'allow' }))
  const page = await context.newPage()
  await page.goto(`${own.url}1`)
  await expect(page.locator(slideSelector(1))).toBeVisible()
  await deckKept(page)

  await own.close()
  await context.setOffline(true)
  await page.goto(`${own.url}4`)
  await expect(page.locator(slideSelector(4))).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expectSlideFromUrl(page)
  await page.reload()
  await expectSlideFromUrl(page)
  await context.close()
})
