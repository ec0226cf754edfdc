// @vitest-environment node
/**
 * The deck ships only the Latin subset of its fonts (styles/fonts.css), cut down at build time to the
 * characters of its sources (styles/font-subset.ts). A character outside Latin would fall back to another
 * font on the audience's phone, so every character of the sources the audience sees (slides, notes the
 * read view shows, components, data, the kit's pages) must be in the range the Latin files cover.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../speaker/node/deck/project'
import { deckCharacters, deckSources, fontFiles } from '../../styles/font-subset'

type Range = [number, number]

function parseRanges(text: string): Range[] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-').map(hex => Number.parseInt(hex, 16))
    return [from!, to ?? from!]
  })
}

const fontsCss = readFileSync(join(ROOT, 'styles/fonts.css'), 'utf8')
const latin = (pkg: string): string => JSON.parse(readFileSync(join(ROOT, 'node_modules/@fontsource-variable', pkg, 'unicode.json'), 'utf8')).latin

describe('the fonts ship their Latin subset only', () => {
  it('declares only Latin files, each with the package\'s Latin range', () => {
    const faces = [...fontsCss.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(m => m[1]!)
    expect(faces).toHaveLength(3)
    for (const face of faces) {
      const src = /url\('@fontsource-variable\/(\w+)\/files\/([\w-]+)\.woff2'\)/.exec(face)
      expect(src?.[2], face).toMatch(/-latin-wght-/)
      const range = /unicode-range:([^;]+);/.exec(face)![1]!
      expect(parseRanges(range)).toEqual(parseRanges(latin(src![1]!)))
    }
  })

  it('covers every character the audience can see (e.g. "Arêches")', () => {
    const ranges = parseRanges(latin('inter'))
    const covered = (code: number): boolean => ranges.some(([from, to]) => code >= from && code <= to)
    const outside: string[] = []
    for (const file of deckSources()) {
      for (const char of new Set(readFileSync(join(ROOT, file), 'utf8'))) {
        if (!covered(char.codePointAt(0)!))
          outside.push(`${file}: "${char}" U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
      }
    }
    expect(outside, 'characters the Latin subset lacks').toEqual([])
    expect(deckSources()).toEqual(expect.arrayContaining(['slides.md', 'pages/1-aid-station.md', 'speaker/pages/read/ReadPage.vue']))
  })

  it('cuts each file down to printable ASCII and the characters the deck has', () => {
    expect(fontFiles()).toHaveLength(3)
    const text = deckCharacters()
    for (const char of ['A', 'z', '0', '9', ':', 'ê', '“', '’'])
      expect(text, char).toContain(char)
    expect(text).not.toMatch(/[\n\t]/)
  })
})
