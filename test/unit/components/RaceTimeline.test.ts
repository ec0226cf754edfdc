import type { RaceEntry } from '../../../data/races'
import { afterEach, describe, expect, it, vi } from 'vitest'
import RaceTimeline from '../../../components/RaceTimeline.vue'
import { layoutTimeline, timelineEntries } from '../../../composables/timeline'
import { races } from '../../../data/races'
import { mountOnSlide, resetSlide } from './slide'

vi.mock('@slidev/client', async () => (await import('./slide')).slidevClient)

afterEach(() => {
  resetSlide()
  document.body.innerHTML = ''
})

function visibleIds(html: HTMLElement): string[] {
  return [...html.querySelectorAll<HTMLElement>('.entry')]
    .filter(el => !el.classList.contains('hidden'))
    .map(el => el.dataset.entry!)
}

const cases = [
  { range: 'wser', lanes: 'jim' },
  { range: 'utmb', lanes: 'jim' },
  { range: 'all', lanes: 'jim' },
  { range: 'wser', lanes: 'both' },
  { range: 'utmb', lanes: 'both' },
  { range: 'all', lanes: 'both' },
] as const

describe('raceTimeline', () => {
  for (const props of cases) {
    it(`takes one click per entry and reveals them in date order (${props.range}, ${props.lanes})`, async () => {
      const expected = timelineEntries(races, props.range, props.lanes).map(e => e.id)
      const { wrapper, total, goTo } = await mountOnSlide(RaceTimeline, props)
      expect(total()).toBe(expected.length)
      for (let click = 0; click <= expected.length; click++) {
        await goTo(click)
        // Drawn lane by lane, revealed in date order across both lanes.
        expect(visibleIds(wrapper.element as HTMLElement).sort()).toEqual(expected.slice(0, click).sort())
      }
    })
  }

  it('shows the right races for each range', () => {
    expect(timelineEntries(races, 'wser', 'jim').map(e => e.date.slice(0, 4))).toEqual(['2016', '2017', '2018', '2019', '2021'])
    expect(timelineEntries(races, 'utmb', 'jim').map(e => e.date.slice(0, 4))).toEqual(['2017', '2018', '2021', '2022', '2023'])
    expect(timelineEntries(races, 'wser', 'both').filter(e => e.lane === 'mark').map(e => e.id))
      .toEqual(['mark-40', 'mark-first-ultra', 'mark-volunteer'])
  })

  it('says each result in words as well as shape', async () => {
    const { wrapper } = await mountOnSlide(RaceTimeline, { range: 'all' }, { print: true })
    const word = (id: string) => wrapper.find(`[data-entry="${id}"] .word`).text()
    const shape = (id: string) => wrapper.find(`[data-entry="${id}"] .result-mark`).classes()
    expect(word('wser-2016')).toBe('20th')
    expect(wrapper.find('[data-entry="wser-2016"] .detail').text()).toBe('off course')
    expect(word('wser-2017')).toBe('DNF')
    expect(word('utmb-2017')).toBe('5th')
    expect(word('utmb-2023')).toBe('Win')
    expect(wrapper.find('[data-entry="utmb-2023"] .detail').text()).toBe('19:37:43')
    expect(shape('wser-2017')).toContain('is-dnf')
    expect(shape('utmb-2023')).toContain('is-win')
    expect(shape('wser-2016')).toContain('is-off-course')
  })

  it('shows every entry in print, and highlights none', async () => {
    const { wrapper } = await mountOnSlide(RaceTimeline, { range: 'all', lanes: 'both' }, { print: true })
    expect(visibleIds(wrapper.element as HTMLElement)).toHaveLength(14)
    expect(wrapper.findAll('.entry.current')).toHaveLength(0)
    expect(wrapper.find('.race-timeline').classes()).not.toContain('animate')
  })

  it('follows each page\'s clicks in the steps export', async () => {
    const { wrapper, goTo } = await mountOnSlide(RaceTimeline, { range: 'wser' }, { print: true, printSteps: true })
    await goTo(2)
    expect(visibleIds(wrapper.element as HTMLElement)).toEqual(['wser-2016', 'wser-2017'])
  })

  it('reveals on clicks but does not move with reduced motion', async () => {
    const { wrapper, goTo } = await mountOnSlide(RaceTimeline, { range: 'utmb' }, { reducedMotion: true })
    await goTo(1)
    expect(visibleIds(wrapper.element as HTMLElement)).toEqual(['utmb-2017'])
    expect(wrapper.find('.race-timeline').classes()).not.toContain('animate')
    expect(wrapper.findAll('.entry.current')).toHaveLength(0)
  })

  it('animates live and lights the entry being told', async () => {
    const { wrapper, goTo } = await mountOnSlide(RaceTimeline, { range: 'utmb' })
    expect(wrapper.find('.race-timeline').classes()).toContain('animate')
    await goTo(3)
    expect(wrapper.find('.entry.current').attributes('data-entry')).toBe('utmb-2021')
  })

  it('has a complete text equivalent, whatever the click', async () => {
    const { wrapper } = await mountOnSlide(RaceTimeline, { range: 'utmb' })
    const items = wrapper.findAll('ol.sr-only li').map(li => li.text())
    expect(items).toHaveLength(5)
    expect(items[0]).toMatch(/1 September 2017, Jim, UTMB: finished 5th\./)
    expect(items[4]).toMatch(/UTMB: won in 19:37:43\./)
    expect(wrapper.find('figcaption').text()).toContain('UTMB races, 2017 to 2023')
  })
})

describe('timeline layout', () => {
  function synthetic(n: number, lane: 'jim' | 'mark' = 'jim'): RaceEntry[] {
    const kinds = ['off-course', 'win', 'dnf', 'finish'] as const
    return Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      lane,
      date: `${2000 + i}-06-01`,
      race: 'Test race',
      short: 'Off course',
      result: lane === 'mark' ? 'milestone' : kinds[i % kinds.length]!,
      place: kinds[i % kinds.length] === 'win' ? 1 : 12,
      time: '14:30:04',
      source: 'test',
    }))
  }

  for (let n = 2; n <= 20; n++) {
    it(`keeps ${n} labels apart and inside the track`, () => {
      const { placed } = layoutTimeline([...synthetic(n), ...synthetic(n, 'mark').map(e => ({ ...e, id: `m${e.id}` }))])
      for (const a of placed) {
        expect(a.left).toBeGreaterThanOrEqual(0)
        expect(a.left + a.width).toBeLessThanOrEqual(860)
        for (const b of placed) {
          if (a === b || a.entry.lane !== b.entry.lane || a.side !== b.side || a.level !== b.level)
            continue
          const apart = a.left + a.width <= b.left || b.left + b.width <= a.left
          expect(apart, `${a.entry.id} and ${b.entry.id} overlap`).toBe(true)
        }
      }
    })
  }

  it('keeps a sparse timeline on one side of its axis', () => {
    const { lanes } = layoutTimeline(timelineEntries(races, 'utmb', 'jim'), 860)
    expect(lanes.jim).toEqual({ above: 0, below: 1 })
  })
})
