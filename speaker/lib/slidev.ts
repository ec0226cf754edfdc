export { createClicksContextBase, createFixedClicks } from '@slidev/client/composables/useClicks.ts'
export { useFixedNav } from '@slidev/client/composables/useNav.ts'
export { useTimer } from '@slidev/client/composables/useTimer.ts'
export { CLICKS_MAX, injectionSlideElement, injectionSlideScale, injectionSlidevContext } from '@slidev/client/constants.ts'
export { default as NoteDisplay } from '@slidev/client/internals/NoteDisplay.vue'
export { default as SlideContainer } from '@slidev/client/internals/SlideContainer.vue'
export { default as SlideWrapper } from '@slidev/client/internals/SlideWrapper.vue'
/**
 * The one door to Slidev's client internals: the paths below are not its public API (that is
 * `@slidev/client`), so a Slidev upgrade that moves them breaks here, in one place, and
 * speaker/test/slidev-internals.test.ts says which path or name moved. What they give us:
 * - a slide drawn outside the player, in its final state (SlidePicture.vue, the phone's preview);
 * - the phone's own clicks and notes, and the presenter timer a rehearsal reads (remote, rehearsals);
 * (The component-test harness, test/unit/components/slide.ts, takes Slidev's clicks context
 * straight from useClicks.ts: importing this file in vitest would need Slidev's Vite server.)
 * The class names Slidev puts on its DOM, which scripts and tests select by, are beside this file in
 * lib/slidev-dom.ts: plain strings, so Node tooling can import them without loading the client.
 */
export { getSlideClass } from '@slidev/client/utils.ts'
