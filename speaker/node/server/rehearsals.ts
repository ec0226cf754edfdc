/**
 * The one place a rehearsal is written: the presenter view's "Save", answered by the dev server
 * (vite/rehearsals.ts) and the remote server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseRehearsal, rehearsalFileName } from '../../lib/rehearsal'
import { ROOT } from '../deck/project'

/** The POST from the presenter view's "Save": the checked run written to `dir`, 201 with its path from the project root, or 400 naming what is wrong. */
export function receiveRehearsal(req: IncomingMessage, res: ServerResponse, dir: string): void {
  let body = ''
  req.setEncoding('utf8')
  req.on('data', (chunk: string) => {
    body += chunk
    if (body.length > 2_000_000)
      req.destroy()
  })
  req.on('end', () => {
    try {
      const run = parseRehearsal(JSON.parse(body))
      mkdirSync(dir, { recursive: true })
      const file = join(dir, rehearsalFileName(run))
      writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`)
      res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ file: relative(ROOT, file) }))
    }
    catch (error) {
      const why = error instanceof SyntaxError ? 'the rehearsal is not JSON' : error instanceof Error ? error.message : String(error)
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end(why)
    }
  })
}
