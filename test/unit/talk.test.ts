// @vitest-environment node
/**
 * The talk as the room hears it: a line Mark builds up to appears on the click after he says it,
 * the pivot goes straight from the win to "But that wasn't the win", words-only slides never run
 * more than three in a row, every movement has a picture of its own, and the talk ends on the dawn.
 * (The browser checks of the same beats, on the built deck, are in test/e2e/talk.spec.ts.)
 */
import type { SlideInfo } from '@slidev/types'
import { beforeAll, describe, expect, it } from 'vitest'
import { movementsOf } from '../../speaker/lib/movements'
import { spokenText } from '../../speaker/lib/pacing'
import { loadDeck } from '../../speaker/node/deck/info'
import { BEATS } from '../beats'
import { longestTextRun, pictures, visibleText } from './slide-text'

const beforeFirstClick = (note: string | undefined) => spokenText((note ?? '').split(/\[click(?::\d+)?\]/)[0])

describe('the talk, directed', () => {
  let slides: SlideInfo[] = []
  beforeAll(async () => {
    slides = (await loadDeck()).slides
  })
  const find = (text: string) => slides.findIndex(s => visibleText(s.content).includes(text))

  for (const beat of BEATS) {
    it(`"${beat.screen}" waits for a click, and he says it first`, () => {
      const i = find(beat.screen)
      expect(i, `no slide shows "${beat.screen}"`).toBeGreaterThanOrEqual(0)
      const slide = slides[i]!
      const element = new RegExp(`<(\\w+)[^>]*\\sv-click\\b[^>]*>\\s*${beat.screen.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
      expect(slide.content, `slide ${i + 1} shows the line at click 0`).toMatch(element)
      expect(beforeFirstClick(slide.note), `slide ${i + 1}: the notes reach the first click before saying it`).toMatch(beat.said)
    })
  }

  it('speaks the opening\'s "in a different body" and never prints it', () => {
    expect(slides.some(s => /in a different body/.test(visibleText(s.content)))).toBe(false)
    expect(slides.some(s => /in a different body/.test(spokenText(s.note)))).toBe(true)
  })

  it('goes from the win straight to "But that wasn\'t the win"', () => {
    const win = slides.findIndex(s => /raceById\('utmb-2023'\)/.test(s.content))
    expect(win).toBeGreaterThan(0)
    expect(spokenText(slides[win]!.note)).toMatch(/Course record\.$/)
    expect(visibleText(slides[win + 1]!.content)).toBe('# But that wasn\'t the win.')
  })

  it('has no whole-road recap in the talk', () => {
    expect(slides.filter(s => /lanes="both"|range="all"/.test(s.content))).toEqual([])
  })

  it('never runs more than three words-only slides in a row', () => {
    const run = longestTextRun(slides)
    expect(run.length, `slides ${run.from} to ${run.from + run.length - 1} are words only`).toBeLessThanOrEqual(3)
  })

  it('gives every movement a picture of its own', () => {
    const movements = movementsOf(slides.map((s, i) => ({ no: i + 1, frontmatter: s.frontmatter })))
    const drawn = movements.map(m => ({
      title: m.title,
      pictures: slides.slice(m.start - 1, m.end).flatMap(s => pictures(s.content)),
    }))
    expect(drawn.filter(m => m.pictures.length === 0).map(m => m.title)).toEqual([])
  })

  it('marks one aid station: every course picture of it is the same scene, and no made-up mile 70', () => {
    expect(slides.filter(s => /marker="(?!finish)/.test(s.content))).toEqual([])
    expect(slides.filter(s => /<TrailLights\s[^>]*moment="(?:chased|goes-on)"/.test(s.content))).toHaveLength(2)
  })

  it('ends on the dawn: the last slide is "Become first. Then win." in full, with the film before it', () => {
    const last = slides.at(-1)!
    expect(last.content).toMatch(/<BecomeFirst\s+still\s*\/>/)
    expect(slides.at(-2)!.content).toMatch(/<ClosingCodes/)
  })

  it('keeps Mark\'s meaning on screen: "just" how he wins, people better "at certain things"', () => {
    const text = slides.map(s => visibleText(s.content)).join('\n')
    expect(text).toContain('It isn\'t just how he wins.')
    expect(text).toContain('better at certain things than I\'ll ever be')
    expect(slides.map(s => spokenText(s.note)).join(' ')).not.toMatch(/Fail, fail, win, win|The (first|second|third|fourth) part/)
  })
})
