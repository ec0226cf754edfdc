/**
 * A throwaway copy of the project in a temp folder, for the fault tests that break the talk: never the
 * working tree. node_modules is hard-linked (fast, and inside the copy, where Vite serves from).
 * (The kit's own faults run on a copy of its example deck: speaker/test/deck-copy.ts.)
 */
import type { Ran } from '../../../speaker/test/command'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { ROOT } from '../../../speaker/node/deck/project'
import { run } from '../../../speaker/test/command'

const LEFT_OUT = /^(?:node_modules|\.git|dist.*|exports.*|test-results|playwright-report|bench|\.partial-.*)$/

export interface ProjectCopy {
  root: string
  path: (...parts: string[]) => string
  write: (file: string, text: string) => void
  /** `tsx <script> ...args` in the copy, as `npm run` would run it, to its end (without blocking the worker); output captured. */
  tsx: (script: string, args?: string[], env?: Record<string, string>) => Promise<Ran>
  remove: () => void
}

export async function copyProject(): Promise<ProjectCopy> {
  const root = mkdtempSync(join(tmpdir(), 'deck-fault-'))
  cpSync(ROOT, root, { recursive: true, filter: src => !LEFT_OUT.test(relative(ROOT, src).split('/')[0]!) })
  const linked = await run('cp', ['-al', join(ROOT, 'node_modules'), join(root, 'node_modules')])
  if (linked.status !== 0)
    throw new Error(`Could not link node_modules into the copy: ${linked.stderr}`)
  rmSync(join(root, 'node_modules/.vite'), { recursive: true, force: true })
  // The copy's own dist/ and exports/, whatever this run was given.
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
    const { DECK_OUT: _out, DECK_EXPORTS: _exports, DECK_BASE: _base, DECK_PUBLIC_URL: _url, ...inherited } = process.env
    return { ...inherited, ...extra }
  }
  const tsx = join(root, 'node_modules/.bin/tsx')
  return {
    root,
    path: (...parts) => join(root, ...parts),
    write: (file, text) => writeFileSync(join(root, file), text),
    tsx: (script, args = [], extra) => run(tsx, [script, ...args], { cwd: root, env: env(extra) }),
    remove: () => rmSync(root, { recursive: true, force: true, maxRetries: 5 }),
  }
}
