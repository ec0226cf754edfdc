// @vitest-environment node
/**
 * The deck's numbers come from the data module. On a slide, a time, a year, a distance or a place
 * in a race is shown through `{{ }}` from data/ (imported in the slide's `<script setup>`) or by a
 * story component that reads data/; a digit typed into a slide's visible text is a hand-typed fact,
 * and this test names the slide and the text. Notes (the speaker's words) and frontmatter are free.
 */
import type { SlideInfo } from '@slidev/types'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../speaker/node/deck/info'
import { visibleText } from './slide-text'

export function expressions(content: string): string[] {
  const withoutCode = content.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<!--[\s\S]*?-->/g, ' ')
  return [...withoutCode.matchAll(/\{\{([\s\S]*?)\}\}/g)].map(m => m[1]!.trim())
}

function scripts(content: string): string[] {
  return [...content.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(m => m[1]!)
}

/** A bound attribute (`:prop="…"`) is an expression too: `:value="'6:09:26'"` would be a hand-typed time. */
function boundAttributes(content: string): string[] {
  const markup = content.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ')
  return [...markup.matchAll(/\s(?::|v-bind:)[\w-]+="([^"]*)"/g)].map(m => m[1]!)
}

/**
 * Literals in code that smuggle a fact in: a string that starts with a digit ('2020', '19:37:43', '5th')
 * or a number above 9 (2023, 106). Small integers (slice(0, 4)) and ids that start with a letter
 * ('wser-2016') are how code reaches the data, not facts.
 */
export function factLiterals(code: string): string[] {
  const stripped = code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, ' ')
  const strings = [...stripped.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map(m => m[2]!)
  const bare = stripped.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, ' ')
  const numbers = [...bare.matchAll(/(?<![\w.])\d[\d_.]*/g)].map(m => m[0]).filter(n => Number(n.replace(/_/g, '')) > 9)
  return [...strings.filter(s => /^\s*\d/.test(s)), ...numbers]
}

export interface FactProblem {
  slide: number
  problem: string
}

export function handTypedFacts(content: string, slide: number): FactProblem[] {
  const problems: FactProblem[] = []
  const text = visibleText(content)
  for (const m of text.matchAll(/\d(?:[\d:.,]*\d)?\w*/g))
    problems.push({ slide, problem: `visible text has a hand-typed number "${m[0]}" (in: "${text.slice(0, 80)}")` })

  const code = [...expressions(content), ...boundAttributes(content), ...scripts(content)]
  for (const chunk of code) {
    for (const lit of factLiterals(chunk))
      problems.push({ slide, problem: `code on the slide types the fact ${JSON.stringify(lit)} instead of reading it from data/` })
  }

  if (expressions(content).length > 0) {
    const imports = scripts(content).join('\n')
    if (!/from\s+['"](?:\.\.\/)+data(?:\/[\w-]+)?['"]/.test(imports))
      problems.push({ slide, problem: 'shows {{ }} values but imports nothing from data/' })
  }
  return problems
}

describe('the checker itself', () => {
  it('flags a hand-typed result, year or time in the visible text', () => {
    const found = handTypedFacts('# He came back in 2017\n\nFinished 5th, in <b>14:30:04</b>', 7)
    expect(found.map(p => p.problem).join('\n')).toMatch(/"2017".*\n.*"5th".*\n.*"14:30:04"/)
    expect(found.every(p => p.slide === 7)).toBe(true)
  })

  it('flags facts typed into expressions, bound props and scripts', () => {
    expect(handTypedFacts('<script setup>\nimport { utmb } from \'../data\'\n</script>\n\n{{ \'19:37:43\' }}', 1)).toHaveLength(1)
    expect(handTypedFacts('<Figure :value="2023" />', 1)).toHaveLength(1)
    expect(handTypedFacts('<script setup lang="ts">\nconst year = \'2020\'\n</script>\n\n# {{ year }}', 1).map(p => p.problem).join(' '))
      .toMatch(/"2020".*imports nothing from data/)
  })

  it('passes numbers read from data/, digits in notes, comments and ids', () => {
    const ok = '<script setup lang="ts">\n// 2016 to 2019\nimport { raceById } from \'../data\'\nconst win = raceById(\'utmb-2023\')\nconst year = win.date.slice(0, 4)\n</script>\n\n<!-- a comment with 2021 -->\n\n## UTMB {{ year }}\n\n# {{ win.time }}'
    expect(handTypedFacts(ok, 1)).toEqual([])
  })
})

describe('the deck', () => {
  let slides: SlideInfo[] = []
  beforeAll(async () => {
    slides = (await loadDeck()).slides
  })

  it('types no number on any slide: every number comes from data/', () => {
    const problems = slides.flatMap((s, i) => handTypedFacts(s.content, i + 1))
    expect(problems.map(p => `slide ${p.slide}: ${p.problem}`)).toEqual([])
  })

  it('shows numbers from data/ on the slides that carry them (the check has something to check)', () => {
    const withData = slides.filter(s => expressions(s.content).length > 0)
    expect(withData.length).toBeGreaterThanOrEqual(6)
  })

  it('never prints the missing aid-station words: the moment is shown as an apology', () => {
    const apology = slides.filter(s => visibleText(s.content).includes('He apologized.'))
    expect(apology).toHaveLength(1)
    // The only quotation on a slide is his wife's line, the one the essay gives.
    const quotes = slides.filter(s => /^>\s|<blockquote\b/m.test(s.content)).map(s => visibleText(s.content))
    expect(quotes).toEqual([expect.stringContaining('It\'s ok, just do your best.')])
  })
})
