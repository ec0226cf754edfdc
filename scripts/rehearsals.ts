/**
 * `npm run rehearsals`: prints each run in rehearsals/ against the plan (per movement, slowest slides,
 * trend, the speaker's own pace) and writes rehearsals/chart.svg. Also the one place a rehearsal is
 * written: `receiveRehearsal` answers "Save" on the dev server and the remote server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Rehearsal } from '../lib/rehearsal.ts'
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { clock } from '../lib/pacing.ts'
import { calibrate, movementReadings, parseRehearsal, rehearsalFileName, runName, slowestSlides } from '../lib/rehearsal.ts'
import { isMain, runMain } from './main.ts'
import { ROOT } from './paths.ts'
import { rehearsalChart } from './rehearsal-chart.ts'

export const REHEARSALS_DIR = resolve(ROOT, process.env.REHEARSALS_DIR ?? 'rehearsals')

/** A rehearsal is a few kilobytes; this is room for a talk of hundreds of slides. */
export const MAX_REHEARSAL_BYTES = 512 * 1024

/**
 * How many runs a server writes: `perWindow` saves within `windowMs`, and no more than `files` in the folder,
 * so a page gone wrong (or a visitor with the token) cannot fill the disk.
 */
export class SaveLimit {
  private saves: number[] = []
  constructor(readonly perWindow = 10, readonly windowMs = 60_000, readonly files = 500, private readonly now = Date.now) {}

  /** Why a save is refused now, or undefined when it may be written; counts it when it may. */
  refusal(dir: string): { status: 429 | 507, why: string } | undefined {
    const now = this.now()
    this.saves = this.saves.filter(at => now - at < this.windowMs)
    if (this.saves.length >= this.perWindow)
      return { status: 429, why: `${this.perWindow} rehearsals saved in the last minute already: wait a minute, then save again` }
    if (existsSync(dir) && readdirSync(dir).filter(name => name.endsWith('.json')).length >= this.files)
      return { status: 507, why: `${relative(ROOT, dir) || dir} holds ${this.files} rehearsals already: move some elsewhere, then save again` }
    this.saves.push(now)
    return undefined
  }
}

/** Writes `text` into `dir` as `name`, or as name-2, name-3… when taken: a run never replaces another. */
function writeNew(dir: string, name: string, text: string): string {
  mkdirSync(dir, { recursive: true })
  for (let n = 1; ; n++) {
    const file = join(dir, n === 1 ? name : name.replace(/\.json$/, `-${n}.json`))
    try {
      writeFileSync(file, text, { flag: 'wx' })
      return file
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 1000)
        throw error
    }
  }
}

/**
 * The POST from the presenter view's "Save": the checked run written to `dir` under a new name, 201 with
 * its path from the project root; 400 naming what is wrong, 413 past the size cap, 429/507 past `limit`.
 */
export function receiveRehearsal(req: IncomingMessage, res: ServerResponse, dir: string, limit: SaveLimit): void {
  const refuse = (status: number, why: string): void => {
    // Read on and drop what is still coming, so the client reads this answer instead of a reset.
    req.removeAllListeners('data').resume()
    if (!res.headersSent)
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(why)
  }
  const tooBig = `A rehearsal is at most ${MAX_REHEARSAL_BYTES / 1024} KB`
  if (Number(req.headers['content-length'] ?? 0) > MAX_REHEARSAL_BYTES)
    return refuse(413, tooBig)
  const chunks: Buffer[] = []
  let size = 0
  req.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_REHEARSAL_BYTES)
      return refuse(413, tooBig)
    chunks.push(chunk)
  })
  req.on('error', () => res.destroy())
  req.on('end', () => {
    if (size > MAX_REHEARSAL_BYTES)
      return
    let run: Rehearsal
    try {
      run = parseRehearsal(JSON.parse(Buffer.concat(chunks).toString('utf8')))
    }
    catch (error) {
      return refuse(400, error instanceof SyntaxError ? 'the rehearsal is not JSON' : error instanceof Error ? error.message : String(error))
    }
    const refusal = limit.refusal(dir)
    if (refusal)
      return refuse(refusal.status, refusal.why)
    try {
      const file = writeNew(dir, rehearsalFileName(run), `${JSON.stringify(run, null, 2)}\n`)
      res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ file: relative(ROOT, file) }))
    }
    catch (error) {
      refuse(500, `not saved: ${(error as Error).message}`)
    }
  })
}

