/**
 * Reading a PDF back with poppler (pdfinfo, pdftotext, pdftoppm, pdffonts, pdfseparate): blank pages,
 * fonts that are not embedded, and size per page against a budget; and its outline, with pdf-lib.
 */
import type { Buffer } from 'node:buffer'
import type { OutlineEntry } from '../../../speaker/node/pdf/assemble'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

/** Pages in a PDF file, as poppler's pdfinfo reads it (0 when it cannot tell). */
export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0)
}

/** The top-level outline entries of a PDF, with the page each opens. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const pageIndex = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i]))
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const entries: OutlineEntry[] = []
  let item = root?.lookupMaybe(PDFName.of('First'), PDFDict)
  while (item) {
    const title = item.lookup(PDFName.of('Title'))
    const dest = item.lookup(PDFName.of('Dest'))
    const target = dest && 'get' in dest && typeof dest.get === 'function' ? String(dest.get(0)) : ''
    entries.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : String(title),
      pageIndex: pageIndex.get(target) ?? -1,
    })
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return entries
}

/**
 * Size budget, stated in the README. The deck is type and vector art on flat colour: a page is a few
 * tens of KB. Above these, something heavy (a raster image, a font embedded per page) slipped in.
 */
export const PDF_BUDGET = {
  /** Whole file divided by its pages. */
  averagePerPage: 150 * 1024,
  /** Any single page on its own (pdfseparate; it carries its own copy of the fonts it uses). */
  singlePage: 400 * 1024,
}

/**
 * The read PDF flows: a page can hold two slides and the words between them, and the font of all the
 * spoken text (Chromium embeds variable fonts as Type 3, one copy per page on its own). The average holds.
 */
export const READ_PDF_BUDGET = { ...PDF_BUDGET, singlePage: 600 * 1024 }

/** Standard deviation of an 8-bit PGM's pixels (P5, as pdftoppm -gray writes it). */
export function pgmDeviation(data: Buffer): number {
  // Header: "P5" width height maxval, each separated by whitespace, then one byte per pixel.
  const header = /^P5\s+\d+\s+\d+\s+\d+\s/.exec(data.subarray(0, 64).toString('latin1'))
  if (!header)
    throw new Error('not a binary PGM')
  const pixels = data.subarray(header[0].length)
  let sum = 0
  let sq = 0
  for (const v of pixels) {
    sum += v
    sq += v * v
  }
  const mean = sum / pixels.length
  return Math.sqrt(Math.max(0, sq / pixels.length - mean * mean))
}

export interface PageContent {
  page: number
  textChars: number
  /** Pixel standard deviation of the page rendered in grey at low resolution; ~0 means one flat colour. */
  deviation: number
}

/** Text and drawn content of every page. */
export function pageContents(file: string, dpi = 24): PageContent[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-check-'))
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')])
    // pdftoppm pads page numbers to the width of the last one: p-01.pgm ... p-44.pgm.
    const images = readdirSync(dir).filter(n => n.endsWith('.pgm')).sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]))
    // One pdftotext for the whole file: it ends each page with a form feed.
    const texts = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f')
    return images.map((name, i) => ({ page: i + 1, textChars: (texts[i] ?? '').replace(/\s/g, '').length, deviation: pgmDeviation(readFileSync(join(dir, name))) }))
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A page with no text and (almost) one flat colour shows nothing. */
export function isBlank(p: PageContent): boolean {
  return p.textChars === 0 && p.deviation < 2
}

export interface FontRow {
  name: string
  type: string
  embedded: boolean
}

/** pdffonts' table, read by its column positions (names may contain spaces, e.g. "[none]"). */
export function fonts(file: string): FontRow[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n')
  const head = out[0] ?? ''
  const typeAt = head.indexOf('type')
  const encAt = head.indexOf('encoding')
  const embAt = head.indexOf('emb')
  return out.slice(2).filter(l => l.trim()).map(l => ({
    name: l.slice(0, typeAt).trim(),
    type: l.slice(typeAt, encAt).trim(),
    embedded: l.slice(embAt, embAt + 3).trim() === 'yes',
  }))
}

/** Bytes of each page saved on its own. */
export function pageSizes(file: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-pages-'))
  try {
    execFileSync('pdfseparate', [file, join(dir, 'p-%d.pdf')])
    return readdirSync(dir).map(n => ({ n: Number(/(\d+)\.pdf$/.exec(n)![1]), size: statSync(join(dir, n)).size })).sort((a, b) => a.n - b.n).map(x => x.size)
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Every problem with `file`, one line each, naming the page (and slide, when pages are slides). */
export function pdfProblems(file: string, budget = PDF_BUDGET): string[] {
  const problems: string[] = []
  const pages = pdfPageCount(file)
  if (!pages)
    return [`${file} has no pages`]
  for (const p of pageContents(file)) {
    if (isBlank(p))
      problems.push(`PDF page ${p.page} is blank: no text and a flat picture (pixel deviation ${p.deviation.toFixed(2)})`)
  }
  for (const f of fonts(file)) {
    if (!f.embedded)
      problems.push(`font ${f.name} (${f.type}) is not embedded`)
  }
  const average = statSync(file).size / pages
  if (average > budget.averagePerPage)
    problems.push(`${Math.round(average / 1024)} KB per page on average, over the ${Math.round(budget.averagePerPage / 1024)} KB budget`)
  for (const [i, size] of pageSizes(file).entries()) {
    if (size > budget.singlePage)
      problems.push(`PDF page ${i + 1} alone is ${Math.round(size / 1024)} KB, over the ${Math.round(budget.singlePage / 1024)} KB budget`)
  }
  return problems
}
