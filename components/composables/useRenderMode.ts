/**
 * How a component should draw itself right now. Three modes:
 * - live: animated and driven by clicks;
 * - print (PDF export, print view): no timers, no animation; the final state unless the export is
 *   one page per click (`?print=clicks`), where each page shows its own click;
 * - reduced motion (the viewer asked for it): clicks still reveal, but nothing moves.
 */
import { useNav } from '@slidev/client'
import { usePreferredReducedMotion } from '@vueuse/core'
import { computed } from 'vue'

export function useRenderMode() {
  const { isPrintMode: isPrint, isPrintWithClicks } = useNav()
  const motion = usePreferredReducedMotion()
  /** A print that wants every click step as its own page (the steps export). */
  const isPrintSteps = computed(() => isPrint.value && Boolean(isPrintWithClicks?.value))
  /** Whether anything may move: never in print, never when reduced motion is asked for. */
  const animate = computed(() => !isPrint.value && motion.value !== 'reduce')
  return { isPrint, isPrintSteps, animate }
}
