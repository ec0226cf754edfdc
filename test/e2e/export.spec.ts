import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { deckInfo } from '../../scripts/deck'
import { EXPORTS, ROOT } from '../../scripts/paths'
import { pdfPageCount } from '../../scripts/pdf'

test('npm run export writes one PDF page per slide, with extractable text', async () => {
  test.setTimeout(600_000)
  const deck = await deckInfo()
  execFileSync('npm', ['run', 'export'], { cwd: ROOT, stdio: 'inherit' })

  const pdf = join(EXPORTS, `${deck.exportFilename}.pdf`)
  expect(existsSync(pdf)).toBe(true)
  expect(readdirSync(EXPORTS).filter(name => name.startsWith('.partial-')), 'no half-written file is left').toEqual([])
  expect(pdfPageCount(pdf)).toBe(deck.slideCount)

  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain(deck.title.replace(/\s+/g, ' '))
})
