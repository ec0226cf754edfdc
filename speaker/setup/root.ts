/**
 * Under `npm run present -- --remote`, a deck window tells the speaker's phone where the talk is
 * (Slidev's addSyncMethod) and takes the steps it asks for with next()/prev(). The laptop's windows
 * keep in step through the browser itself, so without the phone or Wi-Fi the laptop goes on alone.
 * Every window but a print keeps the screen awake (composables/useStageWakeLock.ts), and the laptop's
 * answer a clicker's black-screen key (composables/useBlackout.ts).
 */
import type { SharedState } from '@slidev/client'
import { addSyncMethod, useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { listenForBlackoutKeys } from '../composables/useBlackout'
import { useRemoteSocket } from '../composables/useRemoteSocket'
import { useStageWakeLock } from '../composables/useStageWakeLock'
import { parseStep, PHONE_PATH, remotePath } from '../lib/remote'

type Sync = Parameters<typeof addSyncMethod>[0]

/** What the phone needs of the shared state (not the cursor, which moves with every mouse move). */
function deckMessage({ page, clicks, timer }: SharedState): string {
  return JSON.stringify({ page, clicks, timer: { status: timer.status, startedAt: timer.startedAt, pausedAt: timer.pausedAt } })
}

function phoneSync(path: string): Sync {
  const nav = useNav()
  return {
    init(channelKey, _onUpdate, state) {
      // Slidev's channels end in " - shared" (navigation, timer) and " - drawings": only the first goes to the phone.
      if (!channelKey.endsWith(' - shared'))
        return undefined
      let sent = ''
      const { send } = useRemoteSocket(path, 'deck', (text) => {
        const step = parseStep(text)
        if (step && step.from.page === nav.currentSlideNo.value && step.from.clicks === nav.clicks.value)
          void nav[step.step]()
      }, () => {
        sent = deckMessage(state as unknown as SharedState)
        send(sent)
      })
      return (next) => {
        const text = deckMessage(next as unknown as SharedState)
        if (text !== sent) {
          sent = text
          send(text)
        }
      }
    },
  }
}

export default defineRootSetup(() => {
  const printing = new URLSearchParams(location.search).has('print')
  if (!printing) {
    useStageWakeLock()
    if (location.pathname !== PHONE_PATH)
      listenForBlackoutKeys()
  }
  const path = __SLIDEV_FEATURE_PRESENTER__ ? remotePath() : undefined
  if (path && location.pathname !== PHONE_PATH && !printing)
    addSyncMethod(phoneSync(path))
})
