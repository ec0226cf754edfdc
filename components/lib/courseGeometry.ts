/**
 * The UTMB profile (data/course.ts) as drawing coordinates: shared by the course slide, the
 * closing ridgeline and the talk's progress line, so the mountain is one line everywhere.
 */
import { profile } from '../../data/course'

export interface Frame {
  width: number
  height: number
  /** Space kept clear above the highest and below the lowest point. */
  padTop?: number
  padBottom?: number
}

export const totalKm = profile[profile.length - 1]!.km
const altitudes = profile.map(p => p.alt)
const altMin = Math.min(...altitudes)
const altMax = Math.max(...altitudes)

/** Altitude at any km, straight between the profile's points. */
export function altitudeAt(km: number): number {
  const k = Math.min(Math.max(km, 0), totalKm)
  const i = profile.findIndex(p => p.km >= k)
  if (i <= 0)
    return profile[0]!.alt
  const a = profile[i - 1]!
  const b = profile[i]!
  return a.alt + ((k - a.km) / (b.km - a.km)) * (b.alt - a.alt)
}

export function scaler(frame: Frame) {
  const top = frame.padTop ?? 0
  const bottom = frame.height - (frame.padBottom ?? 0)
  return {
    x: (km: number) => (km / totalKm) * frame.width,
    y: (alt: number) => bottom - ((alt - altMin) / (altMax - altMin)) * (bottom - top),
  }
}

export function pointAtKm(km: number, frame: Frame): { x: number, y: number } {
  const s = scaler(frame)
  return { x: s.x(km), y: s.y(altitudeAt(km)) }
}

/** The profile as an open line, left to right. */
export function linePath(frame: Frame): string {
  const s = scaler(frame)
  return profile.map((p, i) => `${i ? 'L' : 'M'}${s.x(p.km).toFixed(1)} ${s.y(p.alt).toFixed(1)}`).join(' ')
}

/** The profile closed down to the frame's bottom: the mountain as a filled shape. */
export function areaPath(frame: Frame): string {
  return `${linePath(frame)} L${frame.width} ${frame.height} L0 ${frame.height} Z`
}

export function fractionOfCourse(km: number): number {
  return Math.min(Math.max(km / totalKm, 0), 1)
}
