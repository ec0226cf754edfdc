/**
 * prefers-reduced-motion: forward through every click again, nothing animates or transitions after any
 * step, and each slide's final state shows the same text as with motion on (the forward walk's, from
 * checks-walk.spec.ts).
 */
import type { Page } from '@playwright/test'
import { slideSelector } from '../../speaker/lib/slidev-dom'
import { expect, test } from './fixtures'
import { Findings } from './support/failures'
import { motionProblems, onSlide, visibleText } from './support/probes'
import { clicksPerSlide, deckStops, label, settle, walkForward } from './support/walk'

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
  const forward = await deckStops(page)
  const clicks = clicksPerSlide(forward)
  const finalText = new Map(forward.filter(stop => stop.clicks === clicks[stop.no - 1]).map(stop => [stop.no, stop.text]))
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
