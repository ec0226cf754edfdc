/** The hosted deck's base path, from DECK_BASE: always "/" or "/a/b/" with both slashes. */
import process from 'node:process'

/** A path segment as RFC 3986 allows it unencoded ("pchar" without percent-escapes). */
const SEGMENT = /^[\w\-.~!$&'()*+,;=:@]+$/

/**
 * Throws when `path` cannot be a base path as written: "." or ".." segments (a browser resolves them
 * away, so assets, manifest and server disagree) or characters a URL must encode (spaces, %, #, ?...).
 */
export function checkBasePath(path: string, setting: string): void {
  const segments = path.split('/').filter(Boolean)
  if (segments.some(s => s === '.' || s === '..'))
    throw new Error(`${setting} "${path}" has a "." or ".." segment; give a plain path such as /talks/walmsley/`)
  const bad = segments.join('').split('').filter(c => !SEGMENT.test(c))
  if (bad.length > 0)
    throw new Error(`${setting} "${path}" has characters a URL must encode (${[...new Set(bad)].map(c => JSON.stringify(c)).join(', ')}); use letters, digits and - . _ ~`)
}

export function deckBase(env: Record<string, string | undefined> = process.env): string {
  const raw = env.DECK_BASE ?? ''
  checkBasePath(raw.trim(), 'DECK_BASE')
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}
