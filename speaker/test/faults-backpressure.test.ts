// @vitest-environment node
/**
 * Backpressure on the phone remote's server: a phone that never reads is dropped once its unsent data
 * passes the server's bound, a phone that reads keeps up, and the server's memory stays flat. The server
 * runs in a process of its own (fixtures/remote-process.ts), so the memory read is its own, with a small
 * bound and no rate limit, so a flood reaches the bound (with the limit, the flood never gets that far).
 * Loopback only, a fixed count of messages, bounded in time; it stops by itself.
 */
import type { ChildProcessByStdio } from 'node:child_process'
import type { Readable } from 'node:stream'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import WebSocket from 'ws'
import { REMOTE_PATH } from '../lib/remote'
import { COOKIE } from '../node/server/remote'

const SLIDES = 5
const BOUND = 16 * 1024
const SILENT = 4
/** Deck states sent: ~115 bytes each to every phone, well past what loopback's socket buffers hold for a phone that does not read. */
const FLOOD = 250_000
/** ~12 KB of states: under the bound. */
const BATCH = 100

const folder = mkdtempSync(join(tmpdir(), 'deck-backpressure-'))
let server: ChildProcessByStdio<null, Readable, null>
let door: { port: number, laptop: string, phone: string }

beforeAll(async () => {
  writeFileSync(join(folder, 'index.html'), '<html><head></head><body>the deck</body></html>')
  const options = { dir: folder, slides: SLIDES, sendBound: BOUND, rates: { deck: 1e9, phone: 1e9 } }
  // A small young generation, so the garbage of parsing the flood does not read as growth.
  server = spawn(process.execPath, ['--max-semi-space-size=1', '--import', 'tsx', join(import.meta.dirname, 'fixtures/remote-process.ts'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] })
  door = await new Promise((resolve, reject) => {
    let out = ''
    server.stdout.on('data', (chunk) => {
      out += String(chunk)
      if (out.includes('\n'))
        resolve(JSON.parse(out))
    })
    server.once('exit', code => reject(new Error(`the remote server exited (${code}) before it listened`)))
  })
}, 120_000)

afterAll(async () => {
  if (server?.exitCode === null) {
    const exited = once(server, 'exit')
    server.kill('SIGTERM')
    await exited
  }
  rmSync(folder, { recursive: true, force: true })
})

/** The server's resident memory in MB, as the kernel counts it. */
const serverMemory = (): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024

async function open(role: 'deck' | 'phone'): Promise<WebSocket> {
  const origin = `http://127.0.0.1:${door.port}`
  const cookie = role === 'deck' ? `${COOKIE}=${door.laptop}` : `${COOKIE}_phone=${door.phone}`
  const ws = new WebSocket(`ws://127.0.0.1:${door.port}${REMOTE_PATH}?role=${role}`, { headers: { origin, cookie } })
  await once(ws, 'open')
  return ws
}

const state = (i: number): string => JSON.stringify({ page: 1 + (i % SLIDES), clicks: 0, timer: { status: 'running', startedAt: 1000 + i, pausedAt: 0 }, black: false })

it('drops a phone that never reads once its unsent data passes the bound, keeps the one that reads, and its memory stays flat', { timeout: 300_000 }, async () => {
  const deck = await open('deck')
  const reader = await open('phone')
  // The phone that reads: the last state it heard, and a wait for one.
  let heard = -1
  let waiting: { at: number, done: () => void, fail: (error: Error) => void } | undefined
  reader.on('message', (data) => {
    heard = JSON.parse(String(data)).timer.startedAt
    if (waiting && heard >= waiting.at) {
      waiting.done()
      waiting = undefined
    }
  })
  reader.once('close', () => waiting?.fail(new Error(`the phone that reads was dropped, at state ${heard}`)))
  const hear = (at: number): Promise<void> => heard >= at ? Promise.resolve() : new Promise((done, fail) => waiting = { at, done, fail })
  const silent = await Promise.all(Array.from({ length: SILENT }, () => open('phone')))
  const dropped = silent.map(ws => once(ws, 'close'))
  for (const ws of silent)
    ws.pause()

  const before = serverMemory()
  let peak = before
  for (let i = 0; i < FLOOD; i += BATCH) {
    for (let j = i; j < i + BATCH; j++)
      deck.send(state(j))
    // Paced by the phone that reads (a batch is under the bound), so it is never the slow one, however busy
    // this machine; the silent ones fall behind by the whole flood.
    await hear(1000 + i + BATCH - 1)
    peak = Math.max(peak, serverMemory())
  }
  // Unbounded (sendBound: Infinity), the server grew by ~280 MB here; dropped at the bound, ~25 MB (its own garbage).
  expect(peak - before, `MB the server grew while ${SILENT} phones did not read`).toBeLessThan(80)

  // Once they read again, what the kernel held reaches them, and then the close: they were dropped.
  for (const ws of silent)
    ws.resume()
  for (const [code] of await Promise.all(dropped))
    expect(code, 'closed by the server without a close frame (terminated)').toBe(1006)
  expect(reader.readyState).toBe(WebSocket.OPEN)
  const page = await fetch(`http://127.0.0.1:${door.port}/1`, { headers: { cookie: `${COOKIE}=${door.laptop}` } })
  expect(page.status).toBe(200)
  reader.close()
  deck.close()
})
