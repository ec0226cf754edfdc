/**
 * Back with ArrowLeft, motion on, from the last click to slide 1, through exactly the stops of the forward
 * walk (checks-walk.spec.ts, with reduced motion). The first stop on each slide going back is its final
 * state: checked there with axe-core (WCAG 2 A/AA, no serious or critical finding), and its text compared
 * with the forward walk's, so no text shows only with motion on.
 */
import { expect, test } from './fixtures'
import { axeFindings, axeViolations, slideOnScreen } from './support/axe'
import { Findings } from './support/failures'
import { onSlide, visibleText } from './support/probes'
import { clicksPerSlide, deckStops, label, settle, walkBack } from './support/walk'

test('back to the start with the keyboard alone, through every click; no serious or critical axe finding on any slide\'s final state, and the same text there as with reduced motion', async ({ page, guard }) => {
  test.setTimeout(300_000)
  const forward = await deckStops(page)
  const clicks = clicksPerSlide(forward)
  const reducedText = new Map(forward.filter(stop => stop.clicks === clicks[stop.no - 1]).map(stop => [stop.no, stop.text]))
  const last = forward.at(-1)!
  await page.goto(`${last.no}?clicks=${last.clicks}`)
  const findings = new Findings('a11y')
  const minor: string[] = []
  const checked = new Set<number>()
  // A speaker pauses at each stop: keys pressed while a slide is still moving are taken late, which costs more than the pause.
  const back = await walkBack(page, async (p) => {
    await settle(page, p.no)
    if (checked.has(p.no))
      return
    checked.add(p.no)
    expect(p.clicks, `ArrowLeft enters slide ${p.no} at its last click`).toBe(clicks[p.no - 1])
    const { blocking, minor: others } = axeFindings(await axeViolations(page, slideOnScreen(p.no)))
    minor.push(...others.map(m => `${label(p)} ${m}`))
    const missing = (await page.evaluate(visibleText, onSlide(p.no))).filter(t => !reducedText.get(p.no)!.includes(t))
    blocking.push(...missing.map(t => `with reduced motion this text is missing or invisible: "${t.slice(0, 60)}"`))
    await findings.add(label(p), blocking, page)
  })
  // Going back passes through exactly the same stops in reverse: every click of every slide.
  expect(back.map(label)).toEqual([...forward].reverse().map(label))
  if (minor.length)
    test.info().annotations.push({ type: 'minor axe findings', description: minor.join('; ') })
  expect(findings.report(), `${findings.list.length} finding(s) on ${checked.size} slides`).toBe('')
  void guard
})
