// @vitest-environment node
/**
 * Mark gives this talk from the notes. Every slide has them; the clicks on a slide are marked in its
 * notes; the headmatter `duration` is the slot, and the notes take at least a minute less to say; the
 * movements open in the essay's order; and where a slide follows the record rather than the essay,
 * its note says so, so the speaker is never caught out.
 */
import type { SlideInfo } from '@slidev/types'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { clickMarks, countWords, directions, noteSeconds, spokenText } from '../../speaker/lib/pacing'
import { sectionsOf } from '../../speaker/lib/sections'
import { loadDeck } from '../../speaker/node/deck/info'
import { ROOT } from '../../speaker/node/deck/project'
import { componentClicks, longestTextRun, pictures, vClicks } from './slide-text'

export function minutes(duration: unknown): number {
  const m = /^(\d+(?:\.\d+)?)\s*(?:min)?$/.exec(String(duration ?? '').trim())
  if (!m)
    throw new Error(`headmatter duration "${String(duration)}" is not minutes (e.g. 16min)`)
  return Number(m[1])
}

const MOVEMENTS = [
  'The Aid Station',
  'The Dread That Comes With Letting Go',
  'Climbing Through Complexity',
  'What Winning Actually Means',
  'If you\'re at mile 70 right now',
  'Become first',
]

// Slides that follow the record where the essay says otherwise (facts.md), found by what they show,
// and what their note must say about it.
const RECORD_NOTES: { shows: RegExp, note: RegExp, what: string }[] = [
  { shows: /wser-2016/, note: /did not finish Western States in 2017/, what: 'Western States 2017 was not finished; the 5th was UTMB' },
  { shows: /attempt100k/, note: /January 2021/, what: 'the 100 km was January 2021, not 2020' },
  { shows: /<TrailLights\s[^>]*moment="(?:chased|goes-on)"/, note: /Champex-Lac, about mile 78/, what: 'the aid station is Champex-Lac, not mile 70' },
  { shows: /attempt100k/, note: /road loop/, what: 'the 100 km was a road loop, not a track' },
  { shows: /He moved to France/, note: /ski-mountaineering winter came after the 2022 race/, what: 'the skiing winter came after 2022' },
  { shows: /utmb-2023/, note: /modified for weather/, what: 'the 2023 course was modified' },
  { shows: /<MountainFigures/, note: /32,800/, what: 'about 32,800 ft, not 32,000' },
  { shows: /mark-first-ultra/, note: /leaves off "50k"/, what: '"Stagecoach" without "50k"' },
]

