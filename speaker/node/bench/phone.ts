/**
 * The phone remote's latency for `speaker bench`: the talk walked from slide 1 to its end by taps on a
 * phone-sized page, each timed from the tap to the audience window's move (both clocks in one browser
 * process, so one time base). A figure of this machine, not a pass/fail: the e2e test checks each step lands.
 */
import type { Page } from 'playwright-chromium'
import { devices } from 'playwright-chromium'
import { slideSelector, SLIDEV_CLASS } from '../../lib/slidev-dom'
import { loadDeck } from '../deck/info'
import { launchChromium } from '../pdf/chromium'
import { serveRemote } from '../server/remote'

export interface PhoneLatency {
  steps: number
  medianMs: number
  p95Ms: number
  maxMs: number
}

/** Waits in the page for its address to change; resolves with the time it did (Date.now, shared by the pages of one browser). */
function armMove(audience: Page): Promise<void> {
  return audience.evaluate(() => {
    const before = location.href
    ;(window as unknown as { moved: Promise<number> }).moved = new Promise((resolve) => {
      const id = setInterval(() => {
        if (location.href !== before) {
          clearInterval(id)
          resolve(Date.now())
        }
      }, 1)
    })
  })
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

export async function phoneLatency(presentDir: string): Promise<PhoneLatency> {
  const slides = (await loadDeck()).slides.length
  const remote = await serveRemote({ dir: presentDir, slides, host: '127.0.0.1' })
  const browser = await launchChromium()
  try {
    const laptop = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const { defaultBrowserType: _, ...phoneSize } = devices['Pixel 7']!
    const audience = await laptop.newPage()
    const handset = await (await browser.newContext(phoneSize)).newPage()
    await audience.goto(remote.local('/1'))
    await handset.goto(remote.phone)
    const times: number[] = []
    for (;;) {
      const here = new URL(audience.url())
      const frame = `${here.pathname.slice(1)}/${here.searchParams.get('clicks') ?? 0}`
      // The phone must know the click too, or its tap asks for a step from where the deck no longer is.
      await handset.locator(`[data-frame="${frame}"]`).waitFor({ timeout: 30_000 })
      await audience.locator(`${slideSelector(Number(here.pathname.slice(1)))} .${SLIDEV_CLASS.layout}`).first().waitFor()
      await armMove(audience)
      const tapped = await handset.evaluate(() => {
        const at = Date.now()
        document.querySelector<HTMLButtonElement>('[data-testid="phone-next-button"]')!.click()
        return at
      })
      const moved = await audience.evaluate(() => Promise.race([
        (window as unknown as { moved: Promise<number> }).moved,
        new Promise<number>(resolve => setTimeout(resolve, 10_000, -1)),
      ]))
      if (moved < 0) {
        if (Number(here.pathname.slice(1)) === slides)
          break
        throw new Error(`the deck did not move from ${here.pathname}${here.search} within 10 s`)
      }
      times.push(moved - tapped)
    }
    times.sort((a, b) => a - b)
    return { steps: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), maxMs: times.at(-1)! }
  }
  finally {
    await browser.close()
    await remote.close()
  }
}
