/**
 * The test fixture every browser test uses: it aborts and records any request to a host other than
 * the deck's own (and records any such request a service worker makes), and records console errors and
 * warnings; a test fails if either list is non-empty.
 */
import type { Page } from '@playwright/test'
import { test as base, expect } from '@playwright/test'

export interface Guard {
  foreignRequests: string[]
  consoleProblems: string[]
}

export function guardPage(page: Page, ownOrigin: string): Guard {
  const guard: Guard = { foreignRequests: [], consoleProblems: [] }
  void page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(ownOrigin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    guard.foreignRequests.push(url)
    return route.abort('blockedbyclient')
  })
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      guard.consoleProblems.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', error => guard.consoleProblems.push(`page error: ${error.message}`))
  // A service worker's own fetches bypass page.route; the context still sees them, so record those too.
  page.context().on('request', (request) => {
    const url = request.url()
    if (request.serviceWorker() && !url.startsWith(ownOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      guard.foreignRequests.push(`${url} (from the service worker)`)
  })
  return guard
}

export const test = base.extend<{ guard: Guard }>({
  guard: async ({ page, baseURL }, use) => {
    const guard = guardPage(page, new URL(baseURL!).origin)
    await use(guard)
    expect(guard.foreignRequests, 'requests to hosts other than the deck\'s own').toEqual([])
    expect(guard.consoleProblems, 'console errors and warnings').toEqual([])
  },
})

export { expect }
