/**
 * The four PDFs, each made once in the run: the slides PDF by `npm run build` (shipped in dist/), the
 * other three by `npm run export -- steps handout read` (builds.setup.ts). Page counts
 * (slides, click steps, handout), the outline's entries = the talk's movements, metadata, embedded
 * fonts, selectable text, the notes in the handout, the spoken words alone in the read PDF, and a loud,
 * clean failure when there is no Chromium.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { spokenText } from '../../speaker/lib/pacing'
import { deckInfo, loadDeck } from '../../speaker/node/deck/info'
import { DIST, EXPORTS, ROOT } from '../../speaker/node/deck/project'
import { pdfFileName } from '../../speaker/node/pdf/pdfs'
import { run } from '../../speaker/test/command'
import { expect, test } from './fixtures'
import { notePhrases } from './share-support'
import { pdfPageCount, readOutline } from './support/pdf'
import { deckStops } from './support/walk'

const files: Record<'slides' | 'steps' | 'handout' | 'read', string> = { slides: '', steps: '', handout: '', read: '' }
let slideCount = 0
let movements: { title: string, start: number }[] = []

const pdfinfo = (file: string): string => execFileSync('pdfinfo', [file], { encoding: 'utf8' })
const text = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

test.beforeAll(async () => {
  const deck = await deckInfo()
  slideCount = deck.slideCount
  movements = deck.sections
  for (const kind of ['steps', 'handout', 'read'] as const)
    files[kind] = join(EXPORTS, pdfFileName(deck.exportFilename, kind))
  // What a reader downloads from the hosted deck; the build exported it into exports/ first.
  files.slides = join(DIST, pdfFileName(deck.exportFilename, 'slides'))
})

test('one page per slide, per click step, and per handout sheet', async ({ page, guard }) => {
  expect(pdfPageCount(files.slides)).toBe(slideCount)
  expect(pdfPageCount(files.handout)).toBe(slideCount)

  // Count the click steps the way the audience meets them: walking the built deck with the keyboard.
  const stops = await deckStops(page)
  expect(stops.at(-1)!.no, 'the walk reached the last slide (the build in dist/ is of this slides.md)').toBe(slideCount)
  expect(pdfPageCount(files.steps)).toBe(stops.length)
  void guard
})

test('every PDF opens on an outline of the talk\'s movements', async () => {
  expect(movements.length).toBeGreaterThan(1)
  for (const kind of ['slides', 'handout'] as const) {
    expect(await readOutline(readFileSync(files[kind])), kind)
      .toEqual(movements.map(m => ({ title: m.title, pageIndex: m.start - 1 })))
  }
  const steps = await readOutline(readFileSync(files.steps))
  expect(steps.map(entry => entry.title)).toEqual(movements.map(m => m.title))
  expect(steps.every((entry, i) => entry.pageIndex >= movements[i]!.start - 1 && (i === 0 || entry.pageIndex > steps[i - 1]!.pageIndex))).toBe(true)
  // The read PDF flows: each movement opens a new page, after the title page, in order.
  const read = await readOutline(readFileSync(files.read))
  expect(read.map(entry => entry.title)).toEqual(movements.map(m => m.title))
  expect(read.every((entry, i) => entry.pageIndex > (i === 0 ? 0 : read[i - 1]!.pageIndex))).toBe(true)
  for (const entry of read) {
    const page = execFileSync('pdftotext', ['-f', String(entry.pageIndex + 1), '-l', String(entry.pageIndex + 1), files.read, '-'], { encoding: 'utf8' })
    expect(page.trim().split('\n')[0], `the outline's "${entry.title}" opens its page`).toBe(entry.title)
  }
})

test('metadata from the headmatter, fonts embedded, text selectable', async () => {
  const { headmatter } = await loadDeck()
  for (const file of Object.values(files)) {
    const info = pdfinfo(file)
    expect(info).toMatch(new RegExp(`^Title:\\s+${String(headmatter.title).replace(/\./g, '\\.')}$`, 'm'))
    expect(info).toMatch(new RegExp(`^Author:\\s+${String(headmatter.author)}$`, 'm'))
    expect(info).toMatch(/^Subject:\s+\S/m)
    expect(info).toMatch(/^Keywords:\s+\S/m)
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
    expect(fonts.length, `${file} has fonts`).toBeGreaterThan(0)
    expect(fonts.filter(line => !/\byes\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/.test(line)), `${file}: every font embedded`).toEqual([])
    expect(text(file)).toContain(String(headmatter.title))
    expect(text(file), `${file}: every slide loaded before printing`).not.toContain('Loading slide')
  }
})

test('the handout carries the speaker notes as text', async () => {
  const handout = text(files.handout)
  const phrases = await notePhrases()
  expect(phrases.length).toBeGreaterThanOrEqual(3)
  for (const phrase of phrases)
    expect(handout, `note "${phrase}"`).toContain(phrase)
  expect(text(files.slides), 'the slides PDF has no notes').not.toContain(phrases[0])
})

test('the read PDF is A4 and carries what is said, without directions or reminders', async () => {
  expect(pdfinfo(files.read)).toMatch(/^Page size:.*\(A4\)$/m)
  const read = text(files.read)
  const deck = await loadDeck()
  const spoken = deck.slides.map(slide => spokenText(slide.note)).join(' ')
  const phrases = (await notePhrases()).filter(phrase => spoken.includes(phrase))
  expect(phrases.length).toBeGreaterThanOrEqual(3)
  for (const phrase of phrases)
    expect(read, `spoken "${phrase}"`).toContain(phrase)
  expect(read).not.toMatch(/\[|Before presenting|The record:/)
})

test('with no Chromium the export fails loudly and leaves the last good PDF alone', async () => {
  const before = readFileSync(files.handout)
  const result = await run(process.execPath, ['--import', 'tsx', 'speaker/node/cli.ts', 'export', 'handout'], {
    cwd: ROOT,
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
  })
  expect(result.status).not.toBe(0)
  expect(result.stderr).toContain('Export failed')
  expect(result.stderr).toContain('CHROMIUM_PATH')
  expect(readFileSync(files.handout).equals(before)).toBe(true)
  expect(readdirSync(EXPORTS).filter(name => name.startsWith('.partial-'))).toEqual([])
  expect(files.handout).toBe(join(EXPORTS, pdfFileName(String((await loadDeck()).headmatter.exportFilename), 'handout')))
})
