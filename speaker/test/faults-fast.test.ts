// @vitest-environment node
/**
 * Faults a new user meets, each in a throwaway copy of the example deck (deck-copy.ts): no Chromium, a bad
 * base path, a busy port. Each fails at once with one line saying what is wrong, exits 1, and leaves what
 * was built or exported before untouched.
 */
import type { DeckCopy } from './deck-copy'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lineOf } from './command'
import { copyDeck, lastGoodOutput } from './deck-copy'

let copy: DeckCopy

let expectOutputUntouched: () => void

// Hang bounds only: on a loaded machine a copy or a tsx start-up takes what it takes.
const HANG = 600_000

beforeAll(() => {
  copy = copyDeck()
  expectOutputUntouched = lastGoodOutput(copy, 'small-batches.pdf')
}, HANG)

afterAll(() => copy?.remove(), HANG)

it('a build with no Chromium fails before it empties dist/', async () => {
  const result = await copy.speaker(['build'], { CHROMIUM_PATH: '/nonexistent/chromium' })
  expect(result.status).toBe(1)
  expect(lineOf(result.stderr, 'Build failed')).toBe('Build failed: CHROMIUM_PATH is set to "/nonexistent/chromium", but there is no file there.')
  expectOutputUntouched()
}, HANG)

describe('a bad base path is refused', () => {
  it.each([
    [{ DECK_BASE: '../x' }, 'Build failed: DECK_BASE "../x" has a "." or ".." segment; give a plain path such as /talks/my-talk/'],
    [{ DECK_BASE: '/a b/' }, 'Build failed: DECK_BASE "/a b/" has characters a URL must encode (" "); use letters, digits and - . _ ~'],
  ])('%o', async (env, message) => {
    const result = await copy.speaker(['build'], env)
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
      const result = await copy.speaker([command], { PORT: String(port) })
      expect(result.status).toBe(1)
      expect(lineOf(result.stderr, failed)).toBe(`${failed}: port ${port} on 127.0.0.1 is already in use (another preview or present?): stop that one, or choose another port with PORT=${port + 1}`)
      expectOutputUntouched()
    }
    finally {
      busy.close()
    }
  }, HANG)
})
