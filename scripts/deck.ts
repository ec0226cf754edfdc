/** The deck as Node tooling sees it: slides, notes and headmatter, read with Slidev's own parser. */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import { load } from '@slidev/parser/fs'
import { ENTRY, ROOT } from './paths'

export async function loadDeck(): Promise<LoadedSlidevData> {
  return load({ roots: [ROOT], userRoot: ROOT }, ENTRY)
}

export interface DeckInfo {
  title: string
  author: string
  /** Base name of every exported file: the one setting is `exportFilename` in the headmatter. */
  exportFilename: string
  slideCount: number
}

export async function deckInfo(): Promise<DeckInfo> {
  const deck = await loadDeck()
  const head = deck.headmatter
  const text = (key: string): string => {
    const value = head[key]
    if (typeof value !== 'string' || !value.trim())
      throw new Error(`slides.md headmatter needs a "${key}"`)
    return value
  }
  return {
    title: text('title'),
    author: text('author'),
    exportFilename: text('exportFilename'),
    slideCount: deck.slides.length,
  }
}
