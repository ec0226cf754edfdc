/**
 * The PDF a reader gets: no blank page, every font embedded, size within budget per page.
 * It reads the slides PDF the build under test ships (dist/), so it never passes on a stale file. The
 * step, handout and read PDFs, made by builds.setup.ts beside the walk (this spec's project runs after
 * it), are held to the same rules.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { deckInfo } from '../../speaker/node/deck/info'
import { DIST, EXPORTS, ROOT } from '../../speaker/node/deck/project'
import { pdfFileName } from '../../speaker/node/pdf/pdfs'
import { Findings } from './support/failures'
import { PDF_BUDGET, pdfPageCount, pdfProblems, READ_PDF_BUDGET } from './support/pdf'

function newerThanBuild(file: string): boolean {
  const build = join(DIST, 'index.html')
  return existsSync(file) && (!existsSync(build) || statSync(file).mtimeMs >= statSync(build).mtimeMs)
}

test('PDFs: no blank page, fonts embedded, size within budget per page', async () => {
  test.setTimeout(900_000)
  const deck = await deckInfo()
  const main = join(DIST, pdfFileName(deck.exportFilename, 'slides'))
  expect(existsSync(main), `the build ships its PDF (${main}; built with DECK_PDF=0?)`).toBe(true)
  expect(pdfPageCount(main), 'one page per slide').toBe(deck.slideCount)

  const findings = new Findings('pdf')
  const others = readdirSync(EXPORTS).filter(n => n.endsWith('.pdf') && n !== basename(main)).map(n => join(EXPORTS, n)).filter(newerThanBuild)
  for (const kind of ['steps', 'handout', 'read'] as const)
    expect(others, `the ${kind} PDF is checked too`).toContain(join(EXPORTS, pdfFileName(deck.exportFilename, kind)))
  for (const file of [main, ...others]) {
    // In the main PDF page N is slide N: say so, so the message leads straight to the slide.
    const budget = file === join(EXPORTS, pdfFileName(deck.exportFilename, 'read')) ? READ_PDF_BUDGET : PDF_BUDGET
    const problems = pdfProblems(file, budget).map(p => file === main ? p.replace(/PDF page (\d+)/, (m, n: string) => `${m} (slide /${n})`) : p)
    await findings.add(file.slice(ROOT.length), problems)
  }
  expect(findings.report(), `${findings.list.length} PDF problem(s)`).toBe('')
})
