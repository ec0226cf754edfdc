/**
 * The one place a rehearsal is written: the presenter view's "Save", answered by the dev server
 * (vite/rehearsals.ts) and the remote server, within a size cap and a save limit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Rehearsal } from '../../lib/rehearsal'
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseRehearsal, rehearsalFileName } from '../../lib/rehearsal'
import { ROOT } from '../deck/project'

/** A rehearsal is a few kilobytes; this is room for a talk of hundreds of slides. */
export const MAX_REHEARSAL_BYTES = 512 * 1024

/**
 * How many runs a server writes: `perWindow` saves within `windowMs`, and no more than `files` in the folder,
 * so a page gone wrong (or a visitor with the token) cannot fill the disk.
 */
export class SaveLimit {
  private saves: number[] = []
  constructor(readonly perWindow = 10, readonly windowMs = 60_000, readonly files = 500, private readonly now = Date.now) {}

  /** Why a save is refused now, or undefined when it may be written; counts it when it may. */
  refusal(dir: string): { status: 429 | 507, why: string } | undefined {
    const now = this.now()
    this.saves = this.saves.filter(at => now - at < this.windowMs)
    if (this.saves.length >= this.perWindow)
      return { status: 429, why: `${this.perWindow} rehearsals saved in the last minute already: wait a minute, then save again` }
    if (existsSync(dir) && readdirSync(dir).filter(name => name.endsWith('.json')).length >= this.files)
      return { status: 507, why: `${relative(ROOT, dir) || dir} holds ${this.files} rehearsals already: move some elsewhere, then save again` }
    this.saves.push(now)
    return undefined
  }
}

/** Writes `text` into `dir` as `name`, or as name-2, name-3… when taken: a run never replaces another. */
function writeNew(dir: string, name: string, text: string): string {
  mkdirSync(dir, { recursive: true })
  for (let n = 1; ; n++) {
    const file = join(dir, n === 1 ? name : name.replace(/\.json$/, `-${n}.json`))
    try {
      writeFileSync(file, text, { flag: 'wx' })
      return file
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 1000)
        throw error
    }
  }
}

/**
 * The POST from the presenter view's "Save": the checked run written to `dir` under a new name, 201 with
 * its path from the project root; 400 naming what is wrong, 413 past the size cap, 429/507 past `limit`.
 */
export function receiveRehearsal(req: IncomingMessage, res: ServerResponse, dir: string, limit: SaveLimit): void {
  const refuse = (status: number, why: string): void => {
    // Read on and drop what is still coming, so the client reads this answer instead of a reset.
    req.removeAllListeners('data').resume()
    if (!res.headersSent)
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(why)
  }
  const tooBig = `A rehearsal is at most ${MAX_REHEARSAL_BYTES / 1024} KB`
  if (Number(req.headers['content-length'] ?? 0) > MAX_REHEARSAL_BYTES)
    return refuse(413, tooBig)
  const chunks: Buffer[] = []
  let size = 0
  req.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_REHEARSAL_BYTES)
      return refuse(413, tooBig)
    chunks.push(chunk)
  })
  req.on('error', () => res.destroy())
  req.on('end', () => {
    if (size > MAX_REHEARSAL_BYTES)
      return
    let run: Rehearsal
    try {
      run = parseRehearsal(JSON.parse(Buffer.concat(chunks).toString('utf8')))
    }
    catch (error) {
      return refuse(400, error instanceof SyntaxError ? 'the rehearsal is not JSON' : error instanceof Error ? error.message : String(error))
    }
    const refusal = limit.refusal(dir)
    if (refusal)
      return refuse(refusal.status, refusal.why)
    try {
      const file = writeNew(dir, rehearsalFileName(run), `${JSON.stringify(run, null, 2)}\n`)
      res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ file: relative(ROOT, file) }))
    }
    catch (error) {
      refuse(500, `not saved: ${(error as Error).message}`)
    }
  })
}
