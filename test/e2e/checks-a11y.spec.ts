/**
 * Accessibility of every slide in its final state, with axe-core's WCAG 2 A and AA rules:
 * no serious or critical finding. Click counts come from walking the deck, never from a list.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { AXE_TAGS, SLIDEV_CHROME } from './support/axe'
import { Findings } from './support/failures'
import { discoverClicks, label, settle } from './support/walk'

const BLOCKING = new Set(['serious', 'critical'])

test('every slide\'s final state: no serious or critical axe finding (WCAG 2 A/AA)', async ({ page, guard }) => {
  test.setTimeout(600_000)
  const clicks = await discoverClicks(page)
  const findings = new Findings('a11y')
  const minor: string[] = []
  for (const [i, total] of clicks.entries()) {
    const at = { no: i + 1, clicks: total }
    await page.goto(`${at.no}?clicks=${at.clicks}`)
    await settle(page, at.no)
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).exclude(SLIDEV_CHROME).analyze()
    const problems: string[] = []
    for (const v of result.violations) {
      const nodes = v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')
      if (BLOCKING.has(v.impact ?? ''))
        problems.push(`axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} element(s): ${nodes})`)
      else
        minor.push(`${label(at)} ${v.impact} ${v.id}`)
    }
    await findings.add(label(at), problems, page)
  }
  if (minor.length)
    test.info().annotations.push({ type: 'minor axe findings', description: minor.join('; ') })
  expect(findings.report(), `${findings.list.length} serious/critical finding(s) on ${clicks.length} slides`).toBe('')
  void guard
})
