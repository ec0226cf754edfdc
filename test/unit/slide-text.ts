/** What the audience sees of a slide, read from its markdown. */

/** What the audience reads: the slide's markdown without script, style, comments, tags and `{{ }}` expressions. */
export function visibleText(content: string): string {
  return content
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The components a slide draws with (PascalCase tags): a slide without one is words only. */
export function pictures(content: string): string[] {
  return [...content.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<([A-Z][A-Za-z]+)\b/g)].map(m => m[1]!)
}

/** The longest run of slides, in order, that show words and nothing drawn. */
export function longestTextRun(slides: readonly { content: string }[]): { length: number, from: number } {
  let best = { length: 0, from: 0 }
  let run = 0
  slides.forEach((s, i) => {
    run = pictures(s.content).length ? 0 : run + 1
    if (run > best.length)
      best = { length: run, from: i + 2 - run }
  })
  return best
}
