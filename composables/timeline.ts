/**
 * What a race timeline shows, separate from how it is drawn: which entries a range holds, where
 * each sits, and the words that say each result (shape and word carry it, never colour alone).
 */
import type { Lane, RaceEntry, ResultKind } from '../data/races'

export type TimelineRange = 'wser' | 'utmb' | 'all'
export type TimelineLanes = 'jim' | 'both'

const RANGE_RACE: Record<Exclude<TimelineRange, 'all'>, string> = {
  wser: 'Western States 100',
  utmb: 'UTMB',
}

/**
 * Jim's entries in the range, in date order; with both lanes, Mark's milestones that fall inside
 * the span of those entries (his road beside Jim's, never outside the part being told).
 */
export function timelineEntries(entries: readonly RaceEntry[], range: TimelineRange, lanes: TimelineLanes): RaceEntry[] {
  const jim = entries.filter(e => e.lane === 'jim' && (range === 'all' || e.race === RANGE_RACE[range]))
  if (lanes === 'jim' || jim.length === 0)
    return jim
  const first = jim[0]!.date
  const last = jim[jim.length - 1]!.date
  return entries.filter(e => jim.includes(e) || (e.lane === 'mark' && e.date >= first && e.date <= last))
}

/** The width the timeline is laid out for: the slide's content width on the 980px canvas. */
export const TRACK_WIDTH = 860

/** Type sizes (px) of a label's lines, from styles/tokens.css (--fs-label, --fs-body, --fs-lead). */
export const LABEL_PX = 18
/** A few entries get the big word; a crowded road the body size. */
export function wordPx(columns: number): number {
  return columns <= 6 ? 32 : 24
}

const GAP = 8

export interface PlacedEntry {
  entry: RaceEntry
  /** Column on the time axis; entries on the same date share one. */
  column: number
  /** Centre of the entry's point, in px from the track's left edge. */
  x: number
  /** The label's box: left edge and width in px (clamped inside the track). */
  left: number
  width: number
  /** Which side of its lane's axis the label sits on, and how many label bands away. */
  side: 'above' | 'below'
  level: number
  /** Text alignment: centred under the point unless pushed in from an edge. */
  align: 'start' | 'center' | 'end'
}

export interface LaneLayout {
  /** Label bands above and below the axis. */
  above: number
  below: number
}

export interface TimelineLayout {
  columns: number
  /** Size of the result word, px. */
  wordPx: number
  placed: PlacedEntry[]
  lanes: Record<Lane, LaneLayout>
}

/**
 * A line's width in px, estimated from Inter's advances (measured in the deck: capitals and
 * tabular digits about 0.68em, lower case about 0.5em, spaces 0.28em), plus 6% to err wide:
 * the layout packs labels with it, so it must never come out narrow.
 */
export function estimateWidth(text: string, px: number): number {
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
 * Columns in date order (entries on one date share a column), then each label packed into the
 * first band, alternating below and above the axis, where it touches no other label: so from 2
 * to 20 entries nothing overlaps, and a sparse timeline keeps every label below its axis.
 */
export function layoutTimeline(entries: readonly RaceEntry[], trackWidth = TRACK_WIDTH): TimelineLayout {
  const dates = [...new Set(entries.map(e => e.date))].sort()
  const columns = dates.length
  const word = wordPx(columns)
  const widths = entries.map(e => Math.min(labelWidth(e, word), trackWidth))
  // Inset the first and last points by half their labels, so end labels sit centred under their
  // points instead of being pushed in against their neighbours.
  const halfAt = (column: number) => Math.max(14, ...entries.map((e, i) => dates.indexOf(e.date) === column ? widths[i]! / 2 : 0))
  const insetLeft = Math.min(halfAt(0), trackWidth / 4)
  const insetRight = Math.min(halfAt(columns - 1), trackWidth / 4)
  const spacing = columns > 1 ? (trackWidth - insetLeft - insetRight) / (columns - 1) : 0
  // Try the quietest arrangement first: every label below its axis; then strictly alternating
  // below and above; only if neither fits, pack each label into the first band where it fits.
  const base = entries.map((entry, i) => {
    const column = dates.indexOf(entry.date)
    const x = columns > 1 ? insetLeft + column * spacing : trackWidth / 2
    const width = widths[i]!
    const left = Math.min(Math.max(x - width / 2, 0), trackWidth - width)
    const align: PlacedEntry['align'] = left === 0 && x - width / 2 < 0 ? 'start' : left + width === trackWidth && x + width / 2 > trackWidth ? 'end' : 'center'
    return { entry, column, x, left, width, align }
  })
  interface Band { side: 'above' | 'below', level: number, taken: [number, number][] }
  const bandFor = (n: number): Omit<Band, 'taken'> => ({ side: n % 2 === 0 ? 'below' : 'above', level: Math.floor(n / 2) })
  const fits = (band: Band, left: number, width: number) => band.taken.every(([a, z]) => left + width + GAP <= a || left >= z + GAP)

  /** One lane's labels into bands by `pick`; undefined when `pick` refuses a label. */
  function arrange(lane: Lane, pick: (bands: Band[], index: number, left: number, width: number) => number | undefined) {
    const bands: Band[] = []
    const placed = new Map<RaceEntry, PlacedEntry>()
    for (const b of base.filter(b => b.entry.lane === lane)) {
      const n = pick(bands, placed.size, b.left, b.width)
      if (n === undefined)
        return undefined
      while (bands.length <= n) bands.push({ ...bandFor(bands.length), taken: [] })
      bands[n]!.taken.push([b.left, b.left + b.width])
      placed.set(b.entry, { ...b, side: bands[n]!.side, level: bands[n]!.level })
    }
    return { placed, bands }
  }
  const strict = (count: number) => (bands: Band[], index: number, left: number, width: number) => {
    const n = index % count
    return !bands[n] || fits(bands[n]!, left, width) ? n : undefined
  }
  const greedy = (bands: Band[], _index: number, left: number, width: number) => {
    const found = bands.findIndex(b => fits(b, left, width))
    return found === -1 ? bands.length : found
  }
  const byLane = {} as Record<Lane, NonNullable<ReturnType<typeof arrange>>>
  for (const lane of ['jim', 'mark'] as const)
    byLane[lane] = arrange(lane, strict(1)) ?? arrange(lane, strict(2)) ?? arrange(lane, greedy)!
  const placed = base.map(b => byLane[b.entry.lane].placed.get(b.entry)!)
  const bands = { jim: byLane.jim.bands, mark: byLane.mark.bands }

  const count = (lane: Lane, side: 'above' | 'below') => bands[lane].filter(b => b.side === side).length
  return {
    columns,
    wordPx: word,
    placed,
    lanes: {
      jim: { above: count('jim', 'above'), below: count('jim', 'below') },
      mark: { above: count('mark', 'above'), below: count('mark', 'below') },
    },
  }
}

/** The small line above the word: the year, and for Jim the race. */
export function whenLabel(entry: RaceEntry): string {
  const year = entry.date.slice(0, 4)
  return entry.lane === 'jim' ? `${year} ${entry.short}` : year
}

export function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}

const WORD: Record<ResultKind, string> = {
  'win': 'Win',
  'finish': 'Finish',
  'dnf': 'DNF',
  'off-course': 'Off course',
  'milestone': '',
}

/** The big word under a point: "Win", "5th", "DNF", an off-course finish's place; a milestone's own name. */
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

export function longDate(date: string): string {
  const [y, m, d] = date.split('-')
  const month = MONTHS[Number(m) - 1]
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`
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
