// @vitest-environment node
/**
 * Faults a new user meets, each in a throwaway copy of the project (test/unit/support/project-copy.ts):
 * bad data, no Chromium, a bad base path, a busy port. Each fails at once with one line saying what
 * is wrong, exits 1, and leaves what was built or exported before untouched.
 */
import type { ProjectCopy } from './support/project-copy'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyProject, lineOf } from './support/project-copy'

/** The speaker kit's one command entry, as the deck's npm scripts run it. */
const CLI = 'speaker/node/cli.ts'

let copy: ProjectCopy

/** What a user built and exported before the fault: it must survive it. */
function lastGoodOutput(): void {
  mkdirSync(copy.path('dist'), { recursive: true })
  mkdirSync(copy.path('exports'), { recursive: true })
  writeFileSync(copy.path('dist/index.html'), 'the last good build')
  writeFileSync(copy.path('exports/become-first-then-win.pdf'), 'the last good PDF')
}

function expectOutputUntouched(): void {
  expect(readFileSync(copy.path('dist/index.html'), 'utf8')).toBe('the last good build')
  expect(readFileSync(copy.path('exports/become-first-then-win.pdf'), 'utf8')).toBe('the last good PDF')
  expect(readdirSync(copy.root).filter(name => name.startsWith('.partial-')), 'no scratch folder left').toEqual([])
}

// Hang bounds only: on a loaded machine a copy, a build or a tsx start-up takes what it takes.
const HANG = 600_000

beforeAll(async () => {
  copy = await copyProject()
  lastGoodOutput()
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

it('a build with no Chromium fails before it empties dist/', async () => {
  const result = await copy.tsx(CLI, ['build'], { CHROMIUM_PATH: '/nonexistent/chromium' })
  expect(result.status).toBe(1)
  expect(lineOf(result.stderr, 'Build failed')).toBe('Build failed: CHROMIUM_PATH is set to "/nonexistent/chromium", but there is no file there.')
  expectOutputUntouched()
}, HANG)

describe('a bad base path is refused', () => {
  it.each([
    [{ DECK_BASE: '../x' }, 'Build failed: DECK_BASE "../x" has a "." or ".." segment; give a plain path such as /talks/my-talk/'],
    [{ DECK_BASE: '/a b/' }, 'Build failed: DECK_BASE "/a b/" has characters a URL must encode (" "); use letters, digits and - . _ ~'],
  ])('%o', async (env, message) => {
    const result = await copy.tsx(CLI, ['build'], env)
    expect(result.status).toBe(1)
    expect(lineOf(result.stderr, 'Build failed')).toBe(message)
    expectOutputUntouched()
  }, HANG)
})

describe('a busy port says which, and how to choose another', () => {
  it.each([
    ['preview', 'preview', 'Preview failed'],
    ['present, before it spends a minute building', 'present', 'Present failed'],
  ])('%s', async (_what, command, failed) => {
    const busy = createServer()
    await new Promise<void>(resolve => busy.listen(0, '127.0.0.1', resolve))
    const port = (busy.address() as { port: number }).port
    try {
      const result = await copy.tsx(CLI, [command], { PORT: String(port) })
      expect(result.status).toBe(1)
      expect(lineOf(result.stderr, failed)).toBe(`${failed}: port ${port} on 127.0.0.1 is already in use (another preview or present?): stop that one, or choose another port with PORT=${port + 1}`)
      expectOutputUntouched()
    }
    finally {
      busy.close()
    }
  }, HANG)
})
