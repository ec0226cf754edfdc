/** The rehearsals in rehearsals/, read back and reported against the plan (`speaker rehearsals`). */
import type { Rehearsal } from '../../lib/rehearsal'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { clock, verdict } from '../../lib/pacing'
import { calibrate, parseRehearsal, runName, sectionReadings, slowestSlides } from '../../lib/rehearsal'
import { REHEARSALS_DIR, ROOT } from '../deck/project'

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
  return verdict(off, { within: 1, signed: true, even: 'on plan' }).text
}

/** The report as lines of text. */
export function rehearsalReport(runs: readonly Rehearsal[]): string[] {
  if (runs.length === 0)
    return ['No rehearsals yet: press R in the presenter view to start one, R to stop, S to save it to rehearsals/.']
  const latest = runs.at(-1)!
  const lines = [`${latest.talk}: ${runs.length} rehearsal${runs.length === 1 ? '' : 's'} against a plan of ${clock(latest.duration)}.`, '']
  const width = Math.max(...latest.plan.map(s => s.section.length), 'To slide 00 of 00'.length) + 2
  runs.forEach((run, i) => {
    lines.push(runName(run, i))
    for (const reading of sectionReadings(run))
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
    const offs = runs.map(run => sectionReadings(run).at(-1)!.off)
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
