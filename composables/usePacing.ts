/**
 * Live pacing for the presenter view: Slidev's slides, notes, movements and presenter timer,
 * fed through the pure maths in ./pacing. Read only where the presenter sees it.
 * The phone remote passes its own slide and timer (it follows the deck rather than a route of its own).
 */
import type { MaybeRefOrGetter } from 'vue'
import type { Pace, TimerState } from '../lib/pacing'
import { configs, sharedState, useNav } from '@slidev/client'
import { parseTimeString } from '@slidev/parser/utils'
import { createSharedComposable, useNow } from '@vueuse/core'
import { computed, ref, toValue, watch } from 'vue'
import { movementAt, movementsOf } from '../lib/movements'
import { countWords, elapsedSeconds, noteSeconds, paceAt, planOf, slideBudgets } from '../lib/pacing'
import { calibratedBudgets, pacingSetting } from '../lib/rehearsal'

export interface PacingView {
  /** Whether the presenter timer runs; pacing needs it started. */
  status: 'stopped' | 'running' | 'paused'
  pace: Pace
  movementTitle: string
  /** Talk duration in seconds, from the headmatter. */
  duration: number
}

/**
 * The talk's plan: each slide's words and budget, its window on the talk clock, and the movements.
 * Budgets share out the headmatter's `duration`, or, when the headmatter opts in with
 * `pacing: { wordsPerMinute, pauseSeconds }` (from `npm run rehearsals`), follow the speaker's own rate.
 */
export const useTalkPlan = createSharedComposable(() => {
  const { slides } = useNav()
  const duration = computed(() => parseTimeString(configs.duration ?? '30min').seconds)
  const notes = computed(() => slides.value.map(route => route.meta.slide?.note || route.meta.slide?.noteHTML))
  const words = computed(() => notes.value.map(countWords))
  const setting = computed(() => pacingSetting((configs as { pacing?: unknown }).pacing))
  const budgets = computed(() => setting.value
    ? calibratedBudgets(words.value, setting.value)
    : slideBudgets(notes.value.map(note => noteSeconds(note)), duration.value))
  const plan = computed(() => planOf(budgets.value))
  const movements = computed(() => movementsOf(slides.value.map(route => ({
    no: route.no,
    frontmatter: route.meta.slide?.frontmatter ?? {},
  }))))
  return { slides, duration, words, budgets, plan, movements }
})

export interface PacingSource {
  /** The slide to pace, 1-based: the route's by default. */
  slideNo?: MaybeRefOrGetter<number>
  /** The presenter timer: Slidev's shared one by default. */
  timer?: MaybeRefOrGetter<TimerState>
}

export function usePacing(source: PacingSource = {}) {
  const nav = useNav()
  const currentSlideNo = computed(() => toValue(source.slideNo ?? nav.currentSlideNo))
  const timer = computed(() => toValue(source.timer ?? sharedState.timer))
  const now = useNow({ interval: 500 })
  const { duration, plan, movements } = useTalkPlan()

  const elapsed = computed(() => elapsedSeconds(timer.value, now.value.getTime()))

  // When he arrived on this slide, on the timer's clock (so a pause is not counted as time here).
  const enteredAt = ref(elapsed.value)
  watch(currentSlideNo, () => {
    enteredAt.value = elapsed.value
  })
  // A reset timer starts the clock again from this slide.
  watch(elapsed, (value) => {
    if (value < enteredAt.value)
      enteredAt.value = value
  })

  return computed<PacingView | undefined>(() => {
    const no = currentSlideNo.value
    const movement = movementAt(movements.value, no)
    if (!movement || !plan.value[no - 1])
      return undefined
    return {
      status: timer.value.status,
      pace: paceAt({ plan: plan.value, slideNo: no, movement, elapsed: elapsed.value, enteredAt: enteredAt.value }),
      movementTitle: movement.title,
      duration: duration.value,
    }
  })
}
