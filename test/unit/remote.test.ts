// @vitest-environment node
import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { parseDeckState, parseStep, shiftTimer } from '../../lib/remote'
import { authorize, COOKIE, GuessLimit, newToken } from '../../scripts/remote'

function request(url: string, cookie?: string, address = '10.0.0.7') {
  return ({ url, headers: cookie ? { cookie } : {}, socket: { remoteAddress: address } }) as unknown as IncomingMessage
}

describe('the phone remote protocol', () => {
  it('reads a step from the phone and drops anything else', () => {
    expect(parseStep('{"step":"next","from":{"page":3,"clicks":1}}')).toEqual({ step: 'next', from: { page: 3, clicks: 1 } })
    for (const text of ['{"step":"jump","from":{"page":3,"clicks":1}}', '{"step":"next","from":{"page":0,"clicks":0}}', '{"step":"prev"}', 'next', '[1]', '{"step":"next","from":{"page":2,"clicks":-1}}'])
      expect(parseStep(text), text).toBeUndefined()
  })

  it('reads the deck\'s state, timer included', () => {
    const timer = { status: 'running', startedAt: 1000, pausedAt: 0 }
    expect(parseDeckState(JSON.stringify({ page: 2, clicks: 0, timer, now: 5000 }))).toEqual({ page: 2, clicks: 0, timer, now: 5000 })
    expect(parseDeckState(JSON.stringify({ page: 2, clicks: 0, timer: { ...timer, status: 'late' } }))).toBeUndefined()
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
  const token = newToken()

  it('lets the token in from the address or the cookie, and nothing else', () => {
    const limit = new GuessLimit()
    expect(authorize(request(`/phone?token=${token}`), token, limit)).toEqual({ status: 200, fromQuery: true })
    expect(authorize(request('/assets/x.js', `a=1; ${COOKIE}=${token}`), token, limit)).toEqual({ status: 200, fromQuery: false })
    expect(authorize(request('/'), token, limit).status).toBe(401)
    expect(authorize(request('/', `${COOKIE}=${token}x`), token, limit).status).toBe(403)
    expect(authorize(request('/?token='), token, limit).status).toBe(401)
  })

  it('counts wrong guesses per address, and forgives them when the window has passed', () => {
    let now = 0
    const limit = new GuessLimit(3, 60_000, () => now)
    for (let i = 0; i < 3; i++)
      expect(authorize(request(`/?token=guess${i}`), token, limit).status).toBe(403)
    expect(authorize(request(`/?token=${token}`), token, limit).status).toBe(429)
    expect(authorize(request(`/?token=${token}`, undefined, '10.0.0.8'), token, limit).status, 'another address').toBe(200)
    now = 60_000
    expect(authorize(request(`/?token=${token}`), token, limit).status).toBe(200)
  })

  it('makes a new, unguessable token on every start', () => {
    const tokens = new Set(Array.from({ length: 50 }, newToken))
    expect(tokens.size).toBe(50)
    for (const t of tokens)
      expect(t).toMatch(/^[\w-]{22}$/)
  })
})
