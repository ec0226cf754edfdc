/**
 * Moving through the running deck the way a speaker does: with the keyboard, one click at a time.
 * Click counts are never written down anywhere: they are read off the deck as it is walked.
 */
import type { Page } from '@playwright/test'
import { slideSelector } from '../../../lib/slidev-dom'

export interface Position {
  no: number
  clicks: number
}

/** Where the deck is, from the address bar: /12?clicks=3 -> { no: 12, clicks: 3 }. */
export function position(page: Page): Position {
  const url = new URL(page.url())
  const no = Number(url.pathname.split('/').filter(Boolean).pop() ?? '1')
  return { no: Number.isFinite(no) ? no : 1, clicks: Number(url.searchParams.get('clicks') ?? 0) }
}

/** The address a person can paste to see the same state: `/12?clicks=3`. */
export function label(p: Position): string {
  return `/${p.no}?clicks=${p.clicks}`
}

/** Presses `key` and waits for the address to change; false when the deck did not move (an end). */
export async function press(page: Page, key: 'ArrowRight' | 'ArrowLeft', timeout = 3000): Promise<boolean> {
  const before = page.url()
  await page.keyboard.press(key)
  return page.waitForURL(url => url.href !== before, { timeout }).then(() => true, () => false)
}

/**
 * Waits until the slide `no` is on screen and still: fonts loaded, every finite animation and transition
 * finished (infinite ones are left running), its text no longer changing, and the slide that left is gone.
 */
export async function settle(page: Page, no: number, timeout = 4000): Promise<void> {
  await page.locator(slideSelector(no)).waitFor({ state: 'visible', timeout })
  await page.evaluate(async (ms) => {
    await document.fonts.ready
    const finite = document.getAnimations().filter(a => Number(a.effect?.getComputedTiming().endTime ?? 0) !== Infinity)
    await Promise.race([
      Promise.all(finite.map(a => a.finished.catch(() => undefined))),
      new Promise(resolve => setTimeout(resolve, ms)),
    ])
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  }, timeout)
  // Script-driven motion (a number counting up with requestAnimationFrame) is not a Web Animation:
  // wait until the slide's text has not changed for 200ms.
  await page.evaluate(async ({ slideNo, ms }) => {
    const slide = document.querySelector(`.slidev-page[data-slidev-no="${slideNo}"]`)
    const start = performance.now()
    let last = slide?.textContent
    let since = performance.now()
    while (performance.now() - start < ms) {
      await new Promise(resolve => requestAnimationFrame(resolve))
      const now = slide?.textContent
      if (now !== last) {
        last = now
        since = performance.now()
      }
      else if (performance.now() - since >= 200) {
        break
      }
    }
  }, { slideNo: no, ms: timeout })
  // Vue's <Transition> marks the entering and leaving slide with *-enter-active / *-leave-active.
  await page.waitForFunction(() => !document.querySelector('[class*="-leave-active"], [class*="-enter-active"]'), undefined, { timeout })
    .catch(() => undefined)
}

/** Walks with `key` from the current position to an end, calling `visit` at each stop (the start included). */
async function walk(page: Page, key: 'ArrowRight' | 'ArrowLeft', visit?: (p: Position) => Promise<void>, maxSteps = 2000): Promise<Position[]> {
  const seen: Position[] = [position(page)]
  await visit?.(seen[0]!)
  for (let i = 0; i < maxSteps; i++) {
    if (!await press(page, key))
      break
    const p = position(page)
    seen.push(p)
    await visit?.(p)
  }
  return seen
}

/** Forward to the end with ArrowRight. Returns every position in order. */
export function walkForward(page: Page, visit?: (p: Position) => Promise<void>, maxSteps?: number): Promise<Position[]> {
  return walk(page, 'ArrowRight', visit, maxSteps)
}

/** The same backwards with ArrowLeft, to the first slide. */
export function walkBack(page: Page, visit?: (p: Position) => Promise<void>, maxSteps?: number): Promise<Position[]> {
  return walk(page, 'ArrowLeft', visit, maxSteps)
}

/** Click count of each slide (index 0 is slide 1), from a forward walk: the highest click seen on it. */
export function clicksPerSlide(walk: Position[]): number[] {
  const counts: number[] = []
  for (const p of walk)
    counts[p.no - 1] = Math.max(counts[p.no - 1] ?? 0, p.clicks)
  return Array.from(counts, c => c ?? 0)
}

let discovered: number[] | undefined

/** Keeps the click counts from a full forward walk another check already made. */
export function rememberClicks(walk: Position[]): void {
  discovered = clicksPerSlide(walk)
}

/**
 * Click counts of the whole deck, found by walking it once from slide 1 with the keyboard (no waiting
 * for animations: only the address matters). Cached for the worker, so each spec file pays once at most.
 */
export async function discoverClicks(page: Page): Promise<number[]> {
  if (!discovered) {
    await page.goto('1')
    await page.locator(slideSelector(1)).waitFor({ state: 'visible' })
    discovered = clicksPerSlide(await walkForward(page))
  }
  return discovered
}
