/**
 * `npm run preview`: serves dist/ on loopback under DECK_BASE with SPA fallback,
 * so deep links such as /3 survive a reload, exactly as on a static host.
 */
import { createServer } from 'node:http'
import process from 'node:process'
import sirv from 'sirv'
import { deckBase } from './base'
import { DIST } from './paths'

const base = deckBase()
const port = Number(process.env.PORT ?? 4173)
const host = process.env.HOST ?? '127.0.0.1'
const assets = sirv(DIST, { single: true, dev: false, etag: true })

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

server.listen(port, host, () => {
  console.log(`Deck served at http://${host}:${port}${base} (Ctrl+C to stop)`)
})
