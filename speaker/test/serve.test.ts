// @vitest-environment node
/**
 * The preview/present server reads the folder as it is at each request: a file removed or replaced
 * under it (as a rebuild swaps dist-present/ in) is a 404 or served fresh, and the server stays up.
 */
import type { ServedDeck } from '../node/server/static'
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { serveDeck } from '../node/server/static'

let dir: string
let deck: ServedDeck

async function get(path: string): Promise<[number, string]> {
  const response = await fetch(new URL(path, deck.url))
  return [response.status, await response.text()]
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deck-serve-'))
  mkdirSync(join(dir, 'dist/assets'), { recursive: true })
  writeFileSync(join(dir, 'dist/index.html'), 'deck v1')
  writeFileSync(join(dir, 'dist/assets/app-1.js'), 'app v1')
  deck = await serveDeck(join(dir, 'dist'), '/talk/')
})

afterAll(async () => {
  await deck?.close()
  rmSync(dir, { recursive: true, force: true })
})

it('gives a 404 for a file removed since start-up, and keeps serving', async () => {
  expect(await get('assets/app-1.js')).toEqual([200, 'app v1'])
  rmSync(join(dir, 'dist/assets/app-1.js'))
  expect((await get('assets/app-1.js'))[0]).toBe(404)
  expect(await get('3')).toEqual([200, 'deck v1']) // deep links still fall back to the deck
})

it('serves a replaced file, and a whole rebuild swapped in, fresh', async () => {
  writeFileSync(join(dir, 'dist/index.html'), 'deck v2, a longer file than before')
  expect(await get('')).toEqual([200, 'deck v2, a longer file than before'])
  mkdirSync(join(dir, 'next/assets'), { recursive: true })
  writeFileSync(join(dir, 'next/index.html'), 'deck v3')
  writeFileSync(join(dir, 'next/assets/app-3.js'), 'app v3')
  renameSync(join(dir, 'dist'), join(dir, 'old'))
  renameSync(join(dir, 'next'), join(dir, 'dist'))
  rmSync(join(dir, 'old'), { recursive: true })
  expect(await get('assets/app-3.js')).toEqual([200, 'app v3'])
  expect(await get('1')).toEqual([200, 'deck v3'])
})

it('says which port is busy and how to choose another', async () => {
  const port = Number(new URL(deck.url).port)
  await expect(serveDeck(join(dir, 'dist'), '/', port)).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use (another preview or present?): stop that one, or choose another port with PORT=${port + 1}`)
})
