// @vitest-environment node
/**
 * Contrast of the palette, computed from styles/tokens.css itself (WCAG 2 relative luminance):
 * every text colour on every background it is used on. Change a token and this test recomputes.
 * Body text needs 4.5:1; text the deck only ever sets large (the statement and figure sizes) needs 3:1.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const css = readFileSync(resolve(ROOT, 'styles/tokens.css'), 'utf8')
const uno = readFileSync(resolve(ROOT, 'uno.config.ts'), 'utf8')

export function tokens(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(/--c-([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map(m => [m[1]!, m[2]!.toLowerCase()]))
}

type RGB = [number, number, number]

function rgb(hex: string): RGB {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function luminance([r, g, b]: RGB): number {
  const lin = (c: number): number => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

export function contrast(a: RGB, b: RGB): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** color-mix(in srgb, a p%, b): how the dawn glow and the ridges' opacity land on the sky. */
function mix(a: RGB, b: RGB, p: number): RGB {
  return [0, 1, 2].map(i => Math.round(a[i]! * p + b[i]! * (1 - p))) as RGB
}

const c = tokens(css)
function col(name: string): RGB {
  const hex = c[name]
  if (!hex)
    throw new Error(`styles/tokens.css has no --c-${name}`)
  return rgb(hex)
}

function glow(name: string): number {
  const m = new RegExp(`--glow-${name}:\\s*(\\d+(?:\\.\\d+)?)%`).exec(css)
  if (!m)
    throw new Error(`styles/tokens.css has no --glow-${name}`)
  return Number(m[1]) / 100
}

// Where text sits in the deck's layouts: the sky's three stops, the brightest point of the dawn glow
// (dawn, then amber, over night at the --glow-* strengths, as components/art/Backdrop.vue layers them), and a far ridge.
const backgrounds: Record<string, () => RGB> = {
  'ink': () => col('ink'),
  'night': () => col('night'),
  'slate': () => col('slate'),
  'dawn glow': () => mix(col('amber'), mix(col('dawn'), col('night'), glow('dawn')), glow('amber')),
  'far ridge at dawn': () => mix(col('ridge'), col('night'), 0.7),
}

// Text colours and the smallest size each is set in: body (4.5:1) or large only (3:1).
const texts: Record<string, 'body' | 'large'> = { snow: 'body', mist: 'body', amber: 'body', dawn: 'body' }

describe('the contrast maths', () => {
  it('gives the known extremes and fails a weak pair', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5)
    expect(contrast(rgb('#777777'), rgb('#888888'))).toBeLessThan(3)
  })

  it('reads every colour token, so a renamed or broken token is noticed', () => {
    expect(Object.keys(c).sort()).toEqual(['amber', 'dawn', 'ink', 'mist', 'night', 'ridge', 'slate', 'snow'])
  })
})

describe('the palette', () => {
  for (const [text, size] of Object.entries(texts)) {
    for (const [bg, colour] of Object.entries(backgrounds)) {
      const need = size === 'body' ? 4.5 : 3
      it(`${text} on ${bg} is at least ${need}:1`, () => {
        const ratio = contrast(col(text), colour())
        expect(ratio, `${text} (${c[text]}) on ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(need)
      })
    }
  }

  it('the UnoCSS colours are the same tokens, by the same names', () => {
    for (const name of Object.keys(c))
      expect(uno, `uno.config.ts should map ${name} to var(--c-${name})`).toMatch(new RegExp(`${name}:\\s*'var\\(--c-${name}\\)'`))
  })
})
