/** Live pacing for the presenter view and the phone: Slidev's slides, notes and timer through lib/pacing.ts. */
import type { MaybeRefOrGetter } from 'vue'
import type { TimerState } from '../lib/pacing'
import { configs, sharedState, useNav } from '@slidev/client'
import { parseTimeString } from '@slidev/parser/utils'
import { createSharedComposable, useNow } from '@vueuse/core'
import { computed, ref, toValue, watch } from 'vue'
import { countWords, elapsedSeconds, noteMarks, noteSeconds, paceAt, planOf, slideBudgets } from '../lib/pacing'
import { calibratedBudgets, pacingSetting } from '../lib/rehearsal'
import { sectionAt, sectionsOfRoutes } from '../lib/sections'

// Slidev's configs carry every headmatter key, the kit's settings among them.
const headmatter = configs as unknown as Record<string, unknown>

/**
 * The plan: each slide's words and budget, its window on the talk clock, and the sections.
 * Budgets share out the headmatter's `duration`, or, when the headmatter opts in with
 * `pacing: { wordsPerMinute, pauseSeconds }` (from `npm run rehearsals`), follow the speaker's own rate.
 */
export const useTalkPlan = createSharedComposable(() => {
  const { slides } = useNav()
  const duration = computed(() => parseTimeString(configs.duration ?? '30min').seconds)
  const notes = computed(() => slides.value.map(route => route.meta.slide?.note || route.meta.slide?.noteHTML))
  const marks = computed(() => noteMarks(headmatter))
  const words = computed(() => notes.value.map(note => countWords(note, marks.value)))
  const setting = computed(() => pacingSetting(headmatter.pacing))
  const budgets = computed(() => setting.value
    ? calibratedBudgets(words.value, setting.value)
    : slideBudgets(notes.value.map(note => noteSeconds(note, marks.value)), duration.value))
  const plan = computed(() => planOf(budgets.value))
  const sections = computed(() => sectionsOfRoutes(slides.value))
  return { slides, duration, words, budgets, plan, sections }
})

/** The phone passes its own slide and timer (it follows the deck, not a route); else the route's and Slidev's shared timer. */
export function usePacing(source: { slideNo?: MaybeRefOrGetter<number>, timer?: MaybeRefOrGetter<TimerState> } = {}) {
  const nav = useNav()
  const currentSlideNo = computed(() => toValue(source.slideNo ?? nav.currentSlideNo))
  const timer = computed(() => toValue(source.timer ?? sharedState.timer))
  const now = useNow({ interval: 500 })
  const { plan, sections } = useTalkPlan()

  const elapsed = computed(() => elapsedSeconds(timer.value, now.value.getTime()))

  // When he arrived on this slide, on the timer's clock (so a pause is not counted as time here);
  // a reset timer starts the clock again from this slide.
  const enteredAt = ref(elapsed.value)
  watch([currentSlideNo, elapsed], ([no, value], [was]) => {
    if (no !== was || value < enteredAt.value)
      enteredAt.value = value
  })

  return computed(() => {
    const no = currentSlideNo.value
    const section = sectionAt(sections.value, no)
    if (!section || !plan.value[no - 1])
      return undefined
    return {
      status: timer.value.status,
      pace: paceAt({ plan: plan.value, slideNo: no, section, elapsed: elapsed.value, enteredAt: enteredAt.value }),
      sectionTitle: section.title,
    }
  })
}
