/**
 * `speaker bench`: this deck against the floor, a bare one-slide Slidev deck built in a temporary folder
 * with this project's node_modules. Both are built as hosted (no notes, a service worker: the kit's for
 * the deck, Slidev's `pwa` for the floor) and measured BENCH_RUNS times each (default 3), medians
 * compared: `slidev build` time; at phone size from a loopback server that compresses as a host does
 * (bench/first-visit.ts), the first load without a service worker (bytes until slide 1 is on screen with
 * its fonts, and the time to it), the first visit with it (every byte page and worker fetch in 30 s, ended
 * early once the worker holds the deck and the network is quiet; files fetched twice), the same first
 * visit over venue Wi-Fi (Chromium's network emulation); then `slidev export` time and PDF bytes per
 * page. Prints a table with ratios and goals (not a test: no pass/fail) and writes
 * bench/results/latest.json. Then the phone remote: the whole talk stepped from a phone-sized page, tap
 * to audience window (median, p95, max; bench/phone.ts).
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { FIRST_VISIT_BUDGET, firstVisit, VENUE_WIFI } from '../bench/first-visit'
import { phoneLatency } from '../bench/phone'
import { ROOT } from '../deck/project'
import { pageCount } from '../pdf/assemble'
import { launchChromium, resolveChromium } from '../pdf/chromium'
import { buildPresent } from '../site/slidev-build'

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))
const SLIDEV = join(ROOT, 'node_modules/.bin/slidev')

interface Deck {
  name: 'floor' | 'deck'
  dir: string
  entry: string
  /** Whose service worker the hosted build has. */
  worker: 'kit' | 'other'
}

interface Measures {
  buildMs: number
  firstLoadBytes: number
  firstSlideMs: number
  visitBytes: number
  visitRepeats: number
  wifiFirstSlideMs: number
  wifiBytes: number
  exportMsPerPage: number
  pdfBytesPerPage: number
  pages: number
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

function timed(command: string, args: string[], cwd: string): Promise<number> {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolve(performance.now() - start) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)))
  })
}

/** The floor: Slidev's default theme, one slide, fonts kept local so nothing leaves the machine, offline as Slidev offers it. */
function makeFloor(): Deck {
  const dir = mkdtempSync(join(tmpdir(), 'slidev-floor-'))
  writeFileSync(join(dir, 'slides.md'), '---\ntheme: default\ntitle: Floor\npwa: true\nfonts:\n  provider: none\n---\n\n# Hello\n\nOne bare slide.\n')
  writeFileSync(join(dir, 'package.json'), '{ "name": "slidev-floor", "private": true, "type": "module" }\n')
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { name: 'floor', dir, entry: 'slides.md', worker: 'other' }
}

