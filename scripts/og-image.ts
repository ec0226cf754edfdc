/**
 * The social preview: the cover slide of the built deck, rendered by the resolver's Chromium at
 * 1200x630 (the size Open Graph and Twitter cards ask for) into <dist>/og-image.png.
 * The slide is 16:9, so it is drawn 1200 wide and the card keeps its middle 630 rows.
 */
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { chromiumArgs, resolveChromium } from './chromium'
import { DIST } from './paths'
import { hostedBase } from './public-url'
import { serveDeck } from './serve'

export const OG_IMAGE = 'og-image.png'
export const OG_SIZE = { width: 1200, height: 630 } as const

export async function renderOgImage(dir: string, base: string): Promise<string> {
  const executablePath = (await resolveChromium()).path
  const deck = await serveDeck(dir, base)
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() })
  try {
    const slideHeight = Math.round(OG_SIZE.width * 9 / 16)
    const page = await browser.newPage({ viewport: { width: OG_SIZE.width, height: slideHeight }, colorScheme: 'dark', serviceWorkers: 'block' })
    const problems: string[] = []
    page.on('pageerror', error => problems.push(error.message))
    await page.goto(`${deck.url}1?print=true&embedded=true`, { waitUntil: 'networkidle' })
    await page.locator('.slidev-page-1 .slidev-layout').waitFor()
    await page.evaluate(() => document.fonts.ready)
    if (problems.length > 0)
      throw new Error(`The cover slide failed to render: ${problems.join('; ')}`)
    const file = join(dir, OG_IMAGE)
    await page.screenshot({ path: file, clip: { x: 0, y: (slideHeight - OG_SIZE.height) / 2, ...OG_SIZE } })
    return file
  }
  finally {
    await browser.close()
    await deck.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  renderOgImage(DIST, hostedBase())
    .then(file => console.log(`Social preview written: ${file}`))
    .catch((error: unknown) => {
      console.error(`Social preview failed: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    })
}
