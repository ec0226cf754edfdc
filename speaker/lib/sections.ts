/**
 * The talk's sections, read from the slides themselves: a slide whose frontmatter has
 * `section: <title>` opens a section that runs until the next one. Slides before the first
 * section form the opening. The progress line and the presenter's pacing both read this.
 */

export interface SlideFrontmatter {
  no: number
  frontmatter: Record<string, unknown>
}

export interface Section {
  title: string
  /** First and last slide number, inclusive. */
  start: number
  end: number
}

export const OPENING = 'Opening'

export function sectionsOf(slides: readonly SlideFrontmatter[]): Section[] {
  const sections: Section[] = []
  for (const slide of slides) {
    const section = slide.frontmatter.section
    const opens = typeof section === 'string' && section.trim() !== ''
    if (opens || sections.length === 0)
      sections.push({ title: opens ? section : OPENING, start: slide.no, end: slide.no })
    else
      sections[sections.length - 1]!.end = slide.no
  }
  return sections
}

/** The sections of Slidev's slide routes, whose frontmatter sits on `meta.slide`. */
export function sectionsOfRoutes(routes: readonly { no: number, meta?: { slide?: { frontmatter?: Record<string, unknown> } } }[]): Section[] {
  return sectionsOf(routes.map(route => ({ no: route.no, frontmatter: route.meta?.slide?.frontmatter ?? {} })))
}

export function sectionAt(sections: readonly Section[], no: number): Section | undefined {
  return sections.find(m => no >= m.start && no <= m.end)
}

/** A section's anchor in the read view and its PDF: "The Long Middle" -> "the-long-middle". */
export function sectionAnchor(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}
