/**
 * What a race timeline shows, separate from how it is drawn: where each entry sits on the track,
 * and the words that say each result (shape and word carry it, never colour alone).
 */
import type { RaceEntry, ResultKind } from '../../data/races'

/** The width the timeline is laid out for: the slide's content width on the 980px canvas. */
export const TRACK_WIDTH = 860

/** Type sizes (px) of a label's lines, from styles/tokens.css (--fs-label, --fs-body, --fs-lead). */
const LABEL_PX = 18
/** A few entries get the big word; a crowded road the body size. */
export function wordPx(columns: number): number {
  return columns <= 6 ? 32 : 24
}

interface PlacedEntry {
  entry: RaceEntry
  /** Centre of the entry's point, in px from the track's left edge. */
  x: number
  /** The label's box under the point: left edge and width in px (clamped inside the track). */
  left: number
  width: number
  /** Text alignment: centred under the point unless pushed in from an edge. */
  align: 'start' | 'center' | 'end'
}

/**
 * A line's width in px, estimated from Inter's advances (measured in the deck: capitals and
 * tabular digits about 0.68em, lower case about 0.5em, spaces 0.28em), plus 6% to err wide.
 */
function estimateWidth(text: string, px: number): number {
  let em = 0
  for (const ch of text)
    em += /[A-Z0-9~]/.test(ch) ? 0.68 : /[a-z]/.test(ch) ? 0.5 : ch === ' ' ? 0.28 : 0.34
  return Math.ceil(em * px * 1.06)
}

function labelWidth(entry: RaceEntry, word: number): number {
  return Math.max(
    estimateWidth(whenLabel(entry), LABEL_PX),
    estimateWidth(resultWord(entry), word),
    estimateWidth(resultDetail(entry), LABEL_PX),
  )
}

/**
 * Entries in order along the track, evenly spaced, each label under its point. The first and last
 * points are inset by half their labels, so the end labels sit centred under them.
 */
export function layoutTimeline(entries: readonly RaceEntry[], trackWidth = TRACK_WIDTH): { wordPx: number, placed: PlacedEntry[] } {
  const n = entries.length
  const word = wordPx(n)
  const widths = entries.map(e => Math.min(labelWidth(e, word), trackWidth))
  const inset = (width = 0) => Math.min(Math.max(14, width / 2), trackWidth / 4)
  const left0 = inset(widths[0])
  const spacing = n > 1 ? (trackWidth - left0 - inset(widths[n - 1])) / (n - 1) : 0
  const placed = entries.map((entry, i) => {
    const x = n > 1 ? left0 + i * spacing : trackWidth / 2
    const width = widths[i]!
    const left = Math.min(Math.max(x - width / 2, 0), trackWidth - width)
    const align: PlacedEntry['align'] = left === 0 && x - width / 2 < 0 ? 'start' : left + width === trackWidth && x + width / 2 > trackWidth ? 'end' : 'center'
    return { entry, x, left, width, align }
  })
  return { wordPx: word, placed }
}

/** The small line above the word: the year, and for Jim the race. */
export function whenLabel(entry: RaceEntry): string {
  const year = entry.date.slice(0, 4)
  return entry.lane === 'jim' ? `${year} ${entry.short}` : year
}

function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}

const WORD: Record<ResultKind, string> = {
  'win': 'Win',
  'finish': 'Finish',
  'dnf': 'Did not finish',
  'off-course': 'Off course',
  'milestone': '',
}

/** The big word under a point: "Win", "5th", "Did not finish", an off-course finish's place; a milestone's own name. */
export function resultWord(entry: RaceEntry): string {
  if (entry.result === 'milestone')
    return entry.short
  if ((entry.result === 'finish' || entry.result === 'off-course') && entry.place !== undefined)
    return ordinal(entry.place)
  return WORD[entry.result]
}

/** The small line under the word: a win's or finish's time; "off course" under that finish's place. */
export function resultDetail(entry: RaceEntry): string {
  if (entry.result === 'off-course')
    return entry.place !== undefined ? 'off course' : ''
  if (entry.result === 'win' || entry.result === 'finish')
    return entry.time ?? ''
  return ''
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "23 June 2018"; a date known only to its year stays a year. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-')
  return m && d ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : y!
}

/** One sentence per entry for the text equivalent: everything the picture says, and the note. */
export function entrySentence(entry: RaceEntry): string {
  const who = entry.lane === 'jim' ? 'Jim' : 'Mark'
  const when = longDate(entry.date)
  if (entry.result === 'milestone')
    return `${when}, ${who}: ${entry.race}.${entry.note ? ` ${entry.note}` : ''}`
  const outcome = {
    'win': 'won',
    'finish': `finished ${entry.place !== undefined ? ordinal(entry.place) : ''}`.trim(),
    'dnf': 'did not finish',
    'off-course': `went off course${entry.place !== undefined ? `, finished ${ordinal(entry.place)}` : ''}`,
  }[entry.result]
  const time = entry.time ? ` in ${entry.time.replace(/^~/, 'about ')}` : ''
  return `${when}, ${who}, ${entry.race}: ${outcome}${time}.${entry.note ? ` ${entry.note}` : ''}`
}
