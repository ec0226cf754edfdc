/**
 * Ridgeline geometry drawn from the UTMB profile in data/course.ts: the talk's mountains are the
 * real course, not invented peaks. Pure functions, so the art is data separate from drawing.
 */
import type { CoursePoint } from '../../data/course'

interface RidgeOptions {
  width: number
  height: number
  /** Height of the tallest point above the bottom edge, in px of the viewBox. */
  amplitude: number
  /** Part of the course to draw, in km. */
  kmFrom: number
  kmTo: number
  /** Draw the course right to left, so layers of the same line do not repeat one another. */
  mirror?: boolean
}

export function ridgePoints(profile: readonly CoursePoint[], o: RidgeOptions): [number, number][] {
  const inRange = profile.filter(p => p.km >= o.kmFrom && p.km <= o.kmTo)
  const alts = profile.map(p => p.alt)
  const min = Math.min(...alts)
  const max = Math.max(...alts)
  const span = o.kmTo - o.kmFrom
  return inRange.map((p) => {
    const t = (p.km - o.kmFrom) / span
    const x = (o.mirror ? 1 - t : t) * o.width
    const y = o.height - ((p.alt - min) / (max - min)) * o.amplitude - o.amplitude * 0.12
    return [x, y] as [number, number]
  }).sort((a, b) => a[0] - b[0])
}

/**
 * A closed silhouette down to the bottom edge. Straight segments read as alpine ridges;
 * `smooth` draws a Catmull-Rom curve instead (softer, for distant haze).
 */
export function ridgePath(points: readonly [number, number][], width: number, height: number, smooth = false): string {
  if (points.length < 2)
    return ''
  // The line runs level out to both edges from its first and last points.
  const pts = [[0, points[0]![1]] as [number, number], ...points, [width, points[points.length - 1]![1]] as [number, number]]
  const xy = (x: number, y: number) => `${x.toFixed(1)} ${y.toFixed(1)}`
  let d = `M0 ${height} L${xy(...pts[0]!)}`
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = pts[i - 1] ?? pts[i]!
    const p1 = pts[i]!
    const p2 = pts[i + 1]!
    const p3 = pts[i + 2] ?? p2
    const c1 = xy(p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
    const c2 = xy(p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
    d += smooth ? ` C${c1} ${c2} ${xy(...p2)}` : ` L${xy(...p2)}`
  }
  return `${d} L${width} ${height} Z`
}

/** Stars for the night sky: a seeded generator, so every render and every PDF page has the same sky. */
export function starField(count: number, width: number, height: number, seed = 7): { x: number, y: number, r: number, o: number }[] {
  let s = seed
  const next = (): number => {
    s = (s * 1664525 + 1013904223) % 4294967296
    return s / 4294967296
  }
  return Array.from({ length: count }, () => {
    const y = next() ** 1.6 * height
    return { x: next() * width, y, r: 0.5 + next() * 1.1, o: 0.25 + next() * 0.55 }
  })
}
