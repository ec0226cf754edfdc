/**
 * The deck as Node tooling sees it: slides, notes and headmatter, read with Slidev's own parser. The
 * one reader of the headmatter for the build, the exports and the tests, with one validation.
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { Section } from '../../lib/sections'
import process from 'node:process'
import { load } from '@slidev/parser/fs'
import { sectionsOf } from '../../lib/sections'
import { headmatterOverrides } from '../../setup/preparser'
import { keywordsOf } from '../site/meta'
import { ENTRY, ROOT } from './project'

export async function loadDeck(): Promise<LoadedSlidevData> {
  return load({ roots: [ROOT], userRoot: ROOT }, ENTRY)
}

export interface DeckInfo {
  title: string
  author: string
  /** The headmatter `info`: one line that says what the talk is ('' when unset). */
  description: string
  /** The headmatter `keywords`, else the sections' titles. */
  keywords: string[]
  /** Base name of every exported file: the one setting is `exportFilename` in the headmatter. */
  exportFilename: string
  slideCount: number
  sections: Section[]
  /** The headmatter as this build sees it: slides.md with DECK_HEADMATTER's overrides. */
  headmatter: Record<string, unknown>
}

export async function deckInfo(overrides: Record<string, unknown> = headmatterOverrides(process.env.DECK_HEADMATTER)): Promise<DeckInfo> {
  const deck = await loadDeck()
  const head = { ...deck.headmatter, ...overrides }
  const text = (key: string): string => typeof head[key] === 'string' ? (head[key] as string).trim() : ''
  const missing = ['title', 'author', 'exportFilename'].filter(key => !text(key))
  if (missing.length)
    throw new Error(`slides.md headmatter needs ${missing.map(key => `"${key}"`).join(', ')}`)
  const sections = sectionsOf(deck.slides.map((slide, i) => ({ no: i + 1, frontmatter: slide.frontmatter })))
  const keywords = keywordsOf(head)
  return {
    title: text('title'),
    author: text('author'),
    description: text('info'),
    keywords: keywords.length > 0 ? keywords : sections.map(m => m.title),
    exportFilename: text('exportFilename'),
    slideCount: deck.slides.length,
    sections,
    headmatter: head,
  }
}
