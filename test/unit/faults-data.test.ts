// @vitest-environment node
/**
 * Bad data stops every command that builds, in a throwaway copy of the project (support/project-copy.ts):
 * the talk's own check (data/vite-check.ts), run by the speaker kit before anything is written, fails at
 * once with one line naming the file, entry and field, exits 1, and leaves what was built or exported
 * before untouched. (The kit's own refusals, on its example deck: speaker/test/faults-fast.test.ts.)
 */
import type { ProjectCopy } from './support/project-copy'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lineOf } from '../../speaker/test/command'
import { lastGoodOutput } from '../../speaker/test/deck-copy'
import { copyProject } from './support/project-copy'

/** The speaker kit's one command entry, as the deck's npm scripts run it. */
const CLI = 'speaker/node/cli.ts'

let copy: ProjectCopy

let expectOutputUntouched: () => void

// Hang bounds only: on a loaded machine a copy or a tsx start-up takes what it takes.
const HANG = 600_000

beforeAll(async () => {
  copy = await copyProject()
  expectOutputUntouched = lastGoodOutput(copy, 'become-first-then-win.pdf')
}, HANG)

afterAll(() => copy?.remove(), HANG)

describe('bad data stops every build before anything is written', () => {
  it.each([
    ['build', [CLI, 'build'], 'Build failed'],
    ['export', [CLI, 'export'], 'Export failed'],
    ['present', [CLI, 'present'], 'Present failed'],
  ])('%s', async (_what, [script, ...args], failed) => {
    const races = readFileSync(copy.path('data/races.ts'), 'utf8')
    copy.write('data/races.ts', races.replace('time: \'14:30:04\'', 'time: \'14:3:04\''))
    try {
      const result = await copy.tsx(script!, args)
      expect(result.status).toBe(1)
      // What the user sees:
      expect(lineOf(result.stderr, failed)).toBe(`${failed}: data/races.ts: race "wser-2018": time "14:3:04" is not H:MM:SS (or ~H:MM)`)
      expectOutputUntouched()
    }
    finally {
      copy.write('data/races.ts', races)
    }
  }, HANG)
})
