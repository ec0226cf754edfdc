/**
 * Moving through the running deck the way a speaker does: with the keyboard, one click at a time.
 * Click counts are never written down anywhere: they are read off the deck as it is walked.
 */
import type { Page } from '@playwright/test'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { slideSelector, SLIDEV_CLASS } from '../../../speaker/lib/slidev-dom'
import { loadDeck } from '../../../speaker/node/deck/info'
import { DIST, ROOT } from '../../../speaker/node/deck/project'
import { onSlide, visibleText } from './probes'

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

/** Presses `key` and waits for the address to change; false when the deck did not move within `timeout`. */
export async function press(page: Page, key: 'ArrowRight' | 'ArrowLeft', timeout = 3000): Promise<boolean> {
  const before = page.url()
  await page.keyboard.press(key)
  return page.waitForURL(url => url.href !== before, { timeout }).then(() => true, () => false)
}

/** A slow step waited for past `press`'s timeout: a busy machine's step, not the end of the deck. */
const SLOW_STEP_MS = 30_000

/** Whether the deck has more to show from `here` in the direction of `key`: another slide, or a click still hidden. */
async function moreToShow(page: Page, key: 'ArrowRight' | 'ArrowLeft', here: Position, total: number): Promise<boolean> {
  if (key === 'ArrowLeft')
    return here.no > 1 || here.clicks > 0
  return here.no < total || await page.locator(`${slideSelector(here.no)} .${SLIDEV_CLASS.vclickHidden}`).count() > 0
}

/**
 * Brings slide `no` to rest as the audience would see it once everything has played: fonts loaded, every
 * finite animation and transition jumped to its end (the same end state, without waiting it out; infinite
 * ones keep running), its text no longer changing, and the slide that left is gone.
 */
export async function settle(page: Page, no: number, timeout = 10_000): Promise<void> {
  await page.locator(slideSelector(no)).waitFor({ state: 'visible', timeout })
  const still = await page.evaluate(async ({ slide: selector, ms }) => {
    const frame = (): Promise<unknown> => new Promise(resolve => requestAnimationFrame(resolve))
    await document.fonts.ready
    for (const animation of document.getAnimations()) {
      if (Number(animation.effect?.getComputedTiming().endTime ?? 0) !== Infinity)
        animation.finish()
    }
    await frame()
    // Script-driven motion (a number counting up with requestAnimationFrame) is not a Web Animation:
    // wait until the slide's text has not changed for 100ms.
    const slide = document.querySelector(selector)
    const start = performance.now()
    let last = slide?.textContent
    let since = start
    while (performance.now() - start < ms) {
      await frame()
      const now = slide?.textContent
      if (now !== last) {
        last = now
        since = performance.now()
      }
      else if (performance.now() - since >= 100) {
        return true
      }
    }
    return false
  }, { slide: slideSelector(no), ms: timeout })
  if (!still)
    throw new Error(`Slide ${no} (${page.url()}): its text was still changing after ${timeout} ms`)
  // Vue's <Transition> marks the entering and leaving slide with *-enter-active / *-leave-active.
  await page.waitForFunction(() => !document.querySelector('[class*="-leave-active"], [class*="-enter-active"]'), undefined, { timeout })
    .catch(() => {
      throw new Error(`Slide ${no} (${page.url()}): a transition was still running after ${timeout} ms`)
    })
}

/**
 * Walks with `key` from the current position to an end (or to the first stop `until` accepts), calling
 * `visit` at each stop (the start included).
 */
