/**
 * The presenter view's "Save" on the dev server. Only a JSON POST whose Origin is the server itself:
 * another site's page cannot send one without a CORS preflight we never answer.
 */
import type { Plugin } from 'vite'
import { REHEARSALS_PATH } from '../lib/rehearsal'
import { REHEARSALS_DIR } from '../node/deck/project'
import { receiveRehearsal } from '../node/server/rehearsals'

export function rehearsals(dir = REHEARSALS_DIR): Plugin {
  return {
    name: 'speaker:rehearsals',
    configureServer(server) {
      server.middlewares.use(REHEARSALS_PATH, (req, res, next) => {
        const sameOrigin = req.headers.origin === `http://${req.headers.host}`
        if (req.method !== 'POST' || !sameOrigin || !req.headers['content-type']?.startsWith('application/json'))
          return next()
        receiveRehearsal(req, res, dir)
      })
    },
  }
}
