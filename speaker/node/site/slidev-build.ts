/**
 * `slidev build` of the deck in a child process, for the hosted build and the venue build below: headmatter
 * set for this build only (read by the kit's preparser from DECK_HEADMATTER) and the PDF to ship
 * (vite/ship-pdf.ts, from DECK_SHIP_PDF). An interrupted command stops the child before its scratch folder
 * is removed (process/run.ts).
 */
import { join } from 'node:path'
import process from 'node:process'
import { DIST, ROOT } from '../deck/project'
import { run } from '../process/run'
import { replaceDir } from '../process/scratch'

export interface BuildOptions {
  out: string
  base: string
  withoutNotes: boolean
  /** Headmatter keys to set for this build only. */
  headmatter: Record<string, unknown>
  /** A PDF to ship inside the build, beside index.html (vite/ship-pdf.ts). */
  pdf?: string
}

export async function slidevBuild({ out, base, withoutNotes, headmatter, pdf }: BuildOptions): Promise<void> {
  await run(join(ROOT, 'node_modules/.bin/slidev'), ['build', '--base', base, '--out', out, ...(withoutNotes ? ['--without-notes'] : [])], {
    ...process.env,
    // A Vite dev server in this process (the PDF export, the deck's checks) sets NODE_ENV=development, and a
    // build that inherits it ships Vue's and its router's development code (warnings, devtools).
    NODE_ENV: 'production',
    DECK_HEADMATTER: JSON.stringify(headmatter),
    DECK_SHIP_PDF: pdf ?? '',
    SPEAKER_QUIET_BUILD: '1',
  })
}

export const PRESENT_DIST = `${DIST}-present`

/** The local build: presenter on, notes in, base "/". The hosted build's extras are not needed here. */
export function buildPresent(out = PRESENT_DIST): Promise<void> {
  // Built beside the last one and swapped in complete, so a server still running on it never breaks.
  return replaceDir(out, dir => slidevBuild({ out: dir, base: '/', withoutNotes: false, headmatter: { presenter: true, download: false } }))
}
