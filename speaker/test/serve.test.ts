// @vitest-environment node
/**
 * The preview/present server reads the folder as it is at each request: a file removed or replaced
 * under it (as a rebuild swaps dist-present/ in) is a 404 or served fresh, and the server stays up.
 * It compresses as a host does, and tells whoever asks what each response cost on the wire.
 */
import type { IncomingMessage } from 'node:http'
import type { Sent, ServedDeck } from '../node/server/static'
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { get as httpGet } from 'node:http'
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

/** Node's own client: fetch() would ask for, and undo, the compression itself. */
function request(url: URL, headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => httpGet(url, { headers }, (response) => {
    response.resume()
    response.on('end', () => resolve(response))
  }).on('error', reject))
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

it('compresses as the browser asks, lets a hosted deck be kept, counts each response as sent, and keeps the guard\'s headers', async () => {
  const sent: Sent[] = []
  const own = await serveDeck(join(dir, 'dist'), '/talk/', 0, '127.0.0.1', { hosted: true, onSent: response => sent.push(response) })
  try {
    const script = 'export const answer = 42\n'.repeat(2000)
    writeFileSync(join(dir, 'dist/assets/big.js'), script)
    for (const [encoding, expected] of [['br', 'br'], ['gzip', 'gzip'], ['identity', undefined]] as const) {
      const response = await request(new URL('assets/big.js', own.url), { 'accept-encoding': encoding })
      expect(response.headers['content-encoding'], encoding).toBe(expected)
      expect(response.headers['cache-control'], 'kept and revalidated, as a host lets it').toBe('no-cache')
      expect(response.headers.etag).toBeTruthy()
      expect(response.headers['content-security-policy']).toContain('default-src \'self\'')
      expect(response.headers['x-content-type-options']).toBe('nosniff')
    }
    expect((await fetch(new URL('assets/app-3.js', deck.url))).headers.get('cache-control'), 'any other build is never kept').toBe('no-store')
    expect(sent.map(response => response.path)).toEqual(['/talk/assets/big.js', '/talk/assets/big.js', '/talk/assets/big.js'])
    expect(sent[0]!.bytes, 'brotli on the wire').toBeLessThan(script.length / 10)
    expect(sent[2]!.bytes, 'uncompressed on the wire').toBeGreaterThan(script.length)
  }
  finally {
    await own.close()
  }
})

it('says which port is busy and how to choose another', async () => {
  const port = Number(new URL(deck.url).port)
  await expect(serveDeck(join(dir, 'dist'), '/', port)).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use (another preview or present?): stop that one, or choose another port with PORT=${port + 1}`)
})
