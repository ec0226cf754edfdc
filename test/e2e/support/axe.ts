/** The axe-core check every accessibility test uses: WCAG 2 A and AA rules on the page as it is now. */
import type { Page } from '@playwright/test'
import type { Result } from 'axe-core'
import axe from 'axe-core'
import { slideSelector, SLIDEV_CLASS } from '../../../speaker/lib/slidev-dom'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** A part of the page, by CSS selectors (serialisable, to pass into the page). */
export interface AxeScope { include: string[] }

/**
 * What the audience sees of slide `no`, for axe to look at: that slide and the canvas's other layers (the
 * progress line). Not Slidev's own navigation bar, hidden until hover (its "More Options" menu nests a
 * <button> inside a <button>: axe nested-interactive, serious), nor the slides the player keeps mounted
 * but hidden. Named as what to include, so axe looks at these elements alone: the whole document less
 * what to leave out cost twice as much once a walk had mounted every slide.
 */
export function slideOnScreen(no: number): AxeScope {
  return { include: [slideSelector(no), `#slide-content > :not(:has(.${SLIDEV_CLASS.page}))`] }
}

/**
 * axe's violations on the page, or on the part `scope` names. The engine is put into the page once
 * and stays there while the deck moves from slide to slide (the player never reloads), so a whole-deck
 * walk pays for it once, not at every slide.
 */
export async function axeViolations(page: Page, scope?: AxeScope): Promise<Result[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(axe.source)
  return page.evaluate(async ({ tags, scope }) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') }
    const results = await axe.run(scope ?? document, { runOnly: { type: 'tag', values: tags } })
    return results.violations
  }, { tags: AXE_TAGS, scope })
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
