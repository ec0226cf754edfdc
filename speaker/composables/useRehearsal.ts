/**
 * A rehearsal in the presenter view: every step (slide and click) with the time on Slidev's presenter
 * timer, so a paused timer pauses the rehearsal too; a run goes on over a reload. Finished runs are kept
 * in localStorage with their plan; "Save" sends them to the dev or remote server, or downloads them where
 * there is none.
 */
import type { Rehearsal, RehearsalStep } from '../lib/rehearsal'
import { configs, sharedState, useNav } from '@slidev/client'
import { StorageSerializers, useLocalStorage, useSessionStorage } from '@vueuse/core'
import { computed, ref, watch } from 'vue'
import { elapsedSeconds } from '../lib/pacing'
import { REHEARSAL_VERSION, rehearsalFileName, REHEARSALS_PATH } from '../lib/rehearsal'
import { remotePath } from '../lib/remote'
import { saveBlob } from '../lib/save-blob'
import { sectionAt } from '../lib/sections'
import { useTimer } from '../lib/slidev'
import { useTalkPlan } from './usePacing'

/** Hundredths of a second are plenty, and keep the files short. */
const hundredths = (seconds: number) => Math.round(seconds * 100) / 100

export function useRehearsal() {
  const { currentSlideNo, clicks } = useNav()
  const { slides, duration, words, budgets, sections } = useTalkPlan()
  const timer = useTimer()
  // The run being recorded. `zero` is the talk clock when it began: the timer may already have been running.
  // Kept in this window's sessionStorage, as the timer is (composables/useKeptTimer.ts), so F5 goes on with it.
  const current = useSessionStorage<{ startedAt: string, zero: number, steps: RehearsalStep[] } | null>('deck-rehearsal-run', null, { serializer: StorageSerializers.object })
  const kept = useLocalStorage<{ run: Rehearsal, savedAs?: string }[]>('deck-rehearsals', [])
  const message = ref('')

  const elapsed = () => elapsedSeconds(sharedState.timer, Date.now())
  // Never before the last step, even if the timer is reset mid-run.
  const clock = ({ zero, steps }: { zero: number, steps: RehearsalStep[] }) => Math.max(steps.at(-1)?.at ?? 0, hundredths(elapsed() - zero))

  function step(): void {
    const last = current.value?.steps.at(-1)
    if (current.value && (last?.slide !== currentSlideNo.value || last.clicks !== clicks.value))
      current.value.steps.push({ slide: currentSlideNo.value, clicks: clicks.value, at: clock(current.value) })
  }
  watch([currentSlideNo, clicks], step)

  // A stopped timer starts; a running one is left alone, so an R pressed by mistake on stage costs nothing.
  function start(): void {
    if (sharedState.timer.status !== 'running')
      timer.resume()
    current.value = { startedAt: new Date().toISOString(), zero: hundredths(elapsed()), steps: [] }
    message.value = ''
    step()
  }

  function stop(): void {
    if (!current.value)
      return
    const { startedAt, steps } = current.value
    const run: Rehearsal = {
      version: REHEARSAL_VERSION,
      talk: configs.title,
      startedAt,
      duration: duration.value,
      // The plan as it stood for this run.
      plan: slides.value.map((route, i) => ({
        slide: i + 1,
        title: route.meta.slide?.title ?? '',
        section: sectionAt(sections.value, i + 1)?.title ?? '',
        words: words.value[i] ?? 0,
        budget: hundredths(budgets.value[i] ?? 0),
      })),
      steps,
      end: clock(current.value),
    }
    kept.value = [...kept.value, { run }]
    current.value = null
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
    const fileName = rehearsalFileName(run)
    saveBlob(new Blob([JSON.stringify(run, null, 2)], { type: 'application/json' }), fileName)
    return `${fileName} in your downloads: move it to rehearsals/`
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
    recording: computed(() => current.value !== null),
    unsaved: computed(() => kept.value.filter(k => !k.savedAs).length),
    message,
    start,
    stop,
    save,
  }
}
