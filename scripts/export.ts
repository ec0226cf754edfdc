/**
 * `npm run export`: the PDF, one page per slide in its final state, in exports/.
 * Slidev renders it with the resolver's Chromium into a temporary file that is renamed into place
 * only when the export succeeded, so a failure never leaves a half-written PDF behind.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { resolveChromium } from './chromium'
import { deckInfo } from './deck'
import { EXPORTS, ROOT } from './paths'
import { run } from './run'

/** Renders into a scratch folder and moves the finished file to exports/<name>; nothing else is touched. */
export async function exportPdf(fileName: string, extraArgs: string[] = []): Promise<string> {
  const chromium = await resolveChromium()
  mkdirSync(EXPORTS, { recursive: true })
  const scratch = mkdtempSync(join(EXPORTS, '.partial-'))
  const partial = join(scratch, fileName)
  const target = join(EXPORTS, fileName)
  try {
    await run(join(ROOT, 'node_modules/.bin/slidev'), [
      'export',
      '--output',
      partial,
      '--executable-path',
      chromium.path,
      '--timeout',
      '60000',
      ...extraArgs,
    ])
    if (statSync(partial).size === 0)
      throw new Error('Slidev wrote an empty PDF')
    renameSync(partial, target)
    return target
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const deck = await deckInfo()
  const file = await exportPdf(`${deck.exportFilename}.pdf`, ['--with-toc'])
  console.log(`PDF written: ${file}`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
