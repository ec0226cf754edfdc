/**
 * The server behind `npm run present -- --remote`: the venue build for the phone and the laptop, and a
 * WebSocket that keeps the phone and the deck in step. Without this start's token it answers nothing
 * (401, 403 when wrong, 429 to an address that guessed too often): not the page, the scripts (which
 * carry the notes), the QR image nor the sync channel. The token arrives once in the URL and is traded
 * for an HttpOnly, same-site cookie, so the address bar and the history keep no copy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import type { DeckState, Role } from '../../lib/remote'
import { Buffer } from 'node:buffer'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, STATUS_CODES } from 'node:http'
import { networkInterfaces } from 'node:os'
import { extname, join } from 'node:path'
import sirv from 'sirv'
import { WebSocketServer } from 'ws'
import { qrDrawing } from '../../lib/qr'
import { REHEARSALS_PATH } from '../../lib/rehearsal'
import { parseDeckState, parseStep, PHONE_PATH, PING, PONG, QR_PATH, REMOTE_META, REMOTE_PATH } from '../../lib/remote'
import { REHEARSALS_DIR } from '../deck/project'
import { receiveRehearsal } from './rehearsals'

export const COOKIE = 'deck_remote'

/** Wrong tokens allowed per address within `windowMs`; past that, the address is refused until the window ends. */
export class GuessLimit {
  private readonly misses = new Map<string, { count: number, since: number }>()
  constructor(private readonly max = 10, private readonly windowMs = 60_000, private readonly now = Date.now) {}

  blocked(address: string): boolean {
    const entry = this.misses.get(address)
    if (entry && this.now() - entry.since >= this.windowMs)
      this.misses.delete(address)
    return (this.misses.get(address)?.count ?? 0) >= this.max
  }

  miss(address: string): void {
    const entry = this.misses.get(address) ?? { count: 0, since: this.now() }
    entry.count += 1
    this.misses.set(address, entry)
  }
}

type Verdict = { status: 200, fromQuery: boolean } | { status: 401 | 403 | 429, reason: string }

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** A request's address as sent: `//x/y` stays a path here, where URL() against a base would read x as a host. */
function requestUrl(req: IncomingMessage): URL {
  return new URL(`http://deck${req.url ?? '/'}`)
}

/** Whether a request may pass: the token from the query (first visit) or the cookie (every request after). */
function authorize(req: IncomingMessage, token: string, limit: GuessLimit): Verdict {
  const address = req.socket.remoteAddress ?? ''
  if (limit.blocked(address))
    return { status: 429, reason: 'Too many wrong tokens from this address: wait a minute.' }
  const fromQuery = requestUrl(req).searchParams.get('token') ?? undefined
  const given = fromQuery ?? req.headers.cookie?.match(new RegExp(`(?:^|;)\\s*${COOKIE}=([^;]*)`))?.[1]
  if (!given)
    return { status: 401, reason: 'This deck needs the token from the Phone: line of `npm run present -- --remote`.' }
  if (!sameToken(given, token)) {
    limit.miss(address)
    return { status: 403, reason: 'Wrong token: it changes on every start; scan the new code.' }
  }
  return { status: 200, fromQuery: fromQuery !== undefined }
}

