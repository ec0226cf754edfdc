/**
 * Rehearsals: where the time went. Recorded in the presenter view (composables/useRehearsal.ts), saved as
 * JSON in rehearsals/, read back by `npm run rehearsals`. The file's shape, its validation, and the maths
 * the report and the chart share.
 */
import { MIN_SECONDS } from './pacing.ts'

export const REHEARSAL_VERSION = 1
/** Where the presenter view posts a finished rehearsal (the dev server and the remote server answer it). */
export const REHEARSALS_PATH = '/__rehearsals'

/** A slide as the plan had it when the rehearsal ran. */
export interface PlannedSlide {
  slide: number
  title: string
  section: string
  /** Words in its notes, as lib/pacing.ts counts them. */
  words: number
  /** Seconds the plan gave it. */
  budget: number
}

/** A step of the talk: this slide at this click, from `at` seconds on the talk clock until the next step. */
export interface RehearsalStep {
  slide: number
  clicks: number
  at: number
}

export interface Rehearsal {
  version: typeof REHEARSAL_VERSION
  talk: string
  /** When the run started, ISO 8601. */
  startedAt: string
  /** The talk's planned length in seconds. */
  duration: number
  plan: PlannedSlide[]
  steps: RehearsalStep[]
  /** Seconds on the talk clock when the run ended. */
  end: number
}

/** The file name a run gets: its start time, safe on every file system (2026-11-26T14-05-09Z.json). */
export function rehearsalFileName(run: Pick<Rehearsal, 'startedAt'>): string {
  return `${run.startedAt.replace(/\.\d+Z$/, 'Z').replace(/[^\dTZ-]/g, '-')}.json`
}

type Fields = Record<string, unknown>

function field<T>(value: unknown, name: string, ok: (v: unknown) => boolean, wanted: string): T {
  if (!ok(value))
    throw new Error(`"${name}" must be ${wanted} (got ${JSON.stringify(value) ?? 'nothing'})`)
  return value as T
}

const isObject = (v: unknown): v is Fields => !!v && typeof v === 'object' && !Array.isArray(v)
const isSeconds = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0
const isText = (v: unknown): boolean => typeof v === 'string'

/** As the presenter view writes it (Date#toISOString): the file name is made of it. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/

/** A rehearsal from parsed JSON, or an error that names the first field that is wrong. */
export function parseRehearsal(value: unknown): Rehearsal {
  const run = field<Fields>(value, 'the file', isObject, 'a JSON object')
  field(run.version, 'version', v => v === REHEARSAL_VERSION, `${REHEARSAL_VERSION}`)
  const startedAt = field<string>(run.startedAt, 'startedAt', v => isText(v) && ISO_TIME.test(v as string) && !Number.isNaN(Date.parse(v as string)), 'a date and time (ISO 8601, UTC)')
  const duration = field<number>(run.duration, 'duration', v => isSeconds(v) && (v as number) > 0, 'the planned length in seconds (> 0)')
  const plan = field<unknown[]>(run.plan, 'plan', v => Array.isArray(v) && v.length > 0, 'a list of the planned slides')
    .map((entry, i): PlannedSlide => {
      const at = `plan[${i}]`
      const slide = field<Fields>(entry, at, isObject, 'an object')
      return {
        slide: field(slide.slide, `${at}.slide`, v => v === i + 1, `${i + 1} (slides in order)`),
        title: field(slide.title, `${at}.title`, isText, 'a string'),
        // Runs saved before the kit said "section" call it `movement`: still read.
        section: field(slide.section ?? slide.movement, `${at}.section`, isText, 'a string'),
        words: field(slide.words, `${at}.words`, isCount, 'a whole number of words'),
        budget: field(slide.budget, `${at}.budget`, isSeconds, 'seconds'),
      }
    })
  let last = 0
  const steps = field<unknown[]>(run.steps, 'steps', v => Array.isArray(v) && v.length > 0, 'a list of steps')
    .map((entry, i): RehearsalStep => {
      const at = `steps[${i}]`
      const step = field<Fields>(entry, at, isObject, 'an object')
      const result = {
        slide: field<number>(step.slide, `${at}.slide`, v => isCount(v) && (v as number) >= 1 && (v as number) <= plan.length, `a slide number from 1 to ${plan.length}`),
        clicks: field<number>(step.clicks, `${at}.clicks`, isCount, 'a whole number'),
        at: field<number>(step.at, `${at}.at`, v => isSeconds(v) && (v as number) >= last, `seconds, not before the step before (${last})`),
      }
      last = result.at
      return result
    })
  return {
    version: REHEARSAL_VERSION,
    talk: field(run.talk, 'talk', isText, 'a string'),
    startedAt,
    duration,
    plan,
    steps,
    end: field(run.end, 'end', v => isSeconds(v) && (v as number) >= last, `seconds, not before the last step (${last})`),
  }
}

