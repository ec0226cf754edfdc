/**
 * `speaker rehearsals`: prints each run in rehearsals/ against the plan (per section, slowest slides,
 * trend, the speaker's own pace) and writes rehearsals/chart.svg.
 */
import { writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { REHEARSALS_DIR, ROOT } from '../deck/project'
import { rehearsalChart } from '../rehearsals/chart'
import { readRehearsals, rehearsalReport } from '../rehearsals/report'

export const label = 'Rehearsals'

export async function run(): Promise<void> {
  const runs = readRehearsals()
  console.log(rehearsalReport(runs).join('\n'))
  if (runs.length) {
    const chart = join(REHEARSALS_DIR, 'chart.svg')
    writeFileSync(chart, rehearsalChart(runs))
    console.log(`\nChart: ${relative(ROOT, chart)}`)
  }
}
