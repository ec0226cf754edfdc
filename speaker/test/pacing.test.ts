import type { TimerState } from '../lib/pacing'
import { describe, expect, it } from 'vitest'
import { BEAT_SECONDS, clickMarks, clock, countWords, directions, elapsedSeconds, MIN_SECONDS, noteMarks, noteSeconds, paceAt, planOf, slideBudgets, spokenText, verdict, WORDS_PER_MINUTE } from '../lib/pacing'

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

describe('countWords', () => {
  it('counts spoken words, not markup or click marks', () => {
    expect(countWords('<p>Meet Ada Lovelace. A quiet, careful mind.</p>')).toBe(7)
    expect(countWords('One [click] two <span class="slidev-note-click-mark" data-clicks="1"></span> three')).toBe(3)
    expect(countWords('It&#39;s ok &mdash; just do your best')).toBe(6)
    expect(countWords(undefined)).toBe(0)
    expect(countWords('  \n ')).toBe(0)
  })

  it('leaves out stage directions and record notes: they are not said aloud', () => {
    const note = '[Pause, 3 seconds.] He ran the race. [click] He won. (The record: modified course.) [Before presenting: confirm it.]'
    expect(spokenText(note)).toBe('He ran the race. He won.')
    expect(countWords(note)).toBe(6)
  })
})

describe('a deck\'s own note marks (headmatter stageDirections, recordNotes)', () => {
  const marks = noteMarks({ stageDirections: '{}', recordNotes: '' })
  const note = '{Pause, 3 seconds} One [click] two (three, said aloud). [four]'

  it('leave out what the deck marks, and say every ( … ) when record notes are off', () => {
    expect(spokenText(note, marks)).toBe('One two (three, said aloud). [four]')
    expect(directions(note, marks)).toEqual(['Pause, 3 seconds'])
    expect(noteSeconds(note, marks) - noteSeconds('One [click] two (three, said aloud). [four]', marks)).toBeCloseTo(3, 9)
  })

  it('default to [directions] and (record notes), and refuse a mark that is not a pair', () => {
    expect(noteMarks({})).toEqual({ directions: '[]', records: '()' })
    expect(() => noteMarks({ recordNotes: '(' })).toThrow('recordNotes must be two characters')
  })
})

describe('the delivery model', () => {
  it('counts a scripted pause as its seconds, a bare pause as a short one', () => {
    // The pauses are what these notes add over the same words without them.
    const pauses = (note: string, words: string) => noteSeconds(note) - noteSeconds(words)
    expect(pauses('[Pause, 4 seconds: let it sit.] a [pause] b [Say it quietly.]', 'a b')).toBeCloseTo(6, 9)
    expect(pauses('no pause here', 'no pause here')).toBe(0)
  })

  it('counts click marks as raw [click] or as the spans Slidev renders in noteHTML', () => {
    expect(clickMarks('a [click] b [click:2] c')).toBe(2)
    expect(clickMarks('a <span class="slidev-note-click-mark" data-clicks="1"></span> b')).toBe(1)
  })

  it('is words at the speaking rate, plus pauses, plus a beat for the slide and each click', () => {
    const words = Array.from({ length: WORDS_PER_MINUTE }).fill('word').join(' ')
    expect(noteSeconds(`${words} [click] [Pause, 3 seconds.]`)).toBeCloseTo(60 + 3 + 2 * BEAT_SECONDS, 9)
  })
})

describe('slideBudgets', () => {
  it('add up to the talk duration for any deck', () => {
    for (const words of [[120, 30, 0, 250], [1], Array.from({ length: 41 }, (_, i) => (i * 37) % 180)]) {
      const budgets = slideBudgets(words, 18 * 60)
      expect(budgets).toHaveLength(words.length)
      expect(sum(budgets)).toBeCloseTo(18 * 60, 9)
    }
  })

  it('are proportional to the model\'s seconds, with a floor for quiet slides', () => {
    const [a, b, c] = slideBudgets([200, 100, 0], 100 + 50 + MIN_SECONDS / 2)
    expect(a! / b!).toBeCloseTo(2, 9)
    expect(b! / c!).toBeCloseTo(100 / MIN_SECONDS, 9)
    expect(c).toBeGreaterThan(0)
  })

  it('refuse a talk with no duration', () => {
    expect(() => slideBudgets([10], 0)).toThrow(/duration/)
    expect(slideBudgets([], 600)).toEqual([])
  })
})

