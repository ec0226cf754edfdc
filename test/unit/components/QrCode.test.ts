import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ClosingCodes from '../../../components/ClosingCodes.vue'
import QrCode from '../../../components/QrCode.vue'
import { talk } from '../../../data/talk'
import { DECK_QR_TITLE, qrCodeModule, qrCodesModule } from '../../../data/vite-qr'
import { qrDrawing, QUIET_ZONE, readableUrl } from '../../../speaker/lib/qr'

/** Reads the drawn path back into a grid of dark modules (quiet zone included). */
function drawnGrid(path: string, side: number): boolean[][] {
  const grid = Array.from({ length: side }, () => Array.from<boolean>({ length: side }).fill(false))
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g))
    grid[Number(y)]![Number(x)] = true
  return grid
}

describe('qrCode', () => {
  it('encodes the one film setting, and shows its name and readable address', () => {
    const wrapper = mount(QrCode, { props: { of: 'film' } })
    expect(wrapper.find('svg').attributes('aria-label')).toBe(`QR code for ${talk.filmTitle}: ${talk.filmUrl}`)
    expect(wrapper.find('.title').text()).toBe(talk.filmTitle)
    expect(wrapper.find('a').attributes('href')).toBe(talk.filmUrl)
    expect(wrapper.find('a').text()).toBe('youtube.com/watch?v=MbXwKTZoLQ4')
  })

  it('draws exactly the code\'s dark modules inside a four-module light quiet zone', () => {
    const qr = qrDrawing(talk.filmUrl)
    const side = qr.size + 2 * QUIET_ZONE
    const grid = drawnGrid(qr.path, side)
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const inside = x >= QUIET_ZONE && y >= QUIET_ZONE && x < QUIET_ZONE + qr.size && y < QUIET_ZONE + qr.size
        expect(grid[y]![x], `module ${x},${y}`).toBe(inside ? qr.modules[y - QUIET_ZONE]![x - QUIET_ZONE] : false)
      }
    }
  })

  it('has the three finder patterns a scanner looks for', () => {
    const { modules, size } = qrDrawing(talk.filmUrl)
    const finder = (ox: number, oy: number) => {
      for (let y = 0; y < 7; y++) {
        for (let x = 0; x < 7; x++) {
          const ring = x === 0 || y === 0 || x === 6 || y === 6
          const core = x >= 2 && x <= 4 && y >= 2 && y <= 4
          expect(modules[oy + y]![ox + x]).toBe(ring || core)
        }
      }
    }
    finder(0, 0)
    finder(size - 7, 0)
    finder(0, size - 7)
  })

  it('changes with the address, so a new film link gives a new code', () => {
    const a = qrCodeModule('https://example.org/film-a', 'A film')
    const b = qrCodeModule('https://example.org/film-b', 'B film')
    expect(a.path).not.toBe(b.path)
    expect(a.path).toBe(qrDrawing('https://example.org/film-a').path)
  })

  it('is drawn at build time from the one setting: the deck gets the path, not an encoder', () => {
    const wrapper = mount(QrCode, { props: { of: 'film' } })
    const built = qrCodesModule({}).film
    expect(wrapper.find('path.dark').attributes('d')).toBe(built.path)
    expect(wrapper.find('svg').attributes('viewBox')).toBe(`0 0 ${built.side} ${built.side}`)
    expect(built).toMatchObject({ url: talk.filmUrl, title: talk.filmTitle })
  })

  it('draws the deck\'s own address from DECK_PUBLIC_URL, and nothing without one', () => {
    expect(qrCodesModule({}).deck).toBeNull()
    const deck = qrCodesModule({ DECK_PUBLIC_URL: 'https://example.org/talks/walmsley' }).deck
    expect(deck).toEqual(qrCodeModule('https://example.org/talks/walmsley/', DECK_QR_TITLE))
    // The unit build has no public URL: the deck's code is not drawn at all.
    expect(mount(QrCode, { props: { of: 'deck' } }).find('figure').exists()).toBe(false)
  })

  it('closes with the film\'s code alone, large, where the build has no public URL', () => {
    const codes = mount(ClosingCodes).findAll('figure')
    expect(codes.map(c => c.attributes('data-qr'))).toEqual(['film'])
    expect(codes[0]!.classes()).not.toContain('stacked')
    expect(codes[0]!.find('svg').attributes('width')).toBe('200')
  })

  it('names the film under its code when asked to stack, at the same size', () => {
    const code = mount(ClosingCodes, { props: { stacked: true } }).find('figure')
    expect(code.classes()).toContain('stacked')
    expect(code.find('svg').attributes('width')).toBe('200')
  })

  it('draws the light card under the dark modules', () => {
    const wrapper = mount(QrCode, { props: { of: 'film' } })
    const shapes = wrapper.findAll('svg > *').map(e => e.classes()[0])
    expect(shapes).toEqual(['light', 'dark'])
  })

  it('writes addresses the way a person types them', () => {
    expect(readableUrl('https://www.youtube.com/watch?v=abc')).toBe('youtube.com/watch?v=abc')
    expect(readableUrl('http://example.org/')).toBe('example.org')
  })
})
