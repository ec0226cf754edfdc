/**
 * The phone remote's protocol, shared by the server (node/server/remote.ts), the deck windows (setup/root.ts)
 * and the phone (components/remote/PhoneRemote.vue): plain JSON over one WebSocket.
 */
import type { TimerState } from './pacing'

/** The sync channel's path on the remote server. */
export const REMOTE_PATH = '/__remote'
export const PHONE_PATH = '/phone'
/** The phone's address as a QR code, drawn by the server (which alone knows the token) for the presenter view. */
export const QR_PATH = `${REMOTE_PATH}/qr.svg`
/** The meta tag the remote server adds to the page it serves: its presence is what turns the remote on. */
export const REMOTE_META = 'deck-remote'
/** Keep-alive: the client sends this, the server answers PONG, so a dead link shows within seconds. */
export const PING = 'ping'
export const PONG = 'pong'

export type Role = 'deck' | 'phone'

/** Where the talk is: a slide and a click on it. */
export interface Place {
  page: number
  clicks: number
}

/** Deck to phone: where the talk is, Slidev's presenter timer, whether the audience screen is black, and the server's clock when it sent this. */
export interface DeckState extends Place {
  timer: TimerState
  black: boolean
  now?: number
}

/** More clicks than any slide of a talk has: a frame past it is no place in this deck. */
export const MAX_CLICKS = 99
/** A moment on a clock in milliseconds since 1970, up to the year 2286: a timer is never past it. */
const MAX_TIME = 1e13

const isCount = (value: unknown, max: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max
const isTime = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= MAX_TIME

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined
  }
  catch {
    return undefined
  }
}

/** A slide and a click of a deck of `slides` slides, or undefined. */
function placeOf(value: Record<string, unknown> | undefined, slides: number): Place | undefined {
  if (!value || !isCount(value.page, slides) || value.page < 1 || !isCount(value.clicks, MAX_CLICKS))
    return undefined
  return { page: value.page, clicks: value.clicks }
}

/**
 * Phone to deck: a step from where the phone saw the talk. Each deck window takes a move with Slidev's
 * next()/prev() only if still there, as the first window to move has moved the others; `blackout` and
 * `resume` ask for the clicker's black screen (composables/useBlackout.ts) and for the slide again.
 */
export const STEPS = ['next', 'prev', 'blackout', 'resume'] as const
export interface Step {
  step: typeof STEPS[number]
  from: Place
}

/** A step from the phone in a deck of `slides` slides, or undefined for anything else (the server drops it). */
export function parseStep(text: string, slides = Number.MAX_SAFE_INTEGER): Step | undefined {
  const value = parseObject(text)
  const from = placeOf(value?.from as Record<string, unknown> | undefined, slides)
  const step = STEPS.find(name => name === value?.step)
  if (!from || !step)
    return undefined
  return { step, from }
}

/** A state of a deck of `slides` slides, its timer on a plausible clock, or undefined for anything else. */
export function parseDeckState(text: string, slides = Number.MAX_SAFE_INTEGER): DeckState | undefined {
  const value = parseObject(text)
  const place = placeOf(value, slides)
  const timer = value?.timer as Partial<TimerState> | undefined
  if (!place || !timer || typeof value!.black !== 'boolean'
    || !['stopped', 'running', 'paused'].includes(timer.status as string)
    || !isTime(timer.startedAt) || !isTime(timer.pausedAt)) {
    return undefined
  }
  return {
    ...place,
    timer: { status: timer.status!, startedAt: timer.startedAt, pausedAt: timer.pausedAt },
    black: value!.black,
    ...(isTime(value!.now) ? { now: value!.now } : {}),
  }
}

/** A timer read on another clock, moved onto this one: `offset` is this clock minus that one. */
export function shiftTimer(timer: TimerState, offset: number): TimerState {
  if (timer.status === 'stopped' || !timer.startedAt)
    return timer
  return {
    status: timer.status,
    startedAt: timer.startedAt + offset,
    pausedAt: timer.pausedAt ? timer.pausedAt + offset : 0,
  }
}

/** The sync channel's path when the remote server marked this page, else undefined (plain `npm run present`). */
export function remotePath(): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${REMOTE_META}"]`)?.content || undefined
}
