/**
 * How the hosted deck's service worker (worker/sw.ts) keeps a URL, and the words it and the page trade.
 * Pure: URLs in, a decision out.
 */

/** Hashed build assets (cache first), other files under the deck (the PDF, the favicon; network first), or a route of the app (its one page). */
export type Kept = 'asset' | 'file' | 'page'

/** How the worker keeps a URL, or null for what is not the deck's (another origin, outside its base). */
export function keptAs(url: URL, scope: URL): Kept | null {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname))
    return null
  const path = url.pathname.slice(scope.pathname.length)
  if (path.startsWith('assets/'))
    return 'asset'
  // A file name has an extension; the app's routes (/12, /read) do not.
  return /\.\w+$/.test(path) ? 'file' : 'page'
}

/** The file a path under `base` is served from: every route of the app is its one index.html. */
export function fileOf(path: string, base: string): string {
  const scope = new URL(base, 'http://deck')
  const url = new URL(path, scope)
  return keptAs(url, scope) === 'page' ? 'index.html' : url.pathname.slice(scope.pathname.length)
}

/** The page's word to the worker that its first slide is in: keep the deck now. */
export const KEEP_DECK = 'deck:keep'
/** The worker's answer once it holds the deck: from then on the page works offline. */
export const DECK_KEPT = 'deck:kept'
