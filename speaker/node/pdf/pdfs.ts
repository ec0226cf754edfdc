/**
 * The PDFs, into exports/ (or DECK_EXPORTS), all named from the one setting `exportFilename`:
 *   slides    <name>.pdf          one page per slide, final state
 *   steps     <name>-steps.pdf    one page per click step
 *   handout   <name>-handout.pdf  each slide with its speaker notes, one A4 page each
 *   read      <name>-read.pdf     the read view: the talk as an article for readers, A4, light,
 *                                 each section from a new page, no stage directions
 * Several kinds are rendered with one server and browser (render.ts).
 */
import type { Page } from 'playwright-chromium'
import type { DeckInfo } from '../deck/info'
import type { OutlineEntry } from './assemble'
import type { Renderer } from './render'
import { renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { A4_CSS_PX, READ_PRINT_WIDTH_PX } from '../../lib/paper'
import { sectionAnchor } from '../../lib/sections'
import { SLIDEV_CLASS } from '../../lib/slidev-dom'
import { deckInfo } from '../deck/info'
import { EXPORTS } from '../deck/project'
import { withScratch } from '../process/scratch'
import { anchoredOutline, finishPdf, pageCount } from './assemble'
import { withRenderer } from './render'

export const PDF_KINDS = ['slides', 'steps', 'handout', 'read'] as const
export type PdfKind = typeof PDF_KINDS[number]

export function pdfFileName(exportFilename: string, kind: PdfKind): string {
  return `${exportFilename}${kind === 'slides' ? '' : `-${kind}`}.pdf`
}

const A4_PDF = { format: 'A4', printBackground: true, preferCSSPageSize: true } as const

/** Renders one kind of PDF, checked against the slides it should hold, with its outline's entries. */
async function render(renderer: Renderer, kind: PdfKind, deck: DeckInfo): Promise<{ bytes: Uint8Array, outline: OutlineEntry[] }> {
  const what = `${kind} PDF`
  if (kind === 'read') {
    // Laid out at the width the printed page leaves, in print media before the slides settle: the slide
    // pictures size themselves to their column as it is laid out, and printing runs no layout observers.
    const { page, check, settle } = await renderer.open('read?print=true', { ...A4_CSS_PX, width: READ_PRINT_WIDTH_PX })
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    await settle(deck.slideCount, what)
    const bytes = await printPdf(page, check, what, A4_PDF)
    return { bytes, outline: await anchoredOutline(bytes, deck.sections.map(m => ({ title: m.title, anchor: sectionAnchor(m.title) }))) }
  }
  if (kind === 'handout') {
    const { page, check, settle } = await renderer.open('handout?print=true', A4_CSS_PX)
    await settle(deck.slideCount, what)
    await page.waitForTimeout(300) // notes step their size down on mount
    const bytes = await printPdf(page, check, what, A4_PDF)
    const pages = await pageCount(bytes)
    if (pages !== deck.slideCount)
      throw new Error(`the handout has ${pages} pages for ${deck.slideCount} slides: a sheet ran over its page`)
    return { bytes, outline: deck.sections.map(m => ({ title: m.title, pageIndex: m.start - 1 })) }
  }
  const { page, check, settle } = await renderer.open(`print?print=${kind === 'steps' ? 'clicks' : 'true'}`, renderer.canvas)
  await page.emulateMedia({ media: 'screen', colorScheme: renderer.colorScheme })
  // Click steps add frames as each slide mounts and counts its clicks: settle until the count holds.
  for (let frames = deck.slideCount, seen = -1; frames !== seen;) {
    seen = frames
    await settle(frames, what)
    await page.waitForTimeout(500)
    frames = await page.locator(`.${SLIDEV_CLASS.printFrame}`).count()
  }
  // Slidev breaks the page after every frame, the last one too, which would print a blank last page.
  await page.addStyleTag({ content: `#print-content > .${SLIDEV_CLASS.printFrame}:last-child { break-after: auto !important; }` })
  const frames = page.locator(`.${SLIDEV_CLASS.printFrame}`)
  // The slide number shown on each page, in page order.
  const pageSlides = await frames.evaluateAll(nodes => nodes.map(node => Number(node.id.split('-')[0])))
  // The page is exactly one slide frame as Slidev laid it out (its height is not always a whole pixel).
  const frame = (await frames.first().boundingBox())!
  const bytes = await printPdf(page, check, what, {
    width: `${frame.width}px`,
    height: `${frame.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
  })
  const pages = await pageCount(bytes)
  if (pages !== pageSlides.length)
    throw new Error(`Chromium printed ${pages} pages for ${pageSlides.length} slide frames`)
  return { bytes, outline: deck.sections.map(m => ({ title: m.title, pageIndex: pageSlides.indexOf(m.start) })) }
}

/** Prints a page that showed no problem before or while printing, then closes it. */
async function printPdf(page: Page, check: (what: string) => void, what: string, options: Parameters<Page['pdf']>[0]): Promise<Uint8Array> {
  check(what)
  const bytes = await page.pdf(options)
  check(what)
  await page.context().close()
  return bytes
}

/** Renders the given PDFs with one server and browser, each renamed into place only when complete and checked. */
export async function exportPdfs(kinds: readonly PdfKind[]): Promise<string[]> {
  const deck = await deckInfo()
  return withRenderer(async (renderer) => {
    const written: string[] = []
    for (const kind of kinds) {
      const started = Date.now()
      const fileName = pdfFileName(deck.exportFilename, kind)
      const file = await withScratch(EXPORTS, 'pdf', async (scratch) => {
        const { bytes, outline } = await render(renderer, kind, deck)
        if (bytes.length === 0)
          throw new Error('the renderer produced an empty PDF')
        const partial = join(scratch, fileName)
        writeFileSync(partial, await finishPdf(bytes, deck, outline))
        renameSync(partial, join(EXPORTS, fileName))
        return join(EXPORTS, fileName)
      })
      console.log(`PDF written: ${file} (${kind}, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
      written.push(file)
    }
    return written
  })
}
