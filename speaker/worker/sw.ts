/// <reference lib="webworker" />
/**
 * The hosted deck's service worker (built by vite/offline.ts, registered by setup/main.ts).
 * A phone in a crowded room downloads each file once:
 * - On activation it keeps what the page has loaded, from the browser's cache only, then takes the page,
 *   so what the page asks for from then on comes through here.
 * - When the page says its first slide is in (KEEP_DECK), it keeps what the deck shows (the build's hashed
 *   JS, CSS and fonts and the favicon, listed at build time) and the page, asking for the browser's own copy first
 *   (`force-cache`): what the page loaded before this worker ran comes from the HTTP cache, only the
 *   rest (the slides Slidev would load a moment later) from the network; then it tells the page (DECK_KEPT).
 * - Assets are served cache first (a new build has new names); one download per URL, whoever asks.
 * - The page (every route of the app is the same index.html) and other files (the PDF) network first,
 *   kept as they are fetched: the current build online, the last one seen offline. Nothing is
 *   downloaded that nobody asked for: not the PDF, not the social image.
 */
import { DECK_KEPT, KEEP_DECK, keptAs } from '../lib/offline'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string }[] }

const ASSETS = 'deck-assets'
const FILES = 'deck-files'
const scope = new URL(self.registration.scope)
const pageKey = new URL('index.html', scope).href
const deckUrls = self.__WB_MANIFEST.map(entry => new URL(entry.url, scope).href)
const downloads = new Map<string, Promise<Response>>()

/** From the cache, else one download shared by everyone who asks while it is on its way. */
async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(ASSETS)
  const kept = await cache.match(request.url)
  if (kept)
    return kept
  const pending = downloads.get(request.url)
  if (pending) {
    await pending.catch(() => undefined)
    return (await cache.match(request.url)) ?? fetch(request)
  }
  const download = fetch(request).then(async (response) => {
    if (response.ok)
      await cache.put(request.url, response.clone())
    return response
  }).finally(() => downloads.delete(request.url))
  downloads.set(request.url, download)
  return download
}

/** The network's answer, kept; offline, the last one kept. */
async function networkFirst(request: Request, key: string): Promise<Response> {
  const cache = await caches.open(FILES)
  try {
    const response = await fetch(request)
    if (response.status === 200)
      await cache.put(key, response.clone())
    return response
  }
  catch (error) {
    const kept = await cache.match(key)
    if (kept)
      return kept
    throw error
  }
}

function respond(request: Request): Promise<Response> | undefined {
  if (request.method !== 'GET')
    return undefined
  switch (keptAs(new URL(request.url), scope)) {
    case 'asset': return asset(request)
    case 'file': return networkFirst(request, request.url)
    case 'page': return networkFirst(request, pageKey)
    default: return undefined
  }
}

/** Everything the deck may show, and the page the visitor opened, each as it is served: the browser's copy where it has one. */
async function keepDeck(page: WindowClient): Promise<void> {
  const cache = await caches.open(ASSETS)
  // Assets of earlier builds are never asked for again.
  await Promise.all((await cache.keys()).filter(request => !deckUrls.includes(request.url)).map(request => cache.delete(request)))
  await Promise.allSettled([page.url, ...deckUrls].map(url => respond(new Request(url, { cache: 'force-cache' }))))
  page.postMessage(DECK_KEPT)
}

self.addEventListener('install', () => void self.skipWaiting())

/** What the browser already holds of the deck and its open pages, from the HTTP cache only: never a download. */
async function keepLoaded(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  await Promise.allSettled([...pages.map(page => page.url), ...deckUrls].map(url => respond(new Request(url, { cache: 'only-if-cached', mode: 'same-origin' }))))
}

// What the page has loaded is kept before the worker takes it, so a page it controls reloads offline.
self.addEventListener('activate', event => event.waitUntil(keepLoaded().then(() => self.clients.claim())))

self.addEventListener('message', (event) => {
  if (event.data === KEEP_DECK && event.source instanceof WindowClient)
    event.waitUntil(keepDeck(event.source))
})

self.addEventListener('fetch', (event) => {
  const response = respond(event.request)
  if (response)
    event.respondWith(response)
})
