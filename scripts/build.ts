/** `npm run build`: the hosted deck as a static SPA in dist/, under the base path DECK_BASE (default "/"). */
import process from 'node:process'
import { deckBase } from './base'
import { DIST } from './paths'
import { run } from './run'

async function main(): Promise<void> {
  const base = deckBase()
  await run('node_modules/.bin/slidev', ['build', '--base', base, '--out', DIST, '--without-notes'])
  console.log(`Deck built in ${DIST} for base ${base}`)
}

main().catch((error: unknown) => {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
