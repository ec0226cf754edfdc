/**
 * `virtual:qr-codes`: the closing's QR codes, drawn once at build time (and by the dev server), so the
 * deck ships ready SVG paths and no QR encoder, and needs no network:
 *   - film: the P.S.'s film, from the one setting talk.filmUrl (data/talk.ts);
 *   - deck: this deck's own address, from DECK_PUBLIC_URL (speaker/node/deck/public-url.ts), or null without one.
 */
import type { Plugin } from 'vite'
import process from 'node:process'
import { qrDrawing } from '../speaker/lib/qr.ts'
import { publicUrl } from '../speaker/node/deck/public-url.ts'
import { talk } from './talk.ts'

export const QR_CODES_ID = 'virtual:qr-codes'
const RESOLVED = `\0${QR_CODES_ID}`

/** What the room is told the deck's code opens. */
export const DECK_QR_TITLE = 'This talk'

export interface QrCodeModule {
  url: string
  title: string
  /** Modules per side plus the quiet zone on both sides. */
  side: number
  path: string
}

export interface QrCodes {
  film: QrCodeModule
  deck: QrCodeModule | null
}

export function qrCodeModule(url: string, title: string): QrCodeModule {
  const { size, quiet, path } = qrDrawing(url)
  return { url, title, side: size + 2 * quiet, path }
}

export function qrCodesModule(env: Record<string, string | undefined> = process.env): QrCodes {
  const deck = publicUrl(env)
  return {
    film: qrCodeModule(talk.filmUrl, talk.filmTitle),
    deck: deck ? qrCodeModule(deck, DECK_QR_TITLE) : null,
  }
}

export function qrCodes(): Plugin {
  return {
    name: 'deck:qr-codes',
    resolveId: id => id === QR_CODES_ID ? RESOLVED : undefined,
    load: id => id === RESOLVED ? `export default ${JSON.stringify(qrCodesModule())}` : undefined,
  }
}
