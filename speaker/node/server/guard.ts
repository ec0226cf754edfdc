/**
 * The request guards every server of the deck shares (the phone remote, `present`, `preview`, and the
 * dev server's rehearsal endpoint). Whatever a client sends, it gets an answer (400, 404, 416, 500) and
 * the process goes on serving everyone else: a request line that is no path (`GET *:99999`), a Range
 * sirv cannot serve, a file that vanished between the look and the read, a throw in a handler.
 */
import type { Buffer } from 'node:buffer'
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'

/**
 * What the deck's pages need and no more: their own scripts, styles (Vue and Slidev set inline
 * styles), images and fonts, data: and blob: images (the pictures, the QR code), their own WebSocket.
 */
export const CONTENT_SECURITY_POLICY = [
  'default-src \'self\'',
  'script-src \'self\'',
  'style-src \'self\' \'unsafe-inline\'',
  'img-src \'self\' data: blob:',
  'font-src \'self\' data:',
  'connect-src \'self\'',
  'worker-src \'self\'',
  'manifest-src \'self\'',
  'object-src \'none\'',
  'base-uri \'self\'',
  'form-action \'self\'',
  'frame-ancestors \'none\'',
].join('; ')

/**
 * Sent with every answer of the local servers. `no-store`: the presenter build's scripts carry the
 * notes, and a venue machine's cache is no place for them (the local servers are fast enough without).
 * Only the hosted deck, which has no notes, may be kept (static.ts's `hosted`).
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
}

export function answer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(text)
}

/**
 * A request's address, or undefined when the request line holds no path (`*:99999`, `*%zz`, `*[x]`).
 * Read against a fixed base, so `//x/y` stays a path and never names a host.
 */
export function requestUrl(req: IncomingMessage): URL | undefined {
  const path = req.url ?? ''
  if (!path.startsWith('/'))
    return undefined
  try {
    return new URL(`http://deck${path}`)
  }
  catch {
    return undefined
  }
}

/** One range from a start, as sirv serves it; anything else (`bytes=10-5`, several ranges, a suffix) is refused. */
export function rangeServable(range: string | undefined): boolean {
  if (range === undefined)
    return true
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range)
  return !!match && (match[2] === '' || Number(match[1]) <= Number(match[2]))
}

/** `handler` behind the guards: the headers set, a bad path or Range answered, a throw or a vanished file contained. */
export function guarded(handler: (req: IncomingMessage, res: ServerResponse, url: URL) => void): RequestListener {
  return (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      res.setHeader(name, value)
    // sirv pipes a read stream into the answer; if its file went since the look, end this answer, not the process.
    res.on('pipe', source => source.on('error', () => res.destroy()))
    req.on('error', () => res.destroy())
    const url = requestUrl(req)
    if (!url)
      return answer(res, 400, 'Not a path')
    if (!rangeServable(req.headers.range))
      return answer(res, 416, 'One range only, bytes=start-end with start ≤ end')
    try {
      handler(req, res, url)
    }
    catch {
      if (res.headersSent)
        res.destroy()
      else
        answer(res, 500, 'This request failed; the deck goes on')
    }
  }
}

/** An upgrade refused with a status, before any WebSocket exists. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

/** `handler` for a server's 'upgrade' behind the same guards: a bad path is a 400, a throw or a socket error ends that socket only. */
export function guardedUpgrade(handler: (req: IncomingMessage, socket: Duplex, head: Buffer, url: URL) => void) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy())
    const url = requestUrl(req)
    if (!url)
      return refuseUpgrade(socket, 400, 'Bad Request')
    try {
      handler(req, socket, head, url)
    }
    catch {
      socket.destroy()
    }
  }
}

/** The one hint for a busy port, said the same way by every server. */
export function portInUse(port: number, host: string): Error {
  return new Error(`port ${port} on ${host} is already in use (another preview or present?): stop that one, or choose another port with PORT=${port + 1}`)
}

/** Listens, resolving with the port; a busy port rejects with the hint above. */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? portInUse(port, host) : error))
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port))
  })
}

/** Whether a request comes from a page the server itself served (its Origin is the server's own address). */
export function sameOrigin(req: IncomingMessage): boolean {
  return req.headers.origin === `http://${req.headers.host}`
}