describe('plan and windows', () => {
  const plan = planOf([60, 30, 90])

  const on = (slideNo: number, section: { start: number, end: number }, elapsed: number) => paceAt({ plan, slideNo, section, elapsed, enteredAt: elapsed })

  it('lays the slides end to end on the talk clock', () => {
    expect(plan).toEqual([{ start: 0, end: 60 }, { start: 60, end: 90 }, { start: 90, end: 180 }])
    // Slides 2 to 3 as a section: the window 60..180.
    expect(on(2, { start: 2, end: 3 }, 60).section).toEqual({ budget: 120, left: 120, off: 0 })
    expect(() => on(2, { start: 2, end: 4 }, 60)).toThrow()
  })

  it('says ahead before the window, behind after it, on pace inside', () => {
    expect(on(2, { start: 2, end: 2 }, 40).slide.off).toBe(-20)
    expect(on(2, { start: 2, end: 2 }, 75).slide.off).toBe(0)
    expect(on(2, { start: 2, end: 2 }, 100).slide.off).toBe(10)
  })
})

describe('paceAt', () => {
  const plan = planOf([60, 30, 90, 120])
  const section = { start: 2, end: 3 } // slides 2-3: the window 60..180

  it('reads a speaker running late on the slide but still inside the section', () => {
    const pace = paceAt({ plan, slideNo: 2, section, elapsed: 110, enteredAt: 70 })
    expect(pace.slide).toEqual({ budget: 30, spent: 40, left: -10, off: 20 })
    expect(pace.section).toEqual({ budget: 120, left: 70, off: 0 })
  })

  it('reads a speaker who reached the section early', () => {
    const pace = paceAt({ plan, slideNo: 2, section, elapsed: 45, enteredAt: 45 })
    expect(pace.slide.off).toBe(-15)
    expect(pace.section.off).toBe(-15)
    expect(pace.section.left).toBe(120)
  })

  it('reads a speaker behind the whole section', () => {
    const pace = paceAt({ plan, slideNo: 3, section, elapsed: 200, enteredAt: 150 })
    expect(pace.section.off).toBe(20)
    expect(pace.section.left).toBe(-20)
  })

  it('never counts negative time on a slide when the timer was reset after entering it', () => {
    expect(paceAt({ plan, slideNo: 1, section: { start: 1, end: 1 }, elapsed: 5, enteredAt: 300 }).slide.spent).toBe(0)
  })
})

describe('elapsedSeconds follows Slidev\'s presenter timer', () => {
  const t0 = 1_700_000_000_000

  it('is zero while stopped', () => {
    expect(elapsedSeconds({ status: 'stopped', startedAt: 0, pausedAt: 0 }, t0)).toBe(0)
  })

  it('runs with the wall clock, freezes while paused, and resumes without counting the pause', () => {
    const running: TimerState = { status: 'running', startedAt: t0, pausedAt: 0 }
    expect(elapsedSeconds(running, t0 + 90_000)).toBe(90)

    // Paused at 90 s: a five-minute pause changes nothing.
    const paused: TimerState = { ...running, status: 'paused', pausedAt: t0 + 90_000 }
    expect(elapsedSeconds(paused, t0 + 90_000)).toBe(90)
    expect(elapsedSeconds(paused, t0 + 390_000)).toBe(90)

    // Resume the way Slidev's useTimer does: startedAt moves forward by the pause.
    const resumedAt = t0 + 390_000
    const resumed: TimerState = { status: 'running', startedAt: resumedAt - (paused.pausedAt - paused.startedAt), pausedAt: paused.pausedAt }
    expect(elapsedSeconds(resumed, resumedAt)).toBe(90)
    expect(elapsedSeconds(resumed, resumedAt + 10_000)).toBe(100)
  })

  it('keeps the pace reading still while paused', () => {
    const plan = planOf([60, 60])
    const paused: TimerState = { status: 'paused', startedAt: t0, pausedAt: t0 + 75_000 }
    const read = (now: number) => paceAt({ plan, slideNo: 2, section: { start: 1, end: 2 }, elapsed: elapsedSeconds(paused, now), enteredAt: 70 })
    expect(read(t0 + 80_000)).toEqual(read(t0 + 600_000))
  })
})

describe('display', () => {
  it('formats minutes and seconds', () => {
    expect(clock(65)).toBe('1:05')
    expect(clock(-40.4)).toBe('0:40')
    expect(clock(0)).toBe('0:00')
  })

  it('puts the verdict in words', () => {
    expect(verdict(-40)).toEqual({ word: 'ahead', text: '0:40 ahead' })
    expect(verdict(65)).toEqual({ word: 'behind', text: '1:05 behind' })
    expect(verdict(3).word).toBe('on pace')
    // The report's form of the same verdict: signed, and even within a second.
    expect(verdict(40, { within: 1, signed: true, even: 'on plan' }).text).toBe('+0:40 behind')
    expect(verdict(-0.5, { within: 1, signed: true, even: 'on plan' }).text).toBe('on plan')
  })
})
