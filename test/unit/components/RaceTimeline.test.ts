import { afterEach, describe, expect, it, vi } from 'vitest'
import { layoutTimeline, longDate } from '../../../components/lib/timeline'
import RaceTimeline from '../../../components/RaceTimeline.vue'
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

// The deck's own timelines: Western States 2016 to 2019, and the UTMB tries before 2022. The whole
// record is only for the words: the layout is for what the deck draws (one row of labels).
const wser = races.filter(r => r.race === 'Western States 100' && r.date < '2020')
const tries = races.filter(r => r.race === 'UTMB' && r.date < '2022')
const jim = races.filter(r => r.lane === 'jim')

describe('raceTimeline', () => {
  for (const [name, entries] of [['wser', wser], ['tries', tries]] as const) {
    it(`takes one click per entry and reveals them in order (${name})`, async () => {
      const expected = entries.map(e => e.id)
      const { wrapper, total, goTo } = await mountOnSlide(RaceTimeline, { entries })
      expect(total()).toBe(expected.length)
      for (let click = 0; click <= expected.length; click++) {
        await goTo(click)
        expect(visibleIds(wrapper.element as HTMLElement)).toEqual(expected.slice(0, click))
      }
    })

    it(`keeps every label of ${name} apart and inside the track`, () => {
      const { placed } = layoutTimeline(entries, 860)
      placed.forEach((a, i) => {
        expect(a.left).toBeGreaterThanOrEqual(0)
        expect(a.left + a.width).toBeLessThanOrEqual(860)
        const b = placed[i + 1]
        if (b)
          expect(a.left + a.width, `${a.entry.id} and ${b.entry.id} overlap`).toBeLessThanOrEqual(b.left)
      })
    })
  }

  it('says each result in words as well as shape', async () => {
    const { wrapper } = await mountOnSlide(RaceTimeline, { entries: jim }, { print: true })
    const word = (id: string) => wrapper.find(`[data-entry="${id}"] .word`).text()
    const shape = (id: string) => wrapper.find(`[data-entry="${id}"] .result-mark`).classes()
    expect(word('wser-2016')).toBe('20th')
    expect(wrapper.find('[data-entry="wser-2016"] .detail').text()).toBe('off course')
    expect(word('wser-2017')).toBe('Did not finish')
    expect(word('utmb-2017')).toBe('5th')
    expect(word('utmb-2023')).toBe('Win')
    expect(wrapper.find('[data-entry="utmb-2023"] .detail').text()).toBe('19:37:43')
    expect(shape('wser-2017')).toContain('is-dnf')
    expect(shape('utmb-2023')).toContain('is-win')
    expect(shape('wser-2016')).toContain('is-off-course')
  })

  it('shows every entry in print, and highlights none', async () => {
    const { wrapper } = await mountOnSlide(RaceTimeline, { entries: wser }, { print: true })
    expect(visibleIds(wrapper.element as HTMLElement)).toHaveLength(wser.length)
    expect(wrapper.findAll('.entry.current')).toHaveLength(0)
    expect(wrapper.find('.race-timeline').classes()).not.toContain('animate')
  })

  it('follows each page\'s clicks in the steps export', async () => {
    const { wrapper, goTo } = await mountOnSlide(RaceTimeline, { entries: wser }, { print: true, printSteps: true })
    await goTo(2)
    expect(visibleIds(wrapper.element as HTMLElement)).toEqual(['wser-2016', 'wser-2017'])
  })

  it('reveals on clicks but does not move with reduced motion', async () => {
    const { wrapper, goTo } = await mountOnSlide(RaceTimeline, { entries: tries }, { reducedMotion: true })
    await goTo(1)
    expect(visibleIds(wrapper.element as HTMLElement)).toEqual(['utmb-2017'])
    expect(wrapper.find('.race-timeline').classes()).not.toContain('animate')
    expect(wrapper.findAll('.entry.current')).toHaveLength(0)
  })

  it('animates live and lights the entry being told', async () => {
    const { wrapper, goTo } = await mountOnSlide(RaceTimeline, { entries: tries })
    expect(wrapper.find('.race-timeline').classes()).toContain('animate')
    await goTo(3)
    expect(wrapper.find('.entry.current').attributes('data-entry')).toBe('utmb-2021')
  })

  it('has a complete text equivalent, whatever the click', async () => {
    const { wrapper } = await mountOnSlide(RaceTimeline, { entries: tries })
    const items = wrapper.findAll('ol.sr-only li').map(li => li.text())
    expect(items).toHaveLength(3)
    expect(items[0]).toMatch(/1 September 2017, Jim, UTMB: finished 5th\./)
    expect(items[2]).toMatch(/UTMB: did not finish\. Dropped at Arnouvaz/)
    expect(wrapper.find('figcaption').text()).toBe('Jim Walmsley\'s UTMB races, 2017 to 2021')
  })
})

describe('text for a date known only to its year', () => {
  it('stays a year: no invented month', () => {
    expect(longDate('2018')).toBe('2018')
    expect(longDate('2018-06-23')).toBe('23 June 2018')
  })
})
