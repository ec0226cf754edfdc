// @vitest-environment node
/**
 * What a venue's Wi-Fi can send, sent to every server of the kit (the phone remote, `present` and
 * `preview`, the dev server's save endpoint): after each input the server still serves the deck.
 * A phone that never reads: faults-backpressure.test.ts. Loopback only, a fixed number of inputs, each
 * bounded in time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RemoteServer } from '../node/server/remote'
import type { ServedDeck } from '../node/server/static'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { PING, PONG, REMOTE_PATH } from '../lib/remote'
import { listen, SECURITY_HEADERS } from '../node/server/guard'
import { SaveLimit } from '../node/server/rehearsals'
import { COOKIE, serveRemote } from '../node/server/remote'
import { serveDeck } from '../node/server/static'
import { rehearsals as rehearsalPlugin } from '../vite/rehearsals'

const SLIDES = 5
const folder = mkdtempSync(join(tmpdir(), 'deck-faults-'))
const build = join(folder, 'build')
const saved = join(folder, 'rehearsals')
const RUN = readFileSync(join(import.meta.dirname, 'fixtures/rehearsals', readdirSync(join(import.meta.dirname, 'fixtures/rehearsals'))[0]!), 'utf8')

let remote: RemoteServer
let deck: ServedDeck
let dev: { port: number, close: () => void }

beforeAll(async () => {
  mkdirSync(join(build, 'assets'), { recursive: true })
  writeFileSync(join(build, 'index.html'), '<html><head></head><body>the deck</body></html>')
  writeFileSync(join(build, 'assets/app.js'), 'x'.repeat(100))
  writeFileSync(join(build, 'assets/gone.js'), 'y'.repeat(100_000))
  remote = await serveRemote({ dir: build, slides: SLIDES, host: '127.0.0.1', rehearsals: saved, saves: new SaveLimit(5, 60_000, 8) })
  deck = await serveDeck(build, '/', 0)
  // The dev server's save endpoint, as Vite mounts it.
  let middleware: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) | undefined
  ;(rehearsalPlugin(saved, new SaveLimit(5, 60_000, 8)).configureServer as (server: unknown) => void)({ middlewares: { use: (_: string, fn: typeof middleware) => middleware = fn } })
  const server = createServer((req, res) => middleware!(req, res, () => res.writeHead(404).end()))
  dev = { port: await listen(server, 0, '127.0.0.1'), close: () => server.close() }
})

afterAll(async () => {
  await remote?.close()
  await deck?.close()
  dev?.close()
  rmSync(folder, { recursive: true, force: true })
})

const portOf = (url: string): number => Number(new URL(url).port)
const laptopCookie = (): string => `${COOKIE}=${remote.laptopToken}`

/** Sends `text` as it is on a fresh connection; resolves with the status of the answer, 0 if the server hung up without one. */
function raw(port: number, text: string | Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    const done = (): void => {
      socket.destroy()
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0))
    }
    socket.setTimeout(5000, done)
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1')
      if (/^HTTP\/1\.1 \d{3}/.test(answer))
        done()
    })
    socket.on('error', done)
    socket.on('close', done)
    socket.write(text)
  })
}

/** Whether each server still serves the deck to a client that may have it. */
async function allServe(): Promise<void> {
  const page = await fetch(remote.local('/1').replace(/\?.*/, ''), { headers: { cookie: laptopCookie() } })
  expect(page.status, 'the remote serves the deck').toBe(200)
  expect(await page.text()).toContain('the deck')
  const served = await fetch(`${deck.url}1`)
  expect(served.status, 'present/preview serves the deck').toBe(200)
  expect(await served.text()).toContain('the deck')
  expect(await raw(dev.port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 'the dev server answers').toBe(404)
}

it('sends the same security headers from every server', async () => {
  for (const response of [
    await fetch(remote.local('/1').replace(/\?.*/, ''), { headers: { cookie: laptopCookie() } }),
    await fetch(remote.local('/assets/app.js').replace(/\?.*/, ''), { headers: { cookie: laptopCookie() } }),
    await fetch(`${deck.url}1`),
    await fetch(`${deck.url}assets/app.js`),
  ]) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers.get(name), `${response.url}: ${name}`).toBe(value)
  }
})

describe('a request line that is no path is a 400 on every server, the server goes on', () => {
  const lines = ['*:99999', '*%zz', '*[x]', 'http://[x', '/%zz', '/ok']
  const upgrade = 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n'
  it.each(lines)('gET %s, plain and as an upgrade', async (target) => {
    for (const [name, port, headers] of [['remote', portOf(remote.phone), `Cookie: ${laptopCookie()}\r\n`], ['present', portOf(deck.url), ''], ['dev', dev.port, '']] as const) {
      const plain = await raw(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`)
      expect(plain, `${name}: GET ${target}`).toBeGreaterThan(0)
      await raw(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}${upgrade}\r\n`)
    }
    await allServe()
  })
})

