/**
 * Lets a component take its own clicks on a slide, the way Slidev's built-in <v-switch> does:
 * it registers `steps` clicks with the slide's clicks context when mounted, so the slide's click
 * count grows by `steps` without any `clicks:` frontmatter, and v-clicks before or after it on the
 * slide keep their order. `step` runs 0..steps as the speaker clicks
 * (0 before the first click, `steps` when complete).
 *
 * Print (the one-page-per-slide PDF) shows the final state. The steps export (`?print=clicks`)
 * follows each page's own clicks. Outside a slide (no clicks context) the final state shows.
 */
import type { ClicksContext, ClicksInfo } from '@slidev/types'
import { useSlideContext } from '@slidev/client'
import { computed, onMounted, onUnmounted, shallowRef } from 'vue'
import { useRenderMode } from './useRenderMode'

let nextId = 0

function slideClicks(): ClicksContext | undefined {
  try {
    return useSlideContext().$clicksContext ?? undefined
  }
  catch {
    // Not inside a slide (e.g. a global layer): there are no clicks to take.
    return undefined
  }
}

export function useClickSteps(steps: number) {
  const { isPrint, isPrintSteps } = useRenderMode()
  const clicks = steps > 0 ? slideClicks() : undefined
  const info = shallowRef<ClicksInfo | null>(null)
  const id = `click-steps-${nextId++}`

  if (clicks) {
    // Registered on mount, like Slidev's own v-click and v-switch, so the order on the slide is the DOM order.
    onMounted(() => {
      info.value = clicks.calculateSince('+1', steps)
      clicks.register(id, info.value)
    })
    onUnmounted(() => clicks.unregister(id))
  }

  const step = computed(() => {
    if (steps <= 0 || !clicks)
      return Math.max(steps, 0)
    if (isPrint.value && !isPrintSteps.value)
      return steps
    if (!info.value)
      return 0
    return Math.min(steps, Math.max(0, clicks.current - info.value.start + 1))
  })
  return { step }
}
