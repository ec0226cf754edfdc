/**
 * The builds the share-*.spec.ts and present-*.spec.ts files test, made once per run beside dist/
 * (no PDF in them: the main build ships and tests it). Playwright runs this first for the projects that
 * depend on it (playwright.config.ts), while the deck is walked.
 */
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { buildPresent } from '../../speaker/node/site/slidev-build'
import { HOSTED, PRIVATE_DIR } from './share-support'
import { output } from './support/command'

/** `npm run build` into `out` with these settings; returns what it printed. */
function build(out: string, env: Record<string, string>): Promise<string> {
  return output(process.execPath, ['--import', 'tsx', 'speaker/node/cli.ts', 'build'], { ...process.env, DECK_OUT: out, DECK_PDF: '0', DECK_BASE: '', DECK_PUBLIC_URL: '', ...env })
}

// Each into its own folder, side by side in the free workers: the specs that need them wait for all three.
test.describe.configure({ mode: 'parallel', timeout: 300_000 })

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
