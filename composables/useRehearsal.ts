/**
 * A rehearsal in the presenter view: from "Rehearse" to "Stop", every step (slide and click) is written
 * down with the time on Slidev's presenter timer (started if it was not), so a paused timer pauses
 * the rehearsal too. Finished runs are kept in the browser (localStorage) with the plan
 * they ran against, and "Save" sends them to rehearsals/ through the dev or remote server, or downloads
 * them where there is no server to write them (the plain `npm run present` build).
 */
import type { PlannedSlide, Rehearsal, RehearsalStep } from '../lib/rehearsal'
import { configs, sharedState, useNav } from '@slidev/client'
import { useLocalStorage } from '@vueuse/core'
import { computed, ref, watch } from 'vue'
import { elapsedSeconds } from '../lib/pacing'
import { REHEARSAL_VERSION, rehearsalFileName, REHEARSALS_PATH } from '../lib/rehearsal'
import { useTimer } from '../lib/slidev'
import { useTalkPlan } from './usePacing'
import { remotePath } from './useRemoteSocket'

interface KeptRun {
  run: Rehearsal
  /** Where it was saved, once it was. */
  savedAs?: string
}

/** Hundredths of a second are plenty, and keep the files short. */
const hundredths = (seconds: number) => Math.round(seconds * 100) / 100

export function useRehearsal() {
  const { currentSlideNo, clicks } = useNav()
  const { slides, duration, words, budgets, movements } = useTalkPlan()
  const timer = useTimer()
  const steps = ref<RehearsalStep[]>()
  const startedAt = ref('')
  // The talk clock when the rehearsal began: a rehearsal started with the timer already running counts from there.
  const zero = ref(0)
  const kept = useLocalStorage<KeptRun[]>('deck-rehearsals', [])
  const message = ref('')

  // Never before the last step, even if the timer is reset mid-run.
  const clock = () => Math.max(steps.value?.at(-1)?.at ?? 0, hundredths(elapsedSeconds(sharedState.timer, Date.now()) - zero.value))

  function step(): void {
    const last = steps.value?.at(-1)
    if (steps.value && (last?.slide !== currentSlideNo.value || last.clicks !== clicks.value))
      steps.value.push({ slide: currentSlideNo.value, clicks: clicks.value, at: clock() })
  }
  watch([currentSlideNo, clicks], step)

  function plan(): PlannedSlide[] {
    return slides.value.map((route, i) => ({
      slide: i + 1,
      title: route.meta.slide?.title ?? '',
      movement: movements.value.find(m => i + 1 >= m.start && i + 1 <= m.end)?.title ?? '',
      words: words.value[i] ?? 0,
      budget: hundredths(budgets.value[i] ?? 0),
    }))
  }

  // A stopped timer starts; a running one is left alone, so an R pressed by mistake on stage costs nothing.
  function start(): void {
    if (sharedState.timer.status !== 'running')
      timer.resume()
    zero.value = hundredths(elapsedSeconds(sharedState.timer, Date.now()))
    startedAt.value = new Date().toISOString()
    steps.value = []
    message.value = ''
    step()
  }

  function stop(): void {
    if (!steps.value)
      return
    const end = clock()
    const run: Rehearsal = {
      version: REHEARSAL_VERSION,
      talk: configs.title,
      startedAt: startedAt.value,
      duration: duration.value,
      plan: plan(),
      steps: steps.value,
      end,
    }
    kept.value = [...kept.value, { run }]
    steps.value = undefined
    message.value = 'kept in this browser: S saves it to rehearsals/'
  }

  /** Sends a run to the server that writes rehearsals/, or downloads it when there is none. */
  async function send(run: Rehearsal): Promise<string> {
    if (__SLIDEV_HAS_SERVER__ || remotePath()) {
      const response = await fetch(REHEARSALS_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(run) })
      if (!response.ok)
        throw new Error(await response.text())
      return ((await response.json()) as { file: string }).file
    }
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([JSON.stringify(run, null, 2)], { type: 'application/json' }))
    link.download = rehearsalFileName(run)
    link.click()
    URL.revokeObjectURL(link.href)
    return `${link.download} in your downloads: move it to rehearsals/`
  }

  async function save(): Promise<void> {
    try {
      for (const entry of kept.value.filter(k => !k.savedAs)) {
        entry.savedAs = await send(entry.run)
        message.value = `saved ${entry.savedAs}`
      }
      kept.value = [...kept.value]
    }
    catch (error) {
      message.value = `not saved: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  return {
    recording: computed(() => steps.value !== undefined),
    unsaved: computed(() => kept.value.filter(k => !k.savedAs).length),
    message,
    start,
    stop,
    save,
  }
}
