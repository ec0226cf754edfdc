/**
 * A clicker's "black screen": B or . (what clickers send for it) blacks the audience window for a moment,
 * and again brings it back; so does any forward or back key, which then only brings it back (the slide
 * stays where it was). As Slidev shares its own state between the laptop's windows (a BroadcastChannel),
 * so is this: each window keeps it in sessionStorage, so a reload (F5) keeps it, and a new window asks the
 * others. Closing the browser ends the session, so a deck is never opened black.
 */
import type { WritableComputedRef } from 'vue'
import { useSessionStorage } from '@vueuse/core'
import { computed } from 'vue'

const KEY = 'deck-blackout'
/** What a window that just opened sends: the others answer with the state. */
const ASK = 'ask'
const TOGGLE_KEYS = new Set(['b', 'B', '.'])
/** What clickers and keyboards send to move: they wake the screen first. */
const RESUME_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', ' ', 'Enter', 'Backspace'])

let black: WritableComputedRef<boolean> | undefined

export function useBlackout(): WritableComputedRef<boolean> {
  if (black)
    return black
  const kept = useSessionStorage(KEY, false)
  const channel = new BroadcastChannel(KEY)
  // What another window says is taken, not said again, so two windows never echo each other.
  channel.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
    if (data === ASK)
      channel.postMessage(kept.value)
    else if (typeof data === 'boolean')
      kept.value = data
  })
  channel.postMessage(ASK)
  black = computed({
    get: () => kept.value,
    set: (value) => {
      kept.value = value
      channel.postMessage(value)
    },
  })
  return black
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

/** The keys, caught before Slidev's shortcuts see them (capture on the window), so waking never also moves. */
export function listenForBlackoutKeys(target: Window = window): void {
  const state = useBlackout()
  target.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || typing(event.target))
      return
    if (TOGGLE_KEYS.has(event.key))
      state.value = !state.value
    else if (state.value && RESUME_KEYS.has(event.key))
      state.value = false
    else
      return
    event.preventDefault()
    event.stopImmediatePropagation()
  }, { capture: true })
}
