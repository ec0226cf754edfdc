/** Race clock helpers: the record keeps times as "H:MM:SS" strings, the maths wants seconds. */

const CLOCK = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/

export function isClock(value: string): boolean {
  return CLOCK.test(value)
}

export function clockToSeconds(value: string): number {
  const match = CLOCK.exec(value)
  if (!match)
    throw new Error(`"${value}" is not a race time (H:MM:SS)`)
  const [, h, m, s] = match
  return Number(h) * 3600 + Number(m) * 60 + Number(s)
}

export function secondsToClock(total: number): string {
  const rounded = Math.round(total)
  const h = Math.floor(rounded / 3600)
  const m = Math.floor((rounded % 3600) / 60)
  const s = rounded % 60
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
}
