/**
 * A throwaway copy of the project in a temp folder, for the fault tests that break it: never the
 * working tree. node_modules is hard-linked (fast, and inside the copy, where Vite serves from).
 */
import type { Ran } from '../../e2e/support/command'
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { ROOT } from '../../../speaker/node/deck/project'
import { run } from '../../e2e/support/command'

const LEFT_OUT = /^(?:node_modules|\.git|dist.*|exports.*|test-results|playwright-report|bench|\.partial-.*)$/

export interface ProjectCopy {
  root: string
  /** A folder of its own for temp files (TMPDIR of every script run here): Chromium profiles land in it. */
  tmp: string
  path: (...parts: string[]) => string
  write: (file: string, text: string) => void
  /** `tsx <script> ...args` in the copy, as `npm run` would run it, to its end (without blocking the worker); output captured. */
  tsx: (script: string, args?: string[], env?: Record<string, string>) => Promise<Ran>
  /** The script run by Node with tsx's loader (no tsx CLI), not waited for: signals reach it directly. */
  start: (script: string, args?: string[], env?: Record<string, string>) => ReturnType<typeof spawn>
  remove: () => void
}

export async function copyProject(): Promise<ProjectCopy> {
  const root = mkdtempSync(join(tmpdir(), 'deck-fault-'))
  cpSync(ROOT, root, { recursive: true, filter: src => !LEFT_OUT.test(relative(ROOT, src).split('/')[0]!) })
  const linked = await run('cp', ['-al', join(ROOT, 'node_modules'), join(root, 'node_modules')])
  if (linked.status !== 0)
    throw new Error(`Could not link node_modules into the copy: ${linked.stderr}`)
  rmSync(join(root, 'node_modules/.vite'), { recursive: true, force: true })
  const tmp = join(root, '.tmp')
  mkdirSync(tmp)
  // The copy's own dist/ and exports/, whatever this run was given.
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
    const { DECK_OUT: _out, DECK_EXPORTS: _exports, DECK_BASE: _base, DECK_PUBLIC_URL: _url, ...inherited } = process.env
    return { ...inherited, TMPDIR: tmp, ...extra }
  }
  const tsx = join(root, 'node_modules/.bin/tsx')
  return {
    root,
    tmp,
    path: (...parts) => join(root, ...parts),
    write: (file, text) => writeFileSync(join(root, file), text),
    tsx: (script, args = [], extra) => run(tsx, [script, ...args], { cwd: root, env: env(extra) }),
    // Node with tsx's loader, no tsx CLI between: a signal sent to the CLI is relayed to the script, which
    // the CLI kills outright if it has not acknowledged within 30 ms (a busy machine), before any cleanup.
    start: (script, args = [], extra) => spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] }),
    remove: () => rmSync(root, { recursive: true, force: true, maxRetries: 5 }),
  }
}

/** A three-slide deck with the real headmatter, setup, layouts and components: `middle` is slide 2. */
export function smallDeck(copy: ProjectCopy, middle: string): void {
  const slides = readFileSync(copy.path('slides.md'), 'utf8')
  const headmatter = slides.slice(0, slides.indexOf('\n---\n', 4) + 5)
  copy.write('slides.md', `${headmatter}\n# One\n\n---\n\n${middle}\n\n---\n\n# Three\n`)
}

/** stderr's line that starts with `prefix` (the one line a user reads). */
export function lineOf(output: string, prefix: string): string | undefined {
  return output.split('\n').find(line => line.startsWith(prefix))
}
