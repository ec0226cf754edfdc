/**
 * A clicker's "black screen": B or . (what clickers send for it) blacks the audience window for a moment,
 * and again brings it back; so does any forward or back key, which then only brings it back (the slide
 * stays where it was). The laptop's windows share the state through localStorage, so the key works in the
 * presenter view too, and a reload keeps it.
 */
import { useLocalStorage } from '@vueuse/core'

const TOGGLE_KEYS = new Set(['b', 'B', '.'])
/** What clickers and keyboards send to move: they wake the screen first. */
const RESUME_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', ' ', 'Enter', 'Backspace'])

let black: ReturnType<typeof useLocalStorage<boolean>> | undefined

export function useBlackout() {
  black ??= useLocalStorage('deck-blackout', false)
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
