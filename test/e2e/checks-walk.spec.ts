/**
 * The built deck walked as a speaker walks it, with the keyboard, one click at a time. Click counts are
 * never written down: they are read off the address bar on the way.
 * 1. Forward through every click, motion on: every slide shows content; at each stop nothing visible lies
 *    outside the canvas, no text is clipped by its box, no console error or warning, no request to another
 *    host. What each stop shows is kept for 3, and for the specs that read the walk (talk, share-pdf).
 * 2. Back with ArrowLeft to slide 1, through exactly the same stops; the first stop on each slide going
 *    back is its final state, checked there with axe-core (WCAG 2 A/AA): no serious or critical finding.
 * 3. prefers-reduced-motion: forward again, nothing animates or transitions after any step, and each
 *    slide's final state shows the same text as with motion on.
 * The three run in order on one walk's findings (serial): run the file, not one test, on its own.
 */
import type { Page } from '@playwright/test'
import type { Position } from './support/walk'
import { slideSelector } from '../../speaker/lib/slidev-dom'
import { deckInfo } from '../../speaker/node/deck/info'
import { expect, guardPage, test } from './fixtures'
import { axeFindings, axeViolations, SLIDEV_CHROME } from './support/axe'
import { Findings } from './support/failures'
import { layoutProblems, motionProblems, onSlide, visibleText } from './support/probes'
import { clicksPerSlide, label, position, rememberWalk, settle, walkBack, walkForward } from './support/walk'

/** Canvas pixels of overhang tolerated for sub-pixel rounding. */
const TOLERANCE = 1

test.describe.configure({ mode: 'serial' })

let forward: Position[] = []
/** The text each slide shows at its last click, with motion on. */
const finalText = new Map<number, string[]>()

function walked(): { forward: Position[], clicks: number[] } {
  expect(forward.length, 'the forward walk ran first (run the whole file)').toBeGreaterThan(0)
  return { forward, clicks: clicksPerSlide(forward) }
}

test('forward through every click: content on every slide, inside the canvas, no clipped text, no console problem, no foreign request', async ({ page, baseURL }) => {
  test.setTimeout(300_000)
  const guard = guardPage(page, new URL(baseURL!).origin)
  const findings = new Findings('layout')
  let seenRequests = 0
  let seenConsole = 0
  const texts = new Map<string, string[]>()

  await page.goto('1')
  const stops = await walkForward(page, async (p) => {
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
  forward = stops
  rememberWalk(stops.map(p => ({ ...p, text: texts.get(label(p))! })))
  clicksPerSlide(stops).forEach((clicks, i) => finalText.set(i + 1, texts.get(label({ no: i + 1, clicks }))!))
  expect(findings.report(), `${findings.list.length} problem(s) across ${stops.length} stops`).toBe('')
})

test('back to the start with the keyboard alone, through every click; no serious or critical axe finding on any slide\'s final state', async ({ page, guard }) => {
  test.setTimeout(300_000)
  const { forward, clicks } = walked()
  const last = forward.at(-1)!
  await page.goto(`${last.no}?clicks=${last.clicks}`)
  const findings = new Findings('a11y')
  const minor: string[] = []
  const checked = new Set<number>()
  // The walk itself waits for Slidev to know the previous slide's clicks; a slide is settled only where it is checked.
  const back = await walkBack(page, async (p) => {
    if (checked.has(p.no))
      return
    checked.add(p.no)
    await settle(page, p.no)
    expect(p.clicks, `ArrowLeft enters slide ${p.no} at its last click`).toBe(clicks[p.no - 1])
    const { blocking, minor: others } = axeFindings(await axeViolations(page, SLIDEV_CHROME))
    minor.push(...others.map(m => `${label(p)} ${m}`))
    await findings.add(label(p), blocking, page)
  })
  // Going back passes through exactly the same stops in reverse: every click of every slide.
  expect(back.map(label)).toEqual([...forward].reverse().map(label))
  if (minor.length)
    test.info().annotations.push({ type: 'minor axe findings', description: minor.join('; ') })
  expect(findings.report(), `${findings.list.length} serious/critical finding(s) on ${checked.size} slides`).toBe('')
  void guard
})

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

test('reduced motion: no animation or transition runs, and every slide\'s final content is there', async ({ page, guard }) => {
  test.setTimeout(300_000)
  const { forward, clicks } = walked()
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const findings = new Findings('motion')
  await page.goto('1')
  await page.locator(slideSelector(1)).waitFor()
  const stops = await walkForward(page, async (p) => {
    await findings.add(label(p), await motionAfterStep(page, p.no), page)
    // Let anything that does move finish, so the next stop reports only its own motion.
    await settle(page, p.no)
    if (p.clicks !== clicks[p.no - 1])
      return
    const reduced = await page.evaluate(visibleText, onSlide(p.no))
    const missing = finalText.get(p.no)!.filter(t => !reduced.includes(t))
    await findings.add(label(p), missing.map(t => `with reduced motion this text is missing or invisible: "${t.slice(0, 60)}"`), page)
  })
  expect(stops.map(label), 'the same stops as with motion on').toEqual(forward.map(label))
  expect(findings.report(), `${findings.list.length} motion problem(s)`).toBe('')
  void guard
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
