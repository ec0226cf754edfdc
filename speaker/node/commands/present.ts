/**
 * `speaker present`: the venue-laptop path. A production build with the presenter view and the
 * speaker notes (which the hosted build leaves out), served from this machine on loopback only, so it
 * runs with the network cable pulled. Open the audience window and the presenter window in the same
 * browser: they stay in step through the browser itself, no server needed.
 *   speaker present               build into <DECK_OUT>-present/ (dist-present/), then serve
 *   speaker present --no-build    serve the last build as it is
 *   speaker present --remote      also serve it to the speaker's phone, token-guarded (server/remote.ts)
 * Port: PORT (default 4180). With --remote, REMOTE_HOST narrows where it listens (default: every interface).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { renderUnicodeCompact } from 'uqr'
import { checkDeck } from '../deck/check'
import { loadDeck } from '../deck/info'
import { serveRemote } from '../server/remote'
import { serveDeck } from '../server/static'
import { buildPresent, PRESENT_DIST } from '../site/slidev-build'

export const label = 'Present'
/** It serves until stopped. */
export const stays = true

export async function run(args: readonly string[]): Promise<void> {
  const build = !args.includes('--no-build')
  if (build)
    await checkDeck()
  else if (!existsSync(join(PRESENT_DIST, 'index.html')))
    throw new Error(`No presenter build in ${PRESENT_DIST}: run \`npm run present\` without --no-build once`)
  const port = Number(process.env.PORT ?? 4180)
  if (args.includes('--remote')) {
    if (build)
      await buildPresent()
    const remote = await serveRemote({ dir: PRESENT_DIST, slides: (await loadDeck()).slides.length, port, host: process.env.REMOTE_HOST })
    // The `Phone: ` line is what tests and people read.
    console.log([
      '',
      renderUnicodeCompact(remote.phone, { ecc: 'M' }),
      `Phone: ${remote.phone}`,
      '',
      `  Audience (put this window on the projector): ${remote.local('/1')}`,
      `  Presenter (notes, timer, pacing, this code): ${remote.local('/presenter/1')}`,
      '',
      '  Scan the code with the phone on the same Wi-Fi. The token changes on every start; without it this server',
      '  answers nothing. If the Wi-Fi drops, the laptop goes on alone and the phone reconnects. Ctrl+C to stop.',
    ].join('\n'))
    return
  }
  // Listen first, so a busy port is said before a minute of building; the new build is swapped in under the server.
  const deck = await serveDeck(PRESENT_DIST, '/', port, '127.0.0.1')
  if (build)
    await buildPresent()
  console.log([
    '',
    `  Audience (put this window on the projector): ${deck.url}1`,
    `  Presenter (notes, timer, pacing):            ${deck.url}presenter/1`,
    '',
    '  Served from this machine only; no network needed. Ctrl+C to stop.',
  ].join('\n'))
}
