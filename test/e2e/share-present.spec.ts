/**
 * `npm run present`'s build: presenter view and notes on, served on loopback with no other host,
 * and the pacing gauge working in the presenter view (and only there), through a timer pause.
 */
import type { ServedDeck } from '../../speaker/node/server/static'
import { PRESENTER_TIMER, slideSelector } from '../../speaker/lib/slidev-dom'
import { serveDeck } from '../../speaker/node/server/static'
import { PRESENT_DIST } from '../../speaker/node/site/slidev-build'
import { expect, guardPage, test } from './fixtures'
import { builtText, notePhrases } from './share-support'

let deck: ServedDeck

test.beforeAll(async () => {
  test.setTimeout(300_000)
  deck = await serveDeck(PRESENT_DIST, '/')
})

test.afterAll(async () => {
  await deck?.close()
})

test('the presenter build carries the notes (the same phrases the hosted build must not)', async () => {
  const text = builtText(PRESENT_DIST).replace(/\s+/g, ' ')
  for (const phrase of await notePhrases())
    expect(text, `"${phrase}" is in the presenter build`).toContain(phrase)
})

test('the presenter view paces the talk, and a paused timer holds the reading still', async ({ page }) => {
  const guard = guardPage(page, new URL(deck.url).origin)
  await page.setViewportSize({ width: 1600, height: 900 })
  await page.goto(`${deck.url}presenter/1`)
  const gauge = page.getByTestId('pacing-gauge')
  await expect(gauge).toBeVisible()
  await expect(gauge.locator('[data-verdict]')).toHaveCount(2)
  await expect(gauge.locator('[data-verdict="waiting"]').first()).toBeVisible() // timer not started yet
  await expect(gauge).toContainText('planned')

  // Start Slidev's presenter timer, move on a slide, and read the pace.
  await page.locator(PRESENTER_TIMER.controls).hover()
  await page.locator('.i-carbon\\:play').first().click()
  // A second on the clock before moving on (the timer reads -:-- stopped, 0:00 in its first second).
  await expect(page.locator(PRESENTER_TIMER.reading)).not.toHaveText(/^-|^0:00$/)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/presenter\/2/)
  await expect(gauge.locator('[data-verdict="waiting"]')).toHaveCount(0)
  await expect(gauge.locator('[data-verdict]').first()).toHaveAttribute('data-verdict', /ahead|on pace|behind/)
  await expect(gauge).toContainText(/of \d+:\d\d here/)

  // Pause: the reading says so and stops moving.
  await page.locator(PRESENTER_TIMER.controls).hover()
  await page.locator('.i-carbon\\:pause').first().click()
  await expect(gauge).toContainText('paused')
  const before = await gauge.textContent()
  // Two seconds to watch (not a wait for something): a reading that still moved would show it.
  await page.waitForTimeout(2200)
  expect(await gauge.textContent()).toBe(before)
  await page.screenshot({ path: test.info().outputPath('presenter-pacing.png') })

  expect(guard.foreignRequests).toEqual([])
  expect(guard.consoleProblems).toEqual([])
})

test('the audience window of the presenter build shows no gauge', async ({ page }) => {
  await page.goto(`${deck.url}1`)
  await page.mouse.move(20, 700)
  await expect(page.locator(slideSelector(1))).toBeVisible()
  await expect(page.getByTestId('pacing-gauge')).toHaveCount(0)
})

test('a clicker\'s keys: B or . blacks the audience screen, the presenter view says so, any forward or back key brings it back without moving; F5 lands on the same click', async ({ browser }) => {
  // One browser, two windows, as on the laptop.
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const audience = await laptop.newPage()
  const presenter = await laptop.newPage()
  const guards = [guardPage(audience, new URL(deck.url).origin), guardPage(presenter, new URL(deck.url).origin)]
  await audience.goto(`${deck.url}3`)
  await presenter.goto(`${deck.url}presenter/3`)
  await expect(audience.locator(slideSelector(3))).toBeVisible()
  const black = audience.getByTestId('blackout')
  const note = presenter.getByTestId('blackout-note')

  await audience.keyboard.press('b')
  await expect(black).toBeVisible()
  await expect(note).toBeVisible()
  await audience.screenshot({ path: test.info().outputPath('blackout.png') })
  await audience.keyboard.press('PageDown') // wakes only
  await expect(black).toBeHidden()
  await expect(note).toBeHidden()
  await expect(audience).toHaveURL(/\/3$/)

  await presenter.keyboard.press('.') // from the presenter window, where the clicker's focus may be
  await expect(black).toBeVisible()
  await note.click()
  await expect(black).toBeHidden()
  await audience.keyboard.press('.')
  await expect(black).toBeVisible()
  await audience.keyboard.press('PageUp')
  await expect(black).toBeHidden()
  await expect(audience).toHaveURL(/\/3$/)

  // The clicker's forward key moves again; F5 ("start show") reloads onto the same slide and click.
  await audience.keyboard.press('PageDown')
  await expect(audience).not.toHaveURL(/\/3$/)
  const place = audience.url()
  await audience.reload()
  await expect(audience).toHaveURL(place)
  await expect(audience.locator(slideSelector(Number(new URL(place).pathname.slice(1))))).toBeVisible()
  for (const guard of guards)
    expect(guard.consoleProblems).toEqual([])
  await laptop.close()
})

test('the black screen survives F5 in either window and reaches a window opened later, but a new browser session opens the deck lit', async ({ browser }) => {
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const audience = await laptop.newPage()
  const presenter = await laptop.newPage()
  await audience.goto(`${deck.url}2`)
  await presenter.goto(`${deck.url}presenter/2`)
  await expect(audience.locator(slideSelector(2))).toBeVisible()
  await audience.keyboard.press('b')
  await expect(audience.getByTestId('blackout')).toBeVisible()
  await expect(presenter.getByTestId('blackout-note')).toBeVisible()

  await audience.reload()
  await expect(audience.getByTestId('blackout')).toBeVisible()
  await presenter.reload()
  await expect(presenter.getByTestId('blackout-note')).toBeVisible()
  const later = await laptop.newPage()
  await later.goto(`${deck.url}2`)
  await expect(later.getByTestId('blackout'), 'a window opened later asks the others').toBeVisible()

  // Closing the browser ends the session: what it kept for the next one (its localStorage) opens the deck lit.
  const kept = await laptop.storageState()
  await laptop.close()
  const again = await browser.newContext({ viewport: { width: 1280, height: 720 }, storageState: kept })
  const fresh = await again.newPage()
  await fresh.goto(`${deck.url}2`)
  await expect(fresh.locator(slideSelector(2))).toBeVisible()
  await expect(fresh.getByTestId('blackout')).toHaveCount(0)
  await again.close()
})
