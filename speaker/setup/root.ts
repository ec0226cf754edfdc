/**
 * Under `npm run present -- --remote`, a deck window tells the speaker's phone where the talk is and
 * whether the screen is black (Slidev's addSyncMethod), and takes the steps it asks for: next()/prev(),
 * the black screen and back. The laptop's windows keep in step through the browser itself, so without
 * the phone or Wi-Fi the laptop goes on alone.
 * Every window but a print keeps the screen awake (composables/useStageWakeLock.ts), and the laptop's
 * answer a clicker's black-screen key (composables/useBlackout.ts) and keep the presenter timer over
 * a reload (composables/useKeptTimer.ts).
 */
import type { SharedState } from '@slidev/client'
import type { Ref } from 'vue'
import type { DeckState, Step } from '../lib/remote'
import { addSyncMethod, useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { watch } from 'vue'
import { listenForBlackoutKeys, useBlackout } from '../composables/useBlackout'
import { useKeptTimer } from '../composables/useKeptTimer'
import { useRemoteSocket } from '../composables/useRemoteSocket'
import { useStageWakeLock } from '../composables/useStageWakeLock'
import { parseStep, PHONE_PATH, remotePath } from '../lib/remote'

type Sync = Parameters<typeof addSyncMethod>[0]

/** What the phone needs of the shared state (not the cursor, which moves with every mouse move), and the black screen. */
function deckMessage({ page, clicks, timer }: SharedState, black: boolean): string {
  return JSON.stringify({ page, clicks, timer: { status: timer.status, startedAt: timer.startedAt, pausedAt: timer.pausedAt }, black } satisfies DeckState)
}

/**
 * The deck decides: the black screen from anywhere; a move only from where the phone saw the talk, and
 * never while black (the phone asks to resume first: a move that also woke the screen could be taken
 * twice by two windows).
 */
function takeStep({ step, from }: Step, nav: ReturnType<typeof useNav>, black: Ref<boolean>): void {
  if (step === 'blackout' || step === 'resume')
    black.value = step === 'blackout'
  else if (!black.value && from.page === nav.currentSlideNo.value && from.clicks === nav.clicks.value)
    void nav[step]()
}

function phoneSync(path: string): Sync {
  const nav = useNav()
  const black = useBlackout()
  return {
    init(channelKey, _onUpdate, state) {
      // Slidev's channels end in " - shared" (navigation, timer) and " - drawings": only the first goes to the phone.
      if (!channelKey.endsWith(' - shared'))
        return undefined
      let sent = ''
      const socket = useRemoteSocket(path, 'deck', (text) => {
        const step = parseStep(text)
        if (step)
          takeStep(step, nav, black)
      }, () => publish(true))
      function publish(always: boolean): void {
        const text = deckMessage(state as unknown as SharedState, black.value)
        if (always || text !== sent) {
          sent = text
          socket.send(text)
        }
      }
      watch(black, () => publish(false))
      return () => publish(false)
    },
  }
}

export default defineRootSetup(() => {
  const printing = new URLSearchParams(location.search).has('print')
  if (!printing) {
    useStageWakeLock()
    if (location.pathname !== PHONE_PATH) {
      listenForBlackoutKeys()
      useKeptTimer()
    }
  }
  const path = __SLIDEV_FEATURE_PRESENTER__ ? remotePath() : undefined
  if (path && location.pathname !== PHONE_PATH && !printing)
    addSyncMethod(phoneSync(path))
})
