/**
 * A phone's first visit to a built deck, counted where a host would count it: at the server, every
 * response the page and its service worker get, compressed as served (server/static.ts). It ends once
 * the deck is kept for offline (the kit's worker says so; any other, once it controls the page) and
 * nothing has been sent for a moment, or at 30 s; without a worker, once slide 1 shows. The first-visit
 * test checks its bytes and repeats; `speaker bench` times it, on loopback and over emulated venue Wi-Fi.
 */
import type { Browser } from 'playwright-chromium'
import type { Sent } from '../server/static'
import { DECK_KEPT, fileOf } from '../../lib/offline'
import { slideSelector } from '../../lib/slidev-dom'
import { serveDeck } from '../server/static'

/** What a room of phones on one Wi-Fi can take from each: page and service worker, the first 30 s. */
export const FIRST_VISIT_BUDGET = 600 * 1024

/** A phone: 390x844 CSS pixels at 3x, touch, a mobile browser. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }

/** A network for Chromium's emulation. */
export interface Network {
  downloadKbps: number
  uploadKbps: number
  rttMs: number
}

/** Venue Wi-Fi shared by a room. */
export const VENUE_WIFI: Network = { downloadKbps: 2000, uploadKbps: 1000, rttMs: 150 }

export interface VisitOptions {
  /** Chromium's network emulation for the page; loopback speed without. */
  network?: Network
  /**
   * The deck's service worker: the kit's (the default: the visit waits for its word that the deck is kept),
   * another (Slidev's `pwa`, which precaches before it takes the page: the visit waits for it to), or
   * none (blocked, as a browser without one loads the deck: the visit ends with slide 1 on screen).
   */
  worker?: 'kit' | 'other' | 'none'
}

export interface FirstVisit {
  /** Every response until the visit ended, in order. */
  sent: Sent[]
  bytes: number
  /** From navigation to slide 1 on screen. */
  firstSlideMs: number
  /** Bytes sent by the time slide 1 was on screen with its fonts. */
  firstSlideBytes: number
  /** Files fetched more than once, with how often (every route of the app is the one index.html). */
  repeated: Record<string, number>
  /** Whether the worker holds the deck by the end: the kit's said so, another took the page. */
  kept: boolean
  /** Paths under the base the service worker's caches hold at the end. */
  cached: string[]
  /** Requests to any other host (none reach it). */
  foreign: string[]
}

const WINDOW_MS = 30_000
const QUIET_MS = 1_000

export async function firstVisit(browser: Browser, dir: string, base: string, { network, worker = 'kit' }: VisitOptions = {}): Promise<FirstVisit> {
  const sent: Sent[] = []
  let lastAt = Date.now()
  const deck = await serveDeck(dir, base, 0, '127.0.0.1', {
    hosted: true,
    onSent: (response) => {
      sent.push(response)
      lastAt = Date.now()
    },
  })
  // Nothing but loopback: any other host goes to a proxy that is not there, so no request leaves the machine.
  // (Not Playwright's routing, which would turn off the HTTP cache the worker keeps the first visit from.)
  const context = await browser.newContext({ ...PHONE, serviceWorkers: worker === 'none' ? 'block' : 'allow', proxy: { server: 'http://127.0.0.1:9', bypass: '127.0.0.1' } })
  const foreign: string[] = []
  context.on('request', (request) => {
    if (!request.url().startsWith(new URL(deck.url).origin))
      foreign.push(request.url())
  })
  let kept = false
  await context.exposeFunction('deckKept', () => {
    kept = true
  })
  await context.addInitScript((word) => {
    navigator.serviceWorker?.addEventListener('message', (event) => {
      if (event.data === word)
        void (window as unknown as { deckKept: () => void }).deckKept()
    })
  }, DECK_KEPT)
  try {
    const page = await context.newPage()
    if (network) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.rttMs,
        downloadThroughput: network.downloadKbps * 1000 / 8,
        uploadThroughput: network.uploadKbps * 1000 / 8,
      })
    }
    const start = Date.now()
    await page.goto(`${deck.url}1`, { waitUntil: 'commit' })
    const shown = await page.waitForFunction((selector) => {
      const slide = document.querySelector(selector)
      return slide && slide.getBoundingClientRect().width > 0 && (slide.textContent ?? '').trim() ? performance.now() : 0
    }, slideSelector(1), { polling: 'raf', timeout: WINDOW_MS })
    const firstSlideMs = Number(await shown.jsonValue())
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const firstSlideBytes = sent.reduce((sum, response) => sum + response.bytes, 0)
    if (worker === 'other') {
      page.evaluate(async () => {
        await navigator.serviceWorker.ready
        if (!navigator.serviceWorker.controller)
          await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
      }).then(() => {
        kept = true
      }, () => undefined)
    }
    const done = (now: number): boolean => worker === 'none' || now - start > WINDOW_MS || (kept && now - lastAt > QUIET_MS)
    while (!done(Date.now()))
      await new Promise(resolve => setTimeout(resolve, 100))
    const cached = await page.evaluate(async () => {
      const paths: string[] = []
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys())
          paths.push(new URL(request.url).pathname)
      }
      return paths
    })
    const counts: Record<string, number> = {}
    for (const { path } of sent) {
      const file = fileOf(path, base)
      counts[file] = (counts[file] ?? 0) + 1
    }
    return {
      sent,
      bytes: sent.reduce((sum, response) => sum + response.bytes, 0),
      firstSlideMs,
      firstSlideBytes,
      repeated: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 1)),
      kept,
      cached: cached.map(path => path.startsWith(base) ? path.slice(base.length) : path),
      foreign,
    }
  }
  finally {
    await context.close()
    await deck.close()
  }
}
