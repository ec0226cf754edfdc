import { describe, expect, it } from 'vitest'
import { OPENING, sectionAt, sectionsOf } from '../lib/sections'

const slides = [
  { no: 1, frontmatter: { layout: 'cover' } },
  { no: 2, frontmatter: {} },
  { no: 3, frontmatter: { section: 'The Problem' } },
  { no: 4, frontmatter: {} },
  { no: 5, frontmatter: { section: 'The Dread' } },
]

describe('sections', () => {
  it('open at each section slide and run to the next', () => {
    expect(sectionsOf(slides)).toEqual([
      { title: OPENING, start: 1, end: 2 },
      { title: 'The Problem', start: 3, end: 4 },
      { title: 'The Dread', start: 5, end: 5 },
    ])
  })

  it('find the section a slide belongs to', () => {
    const sections = sectionsOf(slides)
    expect(sectionAt(sections, 4)?.title).toBe('The Problem')
    expect(sectionAt(sections, 9)).toBeUndefined()
  })

  it('start with the first section when the deck opens with one', () => {
    expect(sectionsOf(slides.slice(2))[0]).toEqual({ title: 'The Problem', start: 3, end: 4 })
  })
})
