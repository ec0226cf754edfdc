import { EventEmitter } from 'node:events'
// @vitest-environment node
import process from 'node:process'
import { expect, it } from 'vitest'
import { useStageWakeLock } from '../composables/useStageWakeLock'

/** A window whose wake lock refuses until `allow()`, as WebKit does before a gesture. */
function stage() {
  let allowed = false
  let requests = 0
  const events = new EventEmitter()
  const doc = new EventEmitter()
  const sentinel = { released: false }
  const target = {
    addEventListener: (type: string, fn: () => void, options?: { once?: boolean }) => options?.once ? events.once(type, fn) : events.on(type, fn),
    document: { visibilityState: 'visible', addEventListener: (type: string, fn: () => void) => doc.on(type, fn) },
    navigator: {
      wakeLock: {
        request: async () => {
          requests++
          if (!allowed)
            throw new DOMException('Permission was denied', 'NotAllowedError')
          return sentinel
        },
      },
    },
  }
  const settle = () => new Promise(resolve => setTimeout(resolve, 0))
  return { target, sentinel, events, doc, settle, allow: () => allowed = true, requests: () => requests }
}

it('asks again on the first key after a refusal, holds the lock once given, and asks again when the page is shown', async () => {
  const s = stage()
  const unhandled: unknown[] = []
  const record = (reason: unknown): number => unhandled.push(reason)
  process.on('unhandledRejection', record)
  try {
    useStageWakeLock(s.target as unknown as Window)
    await s.settle()
    expect(s.requests(), 'asked at load').toBe(1)
    s.allow()
    s.events.emit('keydown')
    await s.settle()
    expect(s.requests(), 'asked again on the key').toBe(2)
    s.events.emit('pointerdown')
    s.doc.emit('visibilitychange')
    await s.settle()
    expect(s.requests(), 'not again while the lock is held').toBe(2)
    s.sentinel.released = true // the page was hidden
    s.doc.emit('visibilitychange')
    await s.settle()
    expect(s.requests()).toBe(3)
    expect(unhandled).toEqual([])
  }
  finally {
    process.off('unhandledRejection', record)
  }
})
