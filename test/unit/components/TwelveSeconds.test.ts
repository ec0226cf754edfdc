import { afterEach, describe, expect, it, vi } from 'vitest'
import TwelveSeconds from '../../../components/TwelveSeconds.vue'
import { attempt100k, marginSeconds } from '../../../data/record100k'
import { mountOnSlide, resetSlide } from './slide'

vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)

afterEach(() => {
  resetSlide()
  document.body.innerHTML = ''
})

const recordHidden = (w: Awaited<ReturnType<typeof mountOnSlide>>['wrapper']) => w.find('.rest').classes().includes('slidev-vclick-hidden')

describe('twelveSeconds', () => {
  it('shows Jim\'s time first, then the record and the gap on its one click', async () => {
    const { wrapper, total, goTo } = await mountOnSlide(TwelveSeconds)
    expect(total()).toBe(1)
    expect(wrapper.find('.jim .clock').text()).toBe(attempt100k.jim)
    expect(recordHidden(wrapper)).toBe(true)
    await goTo(1)
    expect(recordHidden(wrapper)).toBe(false)
  })

  it('names each time under it, from the data: no label reads as another\'s time', async () => {
    const { wrapper } = await mountOnSlide(TwelveSeconds, {}, { print: true })
    expect(wrapper.find('.jim .who').text()).toBe(`Jim Walmsley, ${attempt100k.date.slice(0, 4)}`)
    expect(wrapper.find('.record .clock').text()).toBe(attempt100k.worldRecord)
    expect(wrapper.find('.record .who').text()).toBe(`World record, ${attempt100k.worldRecordHolder}`)
    expect(wrapper.find('.gap .clock').text()).toBe(`${marginSeconds} seconds`)
    expect(wrapper.text()).not.toMatch(/metres|Jim at/)
  })

  it('shows everything in print', async () => {
    const { wrapper } = await mountOnSlide(TwelveSeconds, {}, { print: true })
    expect(recordHidden(wrapper)).toBe(false)
  })

  it('reveals on its click when reduced motion is asked for', async () => {
    const { wrapper, goTo } = await mountOnSlide(TwelveSeconds, {}, { reducedMotion: true })
    expect(recordHidden(wrapper)).toBe(true)
    await goTo(1)
    expect(recordHidden(wrapper)).toBe(false)
  })

  it('describes the figure in words', async () => {
    const { wrapper } = await mountOnSlide(TwelveSeconds)
    expect(wrapper.find('figure').attributes('aria-label')).toBe('Jim Walmsley ran 100 km in 6:09:26; the world record was 6:09:14, 12 seconds faster.')
  })
})
