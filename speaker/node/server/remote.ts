/**
 * The server behind `npm run present -- --remote`: the venue build for the phone and the laptop, and a
 * WebSocket that keeps the phone and the deck in step. Without one of this start's tokens (the laptop's,
 * the phone's) it answers nothing (401, 403 when wrong, 429 to an address that guessed too often): not the
 * page, the scripts (which carry the notes), the QR image nor the sync channel. A token arrives once in the
 * URL and is traded for an HttpOnly, same-site cookie, so the address bar and the history keep no copy.
 * Every request passes guard.ts first; only the laptop's token speaks for the deck.
 */
import type { IncomingMessage } from 'node:http'
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
import { answer, guarded, guardedUpgrade, listen, refuseUpgrade, sameOrigin } from './guard'
import { receiveRehearsal, SaveLimit } from './rehearsals'

/** The cookie each token becomes: the laptop's and the phone's apart, so a laptop that opened the phone's page stays the deck. */
export const COOKIE = 'deck_remote'
const cookieName = (grant: Grant): string => grant === 'laptop' ? COOKIE : `${COOKIE}_phone`

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

/** What a token opens: the laptop's opens everything; the phone's (the QR code's) only the phone's side of the channel. */
export type Grant = 'laptop' | 'phone'

type Verdict = { status: 200, grant: Grant, fromQuery: boolean } | { status: 401 | 403 | 429, reason: string }

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Whether a request may pass, and as what: the token from the query (first visit) or the cookie (every request after). */
function authorize(req: IncomingMessage, url: URL, tokens: Record<Grant, string>, limit: GuessLimit): Verdict {
  const address = req.socket.remoteAddress ?? ''
  if (limit.blocked(address))
    return { status: 429, reason: 'Too many wrong tokens from this address: wait a minute.' }
  const fromQuery = url.searchParams.get('token') ?? undefined
  const given = fromQuery !== undefined
    ? [fromQuery]
    : [...(req.headers.cookie ?? '').matchAll(new RegExp(`(?:^|;)\\s*${COOKIE}(?:_phone)?=([^;]*)`, 'g'))].map(match => match[1]!)
  if (!given.some(Boolean))
    return { status: 401, reason: 'This deck needs the token from the Phone: line of `npm run present -- --remote`.' }
  const grant = (['laptop', 'phone'] as const).find(g => given.some(value => sameToken(value, tokens[g])))
  if (!grant) {
    limit.miss(address)
    return { status: 403, reason: 'Wrong token: it changes on every start; scan the new code.' }
  }
  return { status: 200, grant, fromQuery: fromQuery !== undefined }
}

/** How fast one client may send: `max` messages within `windowMs`; past that its messages are dropped. */
export class SendRate {
  private count = 0
  private since = 0
  constructor(private readonly max: number, private readonly windowMs = 1000, private readonly now = Date.now) {}

  allows(): boolean {
    const now = this.now()
    if (now - this.since >= this.windowMs) {
      this.since = now
      this.count = 0
    }
    return ++this.count <= this.max
  }
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
  /** The deck's slide count: a state or a step past it is dropped. */
  slides: number
  port?: number
  /** Where to listen: every interface by default; tests pass 127.0.0.1. */
  host?: string
  limit?: GuessLimit
  /** Where the presenter view's "Save" writes rehearsals. */
  rehearsals?: string
  saves?: SaveLimit
  /** Unsent bytes a client may have waiting before it is dropped (SEND_BOUND). */
  sendBound?: number
  /** Messages a second each role may send (SEND_RATES). */
  rates?: Record<Role, number>
}

export type RemoteServer = Awaited<ReturnType<typeof serveRemote>>

/** Unsent bytes a client may have waiting: a phone that stops reading is dropped past this, and reconnects when it reads again. */
export const SEND_BOUND = 64 * 1024
/** A thumb taps a few times a second and a deck window sends one state a click; a flood is neither. */
const SEND_RATES: Record<Role, number> = { deck: 50, phone: 20 }
/** WebSocket clients at once: the laptop's windows and a phone or two, with room to spare. */
const MAX_CLIENTS = 32

