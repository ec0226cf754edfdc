/**
 * `virtual:film-qr`: the P.S.'s QR code, drawn once at build time (and by the dev server) from the one
 * setting talk.filmUrl, so the deck ships a ready SVG path and no QR encoder, and needs no network.
 */
import type { Plugin } from 'vite'
import { qrDrawing } from '../composables/qr'
import { talk } from '../data/talk'

export const FILM_QR_ID = 'virtual:film-qr'
const RESOLVED = `\0${FILM_QR_ID}`

export interface FilmQrModule {
  url: string
  title: string
  /** Modules per side plus the quiet zone on both sides. */
  side: number
  path: string
}

export function filmQrModule(url: string = talk.filmUrl, title: string = talk.filmTitle): FilmQrModule {
  const { size, quiet, path } = qrDrawing(url)
  return { url, title, side: size + 2 * quiet, path }
}

export function filmQr(): Plugin {
  return {
    name: 'deck:film-qr',
    resolveId: id => id === FILM_QR_ID ? RESOLVED : undefined,
    load: id => id === RESOLVED ? `export default ${JSON.stringify(filmQrModule())}` : undefined,
  }
}
