/**
 * `virtual:read-text`: the spoken words of every slide (spokenText, lib/pacing.ts), made at build time
 * from the notes. The hosted deck (no notes) ships them only with the headmatter's `readView: true`;
 * otherwise the module is null and `__DECK_READ__` false, so /read and its words drop out of the build.
 * Where the notes are anyway (dev, export, the presenter build) the read view always is.
 */
import type { ResolvedSlidevOptions, SlidevData } from '@slidev/types'
import type { Plugin } from 'vite'
import type { NoteMarks } from '../lib/pacing'
import { DEFAULT_MARKS, noteMarks, spokenText } from '../lib/pacing'

export const READ_TEXT_ID = 'virtual:read-text'
const RESOLVED = `\0${READ_TEXT_ID}`

export interface ReadSlide {
  no: number
  /** What the speaker says over the slide, one string per paragraph of the note. */
  paragraphs: string[]
}

export function readViewOn(headmatter: Record<string, unknown>): boolean {
  return headmatter.readView === true
}

/** A note as the reader gets it: its paragraphs, each cleaned to the spoken words; empty ones left out. */
export function readParagraphs(note: string | undefined, marks: NoteMarks = DEFAULT_MARKS): string[] {
  return (note ?? '').split(/\n\s*\n/).map(paragraph => spokenText(paragraph, marks)).filter(Boolean)
}

type Deck = Pick<ResolvedSlidevOptions, 'withoutNotes'> & { data: Pick<SlidevData, 'headmatter' | 'slides' | 'watchFiles'> }

/** Whether this build has the read view: always where the notes are, else only when the setting is on. */
export function readBuilt({ data, withoutNotes }: Deck): boolean {
  return !withoutNotes || readViewOn(data.headmatter)
}

/** The module's content: every slide's spoken paragraphs, or null where the read view is not built. */
export function readText(deck: Deck): ReadSlide[] | null {
  if (!readBuilt(deck))
    return null
  const marks = noteMarks(deck.data.headmatter)
  return deck.data.slides.map((slide, i) => ({ no: i + 1, paragraphs: readParagraphs(slide.note, marks) }))
}

export function readView(deck: Deck): Plugin {
  const { data } = deck
  return {
    name: 'speaker:read-text',
    config: () => ({ define: { __DECK_READ__: JSON.stringify(readBuilt(deck)) } }),
    resolveId: id => id === READ_TEXT_ID ? RESOLVED : undefined,
    load: id => id === RESOLVED ? `export default ${JSON.stringify(readText(deck))}` : undefined,
    // Slidev re-parses an edited slide file in place (its loader runs first): pass the new words on.
    handleHotUpdate({ file, server }) {
      const module = server.moduleGraph.getModuleById(RESOLVED)
      if (module && file in data.watchFiles)
        void server.reloadModule(module)
    },
  }
}
