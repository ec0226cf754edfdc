/**
 * `npm run preview`: serves dist/ on loopback under the build's base path with SPA fallback, so deep
 * links such as /3 survive a reload, as on a static host. `serveDeck` serves other scripts and tests.
 * Each request reads the folder as it is now (sirv's `dev`), so a rebuild swapped in is served fresh
 * and a file gone since start-up is a 404, not a crash.
 */
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import process from 'node:process'
import sirv from 'sirv'
import { DIST } from '../speaker/node/deck/project'
import { hostedBase } from '../speaker/node/deck/public-url'
import { isMain, runMain } from '../speaker/node/process/lifecycle'

export interface ServedDeck {
  /** The deck's address, ending in the base path: http://127.0.0.1:4173/talks/walmsley/ */
  url: string
  close: () => Promise<void>
}

export function serveDeck(dir: string, base = '/', port = 0, host = '127.0.0.1'): Promise<ServedDeck> {
  const assets = sirv(dir, { single: true, dev: true, etag: true })
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
    const notFound = (): void => {
      res.writeHead(404).end()
    }
    try {
      assets(req, res, notFound)
    }
    catch {
      notFound() // the file went between sirv's look and its read
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE'
      ? new Error(`port ${port} on ${host} is already in use (another preview or present?): stop that one, or choose another port with PORT=${port + 1}`)
      : error))
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

if (isMain(import.meta.url))
  runMain('Preview', main, { stay: true })
