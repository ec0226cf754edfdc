/**
 * Ships the PDF inside the hosted build (scripts/build.ts sets DECK_SHIP_PDF to the exported file):
 * emitted beside index.html and added to the service worker's precache, so a direct visit to it
 * gets the PDF (not the deck's index.html, which the worker gives every other unknown address) and
 * it is there offline like the rest of the deck. `virtual:shipped-pdf` tells the Download button
 * (components/DownloadPdf.vue) where it is, or null where no PDF is shipped (dev, present).
 */
import type { Plugin } from 'vite'
import type { VitePluginPWAAPI } from 'vite-plugin-pwa'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import process from 'node:process'

export const SHIPPED_PDF_ID = 'virtual:shipped-pdf'
const RESOLVED = `\0${SHIPPED_PDF_ID}`

export interface ShippedPdf {
  /** Under the build's base: /talks/walmsley/become-first-then-win.pdf */
  url: string
  fileName: string
}

export function shipPdf(file = process.env.DECK_SHIP_PDF || undefined): Plugin {
  const fileName = file && basename(file)
  let base = '/'
  let pwa: VitePluginPWAAPI | undefined
  return {
    name: 'deck:ship-pdf',
    configResolved(config) {
      base = config.base
      pwa = config.plugins.find(plugin => plugin.name === 'vite-plugin-pwa')?.api as VitePluginPWAAPI | undefined
    },
    resolveId: id => id === SHIPPED_PDF_ID ? RESOLVED : undefined,
    load(id) {
      if (id === RESOLVED)
        return `export default ${JSON.stringify(fileName ? { url: `${base}${fileName}`, fileName } satisfies ShippedPdf : null)}`
    },
    generateBundle() {
      if (!file || !fileName)
        return
      const source = readFileSync(file)
      this.emitFile({ type: 'asset', fileName, source })
      const revision = createHash('sha256').update(source).digest('hex').slice(0, 16)
      pwa?.extendManifestEntries(entries => [...entries, { url: fileName, revision }])
    },
  }
}
