/**
 * The canvas letterboxes on any screen: at 1920x1080, 1280x720 and a 4:3 projector (1024x768) the slide
 * keeps its aspect ratio, fills the screen in one direction, is centred, and lies fully inside it.
 */
import { deckInfo } from '../../speaker/node/deck/info'
import { expect, test } from './fixtures'
import { Findings } from './support/failures'
import { canvasBox, layoutProblems, onSlide } from './support/probes'
import { letterboxProblems, VIEWPORTS } from './support/viewports'
import { settle } from './support/walk'

for (const viewport of VIEWPORTS) {
  test(`letterbox at ${viewport.width}x${viewport.height}: aspect kept, centred, inside, on first, middle and last slides`, async ({ page, guard }) => {
    await page.setViewportSize(viewport)
    const { slideCount } = await deckInfo()
    const findings = new Findings(`viewport-${viewport.width}x${viewport.height}`)
    for (const no of [...new Set([1, Math.ceil(slideCount / 2), slideCount])]) {
      await page.goto(String(no))
      await settle(page, no)
      const problems = letterboxProblems(await page.evaluate(canvasBox))
      problems.push(...(await page.evaluate(layoutProblems, { ...onSlide(no), tolerance: 1 })).map(p => `${p.kind}: ${p.element} ${p.detail}`))
      await findings.add(`/${no}?clicks=0 at ${viewport.width}x${viewport.height}`, problems, page)
    }
    // A window resized during the talk (projector plugged in) re-letterboxes.
    await page.setViewportSize({ width: viewport.height, height: viewport.width })
    await page.setViewportSize(viewport)
    // Slidev re-scales on the next frames: wait for the letterbox to come right (generous: a busy machine draws late).
    await expect.poll(async () => letterboxProblems(await page.evaluate(canvasBox)), {
      message: `/${slideCount}?clicks=0 after a resize to ${viewport.width}x${viewport.height}`,
      timeout: 30_000,
    }).toEqual([])
    expect(findings.report()).toBe('')
    void guard
  })
}
