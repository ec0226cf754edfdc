/**
 * Checks data/ with the validators the tests use whenever a Vite run of the deck starts (`npm run
 * dev`, `slidev build`, the export server): bad data stops it with one line per problem. In dev, an
 * edit under data/ is checked again, and a problem shows in the terminal and over the slides.
 */
import type { Plugin } from 'vite'
import { join } from 'node:path'
import { assertValidData } from './validate.ts'

type Validate = typeof import('./validate')

export function checkData(): Plugin {
  return {
    name: 'deck:check-data',
    buildStart() {
      try {
        assertValidData()
      }
      catch (error) {
        // The problems are the message: a stack through the validator would only bury them.
        throw Object.assign(error as Error, { stack: (error as Error).message })
      }
    },
    async handleHotUpdate({ file, server }) {
      if (!file.startsWith(join(server.config.root, 'data/')))
        return
      const { dataProblems } = await server.ssrLoadModule('/data/validate.ts') as Validate
      const problems = dataProblems()
      if (problems.length === 0)
        return
      server.config.logger.error(problems.join('\n'), { timestamp: true })
      server.ws.send({ type: 'error', err: { message: problems.join('\n'), stack: '' } })
    },
  }
}