export async function serveRemote({ dir, slides, port = 0, host = '0.0.0.0', limit = new GuessLimit(), rehearsals = REHEARSALS_DIR, saves = new SaveLimit(), sendBound = SEND_BOUND, rates = SEND_RATES }: RemoteOptions) {
  // 128 random bits each, URL-safe, new on every start: one for the laptop's windows, one for the phone's code.
  const tokens: Record<Grant, string> = { laptop: randomBytes(16).toString('base64url'), phone: randomBytes(16).toString('base64url') }
  // Only files that are in the build when it starts (sirv's production mode, its default), so no path leads outside it.
  const assets = sirv(dir, { etag: true })
  // The deck's page, marked so its scripts open the sync channel (plain `npm run present` has no mark).
  const page = readFileSync(join(dir, 'index.html'), 'utf8')
    .replace('</head>', `<meta name="${REMOTE_META}" content="${REMOTE_PATH}"></head>`)
  let qr = ''

  const server = createServer(guarded((req, res, url) => {
    const verdict = authorize(req, url, tokens, limit)
    if (verdict.status !== 200)
      return answer(res, verdict.status, verdict.reason)
    if (verdict.fromQuery) {
      // Trade the token in the address for a cookie, and drop it from the address.
      url.searchParams.delete('token')
      res.writeHead(303, {
        // One leading slash, so the address can only lead back into this server.
        'Location': `/${url.pathname.replace(/^\/+/, '')}${url.search}`,
        'Set-Cookie': `${cookieName(verdict.grant)}=${tokens[verdict.grant]}; HttpOnly; SameSite=Strict; Path=/`,
      }).end()
      return
    }
    // The presenter view's "Save" for a rehearsal, from the laptop only; the same-origin check keeps other pages from posting one.
    if (url.pathname === REHEARSALS_PATH && req.method === 'POST' && verdict.grant === 'laptop' && sameOrigin(req))
      return receiveRehearsal(req, res, rehearsals, saves)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return answer(res, 405, 'Read only')
    if (url.pathname === QR_PATH) {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(qr)
      return
    }
    // Routes of the single-page app (/, /3, /presenter/3, /phone) get the marked page.
    if (extname(url.pathname) === '' || url.pathname === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page)
      return
    }
    assets(req, res, () => answer(res, 404, 'Not in the deck'))
  }))

  // A frame over maxPayload is closed with 1009; a malformed one with 1002 or 1007 (ws does that, on that socket only).
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 })
  let lastDeck: DeckState | undefined
  const roles = new WeakMap<WebSocket, Role>()
  const sendTo = (role: Role, text: string): void => {
    for (const client of sockets.clients) {
      if (roles.get(client) !== role)
        continue
      // A client that does not read would make this server hold every message for it: drop it instead.
      if (client.bufferedAmount > sendBound)
        client.terminate()
      else
        client.send(text)
    }
  }
  const stamped = (state: DeckState): string => JSON.stringify({ ...state, now: Date.now() })

  server.on('upgrade', guardedUpgrade((req, socket, head, url) => {
    const verdict = authorize(req, url, tokens, limit)
    if (verdict.status !== 200)
      return refuseUpgrade(socket, verdict.status, STATUS_CODES[verdict.status]!)
    // Only the deck's own pages may open the channel (a page elsewhere could otherwise ride the cookie),
    // and only the laptop's windows may speak for the deck.
    const role: Role = url.searchParams.get('role') === 'phone' ? 'phone' : 'deck'
    if (url.pathname !== REMOTE_PATH || !sameOrigin(req) || (role === 'deck' && verdict.grant !== 'laptop'))
      return refuseUpgrade(socket, 403, 'Forbidden')
    if (sockets.clients.size >= MAX_CLIENTS)
      return refuseUpgrade(socket, 503, 'Service Unavailable')
    sockets.handleUpgrade(req, socket, head, (ws) => {
      roles.set(ws, role)
      // ws has already closed the socket with the right code; without a listener the error would end the process.
      ws.on('error', () => undefined)
      const rate = new SendRate(rates[role])
      if (role === 'phone' && lastDeck)
        ws.send(stamped(lastDeck))
      ws.on('message', (data, binary) => {
        if (binary || !rate.allows())
          return
        const text = String(data)
        if (text === PING)
          return ws.send(PONG)
        // The deck's windows share their state through the browser; the server only carries it to and from the phone.
        if (role === 'deck') {
          lastDeck = parseDeckState(text, slides) ?? lastDeck
          if (lastDeck)
            sendTo('phone', stamped(lastDeck))
        }
        else {
          const step = parseStep(text, slides)
          if (step)
            sendTo('deck', JSON.stringify(step))
        }
      })
    })
  }))

  const actual = await listen(server, port, host)
  /** The laptop's own address for a path, its token included: http://127.0.0.1:4180/presenter/1?token=… */
  const local = (path: string): string => `http://127.0.0.1:${actual}${path}?token=${tokens.laptop}`
  // The phone's address: on the local network (IPv4, not loopback) unless this server is loopback only.
  const lan = host === '127.0.0.1' || host === 'localhost'
    ? undefined
    : Object.values(networkInterfaces()).flat().find(net => net?.family === 'IPv4' && !net.internal)?.address
  const phone = `http://${lan ?? '127.0.0.1'}:${actual}${PHONE_PATH}?token=${tokens.phone}`
  qr = qrSvg(phone)
  return {
    /** The phone's token, the one in the QR code. */
    token: tokens.phone,
    laptopToken: tokens.laptop,
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
