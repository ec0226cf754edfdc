import type { Component } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import AidTable from '../../../components/AidTable.vue'
import OneStar from '../../../components/OneStar.vue'
import Properties from '../../../components/Properties.vue'
import { mountOnSlide, resetSlide } from './slide'

vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)

afterEach(() => {
  resetSlide()
  document.body.innerHTML = ''
})

const pictures: [string, Component, RegExp][] = [
  ['AidTable', AidTable, /aid station/i],
  ['OneStar', OneStar, /^A review: one star out of five\.$/],
  ['Properties', Properties, /houses.*all lit but one/i],
]

describe.each(pictures)('%s', (_, picture, title) => {
  it('is one image with a text alternative and no clicks of its own', async () => {
    const { wrapper, total } = await mountOnSlide(picture)
    const svg = wrapper.find('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(wrapper.findAll('svg[role="img"]')).toHaveLength(1)
    expect(wrapper.find('title').text()).toMatch(title)
    // Labelled by its own title, by id: print puts every slide in one document.
    const titleId = wrapper.find('title').attributes('id')
    expect(svg.attributes('aria-labelledby')?.split(' ')).toContain(titleId)
    expect(total()).toBe(0)
  })

  it('draws the same live, in print and with reduced motion', async () => {
    const render = async (options: { print?: boolean, reducedMotion?: boolean }) => {
      const { wrapper } = await mountOnSlide(picture, {}, options)
      // Ids differ per mount by design (useId); the drawing must not.
      const id = wrapper.find('title').attributes('id')!.replace(/-title$/, '')
      const html = wrapper.html().replaceAll(id, 'ID')
      wrapper.unmount()
      return html
    }
    const live = await render({})
    expect(await render({ print: true })).toBe(live)
    expect(await render({ reducedMotion: true })).toBe(live)
  })
})

describe('oneStar', () => {
  const filled = async (props: Record<string, unknown>) => {
    const { wrapper } = await mountOnSlide(OneStar, props)
    return { on: wrapper.findAll('.star.on').length, all: wrapper.findAll('.star').length, title: wrapper.find('title').text() }
  }

  it('fills exactly `stars` of `of`', async () => {
    expect(await filled({})).toEqual({ on: 1, all: 5, title: 'A review: one star out of five.' })
    expect(await filled({ stars: 3 })).toEqual({ on: 3, all: 5, title: 'A review: three stars out of five.' })
    expect(await filled({ stars: 0, of: 3 })).toEqual({ on: 0, all: 3, title: 'A review: no stars out of three.' })
  })

  it('never fills more stars than the row has', async () => {
    expect(await filled({ stars: 9, of: 5 })).toMatchObject({ on: 5, all: 5 })
    expect(await filled({ stars: -2 })).toMatchObject({ on: 0, all: 5 })
  })
})

describe('properties', () => {
  it('has one dark window among the lit ones', async () => {
    const { wrapper } = await mountOnSlide(Properties)
    const windows = wrapper.findAll('.window')
    expect(windows.length).toBeGreaterThanOrEqual(5)
    expect(windows.filter(w => w.classes().includes('dark'))).toHaveLength(1)
    expect(wrapper.find('desc').text()).toContain(`${windows.length - 1} of their ${windows.length} windows glow warm; one is dark`)
  })

  it('draws five to seven houses', async () => {
    const { wrapper } = await mountOnSlide(Properties)
    const houses = wrapper.findAll('.house')
    expect(houses.length).toBeGreaterThanOrEqual(5)
    expect(houses.length).toBeLessThanOrEqual(7)
  })
})
