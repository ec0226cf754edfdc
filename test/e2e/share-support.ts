/**
 * Shared by the share-*.spec.ts and present-*.spec.ts tests: where the builds they test are, note
 * sentences to search builds for, reading built files, and knowing when the service worker holds the deck.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DECK_KEPT } from '../../speaker/lib/offline'
import { loadDeck } from '../../speaker/node/deck/info'
import { DIST } from '../../speaker/node/deck/project'

/** The deck as a host serves it under a sub-path, with a public URL and the read view on (builds.setup.ts). */
export const HOSTED = { dir: `${DIST}-hosted`, base: '/talks/walmsley/', publicUrl: 'https://example.org/talks/walmsley/' }

/** The deck built with the read view off and no public URL (builds.setup.ts). */
export const PRIVATE_DIR = `${DIST}-private`

/**
 * A context whose pages hear the service worker say it holds the deck (speaker/lib/offline.ts):
 * `deckKept(page)` then resolves once it has, for the page as loaded last.
 */
export async function offlineContext(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript((word) => {
    (window as unknown as { deckKept: Promise<void> }).deckKept = new Promise((resolve) => {
      navigator.serviceWorker?.addEventListener('message', event => event.data === word && resolve())
    })
  }, DECK_KEPT)
  return context
}

export function deckKept(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { deckKept: Promise<void> }).deckKept)
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * Phrases that only the speaker notes contain: runs of eight plain words from the notes that appear
 * in no slide's visible content. Read from slides.md (and its pages/) with Slidev's parser.
 */
export async function notePhrases(count = 6): Promise<string[]> {
  const deck = await loadDeck()
  const visible = squash(deck.slides.map(slide => slide.content).join(' ')).toLowerCase()
  const phrases: string[] = []
  for (const slide of deck.slides) {
    // A mark or direction breaks a run: the read view splits the words at each click.
    const words = squash((slide.note ?? '').replace(/<[^>]*>|\[[^\]]*\]/g, ' | ')).split(' ')
    for (let i = 0; i + 8 <= words.length; i += 8) {
      const run = words.slice(i, i + 8)
      // Plain words only, so the phrase reads the same in HTML, JS strings and PDF text.
      if (run.every(word => /^[a-z]+$/i.test(word))) {
        const phrase = run.join(' ')
        if (!visible.includes(phrase.toLowerCase())) {
          phrases.push(phrase)
          break
        }
      }
    }
    if (phrases.length >= count)
      break
  }
  return phrases
}

/** Every text file of a build, for searching: HTML, JS, CSS, JSON, manifests. */
export function builtText(dir: string): string {
  const texts: string[] = []
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory())
        walk(path)
      else if (/\.(?:html|js|mjs|css|json|webmanifest|txt|map)$/.test(name))
        texts.push(readFileSync(path, 'utf8'))
    }
  }
  walk(dir)
  return texts.join('\n')
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number, height: number } {
  const bytes = readFileSync(file)
  if (bytes.toString('latin1', 1, 4) !== 'PNG')
    throw new Error(`${file} is not a PNG`)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
