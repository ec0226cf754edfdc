// @vitest-environment node
import type { RemoteServer } from '../node/server/remote'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseDeckState, parseStep, shiftTimer } from '../lib/remote'
import { COOKIE, GuessLimit, serveRemote } from '../node/server/remote'

describe('the phone remote protocol', () => {
  it('reads a step from the phone and drops anything else', () => {
    expect(parseStep('{"step":"next","from":{"page":3,"clicks":1}}')).toEqual({ step: 'next', from: { page: 3, clicks: 1 } })
    // The clicker's black screen, asked for from the phone: the deck decides, as for a move.
    expect(parseStep('{"step":"blackout","from":{"page":3,"clicks":1}}')).toEqual({ step: 'blackout', from: { page: 3, clicks: 1 } })
    expect(parseStep('{"step":"resume","from":{"page":3,"clicks":1}}')).toEqual({ step: 'resume', from: { page: 3, clicks: 1 } })
    for (const text of ['{"step":"jump","from":{"page":3,"clicks":1}}', '{"step":"toString","from":{"page":3,"clicks":1}}', '{"step":"blackout"}', '{"step":true,"from":{"page":3,"clicks":1}}', '{"step":"next","from":{"page":0,"clicks":0}}', '{"step":"prev"}', 'next', '[1]', '{"step":"next","from":{"page":2,"clicks":-1}}'])
      expect(parseStep(text), text).toBeUndefined()
  })

  it('reads the deck\'s state, timer and black screen included', () => {
    const timer = { status: 'running', startedAt: 1000, pausedAt: 0 }
    expect(parseDeckState(JSON.stringify({ page: 2, clicks: 0, timer, black: false, now: 5000 }))).toEqual({ page: 2, clicks: 0, timer, black: false, now: 5000 })
    expect(parseDeckState(JSON.stringify({ page: 2, clicks: 0, timer, black: true }))).toEqual({ page: 2, clicks: 0, timer, black: true })
    expect(parseDeckState(JSON.stringify({ page: 2, clicks: 0, timer: { ...timer, status: 'late' }, black: false }))).toBeUndefined()
    for (const black of [undefined, 'yes', 1, null])
      expect(parseDeckState(JSON.stringify({ page: 2, clicks: 0, timer, black })), `black: ${black}`).toBeUndefined()
    expect(parseDeckState('{"page":2,"clicks":0}')).toBeUndefined()
  })

  it('moves the laptop\'s timer onto the phone\'s clock, and leaves a stopped one alone', () => {
    expect(shiftTimer({ status: 'running', startedAt: 1000, pausedAt: 0 }, 250)).toEqual({ status: 'running', startedAt: 1250, pausedAt: 0 })
    expect(shiftTimer({ status: 'paused', startedAt: 1000, pausedAt: 4000 }, -500)).toEqual({ status: 'paused', startedAt: 500, pausedAt: 3500 })
    const stopped = { status: 'stopped', startedAt: 0, pausedAt: 0 } as const
    expect(shiftTimer(stopped, 900)).toBe(stopped)
  })
})

describe('the remote server\'s door', () => {
  // A one-page build is enough to knock on the door; loopback only.
  const dir = mkdtempSync(join(tmpdir(), 'remote-'))
  writeFileSync(join(dir, 'index.html'), '<html><head></head><body></body></html>')
  const servers: RemoteServer[] = []
  afterAll(async () => {
    await Promise.all(servers.map(server => server.close()))
    rmSync(dir, { recursive: true, force: true })
  })

  async function start(limit?: GuessLimit): Promise<RemoteServer> {
    const server = await serveRemote({ dir, slides: 5, host: '127.0.0.1', limit })
    servers.push(server)
    return server
  }

  /** The answer to a request for `path`, redirects not followed, with a cookie when given. */
  function knock(server: RemoteServer, path: string, cookie?: string): Promise<Response> {
    return fetch(new URL(path, server.local('/')), { redirect: 'manual', headers: cookie ? { cookie } : {} })
  }

  it('lets the token in from the address or the cookie, and nothing else', async () => {
    const server = await start()
    const first = await knock(server, `/phone?token=${server.token}`)
    expect(first.status, 'the token in the address is traded for the cookie').toBe(303)
    expect(first.headers.get('set-cookie')).toContain(`${COOKIE}_phone=${server.token};`)
    expect((await knock(server, `/1?token=${server.laptopToken}`)).headers.get('set-cookie'), 'the laptop\'s token, its own cookie').toContain(`${COOKIE}=${server.laptopToken};`)
    expect((await knock(server, '/', `a=1; ${COOKIE}=${server.token}`)).status).toBe(200)
    expect((await knock(server, '/')).status).toBe(401)
    expect((await knock(server, '/', `${COOKIE}=${server.token}x`)).status).toBe(403)
    expect((await knock(server, '/?token=')).status).toBe(401)
  })

  it('counts wrong guesses per address, and forgives them when the window has passed', async () => {
    let now = 0
    const limit = new GuessLimit(3, 60_000, () => now)
    const server = await start(limit)
    for (let i = 0; i < 3; i++)
      expect((await knock(server, `/?token=guess${i}`)).status).toBe(403)
    expect((await knock(server, `/?token=${server.token}`)).status).toBe(429)
    // Every request here comes from loopback, so another address is asked of the limit the server keeps.
    expect(limit.blocked('10.0.0.8'), 'another address').toBe(false)
    now = 60_000
    expect((await knock(server, `/?token=${server.token}`)).status).toBe(303)
  })

  it('makes a new, unguessable token on every start', async () => {
    const tokens = new Set((await Promise.all(Array.from({ length: 50 }, () => start()))).map(server => server.token))
    expect(tokens.size).toBe(50)
    for (const t of tokens)
      expect(t).toMatch(/^[\w-]{22}$/)
  })
})
