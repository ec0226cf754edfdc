/**
 * Pacing for the speaker: how long each slide may take, and whether he is ahead or behind.
 *
 * Each slide's budget comes from the words in its speaker notes (what he will actually say),
 * scaled so that the budgets add up to the talk's `duration`. The clock is Slidev's own presenter
 * timer, read from its shared state, so pausing it pauses the pacing too.
 *
 * Pure functions only: the presenter-view component (components/PacingGauge.vue) feeds them.
 */

/** A slide with no notes still takes a moment to land: it counts as this many words. */
export const MIN_WORDS = 12

export interface Window {
  /** Seconds into the talk, by the plan. */
  start: number
  end: number
}

/** Words a speaker reads aloud in a note: tags, click marks and markup stripped. */
export function countWords(note: string | undefined): number {
  if (!note)
    return 0
  const text = note
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[click(?::\d+)?\]/gi, ' ')
    .replace(/&(?:#39|#x27|apos|rsquo);/gi, '\'')
    .replace(/&[a-z#0-9]+;/gi, ' ')
  return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length
}

/**
 * Seconds per slide, proportional to its words (at least MIN_WORDS), summing to `duration`.
 * The last budget absorbs floating-point rest so the sum is exact.
 */
export function slideBudgets(words: readonly number[], duration: number, minWords = MIN_WORDS): number[] {
  if (words.length === 0)
    return []
  if (!(duration > 0))
    throw new Error(`The talk needs a positive duration to pace it (got ${duration})`)
  const weights = words.map(w => Math.max(minWords, Number.isFinite(w) ? w : 0))
  const total = weights.reduce((a, b) => a + b, 0)
  const budgets = weights.map(w => duration * w / total)
  const rest = duration - budgets.reduce((a, b) => a + b, 0)
  budgets[budgets.length - 1]! += rest
  return budgets
}

/** Each slide's window on the talk clock: slide n starts when the budgets before it are spent. */
export function planOf(budgets: readonly number[]): Window[] {
  let start = 0
  return budgets.map((budget) => {
    const window = { start, end: start + budget }
    start = window.end
    return window
  })
}

/** The window of slides `first`..`last` (1-based, inclusive). */
export function spanOf(plan: readonly Window[], first: number, last: number): Window {
  const a = plan[first - 1]
  const b = plan[last - 1]
  if (!a || !b)
    throw new Error(`No slides ${first}..${last} in a plan of ${plan.length}`)
  return { start: a.start, end: b.end }
}

/**
 * Signed seconds off the plan while on something planned for `window`:
 * negative = ahead (arrived before its window opened), positive = behind (still here after it closed),
 * zero = on pace (the clock is inside the window).
 */
export function offPlan(elapsed: number, window: Window): number {
  if (elapsed < window.start)
    return elapsed - window.start
  if (elapsed > window.end)
    return elapsed - window.end
  return 0
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
  /** Seconds planned for this slide / this movement. */
  budget: number
  /** Seconds left of that by the plan's clock (negative once past its end). */
  left: number
  /** Signed seconds off the plan: negative ahead, positive behind, 0 on pace. */
  off: number
}

export interface Pace {
  slide: PaceReading & { spent: number }
  movement: PaceReading
}

export interface PaceInput {
  plan: readonly Window[]
  /** Current slide, 1-based. */
  slideNo: number
  /** First and last slide of the current movement. */
  movement: { start: number, end: number }
  /** Seconds on the talk clock now, and when this slide was entered. */
  elapsed: number
  enteredAt: number
}

/**
 * The reading the presenter sees. For the slide: time spent here against its budget, and whether the
 * clock is before, inside or after its window. For the movement: the same against the movement's window.
 */
export function paceAt({ plan, slideNo, movement, elapsed, enteredAt }: PaceInput): Pace {
  const slideWindow = spanOf(plan, slideNo, slideNo)
  const movementWindow = spanOf(plan, movement.start, movement.end)
  const spent = Math.max(0, elapsed - Math.min(enteredAt, elapsed))
  const slideBudget = slideWindow.end - slideWindow.start
  return {
    slide: {
      budget: slideBudget,
      spent,
      left: slideBudget - spent,
      off: offPlan(elapsed, slideWindow),
    },
    movement: {
      budget: movementWindow.end - movementWindow.start,
      left: movementWindow.end - Math.max(elapsed, movementWindow.start),
      off: offPlan(elapsed, movementWindow),
    },
  }
}

/** "1:05" for 65 seconds; always whole seconds, no sign. */
export function clock(seconds: number): string {
  const s = Math.round(Math.abs(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** Words, not colour, carry the verdict: "on pace", "0:40 ahead", "1:05 behind". Under 5 s counts as on pace. */
export function verdict(off: number, tolerance = 5): { word: 'ahead' | 'behind' | 'on pace', text: string } {
  if (Math.abs(off) < tolerance)
    return { word: 'on pace', text: 'on pace' }
  const word = off < 0 ? 'ahead' : 'behind'
  return { word, text: `${clock(off)} ${word}` }
}
