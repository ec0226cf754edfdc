import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PacingGauge from '../components/PacingGauge.vue'
import { paceAt, planOf } from '../lib/pacing'

const plan = planOf([60, 30, 90])
const pace = (elapsed: number, enteredAt: number) => paceAt({ plan, slideNo: 2, section: { start: 2, end: 3 }, elapsed, enteredAt })

describe('pacingGauge', () => {
  it('shows the plan, not a verdict, before the timer starts', () => {
    const gauge = mount(PacingGauge, { props: { pace: pace(0, 0), sectionTitle: 'The Problem', status: 'stopped' } })
    expect(gauge.findAll('[data-verdict="waiting"]')).toHaveLength(2)
    expect(gauge.text()).toContain('0:30 planned')
    expect(gauge.text()).toContain('2:00 planned')
    expect(gauge.text()).toContain('The Problem')
  })

  it('says behind in words (not only colour) when the slide overruns its window', () => {
    const gauge = mount(PacingGauge, { props: { pace: pace(110, 70), sectionTitle: 'The Problem', status: 'running' } })
    const [slide, section] = gauge.findAll('[data-verdict]')
    expect(slide!.attributes('data-verdict')).toBe('behind')
    expect(slide!.text()).toContain('0:20 behind')
    expect(slide!.text()).toContain('0:10 over its 0:30')
    expect(slide!.find('.bar-fill').classes()).toContain('over')
    expect(section!.attributes('data-verdict')).toBe('on pace')
    expect(section!.text()).toContain('1:10 left of 2:00')
  })

  it('says ahead, and marks a paused timer', () => {
    const gauge = mount(PacingGauge, { props: { pace: pace(40, 40), sectionTitle: 'The Problem', status: 'paused' } })
    expect(gauge.find('[data-verdict]').attributes('data-verdict')).toBe('ahead')
    expect(gauge.text()).toContain('0:20 ahead')
    expect(gauge.findAll('.paused')).toHaveLength(2)
  })
})
