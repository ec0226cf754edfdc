/**
 * prefers-reduced-motion: reduce. Walking the deck with the keyboard, nothing animates or transitions
 * (neither slide changes nor v-click reveals), and every slide's final state shows the same text as it
 * does with motion on.
 */
import type { Position } from './support/walk'
import { slideSelector } from '../../lib/slidev-dom'
import { expect, test } from './fixtures'
import { Findings } from './support/failures'
import { motionProblems, visibleText } from './support/probes'
import { discoverClicks, label, position, press, settle } from './support/walk'

/** Samples the page for a few frames after a step: a transition starts a frame or two after the key. */
async function motionAfterStep(page: import('@playwright/test').Page, slideNo: number): Promise<string[]> {
  const seen = new Set<string>()
  for (let frame = 0; frame < 4; frame++) {
    for (const m of await page.evaluate(motionProblems, { slideNo }))
      seen.add(`${m.element} ${m.detail}`)
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(resolve)))
  }
  return [...seen]
}

test('reduced motion: no animation or transition runs, and every slide\'s final content is there', async ({ page, guard, browser }) => {
  test.setTimeout(600_000)
  const clicks = await discoverClicks(page)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const findings = new Findings('motion')

  // 1. Walk every click with reduced motion: nothing moves at any stop.
  await page.goto('1')
  await page.locator(slideSelector(1)).waitFor()
  await findings.add(label(position(page)), await motionAfterStep(page, 1), page)
  const finalText = new Map<number, string[]>()
  for (let i = 0; i < 5000; i++) {
    const here: Position = position(page)
    if (here.clicks === clicks[here.no - 1])
      finalText.set(here.no, await page.evaluate(visibleText, { slideNo: here.no }))
    if (!await press(page, 'ArrowRight'))
      break
    const p = position(page)
    await findings.add(label(p), await motionAfterStep(page, p.no), page)
    // Let anything that does move finish, so the next stop reports only its own motion.
    await settle(page, p.no)
  }

  // 2. The final state of each slide, with motion on, shows no text that reduced motion lost.
  const moving = await browser.newPage({ viewport: page.viewportSize() ?? undefined, baseURL: test.info().project.use.baseURL })
  for (const [i, total] of clicks.entries()) {
    const at = { no: i + 1, clicks: total }
    await moving.goto(`${at.no}?clicks=${at.clicks}`)
    await settle(moving, at.no)
    const expected = await moving.evaluate(visibleText, { slideNo: at.no })
    const reduced = finalText.get(at.no) ?? []
    const missing = expected.filter(t => !reduced.includes(t))
    if (!finalText.has(at.no)) {
      await findings.add(label(at), ['the reduced-motion walk never reached this final state'])
    }
    else if (missing.length) {
      await page.goto(`${at.no}?clicks=${at.clicks}`)
      await findings.add(label(at), missing.map(t => `with reduced motion this text is missing or invisible: "${t.slice(0, 60)}"`), page)
    }
  }
  await moving.close()
  expect(findings.report(), `${findings.list.length} motion problem(s)`).toBe('')
  void guard
})
