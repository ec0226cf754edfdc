/**
 * A number that counts up to its target once `go` turns true: live only. When nothing may move
 * (print, reduced motion) it is the target at once, and no frame is ever requested.
 */
import type { MaybeRefOrGetter, Ref } from 'vue'
import { onScopeDispose, ref, toValue, watch } from 'vue'

export function useCountUp(target: number, go: MaybeRefOrGetter<boolean>, animate: MaybeRefOrGetter<boolean>, durationMs = 1400): Ref<number> {
  const value = ref(toValue(animate) ? 0 : target)
  let frame = 0

  function stop() {
    if (frame)
      cancelAnimationFrame(frame)
    frame = 0
  }

  watch([() => toValue(go), () => toValue(animate)], ([started, moving]) => {
    stop()
    if (!moving) {
      value.value = target
      return
    }
    if (!started) {
      value.value = 0
      return
    }
    const t0 = performance.now()
    const tick = () => {
      const t = Math.min((performance.now() - t0) / durationMs, 1)
      // Ease out: fast at first, settling on the figure the way a counter slows to a stop.
      value.value = Math.round(target * (1 - (1 - t) ** 3))
      frame = t < 1 ? requestAnimationFrame(tick) : 0
    }
    frame = requestAnimationFrame(tick)
  }, { immediate: true })

  onScopeDispose(stop)
  return value
}
