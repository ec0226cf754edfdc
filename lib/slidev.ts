/**
 * The one door to Slidev's client internals: the paths below are not its public API (that is
 * `@slidev/client`), so a Slidev upgrade that moves them breaks here, in one place.
 * What they give us: a slide drawn outside the player, in its final state (SlidePicture.vue).
 */
export { createFixedClicks } from '@slidev/client/composables/useClicks.ts'
export { useFixedNav } from '@slidev/client/composables/useNav.ts'
export { CLICKS_MAX, injectionSlideElement, injectionSlideScale, injectionSlidevContext } from '@slidev/client/constants.ts'
export { default as SlideWrapper } from '@slidev/client/internals/SlideWrapper.vue'
export { getSlideClass } from '@slidev/client/utils.ts'
