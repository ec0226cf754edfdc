/**
 * Where the deck's things live: the deck is the folder the command runs in (npm runs scripts from the
 * package's folder), its entry slides.md. DECK_OUT and DECK_EXPORTS move the build and the PDFs elsewhere
 * (for parallel test runs and the benchmark); by default they are dist/ and exports/. REHEARSALS_DIR
 * moves the saved rehearsals from rehearsals/.
 */
import { resolve } from 'node:path'
import process from 'node:process'

export const ROOT = process.cwd()
export const ENTRY = resolve(ROOT, 'slides.md')
export const DIST = resolve(ROOT, process.env.DECK_OUT ?? 'dist')
export const EXPORTS = resolve(ROOT, process.env.DECK_EXPORTS ?? 'exports')
export const REHEARSALS_DIR = resolve(ROOT, process.env.REHEARSALS_DIR ?? 'rehearsals')
