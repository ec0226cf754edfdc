/**
 * What every exported PDF gets after Chromium renders it: document metadata from the headmatter and
 * an outline (bookmarks) whose entries are the talk's sections.
 */
import type { PDFRef } from 'pdf-lib'
import type { DeckInfo } from '../deck/info'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'

export async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
}

export interface OutlineEntry {
  title: string
  /** 0-based page the entry opens. */
  pageIndex: number
}

export async function finishPdf(bytes: Uint8Array, deck: DeckInfo, outline: readonly OutlineEntry[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  pdf.setTitle(deck.title, { showInWindowTitleBar: true })
  pdf.setAuthor(deck.author)
  pdf.setSubject(deck.description)
  pdf.setKeywords([deck.keywords.join(', ')])
  pdf.setCreator('Slidev, Chromium and pdf-lib')
  pdf.setProducer('slidev-addon-speaker export')
  dropInternalLinks(pdf)
  addOutline(pdf, outline)
  return pdf.save()
}

/**
 * Chromium turns in-page links (`<a href="#id">`) into named destinations that tie every page to the
 * others (a page extracted on its own carries the whole file); the outline is the way around instead.
 */
function dropInternalLinks(pdf: PDFDocument): void {
  for (const page of pdf.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    if (!annots)
      continue
    const kept = annots.asArray().filter(ref => !pdf.context.lookupMaybe(ref, PDFDict)?.has(PDFName.of('Dest')))
    if (kept.length === 0)
      page.node.delete(PDFName.of('Annots'))
    else
      page.node.set(PDFName.of('Annots'), pdf.context.obj(kept))
  }
  pdf.catalog.delete(PDFName.of('Dests'))
}

/** A flat outline: one entry per section, each opening its first page, in page order. */
function addOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  const pages = pdf.getPages()
  const items = entries.filter(entry => pages[entry.pageIndex])
  if (items.length === 0)
    return
  const { context } = pdf
  const root = context.nextRef()
  const refs: PDFRef[] = items.map(() => context.nextRef())
  items.forEach((item, i) => {
    const dict = context.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: root,
      Dest: [pages[item.pageIndex]!.ref, 'Fit'],
    })
    if (i > 0)
      dict.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < items.length - 1)
      dict.set(PDFName.of('Next'), refs[i + 1]!)
    context.assign(refs[i]!, dict)
  })
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: PDFNumber.of(items.length) }))
  pdf.catalog.set(PDFName.of('Outlines'), root)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/**
 * Outline entries for anchors in the page: Chromium writes a named destination for every element a
 * link in the document points to (`<a href="#id">`), so each entry opens the page its anchor is on.
 * An anchor Chromium did not write fails loudly: the outline would otherwise quietly lose a section.
 */
export async function anchoredOutline(bytes: Uint8Array, anchors: readonly { title: string, anchor: string }[]): Promise<OutlineEntry[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const pageIndex = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i]))
  const dests = namedDestinations(pdf)
  return anchors.map(({ title, anchor }) => {
    const page = dests.get(anchor)
    const index = page ? pageIndex.get(page) : undefined
    if (index === undefined)
      throw new Error(`the PDF has no destination "#${anchor}" for "${title}" (is there a link to it on the page?)`)
    return { title, pageIndex: index }
  })
}

/** Named destinations, name to the page they open, from the catalog's /Dests (where Chromium writes them). */
function namedDestinations(pdf: PDFDocument): Map<string, string> {
  const found = new Map<string, string>()
  for (const [name, value] of pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)?.entries() ?? []) {
    const dest = pdf.context.lookup(value)
    const array = dest instanceof PDFDict ? dest.lookup(PDFName.of('D')) : dest
    if (array instanceof PDFArray)
      found.set(name.decodeText(), String(array.get(0)))
  }
  return found
}
