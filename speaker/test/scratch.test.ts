// @vitest-environment node
/** Scratch folders: a folder is replaced only when its new content is complete; crashed runs' leftovers go. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { removeStale, replaceDir } from '../node/process/scratch'

let dir: string
const target = (): string => join(dir, 'dist')

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deck-scratch-'))
  mkdirSync(target())
  writeFileSync(join(target(), 'index.html'), 'last good build')
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('a failed build leaves the last one as it was, and no scratch folder', async () => {
  await expect(replaceDir(target(), async (out) => {
    mkdirSync(out)
    writeFileSync(join(out, 'index.html'), 'half a build')
    throw new Error('Chromium went away')
  })).rejects.toThrow('Chromium went away')
  expect(readFileSync(join(target(), 'index.html'), 'utf8')).toBe('last good build')
  expect(readdirSync(dir)).toEqual(['dist'])
})

it('a complete build replaces the last one whole', async () => {
  await replaceDir(target(), async (out) => {
    mkdirSync(out)
    writeFileSync(join(out, 'index.html'), 'new build')
  })
  expect(readdirSync(target())).toEqual(['index.html'])
  expect(readFileSync(join(target(), 'index.html'), 'utf8')).toBe('new build')
  expect(readdirSync(dir)).toEqual(['dist'])
})

it('removes scratch folders of runs that are gone, not of runs still going', () => {
  const crashed = join(dir, '.partial-2147483647-pdf-abc123')
  const running = join(dir, `.partial-${process.pid}-pdf-abc123`)
  const unnumbered = join(dir, '.partial-Xy12Ab')
  for (const folder of [crashed, running, unnumbered])
    mkdirSync(folder)
  expect(removeStale(dir).sort()).toEqual(['.partial-2147483647-pdf-abc123', '.partial-Xy12Ab'])
  expect(existsSync(running)).toBe(true)
})
