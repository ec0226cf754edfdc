import { describe, expect, it } from 'vitest'
import {
  attempt100k,
  clockToSeconds,
  landmarks,
  marginSeconds,
  profile,
  races,
  secondsToClock,
  utmb,
  validateRaces,
} from '../../data'

describe('the race record', () => {
  it('is valid as committed', () => {
    expect(validateRaces(races)).toEqual([])
  })

  it('matches facts.md where the essay and the record differ', () => {
    const byId = Object.fromEntries(races.map(r => [r.id, r]))
    expect(byId['wser-2017']).toMatchObject({ result: 'dnf' })
    expect(byId['utmb-2017']).toMatchObject({ result: 'finish', place: 5 })
    expect(byId['carbon-x-2']).toMatchObject({ date: '2021-01-23', time: '6:09:26' })
    expect(byId['utmb-2022']).toMatchObject({ place: 4, time: '~21:12' })
    expect(byId['utmb-2023']).toMatchObject({ result: 'win', time: '19:37:43' })
    expect(byId['wser-2018']!.time).toBe('14:30:04')
    expect(byId['wser-2019']!.time).toBe('14:09:28')
  })

  it('names the bad entry when one is wrong', () => {
    const bad = races.map(r => r.id === 'wser-2018' ? { ...r, time: '14:3:04' } : r)
    expect(validateRaces(bad)).toEqual(['race "wser-2018": time "14:3:04" is not H:MM:SS (or ~H:MM)'])
    const unsourced = races.map(r => r.id === 'utmb-2023' ? { ...r, source: ' ' } : r)
    expect(validateRaces(unsourced)).toEqual(['race "utmb-2023": no source'])
    const winWithoutTime = races.map(r => r.id === 'wser-2019' ? { ...r, time: undefined } : r)
    expect(validateRaces(winWithoutTime)).toEqual(['race "wser-2019": a win needs a time (or timeOmitted saying why the record has none)'])
    const outOfOrder = [races[1]!, races[0]!]
    expect(validateRaces(outOfOrder)[0]).toMatch(/race "wser-2016": date 2016-06-25 comes before the previous entry "wser-2017"/)
  })
})

describe('the 100 km attempt', () => {
  it('misses the world record by 12 seconds', () => {
    expect(marginSeconds).toBe(12)
    expect(attempt100k.worldRecord).toBe('6:09:14')
  })
})

describe('the mountain', () => {
  it('has the record\'s numbers', () => {
    expect(utmb).toMatchObject({ distanceKm: 171, distanceMi: 106, climbM: 10_000, climbFt: 32_800, firstAmericanManWin: 2023 })
  })

  it('is a loop from Chamonix to Chamonix with km rising', () => {
    expect(profile[0]!.place).toBe('Chamonix')
    expect(profile.at(-1)!.place).toBe('Chamonix')
    for (let i = 1; i < profile.length; i++)
      expect(profile[i]!.km).toBeGreaterThan(profile[i - 1]!.km)
  })

  it('puts the 2022 aid station at Champex-Lac, about mile 78, and marks no made-up mile 70', () => {
    expect(landmarks.champex.place).toBe('Champex-Lac')
    expect(Math.round(landmarks.champex.km / 1.609344)).toBe(78)
    expect(Object.keys(landmarks)).toEqual(['champex', 'finish'])
  })
})

describe('race clocks', () => {
  it('round-trips', () => {
    expect(clockToSeconds('19:37:43')).toBe(70663)
    expect(secondsToClock(70663)).toBe('19:37:43')
    expect(() => clockToSeconds('19:37')).toThrow(/not a race time/)
  })
})
