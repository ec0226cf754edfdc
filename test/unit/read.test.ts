// @vitest-environment node
/**
 * The read view's words (speaker/vite/read.ts): what a reader gets is exactly what Mark says, no
 * direction, click mark, speaker reminder or record note; and none of it ships unless the setting says so.
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { movementAnchor, movementsOf } from '../../speaker/lib/movements'
import { spokenText } from '../../speaker/lib/pacing'
import { loadDeck } from '../../speaker/node/deck/info'
import { readBuilt, readParagraphs, readText, readViewOn } from '../../speaker/vite/read'

const NOTE = `[Pause, 2 seconds: walk out.]

I'm going to tell one story.

[click] But I have to try. (The record: it was 2021.)

[Before presenting: confirm the film's address in data/talk.ts.]

[click] [Pause, 3 seconds.]`

function deckOf(headmatter: Record<string, unknown>, withoutNotes: boolean, notes: string[] = [NOTE]) {
  return {
    withoutNotes,
    data: { headmatter, slides: notes.map(note => ({ note })) as LoadedSlidevData['slides'], watchFiles: {} },
  }
}

describe('the reader\'s words', () => {
  it('are the spoken paragraphs only: no directions, clicks, reminders or record notes', () => {
    expect(readParagraphs(NOTE)).toEqual(['I\'m going to tell one story.', 'But I have to try.'])
    expect(readParagraphs(undefined)).toEqual([])
  })

  it('ship in the hosted build (no notes) only with `readView: true`; where the notes are, always', () => {
    expect(readViewOn({ readView: true })).toBe(true)
    expect(readViewOn({ readView: 'yes' })).toBe(false)
    expect(readText(deckOf({}, true))).toBeNull()
    expect(readText(deckOf({ readView: false }, true))).toBeNull()
    expect(readText(deckOf({ readView: true }, true))).toEqual([{ no: 1, paragraphs: ['I\'m going to tell one story.', 'But I have to try.'] }])
    expect(readBuilt(deckOf({}, false))).toBe(true)
  })
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
    const movements = movementsOf(deck.slides.map((slide, i) => ({ no: i + 1, frontmatter: slide.frontmatter })))
    const anchors = movements.map(m => movementAnchor(m.title))
    expect(new Set(anchors).size).toBe(movements.length)
    expect(anchors).toContain('the-aid-station')
    expect(anchors.every(a => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a))).toBe(true)
  })
})
