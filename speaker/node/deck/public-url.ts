/**
 * Where the hosted deck will live, for absolute social-preview URLs: DECK_PUBLIC_URL, e.g.
 * https://example.org/talks/my-talk/. One setting: when DECK_BASE is not set, the base path comes
 * from this URL's path; when both are set they must agree. Both are checked as paths a URL can carry.
 */
import process from 'node:process'

type Env = Record<string, string | undefined>

/** A path segment as RFC 3986 allows it unencoded ("pchar" without percent-escapes). */
const SEGMENT = /^[\w\-.~!$&'()*+,;=:@]+$/

/**
 * Throws when `path` cannot be a base path as written: "." or ".." segments (a browser resolves them
 * away, so assets, manifest and server disagree) or characters a URL must encode (spaces, %, #, ?...).
 */
export function checkBasePath(path: string, setting: string): void {
  const segments = path.split('/').filter(Boolean)
  if (segments.some(s => s === '.' || s === '..'))
    throw new Error(`${setting} "${path}" has a "." or ".." segment; give a plain path such as /talks/my-talk/`)
  const bad = segments.join('').split('').filter(c => !SEGMENT.test(c))
  if (bad.length > 0)
    throw new Error(`${setting} "${path}" has characters a URL must encode (${[...new Set(bad)].map(c => JSON.stringify(c)).join(', ')}); use letters, digits and - . _ ~`)
}

/** The hosted deck's base path from DECK_BASE: always "/" or "/a/b/" with both slashes. */
export function deckBase(env: Env = process.env): string {
  const raw = env.DECK_BASE ?? ''
  checkBasePath(raw.trim(), 'DECK_BASE')
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/** The public URL, always ending in "/", or undefined when none is configured. */
export function publicUrl(env: Env = process.env): string | undefined {
  const raw = env.DECK_PUBLIC_URL?.trim()
  if (!raw)
    return undefined
  let url: URL
  try {
    url = new URL(raw)
  }
  catch {
    throw new Error(`DECK_PUBLIC_URL is not a URL: "${raw}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`DECK_PUBLIC_URL must be an http(s) address, got "${raw}"`)
  // The path as written: the URL parser would quietly resolve ".." and encode spaces.
  checkBasePath(/^[a-z][\w+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(raw)?.[1] ?? '', 'The path of DECK_PUBLIC_URL')
  url.search = ''
  url.hash = ''
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/`
  return url.href
}

/** The base path the hosted deck is built for: DECK_BASE, else the public URL's path, else "/". */
export function hostedBase(env: Env = process.env): string {
  const url = publicUrl(env)
  if (!env.DECK_BASE?.trim())
    return url ? deckBase({ DECK_BASE: new URL(url).pathname }) : '/'
  const base = deckBase(env)
  if (url && new URL(url).pathname !== base)
    throw new Error(`DECK_BASE (${base}) and the path of DECK_PUBLIC_URL (${new URL(url).pathname}) disagree; set one of them`)
  return base
}
