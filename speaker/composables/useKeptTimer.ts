/**
 * Slidev's presenter timer lives in its shared state, which a build keeps in memory only (the laptop's
 * windows share it over a BroadcastChannel): F5, which a clicker's "start show" sends, would stop it.
 * Each laptop window keeps a copy in sessionStorage; a reloaded window takes it back before Slidev first
 * shares its state, so the other windows keep the same clock. Under the dev server, whose shared state
 * outlives a reload, the timer is not stopped at load and the copy is not used.
 */
import type { SharedState } from '@slidev/client'
import { sharedState } from '@slidev/client'
import { watch } from 'vue'

const KEY = 'deck-timer'

function kept(storage: Storage): SharedState['timer'] | undefined {
  try {
    return JSON.parse(storage.getItem(KEY) ?? 'null') ?? undefined
  }
  catch {
    // Not a copy this window wrote: the timer starts stopped, as without one.
    return undefined
  }
}

export function useKeptTimer(storage: Storage = sessionStorage): void {
  const timer = kept(storage)
  // Plain JSON, as Slidev posts its state with structured clone (a reactive copy would not clone).
  if (timer && sharedState.timer.status === 'stopped')
    sharedState.timer = timer
  watch(() => sharedState.timer, now => storage.setItem(KEY, JSON.stringify(now)), { deep: true })
}
