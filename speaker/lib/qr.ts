/**
 * A QR code as SVG geometry, made with uqr from a string: no network, no canvas, deterministic,
 * so the same address always gives the same picture (and tests can read it back module by module).
 */
import { encode } from 'uqr'

export interface QrDrawing {
  /** Modules per side, without the quiet zone. */
  size: number
  /** Light modules around the code: the standard asks for 4. */
  quiet: number
  /** One path of unit squares, one per dark module, offset by the quiet zone. */
  path: string
  /** The module grid, true for dark, without the quiet zone. */
  modules: boolean[][]
}

export const QUIET_ZONE = 4

export function qrDrawing(text: string, quiet = QUIET_ZONE): QrDrawing {
  // Medium error correction: a phone held at the back of a room still reads a slightly soft projection.
  const { data, size } = encode(text, { ecc: 'M', border: 0 })
  let path = ''
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark)
      path += `M${x + quiet} ${y + quiet}h1v1h-1z`
  }))
  return { size, quiet, path, modules: data }
}

/** The address as a person would type it: no scheme, no "www.". */
export function readableUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '')
}
