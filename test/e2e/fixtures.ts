/**
 * The test fixture every browser test uses: it aborts and records any request to a host other than
 * the deck's own (and records any such request a service worker makes), and records console errors and
 * warnings; a test fails if either list is non-empty.
 */
import type { Guard } from '../../speaker/test/guard'
import { test as base, expect } from '@playwright/test'
import { guardPage } from '../../speaker/test/guard'

export const test = base.extend<{ guard: Guard }>({
  guard: async ({ page, baseURL }, use) => {
    const guard = guardPage(page, new URL(baseURL!).origin)
    await use(guard)
    expect(guard.foreignRequests, 'requests to hosts other than the deck\'s own').toEqual([])
    expect(guard.consoleProblems, 'console errors and warnings').toEqual([])
  },
})

export { expect, guardPage }
