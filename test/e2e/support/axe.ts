/** The axe-core check every accessibility test uses: WCAG 2 A and AA rules on the page as it is now. */
import type { Page } from '@playwright/test'
import type { Result } from 'axe-core'
import axe from 'axe-core'
import { slideSelector, SLIDEV_CLASS } from '../../../speaker/lib/slidev-dom'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Slidev's own navigation bar (hidden until hover), not the talk: Slidev 52's "More Options" menu nests
 * a <button> inside a <button> (axe nested-interactive, serious). Left out so findings are the deck's.
 */
export const SLIDEV_CHROME = 'nav:not(#slide-content nav)'

/**
 * The slides the player keeps mounted but hidden, every one visited so far: all but slide `no`. Left out of
 * a walk's checks, since they are not on screen, and deciding so for each of their elements was most of
 * what axe spent once a walk had visited the whole deck.
 */
export function otherSlides(no: number): string {
  return `.${SLIDEV_CLASS.page}:not(${slideSelector(no)})`
}

/**
 * axe's violations on the page, leaving out what `exclude` selects. The engine is put into the page once
 * and stays there while the deck moves from slide to slide (the player never reloads), so a whole-deck
 * walk pays for it once, not at every slide.
 */
export async function axeViolations(page: Page, exclude: readonly string[] = []): Promise<Result[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(axe.source)
  return page.evaluate(async ({ tags, exclude }) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') }
    const results = await axe.run(exclude.length ? { exclude } : document, { runOnly: { type: 'tag', values: tags } })
    return results.violations
  }, { tags: AXE_TAGS, exclude: [...exclude] })
}

/** One line per serious or critical violation (what blocks); the rest, shorter, as minor. */
export function axeFindings(violations: readonly Result[]): { blocking: string[], minor: string[] } {
  const blocking: string[] = []
  const minor: string[] = []
  for (const v of violations) {
    if (v.impact === 'serious' || v.impact === 'critical')
      blocking.push(`axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} element(s): ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')})`)
    else
      minor.push(`${v.impact} ${v.id}`)
  }
  return { blocking, minor }
}
