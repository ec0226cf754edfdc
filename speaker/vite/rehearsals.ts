/**
 * The presenter view's "Save" on the dev server. Only a JSON POST from the server's own pages
 * (another site's page cannot send one without a CORS preflight we never answer), behind the servers' guards.
 */
import type { Plugin } from 'vite'
import { REHEARSALS_PATH } from '../lib/rehearsal'
import { REHEARSALS_DIR } from '../node/deck/project'
import { guarded, sameOrigin } from '../node/server/guard'
import { receiveRehearsal, SaveLimit } from '../node/server/rehearsals'

export function rehearsals(dir = REHEARSALS_DIR, limit = new SaveLimit()): Plugin {
  return {
    name: 'speaker:rehearsals',
    configureServer(server) {
      server.middlewares.use(REHEARSALS_PATH, (req, res, next) => {
        if (req.method !== 'POST' || !sameOrigin(req) || !req.headers['content-type']?.startsWith('application/json'))
          return next()
        guarded((req, res) => receiveRehearsal(req, res, dir, limit))(req, res)
      })
    },
  }
}
