// @vitest-environment node
/**
 * The read view's words (speaker/vite/read.ts): what a reader gets is exactly what the speaker says, no
 * direction, click mark, speaker reminder or record note; and none of it ships unless the setting says so.
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import { describe, expect, it } from 'vitest'
import { readBuilt, readParagraphs, readText, readViewOn } from '../vite/read'

const NOTE = `[Pause, 2 seconds: walk out.]

I'm going to tell one story.

[click] But I have to try. (The record: it was 2021.)

[Before presenting: confirm the film's address.]

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
