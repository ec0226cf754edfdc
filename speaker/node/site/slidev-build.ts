/**
 * `slidev build` of the deck in a child process, with headmatter set for this build only (read by the kit's
 * preparser from DECK_HEADMATTER) and the PDF to ship (vite/ship-pdf.ts, from DECK_SHIP_PDF).
 * An interrupted command stops the child before its scratch folder is removed (process/run.ts).
 */
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from '../deck/project'
import { run } from '../process/run'

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
    DECK_HEADMATTER: JSON.stringify(headmatter),
    DECK_SHIP_PDF: pdf ?? '',
  })
}
