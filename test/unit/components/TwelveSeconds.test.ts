import { afterEach, describe, expect, it, vi } from 'vitest'
import TwelveSeconds from '../../../components/TwelveSeconds.vue'
import { attempt100k, marginMetres, marginSeconds } from '../../../data/record100k'
import { mountOnSlide, resetSlide } from './slide'

vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)

afterEach(() => {
  resetSlide()
  document.body.innerHTML = ''
})

function hidden(w: Awaited<ReturnType<typeof mountOnSlide>>['wrapper']) {
  return ['.gap', '.detail', '.caption'].map(s => w.find(s).classes().includes('slidev-vclick-hidden'))
}

describe('twelveSeconds', () => {
  it('stages the gap, the magnified stretch and the line over three clicks', async () => {
    const { wrapper, total, goTo } = await mountOnSlide(TwelveSeconds)
    expect(total()).toBe(3)
    const seen = []
    for (let click = 0; click <= 3; click++) {
      await goTo(click)
      seen.push(hidden(wrapper))
    }
    expect(seen).toEqual([
      [true, true, true],
      [false, true, true],
      [false, false, true],
      [false, false, false],
    ])
  })

  it('shows both times from the data from the first moment', async () => {
    const { wrapper } = await mountOnSlide(TwelveSeconds)
    expect(wrapper.find('.jim .clock').text()).toBe(attempt100k.jim)
    expect(wrapper.find('.record .clock').text()).toBe(attempt100k.worldRecord)
  })

  it('computes the gap in seconds and metres, about 54 m at his pace', async () => {
    const { wrapper } = await mountOnSlide(TwelveSeconds, {}, { print: true })
    expect(wrapper.find('.gap .clock').text()).toBe(`${marginSeconds} s`)
    expect(wrapper.find('.metres').text()).toBe(`${Math.round(marginMetres)} m`)
    expect(wrapper.find('.metres').text()).toBe('54 m')
    expect(wrapper.find('.caption').text()).toContain('after 100,000')
    expect(wrapper.find('.caption').text()).toContain('3:41.7')
  })

  it('shows everything in print, still', async () => {
    const { wrapper } = await mountOnSlide(TwelveSeconds, {}, { print: true })
    expect(hidden(wrapper)).toEqual([false, false, false])
  })

  it('reveals on clicks without motion when reduced motion is asked for', async () => {
    const { wrapper, goTo } = await mountOnSlide(TwelveSeconds, {}, { reducedMotion: true })
    await goTo(2)
    expect(hidden(wrapper)).toEqual([false, false, true])
  })

  it('describes the figure in words', async () => {
    const { wrapper } = await mountOnSlide(TwelveSeconds)
    expect(wrapper.find('svg').attributes('role')).toBe('img')
    expect(wrapper.find('desc').text()).toMatch(/12 seconds: at his average pace of 3:41\.7 per km, about 54 metres/)
  })
})
