/**
 * Checks data/ when any Vite run of the deck starts (`npm run dev`, `slidev build`, the export
 * server), with the validators the tests use: bad data stops it with one line per problem.
 */
import type { Plugin } from 'vite'
import { assertValidData } from '../data/validate'

export function checkData(): Plugin {
  return {
    name: 'deck:check-data',
    buildStart() {
      assertValidData()
    },
  }
}
