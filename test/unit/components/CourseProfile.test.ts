import { afterEach, describe, expect, it, vi } from 'vitest'
import CourseProfile from '../../../components/CourseProfile.vue'
import { fractionOfCourse } from '../../../components/lib/courseGeometry'
import { utmb } from '../../../data/course'
import { mountOnSlide, resetSlide } from './slide'

vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)

afterEach(() => {
  resetSlide()
  document.body.innerHTML = ''
})

const reachOf = (html: string) => Number(/--reach: ([\d.]+)/.exec(html)?.[1])

describe('courseProfile', () => {
  it('takes no clicks and shows everything when not drawing', async () => {
    const { wrapper, total } = await mountOnSlide(CourseProfile, { marker: 'finish' })
    expect(total()).toBe(0)
    expect(wrapper.find('svg').classes()).toContain('drawn')
    expect(wrapper.find('.marker').classes()).toContain('shown')
    expect(wrapper.find('.marker .name').text()).toBe('Finish')
  })

  it('draws to the finish on its one click', async () => {
    const { wrapper, total, goTo } = await mountOnSlide(CourseProfile, { marker: 'finish', draw: true })
    expect(total()).toBe(1)
    expect(reachOf(wrapper.html())).toBe(0)
    expect(wrapper.find('.marker').classes()).not.toContain('shown')
    await goTo(1)
    expect(reachOf(wrapper.html())).toBe(fractionOfCourse(utmb.distanceKm))
    expect(wrapper.find('.marker').classes()).toContain('shown')
  })

  it('draws round the whole loop without a marker', async () => {
    const { wrapper, goTo } = await mountOnSlide(CourseProfile, { draw: true })
    await goTo(1)
    expect(reachOf(wrapper.html())).toBe(1)
    expect(wrapper.find('.marker').exists()).toBe(false)
  })

  it('is drawn and marked in print, without a click', async () => {
    const { wrapper } = await mountOnSlide(CourseProfile, { marker: 'finish', draw: true }, { print: true })
    expect(wrapper.find('svg').classes()).toEqual(expect.arrayContaining(['drawn']))
    expect(wrapper.find('svg').classes()).not.toContain('animate')
    expect(wrapper.find('.marker .sub').text()).toBe(`Chamonix, ${utmb.distanceMi} mi`)
  })

  it('still takes its click with reduced motion, but nothing animates', async () => {
    const { wrapper, goTo } = await mountOnSlide(CourseProfile, { marker: 'finish', draw: true }, { reducedMotion: true })
    expect(wrapper.find('svg').classes()).not.toContain('drawn')
    await goTo(1)
    expect(wrapper.find('svg').classes()).toContain('drawn')
    expect(wrapper.find('svg').classes()).not.toContain('animate')
  })

  it('animates live', async () => {
    const { wrapper } = await mountOnSlide(CourseProfile, { draw: true })
    expect(wrapper.find('svg').classes()).toContain('animate')
  })

  it('describes itself', async () => {
    const { wrapper } = await mountOnSlide(CourseProfile, { marker: 'finish' })
    expect(wrapper.find('svg').attributes('role')).toBe('img')
    expect(wrapper.find('title').text()).toContain('Finish')
    expect(wrapper.find('desc').text()).toContain(`${utmb.distanceKm} km`)
  })
})

describe('courseProfile in one document with another (as print puts every slide)', () => {
  it('keeps its own clip, so each draws its own line', async () => {
    const { mountSlide } = await import('./slide')
    const { wrapper } = await mountSlide([[CourseProfile, { marker: 'finish' }], [CourseProfile, { marker: 'none' }]], { print: true })
    const clips = wrapper.findAll('clipPath').map(c => c.attributes('id'))
    expect(new Set(clips).size).toBe(2)
    const used = wrapper.findAll('path.lit').map(p => p.attributes('clip-path'))
    expect(used).toEqual(clips.map(id => `url(#${id})`))
    const ids = wrapper.findAll('title').map(t => t.attributes('id'))
    expect(new Set(ids).size).toBe(2)
  })
})
