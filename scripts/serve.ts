/**
 * `npm run preview`: serves dist/ on loopback under the build's base path (DECK_BASE, or the path of
 * DECK_PUBLIC_URL) with SPA fallback,
 * so deep links such as /3 survive a reload, exactly as on a static host.
 * `serveDeck` is the same server for other scripts (present, og image, exports) and tests.
 */
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import process from 'node:process'
import sirv from 'sirv'
import { DIST } from './paths'
import { hostedBase } from './public-url'

export interface ServedDeck {
  /** The deck's address, ending in the base path: http://127.0.0.1:4173/talks/walmsley/ */
  url: string
  close: () => Promise<void>
}

export function serveDeck(dir: string, base = '/', port = 0, host = '127.0.0.1'): Promise<ServedDeck> {
  const assets = sirv(dir, { single: true, dev: false, etag: true })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (base !== '/' && url === base.slice(0, -1)) {
      res.writeHead(301, { Location: base }).end()
      return
    }
    if (!url.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: the deck lives under ${base}`)
      return
    }
    req.url = `/${url.slice(base.length)}`
    assets(req, res, () => {
      res.writeHead(404).end()
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo
      resolve({
        url: `http://${host}:${actual}${base}`,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}

async function main(): Promise<void> {
  const deck = await serveDeck(DIST, hostedBase(), Number(process.env.PORT ?? 4173), process.env.HOST ?? '127.0.0.1')
  console.log(`Deck served at ${deck.url} (Ctrl+C to stop)`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`Preview failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
