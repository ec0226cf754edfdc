// @vitest-environment node
/**
 * The hosts this deck is built for (netlify.toml, vercel.json) are asked for the speaker kit's security headers,
 * all but Cache-Control: the hosted build has no notes, so the host may cache it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { SECURITY_HEADERS } from '../../speaker/node/server/guard'

const ROOT = join(import.meta.dirname, '../..')

it('netlify.toml and vercel.json ask the host for the kit\'s security headers', () => {
  const { 'Cache-Control': _, ...hosted } = SECURITY_HEADERS
  const netlify = Object.fromEntries([...readFileSync(join(ROOT, 'netlify.toml'), 'utf8').matchAll(/^([\w-]+) = "(.*)"$/gm)].map(m => [m[1], m[2]]))
  const vercel = (JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8')) as { headers: { headers: { key: string, value: string }[] }[] }).headers[0]!.headers
  for (const [name, value] of Object.entries(hosted)) {
    expect(netlify[name], `netlify.toml: ${name}`).toBe(value)
    expect(vercel.find(h => h.key === name)?.value, `vercel.json: ${name}`).toBe(value)
  }
})
