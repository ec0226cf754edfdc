/**
 * Ships the PDF in DECK_SHIP_PDF (set by node/commands/build.ts) beside index.html, so a direct visit gets the
 * PDF (not the deck's fallback page). It is not precached: the service worker keeps it once fetched (worker/sw.ts).
 * `virtual:shipped-pdf` tells the Download button where it is, or null where none ships (dev, present).
 */
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import process from 'node:process'

export const SHIPPED_PDF_ID = 'virtual:shipped-pdf'
const RESOLVED = `\0${SHIPPED_PDF_ID}`

export interface ShippedPdf {
  /** Under the build's base: /talks/my-talk/my-talk.pdf */
  url: string
  fileName: string
}

export function shipPdf(file = process.env.DECK_SHIP_PDF || undefined): Plugin {
  const fileName = file && basename(file)
  let base = '/'
  return {
    name: 'speaker:ship-pdf',
    configResolved(config) {
      base = config.base
    },
    resolveId: id => id === SHIPPED_PDF_ID ? RESOLVED : undefined,
    load(id) {
      if (id === RESOLVED)
        return `export default ${JSON.stringify(fileName ? { url: `${base}${fileName}`, fileName } satisfies ShippedPdf : null)}`
    },
    generateBundle() {
      if (!file || !fileName)
        return
      this.emitFile({ type: 'asset', fileName, source: readFileSync(file) })
    },
  }
}
