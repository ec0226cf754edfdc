/**
 * Every slide, every click, as the audience sees it: walked with the keyboard through the built deck.
 * At each stop: nothing visible outside the canvas, no text clipped by its box, no console error or
 * warning, no request to another host. Then back to the start with the keyboard alone.
 */
import type { Position } from './support/walk'
import { slideSelector } from '../../lib/slidev-dom'
import { deckInfo } from '../../scripts/deck'
import { expect, guardPage, test } from './fixtures'
import { Findings } from './support/failures'
import { layoutProblems } from './support/probes'
import { clicksPerSlide, label, rememberClicks, settle, walkBack, walkForward } from './support/walk'

/** Canvas pixels of overhang tolerated for sub-pixel rounding. */
const TOLERANCE = 1

test.describe.configure({ mode: 'serial' })

let forward: Position[] = []

test('every slide at every click: inside the canvas, no clipped text, no console problem, no foreign request', async ({ page, baseURL }) => {
  test.setTimeout(600_000)
  const guard = guardPage(page, new URL(baseURL!).origin)
  const findings = new Findings('layout')
  let seenRequests = 0
  let seenConsole = 0

  const visit = async (p: Position): Promise<void> => {
    await settle(page, p.no)
    const problems = (await page.evaluate(layoutProblems, { slideNo: p.no, tolerance: TOLERANCE }))
      .map(x => `${x.kind === 'outside-canvas' ? 'outside the canvas' : 'clipped text'}: ${x.element} ${x.detail}`)
    // Attribute console messages and requests to the stop where they happened.
    problems.push(...guard.consoleProblems.slice(seenConsole).map(m => `console ${m}`))
    problems.push(...guard.foreignRequests.slice(seenRequests).map(u => `request to another host: ${u}`))
    seenConsole = guard.consoleProblems.length
    seenRequests = guard.foreignRequests.length
    await findings.add(label(p), problems, page)
  }

  await page.goto('1')
  forward = await walkForward(page, visit)
  rememberClicks(forward)
  const { slideCount } = await deckInfo()
  expect(new Set(forward.map(p => p.no)).size, 'the walk visited every slide').toBe(slideCount)
  expect(findings.report(), `${findings.list.length} problem(s) across ${forward.length} stops`).toBe('')
})

test('the keyboard alone walks forward to the end and back to the start, through every click', async ({ page, guard }) => {
  test.setTimeout(300_000)
  const { slideCount } = await deckInfo()
  await page.goto('1')
  await page.locator(slideSelector(1)).waitFor()
  const there = forward.length ? forward : await walkForward(page)
  if (!forward.length)
    forward = there
  else
    await page.goto(`${slideCount}?clicks=${clicksPerSlide(there)[slideCount - 1] ?? 0}`)

  const last = there[there.length - 1]!
  expect(last.no, 'ArrowRight reaches the last slide').toBe(slideCount)
  expect(clicksPerSlide(there).length).toBe(slideCount)

  await settle(page, last.no)
  // A speaker pauses at each stop; without that, Slidev may not yet know the previous slide's clicks.
  const back = await walkBack(page, p => settle(page, p.no))
  // Going back passes through exactly the same stops in reverse: every click of every slide.
  expect(back.map(label)).toEqual([...there].reverse().map(label))
  void guard
})
