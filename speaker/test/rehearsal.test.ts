import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
// @vitest-environment node
import type { Rehearsal } from '../lib/rehearsal'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { slideBudgets } from '../lib/pacing'
import { calibrate, calibratedBudgets, pacingSetting, parseRehearsal, rehearsalFileName, sectionReadings, slowestSlides, timeOnSlides } from '../lib/rehearsal'
import { speakerPalette } from '../node/deck/palette'
import { rehearsalChart } from '../node/rehearsals/chart'
import { readRehearsals, rehearsalReport } from '../node/rehearsals/report'
import { rehearsals } from '../vite/rehearsals'

const HAND_MADE = fileURLToPath(new URL('./fixtures/rehearsals', import.meta.url))
const FIRST = '2026-11-20T18-00-00Z.json'

describe('a rehearsal file', () => {
  const runs = readRehearsals(HAND_MADE)

  // The first was saved before the kit said "section": its plan names each slide's `movement`.
  it('reads the hand-made files, oldest first, and finds where the time went', () => {
    expect(runs.map(r => r.startedAt)).toEqual(['2026-11-20T18:00:00.000Z', '2026-11-21T18:00:00.000Z'])
    // Slide 2 has two steps (a click): both count for it.
    expect(timeOnSlides(runs[0]!)).toEqual([8, 42, 25, 45])
    expect(sectionReadings(runs[0]!)).toEqual([
      { title: 'Opening', planned: 40, actual: 50, off: 10 },
      { title: 'The Race', planned: 60, actual: 70, off: 10 },
      { title: 'Whole talk', planned: 100, actual: 120, off: 20 },
    ])
    // Worst first.
    expect(slowestSlides(runs[0]!)).toMatchObject([{ slide: 2, title: 'Why', actual: 42, over: 12 }, { slide: 3, over: 5 }, { slide: 4, over: 5 }])
  })

  it('reads a run stopped part-way as far as it went', () => {
    const partial = { ...runs[0]!, steps: runs[0]!.steps.slice(0, 3), end: 45 }
    expect(sectionReadings(partial)).toEqual([
      { title: 'Opening', planned: 40, actual: 45, off: 5 },
      { title: 'To slide 2 of 4', planned: 40, actual: 45, off: 5 },
    ])
    const middle = { ...runs[0]!, steps: [{ slide: 2, clicks: 0, at: 0 }, { slide: 3, clicks: 0, at: 33 }], end: 50 }
    expect(sectionReadings(middle).at(-1)).toEqual({ title: 'Slides 2 to 3 of 4', planned: 50, actual: 50, off: 0 })
  })

  it('reports each run per section and for the whole talk, the slowest slides, the trend and the pace', () => {
    const report = rehearsalReport(runs).join('\n')
    expect(report).toContain('A hand-made talk: 2 rehearsals against a plan of 1:40.')
    expect(report).toMatch(/run 1 \(20 Nov 18:00 UTC\)\n {2}Opening +plan {2}0:40 {3}took {2}0:50 {3}\+0:10 behind/)
    expect(report).toMatch(/Whole talk +plan {2}1:40 {3}took {2}2:00 {3}\+0:20 behind/)
    expect(report).toContain('2 Why: 0:42 for 0:30 planned, +0:12 behind')
    expect(report).toMatch(/run 2[^\n]*\n {2}Opening +plan {2}0:40 {3}took {2}0:40 {3}on plan/)
    expect(report).toContain('Trend: +0:20 behind → on plan (0:20 faster since the first run)')
    expect(report).toMatch(/Your pace: \d+ words a minute/)
    expect(report).toContain('    pacing:\n      wordsPerMinute:')
  })

  it('rejects a malformed file with its name and the field that is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearsals-'))
    const run = JSON.parse(readFileSync(join(HAND_MADE, FIRST), 'utf8')) as Rehearsal
    run.steps[2]!.at = 4 // before the step before it
    writeFileSync(join(dir, FIRST), JSON.stringify(run))
    expect(() => readRehearsals(dir)).toThrow(`${FIRST}: "steps[2].at" must be seconds, not before the step before (8) (got 4)`)

    const cases: [(r: Record<string, unknown>) => void, string][] = [
      [r => delete r.duration, '"duration" must be the planned length in seconds (> 0) (got nothing)'],
      [r => (r.plan as Record<string, unknown>[])[1]!.budget = '30', '"plan[1].budget" must be seconds (got "30")'],
      [r => (r.steps as Record<string, unknown>[])[0]!.slide = 9, '"steps[0].slide" must be a slide number from 1 to 4 (got 9)'],
      [r => r.version = 2, '"version" must be 1 (got 2)'],
      [r => r.end = 1, '"end" must be seconds, not before the last step (75) (got 1)'],
    ]
    for (const [spoil, message] of cases) {
      const copy = JSON.parse(readFileSync(join(HAND_MADE, FIRST), 'utf8')) as Record<string, unknown>
      spoil(copy)
      expect(() => parseRehearsal(copy)).toThrow(message)
    }
    writeFileSync(join(dir, FIRST), '{ not json')
    expect(() => readRehearsals(dir)).toThrow(/2026-11-20T18-00-00Z\.json: not JSON/)
  })

  it('is named by its start time', () => {
    expect(rehearsalFileName({ startedAt: '2026-11-26T05:50:12.345Z' })).toBe('2026-11-26T05-50-12Z.json')
  })

  it('draws one line per run against the plan', () => {
    const svg = rehearsalChart(runs)
    expect(svg.match(/<polyline class="run"/g)).toHaveLength(2)
    expect(svg.match(/<rect x=[^>]*><title>Slide/g)).toHaveLength(4)
    expect(svg).toContain('The Race')
    const dir = mkdtempSync(join(tmpdir(), 'rehearsals-'))
    copyFileSync(join(HAND_MADE, FIRST), join(dir, FIRST))
    expect(readRehearsals(dir)).toHaveLength(1) // a chart or other files beside the runs are not runs
  })

  it('is drawn in the deck\'s colours: the --speaker-* properties of its styles/, over the kit\'s defaults', () => {
    const styles = mkdtempSync(join(tmpdir(), 'styles-'))
    writeFileSync(join(styles, 'tokens.css'), ':root { --c-glow: #123456; --speaker-accent: var(--c-glow); }')
    const palette = speakerPalette(styles)
    expect(palette.accent).toBe('#123456')
    expect(palette.background).toMatch(/^#[0-9a-f]{6}$/) // the kit's default
    expect(rehearsalChart(runs, palette)).toContain('stroke="#123456"') // the latest run
  })
})

