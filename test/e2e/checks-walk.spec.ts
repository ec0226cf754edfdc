/**
 * The built deck walked as a speaker walks it, with the keyboard, one click at a time. Click counts are
 * never written down: they are read off the address bar on the way.
 * Forward through every click with prefers-reduced-motion: every slide shows content; after each step
 * nothing animates or transitions; at each stop nothing visible lies outside the canvas, no text is
 * clipped by its box, no console error or warning, no request to another host. What each stop shows is
 * kept (rememberWalk) for the specs that read the walk: checks-walk-back (which goes back with motion on
 * and compares each slide's final text), talk and share-pdf, which Playwright runs once this one is done.
 */
import type { Page } from '@playwright/test'
import { slideSelector } from '../../speaker/lib/slidev-dom'
import { deckInfo } from '../../speaker/node/deck/info'
import { expect, guardPage, test } from './fixtures'
import { Findings } from './support/failures'
import { layoutProblems, motionProblems, onSlide, visibleText } from './support/probes'
import { label, position, rememberWalk, settle, walkForward } from './support/walk'

/** Canvas pixels of overhang tolerated for sub-pixel rounding. */
const TOLERANCE = 1

/** Samples the page for a few frames after a step: a transition starts a frame or two after the key. */
async function motionAfterStep(page: Page, slideNo: number): Promise<string[]> {
  const seen = new Set<string>()
  for (let frame = 0; frame < 4; frame++) {
    for (const m of await page.evaluate(motionProblems, onSlide(slideNo)))
      seen.add(`${m.element} ${m.detail}`)
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(resolve)))
  }
  return [...seen]
}

test('forward through every click with reduced motion: content on every slide, nothing moves, inside the canvas, no clipped text, no console problem, no foreign request', async ({ page, baseURL }) => {
  test.setTimeout(300_000)
  const guard = guardPage(page, new URL(baseURL!).origin)
  const findings = new Findings('layout')
  const motion = new Findings('motion')
  let seenRequests = 0
  let seenConsole = 0
  const texts = new Map<string, string[]>()

  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('1')
  const stops = await walkForward(page, async (p) => {
    await motion.add(label(p), await motionAfterStep(page, p.no), page)
    // Let anything that does move finish, so the next stop reports only its own motion.
    await settle(page, p.no)
    const problems = (await page.evaluate(layoutProblems, { ...onSlide(p.no), tolerance: TOLERANCE }))
      .map(x => `${x.kind === 'outside-canvas' ? 'outside the canvas' : 'clipped text'}: ${x.element} ${x.detail}`)
    const text = await page.evaluate(visibleText, onSlide(p.no))
    const slide = page.locator(slideSelector(p.no))
    if (p.clicks === 0 && !(await slide.textContent() ?? '').trim() && !await slide.locator('svg').count())
      problems.push('the slide has no content: no text and no picture')
    texts.set(label(p), text)
    // Attribute console messages and requests to the stop where they happened.
    problems.push(...guard.consoleProblems.slice(seenConsole).map(m => `console ${m}`))
    problems.push(...guard.foreignRequests.slice(seenRequests).map(u => `request to another host: ${u}`))
    seenConsole = guard.consoleProblems.length
    seenRequests = guard.foreignRequests.length
    await findings.add(label(p), problems, page)
  })

  const { slideCount } = await deckInfo()
  expect(stops.at(-1)!.no, 'ArrowRight reaches the last slide').toBe(slideCount)
  expect(new Set(stops.map(p => p.no)).size, 'the walk visited every slide').toBe(slideCount)
  rememberWalk(stops.map(p => ({ ...p, text: texts.get(label(p))! })))
  expect(motion.report(), `${motion.list.length} motion problem(s) across ${stops.length} stops`).toBe('')
  expect(findings.report(), `${findings.list.length} problem(s) across ${stops.length} stops`).toBe('')
})

test('a deep link survives a reload', async ({ page, guard }) => {
  await page.goto('3')
  await settle(page, 3)
  await page.reload()
  expect(position(page).no).toBe(3)
  await expect(page.locator(slideSelector(3))).toBeVisible()
  await expect.poll(async () => (await page.evaluate(visibleText, onSlide(3))).length, { message: 'slide 3 has content' }).toBeGreaterThan(0)
  void guard
})