it('answers a Range it cannot serve with 416, and a file gone since start-up ends that answer only', async () => {
  const range = (url: string, value: string, cookie = ''): Promise<number> =>
    fetch(url, { headers: { range: value, cookie } }).then(r => r.status)
  for (const value of ['bytes=10-5', 'bytes=-5', 'bytes=0-1,4-5', 'bytes=x'])
    expect(await range(`${deck.url}assets/app.js`, value), `present ${value}`).toBe(416)
  expect(await range(remote.local('/assets/app.js').replace(/\?.*/, ''), 'bytes=10-5', laptopCookie())).toBe(416)
  expect(await range(`${deck.url}assets/app.js`, 'bytes=10-20')).toBe(206)
  rmSync(join(build, 'assets/gone.js'))
  // The remote listed the file at start-up: its answer is cut off; present looks again: a 404.
  await fetch(remote.local('/assets/gone.js').replace(/\?.*/, ''), { headers: { cookie: laptopCookie() } }).then(r => r.text()).catch(() => undefined)
  expect((await fetch(`${deck.url}assets/gone.js`)).status).toBe(404)
  await allServe()
})

/** A WebSocket handshake on a raw socket, with the laptop's cookie: the socket once the server said 101. */
function rawChannel(role = 'deck'): Promise<ReturnType<typeof connect>> {
  const port = portOf(remote.phone)
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write([
      `GET ${REMOTE_PATH}?role=${role} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      `Origin: http://127.0.0.1:${port}`,
      `Cookie: ${laptopCookie()}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      '',
      '',
    ].join('\r\n')))
    socket.once('data', chunk => chunk.toString().startsWith('HTTP/1.1 101') ? resolve(socket) : reject(new Error(chunk.toString())))
    socket.on('error', reject)
  })
}

/** A frame as a client sends it, masked with a zero key unless `masked` is false. */
function frame(first: number, payload: Buffer, { masked = true, length = payload.length } = {}): Buffer {
  const head = length < 126
    ? Buffer.from([first, (masked ? 0x80 : 0) | length])
    : length < 65536
      ? Buffer.from([first, (masked ? 0x80 : 0) | 126, length >> 8, length & 255])
      : Buffer.concat([Buffer.from([first, (masked ? 0x80 : 0) | 127]), (() => {
          const b = Buffer.alloc(8)
          b.writeBigUInt64BE(BigInt(length))
          return b
        })()])
  return Buffer.concat([head, masked ? Buffer.alloc(4) : Buffer.alloc(0), payload])
}

/** The close code the server answers a frame with (0 if it only hung up). */
async function closeCodeFor(bytes: Buffer): Promise<number> {
  const socket = await rawChannel()
  return new Promise((resolve) => {
    let got = Buffer.alloc(0)
    const done = (): void => {
      socket.destroy()
      const at = got.indexOf(0x88)
      resolve(at >= 0 && got.length >= at + 4 ? got.readUInt16BE(at + 2) : 0)
    }
    socket.setTimeout(5000, done)
    socket.on('data', (chunk) => {
      got = Buffer.concat([got, chunk])
      if (got.includes(0x88) && got.length >= got.indexOf(0x88) + 4)
        done()
    })
    socket.on('close', done)
    socket.on('error', done)
    socket.write(bytes)
  })
}

describe('a bad frame closes that socket with its code, and the server goes on', () => {
  const text = Buffer.from('{"page":1}')
  const closing = (code: number): Buffer => {
    const b = Buffer.alloc(2)
    b.writeUInt16BE(code)
    return b
  }
  it.each([
    ['a message over 4 KB', frame(0x81, Buffer.alloc(5000, 0x61)), 1009],
    ['a 10 MB message (its header)', frame(0x81, Buffer.alloc(16), { length: 10 * 1024 * 1024 }), 1009],
    ['an unmasked frame', frame(0x81, text, { masked: false }), 1002],
    ['a bad opcode', frame(0x83, text), 1002],
    ['invalid UTF-8', frame(0x81, Buffer.from([0xFF, 0xFE, 0xFD])), 1007],
    ['a bad close code', frame(0x88, closing(999)), 1002],
    ['the RSV1 bit', frame(0xC1, text), 1002],
  ])('%s', async (_what, bytes, code) => {
    expect(await closeCodeFor(bytes)).toBe(code)
    await allServe()
  })
})

/** A WebSocket of the `ws` library on the sync channel with `cookie`, open; its messages collected. */
async function client(role: 'deck' | 'phone', cookie = laptopCookie()): Promise<{ ws: WebSocket, got: string[] }> {
  const { origin } = new URL(remote.phone)
  const ws = new WebSocket(`${origin.replace('http', 'ws')}${REMOTE_PATH}?role=${role}`, { headers: { origin, cookie } })
  const got: string[] = []
  ws.on('message', data => got.push(String(data)))
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('unexpected-response', (_, res) => reject(new Error(`${res.statusCode}`)))
  })
  return { ws, got }
}

/** Pings until the server answers (a ping counts against the send rate like any message). */
async function answered({ ws, got }: { ws: WebSocket, got: string[] }): Promise<void> {
  const seen = got.length
  while (!got.slice(seen).includes(PONG)) {
    ws.send(PING)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

/** Waits for `what`: the bound is for a hang, not a budget. */
async function until(what: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!what()) {
    if (Date.now() > end)
      throw new Error('timed out')
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

describe('only the laptop is the deck', () => {
  const state = (page: number, startedAt = 1000): string => JSON.stringify({ page, clicks: 0, timer: { status: 'running', startedAt, pausedAt: 0 }, black: false })

  it('refuses the deck\'s role to the phone\'s token, and drops a state off the deck or off the clock', async () => {
    await expect(client('deck', `${COOKIE}_phone=${remote.token}`)).rejects.toThrow('403')
    const phone = await client('phone', `${COOKIE}_phone=${remote.token}`)
    const other = await client('phone', `${COOKIE}_phone=${remote.token}`)
    const laptop = await client('deck')
    phone.ws.send(state(3)) // a phone claiming where the deck is
    for (const spoof of [state(99_999), state(2, 1.67e303), state(0), state(Number.NaN), '{"page":2,"clicks":1e400}'])
      laptop.ws.send(spoof)
    laptop.ws.send(state(4))
    await until(() => other.got.length > 0)
    expect(other.got.map(text => JSON.parse(text).page)).toEqual([4])
    for (const c of [phone, other, laptop])
      c.ws.close()
    await allServe()
  })

  it('bounds a flood of steps to a thumb\'s pace', async () => {
    const laptop = await client('deck')
    const phone = await client('phone', `${COOKIE}_phone=${remote.token}`)
    const step = JSON.stringify({ step: 'next', from: { page: 2, clicks: 0 } })
    const started = Date.now()
    for (let i = 0; i < 10_000; i++)
      phone.ws.send(step)
    for (const bad of ['{"step":"next","from":{"page":9,"clicks":0}}', '{"step":"next","from":{"page":2,"clicks":100}}'])
      phone.ws.send(bad)
    // The server has taken the whole flood once it answers the phone's ping, and every step it passed on has
    // reached the deck once it answers the deck's (in order on each socket): no sleep, however busy the machine.
    await answered(phone)
    await answered(laptop)
    const windows = Math.floor((Date.now() - started) / 1000) + 1
    const steps = laptop.got.filter(text => text !== PONG)
    expect(steps.length, 'steps that reached the deck').toBeGreaterThan(0)
    expect(steps.length, `steps that reached the deck over ${windows} s`).toBeLessThanOrEqual(20 * windows)
    phone.ws.close()
    laptop.ws.close()
    await allServe()
  })
})

describe('rehearsal saves have limits, on the remote and the dev server', () => {
  const targets = () => [
    ['remote', portOf(remote.phone), `Cookie: ${laptopCookie()}\r\nOrigin: http://127.0.0.1:${portOf(remote.phone)}\r\n`],
    ['dev', dev.port, `Origin: http://127.0.0.1:${dev.port}\r\n`],
  ] as const
  const post = (port: number, headers: string, body: string, path = '/__rehearsals'): Promise<number> =>
    raw(port, `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)

  it('refuses an oversized body with 413, whether it says its size or not', async () => {
    for (const [name, port, headers] of targets()) {
      expect(await raw(port, `POST /__rehearsals HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{`), `${name}: 50 MB announced`).toBe(413)
      const chunked = await new Promise<number>((resolve) => {
        const socket = connect(port, '127.0.0.1')
        socket.on('data', chunk => resolve(Number(chunk.toString().slice(9, 12))))
        socket.on('error', () => resolve(0))
        socket.write(`POST /__rehearsals HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`)
        const chunk = Buffer.alloc(64 * 1024, 0x20)
        for (let i = 0; i < 16; i++)
          socket.write(Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]))
        setTimeout(() => socket.destroy(), 5000)
      })
      expect(chunked, `${name}: 1 MB streamed`).toBe(413)
    }
    await allServe()
  })

  it('never overwrites a run, writes nothing outside its folder, and caps a flood', async () => {
    for (const [name, port, headers] of targets()) {
      expect(await post(port, headers, RUN.replace(/"startedAt": "[^"]+"/, '"startedAt": "1"')), `${name}: a start that is no time`).toBe(400)
      expect(await post(port, headers, RUN.replace(/"startedAt": "[^"]+"/, '"startedAt": "../../x"')), `${name}: a start that is a path`).toBe(400)
      const answers = []
      for (let i = 0; i < 7; i++)
        answers.push(await post(port, headers, RUN))
      // The remote saves five (five a minute), the dev server three more (eight files at most).
      expect(answers, name).toEqual(name === 'remote' ? [201, 201, 201, 201, 201, 429, 429] : [201, 201, 201, 507, 507, 507, 507])
    }
    const files = readdirSync(saved)
    expect(files, 'eight runs with one start time, eight files, all in rehearsals/').toHaveLength(8)
    expect(new Set(files).size).toBe(8)
    expect(readdirSync(folder).sort()).toEqual(['build', 'rehearsals'])
    await allServe()
  })
})
