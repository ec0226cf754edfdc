/**
 * The talk's direction, in the built deck: a line Mark builds up to is hidden when its slide opens and
 * shown by its last click; no runners' shorthand on screen; the attempts before the aid station leave
 * 2022 to the story; the aid station is one place; and the talk ends on the dawn, with the film's code
 * readable from the back of the room.
 */
import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { talk } from '../../data/talk'
import { slideSelector, SLIDEV_CLASS } from '../../speaker/lib/slidev-dom'
import { loadDeck } from '../../speaker/node/deck/info'
import { BEATS } from '../beats'
import { expect, test } from './fixtures'
import { deckStops, label, press, settle, toSlideEnd } from './support/walk'

async function slideShowing(pattern: RegExp): Promise<number> {
  const { slides } = await loadDeck()
  const i = slides.findIndex(s => pattern.test(s.content))
  expect(i, `a slide matches ${pattern}`).toBeGreaterThanOrEqual(0)
  return i + 1
}

/** Opens slide `no` at click 0; `toEnd` steps to its last click. */
async function open(page: Page, no: number): Promise<{ toEnd: () => Promise<void> }> {
  await page.goto(`${no}?clicks=0`)
  await settle(page, no)
  return { toEnd: () => toSlideEnd(page) }
}

const line = (page: Page, no: number, text: string) => page.locator(slideSelector(no)).getByText(text, { exact: true })

test(`each of the ${BEATS.length} lines Mark builds up to is off screen when its slide opens, and on it by the slide's last click`, async ({ page, guard }) => {
  const { slides } = await loadDeck()
  // What the keyboard walk saw, stop by stop.
  const stops = await deckStops(page)
  for (const beat of BEATS) {
    const no = slides.findIndex(s => s.content.includes(beat.screen)) + 1
    expect.soft(no, `a slide shows "${beat.screen}"`).toBeGreaterThan(0)
    const onSlide = stops.filter(stop => stop.no === no)
    if (!onSlide.length)
      continue
    expect.soft(onSlide[0]!.text, `"${beat.screen}" at ${label(onSlide[0]!)}`).not.toContain(beat.screen)
    expect.soft(onSlide.at(-1)!.text, `"${beat.screen}" at ${label(onSlide.at(-1)!)}`).toContain(beat.screen)
  }
  void guard
})

test('no stop of the talk shows runners\' shorthand: "Western States", "Did not finish"', async ({ page, guard }) => {
  const stops = await deckStops(page)
  const shorthand = stops.filter(stop => stop.text.some(t => /\bWSER\b|\bDNF\b/.test(t)))
  expect(shorthand.map(label)).toEqual([])
  expect(stops.some(stop => stop.text.some(t => t.includes('Did not finish')))).toBe(true)
  void guard
})

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

test('the talk ends on the dawn: the film\'s code comes over the sunrise on the last click, and nothing after it', async ({ page, guard }) => {
  const { slides } = await loadDeck()
  const no = slides.length
  const slide = await open(page, no)
  const film = page.locator(`${slideSelector(no)} [data-qr="film"]`)
  // Waiting for its click: Slidev hides it with opacity, so it is in the page but not seen.
  await expect(page.locator(`${slideSelector(no)} .${SLIDEV_CLASS.vclickHidden}:has([data-qr="film"])`)).toHaveCSS('opacity', '0')
  await slide.toEnd()
  await expect(page.locator(`${slideSelector(no)} .${SLIDEV_CLASS.vclickHidden}:has([data-qr="film"])`)).toHaveCount(0)
  for (const text of ['Become first.', 'Then win.'])
    await expect(line(page, no, text)).toHaveCSS('opacity', '1')
  await expect(page.locator(`${slideSelector(no)} .become-first`)).toHaveClass(/\bdawn\b/)
  await expect(film).toBeVisible()
  expect(await press(page, 'ArrowRight'), 'nothing comes after it').toBe(false)
  void guard
})

test('the film\'s code decodes from the slide even at half the size, as from the back of a hall', async ({ page, guard }) => {
  const { slides } = await loadDeck()
  const no = slides.length
  // Half the 980 x 552 canvas: the code has half the pixels a phone in the front rows would get.
  await page.setViewportSize({ width: 490, height: 276 })
  const slide = await open(page, no)
  await slide.toEnd()
  await expect(page.locator(`${slideSelector(no)} [data-qr="film"]`)).toBeVisible()
  const shot = test.info().outputPath('closing-half.png')
  await page.locator(slideSelector(no)).screenshot({ path: shot })
  expect(execFileSync('zbarimg', ['--quiet', '--raw', shot], { encoding: 'utf8' }).trim()).toBe(talk.filmUrl)
  void guard
})
