/**
 * The step, handout and read PDFs, made once per run the way a user makes them: `npm run export -- steps
 * handout read`, one export server for the three. share-pdf.spec.ts and checks-pdf.spec.ts read them; the
 * slides PDF is the one `npm run build` exported and shipped in dist/.
 */
import { readdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { EXPORTS } from '../../speaker/node/deck/project'
import { output } from './support/command'

test('npm run export -- steps handout read writes the three PDFs and leaves no half-written file', async () => {
  test.setTimeout(600_000)
  const log = await output('npm', ['run', 'export', '--', 'steps', 'handout', 'read'])
  for (const kind of ['steps', 'handout', 'read'])
    expect(log).toMatch(new RegExp(`PDF written: .*\\(${kind}, `))
  expect(readdirSync(EXPORTS).filter(name => name.startsWith('.partial-'))).toEqual([])
})