describe('speaker notes', () => {
  let slides: SlideInfo[] = []
  let duration = 0
  beforeAll(async () => {
    const deck = await loadDeck()
    slides = deck.slides
    duration = minutes(deck.headmatter.duration)
  })

  it('every slide has notes with something to say', () => {
    const bare = slides.map((s, i) => ({ no: i + 1, words: countWords(s.note) })).filter(s => s.words < 2)
    expect(bare, 'slides without spoken notes').toEqual([])
  })

  it('marks each click on a slide (v-click and story components) with a [click] in its notes', () => {
    const off = slides
      .map((s, i) => ({ no: i + 1, reveals: vClicks(s.content) + componentClicks(s.content), markers: clickMarks(s.note) }))
      .filter(s => s.reveals > 0 && s.markers < s.reveals)
    expect(off).toEqual([])
  })

  it('the slot is 15 to 20 minutes, and the pacing model (words, pauses, beats) fills it with a minute to spare', () => {
    const model = slides.reduce((n, s) => n + noteSeconds(s.note), 0) / 60
    expect(duration).toBeGreaterThanOrEqual(15)
    expect(duration).toBeLessThanOrEqual(20)
    expect(model, `the model says ${model.toFixed(2)} min for a ${duration}-minute slot`).toBeLessThanOrEqual(duration - 1)
    expect(model, 'a talk this short no longer fills its slot').toBeGreaterThanOrEqual(duration * 0.85)
  })

  it('states the model\'s length in the README', () => {
    const model = slides.reduce((n, s) => n + noteSeconds(s.note), 0) / 60
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain(`**Estimated length: ${model.toFixed(1)} minutes**`)
    expect(readme).toContain(`${slides.length} slides in the essay's order`)
  })

  it('keeps the aid-station movement to at most 40% of the talk', () => {
    const seconds = slides.map(s => noteSeconds(s.note))
    const total = seconds.reduce((a, b) => a + b, 0)
    const aid = sectionsOf(slides.map((s, i) => ({ no: i + 1, frontmatter: s.frontmatter }))).find(m => m.title === 'The Aid Station')!
    const share = seconds.slice(aid.start - 1, aid.end).reduce((a, b) => a + b, 0) / total
    expect(share, `The Aid Station is ${(share * 100).toFixed(1)}% of the talk`).toBeLessThanOrEqual(0.4)
  })

  it('leaves the speaker\'s directions and record notes out of the spoken words', () => {
    for (const s of slides) {
      expect(spokenText(s.note)).not.toMatch(/[[\]()]|The record|Before presenting/)
    }
  })

  it('opens the movements in the essay\'s order', () => {
    expect(slides.map(s => s.frontmatter.section).filter(Boolean)).toEqual(MOVEMENTS)
  })

  it('keeps the progress line off the cover and the closing slides', () => {
    const noProgress = slides.map((s, i) => (s.frontmatter.progress === false ? i + 1 : 0)).filter(Boolean)
    expect(noProgress).toContain(1)
    expect(noProgress).toContain(slides.length)
    const closing = slides.findIndex(s => s.frontmatter.section === 'Become first') + 1
    expect(noProgress).toContain(closing)
  })

  it('gives "That\'s my aid station" its own quiet slide, with the pause in the notes', () => {
    const turn = slides.filter(s => /That.s my aid station\./.test(s.content))
    expect(turn).toHaveLength(1)
    expect(turn[0]!.frontmatter.layout).toBe('pause')
    expect(turn[0]!.note).toMatch(/\[Pause/)
  })

  for (const rule of RECORD_NOTES) {
    it(`says in the note where the slide follows the record: ${rule.what}`, () => {
      const showing = slides.filter(s => rule.shows.test(s.content))
      expect(showing.length, `no slide shows ${rule.shows}`).toBeGreaterThan(0)
      for (const s of showing)
        expect(s.note ?? '').toMatch(rule.note)
    })
  }

  it('reminds the speaker, before presenting, that the host\'s introduction should say what his company does', () => {
    const reminders = slides.flatMap(s => directions(s.note)).filter(d => d.startsWith('Before presenting:'))
    expect(reminders.filter(d => /host/.test(d) && /introduction/.test(d) && /company does/.test(d))).toHaveLength(1)
  })

  it('tells the speaker to confirm the film\'s address before presenting', () => {
    const film = slides.filter(s => /<ClosingCodes/.test(s.content))
    expect(film).toHaveLength(1)
    expect(film[0]!.note).toMatch(/confirm the film's address in data\/talk\.ts/)
  })
})

describe('the note maths', () => {
  it('finds runs of slides with words only', () => {
    const slide = (content: string) => ({ content })
    expect(longestTextRun([slide('# a'), slide('<RaceTimeline />'), slide('# b'), slide('# c'), slide('<p v-click>d</p>')])).toEqual({ length: 3, from: 3 })
    expect(pictures('<!-- <OneStar /> -->\n# words')).toEqual([])
  })

  it('counts clicks: one per bare v-click, one per shared v-click number', () => {
    expect(vClicks('<p v-click>a</p>\n<p v-click>b</p>')).toBe(2)
    expect(vClicks('<div v-click="1">x</div><span v-click="1">y</span>')).toBe(1)
  })

  it('reads minutes from the headmatter and refuses what is not', () => {
    expect(minutes('16min')).toBe(16)
    expect(minutes(18)).toBe(18)
    expect(() => minutes('a while')).toThrow(/not minutes/)
  })
})
