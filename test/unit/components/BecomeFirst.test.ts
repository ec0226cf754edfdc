import { afterEach, describe, expect, it, vi } from 'vitest'
import BecomeFirst from '../../../components/BecomeFirst.vue'
import TwelveSeconds from '../../../components/TwelveSeconds.vue'
import { mountOnSlide, mountSlide, resetSlide } from './slide'

vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)

afterEach(() => {
  resetSlide()
  document.body.innerHTML = ''
})

type Mounted = Awaited<ReturnType<typeof mountOnSlide>>['wrapper']
function state(w: Mounted) {
  return {
    first: !w.find('.first').classes().includes('hidden'),
    win: !w.find('.win').classes().includes('hidden'),
    signed: !w.find('.signed').classes().includes('hidden'),
    dawn: w.find('.become-first').classes().includes('dawn'),
  }
}

describe('becomeFirst', () => {
  it('goes from night to "Become first." to "Then win." at dawn to the signature', async () => {
    const { wrapper, total, goTo } = await mountOnSlide(BecomeFirst)
    expect(total()).toBe(3)
    const seen = []
    for (let click = 0; click <= 3; click++) {
      await goTo(click)
      seen.push(state(wrapper))
    }
    expect(seen).toEqual([
      { first: false, win: false, signed: false, dawn: false },
      { first: true, win: false, signed: false, dawn: false },
      { first: true, win: true, signed: false, dawn: true },
      { first: true, win: true, signed: true, dawn: true },
    ])
  })

  it('says the words and signs them Mark', async () => {
    const { wrapper } = await mountOnSlide(BecomeFirst, {}, { print: true })
    expect(wrapper.find('.first').text()).toBe('Become first.')
    expect(wrapper.find('.win').text()).toBe('Then win.')
    expect(wrapper.find('.signed').text()).toBe('–\u00A0Mark')
  })

  it('prints the sunrise with every line', async () => {
    const { wrapper } = await mountOnSlide(BecomeFirst, {}, { print: true })
    expect(state(wrapper)).toEqual({ first: true, win: true, signed: true, dawn: true })
    expect(wrapper.find('.become-first').classes()).not.toContain('animate')
  })

  it('keeps its clicks but nothing moves with reduced motion', async () => {
    const { wrapper, goTo } = await mountOnSlide(BecomeFirst, {}, { reducedMotion: true })
    await goTo(1)
    expect(state(wrapper).first).toBe(true)
    expect(wrapper.find('.become-first').classes()).not.toContain('animate')
  })

  it('takes its clicks after whatever comes before it on the slide', async () => {
    const { wrapper, total, goTo } = await mountSlide([[TwelveSeconds, {}], [BecomeFirst, {}]])
    expect(total()).toBe(4)
    await goTo(1)
    expect(state(wrapper).first).toBe(false)
    expect(wrapper.find('.rest').classes()).not.toContain('slidev-vclick-hidden')
    await goTo(2)
    expect(state(wrapper).first).toBe(true)
  })
})
