/**
 * The PDFs, into exports/ (or DECK_EXPORTS), all named from the one setting `exportFilename`:
 *   npm run export           <name>.pdf          one page per slide, final state
 *   npm run export:steps     <name>-steps.pdf    one page per click step
 *   npm run export:handout   <name>-handout.pdf  each slide with its speaker notes, one A4 page each
 *   npm run export:read      <name>-read.pdf     the read view: the talk as an article for readers, A4,
 *                                                light, each movement from a new page, no directions
 * `tsx scripts/export.ts all` makes the four with one server.
 *
 * Each renders in the resolver's Chromium from Slidev's export server (scripts/render.ts), gets
 * metadata and an outline of the talk's movements (scripts/pdf.ts), and is written atomically:
 * into a scratch folder first, renamed into place only when complete and checked.
 */
import type { DeckInfo } from './deck'
import type { OutlineEntry } from './pdf'
import type { Renderer } from './render'
import { renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { assertValidData } from '../data/validate'
import { movementAnchor } from '../lib/movements'
import { READ_PRINT_WIDTH_PX } from '../lib/read'
import { deckInfo } from './deck'
import { isMain, runMain } from './main'
import { EXPORTS } from './paths'
import { anchoredOutline, finishPdf } from './pdf'
import { withRenderer } from './render'
import { withScratch } from './scratch'

export const PDF_KINDS = ['slides', 'steps', 'handout', 'read'] as const
export type PdfKind = typeof PDF_KINDS[number]

export function pdfFileName(exportFilename: string, kind: PdfKind): string {
  return `${exportFilename}${kind === 'slides' ? '' : `-${kind}`}.pdf`
}

/**
 * Writes `dir/fileName` atomically: `produce` fills a file in a scratch folder beside it,
 * which is renamed into place only if `produce` succeeds. A failure leaves nothing behind.
 */
export async function exportPdf(fileName: string, produce: () => Promise<Uint8Array>, dir = EXPORTS): Promise<string> {
  return withScratch(dir, 'pdf', async (scratch) => {
    const bytes = await produce()
    if (bytes.length === 0)
      throw new Error('the renderer produced an empty PDF')
    const partial = join(scratch, fileName)
    const target = join(dir, fileName)
    writeFileSync(partial, bytes)
    renameSync(partial, target)
    return target
  })
}

interface Rendered {
  bytes: Uint8Array
  /** Slide number shown on each page, in page order; absent where text flows over pages (read). */
  pageSlides?: number[]
  /** Where the read view's movements start, found by their anchors in the printed PDF. */
  outline?: OutlineEntry[]
}

const A4_CSS_PX = { width: 794, height: 1123 }

async function render(renderer: Renderer, kind: PdfKind, deck: DeckInfo): Promise<Rendered> {
  const what = `${kind} PDF`
  if (kind === 'read') {
    // Laid out at the width the printed page leaves, in print media before the slides settle: the slide
    // pictures size themselves to their column as it is laid out, and printing runs no layout observers.
    const { page, check, settle } = await renderer.open('read?print=true', { ...A4_CSS_PX, width: READ_PRINT_WIDTH_PX })
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    await settle(deck.slideCount, what)
    check(what)
    const bytes = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    check(what)
    await page.context().close()
    return { bytes, outline: await anchoredOutline(bytes, deck.movements.map(m => ({ title: m.title, anchor: movementAnchor(m.title) }))) }
  }
  if (kind === 'handout') {
    const { page, check, settle } = await renderer.open('handout?print=true', A4_CSS_PX)
    await settle(deck.slideCount, what)
    await page.waitForTimeout(300) // notes step their size down on mount
    check(what)
    const bytes = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    check(what)
    await page.context().close()
    return { bytes, pageSlides: Array.from({ length: deck.slideCount }, (_, i) => i + 1) }
  }
  const { page, check, settle } = await renderer.open(`print?print=${kind === 'steps' ? 'clicks' : 'true'}`, renderer.canvas)
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' })
  // Click steps add frames as each slide mounts and counts its clicks: settle until the count holds.
  for (let frames = deck.slideCount, seen = -1; frames !== seen;) {
    seen = frames
    await settle(frames, what)
    await page.waitForTimeout(500)
    frames = await page.locator('.print-slide-container').count()
  }
  // Slidev breaks the page after every frame, the last one too, which would print a blank last page.
  await page.addStyleTag({ content: '#print-content > .print-slide-container:last-child { break-after: auto !important; }' })
  const frames = page.locator('.print-slide-container')
  const ids = await frames.evaluateAll(nodes => nodes.map(node => node.id))
  // The page is exactly one slide frame as Slidev laid it out (its height is not always a whole pixel).
  const frame = await frames.first().evaluate((node) => {
    const box = node.getBoundingClientRect()
    return { width: box.width, height: box.height }
  })
  check(what)
  const bytes = await page.pdf({
    width: `${frame.width}px`,
    height: `${frame.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
  })
  check(what)
  await page.context().close()
  return { bytes, pageSlides: ids.map(id => Number(id.split('-')[0])) }
}

function outlineOf(deck: DeckInfo, pageSlides: readonly number[]): OutlineEntry[] {
  return deck.movements.map(m => ({ title: m.title, pageIndex: pageSlides.indexOf(m.start) }))
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const { PDFDocument } = await import('pdf-lib')
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
}

/** Renders the given PDFs with one server and browser; returns the paths written. */
export async function exportPdfs(kinds: readonly PdfKind[], dir = EXPORTS): Promise<string[]> {
  const deck = await deckInfo()
  return withRenderer(async (renderer) => {
    const written: string[] = []
    for (const kind of kinds) {
      const started = Date.now()
      const file = await exportPdf(pdfFileName(deck.exportFilename, kind), async () => {
        const { bytes, pageSlides, outline } = await render(renderer, kind, deck)
        const pages = await pageCount(bytes)
        if (pageSlides && pages !== pageSlides.length) {
          throw new Error(kind === 'handout'
            ? `the handout has ${pages} pages for ${pageSlides.length} slides: a sheet ran over its page`
            : `Chromium printed ${pages} pages for ${pageSlides.length} slide frames`)
        }
        return finishPdf(bytes, { title: deck.title, author: deck.author, subject: deck.description, keywords: deck.keywords }, outline ?? outlineOf(deck, pageSlides ?? []))
      }, dir)
      console.log(`PDF written: ${file} (${kind}, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
      written.push(file)
    }
    return written
  })
}

function kindsFromArgs(args: string[]): PdfKind[] {
  const asked = args.length === 0 ? ['slides'] : args
  if (asked.includes('all'))
    return [...PDF_KINDS]
  const unknown = asked.filter(a => !(PDF_KINDS as readonly string[]).includes(a))
  if (unknown.length > 0)
    throw new Error(`Unknown export "${unknown.join(', ')}": use ${PDF_KINDS.join(', ')} or all`)
  return asked as PdfKind[]
}

if (isMain(import.meta.url)) {
  runMain('Export', async () => {
    assertValidData()
    await exportPdfs(kindsFromArgs(process.argv.slice(2)))
  })
}
