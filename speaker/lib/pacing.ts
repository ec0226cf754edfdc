/**
 * Pacing: how long each slide takes to deliver, and whether the speaker is ahead or behind.
 * The model: spoken words at WORDS_PER_MINUTE, plus each scripted pause, plus a beat for the slide
 * and each click; stage directions and record notes (NoteMarks) are not said aloud. Budgets are
 * scaled to the headmatter `duration`.
 */

import { SLIDEV_CLASS } from './slidev-dom.ts'

/** A comfortable speaking pace for a talk read from a script. */
export const WORDS_PER_MINUTE = 130
/** A scripted pause that says no length: "[Pause.]". */
const PAUSE_SECONDS = 2
/** What a new slide or a click adds: the room looks at what appeared before the speaker goes on. */
export const BEAT_SECONDS = 2
/** A slide with nothing to say still takes a moment to land. */
export const MIN_SECONDS = 5

/** A stretch of the talk clock, in seconds into the talk by the plan. */
interface Span {
  start: number
  end: number
}

/**
 * What marks the parts of a note that are not said aloud, each as its opening and closing character
 * ('' for none): a stage direction ("[Pause, 3 seconds]") and a note for the record ("(The record: ...)").
 * A deck sets them in its headmatter as `stageDirections` and `recordNotes`.
 */
export interface NoteMarks {
  directions: string
  records: string
}

export const DEFAULT_MARKS: NoteMarks = { directions: '[]', records: '()' }

function mark(value: unknown, setting: string, fallback: string): string {
  if (value === undefined || value === null)
    return fallback
  if (typeof value !== 'string' || (value !== '' && [...value].length !== 2))
    throw new Error(`headmatter ${setting} must be two characters, the opening and the closing one (e.g. "[]"), or "" for none`)
  return value
}

