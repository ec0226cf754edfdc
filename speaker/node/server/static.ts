/**
 * A built deck served on loopback under its base path with SPA fallback, so deep links such as /3 survive
 * a reload, as on a static host: `speaker preview`, `speaker present`, the social image, the tests.
 * Each request reads the folder as it is now (sirv's `dev`), so a rebuild swapped in is served fresh
 * and a file gone since start-up is a 404, not a crash; guard.ts answers every other bad request.
 */
import { createServer } from 'node:http'
import sirv from 'sirv'
import { answer, guarded, listen } from './guard'

export interface ServedDeck {
  /** The deck's address, ending in the base path: http://127.0.0.1:4173/talks/my-talk/ */
  url: string
  close: () => Promise<void>
}

export async function serveDeck(dir: string, base = '/', port = 0, host = '127.0.0.1'): Promise<ServedDeck> {
  const assets = sirv(dir, { single: true, dev: true, etag: true })
  const server = createServer(guarded((req, res) => {
    const url = req.url! // a path: the guard answered anything else
    if (base !== '/' && url === base.slice(0, -1)) {
      res.writeHead(301, { Location: base }).end()
      return
    }
    if (!url.startsWith(base))
      return answer(res, 404, `Not found: the deck lives under ${base}`)
    req.url = `/${url.slice(base.length)}`
    assets(req, res, () => answer(res, 404, 'Not in the deck'))
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
