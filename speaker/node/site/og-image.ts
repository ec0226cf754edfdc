/**
 * The social preview: the cover slide of the built deck, rendered by the resolver's Chromium at
 * 1200x630 (the size Open Graph and Twitter cards ask for) into <dist>/og-image.png.
 * The slide is 16:9, so it is drawn 1200 wide and the card keeps its middle 630 rows.
 */
import type { ServedDeck } from '../server/static'
import { join } from 'node:path'
import { slideSelector, SLIDEV_CLASS } from '../../lib/slidev-dom'
import { launchChromium } from '../pdf/chromium'
import { serveDeck } from '../server/static'

export const OG_IMAGE = 'og-image.png'
export const OG_SIZE = { width: 1200, height: 630 } as const

export async function renderOgImage(dir: string, base: string, colorScheme: 'light' | 'dark'): Promise<string> {
  const browser = await launchChromium()
  let deck: ServedDeck | undefined
  try {
    deck = await serveDeck(dir, base)
    const slideHeight = Math.round(OG_SIZE.width * 9 / 16)
    const page = await browser.newPage({ viewport: { width: OG_SIZE.width, height: slideHeight }, colorScheme, serviceWorkers: 'block' })
    // Bounds for a hang, not budgets: on a busy laptop the first paint can take well over Playwright's 30 s.
    page.setDefaultTimeout(300_000)
    const problems: string[] = []
    page.on('pageerror', error => problems.push(error.message))
    await page.goto(`${deck.url}1?print=true&embedded=true`, { waitUntil: 'networkidle' })
    await page.locator(`${slideSelector(1)} .${SLIDEV_CLASS.layout}`).waitFor()
    await page.evaluate(() => document.fonts.ready)
    if (problems.length > 0)
      throw new Error(`The cover slide failed to render: ${problems.join('; ')}`)
    const file = join(dir, OG_IMAGE)
    await page.screenshot({ path: file, clip: { x: 0, y: (slideHeight - OG_SIZE.height) / 2, ...OG_SIZE } })
    return file
  }
  finally {
    await browser.close()
    await deck?.close()
  }
}
