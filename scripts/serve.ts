/**
 * `npm run preview`: serves dist/ on loopback under the build's base path with SPA fallback, so deep
 * links such as /3 survive a reload, as on a static host. `serveDeck` serves other scripts and tests.
 * Each request reads the folder as it is now (sirv's `dev`), so a rebuild swapped in is served fresh
 * and a file gone since start-up is a 404, not a crash; scripts/guard.ts answers every other bad request.
 */
import { createServer } from 'node:http'
import process from 'node:process'
import sirv from 'sirv'
import { answer, guarded, listen } from './guard'
import { isMain, runMain } from './main'
import { DIST } from './paths'
import { hostedBase } from './public-url'

export interface ServedDeck {
  /** The deck's address, ending in the base path: http://127.0.0.1:4173/talks/walmsley/ */
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

async function main(): Promise<void> {
  const deck = await serveDeck(DIST, hostedBase(), Number(process.env.PORT ?? 4173), process.env.HOST ?? '127.0.0.1')
  console.log(`Deck served at ${deck.url} (Ctrl+C to stop)`)
}

if (isMain(import.meta.url))
  runMain('Preview', main, { stay: true })
