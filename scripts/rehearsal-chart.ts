/**
 * The rehearsals as a picture (rehearsals/chart.svg, written by `npm run rehearsals`): above, the seconds
 * each slide was planned (bars) against what each run took (one line per run, the latest in amber);
 * below, how far ahead or behind the plan each run was as the talk went on. Movements are marked along
 * the top. A standalone SVG: any browser opens it, no script, no network.
 */
import type { Rehearsal } from '../logic/rehearsal'
import { clock } from '../composables/pacing'
import { runName, timeOnSlides } from '../logic/rehearsal'

const W = 1100
const LEFT = 64
const RIGHT = 24
const TOP = { y: 96, h: 250 }
const BOTTOM = { y: 410, h: 170 }
const H = BOTTOM.y + BOTTOM.h + 56
const INK = '#0a0f1c'
const SNOW = '#f3efe6'
const MIST = '#aeb9cc'
const RIDGE = '#2c3b56'
const AMBER = '#f4a940'
const RUNS = ['#6f8fc0', '#8aa6d1', '#a9bfe0', '#c9d8ee']

const escape = (text: string): string => text.replace(/[&<>"]/g, c => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' })[c]};`)
const fixed = (n: number): string => n.toFixed(1)

/** A tidy step for an axis: 1, 2 or 5 times a power of ten, about `count` ticks over `max`. */
function tickStep(max: number, count = 4): number {
  const raw = Math.max(max, 1) / count
  const power = 10 ** Math.floor(Math.log10(raw))
  return [1, 2, 5, 10].map(m => m * power).find(step => step >= raw)!
}

export function rehearsalChart(runs: readonly Rehearsal[]): string {
  const plan = runs.at(-1)!.plan
  const n = plan.length
  const band = (W - LEFT - RIGHT) / n
  const x = (slide: number): number => LEFT + band * (slide - 0.5)
  const spent = runs.map(timeOnSlides)
  const colour = (i: number): string => i === runs.length - 1 ? AMBER : RUNS[(runs.length - 2 - i) % RUNS.length]!
  const parts: string[] = []

  // Above: seconds per slide.
  const top = Math.max(...plan.map(s => s.budget), ...spent.flat())
  const topStep = tickStep(top)
  const topMax = Math.ceil(top / topStep) * topStep
  const y1 = (s: number): number => TOP.y + TOP.h - (s / topMax) * TOP.h
  for (let s = 0; s <= topMax; s += topStep) {
    parts.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${fixed(y1(s))}" y2="${fixed(y1(s))}" stroke="${RIDGE}" stroke-width="1"/>`)
    parts.push(`<text x="${LEFT - 8}" y="${fixed(y1(s) + 4)}" text-anchor="end" class="tick">${clock(s)}</text>`)
  }
  plan.forEach((slide) => {
    const height = (slide.budget / topMax) * TOP.h
    parts.push(`<rect x="${fixed(x(slide.slide) - band * 0.35)}" y="${fixed(y1(slide.budget))}" width="${fixed(band * 0.7)}" height="${fixed(height)}" fill="${RIDGE}"><title>Slide ${slide.slide}${slide.title ? ` ${escape(slide.title)}` : ''}: ${clock(slide.budget)} planned</title></rect>`)
  })
  spent.forEach((times, i) => {
    const points = times.map((t, s) => `${fixed(x(s + 1))},${fixed(y1(t))}`).join(' ')
    parts.push(`<polyline class="run" data-run="${i + 1}" points="${points}" fill="none" stroke="${colour(i)}" stroke-width="${i === runs.length - 1 ? 2.5 : 1.5}"/>`)
  })

  // Movements along the top, with a line where each begins.
  plan.forEach((slide, i) => {
    if (i > 0 && plan[i - 1]!.movement === slide.movement)
      return
    const left = LEFT + band * i
    if (i > 0)
      parts.push(`<line x1="${fixed(left)}" x2="${fixed(left)}" y1="${TOP.y - 18}" y2="${BOTTOM.y + BOTTOM.h}" stroke="${MIST}" stroke-dasharray="2 4" stroke-width="1"/>`)
    parts.push(`<text x="${fixed(left + 4)}" y="${TOP.y - 8}" class="movement">${escape(slide.movement)}</text>`)
  })

  // Below: ahead or behind the plan at the end of each slide.
  const drift = spent.map(times => times.reduce<number[]>((acc, t, s) => [...acc, (acc.at(-1) ?? 0) + t - plan[s]!.budget], []))
  const far = Math.max(1, ...drift.flat().map(Math.abs))
  const farStep = tickStep(far, 2)
  const farMax = Math.ceil(far / farStep) * farStep
  const y2 = (off: number): number => BOTTOM.y + BOTTOM.h / 2 - (off / farMax) * (BOTTOM.h / 2)
  for (let off = -farMax; off <= farMax; off += farStep) {
    parts.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${fixed(y2(off))}" y2="${fixed(y2(off))}" stroke="${off === 0 ? MIST : RIDGE}" stroke-width="1"/>`)
    parts.push(`<text x="${LEFT - 8}" y="${fixed(y2(off) + 4)}" text-anchor="end" class="tick">${off === 0 ? 'plan' : `${off > 0 ? '+' : '-'}${clock(off)}`}</text>`)
  }
  parts.push(`<text x="${W - RIGHT}" y="${BOTTOM.y - 6}" text-anchor="end" class="note">above the line: behind the plan</text>`)
  drift.forEach((offs, i) => {
    const points = offs.map((off, s) => `${fixed(x(s + 1))},${fixed(y2(off))}`).join(' ')
    parts.push(`<polyline class="drift" data-run="${i + 1}" points="${points}" fill="none" stroke="${colour(i)}" stroke-width="${i === runs.length - 1 ? 2.5 : 1.5}"/>`)
  })
  for (let s = 1; s <= n; s += Math.max(1, Math.round(n / 22)))
    parts.push(`<text x="${fixed(x(s))}" y="${BOTTOM.y + BOTTOM.h + 18}" text-anchor="middle" class="tick">${s}</text>`)

  // Legend.
  const legend = [`<rect x="${LEFT}" y="40" width="14" height="10" fill="${RIDGE}"/><text x="${LEFT + 20}" y="49" class="legend">plan</text>`]
  runs.forEach((run, i) => {
    const lx = LEFT + 80 + i * 200
    legend.push(`<line x1="${lx}" x2="${lx + 18}" y1="45" y2="45" stroke="${colour(i)}" stroke-width="2.5"/><text x="${lx + 24}" y="49" class="legend">${escape(runName(run, i))}</text>`)
  })

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Rehearsals of ${escape(runs.at(-1)!.talk)}: planned against actual time per slide">`,
    `<style>text{font-family:'Inter Variable',Inter,'Helvetica Neue',Arial,sans-serif;fill:${MIST}}.title{font-size:20px;font-weight:650;fill:${SNOW}}.tick,.note{font-size:11px}.movement{font-size:11px;fill:${SNOW}}.legend{font-size:13px}.axis{font-size:12px;font-weight:600;letter-spacing:.06em}</style>`,
    `<rect width="${W}" height="${H}" fill="${INK}"/>`,
    `<text x="${LEFT}" y="28" class="title">Where the time went: ${escape(runs.at(-1)!.talk)}</text>`,
    ...legend,
    `<text x="${LEFT}" y="${TOP.y + TOP.h + 24}" class="axis">SECONDS PER SLIDE</text>`,
    `<text x="${LEFT}" y="${H - 12}" class="axis">AHEAD OR BEHIND, SLIDE BY SLIDE</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n')
}
