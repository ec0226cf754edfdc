import { describe, expect, it } from 'vitest'
import { movementAt, movementsOf, OPENING } from '../../speaker/lib/movements'

const slides = [
  { no: 1, frontmatter: { layout: 'cover' } },
  { no: 2, frontmatter: {} },
  { no: 3, frontmatter: { section: 'The Aid Station' } },
  { no: 4, frontmatter: {} },
  { no: 5, frontmatter: { section: 'The Dread' } },
]

describe('movements', () => {
  it('open at each section slide and run to the next', () => {
    expect(movementsOf(slides)).toEqual([
      { title: OPENING, start: 1, end: 2 },
      { title: 'The Aid Station', start: 3, end: 4 },
      { title: 'The Dread', start: 5, end: 5 },
    ])
  })

  it('find the movement a slide belongs to', () => {
    const movements = movementsOf(slides)
    expect(movementAt(movements, 4)?.title).toBe('The Aid Station')
    expect(movementAt(movements, 9)).toBeUndefined()
  })

  it('start with the first section when the deck opens with one', () => {
    expect(movementsOf(slides.slice(2))[0]).toEqual({ title: 'The Aid Station', start: 3, end: 4 })
  })
})
