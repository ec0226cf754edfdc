import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import MountainFigures from '../../../components/MountainFigures.vue'
import { utmb } from '../../../data/course'
import { mountOnSlide, resetSlide } from './slide'

vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)

let frames: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  frames = vi.spyOn(window, 'requestAnimationFrame')
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  resetSlide()
  document.body.innerHTML = ''
})

type Mounted = Awaited<ReturnType<typeof mountOnSlide>>['wrapper']
const value = (w: Mounted, id: string) => w.find(`[data-figure="${id}"] .value`).text()
const shown = (w: Mounted) => w.findAll('li').filter(li => !li.classes().includes('hidden')).map(li => li.attributes('data-figure'))

describe('mountainFigures', () => {
  it('reveals one figure per click, four in all', async () => {
    const { wrapper, total, goTo } = await mountOnSlide(MountainFigures, {}, { reducedMotion: true })
    expect(total()).toBe(4)
    const order = ['distance', 'climb', 'starters', 'americans']
    for (let click = 0; click <= 4; click++) {
      await goTo(click)
      expect(shown(wrapper)).toEqual(order.slice(0, click))
    }
  })

  it('prints the final numbers from the data, with no timer', async () => {
    const { wrapper } = await mountOnSlide(MountainFigures, {}, { print: true })
    expect(shown(wrapper)).toHaveLength(4)
    expect(value(wrapper, 'distance')).toBe(`~${utmb.distanceMi}miles`)
    expect(value(wrapper, 'climb')).toBe('~32,800ft')
    expect(wrapper.find('[data-figure="climb"] .sub').text()).toBe('(10,000 m) of climbing')
    expect(value(wrapper, 'starters')).toBe('2,000+')
    expect(value(wrapper, 'americans')).toBe('0')
    expect(wrapper.find('[data-figure="americans"] .sub').text()).toContain('2003 to 2022')
    expect(frames).not.toHaveBeenCalled()
  })

  it('shows final numbers at once with reduced motion', async () => {
    const { wrapper, goTo } = await mountOnSlide(MountainFigures, {}, { reducedMotion: true })
    await goTo(2)
    expect(value(wrapper, 'climb')).toBe('~32,800ft')
    expect(frames).not.toHaveBeenCalled()
  })

  it('counts up live when a figure appears, and lands on the number', async () => {
    vi.restoreAllMocks()
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] })
    const { wrapper, goTo } = await mountOnSlide(MountainFigures)
    await goTo(1)
    expect(value(wrapper, 'distance')).toBe('~0miles')
    vi.advanceTimersByTime(700)
    await wrapper.vm.$nextTick()
    const midway = Number(value(wrapper, 'distance').replace(/\D/g, ''))
    expect(midway).toBeGreaterThan(0)
    expect(midway).toBeLessThan(utmb.distanceMi)
    vi.advanceTimersByTime(1000)
    await wrapper.vm.$nextTick()
    expect(value(wrapper, 'distance')).toBe('~106miles')
  })

  it('has the whole text for a screen reader, whatever the click', async () => {
    const { wrapper } = await mountOnSlide(MountainFigures)
    const text = wrapper.find('.sr-only').text()
    expect(text).toContain('about 106 miles (171 km)')
    expect(text).toContain('about 32,800 feet (10,000 metres)')
    expect(text).toContain('more than 2,000 starters')
    expect(text).toContain('no American man had won it from the first race in 2003 until 2023')
  })
})
