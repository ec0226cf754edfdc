/**
 * A throwaway copy of the example deck in a temp folder, set up as a new user would: the deck's own files,
 * the kit copied beside them as speaker/, and the node_modules of the deck the kit sits in (hard-linked:
 * fast, and inside the copy, where Vite serves from). Commands run through the kit's one entry.
 */
import type { SpawnSyncReturns } from 'node:child_process'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const KIT = fileURLToPath(new URL('..', import.meta.url))

export interface DeckCopy {
  root: string
  path: (...parts: string[]) => string
  write: (file: string, text: string) => void
  /** `speaker <args>` in the copy, waited for, output captured. */
  speaker: (args: string[], env?: Record<string, string>) => SpawnSyncReturns<string>
  /** `speaker <args>` in the copy, not waited for (a server). */
  start: (args: string[], env?: Record<string, string>) => ReturnType<typeof spawn>
  remove: () => void
}

export function copyDeck(): DeckCopy {
  const root = mkdtempSync(join(tmpdir(), 'speaker-deck-'))
  cpSync(join(KIT, 'example'), root, { recursive: true })
  cpSync(KIT, join(root, 'speaker'), { recursive: true })
  execFileSync('cp', ['-al', join(KIT, '..', 'node_modules'), join(root, 'node_modules')])
  rmSync(join(root, 'node_modules/.vite'), { recursive: true, force: true })
  const { DECK_OUT: _out, DECK_EXPORTS: _exports, DECK_BASE: _base, DECK_PUBLIC_URL: _url, REHEARSALS_DIR: _rehearsals, ...inherited } = process.env
  const command = (args: string[]) => [process.execPath, ['--import', 'tsx', 'speaker/node/cli.ts', ...args]] as const
  return {
    root,
    path: (...parts) => join(root, ...parts),
    write: (file, text) => {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      writeFileSync(join(root, file), text)
    },
    speaker: (args, env) => spawnSync(...command(args), { cwd: root, env: { ...inherited, ...env }, encoding: 'utf8', timeout: 240_000 }),
    start: (args, env) => spawn(...command(args), { cwd: root, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
    remove: () => rmSync(root, { recursive: true, force: true, maxRetries: 5 }),
  }
}
