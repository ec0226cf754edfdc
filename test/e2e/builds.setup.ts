/**
 * What the share-*, present-*, talk and PDF specs test beside dist/, made once per run while the deck is
 * walked: two more hosted builds and the presenter build (no PDF in them: the main build ships and tests
 * it), then the step, handout and read PDFs the way a user makes them, `npm run export -- steps handout
 * read`, one export server for the three (the slides PDF is the one `npm run build` shipped in dist/).
 * One after another, never side by side: every Slidev run in a folder rewrites the same generated
 * modules in node_modules/.slidev/virtual/, and on a loaded machine one run read another's half-written
 * file ("default" is not exported by import-glob….ts).
 */
import { readdirSync } from 'node:fs'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { EXPORTS } from '../../speaker/node/deck/project'
import { buildPresent } from '../../speaker/node/site/slidev-build'
import { HOSTED, PRIVATE_DIR } from './share-support'
import { output } from './support/command'

/** `npm run build` into `out` with these settings; returns what it printed. */
function build(out: string, env: Record<string, string>): Promise<string> {
  return output(process.execPath, ['--import', 'tsx', 'speaker/node/cli.ts', 'build'], { ...process.env, DECK_OUT: out, DECK_PDF: '0', DECK_BASE: '', DECK_PUBLIC_URL: '', ...env })
}

test.describe.configure({ mode: 'serial', timeout: 300_000 })

test('hosted under a sub-path with a public URL and the read view on: the build says where the read view is', async () => {
  const log = await build(HOSTED.dir, { DECK_PUBLIC_URL: HOSTED.publicUrl, DECK_HEADMATTER: '{"readView":true}' })
  expect(log).toContain(`Read view: ${HOSTED.publicUrl}read`)
  expect(log).not.toContain('No DECK_PUBLIC_URL')
})

test('read view off and no public URL: the build says what it left out, once each', async () => {
  const log = await build(PRIVATE_DIR, { DECK_OG_IMAGE: '0', DECK_HEADMATTER: '{"readView":false}' })
  expect(log).toContain('Read view off')
  expect(log.split('\n').filter(line => line.startsWith('No DECK_PUBLIC_URL'))).toHaveLength(1)
})

test('the presenter build of `npm run present`', async () => {
  await buildPresent()
})

test('npm run export -- steps handout read writes the three PDFs and leaves no half-written file', async () => {
  test.setTimeout(600_000)
  const log = await output('npm', ['run', 'export', '--', 'steps', 'handout', 'read'])
  for (const kind of ['steps', 'handout', 'read'])
    expect(log).toMatch(new RegExp(`PDF written: .*\\(${kind}, `))
  expect(readdirSync(EXPORTS).filter(name => name.startsWith('.partial-'))).toEqual([])
})