/** The marks a deck's headmatter (or Slidev's configs) sets, else the defaults. */
export function noteMarks(headmatter: Record<string, unknown>): NoteMarks {
  return {
    directions: mark(headmatter.stageDirections, 'stageDirections', DEFAULT_MARKS.directions),
    records: mark(headmatter.recordNotes, 'recordNotes', DEFAULT_MARKS.records),
  }
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every `open…close` span of a note; none when the mark is ''. */
function enclosed(pair: string): RegExp | undefined {
  const [open, close] = [...pair]
  return open && close ? new RegExp(`${escape(open)}([^${escape(close)}]*)${escape(close)}`, 'g') : undefined
}

const CLICK = /\[click(?::\d+)?\]/gi
const CLICK_MARK = new RegExp(`${CLICK.source}|<span class="${SLIDEV_CLASS.noteClickMark}"[^>]*>`, 'gi')

/** A note as plain text: markup, comments and entities out (a note may come as HTML from Slidev). */
function plain(note: string | undefined): string {
  return (note ?? '')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#39|#x27|apos|rsquo);/gi, '\'')
    .replace(/&(?:quot|ldquo|rdquo);/gi, '"')
    .replace(/&[a-z#0-9]+;/gi, ' ')
}

/** The speaker's stage directions, without Slidev's [click] marks. */
export function directions(note: string | undefined, marks: NoteMarks = DEFAULT_MARKS): string[] {
  const pattern = enclosed(marks.directions)
  if (!pattern)
    return []
  return [...plain(note).replace(CLICK, ' ').matchAll(pattern)].map(m => m[1]!.trim())
}

/** What the speaker says aloud: the note without click marks, stage directions and record notes. */
export function spokenText(note: string | undefined, marks: NoteMarks = DEFAULT_MARKS): string {
  let text = plain(note).replace(CLICK, ' ')
  for (const pattern of [enclosed(marks.directions), enclosed(marks.records)])
    text = pattern ? text.replace(pattern, ' ') : text
  return text.replace(/\s+/g, ' ').trim()
}

export function countWords(note: string | undefined, marks: NoteMarks = DEFAULT_MARKS): number {
  return spokenText(note, marks).split(' ').filter(word => /[\p{L}\p{N}]/u.test(word)).length
}

/** Seconds of scripted silence: each "[Pause, 3 seconds ...]" at its length, a bare "[Pause]" at PAUSE_SECONDS. */
function pauseSeconds(note: string | undefined, marks: NoteMarks): number {
  return directions(note, marks)
    .filter(d => /^pause\b/i.test(d))
    .reduce((sum, d) => sum + Number(/(\d+(?:\.\d+)?)\s*seconds?/i.exec(d)?.[1] ?? PAUSE_SECONDS), 0)
}

export function clickMarks(note: string | undefined): number {
  return [...(note ?? '').matchAll(CLICK_MARK)].length
}

/** How long a slide takes to deliver, in seconds, by the model above. */
export function noteSeconds(note: string | undefined, marks: NoteMarks = DEFAULT_MARKS): number {
  return countWords(note, marks) / WORDS_PER_MINUTE * 60 + pauseSeconds(note, marks) + (1 + clickMarks(note)) * BEAT_SECONDS
}

/** Seconds per slide, proportional to the model's (at least MIN_SECONDS); the last absorbs rounding so they sum to `duration`. */
export function slideBudgets(seconds: readonly number[], duration: number): number[] {
  if (seconds.length === 0)
    return []
  if (!(duration > 0))
    throw new Error(`The talk needs a positive duration to pace it (got ${duration})`)
  const weights = seconds.map(w => Math.max(MIN_SECONDS, w))
  const total = weights.reduce((a, b) => a + b, 0)
  const budgets = weights.map(w => duration * w / total)
  const rest = duration - budgets.reduce((a, b) => a + b, 0)
  budgets[budgets.length - 1]! += rest
  return budgets
}

/** Each slide's window on the talk clock: slide n starts when the budgets before it are spent. */
export function planOf(budgets: readonly number[]): Span[] {
  let start = 0
  return budgets.map((budget) => {
    const window = { start, end: start + budget }
    start = window.end
    return window
  })
}

/** The window of slides `first`..`last` (1-based, inclusive). */
function spanOf(plan: readonly Span[], first: number, last: number): Span {
  const a = plan[first - 1]
  const b = plan[last - 1]
  if (!a || !b)
    throw new Error(`No slides ${first}..${last} in a plan of ${plan.length}`)
  return { start: a.start, end: b.end }
}

/** Signed seconds off `window`: negative before it opens (ahead), positive after it closes (behind), else 0. */
function offPlan(elapsed: number, window: Span): number {
  if (elapsed < window.start)
    return elapsed - window.start
  return Math.max(0, elapsed - window.end)
}

/** The part of Slidev's shared timer state that pacing reads (sharedState.timer). */
export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

/**
 * Seconds on the talk clock, as Slidev's presenter timer counts them: nothing while stopped,
 * frozen while paused (Slidev shifts `startedAt` on resume, so paused time never counts).
 */
export function elapsedSeconds(timer: TimerState, now: number): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  const end = timer.status === 'paused' ? timer.pausedAt : now
  return Math.max(0, (end - timer.startedAt) / 1000)
}

export interface PaceReading {
  /** Seconds planned for this slide / this section. */
  budget: number
  /** Seconds left of that by the plan's clock (negative once past its end). */
  left: number
  /** Signed seconds off the plan: negative ahead, positive behind, 0 on pace. */
  off: number
}

export interface Pace {
  slide: PaceReading & { spent: number }
  section: PaceReading
}

interface PaceInput {
  plan: readonly Span[]
  /** Current slide, 1-based. */
  slideNo: number
  /** First and last slide of the current section. */
  section: { start: number, end: number }
  /** Seconds on the talk clock now, and when this slide was entered. */
  elapsed: number
  enteredAt: number
}

/**
 * The reading the presenter sees. For the slide: time spent here against its budget, and whether the
 * clock is before, inside or after its window. For the section: the same against the section's window.
 */
export function paceAt({ plan, slideNo, section, elapsed, enteredAt }: PaceInput): Pace {
  const slideWindow = spanOf(plan, slideNo, slideNo)
  const sectionWindow = spanOf(plan, section.start, section.end)
  // Never negative, even when the timer was reset after he entered the slide.
  const spent = Math.max(0, elapsed - enteredAt)
  const slideBudget = slideWindow.end - slideWindow.start
  return {
    slide: {
      budget: slideBudget,
      spent,
      left: slideBudget - spent,
      off: offPlan(elapsed, slideWindow),
    },
    section: {
      budget: sectionWindow.end - sectionWindow.start,
      left: sectionWindow.end - Math.max(elapsed, sectionWindow.start),
      off: offPlan(elapsed, sectionWindow),
    },
  }
}

/** "1:05" for 65 seconds; always whole seconds, no sign. */
export function clock(seconds: number): string {
  const s = Math.round(Math.abs(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** "+1:05" behind, "-0:40" ahead: the sign says which. */
export function signedClock(seconds: number): string {
  return `${seconds > 0 ? '+' : '-'}${clock(seconds)}`
}

/**
 * The one way the tools say how far off the plan the speaker is. Words, not colour, carry it: "0:40 ahead",
 * "1:05 behind", or `even` ("on pace") within `within` seconds; `signed` adds the sign ("+1:05 behind").
 */
export function verdict(off: number, { within = 5, signed = false, even = 'on pace' } = {}): { word: 'ahead' | 'behind' | 'on pace', text: string } {
  if (Math.abs(off) < within)
    return { word: 'on pace', text: even }
  const word = off < 0 ? 'ahead' : 'behind'
  return { word, text: `${signed ? signedClock(off) : clock(off)} ${word}` }
}
