/**
 * The deck's own checks, run before a command writes anything: Slidev's Vite server for the deck is set up
 * (not listening), which runs the buildStart hook of every plugin the deck and its addons register. A deck
 * that checks its data in a plugin stops the command there, with the plugin's own message.
 */
import { createServer, resolveOptions } from '@slidev/cli'
import { ENTRY } from './project'

export async function checkDeck(): Promise<void> {
  const options = await resolveOptions({ entry: ENTRY }, 'dev')
  // Middleware mode: Vite starts its plugins at once, and binds no port.
  const server = await createServer(options, { server: { middlewareMode: true, ws: false }, logLevel: 'silent', clearScreen: false })
  await server.close()
}
