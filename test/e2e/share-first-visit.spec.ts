/**
 * A room of phones opens the hosted deck at once over one Wi-Fi: a phone's first visit (page and service
 * worker, counted at a server that compresses as a host does; speaker/node/bench/first-visit.ts) stays
 * within the budget, downloads each file once, leaves the PDF alone until asked for (share-hosted.spec.ts
 * checks it is kept then), and keeps what it fetched for offline. It ends once the worker holds the deck
 * and the network is quiet. Bytes and repeats only: the timings are in `npm run bench`.
 */
import { fileOf } from '../../speaker/lib/offline'
import { FIRST_VISIT_BUDGET, firstVisit } from '../../speaker/node/bench/first-visit'
import { deckInfo } from '../../speaker/node/deck/info'
import { DIST } from '../../speaker/node/deck/project'
import { hostedBase } from '../../speaker/node/deck/public-url'
import { expect, test } from './fixtures'

test('a phone\'s first visit fits the budget, fetches each file once and not the PDF, and keeps what it fetched', async ({ browser }) => {
  const base = hostedBase()
  const pdf = `${(await deckInfo()).exportFilename}.pdf`
  const visit = await firstVisit(browser, DIST, base)
  const files = visit.sent.map(response => fileOf(response.path, base))
  const heaviest = [...visit.sent].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map(r => `${r.path} ${Math.round(r.bytes / 1024)} KB`)

  expect(visit.foreign, 'requests to other hosts').toEqual([])
  expect(visit.kept, 'the worker holds the deck within 30 s').toBe(true)
  expect(visit.bytes, `first visit ${Math.round(visit.bytes / 1024)} KB in ${visit.sent.length} responses; heaviest: ${heaviest.join(', ')}`).toBeLessThanOrEqual(FIRST_VISIT_BUDGET)
  expect(visit.repeated, 'files fetched more than once').toEqual({})
  expect(files, 'the PDF is fetched on a first visit').not.toContain(pdf)
  expect(visit.cached, 'the PDF is in the service worker\'s cache').not.toContain(pdf)
  // Offline for what the visitor has seen: everything the page fetched is kept.
  expect(files.filter(file => !visit.cached.includes(file)), 'fetched but not kept for offline').toEqual(['sw.js'])
})
