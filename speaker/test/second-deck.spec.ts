/**
 * Proof of reuse: a second deck (speaker/example: five slides of its own words, none of the talk's
 * components, one with code) loads the kit with the same one headmatter line and gets every feature, in a
 * throwaway copy set up as its README says. Lean on purpose: one export run makes its four PDFs, one build
 * (the venue build, served to the phone) carries the browser checks, all in one browser context; a broken
 * slide fails the hosted build within seconds and leaves the last one in place.
 * Its own note marks are set in its headmatter: stage directions in { }, and every ( … ) said aloud.
 */
import type { ChildProcess } from 'node:child_process'
import type { DeckCopy } from './deck-copy'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { slideSelector } from '../lib/slidev-dom'
import { copyDeck } from './deck-copy'
import { guardPage } from './guard'

test.describe.configure({ mode: 'serial' })

let deck: DeckCopy
let present: ChildProcess | undefined
const SAID_ASIDE = 'and so does every customer'

test.beforeAll(() => {
  deck = copyDeck()
})

test.afterAll(async () => {
  present?.kill('SIGTERM')
  deck?.remove()
})

const pages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
const text = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

test('one export run makes the slides, steps, handout and read PDFs, with its own note marks', async () => {
  test.setTimeout(240_000)
  const result = await deck.speaker(['export', 'all'])
  expect(result.status, result.stderr).toBe(0)
  const pdf = (kind: string) => deck.path('exports', `small-batches${kind}.pdf`)
  expect(pages(pdf(''))).toBe(5)
  expect(pages(pdf('-steps'))).toBe(6) // slide 2 has one click
  expect(pages(pdf('-handout'))).toBe(5)
  const read = text(pdf('-read'))
  expect(read).toContain('Good morning. This is a talk about doing less at a time.')
  expect(read).toContain(SAID_ASIDE) // recordNotes: "" says every ( … ) aloud
  expect(read).not.toMatch(/\{|Pause/) // stageDirections: "{}"
  expect(text(pdf('-handout'))).toContain('Keep each change small enough')
})

test('a broken slide fails the hosted build within seconds, naming it, and the last build stays', async () => {
  test.setTimeout(180_000)
  mkdirSync(deck.path('dist'))
  writeFileSync(deck.path('dist/index.html'), 'the last good build')
  const slides = readFileSync(deck.path('slides.md'), 'utf8')
  deck.write('components/Boom.vue', '<script setup lang="ts">\nthrow new Error(\'Boom exploded\')\n</script>\n\n<template>\n  <p>boom</p>\n</template>\n')
  deck.write('slides.md', slides.replace('# Big releases hide big risks', '# Big releases hide big risks\n\n<Boom />'))
  try {
    const started = Date.now()
    const result = await deck.speaker(['build'])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/Build failed: slides PDF: slide 2 \(slides\.md:\d+\): .*Boom exploded/)
    expect(Date.now() - started, 'fails without waiting for a timeout').toBeLessThan(120_000)
    expect(readFileSync(deck.path('dist/index.html'), 'utf8')).toBe('the last good build')
    expect(readdirSync(deck.root).filter(name => name.startsWith('.partial-'))).toEqual([])
  }
  finally {
    deck.write('slides.md', slides)
  }
})

test('the venue build: the gauge, a recorded rehearsal, the phone behind its token, the read view, the handout, code highlighted', async ({ page }) => {
  test.setTimeout(300_000)
  present = deck.start(['present', '--remote'], { REMOTE_HOST: '127.0.0.1', PORT: '0' })
  // The laptop's address (its token may save rehearsals) and the phone's (a token that may only step).
  const [laptop, phone] = await new Promise<[string, string]>((resolve, reject) => {
    let out = ''
    present!.stdout!.setEncoding('utf8')
    present!.stdout!.on('data', (chunk: string) => {
      out += chunk
      const presenter = /Presenter[^:]*: (http:\/\/127\.0\.0\.1:\d+\/presenter\/1\?token=\S+)/.exec(out)
      const handset = /Phone: (http:\/\/127\.0\.0\.1:\d+\/phone\?token=\S+)/.exec(out)
      if (presenter && handset)
        resolve([presenter[1]!, handset[1]!])
    })
    present!.once('exit', code => reject(new Error(`present exited with ${code}: ${out}`)))
  })
  const origin = new URL(phone).origin

  // Without the token, nothing: not the page, not the notes.
  expect((await fetch(`${origin}/presenter/1`)).status).toBe(401)

  const guard = guardPage(page, origin)
  await page.setViewportSize({ width: 1600, height: 900 })
  await page.goto(laptop)
  await expect(page.getByTestId('pacing-gauge')).toBeVisible()

  await page.keyboard.press('r')
  await expect(page.getByTestId('rehearsal-toggle')).toHaveAttribute('data-recording', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/presenter\/2/)
  await page.keyboard.press('r')
  await page.keyboard.press('s')
  await expect(page.getByTestId('rehearsal-message')).toHaveText(/^saved rehearsals\//)
  expect(readdirSync(deck.path('rehearsals')).filter(name => name.endsWith('.json'))).toHaveLength(1)

  // The phone (the cookie is this context's now) follows the deck.
  const handset = await page.context().newPage()
  await handset.goto(`${origin}/phone`)
  await expect(handset.getByTestId('phone-link')).toHaveText('live')
  await expect(handset.getByTestId('phone-slide')).toHaveText(/\/ 5$/)
  await handset.close()

  await page.goto(`${origin}/read`)
  await expect(page.locator('#read')).toContainText(SAID_ASIDE)
  await expect(page.locator('#read')).not.toContainText('Pause')
  await page.goto(`${origin}/handout`)
  await expect(page.locator('[data-handout-no]')).toHaveCount(5)

  // The highlighter is not preloaded (vite/lazy-highlighter.ts), yet the code slide is highlighted.
  expect(readFileSync(deck.path('dist-present/index.html'), 'utf8')).not.toMatch(/shiki/i)
  await page.goto(`${origin}/4`)
  const code = page.locator(`${slideSelector(4)} pre.shiki`)
  await expect(code).toContainText('@/speaker')
  const colours = await code.locator('span span').evaluateAll(spans => [...new Set(spans.map(span => getComputedStyle(span).color))])
  expect(colours.length, `token colours: ${colours.join(', ')}`).toBeGreaterThan(2)

  expect(guard.foreignRequests).toEqual([])
  expect(guard.consoleProblems).toEqual([])

  const report = await deck.speaker(['rehearsals'])
  expect(report.status, report.stderr).toBe(0)
  expect(report.stdout).toContain('Small Batches: 1 rehearsal against a plan of 5:00.')
  expect(existsSync(deck.path('rehearsals/chart.svg'))).toBe(true)
})
