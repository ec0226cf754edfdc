/**
 * The class names Slidev puts on its DOM, for the scripts and tests that look for them: one place to
 * change when an upgrade renames one. Pure strings, so Node tooling can import it without the client.
 */
export const SLIDEV_CLASS = {
  /** A slide's page in the player, with `data-slidev-no` (and the class `slidev-page-<no>`). */
  page: 'slidev-page',
  /** What a slide shows while its component loads. */
  slideLoading: 'slidev-slide-loading',
  /** One page's frame in Slidev's print view (a slide, or a click of it). */
  printFrame: 'print-slide-container',
  /** The root of every layout. */
  layout: 'slidev-layout',
  /** An element a v-click has not revealed yet (hidden, or taken out of the layout). */
  vclickHidden: 'slidev-vclick-hidden',
  vclickDisplayNone: 'slidev-vclick-display-none',
  /** A [click] mark in the notes as Slidev renders them. */
  noteClickMark: 'slidev-note-click-mark',
} as const

/** The page of slide `no` in the player. */
export function slideSelector(no: number): string {
  return `.${SLIDEV_CLASS.page}[data-slidev-no="${no}"]`
}

/**
 * The presenter view's timer (Slidev's TimerInlined has no class of its own): the icon whose hover shows
 * play, pause and reset, and beside it the reading ("1:05"; "-:--" while stopped).
 */
export const PRESENTER_TIMER = {
  controls: '.w-22px.cursor-pointer',
  reading: '.w-22px.cursor-pointer + div',
} as const
