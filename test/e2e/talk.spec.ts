/**
 * The talk's direction, in the built deck: a line Mark builds up to is hidden when its slide opens and
 * shown by its last click; the attempts before the aid station leave 2022 to the story; the aid
 * station is one place; and the talk ends on the dawn in full.
 */
import type { Page } from '@playwright/test'
import { spokenText } from '../../speaker/lib/pacing'
import { slideSelector } from '../../speaker/lib/slidev-dom'
import { loadDeck } from '../../speaker/node/deck/info'
import { BEATS } from '../beats'
import { expect, test } from './fixtures'
import { deckStops, label, position, press, settle } from './support/walk'

async function slideShowing(pattern: RegExp): Promise<number> {
  const { slides } = await loadDeck()
  const i = slides.findIndex(s => pattern.test(s.content))
  expect(i, `a slide matches ${pattern}`).toBeGreaterThanOrEqual(0)
  return i + 1
}

/** Opens slide `no` at click 0, then steps to its last click. */
async function open(page: Page, no: number): Promise<{ toEnd: () => Promise<void> }> {
  await page.goto(`${no}?clicks=0`)
  await settle(page, no)
  return {
    async toEnd() {
      while (await press(page, 'ArrowRight') && position(page).no === no) { /* through the slide's clicks */ }
      if (position(page).no !== no)
        await press(page, 'ArrowLeft')
      await settle(page, no)
    },
  }
}

const line = (page: Page, no: number, text: string) => page.locator(slideSelector(no)).getByText(text, { exact: true })

for (const beat of BEATS) {
  test(`"${beat.screen}" is off screen when its slide opens, and on it by the slide's last click`, async ({ page, guard }) => {
    const no = await slideShowing(new RegExp(beat.screen.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    // What the keyboard walk saw on that slide, stop by stop.
    const onSlide = (await deckStops(page)).filter(stop => stop.no === no)
    expect(onSlide[0]!.text, `${label(onSlide[0]!)}`).not.toContain(beat.screen)
    expect(onSlide.at(-1)!.text, `${label(onSlide.at(-1)!)}`).toContain(beat.screen)
    void guard
  })
}

test('the attempts before the aid station stop at 2021: 2022 is the story\'s to tell', async ({ page, guard }) => {
  const no = await slideShowing(/# Jim tried\./)
  const slide = await open(page, no)
  await slide.toEnd()
  const entries = await page.locator(`${slideSelector(no)} .race-timeline ol li`).allTextContents()
  expect(entries.length).toBe(3)
  expect(entries.join(' ')).not.toMatch(/2022|2023/)
  void guard
})

test('both pictures of the aid station mark the same place, the record\'s Champex-Lac', async ({ page, guard }) => {
  const { slides } = await loadDeck()
  const scenes = slides.map((s, i) => ({ no: i + 1, s })).filter(({ s }) => /<TrailLights\s[^>]*moment="(?:chased|goes-on)"/.test(s.content))
  expect(scenes).toHaveLength(2)
  for (const { no } of scenes) {
    await open(page, no)
    await expect(page.locator(`${slideSelector(no)} .trail-lights .place`)).toHaveText('Champex-Lac')
  }
  void guard
})

test('the talk ends on the dawn: the last slide shows "Become first. Then win." at once', async ({ page, guard }) => {
  const { slides } = await loadDeck()
  const no = slides.length
  await open(page, no)
  for (const text of ['Become first.', 'Then win.'])
    await expect(line(page, no, text)).toHaveCSS('opacity', '1')
  expect(spokenText(slides.at(-1)!.note)).toBe('Thank you.')
  expect(await press(page, 'ArrowRight'), 'nothing comes after it').toBe(false)
  void guard
})