/** The QR code of an address as a standalone SVG, for the presenter view. */
export function qrSvg(text: string): string {
  const { size, quiet, path } = qrDrawing(text)
  const side = size + 2 * quiet
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">`
    + `<rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
}

interface RemoteOptions {
  /** The presenter build. */
  dir: string
  port?: number
  /** Where to listen: every interface by default; tests pass 127.0.0.1. */
  host?: string
  limit?: GuessLimit
  /** Where the presenter view's "Save" writes rehearsals. */
  rehearsals?: string
}

export type RemoteServer = Awaited<ReturnType<typeof serveRemote>>

const SECURITY_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
}

function refuse(res: ServerResponse, status: number, reason: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(reason)
}

function refuseUpgrade(socket: Duplex, status: number): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

export async function serveRemote({ dir, port = 0, host = '0.0.0.0', limit = new GuessLimit(), rehearsals = REHEARSALS_DIR }: RemoteOptions) {
  const token = randomBytes(16).toString('base64url') // 128 random bits, URL-safe, new on every start
  // Only files that are in the build when it starts (sirv's production mode, its default), so no path leads outside it.
  const assets = sirv(dir, { etag: true })
  // The deck's page, marked so its scripts open the sync channel (plain `npm run present` has no mark).
  const page = readFileSync(join(dir, 'index.html'), 'utf8')
    .replace('</head>', `<meta name="${REMOTE_META}" content="${REMOTE_PATH}"></head>`)
  let qr = ''

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      res.setHeader(name, value)
    const verdict = authorize(req, token, limit)
    if (verdict.status !== 200)
      return refuse(res, verdict.status, verdict.reason)
    const url = requestUrl(req)
    if (verdict.fromQuery) {
      // Trade the token in the address for a cookie, and drop it from the address.
      url.searchParams.delete('token')
      res.writeHead(303, {
        // One leading slash, so the address can only lead back into this server.
        'Location': `/${url.pathname.replace(/^\/+/, '')}${url.search}`,
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      }).end()
      return
    }
    // The presenter view's "Save" for a rehearsal; the same-origin check keeps other pages from posting one.
    if (url.pathname === REHEARSALS_PATH && req.method === 'POST' && req.headers.origin === `http://${req.headers.host}`)
      return receiveRehearsal(req, res, rehearsals)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'Read only')
    if (url.pathname === QR_PATH) {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' }).end(qr)
      return
    }
    // Routes of the single-page app (/, /3, /presenter/3, /phone) get the marked page.
    if (extname(url.pathname) === '' || url.pathname === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page)
      return
    }
    assets(req, res, () => refuse(res, 404, 'Not in the deck'))
  })

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 })
  let lastDeck: DeckState | undefined
  const roles = new WeakMap<WebSocket, Role>()
  const sendTo = (role: Role, text: string): void => {
    for (const client of sockets.clients) {
      if (roles.get(client) === role)
        client.send(text)
    }
  }
  const stamped = (state: DeckState): string => JSON.stringify({ ...state, now: Date.now() })

  server.on('upgrade', (req, socket, head) => {
    const verdict = authorize(req, token, limit)
    if (verdict.status !== 200)
      return refuseUpgrade(socket, verdict.status)
    const url = requestUrl(req)
    // Only the deck's own pages may open the channel (a page elsewhere could otherwise ride the cookie).
    if (url.pathname !== REMOTE_PATH || req.headers.origin !== `http://${req.headers.host}`)
      return refuseUpgrade(socket, 403)
    const role: Role = url.searchParams.get('role') === 'phone' ? 'phone' : 'deck'
    sockets.handleUpgrade(req, socket, head, (ws) => {
      roles.set(ws, role)
      if (role === 'phone' && lastDeck)
        ws.send(stamped(lastDeck))
      ws.on('message', (data) => {
        const text = String(data)
        if (text === PING)
          return ws.send(PONG)
        // The deck's windows share their state through the browser; the server only carries it to and from the phone.
        if (role === 'deck') {
          lastDeck = parseDeckState(text) ?? lastDeck
          if (lastDeck)
            sendTo('phone', stamped(lastDeck))
        }
        else {
          const step = parseStep(text)
          if (step)
            sendTo('deck', JSON.stringify(step))
        }
      })
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const { port: actual } = server.address() as AddressInfo
  /** The laptop's own address for a path, token included: http://127.0.0.1:4180/presenter/1?token=… */
  const local = (path: string): string => `http://127.0.0.1:${actual}${path}?token=${token}`
  // The phone's address: on the local network (IPv4, not loopback) unless this server is loopback only.
  const lan = host === '127.0.0.1' || host === 'localhost'
    ? undefined
    : Object.values(networkInterfaces()).flat().find(net => net?.family === 'IPv4' && !net.internal)?.address
  const phone = lan ? `http://${lan}:${actual}${PHONE_PATH}?token=${token}` : local(PHONE_PATH)
  qr = qrSvg(phone)
  return {
    token,
    local,
    phone,
    close: () => new Promise<void>((done) => {
      for (const client of sockets.clients)
        client.terminate()
      sockets.close()
      server.closeAllConnections()
      server.close(() => done())
    }),
  }
}