/** A run's short name: "run 2 (26 Nov 14:05 UTC)". */
export function runName(run: Rehearsal, index: number): string {
  const at = new Date(run.startedAt)
  const day = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
  const time = at.toISOString().slice(11, 16)
  return `run ${index + 1} (${day} ${time} UTC)`
}

/** Seconds spent on each slide (index 0 is slide 1), coming back to a slide included. */
export function timeOnSlides(run: Rehearsal): number[] {
  const spent = run.plan.map(() => 0)
  run.steps.forEach((step, i) => {
    const until = run.steps[i + 1]?.at ?? run.end
    spent[step.slide - 1]! += until - step.at
  })
  return spent
}

/** The first and last slide a run reached (a run stopped part-way is read only as far as it went). */
export function covered(run: Rehearsal): [number, number] {
  const slides = run.steps.map(step => step.slide)
  return [Math.min(...slides), Math.max(...slides)]
}

/**
 * Plan against the run for each section it reached, in talk order, then for all the slides it covered.
 * `off` is actual - planned: positive is behind (slower than the plan), negative ahead.
 */
export function sectionReadings(run: Rehearsal) {
  const spent = timeOnSlides(run)
  const [first, reached] = covered(run)
  const readings: { title: string, planned: number, actual: number, off: number }[] = []
  run.plan.slice(first - 1, reached).forEach((slide) => {
    let reading = readings.at(-1)
    if (!reading || reading.title !== slide.section) {
      reading = { title: slide.section, planned: 0, actual: 0, off: 0 }
      readings.push(reading)
    }
    reading.planned += slide.budget
    reading.actual += spent[slide.slide - 1]!
    reading.off = reading.actual - reading.planned
  })
  const planned = readings.reduce((sum, r) => sum + r.planned, 0)
  const actual = spent.reduce((a, b) => a + b, 0)
  const whole = first === 1 && reached === run.plan.length
  const title = whole ? 'Whole talk' : first === 1 ? `To slide ${reached} of ${run.plan.length}` : `Slides ${first} to ${reached} of ${run.plan.length}`
  return [...readings, { title, planned, actual, off: actual - planned }]
}

/** The slides that ran furthest over their budget, worst first. */
export function slowestSlides(run: Rehearsal): (PlannedSlide & { actual: number, over: number })[] {
  const spent = timeOnSlides(run)
  return run.plan
    .map((slide, i) => ({ ...slide, actual: spent[i]!, over: spent[i]! - slide.budget }))
    .filter(slide => slide.over > 0)
    .sort((a, b) => b.over - a.over)
    .slice(0, 3)
}

/**
 * The speaker's own rate: time on a slide = words / rate + pause, fitted by least squares over every slide
 * of every run (a slide skipped in under a second is left out), with the number of slides it used.
 * Undefined when the runs cannot tell a rate apart.
 */
export function calibrate(runs: readonly Rehearsal[]) {
  const points = runs.flatMap((run) => {
    const spent = timeOnSlides(run)
    return run.plan.map((slide, i) => ({ words: slide.words, seconds: spent[i]! })).filter(p => p.seconds >= 1)
  })
  const n = points.length
  if (n < 3)
    return undefined
  const mw = points.reduce((s, p) => s + p.words, 0) / n
  const ms = points.reduce((s, p) => s + p.seconds, 0) / n
  const sww = points.reduce((s, p) => s + (p.words - mw) ** 2, 0)
  const sws = points.reduce((s, p) => s + (p.words - mw) * (p.seconds - ms), 0)
  const perWord = sww > 0 ? sws / sww : 0
  if (!(perWord > 0))
    return undefined
  return {
    wordsPerMinute: Math.round(60 / perWord),
    pauseSeconds: Math.round(Math.max(0, ms - perWord * mw) * 10) / 10,
    samples: n,
  }
}

/** The opt-in headmatter setting `pacing: { wordsPerMinute, pauseSeconds }`, if it is usable. */
export function pacingSetting(value: unknown): { wordsPerMinute: number, pauseSeconds: number } | undefined {
  if (!isObject(value) || !(typeof value.wordsPerMinute === 'number' && value.wordsPerMinute > 0))
    return undefined
  return { wordsPerMinute: value.wordsPerMinute, pauseSeconds: isSeconds(value.pauseSeconds) ? value.pauseSeconds as number : 0 }
}

/** Budgets at the speaker's own rate, not scaled to the duration: his measured pause stands in for the model's pauses and beats. */
export function calibratedBudgets(words: readonly number[], setting: { wordsPerMinute: number, pauseSeconds: number }): number[] {
  return words.map(w => Math.max(MIN_SECONDS, w * 60 / setting.wordsPerMinute + setting.pauseSeconds))
}
