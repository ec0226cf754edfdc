import type { Page } from '@playwright/test'
import { deckInfo } from '../../scripts/deck'
import { expect, test } from './fixtures'

/** Slide number and click count from the address bar, e.g. /12?clicks=3 -> [12, 3]. */
function position(page: Page): [number, number] {
  const url = new URL(page.url())
  const no = Number(url.pathname.split('/').filter(Boolean).pop() ?? '1')
  return [no, Number(url.searchParams.get('clicks') ?? 0)]
}

async function expectSlideRendered(page: Page, no: number): Promise<void> {
  const slide = page.locator(`.slidev-page[data-slidev-no="${no}"]`)
  await expect(slide, `slide ${no} is shown`).toBeVisible()
  await expect.poll(async () => (await slide.textContent() ?? '').trim().length + await slide.locator('svg').count(), {
    message: `slide ${no} has content`,
  }).toBeGreaterThan(0)
}

test('the whole deck can be walked with the keyboard, through every click, to the end', async ({ page, guard }) => {
  const { slideCount } = await deckInfo()
  await page.goto('1')
  await expectSlideRendered(page, 1)
  const seen = new Set<number>([1])

  for (let step = 0; step < 1000; step++) {
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    const moved = await page.waitForURL(url => url.href !== before, { timeout: 3000 }).then(() => true, () => false)
    if (!moved)
      break
    const [no] = position(page)
    if (!seen.has(no)) {
      seen.add(no)
      await expectSlideRendered(page, no)
    }
  }

  expect(position(page)[0], 'the walk ends on the last slide').toBe(slideCount)
  expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: slideCount }, (_, i) => i + 1))
  void guard
})

test('a deep link survives a reload', async ({ page, guard }) => {
  await page.goto('3')
  await expectSlideRendered(page, 3)
  await page.reload()
  expect(position(page)[0]).toBe(3)
  await expectSlideRendered(page, 3)
  void guard
})
