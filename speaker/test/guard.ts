/**
 * A page that may ask nothing of any host but the deck's own: any other request is aborted and recorded
 * (a service worker's too), and so is every console error and warning.
 */
import type { Page } from '@playwright/test'

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
