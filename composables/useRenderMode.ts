/**
 * How a component should draw itself right now. Three modes:
 * - live: animated and driven by clicks;
 * - print (PDF export, print view): the final state, no timers, no animation;
 * - reduced motion (the viewer asked for it): clicks still reveal, but nothing moves.
 */
import { useNav } from '@slidev/client'
import { usePreferredReducedMotion } from '@vueuse/core'
import { computed } from 'vue'

export function useRenderMode() {
  const { isPrintMode } = useNav()
  const motion = usePreferredReducedMotion()
  const isPrint = computed(() => isPrintMode.value)
  const reducedMotion = computed(() => motion.value === 'reduce')
  /** Whether anything may move: never in print, never when reduced motion is asked for. */
  const animate = computed(() => !isPrint.value && !reducedMotion.value)
  return { isPrint, reducedMotion, animate }
}
