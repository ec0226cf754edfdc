/**
 * A slide for component tests: Slidev's real clicks context (the same code a slide runs) behind a
 * mocked '@slidev/client', with print mode and reduced motion under the test's control.
 *
 * Use in a test file:
 *   vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)
 */
import type { ClicksContext } from '@slidev/types'
import type { Component, Directive } from 'vue'
// Slidev's own clicks context, straight from its client: the adapter (speaker/lib/slidev.ts) also re-exports
// components that need Slidev's Vite server, which a unit test does not run.
import { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
import { mount } from '@vue/test-utils'
import { defineComponent, h, nextTick, ref, watchEffect } from 'vue'

// Slidev's client reads this build-time constant when called; the tests run it as a production build would.
Object.assign(globalThis, { __DEV__: false })

export const nav = {
  isPrintMode: ref(false),
  isPrintWithClicks: ref(false),
  currentSlideNo: ref(1),
  slides: ref<{ no: number, meta: { slide: { frontmatter: Record<string, unknown> } } }[]>([]),
}

let context: ClicksContext | undefined

export const slidevClient = {
  useNav: () => ({
    ...nav,
    currentSlideRoute: { get value() { return nav.slides.value[nav.currentSlideNo.value - 1] } },
  }),
  useSlideContext: () => {
    if (!context)
      throw new Error('not inside a slide')
    return { $clicksContext: context }
  },
}

/** Whether the viewer asks for reduced motion (read by @vueuse's usePreferredReducedMotion). */
export function preferReducedMotion(reduce: boolean): void {
  window.matchMedia = ((query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
}

export interface SlideOptions {
  print?: boolean
  printSteps?: boolean
  reducedMotion?: boolean
}

export function resetSlide(): void {
  nav.isPrintMode.value = false
  nav.isPrintWithClicks.value = false
  nav.currentSlideNo.value = 1
  nav.slides.value = []
  context = undefined
  preferReducedMotion(false)
}

/**
 * Slidev's `v-click`, as a slide runs it, for components that reveal with it: the element takes the
 * next click of the slide's clicks context and carries `slidev-vclick-hidden` until then; a one-page
 * print shows it. (The real directive needs Slidev's app; the built deck's checks run that one.)
 */
const vClick: Directive<Element> = {
  mounted(el) {
    const clicks = context
    const info = clicks?.calculate(undefined)
    if (!clicks || !info)
      return
    clicks.register(el, info)
    watchEffect(() => {
      const printed = nav.isPrintMode.value && !nav.isPrintWithClicks.value
      el.classList.toggle('slidev-vclick-hidden', !printed && !info.isActive.value)
    })
  },
}

/** Mounts `component` alone on a slide; returns the wrapper, the slide's click count and a way to click. */
export async function mountOnSlide(component: Component, props: Record<string, unknown> = {}, options: SlideOptions = {}) {
  return mountSlide([[component, props]], options)
}

/** Mounts several components on one slide, in order, as a slide's markdown would place them. */
export async function mountSlide(parts: [Component, Record<string, unknown>][], options: SlideOptions = {}) {
  nav.isPrintMode.value = options.print ?? false
  nav.isPrintWithClicks.value = options.printSteps ?? false
  preferReducedMotion(options.reducedMotion ?? false)
  const current = ref(0)
  const clicks = createClicksContextBase(current)
  context = clicks
  const Slide = defineComponent({
    setup() {
      clicks.setup()
      return () => h('div', { class: 'slide' }, parts.map(([component, props]) => h(component, props)))
    },
  })
  const wrapper = mount(Slide, { attachTo: document.body, global: { directives: { click: vClick } } })
  await nextTick()
  return {
    wrapper,
    total: () => clicks.total,
    async goTo(n: number) {
      clicks.current = n
      await nextTick()
      await nextTick()
    },
  }
}
