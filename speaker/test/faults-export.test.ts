// @vitest-environment node
/**
 * Faults during an export, each in a throwaway copy of the example deck cut to three slides: a broken
 * slide fails the export, naming the slide, its line in slides.md and the first error; SIGINT and
 * SIGTERM leave no scratch folder, no browser and no browser profile behind. (A slide whose
 * `<script setup>` throws: second-deck.spec.ts.)
 */
import type { DeckCopy } from './deck-copy'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lineOf } from './command'
import { copyDeck } from './deck-copy'

let deck: DeckCopy
let headmatter: string

// Hang bounds only: a cold export on a loaded machine takes what it takes.
const HANG = 600_000

beforeAll(() => {
  deck = copyDeck()
  const slides = readFileSync(deck.path('slides.md'), 'utf8')
  headmatter = slides.slice(0, slides.indexOf('\n---\n', 4) + 5)
}, HANG)

afterAll(() => deck?.remove(), HANG)

/** The example's headmatter and three slides: `middle` is slide 2. */
function threeSlides(middle: string): void {
  deck.write('slides.md', `${headmatter}\n# One\n\n---\n\n${middle}\n\n---\n\n# Three\n`)
}

/** "slides.md:N", N the first line of slide 2 (the line after its separator), as the message gives it. */
function slide2(): string {
  return `slides.md:${readFileSync(deck.path('slides.md'), 'utf8').split('\n').indexOf('# Two')}`
}

describe('a broken slide fails the export, naming it', () => {
  it.each([
    ['it imports a missing file', '# Two\n\n<script setup>\nimport Gone from \'./components/Gone.vue\'\n</script>\n\n<Gone />', 'server error: Failed to resolve import "./components/Gone.vue" from "slides.md__slidev_2.md". Does the file exist?'],
    ['it uses an unknown component', '# Two\n\n<NoSuchThing />', 'console warning: [Vue warn]: Failed to resolve component: NoSuchThing'],
  ])('%s', async (_what, middle, first) => {
    threeSlides(middle)
    const result = await deck.speaker(['export'])
    expect(result.status).toBe(1)
    expect(lineOf(result.stderr, 'Export failed')).toBe(`Export failed: slides PDF: slide 2 (${slide2()}): ${first}`)
    expect(existsSync(deck.path('exports/small-batches.pdf'))).toBe(false)
  }, HANG)
})

describe('an interrupted export leaves nothing behind', () => {
  /** Processes still running from the copy (a browser has the copy's TMPDIR in its profile path). */
  const leftRunning = (): string[] => execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter(line => line.includes(deck.root))

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s', async (signal, code) => {
    threeSlides('# Two')
    // A scratch folder from an export that crashed: the next export removes it.
    mkdirSync(deck.path('exports/.partial-2147483647-pdf-crashed'), { recursive: true })
    const child = deck.start(['export'])
    const exited = new Promise<number | null>(resolve => child.on('exit', resolve))
    const partials = (): string[] => readdirSync(deck.path('exports')).filter(name => name.startsWith('.partial-'))
    // Mid-render: the PDF's scratch folder exists and the browser is up (on a busy machine one can come well before the other).
    const profiles = (): string[] => readdirSync(deck.tmp).filter(name => name.startsWith('playwright'))
    let ended = false
    void exited.then(() => ended = true)
    while (!partials().some(name => !name.includes('crashed')) || profiles().length === 0) {
      expect(ended, 'the export ended before it reached the render').toBe(false)
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    child.kill(signal)
    expect(await exited).toBe(code)
    expect(partials()).toEqual([])
    expect(profiles(), 'browser profiles').toEqual([])
    // The browser's processes may still be exiting when the export has: they must go (a bound for a hang, not a budget).
    await expect.poll(leftRunning, { timeout: 120_000 }).toEqual([])
  }, HANG)
})
