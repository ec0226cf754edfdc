// @vitest-environment node
/**
 * Faults during an export, each in a throwaway copy of the project with a three-slide deck: a broken
 * slide fails the export, naming the slide, its source file and the first error; SIGINT
 * and SIGTERM leave no scratch folder, no browser and no browser profile behind.
 */
import type { ProjectCopy } from './support/project-copy'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyProject, lineOf, smallDeck } from './support/project-copy'

let copy: ProjectCopy

// Hang bounds only: a cold export on a loaded machine takes what it takes.
const HANG = 600_000

beforeAll(async () => {
  copy = await copyProject()
  copy.write('components/Boom.vue', '<script setup lang="ts">\nthrow new Error(\'Boom exploded\')\n</script>\n\n<template>\n  <p>boom</p>\n</template>\n')
}, HANG)

afterAll(() => copy?.remove(), HANG)

/** "slides.md:N", N the first line of slide 2 (the line after its separator), as the message gives it. */
function slide2(): string {
  return `slides.md:${readFileSync(copy.path('slides.md'), 'utf8').split('\n').indexOf('# Two')}`
}

describe('a broken slide fails the export, naming it', () => {
  it.each([
    ['its <script setup> throws', '# Two\n\n<Boom />', 'page error: Boom exploded'],
    ['it imports a missing file', '# Two\n\n<script setup>\nimport Gone from \'./components/Gone.vue\'\n</script>\n\n<Gone />', 'server error: Failed to resolve import "./components/Gone.vue" from "slides.md__slidev_2.md". Does the file exist?'],
    ['it uses an unknown component', '# Two\n\n<NoSuchThing />', 'console warning: [Vue warn]: Failed to resolve component: NoSuchThing'],
  ])('%s', async (_what, middle, first) => {
    smallDeck(copy, middle)
    const result = await copy.tsx('speaker/node/cli.ts', ['export'])
    expect(result.status).toBe(1)
    expect(lineOf(result.stderr, 'Export failed')).toBe(`Export failed: slides PDF: slide 2 (${slide2()}): ${first}`)
    expect(existsSync(copy.path('exports/become-first-then-win.pdf'))).toBe(false)
  }, HANG)
})

describe('an interrupted export leaves nothing behind', () => {
  /** Processes still running from the copy (a browser has the copy's TMPDIR in its profile path). */
  const leftRunning = (): string[] => execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter(line => line.includes(copy.root))

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s', async (signal, code) => {
    smallDeck(copy, '# Two')
    // A scratch folder from an export that crashed: the next export removes it.
    mkdirSync(copy.path('exports/.partial-2147483647-pdf-crashed'), { recursive: true })
    const child = copy.start('speaker/node/cli.ts', ['export'])
    const exited = new Promise<number | null>(resolve => child.on('exit', resolve))
    const partials = (): string[] => readdirSync(copy.path('exports')).filter(name => name.startsWith('.partial-'))
    // Mid-render: the PDF's scratch folder exists and the browser is up (on a busy machine one can come well before the other).
    const profiles = (): string[] => readdirSync(copy.tmp).filter(name => name.startsWith('playwright'))
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
