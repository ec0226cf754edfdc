// @vitest-environment node
/**
 * What the speaker kit reads from this talk: its headmatter, its sections (the talk's movements), and the read
 * view's words, which are exactly the words the pacing model counts as spoken.
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { spokenText } from '../../speaker/lib/pacing'
import { sectionAnchor, sectionsOf } from '../../speaker/lib/sections'
import { deckInfo, loadDeck } from '../../speaker/node/deck/info'
import { readText } from '../../speaker/vite/read'

it('reads the headmatter once, for the build, the exports and the tests: trimmed, with this build\'s overrides', async () => {
  const deck = await deckInfo({ readView: false })
  expect(deck).toMatchObject({ title: 'Become first. Then win.', author: 'Mark', exportFilename: 'become-first-then-win' })
  expect(deck.description).toBe('Become first. Then win. A keynote about Jim Walmsley, UTMB and letting go.')
  expect(deck.keywords).toContain('Jim Walmsley')
  expect(deck.headmatter.readView).toBe(false)
  expect(deck.sections.map(m => m.title)[1]).toBe('The Aid Station')
})

describe('the read view of this deck', () => {
  let deck: LoadedSlidevData
  beforeAll(async () => {
    deck = await loadDeck()
  })

  it('gives every slide exactly the words the pacing model counts as spoken, paragraph by paragraph', () => {
    const read = readText({ withoutNotes: true, data: { ...deck, headmatter: { ...deck.headmatter, readView: true } } })!
    expect(read).toHaveLength(deck.slides.length)
    read.forEach(({ no, paragraphs }) => {
      const note = deck.slides[no - 1]!.note
      expect(paragraphs.join(' '), `slide ${no}`).toBe(spokenText(note))
      for (const paragraph of paragraphs)
        expect(paragraph, `slide ${no}`).not.toMatch(/[[\]()]|Before presenting|The record|click/i)
    })
    expect(read.filter(s => s.paragraphs.length > 0).length, 'most slides have words').toBeGreaterThan(deck.slides.length * 0.8)
  })

  it('gives each movement its own anchor', () => {
    const movements = sectionsOf(deck.slides.map((slide, i) => ({ no: i + 1, frontmatter: slide.frontmatter })))
    const anchors = movements.map(m => sectionAnchor(m.title))
    expect(new Set(anchors).size).toBe(movements.length)
    expect(anchors).toContain('the-aid-station')
    expect(anchors.every(a => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a))).toBe(true)
  })
})
