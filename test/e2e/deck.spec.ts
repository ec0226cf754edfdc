import type { Page } from '@playwright/test'
import { slideSelector } from '../../lib/slidev-dom'
import { deckInfo } from '../../scripts/deck'
import { expect, test } from './fixtures'
import { position, walkForward } from './support/walk'

async function expectSlideRendered(page: Page, no: number): Promise<void> {
  const slide = page.locator(slideSelector(no))
  await expect(slide, `slide ${no} is shown`).toBeVisible()
  await expect.poll(async () => (await slide.textContent() ?? '').trim().length + await slide.locator('svg').count(), {
    message: `slide ${no} has content`,
  }).toBeGreaterThan(0)
}

test('the whole deck can be walked with the keyboard, through every click, to the end', async ({ page, guard }) => {
  const { slideCount } = await deckInfo()
  await page.goto('1')
  const seen = new Set<number>()
  const walk = await walkForward(page, async ({ no }) => {
    if (!seen.has(no)) {
      seen.add(no)
      await expectSlideRendered(page, no)
    }
  })

  expect(walk.at(-1)!.no, 'the walk ends on the last slide').toBe(slideCount)
  expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: slideCount }, (_, i) => i + 1))
  void guard
})

test('a deep link survives a reload', async ({ page, guard }) => {
  await page.goto('3')
  await expectSlideRendered(page, 3)
  await page.reload()
  expect(position(page).no).toBe(3)
  await expectSlideRendered(page, 3)
  void guard
})
