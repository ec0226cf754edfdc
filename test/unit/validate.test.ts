import type { RaceEntry } from '../../data'
import { describe, expect, it } from 'vitest'
import { profile, races, talk, validateProfile, validateRaces, validateTalk } from '../../data'

const edit = (id: string, change: Partial<RaceEntry>) => races.map(r => (r.id === id ? { ...r, ...change } : r))

describe('validateRaces names the bad entry', () => {
  it.each([
    ['a DNF with a place', edit('wser-2017', { place: 3 }), 'race "wser-2017": a DNF has no place or time'],
    ['a win in second place', edit('wser-2018', { place: 2 }), 'race "wser-2018": a win must have place 1'],
    ['a milestone in Jim\'s lane', edit('mark-40', { lane: 'jim' }), 'race "mark-40": milestones belong to Mark\'s lane'],
    ['an impossible date', edit('utmb-2018', { date: '2018-13-31' }), 'race "utmb-2018": date "2018-13-31" is not YYYY-MM-DD or YYYY'],
    ['a label too long for a tick', edit('utmb-2021', { short: 'Ultra-Trail du Mont-Blanc' }), 'race "utmb-2021": short label "Ultra-Trail du Mont-Blanc" must be 1 to 14 characters'],
    ['a minute past 59', edit('utmb-2023', { time: '19:67:43' }), 'race "utmb-2023": time "19:67:43" is not H:MM:SS (or ~H:MM)'],
  ])('%s', (_what, entries, message) => {
    // The first problem is the entry itself (a bad date may also put the next entry out of order).
    expect(validateRaces(entries)[0]).toBe(message)
  })

  it('finds an id used twice', () => {
    const twice = [...races, { ...races[races.length - 1]! }]
    expect(validateRaces(twice)).toContain('race "utmb-2023": id is used twice')
  })

  it('lists every problem', () => {
    expect(validateRaces(edit('wser-2017', { place: 3, source: '' })))
      .toEqual(['race "wser-2017": a DNF has no place or time', 'race "wser-2017": no source'])
  })

  it('accepts a rough time with a tilde, as the record gives 2022', () => {
    expect(validateRaces(edit('utmb-2022', { time: '~21:12' }))).toEqual([])
  })
})

describe('validateProfile', () => {
  it('passes the committed profile', () => {
    expect(validateProfile(profile)).toEqual([])
  })

  it('names a point out of order, an impossible altitude, and a loop that does not close', () => {
    const swapped = profile.map((p, i) => (i === 5 ? { ...p, km: 2 } : p))
    expect(validateProfile(swapped)).toEqual(['profile point 5 "La Balme": km 2 does not come after 31'])
    const summit = profile.map(p => (p.place === 'Col de la Seigne' ? { ...p, alt: 4806 } : p))
    expect(validateProfile(summit)).toEqual(['profile point 8 "Col de la Seigne": altitude 4806 m is outside the course\'s 500 to 3,000 m'])
    expect(validateProfile(profile.slice(0, -1))[0]).toMatch(/a loop starts at km 0 and ends where it started \("Chamonix" to "La Flégère"\)/)
  })
})

describe('validateTalk', () => {
  it('passes the committed settings', () => {
    expect(validateTalk(talk)).toEqual([])
  })

  it('refuses an address a phone cannot open', () => {
    expect(validateTalk({ ...talk, filmUrl: 'youtube.com/watch' })).toEqual(['talk.filmUrl "youtube.com/watch" is not an address'])
    expect(validateTalk({ ...talk, filmUrl: 'http://example.org' })).toEqual(['talk.filmUrl "http://example.org" must be https'])
    expect(validateTalk({ ...talk, filmTitle: ' ' })).toEqual(['talk.filmTitle is empty'])
  })
})
