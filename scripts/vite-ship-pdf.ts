/**
 * Ships the PDF inside the hosted build (scripts/build.ts sets DECK_SHIP_PDF to the exported file):
 * emitted beside index.html and added to the service worker's precache, so a direct visit to it
 * gets the PDF (not the deck's index.html, which the worker gives every other unknown address) and
 * the Download button works offline like the rest of the deck.
 */
import type { VitePluginPWAAPI } from 'vite-plugin-pwa'
import type { Plugin } from 'vite'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import process from 'node:process'

export function shipPdf(file = process.env.DECK_SHIP_PDF): Plugin {
  let pwa: VitePluginPWAAPI | undefined
  return {
    name: 'deck:ship-pdf',
    apply: () => Boolean(file),
    configResolved(config) {
      pwa = config.plugins.find(plugin => plugin.name === 'vite-plugin-pwa')?.api as VitePluginPWAAPI | undefined
    },
    generateBundle() {
      const source = readFileSync(file!)
      const fileName = basename(file!)
      this.emitFile({ type: 'asset', fileName, source })
      const revision = createHash('sha256').update(source).digest('hex').slice(0, 16)
      pwa?.extendManifestEntries(entries => [...entries, { url: fileName, revision }])
    },
  }
}
