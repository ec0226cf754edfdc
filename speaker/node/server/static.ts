/**
 * A built deck served on loopback under its base path with SPA fallback, so deep links such as /3 survive
 * a reload, as on a static host: `speaker preview`, `speaker present`, the social image, the tests.
 * Each request reads the folder as it is now (sirv's `dev`), so a rebuild swapped in is served fresh
 * and a file gone since start-up is a 404, not a crash.
 */
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import sirv from 'sirv'

export interface ServedDeck {
  /** The deck's address, ending in the base path: http://127.0.0.1:4173/talks/my-talk/ */
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
