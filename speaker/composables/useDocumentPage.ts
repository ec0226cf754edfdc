/**
 * A route that is a document rather than the slide player (the handout, the read view): the page
 * scrolls as one long document, which Chromium paginates when it prints. `css` adds the route's own
 * page rules (its @page size and margins, its paper).
 */
import { useStyleTag } from '@vueuse/core'

export function useDocumentPage(css: string): void {
  useStyleTag(`html, body, #app { height: auto !important; overflow: visible !important; }\n${css}`)
}