async function walk(page: Page, key: 'ArrowRight' | 'ArrowLeft', visit?: (p: Position) => Promise<void>, maxSteps = 2000, until?: (p: Position) => boolean): Promise<Position[]> {
  const { slides } = await loadDeck()
  const total = slides.length
  const seen: Position[] = [position(page)]
  await visit?.(seen[0]!)
  for (let i = 0; i < maxSteps; i++) {
    const here = seen.at(-1)!
    if (i > 0 && until?.(here))
      break
    // ArrowLeft from a slide's start lands on the previous slide's last click only once Slidev has mounted
    // that slide (it preloads the neighbours) and so knows its clicks: on a busy machine that can lag.
    if (key === 'ArrowLeft' && here.clicks === 0 && here.no > 1)
      await page.locator(`${slideSelector(here.no - 1)} .${SLIDEV_CLASS.layout}`).first().waitFor({ state: 'attached' })
    const before = page.url()
    if (!await press(page, key)) {
      if (!await moreToShow(page, key, here, total))
        break
      await page.waitForURL(url => url.href !== before, { timeout: SLOW_STEP_MS }).catch(() => {
        throw new Error(`The deck did not move on from ${label(here)} (slide ${here.no} of ${total}, click ${here.clicks}) with ${key} within ${SLOW_STEP_MS / 1000} s`)
      })
    }
    const p = position(page)
    // One key, one stop: a landing past a stop would leave that stop out of every check that reads the walk.
    const oneStep = key === 'ArrowRight'
      ? (p.no === here.no && p.clicks === here.clicks + 1) || (p.no === here.no + 1 && p.clicks === Number(slides[here.no]!.frontmatter.clicksStart ?? 0))
      : (p.no === here.no && p.clicks === here.clicks - 1) || p.no === here.no - 1
    if (!oneStep)
      throw new Error(`${key} from ${label(here)} landed on ${label(p)}, past a stop`)
    seen.push(p)
    await visit?.(p)
  }
  if (seen.length > maxSteps)
    throw new Error(`The walk took ${maxSteps} steps from ${label(seen[0]!)} and did not reach an end`)
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

/**
 * From the current stop to the last click of its slide, settled: forward until the deck leaves the slide
 * (or ends), then back one step. A slow step is waited for, never taken as the slide's end.
 */
export async function toSlideEnd(page: Page): Promise<void> {
  const { no } = position(page)
  const seen = await walk(page, 'ArrowRight', undefined, 2000, p => p.no !== no)
  if (seen.at(-1)!.no !== no && !await press(page, 'ArrowLeft', SLOW_STEP_MS))
    throw new Error(`The deck did not step back to slide ${no} from ${label(seen.at(-1)!)} within ${SLOW_STEP_MS / 1000} s`)
  await settle(page, no)
}

/** Click count of each slide (index 0 is slide 1), from a forward walk: the highest click seen on it. */
export function clicksPerSlide(walk: Position[]): number[] {
  const counts: number[] = []
  for (const p of walk)
    counts[p.no - 1] = Math.max(counts[p.no - 1] ?? 0, p.clicks)
  return Array.from(counts, c => c ?? 0)
}

/** A stop of a forward walk, with the text it showed once settled. */
export interface Stop extends Position {
  text: string[]
}

/** Where the walk spec keeps its forward walk for the specs that read it, which may run in another worker. */
const WALK_FILE = join(ROOT, 'test-results/walk.json')

/** Keeps the forward walk of the build under test for the specs that read it (talk, share-pdf). */
export function rememberWalk(stops: Stop[]): void {
  mkdirSync(dirname(WALK_FILE), { recursive: true })
  writeFileSync(WALK_FILE, JSON.stringify(stops))
}

/**
 * Every stop of the deck in order, from slide 1 to the last click of the last slide, with what it shows:
 * the walk spec's forward walk when it walked this build, else a keyboard walk of its own that settles
 * at each stop. Every build of the deck has the same stops.
 */
export async function deckStops(page: Page): Promise<Stop[]> {
  if (existsSync(WALK_FILE) && statSync(WALK_FILE).mtimeMs > statSync(join(DIST, 'index.html')).mtimeMs)
    return JSON.parse(readFileSync(WALK_FILE, 'utf8')) as Stop[]
  const stops: Stop[] = []
  // Slide 1 of the deck the page is on, or of the configured one.
  await page.goto(page.url().startsWith('http') ? new URL('1', page.url()).href : '1')
  await walkForward(page, async (p) => {
    await settle(page, p.no)
    stops.push({ ...p, text: await page.evaluate(visibleText, onSlide(p.no)) })
  })
  return stops
}
