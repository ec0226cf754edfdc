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

/**
 * Clicks the v-click attributes on a slide take: each bare `v-click` is the next click; elements
 * with the same `v-click="N"` share click N. (<v-clicks> is not used in this deck.)
 */
export function vClicks(content: string): number {
  const found = [...content.replace(/<!--[\s\S]*?-->/g, '').matchAll(/\sv-click(?:="(\d+)")?(?=[\s>])/g)]
  const numbered = new Set(found.map(m => m[1]).filter(Boolean))
  return found.filter(m => !m[1]).length + numbered.size
}

// Story components that take their own clicks (their top-of-file comments say how many).
const COMPONENT_CLICKS: { tag: RegExp, clicks: number }[] = [
  { tag: /<MountainFigures\b/g, clicks: 4 },
  { tag: /<TwelveSeconds\b/g, clicks: 1 },
  { tag: /<BecomeFirst\b/g, clicks: 3 },
  { tag: /<CourseProfile\s[^>]*:draw="true"/g, clicks: 1 },
  { tag: /<RaceTimeline\b/g, clicks: 1 /* at least one entry */ },
  { tag: /<TrailLights\s[^>]*moment="(?:chased|goes-on)"/g, clicks: 1 },
  { tag: /<TugOfWar\b/g, clicks: 1 },
]

export function componentClicks(content: string): number {
  return COMPONENT_CLICKS.reduce((n, c) => n + [...content.matchAll(c.tag)].length * c.clicks, 0)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The click that shows `text` on a slide: 0 when it is there from the start, else the click its
 * v-click takes (a number it names, or one after every click taken before it on the slide).
 */
export function revealClick(content: string, text: string): number {
  const source = content.replace(/<!--[\s\S]*?-->/g, '')
  const clicked = new RegExp(`<\\w+[^>]*\\sv-click(?:="(\\d+)")?[^>]*>(?:\\s*<[^>]+>)*\\s*${escape(text)}`).exec(source)
  if (!clicked)
    return 0
  if (clicked[1])
    return Number(clicked[1])
  const before = source.slice(0, clicked.index)
  return vClicks(before) + componentClicks(before) + 1
}
