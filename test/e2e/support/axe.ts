/** The axe-core settings every accessibility check uses. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Slidev's own navigation bar (hidden until hover), not the talk: Slidev 52's "More Options" menu nests
 * a <button> inside a <button> (axe nested-interactive, serious). Left out so findings are the deck's.
 */
export const SLIDEV_CHROME = 'nav:not(#slide-content nav)'
