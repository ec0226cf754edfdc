// @vitest-environment node
/**
 * Ctrl+C or `kill` on `npm run present` or `npm run preview` stops the server: nothing is left
 * listening on its port. Each runs through npm, as a speaker starts it, on loopback, on a last build
 * made here (a one-page stand-in: serving is what is tested).
 */
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, it } from 'vitest'
import { ROOT } from '../node/deck/project'

const folder = mkdtempSync(join(tmpdir(), 'deck-signals-'))
const out = join(folder, 'dist')
for (const dir of [out, `${out}-present`]) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), '<html><head></head><body>the deck</body></html>')
}
const children = new Set<ChildProcess>()

afterAll(async () => {
  for (const child of children)
    child.kill('SIGKILL')
  rmSync(folder, { recursive: true, force: true })
})

/** `npm run <script>` on a free port, once its server is up: the npm process and the port it serves. */
function start(args: string[]): Promise<{ npm: ChildProcess, port: number }> {
  const npm = spawn('npm', ['run', '--silent', ...args], {
    cwd: ROOT,
    env: { ...process.env, DECK_OUT: out, PORT: '0', REMOTE_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(npm)
  return new Promise((resolve, reject) => {
    let said = ''
    const read = (chunk: Buffer): void => {
      said += chunk.toString()
      const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(said)?.[1]
      if (port)
        resolve({ npm, port: Number(port) })
    }
    npm.stdout!.on('data', read)
    npm.stderr!.on('data', read)
    npm.once('exit', code => reject(new Error(`npm run ${args.join(' ')} exited (${code}) before serving: ${said}`)))
  })
}

/** Whether anything accepts a connection on `port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
  })
}

const cases: [what: string, signal: 'SIGTERM' | 'SIGINT', args: string[]][] = [
  ['present', 'SIGTERM', ['present', '--', '--no-build']],
  ['present', 'SIGINT', ['present', '--', '--no-build']],
  ['present --remote', 'SIGTERM', ['present', '--', '--no-build', '--remote']],
  ['preview', 'SIGTERM', ['preview']],
]

// Side by side: each waits mostly on Node starting up.
describe.concurrent('signals', () => it.for(cases)('npm run %s, then %s to npm: nothing is left listening', { timeout: 300_000 }, async ([_what, signal, args], { expect }) => {
  const { npm, port } = await start(args)
  expect(await listening(port), 'the server is up').toBe(true)
  const exited = new Promise(resolve => npm.once('exit', resolve))
  npm.kill(signal)
  await exited
  children.delete(npm)
  // The server may take a moment to close after npm has gone (the bound is for a hang, not a budget).
  await expect.poll(() => listening(port), { message: `port ${port} after ${signal}`, timeout: 60_000 }).toBe(false)
}))
