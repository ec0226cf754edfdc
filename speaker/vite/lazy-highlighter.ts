/**
 * Shiki only where it is called. Slidev puts it in one chunk with the Twoslash client it imports at
 * start-up, and index.html then preloads it (100 KB compressed) for every deck, code or none. Left to the
 * bundler, the highlighter is fetched only by what calls it at run time (Monaco, Magic Move, code runners);
 * code blocks are highlighted at build time either way (the second deck's test shows one).
 */
import type { Plugin } from 'vite'

/** Slidev's `modules/shiki` chunk, minus the Shiki modules: those go where the bundler puts them. */
export function lazyHighlighter(): Plugin {
  return {
    name: 'speaker:lazy-highlighter',
    enforce: 'post',
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output) || typeof output.manualChunks !== 'function')
        return
      const slidev = output.manualChunks
      output.manualChunks = (id, meta) => /\/(?:shiki|@shikijs)\//.test(id) ? undefined : slidev(id, meta)
    },
  }
}
