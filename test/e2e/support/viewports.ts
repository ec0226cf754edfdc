/** Screens the deck must fit, and what "fits" means for the canvas. */
import type { CanvasBox } from './probes'

export const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const

/** What is wrong with how the canvas sits in the viewport (empty when it letterboxes correctly). */
export function letterboxProblems(box: CanvasBox | null, slack = 1): string[] {
  if (!box)
    return ['no slide canvas (#slide-content) on the page']
  const { viewport: v, canvas: c, slide: s } = box
  const problems: string[] = []
  const want = s.width / s.height
  const got = c.width / c.height
  if (Math.abs(got - want) / want > 0.005)
    problems.push(`aspect ratio ${got.toFixed(3)} instead of ${want.toFixed(3)} (${s.width}x${s.height})`)
  const fill = Math.min(v.width / s.width, v.height / s.height)
  if (Math.abs(c.width - s.width * fill) > slack && Math.abs(c.height - s.height * fill) > slack)
    problems.push(`canvas is ${Math.round(c.width)}x${Math.round(c.height)}, should fill ${Math.round(s.width * fill)}x${Math.round(s.height * fill)}`)
  const dx = c.left + c.width / 2 - v.width / 2
  const dy = c.top + c.height / 2 - v.height / 2
  if (Math.abs(dx) > slack || Math.abs(dy) > slack)
    problems.push(`canvas is off centre by ${dx.toFixed(1)}px, ${dy.toFixed(1)}px`)
  if (c.left < -slack || c.top < -slack || c.left + c.width > v.width + slack || c.top + c.height > v.height + slack)
    problems.push(`canvas (${Math.round(c.left)},${Math.round(c.top)} ${Math.round(c.width)}x${Math.round(c.height)}) is not inside the ${v.width}x${v.height} viewport`)
  return problems
}
