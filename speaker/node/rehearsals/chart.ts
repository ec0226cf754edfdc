/**
 * rehearsals/chart.svg: above, each slide's planned seconds (bars) against each run (lines, the latest in
 * the accent colour); below, how far ahead or behind each run was as the talk went on. A standalone SVG,
 * no script, in the deck's colours (deck/palette.ts).
 */
import type { Rehearsal } from '../../lib/rehearsal'
import type { Palette } from '../deck/palette'
import { clock, signedClock } from '../../lib/pacing'
import { covered, runName, timeOnSlides } from '../../lib/rehearsal'
import { speakerPalette } from '../deck/palette'

const W = 1100
const LEFT = 64
const RIGHT = 24
const TOP = { y: 110, h: 240 }
const BOTTOM = { y: 414, h: 170 }
const H = BOTTOM.y + BOTTOM.h + 56
/** Earlier runs in the muted colour, fading with age. */
const EARLIER = [0.9, 0.7, 0.5, 0.35]

const escape = (text: string): string => text.replace(/[&<>"]/g, c => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' })[c]};`)
const fixed = (n: number): string => n.toFixed(1)

/** A step a clock reads easily (5 s, 10 s, … 10 min), about `count` ticks over `max` seconds, and the axis end it reaches. */
function ticks(max: number, count: number): [number, number] {
  const steps = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800]
  const step = steps.find(s => s >= max / count) ?? steps.at(-1)!
  return [step, Math.ceil(max / step) * step]
}

/** Roughly how many characters of 11px text fit in `width` px. */
function fits(text: string, width: number): string {
  const room = Math.floor(width / 6.2)
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1)).trimEnd()}…`
}

export function rehearsalChart(runs: readonly Rehearsal[], { background, text, muted, line, accent, fontSans }: Palette = speakerPalette()): string {
  const plan = runs.at(-1)!.plan
  const n = plan.length
  const band = (W - LEFT - RIGHT) / n
  const x = (slide: number): number => LEFT + band * (slide - 0.5)
  const spent = runs.map(timeOnSlides)
  const latest = (i: number): boolean => i === runs.length - 1
  const colour = (i: number): string => latest(i) ? accent : muted
  const opacity = (i: number): number => latest(i) ? 1 : EARLIER[(runs.length - 2 - i) % EARLIER.length]!
  const parts: string[] = []
  const gridLine = (y: number, stroke: string, label: string) => parts.push(
    `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${fixed(y)}" y2="${fixed(y)}" stroke="${stroke}" stroke-width="1"/>`,
    `<text x="${LEFT - 8}" y="${fixed(y + 4)}" text-anchor="end" class="tick">${label}</text>`,
  )
  // Each run is drawn only over the slides it covered.
  const span = runs.map(covered)
  const inside = (i: number, slide: number): boolean => slide >= span[i]![0] && slide <= span[i]![1]
  const polyline = (kind: string, values: number[], i: number, y: (v: number) => number): string => {
    const points = values
      .map((v, s) => [s + 1, v] as const)
      .filter(([slide]) => inside(i, slide))
      .map(([slide, v]) => `${fixed(x(slide))},${fixed(y(v))}`)
      .join(' ')
    return `<polyline class="${kind}" data-run="${i + 1}" points="${points}" fill="none" stroke="${colour(i)}" stroke-opacity="${opacity(i)}" stroke-width="${latest(i) ? 2.5 : 1.5}"/>`
  }

  // Above: seconds per slide.
  const [topStep, topMax] = ticks(Math.max(...plan.map(s => s.budget), ...spent.flat()), 4)
  const y1 = (s: number): number => TOP.y + TOP.h - (s / topMax) * TOP.h
  for (let s = 0; s <= topMax; s += topStep)
    gridLine(y1(s), line, clock(s))
  plan.forEach((slide) => {
    const height = (slide.budget / topMax) * TOP.h
    parts.push(`<rect x="${fixed(x(slide.slide) - band * 0.35)}" y="${fixed(y1(slide.budget))}" width="${fixed(band * 0.7)}" height="${fixed(height)}" fill="${line}"><title>Slide ${slide.slide}${slide.title ? ` ${escape(slide.title)}` : ''}: ${clock(slide.budget)} planned</title></rect>`)
  })
  parts.push(...spent.map((times, i) => polyline('run', times, i, y1)))

  // Sections along the top, with a line where each begins; names on two staggered rows, cut to fit.
  const starts = plan.flatMap((slide, i) => i === 0 || plan[i - 1]!.section !== slide.section ? [i] : [])
  starts.forEach((i, k) => {
    const left = LEFT + band * i
    const room = LEFT + band * (starts[k + 2] ?? n) - left - 8
    if (i > 0)
      parts.push(`<line x1="${fixed(left)}" x2="${fixed(left)}" y1="${TOP.y - 30}" y2="${BOTTOM.y + BOTTOM.h}" stroke="${muted}" stroke-dasharray="2 4" stroke-width="1"/>`)
    parts.push(`<text x="${fixed(left + 4)}" y="${TOP.y - (k % 2 ? 8 : 22)}" class="section"><title>${escape(plan[i]!.section)}</title>${escape(fits(plan[i]!.section, room))}</text>`)
  })

  // Below: ahead or behind at the end of each slide, each run against its own plan.
  const drift = spent.map((times, i) => {
    let off = 0
    return times.map((t, s) => {
      if (inside(i, s + 1))
        off += t - (runs[i]!.plan[s]?.budget ?? 0)
      return off
    })
  })
  const far = Math.max(1, ...drift.flatMap((offs, i) => offs.slice(span[i]![0] - 1, span[i]![1]).map(Math.abs)))
  const [farStep, farMax] = ticks(far, 2)
  const y2 = (off: number): number => BOTTOM.y + BOTTOM.h / 2 - (off / farMax) * (BOTTOM.h / 2)
  for (let off = -farMax; off <= farMax; off += farStep)
    gridLine(y2(off), off === 0 ? muted : line, off === 0 ? 'plan' : signedClock(off))
  parts.push(`<text x="${W - RIGHT}" y="${BOTTOM.y - 6}" text-anchor="end" class="note">above the line: behind the plan</text>`)
  parts.push(...drift.map((offs, i) => polyline('drift', offs, i, y2)))
  for (let s = 1; s <= n; s += Math.max(1, Math.round(n / 22)))
    parts.push(`<text x="${fixed(x(s))}" y="${BOTTOM.y + BOTTOM.h + 18}" text-anchor="middle" class="tick">${s}</text>`)

  const legend = runs.map((run, i) => {
    const lx = LEFT + 80 + i * 200
    return `<line x1="${lx}" x2="${lx + 18}" y1="45" y2="45" stroke="${colour(i)}" stroke-opacity="${opacity(i)}" stroke-width="2.5"/><text x="${lx + 24}" y="49" class="legend">${escape(runName(run, i))}</text>`
  })

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Rehearsals of ${escape(runs.at(-1)!.talk)}: planned against actual time per slide">`,
    `<style>text{font-family:${escape(fontSans)};fill:${muted}}.title{font-size:20px;font-weight:650;fill:${text}}.tick,.note{font-size:11px}.section{font-size:11px;fill:${text}}.legend{font-size:13px}.axis{font-size:12px;font-weight:600;letter-spacing:.06em}</style>`,
    `<rect width="${W}" height="${H}" fill="${background}"/>`,
    `<text x="${LEFT}" y="28" class="title">Where the time went: ${escape(runs.at(-1)!.talk)}</text>`,
    `<rect x="${LEFT}" y="40" width="14" height="10" fill="${line}"/><text x="${LEFT + 20}" y="49" class="legend">plan</text>`,
    ...legend,
    `<text x="${LEFT}" y="${TOP.y + TOP.h + 24}" class="axis">SECONDS PER SLIDE</text>`,
    `<text x="${LEFT}" y="${H - 12}" class="axis">AHEAD OR BEHIND, SLIDE BY SLIDE</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n')
}