/** Every rehearsal in `dir`, oldest first; a malformed file stops with its name and the field that is wrong. */
export function readRehearsals(dir = REHEARSALS_DIR): Rehearsal[] {
  let names: string[]
  try {
    names = readdirSync(dir).filter(name => name.endsWith('.json')).sort()
  }
  catch {
    names = []
  }
  return names.map((name) => {
    try {
      return parseRehearsal(JSON.parse(readFileSync(join(dir, name), 'utf8')))
    }
    catch (error) {
      const why = error instanceof SyntaxError ? `not JSON (${error.message})` : (error as Error).message
      throw new Error(`${relative(ROOT, join(dir, name))}: ${why}`)
    }
  }).sort((a, b) => a.startedAt.localeCompare(b.startedAt))
}

/** "+0:40 behind", "-0:12 ahead", "on plan" (under a second either way). */
export function offText(off: number): string {
  if (Math.abs(off) < 1)
    return 'on plan'
  return `${off > 0 ? '+' : '-'}${clock(off)} ${off > 0 ? 'behind' : 'ahead'}`
}

/** The report as lines of text. */
export function rehearsalReport(runs: readonly Rehearsal[]): string[] {
  if (runs.length === 0)
    return ['No rehearsals yet: press R in the presenter view to start one, R to stop, S to save it to rehearsals/.']
  const latest = runs.at(-1)!
  const lines = [`${latest.talk}: ${runs.length} rehearsal${runs.length === 1 ? '' : 's'} against a plan of ${clock(latest.duration)}.`, '']
  const width = Math.max(...latest.plan.map(s => s.movement.length), 'To slide 00 of 00'.length) + 2
  runs.forEach((run, i) => {
    lines.push(runName(run, i))
    for (const reading of movementReadings(run))
      lines.push(`  ${reading.title.padEnd(width)}plan ${clock(reading.planned).padStart(5)}   took ${clock(reading.actual).padStart(5)}   ${offText(reading.off)}`)
    const slow = slowestSlides(run)
    if (slow.length) {
      lines.push('  slowest slides:')
      for (const slide of slow)
        lines.push(`    ${String(slide.slide).padStart(2)} ${slide.title || '(untitled)'}: ${clock(slide.actual)} for ${clock(slide.budget)} planned, ${offText(slide.over)}`)
    }
    lines.push('')
  })
  if (runs.length > 1) {
    // How far off the plan each run ended, where it ended (a run stopped part-way is still comparable).
    const offs = runs.map(run => movementReadings(run).at(-1)!.off)
    const change = offs.at(-1)! - offs[0]!
    lines.push(`Trend: ${offs.map(offText).join(' → ')} (${Math.abs(change) < 1 ? 'no change' : `${clock(change)} ${change < 0 ? 'faster' : 'slower'}`} since the first run)`)
  }
  const rate = calibrate(runs)
  if (rate) {
    lines.push(`Your pace: ${rate.wordsPerMinute} words a minute, and ${rate.pauseSeconds} s of pause a slide (from ${rate.samples} slides).`)
    lines.push('  To pace the budgets by it, add to the headmatter of slides.md:')
    lines.push('    pacing:', `      wordsPerMinute: ${rate.wordsPerMinute}`, `      pauseSeconds: ${rate.pauseSeconds}`)
  }
  return lines
}

async function main(): Promise<void> {
  const runs = readRehearsals()
  console.log(rehearsalReport(runs).join('\n'))
  if (runs.length) {
    const chart = join(REHEARSALS_DIR, 'chart.svg')
    writeFileSync(chart, rehearsalChart(runs))
    console.log(`\nChart: ${relative(ROOT, chart)}`)
  }
}

if (isMain(import.meta.url))
  runMain('Rehearsals', main)
