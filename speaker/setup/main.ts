/**
 * In the hosted build (vite/offline.ts), registers the deck's service worker (worker/sw.ts) at start-up,
 * so it takes the page early and what the page loads from then on is downloaded once, through it. Once
 * the first slide is in (the page loaded, its fonts in, the worker in control, the main thread idle) it
 * tells the worker to keep the deck: that never competes with the first slide, and what the page fetched
 * before the worker ran is then in the browser's cache, not on its way. Nothing of it is in dev, export
 * or the presenter build.
 */
import { defineAppSetup } from '@slidev/types'
import { KEEP_DECK } from '../lib/offline'

export default defineAppSetup(() => {
  if (!__DECK_OFFLINE__ || !('serviceWorker' in navigator))
    return
  const base = import.meta.env.BASE_URL
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base })
  const keep = async (): Promise<void> => {
    await document.fonts.ready
    // Once the worker has taken the page, what the page still fetches goes through it, one download per file.
    if (!navigator.serviceWorker.controller)
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    requestIdleCallback(() => navigator.serviceWorker.controller?.postMessage(KEEP_DECK))
  }
  if (document.readyState === 'complete')
    void keep()
  else
    window.addEventListener('load', () => void keep(), { once: true })
})
