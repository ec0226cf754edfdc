/** `speaker preview`: serves dist/ on loopback (HOST, PORT) under the build's base path, compressed and cacheable, as a static host would. */
import process from 'node:process'
import { DIST } from '../deck/project'
import { hostedBase } from '../deck/public-url'
import { serveDeck } from '../server/static'

export const label = 'Preview'
/** It serves until stopped. */
export const stays = true

export async function run(): Promise<void> {
  const deck = await serveDeck(DIST, hostedBase(), Number(process.env.PORT ?? 4173), process.env.HOST ?? '127.0.0.1', { hosted: true })
  console.log(`Deck served at ${deck.url} (Ctrl+C to stop)`)
}
