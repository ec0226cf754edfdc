/**
 * The talk's movements, read from the slides themselves: a slide whose frontmatter has
 * `section: <title>` opens a movement that runs until the next one. Slides before the first
 * section form the opening. The progress line and the presenter's pacing both read this.
 */

export interface SlideFrontmatter {
  no: number
  frontmatter: Record<string, unknown>
}

export interface Movement {
  title: string
  /** First and last slide number, inclusive. */
  start: number
  end: number
}

export const OPENING = 'Opening'

export function movementsOf(slides: readonly SlideFrontmatter[]): Movement[] {
  const movements: Movement[] = []
  for (const slide of slides) {
    const section = slide.frontmatter.section
    const opens = typeof section === 'string' && section.trim() !== ''
    if (opens || movements.length === 0)
      movements.push({ title: opens ? section : OPENING, start: slide.no, end: slide.no })
    else
      movements[movements.length - 1]!.end = slide.no
  }
  return movements
}

/** The movements of Slidev's slide routes, whose frontmatter sits on `meta.slide`. */
export function movementsOfRoutes(routes: readonly { no: number, meta?: { slide?: { frontmatter?: Record<string, unknown> } } }[]): Movement[] {
  return movementsOf(routes.map(route => ({ no: route.no, frontmatter: route.meta?.slide?.frontmatter ?? {} })))
}

export function movementAt(movements: readonly Movement[], no: number): Movement | undefined {
  return movements.find(m => no >= m.start && no <= m.end)
}

/** A movement's anchor in the read view and its PDF: "The Long Middle" -> "the-long-middle". */
export function movementAnchor(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}
