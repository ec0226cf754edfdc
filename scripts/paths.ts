/**
 * Where things live. DECK_OUT and DECK_EXPORTS move the build and the PDFs elsewhere
 * (for parallel test runs and the benchmark); by default they are dist/ and exports/.
 */
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const ENTRY = resolve(ROOT, 'slides.md')
export const DIST = resolve(ROOT, process.env.DECK_OUT ?? 'dist')
export const EXPORTS = resolve(ROOT, process.env.DECK_EXPORTS ?? 'exports')