async function measure(deck: Deck, executablePath: string, scratch: string): Promise<Measures & { runs: Record<string, number[]> }> {
  const runs: Record<Exclude<keyof Measures, 'pages'>, number[]> = { buildMs: [], firstLoadBytes: [], firstSlideMs: [], visitBytes: [], visitRepeats: [], wifiFirstSlideMs: [], wifiBytes: [], exportMsPerPage: [], pdfBytesPerPage: [] }
  const out = join(scratch, `${deck.name}-dist`)
  let pages = 0
  for (let i = 0; i < RUNS; i++) {
    rmSync(out, { recursive: true, force: true })
    runs.buildMs.push(await timed(SLIDEV, ['build', deck.entry, '--out', out, '--base', '/', '--without-notes'], deck.dir))
    console.log(`  ${deck.name}: build ${i + 1}/${RUNS} ${(runs.buildMs.at(-1)! / 1000).toFixed(1)} s`)
  }
  const browser = await launchChromium()
  try {
    for (let i = 0; i < RUNS; i++) {
      const load = await firstVisit(browser, out, '/', { worker: 'none' })
      runs.firstLoadBytes.push(load.firstSlideBytes)
      runs.firstSlideMs.push(load.firstSlideMs)
      const visit = await firstVisit(browser, out, '/', { worker: deck.worker })
      runs.visitBytes.push(visit.bytes)
      runs.visitRepeats.push(Object.values(visit.repeated).reduce((sum, n) => sum + n - 1, 0))
      const wifi = await firstVisit(browser, out, '/', { worker: deck.worker, network: VENUE_WIFI })
      runs.wifiFirstSlideMs.push(wifi.firstSlideMs)
      runs.wifiBytes.push(wifi.bytes)
      console.log(`  ${deck.name}: visits ${i + 1}/${RUNS}: first load ${kb(load.firstSlideBytes)}, slide 1 at ${Math.round(load.firstSlideMs)} ms; first visit ${kb(visit.bytes)}; venue Wi-Fi slide 1 at ${Math.round(wifi.firstSlideMs)} ms, ${kb(wifi.bytes)}`)
    }
  }
  finally {
    await browser.close()
  }
  for (let i = 0; i < RUNS; i++) {
    const pdf = join(scratch, `${deck.name}-${i}.pdf`)
    const ms = await timed(SLIDEV, ['export', deck.entry, '--output', pdf, '--executable-path', executablePath, '--timeout', '60000'], deck.dir)
    pages = await pageCount(readFileSync(pdf)) || 1
    runs.exportMsPerPage.push(ms / pages)
    runs.pdfBytesPerPage.push(statSync(pdf).size / pages)
    console.log(`  ${deck.name}: export ${i + 1}/${RUNS} ${(ms / 1000).toFixed(1)} s for ${pages} page(s)`)
  }
  const medians = Object.fromEntries(Object.entries(runs).map(([name, values]) => [name, median(values)]))
  return { ...medians as Omit<Measures, 'pages'>, pages, runs }
}

/** Export time per page beyond the floor's, with the fixed start-up cost taken out. */
function marginalExportMs(floor: Measures, deck: Measures): number {
  const extraPages = deck.pages - floor.pages
  if (extraPages <= 0)
    return Number.NaN
  return (deck.exportMsPerPage * deck.pages - floor.exportMsPerPage * floor.pages) / extraPages
}

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`
}

function table(floor: Measures, deck: Measures): { measure: string, floor: string, deck: string, ratio: string, goal: string, met: boolean | null }[] {
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
  const ms = (value: number): string => `${Math.round(value)} ms`
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`
  const plus = (a: number, b: number): string => `${a >= b ? '+' : '-'}${kb(Math.abs(a - b))}`
  return [
    { measure: 'slidev build (hosted)', floor: s(floor.buildMs), deck: s(deck.buildMs), ratio: ratio(deck.buildMs, floor.buildMs), goal: '<= 1.2x floor', met: deck.buildMs <= 1.2 * floor.buildMs },
    { measure: 'first load: bytes until slide 1 shows with its fonts (no service worker)', floor: kb(floor.firstLoadBytes), deck: kb(deck.firstLoadBytes), ratio: plus(deck.firstLoadBytes, floor.firstLoadBytes), goal: '<= floor + 100 KB', met: deck.firstLoadBytes <= floor.firstLoadBytes + 100 * 1024 },
    { measure: 'time to first slide (loopback)', floor: ms(floor.firstSlideMs), deck: ms(deck.firstSlideMs), ratio: ratio(deck.firstSlideMs, floor.firstSlideMs), goal: '<= 1.1x floor', met: deck.firstSlideMs <= 1.1 * floor.firstSlideMs },
    { measure: 'first visit: bytes in 30 s, page and service worker', floor: kb(floor.visitBytes), deck: kb(deck.visitBytes), ratio: ratio(deck.visitBytes, floor.visitBytes), goal: `<= ${kb(FIRST_VISIT_BUDGET)}`, met: deck.visitBytes <= FIRST_VISIT_BUDGET },
    { measure: 'first visit: second fetches of a file', floor: String(floor.visitRepeats), deck: String(deck.visitRepeats), ratio: '-', goal: '0', met: deck.visitRepeats === 0 },
    { measure: `phone on venue Wi-Fi (${VENUE_WIFI.downloadKbps / 1000} Mbps, ${VENUE_WIFI.rttMs} ms): time to first slide`, floor: ms(floor.wifiFirstSlideMs), deck: ms(deck.wifiFirstSlideMs), ratio: ratio(deck.wifiFirstSlideMs, floor.wifiFirstSlideMs), goal: '-', met: null },
    { measure: 'phone on venue Wi-Fi: bytes in 30 s, page and service worker', floor: kb(floor.wifiBytes), deck: kb(deck.wifiBytes), ratio: ratio(deck.wifiBytes, floor.wifiBytes), goal: `<= ${kb(FIRST_VISIT_BUDGET)}`, met: deck.wifiBytes <= FIRST_VISIT_BUDGET },
    { measure: 'PDF export per page', floor: s(floor.exportMsPerPage), deck: s(deck.exportMsPerPage), ratio: ratio(deck.exportMsPerPage, floor.exportMsPerPage), goal: '< 1 s per page', met: deck.exportMsPerPage < 1000 },
    // slidev export starts a dev server and a browser first: a fixed cost the floor's one page pays in full.
    // What each further slide costs is the difference over the difference in pages.
    { measure: 'PDF export per extra page (marginal)', floor: '-', deck: s(marginalExportMs(floor, deck)), ratio: '-', goal: '-', met: null },
    { measure: 'PDF size per page', floor: kb(floor.pdfBytesPerPage), deck: kb(deck.pdfBytesPerPage), ratio: ratio(deck.pdfBytesPerPage, floor.pdfBytesPerPage), goal: '-', met: null },
  ]
}

