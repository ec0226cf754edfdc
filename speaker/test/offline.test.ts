// @vitest-environment node
/** What the hosted deck's service worker keeps and how (speaker/lib/offline.ts), and which builds have it (speaker/vite/offline.ts). */
import type { ResolvedSlidevOptions } from '@slidev/types'
import { describe, expect, it } from 'vitest'
import { fileOf, keptAs } from '../lib/offline'
import { offline, offlineOn } from '../vite/offline'

describe('what the service worker keeps, and how', () => {
  const scope = new URL('https://example.org/talks/my-talk/')
  const kept = (path: string): ReturnType<typeof keptAs> => keptAs(new URL(path, scope), scope)

  it('hashed assets, other files and the app\'s routes apart', () => {
    expect(kept('/talks/my-talk/assets/index-C6Z_YufW.js')).toBe('asset')
    expect(kept('/talks/my-talk/assets/inter-latin-wght-normal-Dx4kXJAl.woff2')).toBe('asset')
    expect(kept('/talks/my-talk/my-talk.pdf')).toBe('file')
    expect(kept('/talks/my-talk/favicon.svg')).toBe('file')
    for (const route of ['/talks/my-talk/', '/talks/my-talk/12', '/talks/my-talk/read', '/talks/my-talk/12?clicks=3'])
      expect(kept(route), route).toBe('page')
  })

  it('nothing from another origin or outside the base', () => {
    expect(kept('https://cdn.example.com/talks/my-talk/assets/x.js')).toBeNull()
    expect(kept('/other/assets/x.js')).toBeNull()
  })

  it('counts every route of the app as its one index.html, and files by their path under the base', () => {
    expect(fileOf('/talks/my-talk/12', '/talks/my-talk/')).toBe('index.html')
    expect(fileOf('/talks/my-talk/', '/talks/my-talk/')).toBe('index.html')
    expect(fileOf('/talks/my-talk/assets/a-1.js', '/talks/my-talk/')).toBe('assets/a-1.js')
    expect(fileOf('/sw.js', '/')).toBe('sw.js')
  })
})

describe('which builds have the worker', () => {
  type Deck = Parameters<typeof offlineOn>[0]
  const deck = (headmatter: Record<string, unknown>, more: Partial<ResolvedSlidevOptions> = {}): Deck =>
    ({ mode: 'build', withoutNotes: true, userRoot: '/nowhere', data: { headmatter, config: { title: 'T', pwa: headmatter.pwa } }, ...more }) as unknown as Deck

  it('the hosted build, unless the headmatter says offline: false; never dev, export or a build with notes', () => {
    expect(offlineOn(deck({}))).toBe(true)
    expect(offlineOn(deck({ offline: false }))).toBe(false)
    expect(offlineOn(deck({}, { withoutNotes: false }))).toBe(false)
    expect(offlineOn(deck({}, { mode: 'dev' }))).toBe(false)
    expect(offlineOn(deck({}, { mode: 'export' }))).toBe(false)
  })

  it('refuses Slidev\'s pwa beside it, saying how to choose', () => {
    expect(() => offline(deck({ pwa: true }))).toThrow(/drop `pwa`, or set `offline: false`/)
    expect(offline(deck({ pwa: true, offline: false }))).toHaveLength(1)
  })
})
