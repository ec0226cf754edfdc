import { afterEach, describe, expect, it, vi } from 'vitest'
import TrailLights from '../../../components/TrailLights.vue'
import { landmarks } from '../../../data/course'
import { talk } from '../../../data/talk'
import { mountOnSlide, resetSlide } from './slide'

vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)

afterEach(() => {
  resetSlide()
  document.body.innerHTML = ''
})

type Mounted = Awaited<ReturnType<typeof mountOnSlide>>['wrapper']
const xs = (w: Mounted, sel: string) => w.findAll(`${sel} circle:last-child`).map(c => Number(c.attributes('cx')))
const stationX = (w: Mounted) => Number(/translate\(([\d.]+)/.exec(w.find('.station').attributes('transform')!)![1])

describe('trailLights', () => {
  it('alone: one light at the station, no label, no clicks', async () => {
    const { wrapper, total } = await mountOnSlide(TrailLights, { moment: 'alone' })
    expect(total()).toBe(0)
    expect(wrapper.findAll('.chaser')).toHaveLength(0)
    expect(wrapper.find('.helper').exists()).toBe(false)
    expect(wrapper.find('.place').exists()).toBe(false)
    expect(xs(wrapper, '.jim')[0]).toBeCloseTo(stationX(wrapper), 5)
  })

  it('chased: the headlamps behind close the gap on its one click, and the station is the record\'s', async () => {
    const { wrapper, total, goTo } = await mountOnSlide(TrailLights, { moment: 'chased' }, { reducedMotion: true })
    expect(total()).toBe(1)
    expect(wrapper.find('.place').text()).toBe(landmarks.champex.place)
    const before = xs(wrapper, '.chaser')
    expect(before).toHaveLength(5)
    await goTo(1)
    const after = xs(wrapper, '.chaser')
    after.forEach((x, i) => expect(x).toBeGreaterThan(before[i]!))
    // Still behind him: nobody passes the stopped light.
    expect(Math.max(...after)).toBeLessThan(stationX(wrapper))
    expect(wrapper.find('desc').text()).toMatch(/close now/)
  })

  it('goes-on: his light leaves the station on the click and lights the trail behind it', async () => {
    const { wrapper, goTo } = await mountOnSlide(TrailLights, { moment: 'goes-on' }, { reducedMotion: true })
    expect(xs(wrapper, '.jim')[0]).toBeCloseTo(stationX(wrapper), 5)
    expect(wrapper.find('.lit').exists()).toBe(false)
    await goTo(1)
    expect(xs(wrapper, '.jim')[0]).toBeGreaterThan(stationX(wrapper))
    expect(wrapper.find('.lit').exists()).toBe(true)
  })

  it('shows the helper in both scenes of 2022: his wife\'s still light beside his, which stays when his climbs on', async () => {
    for (const moment of ['chased', 'goes-on'] as const) {
      const { wrapper, goTo } = await mountOnSlide(TrailLights, { moment }, { reducedMotion: true })
      const helperX = () => Number(wrapper.find('.helper circle:nth-child(2)').attributes('cx'))
      const at0 = helperX()
      expect(Math.abs(at0 - stationX(wrapper))).toBeLessThan(40)
      expect(wrapper.find('.helper .name').text()).toBe(talk.helper)
      expect(wrapper.find('desc').text()).toContain(`${talk.helper}'s still light`)
      await goTo(1)
      expect(helperX()).toBe(at0)
      resetSlide()
    }
    const { wrapper } = await mountOnSlide(TrailLights, { moment: 'goes-on' }, { print: true })
    expect(xs(wrapper, '.jim')[0]).toBeGreaterThan(Number(wrapper.find('.helper circle:nth-child(2)').attributes('cx')))
    expect(wrapper.find('desc').text()).toMatch(/hers stays/)
  })

  it('print shows the end of the moment, with nothing animating', async () => {
    const { wrapper } = await mountOnSlide(TrailLights, { moment: 'goes-on' }, { print: true })
    expect(wrapper.find('svg').classes()).not.toContain('animate')
    expect(wrapper.find('.lit').exists()).toBe(true)
  })

  it('moves live, and describes itself', async () => {
    const { wrapper } = await mountOnSlide(TrailLights, { moment: 'chased' })
    expect(wrapper.find('svg').classes()).toContain('animate')
    expect(wrapper.find('svg').attributes('role')).toBe('img')
    expect(wrapper.find('title').text()).toBe('The aid station at night')
  })
})