describe('saving from the dev server', () => {
  it('writes a rehearsal posted by the deck\'s own page under its start time, checked first, and lets anything else pass by', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearsals-'))
    let handler: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) | undefined
    const plugin = rehearsals(dir)
    ;(plugin.configureServer as (server: unknown) => void)({ middlewares: { use: (_: string, fn: typeof handler) => handler = fn } })
    const server = createServer((req, res) => handler!(req, res, () => res.writeHead(404).end()))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const post = (origin: string, body: string) => fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'Content-Type': 'application/json', origin }, body })
    try {
      const text = readFileSync(join(HAND_MADE, FIRST), 'utf8')
      const saved = await post(`http://127.0.0.1:${port}`, text)
      expect(saved.status).toBe(201)
      expect(((await saved.json()) as { file: string }).file).toMatch(/2026-11-20T18-00-00Z\.json$/)
      expect(readdirSync(dir)).toEqual([FIRST])
      expect(readRehearsals(dir)).toEqual(readRehearsals(HAND_MADE).slice(0, 1))
      expect((await post('http://elsewhere.example', text)).status).toBe(404)
      const bad = await post(`http://127.0.0.1:${port}`, '{"version":1,"startedAt":"x"}')
      expect(bad.status).toBe(400)
      expect(await bad.text()).toContain('"startedAt"')
      expect(await (await post(`http://127.0.0.1:${port}`, '{"version":1}')).text()).toContain('"startedAt"')
      expect(await (await post(`http://127.0.0.1:${port}`, '{ not json')).text()).toBe('the rehearsal is not JSON')
    }
    finally {
      server.close()
    }
  })
})

describe('calibration', () => {
  const run = (seconds: number[], words: number[]): Rehearsal => {
    let at = 0
    const steps = seconds.map((s, i) => {
      const step = { slide: i + 1, clicks: 0, at }
      at += s
      return step
    })
    return {
      version: 1,
      talk: 't',
      startedAt: '2026-11-20T18:00:00.000Z',
      duration: 60,
      plan: words.map((w, i) => ({ slide: i + 1, title: '', section: 'M', words: w, budget: 1 })),
      steps,
      end: at,
    }
  }

  it('finds the speaker\'s words a minute and pause from the runs', () => {
    // 150 words a minute (0.4 s a word) and 2 s of pause on every slide.
    const words = [20, 50, 80, 120, 30]
    const rate = calibrate([run(words.map(w => w * 0.4 + 2), words)])
    expect(rate).toEqual({ wordsPerMinute: 150, pauseSeconds: 2, samples: 5 })
    expect(calibrate([run([5, 5], [10, 20])])).toBeUndefined()
  })

  it('paces the budgets by his rate when the headmatter opts in: his words a minute plus his pause, at least pacing.ts\'s minimum', () => {
    const words = [20, 50, 1]
    expect(calibratedBudgets(words, { wordsPerMinute: 150, pauseSeconds: 2 }).map(b => Math.round(b * 100) / 100)).toEqual([10, 22, 5])
    expect(pacingSetting({ wordsPerMinute: 140 })).toEqual({ wordsPerMinute: 140, pauseSeconds: 0 })
    expect(pacingSetting({ wordsPerMinute: 0 })).toBeUndefined()
    expect(pacingSetting(undefined)).toBeUndefined()
    // Without the setting, the plan shares out the duration as before.
    expect(slideBudgets(words, 60).reduce((a, b) => a + b, 0)).toBeCloseTo(60)
  })
})
