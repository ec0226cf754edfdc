/**
 * A built deck served on loopback under its base path with SPA fallback, so deep links such as /3 survive
 * a reload, compressed (brotli or gzip, as the browser asks), as on a static host: `speaker preview`,
 * `speaker present`, the social image, the bench, the tests. Each request reads the folder as it is now
 * (sirv's `dev`), so a rebuild swapped in is served fresh and a file gone since start-up is a 404, not a
 * crash; guard.ts answers every other bad request and sets the headers of every answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import compression from 'compression'
import sirv from 'sirv'
import { answer, guarded, listen } from './guard'

export interface ServedDeck {
  /** The deck's address, ending in the base path: http://127.0.0.1:4173/talks/my-talk/ */
  url: string
  close: () => Promise<void>
}

/** One response as the server sent it: its path, status, and bytes on the wire (headers and compressed body). */
export interface Sent {
  path: string
  status: number
  bytes: number
}

export interface ServeOptions {
  /** Hears of every response once it is sent (the first-visit test and the bench count them). */
  onSent?: (sent: Sent) => void
  /**
   * The hosted deck (no notes): the browser may keep what it fetched and revalidate it (no-cache, ETags),
   * as a static host lets it and the service worker counts on. Otherwise guard.ts's no-store.
   */
  hosted?: boolean
}

export async function serveDeck(dir: string, base = '/', port = 0, host = '127.0.0.1', { onSent, hosted = false }: ServeOptions = {}): Promise<ServedDeck> {
  const assets = sirv(dir, { single: true, dev: true, etag: true })
  // Express middleware, typed for Express; Node's own request and response are all it uses.
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void
  const server = createServer(guarded((req, res) => {
    const url = req.url! // a path: the guard answered anything else
    if (onSent) {
      // One response at a time per connection (HTTP/1.1), so the socket's count since now is this response's.
      const before = req.socket.bytesWritten
      res.once('finish', () => onSent({ path: url.split('?')[0]!, status: res.statusCode, bytes: req.socket.bytesWritten - before }))
    }
    if (base !== '/' && url === base.slice(0, -1)) {
      res.writeHead(301, { Location: base }).end()
      return
    }
    if (!url.startsWith(base))
      return answer(res, 404, `Not found: the deck lives under ${base}`)
    req.url = `/${url.slice(base.length)}`
    if (hosted)
      res.setHeader('Cache-Control', 'no-cache')
    compress(req, res, () => assets(req, res, () => answer(res, 404, 'Not in the deck')))
  }))
  const actual = await listen(server, port, host)
  return {
    url: `http://${host}:${actual}${base}`,
    close: () => new Promise((done) => {
      server.closeAllConnections()
      server.close(() => done())
    }),
  }
}
