/**
 * A throwaway copy of the example deck in a temp folder, set up as a new user would: the deck's own files,
 * the kit copied beside them as speaker/, and the node_modules of the deck the kit sits in (hard-linked:
 * fast, and inside the copy, where Vite serves from). Commands run through the kit's one entry.
 */
import type { Ran } from './command'
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { run } from './command'

const KIT = fileURLToPath(new URL('..', import.meta.url))

export interface DeckCopy {
  root: string
  /** A folder of its own for temp files (TMPDIR of every command run here): Chromium profiles land in it. */
  tmp: string
  path: (...parts: string[]) => string
  write: (file: string, text: string) => void
  /** `speaker <args>` in the copy, to its end (without blocking the worker), output captured. */
  speaker: (args: string[], env?: Record<string, string>) => Promise<Ran>
  /** `speaker <args>` in the copy, not waited for (a server; signals reach the command itself, no tsx CLI between). */
  start: (args: string[], env?: Record<string, string>) => ReturnType<typeof spawn>
  remove: () => void
}

export function copyDeck(): DeckCopy {
  const root = mkdtempSync(join(tmpdir(), 'speaker-deck-'))
  cpSync(join(KIT, 'example'), root, { recursive: true })
  cpSync(KIT, join(root, 'speaker'), { recursive: true })
  execFileSync('cp', ['-al', join(KIT, '..', 'node_modules'), join(root, 'node_modules')])
  rmSync(join(root, 'node_modules/.vite'), { recursive: true, force: true })
  const tmp = join(root, '.tmp')
  mkdirSync(tmp)
  const { DECK_OUT: _out, DECK_EXPORTS: _exports, DECK_BASE: _base, DECK_PUBLIC_URL: _url, REHEARSALS_DIR: _rehearsals, ...inherited } = process.env
  const command = (args: string[]): [string, string[]] => [process.execPath, ['--import', 'tsx', 'speaker/node/cli.ts', ...args]]
  const options = (env?: Record<string, string>) => ({ cwd: root, env: { ...inherited, TMPDIR: tmp, ...env } })
  return {
    root,
    tmp,
    path: (...parts) => join(root, ...parts),
    write: (file, text) => {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      writeFileSync(join(root, file), text)
    },
    speaker: (args, env) => run(...command(args), options(env)),
    start: (args, env) => spawn(...command(args), { ...options(env), stdio: ['ignore', 'pipe', 'pipe'] }),
    remove: () => rmSync(root, { recursive: true, force: true, maxRetries: 5 }),
  }
}

/**
 * What a user built and exported before a fault (`dist/index.html` and the slides PDF `pdf` in exports/),
 * written into a copy; returns the check that the fault left it untouched and no scratch folder behind.
 */
export function lastGoodOutput(copy: { root: string, path: (...parts: string[]) => string }, pdf: string): () => void {
  mkdirSync(copy.path('dist'), { recursive: true })
  mkdirSync(copy.path('exports'), { recursive: true })
  writeFileSync(copy.path('dist/index.html'), 'the last good build')
  writeFileSync(copy.path('exports', pdf), 'the last good PDF')
  return () => {
    if (readFileSync(copy.path('dist/index.html'), 'utf8') !== 'the last good build' || readFileSync(copy.path('exports', pdf), 'utf8') !== 'the last good PDF')
      throw new Error('the last good build or PDF was replaced')
    const partials = readdirSync(copy.root).filter(name => name.startsWith('.partial-'))
    if (partials.length > 0)
      throw new Error(`scratch folders left: ${partials.join(', ')}`)
  }
}
