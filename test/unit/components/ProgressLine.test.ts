import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import GlobalBottom from '../../../global-bottom.vue'
import { nav, resetSlide } from './slide'

vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)

afterEach(resetSlide)

function deck(frontmatters: Record<string, unknown>[]) {
  nav.slides.value = frontmatters.map((frontmatter, i) => ({ no: i + 1, meta: { slide: { frontmatter } } }))
}

const talk = [
  { layout: 'cover', progress: false },
  {},
  { section: 'The Aid Station' },
  {},
  { section: 'The Dread' },
  {},
  { layout: 'closing', progress: false },
]

const hereX = (html: string) => Number(/class="here" cx="([\d.]+)"/.exec(html)?.[1])

describe('the progress line', () => {
  it('is hidden on slides that say progress: false', () => {
    deck(talk)
    nav.currentSlideNo.value = 1
    expect(mount(GlobalBottom).find('.progress-line').exists()).toBe(false)
    nav.currentSlideNo.value = 7
    expect(mount(GlobalBottom).find('.progress-line').exists()).toBe(false)
  })

  it('moves along the course slide by slide, and names the movement', async () => {
    deck(talk)
    nav.currentSlideNo.value = 2
    const wrapper = mount(GlobalBottom)
    const early = hereX(wrapper.html())
    expect(wrapper.find('svg').attributes('aria-label')).toBe('Slide 2 of 7, Opening')
    nav.currentSlideNo.value = 6
    await wrapper.vm.$nextTick()
    expect(hereX(wrapper.html())).toBeGreaterThan(early)
    expect(wrapper.find('svg').attributes('aria-label')).toBe('Slide 6 of 7, The Dread')
  })

  it('has an aid station for each movement after the start, passed ones marked', () => {
    deck(talk)
    nav.currentSlideNo.value = 4
    const wrapper = mount(GlobalBottom)
    const stations = wrapper.findAll('.station')
    expect(stations).toHaveLength(2)
    expect(stations.map(s => s.classes().includes('passed'))).toEqual([true, false])
  })

  it('draws each print page at its own position', () => {
    deck(talk)
    nav.isPrintMode.value = true
    const positions = [2, 3, 4].map((no) => {
      nav.currentSlideNo.value = no
      return hereX(mount(GlobalBottom).html())
    })
    expect(new Set(positions).size).toBe(3)
  })
})
