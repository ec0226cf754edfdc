/**
 * `speaker bench`: this deck against the floor, a bare one-slide Slidev deck built in a temporary folder
 * with this project's node_modules. Each is measured BENCH_RUNS times (default 3), medians compared:
 * `slidev build` time; first load from loopback (bytes until slide 1 shows and the network is idle, and
 * time to slide 1); `slidev export` time and PDF bytes per page. Prints a table with ratios and goals
 * (not a test: no pass/fail) and writes bench/results/latest.json. Then the phone remote: the whole talk
 * stepped from a phone-sized page, tap to audience window (median, p95, max; bench/phone.ts).
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { slideSelector } from '../../lib/slidev-dom'
import { phoneLatency } from '../bench/phone'
import { ROOT } from '../deck/project'
import { pageCount } from '../pdf/assemble'
import { launchChromium, resolveChromium } from '../pdf/chromium'
import { serveDeck } from '../server/static'
import { buildPresent } from '../site/slidev-build'

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))
const SLIDEV = join(ROOT, 'node_modules/.bin/slidev')

interface Deck {
  name: 'floor' | 'deck'
  dir: string
  entry: string
}

interface Measures {
  buildMs: number
  firstLoadBytes: number
  firstSlideMs: number
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

/** The floor: Slidev's default theme, one slide, fonts kept local so nothing leaves the machine. */
function makeFloor(): Deck {
  const dir = mkdtempSync(join(tmpdir(), 'slidev-floor-'))
  writeFileSync(join(dir, 'slides.md'), '---\ntheme: default\ntitle: Floor\nfonts:\n  provider: none\n---\n\n# Hello\n\nOne bare slide.\n')
  writeFileSync(join(dir, 'package.json'), '{ "name": "slidev-floor", "private": true, "type": "module" }\n')
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { name: 'floor', dir, entry: 'slides.md' }
}

async function firstLoad(dist: string): Promise<{ bytes: number, ms: number }> {
  const deck = await serveDeck(dist)
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    // Nothing but loopback: a bare deck must not be charged for a font CDN it cannot reach here.
    await context.route(url => !url.href.startsWith(deck.url), route => route.abort())
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    let bytes = 0
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength
    })
    await page.goto(`${deck.url}1`, { waitUntil: 'commit' })
    const shown = await page.waitForFunction((selector) => {
      const slide = document.querySelector(selector)
      return slide && slide.getBoundingClientRect().width > 0 && (slide.textContent ?? '').trim() ? performance.now() : 0
    }, slideSelector(1), { polling: 'raf', timeout: 60_000 })
    const ms = Number(await shown.jsonValue())
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await context.close()
    return { bytes, ms }
  }
  finally {
    await browser.close()
    await deck.close()
  }
}

async function measure(deck: Deck, executablePath: string, scratch: string): Promise<Measures & { runs: Record<string, number[]> }> {
  const runs = { buildMs: [] as number[], firstLoadBytes: [] as number[], firstSlideMs: [] as number[], exportMsPerPage: [] as number[], pdfBytesPerPage: [] as number[] }
  const out = join(scratch, `${deck.name}-dist`)
  let pages = 0
  for (let i = 0; i < RUNS; i++) {
    rmSync(out, { recursive: true, force: true })
    runs.buildMs.push(await timed(SLIDEV, ['build', deck.entry, '--out', out, '--base', '/'], deck.dir))
    console.log(`  ${deck.name}: build ${i + 1}/${RUNS} ${(runs.buildMs.at(-1)! / 1000).toFixed(1)} s`)
  }
  for (let i = 0; i < RUNS; i++) {
    const load = await firstLoad(out)
    runs.firstLoadBytes.push(load.bytes)
    runs.firstSlideMs.push(load.ms)
  }
  console.log(`  ${deck.name}: first load ${Math.round(median(runs.firstLoadBytes) / 1024)} KB, slide 1 at ${Math.round(median(runs.firstSlideMs))} ms`)
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

function table(floor: Measures, deck: Measures): { measure: string, floor: string, deck: string, ratio: string, goal: string, met: boolean | null }[] {
  const kb = (b: number): string => `${Math.round(b / 1024)} KB`
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`
  return [
    { measure: 'slidev build', floor: s(floor.buildMs), deck: s(deck.buildMs), ratio: ratio(deck.buildMs, floor.buildMs), goal: '< 2x floor', met: deck.buildMs < 2 * floor.buildMs },
    { measure: 'first load (bytes until slide 1 idle)', floor: kb(floor.firstLoadBytes), deck: kb(deck.firstLoadBytes), ratio: ratio(deck.firstLoadBytes, floor.firstLoadBytes), goal: '< floor + 500 KB', met: deck.firstLoadBytes < floor.firstLoadBytes + 500 * 1024 },
    { measure: 'time to first slide', floor: `${Math.round(floor.firstSlideMs)} ms`, deck: `${Math.round(deck.firstSlideMs)} ms`, ratio: ratio(deck.firstSlideMs, floor.firstSlideMs), goal: '< 1.3x floor', met: deck.firstSlideMs < 1.3 * floor.firstSlideMs },
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
    const deck = await measure({ name: 'deck', dir: ROOT, entry: 'slides.md' }, executablePath, scratch)
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
