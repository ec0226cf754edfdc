/**
 * A build run by the kit's commands (SPEAKER_QUIET_BUILD, set by node/site/slidev-build.ts) prints warnings
 * and errors only: Vite's table of some 150 chunks hides the lines a speaker needs, gzipping each chunk to
 * report its size costs time, and Rolldown's note on slow plugins says more about a busy machine than
 * about the deck. A plain `slidev build` prints as Slidev does.
 */
import type { Plugin } from 'vite'
import process from 'node:process'

export function quietBuild(on = process.env.SPEAKER_QUIET_BUILD === '1'): Plugin {
  return {
    name: 'speaker:quiet-build',
    apply: 'build',
    config: () => on ? { logLevel: 'warn', build: { reportCompressedSize: false, rolldownOptions: { checks: { bundlerTimings: false } } } } : undefined,
  }
}
