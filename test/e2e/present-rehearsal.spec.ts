/**
 * Rehearsals: recorded in the presenter view with a controlled clock, saved with one key to a
 * rehearsals folder, read back by the report and drawn as a chart; never on the audience screen.
 */
import type { Page } from '@playwright/test'
import type { Rehearsal } from '../../speaker/lib/rehearsal'
import type { RemoteServer } from '../../speaker/node/server/remote'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { clock } from '../../speaker/lib/pacing'
import { PRESENTER_TIMER, slideSelector } from '../../speaker/lib/slidev-dom'
import { deckInfo, loadDeck } from '../../speaker/node/deck/info'
import { rehearsalChart } from '../../speaker/node/rehearsals/chart'
import { offText, readRehearsals, rehearsalReport } from '../../speaker/node/rehearsals/report'
import { serveRemote } from '../../speaker/node/server/remote'
import { PRESENT_DIST } from '../../speaker/node/site/slidev-build'
import { expect, guardPage, test } from './fixtures'

let remote: RemoteServer
const folder = mkdtempSync(join(tmpdir(), 'rehearsals-'))

test.beforeAll(async () => {
  test.setTimeout(300_000)
  remote = await serveRemote({ dir: PRESENT_DIST, slides: (await loadDeck()).slides.length, host: '127.0.0.1', rehearsals: folder })
})

test.afterAll(async () => {
  await remote?.close()
  rmSync(folder, { recursive: true, force: true })
})

/** Seconds on the presenter view's timer ("1:05"), or undefined while it is stopped ("-:--"). */
async function timerSeconds(page: Page): Promise<number | undefined> {
  const [minutes, seconds] = ((await page.locator(PRESENTER_TIMER.reading).textContent()) ?? '').split(':').map(Number)
  return Number.isFinite(minutes) && Number.isFinite(seconds) ? minutes! * 60 + seconds! : undefined
}

test('F5 in the presenter view (a clicker\'s "start show"): the timer and a running rehearsal go on', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 })
  await page.goto(remote.local('/presenter/1'))
  const toggle = page.getByTestId('rehearsal-toggle')
  await expect(toggle).toBeVisible()
  await page.keyboard.press('r')
  await expect(toggle).toHaveAttribute('data-recording', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/presenter\/2/)
  await expect.poll(() => timerSeconds(page), { message: 'the timer runs' }).toBeGreaterThanOrEqual(1)
  const before = (await timerSeconds(page))!

  await page.reload()
  await expect(toggle).toHaveAttribute('data-recording', 'true')
  await expect.poll(() => timerSeconds(page), { message: 'the timer goes on from where it was' }).toBeGreaterThanOrEqual(before + 1)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/presenter\/3/)
  await page.keyboard.press('r')
  await expect(page.getByTestId('rehearsal-save')).toHaveText('1')
  const [{ run }] = await page.evaluate(() => JSON.parse(localStorage.getItem('deck-rehearsals') ?? '[]') as { run: Rehearsal }[])
  expect(run.steps.map(step => step.slide), 'one run, before and after the reload').toEqual([1, 2, 3])
  expect(run.steps[2]!.at).toBeGreaterThanOrEqual(before)
})

test('a rehearsal on a controlled clock is saved with one key, and comes back as the expected file and report', async ({ page }) => {
  const guard = guardPage(page, new URL(remote.local('/')).origin)
  const start = new Date('2026-11-26T18:00:00.000Z')
  await page.clock.install({ time: new Date(start.getTime() - 60_000) })
  await page.setViewportSize({ width: 1600, height: 900 })
  await page.goto(remote.local('/presenter/1'))
  await expect(page.getByTestId('rehearsal-toggle')).toBeVisible()
  await page.clock.pauseAt(start)

  await page.keyboard.press('r')
  await expect(page.getByTestId('rehearsal-toggle')).toHaveAttribute('data-recording', 'true')
  await page.clock.runFor(12_000)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/presenter\/2/)
  await page.clock.runFor(30_000)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/presenter\/3/)
  await page.clock.runFor(20_500)
  await page.keyboard.press('r')
  await expect(page.getByTestId('rehearsal-save')).toHaveText('1')
  await page.keyboard.press('s')
  await expect(page.getByTestId('rehearsal-message')).toHaveText(/^saved /)
  await expect(page.getByTestId('rehearsal-save')).toHaveCount(0)

  expect(readdirSync(folder)).toEqual(['2026-11-26T18-00-00Z.json'])
  const file = JSON.parse(readFileSync(join(folder, '2026-11-26T18-00-00Z.json'), 'utf8'))
  const { slideCount, title } = await deckInfo()
  expect(file).toMatchObject({
    version: 1,
    talk: title,
    startedAt: start.toISOString(),
    duration: 900,
    steps: [{ slide: 1, clicks: 0, at: 0 }, { slide: 2, clicks: 0, at: 12 }, { slide: 3, clicks: 0, at: 42 }],
    end: 62.5,
  })
  expect(file.plan).toHaveLength(slideCount)
  expect(file.plan.reduce((sum: number, s: { budget: number }) => sum + s.budget, 0)).toBeCloseTo(900, 0)

  const [run] = readRehearsals(folder)
  const report = rehearsalReport([run!]).join('\n')
  expect(report).toContain(`${title}: 1 rehearsal against a plan of 15:00.`)
  const planned = file.plan.slice(0, 3).reduce((sum: number, s: { budget: number }) => sum + s.budget, 0)
  expect(report).toMatch(new RegExp(`To slide 3 of ${slideCount} +plan +${clock(planned)} {3}took {2}1:03 {3}${offText(62.5 - planned).replace('+', '\\+')}`))
  expect(report).toMatch(/run 1 \(26 Nov 18:00 UTC\)/)
  // ...and as a chart (in a page of its own: this one's clock is the test's).
  const chartPage = await page.context().browser()!.newPage()
  await openChart(chartPage, [run!], 'chart.svg')
  await chartPage.close()

  // The audience window has none of it.
  const audience = await page.context().newPage()
  await audience.goto(remote.local('/2'))
  await audience.mouse.move(20, 700)
  await expect(audience.locator(slideSelector(2))).toBeVisible()
  await expect(audience.getByTestId('rehearsal')).toHaveCount(0)
  expect(guard.consoleProblems).toEqual([])
  expect(guard.foreignRequests).toEqual([])
})

/** Writes the chart of `runs` and opens it in Chromium: its lines, and not one console error. */
async function openChart(page: Page, runs: Rehearsal[], name: string): Promise<void> {
  const chart = join(folder, name)
  writeFileSync(chart, rehearsalChart(runs))
  const problems: string[] = []
  page.on('console', m => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()))
  page.on('pageerror', e => problems.push(e.message))
  await page.setViewportSize({ width: 1100, height: 640 })
  await page.goto(pathToFileURL(chart).href)
  await expect(page.locator('svg polyline.run')).toHaveCount(runs.length)
  expect((await page.locator('svg').boundingBox())?.width).toBeGreaterThan(1000)
  await page.screenshot({ path: test.info().outputPath(name.replace('.svg', '.png')) })
  expect(problems).toEqual([])
}

test('the chart renders in Chromium without a console error', async ({ page }) => {
  await openChart(page, readRehearsals(join(import.meta.dirname, '../../speaker/test/fixtures/rehearsals')), 'hand-made.svg')
})
