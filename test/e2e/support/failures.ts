/**
 * How a check reports: every finding names the slide and click (`/12?clicks=3`) and what is wrong, and
 * the first finding at each position saves a screenshot to test-results/failures/ (named in the README).
 * A spec collects findings for the whole deck and fails once at the end with the full list, so one run
 * shows every problem, not just the first.
 */
import type { Page } from '@playwright/test'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from '../../../speaker/node/deck/project'

export const FAILURES_DIR = join(ROOT, process.env.CHECK_FAILURES_DIR ?? 'test-results/failures')

export interface Finding {
  /** `/12?clicks=3`, or another place such as `PDF page 4`. */
  where: string
  what: string
  screenshot?: string
}

export class Findings {
  readonly list: Finding[] = []
  private shot = new Set<string>()

  /** @param check a short name for the check; screenshots are named `<check>-<where>.png`. */
  constructor(readonly check: string) {
    mkdirSync(FAILURES_DIR, { recursive: true })
    // Screenshots from an earlier run of this check would point at problems that may be fixed.
    for (const name of readdirSync(FAILURES_DIR)) {
      if (name.startsWith(`${check}-`))
        rmSync(join(FAILURES_DIR, name), { force: true })
    }
  }

  /** Records findings at `where`, with a screenshot of the page as it is now if a page is given. */
  async add(where: string, whats: string[], page?: Page): Promise<void> {
    if (!whats.length)
      return
    let screenshot: string | undefined
    if (page && !this.shot.has(where)) {
      this.shot.add(where)
      screenshot = join(FAILURES_DIR, `${this.check}-${where.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.png`)
      await page.screenshot({ path: screenshot }).catch(() => {
        screenshot = undefined
      })
    }
    for (const what of whats)
      this.list.push({ where, what, screenshot })
  }

  /** One line per finding, for the assertion message. */
  report(): string {
    return this.list.map(f => `${f.where}: ${f.what}${f.screenshot ? ` [screenshot: ${f.screenshot.slice(ROOT.length)}]` : ''}`).join('\n')
  }
}
