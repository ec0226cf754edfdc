/** The hosted deck's base path, from DECK_BASE: always "/" or "/a/b/" with both slashes. */
import process from 'node:process'

export function deckBase(env: Record<string, string | undefined> = process.env): string {
  const trimmed = (env.DECK_BASE ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}
