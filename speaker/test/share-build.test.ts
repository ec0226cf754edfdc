// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { hostedBase, publicUrl } from '../node/deck/public-url'
import { fixMeta, keywordsOf } from '../node/site/meta'
import { headmatterOverrides } from '../setup/preparser'

describe('the public URL is one setting', () => {
  it('normalises to a trailing slash and gives the base path when DECK_BASE is unset', () => {
    expect(publicUrl({ DECK_PUBLIC_URL: 'https://o.github.io/repo' })).toBe('https://o.github.io/repo/')
    expect(publicUrl({ DECK_PUBLIC_URL: 'https://o.github.io/repo//?x=1' })).toBe('https://o.github.io/repo/')
    expect(publicUrl({})).toBeUndefined()
    expect(hostedBase({ DECK_PUBLIC_URL: 'https://x.org/talks/small-batches' })).toBe('/talks/small-batches/')
    expect(hostedBase({ DECK_BASE: 'talks/small-batches' })).toBe('/talks/small-batches/')
    expect(hostedBase({})).toBe('/')
  })

  it('refuses a base that disagrees with it, and a non-web address', () => {
    expect(() => hostedBase({ DECK_PUBLIC_URL: 'https://x.org/a/', DECK_BASE: '/b/' })).toThrow(/disagree/)
    expect(() => publicUrl({ DECK_PUBLIC_URL: 'ftp://x.org/' })).toThrow(/http/)
    expect(() => publicUrl({ DECK_PUBLIC_URL: 'not a url' })).toThrow(/not a URL/)
  })

  it('refuses a base with "." or ".." segments or characters a URL must encode, and keeps good ones', () => {
    for (const DECK_BASE of ['../x', '/a/./b/', '/a b/', '/a%20b/', '/talk#1/', '/talk?x/', '/café/'])
      expect(() => hostedBase({ DECK_BASE }), DECK_BASE).toThrow(/^DECK_BASE ".*" has (?:a "\." or "\.\." segment|characters a URL must encode)/)
    for (const DECK_PUBLIC_URL of ['https://x.org/../x/', 'https://x.org/a b/', 'https://x.org/a/./b'])
      expect(() => hostedBase({ DECK_PUBLIC_URL }), DECK_PUBLIC_URL).toThrow(/^The path of DECK_PUBLIC_URL/)
    expect(hostedBase({ DECK_BASE: '/talks/small-batches-2026_v1.2~final/' })).toBe('/talks/small-batches-2026_v1.2~final/')
    expect(hostedBase({ DECK_BASE: 'repo' })).toBe('/repo/')
    expect(hostedBase({ DECK_BASE: '/' })).toBe('/')
    expect(hostedBase({ DECK_PUBLIC_URL: 'https://o.github.io/my.repo/' })).toBe('/my.repo/')
  })
})

describe('build-time headmatter overrides', () => {
  it('read a JSON object, or nothing', () => {
    expect(headmatterOverrides('{"presenter":true}')).toEqual({ presenter: true })
    expect(headmatterOverrides(undefined)).toEqual({})
    expect(() => headmatterOverrides('[1]')).toThrow(/object/)
  })
})

describe('fixMeta', () => {
  it('replaces Slidev\'s JSON-quoted description and author with plain, escaped text', () => {
    const html = '<meta name="description" content="&quot;A talk.\\n&quot;"><meta name="author" content="&quot;A. Speaker&quot;">'
    expect(fixMeta(html, { description: 'A "quiet" talk & more', author: 'A. Speaker' }))
      .toBe('<meta name="description" content="A &quot;quiet&quot; talk &amp; more"><meta name="author" content="A. Speaker">')
  })

  it('writes the keywords as a plain list too, from a string or a YAML list', () => {
    const html = '<meta name="keywords" content="&quot;keynote, batches&quot;">'
    expect(fixMeta(html, { keywords: keywordsOf({ keywords: 'keynote,  batches ' }).join(', ') })).toBe('<meta name="keywords" content="keynote, batches">')
    expect(keywordsOf({ keywords: ['keynote', 'batches'] })).toEqual(['keynote', 'batches'])
    expect(keywordsOf({})).toEqual([])
  })
})
