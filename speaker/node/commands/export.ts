/** `speaker export [slides|steps|handout|read|all]...`: the PDFs into exports/ (slides when none is named). */
import type { PdfKind } from '../pdf/pdfs'
import { checkDeck } from '../deck/check'
import { resolveChromium } from '../pdf/chromium'
import { exportPdfs, PDF_KINDS } from '../pdf/pdfs'

export const label = 'Export'

function kindsFromArgs(args: readonly string[]): PdfKind[] {
  const asked = args.length === 0 ? ['slides'] : args
  if (asked.includes('all'))
    return [...PDF_KINDS]
  const unknown = asked.filter(a => !(PDF_KINDS as readonly string[]).includes(a))
  if (unknown.length > 0)
    throw new Error(`Unknown export "${unknown.join(', ')}": use ${PDF_KINDS.join(', ')} or all`)
  return asked as PdfKind[]
}

export async function run(args: readonly string[]): Promise<void> {
  const kinds = kindsFromArgs(args)
  // What can be known to fail is checked before Slidev starts: Chromium, then the deck's own checks.
  await resolveChromium()
  await checkDeck()
  await exportPdfs(kinds)
}
