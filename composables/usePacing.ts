/**
 * Live pacing for the presenter view: Slidev's slides, notes, movements and presenter timer,
 * fed through the pure maths in ./pacing. Read only where the presenter sees it.
 */
import type { Pace } from './pacing'
import { configs, sharedState, useNav } from '@slidev/client'
import { parseTimeString } from '@slidev/parser/utils'
import { useNow } from '@vueuse/core'
import { computed, ref, watch } from 'vue'
import { movementAt, movementsOf } from './movements'
import { elapsedSeconds, noteSeconds, paceAt, planOf, slideBudgets } from './pacing'

export interface PacingView {
  /** Whether the presenter timer runs; pacing needs it started. */
  status: 'stopped' | 'running' | 'paused'
  pace: Pace
  movementTitle: string
  /** Talk duration in seconds, from the headmatter. */
  duration: number
}

export function usePacing() {
  const { slides, currentSlideNo } = useNav()
  const now = useNow({ interval: 500 })

  const duration = computed(() => parseTimeString(configs.duration ?? '30min').seconds)
  const plan = computed(() => {
    const seconds = slides.value.map(route => noteSeconds(route.meta.slide?.note || route.meta.slide?.noteHTML))
    return planOf(slideBudgets(seconds, duration.value))
  })
  const movements = computed(() => movementsOf(slides.value.map(route => ({
    no: route.no,
    frontmatter: route.meta.slide?.frontmatter ?? {},
  }))))

  const elapsed = computed(() => elapsedSeconds(sharedState.timer, now.value.getTime()))

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
      status: sharedState.timer.status,
      pace: paceAt({ plan: plan.value, slideNo: no, movement, elapsed: elapsed.value, enteredAt: enteredAt.value }),
      movementTitle: movement.title,
      duration: duration.value,
    }
  })
}
