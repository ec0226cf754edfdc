/**
 * The read view's words: `virtual:read-text`, the spoken text of every slide, made at build time from
 * the notes. In the hosted deck (built --without-notes) it is the headmatter setting `readView: true`
 * that lets any of it ship: with the setting off the module is null and `__DECK_READ__` is false, so the
 * /read route and everything it imports are dropped, and the build holds none of the words. Where the
 * notes are there anyway (dev, export and the local presenter build) the read view always is, so
 * `npm run export:read` works whatever the setting.
 * Only what Mark says goes in: spokenText (lib/pacing.ts) drops [directions], [click] marks,
 * speaker reminders (bracketed too) and (record notes), paragraph by paragraph.
 * Loaded through setup/vite-plugins.ts, which hands it Slidev's own parsed deck.
 */
import type { ResolvedSlidevOptions, SlidevData } from '@slidev/types'
import type { Plugin } from 'vite'
import { spokenText } from '../lib/pacing'

export const READ_TEXT_ID = 'virtual:read-text'
const RESOLVED = `\0${READ_TEXT_ID}`

/** The headmatter key that turns the read view on. */
export const READ_SETTING = 'readView'

export interface ReadSlide {
  no: number
  /** What he says over the slide, one string per paragraph of the note. */
  paragraphs: string[]
}

export function readViewOn(headmatter: Record<string, unknown>): boolean {
  return headmatter[READ_SETTING] === true
}

/** A note as the reader gets it: its paragraphs, each cleaned to the spoken words; empty ones left out. */
export function readParagraphs(note: string | undefined): string[] {
  return (note ?? '').split(/\n\s*\n/).map(spokenText).filter(Boolean)
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
  return deck.data.slides.map((slide, i) => ({ no: i + 1, paragraphs: readParagraphs(slide.note) }))
}

export function readView(deck: Deck): Plugin {
  const { data } = deck
  return {
    name: 'deck:read-text',
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
