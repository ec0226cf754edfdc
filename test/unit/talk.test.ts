// @vitest-environment node
/**
 * The talk as the room hears it: a line Mark builds up to appears on the click after he says it,
 * the pivot goes straight from the win to "But that wasn't the win", words-only slides never run
 * more than three in a row, every movement has a picture of its own, the night holds until the
 * talk turns toward hope, and the talk ends on the dawn, once.
 * (The browser checks of the same beats, on the built deck, are in test/e2e/talk.spec.ts.)
 */
import type { SlideInfo } from '@slidev/types'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { directions, spokenText } from '../../speaker/lib/pacing'
import { sectionsOf } from '../../speaker/lib/sections'
import { loadDeck } from '../../speaker/node/deck/info'
import { ROOT } from '../../speaker/node/deck/project'
import { BEATS } from '../beats'
import { longestTextRun, pictures, revealClick, visibleText } from './slide-text'

/** What he says before the `click`-th click of a slide (the whole note for a click past its marks). */
const saidBefore = (note: string | undefined, click: number) => spokenText((note ?? '').split(/\[click(?::\d+)?\]/).slice(0, click).join(' '))

/** The sky a slide is drawn on: its frontmatter's, else the one its layout fixes (statement: night unless told). */
function skyOf(slide: SlideInfo): string {
  if (typeof slide.frontmatter.sky === 'string')
    return slide.frontmatter.sky
  const layout = readFileSync(join(ROOT, 'layouts', `${slide.frontmatter.layout ?? 'default'}.vue`), 'utf8')
  return /<SlideFrame\b[^>]*\ssky="(\w+)"/.exec(layout)?.[1] ?? 'night'
}

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
      const click = revealClick(slide.content, beat.screen)
      expect(click, `slide ${i + 1} shows the line at click 0`).toBeGreaterThan(0)
      expect(saidBefore(slide.note, click), `slide ${i + 1}: the notes reach click ${click}, which shows it, before saying it`).toMatch(beat.said)
    })
  }

  it('finds when a line is shown, and what he says before it (the check above has teeth)', () => {
    expect(revealClick('# Said at once', 'Said at once')).toBe(0)
    expect(revealClick('<TwelveSeconds />\n<p v-click>b</p>', 'b')).toBe(2)
    expect(revealClick('<div v-click>\n<blockquote>q</blockquote>\n</div>', 'q')).toBe(1)
    expect(saidBefore('a [click] b [click] c', 1)).toBe('a')
    expect(saidBefore('a [click] b [click] c', 2)).toBe('a b')
  })

  it('speaks the opening\'s "in a different body" and never prints it', () => {
    expect(slides.some(s => /in a different body/.test(visibleText(s.content)))).toBe(false)
    expect(slides.some(s => /in a different body/.test(spokenText(s.note)))).toBe(true)
  })

  it('goes from the win straight to "But that wasn\'t the win"', () => {
    const win = slides.findIndex(s => /raceById\('utmb-2023'\)/.test(s.content))
    expect(win).toBeGreaterThan(0)
    expect(spokenText(slides[win]!.note)).toMatch(/Course record\.$/)
    expect(visibleText(slides[win + 1]!.content)).toBe('But that wasn\'t the win.')
  })

  it('has no whole-road recap in the talk', () => {
    expect(slides.filter(s => /lanes="both"|range="all"/.test(s.content))).toEqual([])
  })

  it('never runs more than three words-only slides in a row', () => {
    const run = longestTextRun(slides)
    expect(run.length, `slides ${run.from} to ${run.from + run.length - 1} are words only`).toBeLessThanOrEqual(3)
  })

  it('gives every movement a picture of its own', () => {
    const movements = sectionsOf(slides.map((s, i) => ({ no: i + 1, frontmatter: s.frontmatter })))
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

  it('ends on the dawn, once: the last slide is the sunrise, and the P.S. comes over it on its last click', () => {
    const last = slides.at(-1)!
    expect(last.content).toMatch(/<BecomeFirst\s*\/>/)
    expect(slides.filter(s => /<BecomeFirst\b|<ClosingCodes\b/.test(s.content))).toEqual([last])
    // The film's code waits for the click after the three lines of the close.
    expect(last.content).toMatch(/<div v-click="4"[^>]*>[\s\S]*<ClosingCodes\b/)
    expect(spokenText(last.note)).toMatch(/P\.S\. Here's the film, Walmsley\./)
    // No scripted wait for the room to scan it.
    expect(directions(last.note).filter(d => /^pause[\s\S]*scan/i.test(d))).toEqual([])
  })

  it('saves the dawn: night on every slide until "In the staying", and the full sunrise only at the close', () => {
    const staying = slides.findIndex(s => visibleText(s.content).includes('In the staying.'))
    expect(staying).toBeGreaterThan(0)
    const early = slides.slice(0, staying + 1).map((s, i) => ({ no: i + 1, sky: skyOf(s) })).filter(s => s.sky === 'dawn')
    expect(early, 'slides lit by dawn before the talk turns toward hope').toEqual([])
    expect(skyOf(slides[0]!)).toBe('night')
    expect(slides.filter(s => /<BecomeFirst\b/.test(s.content))).toEqual([slides.at(-1)])
  })

  it('speaks movement 1 in plain words: no runners\' shorthand on a slide, no sentence Mark never wrote', () => {
    const text = slides.map(s => visibleText(s.content)).join('\n')
    expect(text).not.toMatch(/\bWSER\b|\bDNF\b/)
    const spoken = slides.map(s => spokenText(s.note)).join(' ')
    expect(spoken).not.toMatch(/fifty-four metres|hundred thousand of them|biggest ultra/)
  })

  it('keeps Mark\'s meaning on screen: "just" how he wins, people better "at certain things"', () => {
    const text = slides.map(s => visibleText(s.content)).join('\n')
    expect(text).toContain('It isn\'t just how he wins.')
    expect(text).toContain('better at certain things than I\'ll ever be')
    expect(slides.map(s => spokenText(s.note)).join(' ')).not.toMatch(/Fail, fail, win, win|The (first|second|third|fourth) part/)
  })
})