function markdown(rows: ReturnType<typeof table>): string {
  const lines = ['| measure | floor (bare Slidev) | this deck | ratio | goal | met |', '| --- | --- | --- | --- | --- | --- |']
  for (const r of rows)
    lines.push(`| ${r.measure} | ${r.floor} | ${r.deck} | ${r.ratio} | ${r.goal} | ${r.met === null ? '-' : r.met ? 'yes' : 'no'} |`)
  return lines.join('\n')
}

export const label = 'Benchmark'

export async function run(): Promise<void> {
  const { path: executablePath } = await resolveChromium()
  const scratch = mkdtempSync(join(tmpdir(), 'slidev-bench-'))
  const floorDeck = makeFloor()
  try {
    console.log(`Benchmark: ${RUNS} run(s) each, medians. Floor deck in ${floorDeck.dir}`)
    const floor = await measure(floorDeck, executablePath, scratch)
    const deck = await measure({ name: 'deck', dir: ROOT, entry: 'slides.md', worker: 'kit' }, executablePath, scratch)
    const rows = table(floor, deck)
    const md = markdown(rows)
    console.log(`\n${md}\n`)
    const presentDir = join(scratch, 'present')
    await buildPresent(presentDir)
    const phone = await phoneLatency(presentDir)
    console.log(`Phone to audience window over the whole talk: ${phone.steps} steps, median ${phone.medianMs} ms, p95 ${phone.p95Ms} ms, max ${phone.maxMs} ms\n`)
    const results = join(ROOT, 'bench/results')
    mkdirSync(results, { recursive: true })
    writeFileSync(join(results, 'latest.json'), `${JSON.stringify({
      date: new Date().toISOString(),
      runs: RUNS,
      machine: { node: process.version, cpus: cpus().length },
      floor,
      deck,
      table: rows,
      phone,
    }, null, 2)}\n`)
    console.log(`Written: bench/results/latest.json`)
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
    rmSync(floorDeck.dir, { recursive: true, force: true })
  }
}
