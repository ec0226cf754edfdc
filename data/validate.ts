/** Checks on the record: each failure names the entry, so a bad edit is found in one read. */
import type { CoursePoint } from './course.ts'
import type { RaceEntry } from './races.ts'
import { profile } from './course.ts'
import { races } from './races.ts'
import { talk } from './talk.ts'
import { isClock } from './time.ts'

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/

export function validateRaces(entries: readonly RaceEntry[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  let previous: RaceEntry | undefined

  for (const entry of entries) {
    const name = `race "${entry.id}"`
    if (seen.has(entry.id))
      problems.push(`${name}: id is used twice`)
    seen.add(entry.id)

    if (!DATE.test(entry.date))
      problems.push(`${name}: date "${entry.date}" is not YYYY-MM-DD or YYYY`)
    // A year-only date sits anywhere in its year: compare only as far as both dates go.
    else if (previous && entry.date.slice(0, previous.date.length) < previous.date.slice(0, entry.date.length))
      problems.push(`${name}: date ${entry.date} comes before the previous entry "${previous.id}" (${previous.date})`)

    if (entry.time !== undefined && !isClock(entry.time.replace(/^~/, '')) && !/^~\d{1,2}:[0-5]\d$/.test(entry.time))
      problems.push(`${name}: time "${entry.time}" is not H:MM:SS (or ~H:MM)`)
    if (entry.result === 'win' && entry.time === undefined && !entry.timeOmitted)
      problems.push(`${name}: a win needs a time (or timeOmitted saying why the record has none)`)
    if (entry.result === 'win' && entry.place !== 1)
      problems.push(`${name}: a win must have place 1`)
    if (entry.result === 'dnf' && (entry.place !== undefined || entry.time !== undefined))
      problems.push(`${name}: a DNF has no place or time`)
    if (entry.result === 'milestone' && entry.lane !== 'mark')
      problems.push(`${name}: milestones belong to Mark's lane`)
    if (!entry.source.trim())
      problems.push(`${name}: no source`)
    if (!entry.short.trim() || entry.short.length > 14)
      problems.push(`${name}: short label "${entry.short}" must be 1 to 14 characters`)

    previous = entry
  }
  return problems
}

/** Checks on the course profile: a loop from Chamonix back to Chamonix, km rising, altitudes Alpine. */
export function validateProfile(points: readonly CoursePoint[]): string[] {
  const problems: string[] = []
  points.forEach((p, i) => {
    const name = `profile point ${i} "${p.place}"`
    if (!p.place.trim())
      problems.push(`profile point ${i}: no place name`)
    if (i > 0 && !(p.km > points[i - 1]!.km))
      problems.push(`${name}: km ${p.km} does not come after ${points[i - 1]!.km}`)
    // The loop runs between valley towns (~800 m) and cols (~2,500 m); Mont Blanc itself is 4,806 m.
    if (!(p.alt >= 500 && p.alt <= 3000))
      problems.push(`${name}: altitude ${p.alt} m is outside the course's 500 to 3,000 m`)
  })
  const first = points[0]
  const last = points[points.length - 1]
  if (first && last && (first.place !== last.place || first.km !== 0))
    problems.push(`profile: a loop starts at km 0 and ends where it started ("${first.place}" to "${last.place}")`)
  return problems
}

/** Checks on talk-wide settings: the film's address must be one a phone can open. */
export function validateTalk(settings: { filmUrl: string, filmTitle: string }): string[] {
  const problems: string[] = []
  let url: URL | undefined
  try {
    url = new URL(settings.filmUrl)
  }
  catch {
    problems.push(`talk.filmUrl "${settings.filmUrl}" is not an address`)
  }
  if (url && url.protocol !== 'https:')
    problems.push(`talk.filmUrl "${settings.filmUrl}" must be https`)
  if (!settings.filmTitle.trim())
    problems.push('talk.filmTitle is empty')
  return problems
}

/** Every check on the committed data, one line per problem, each naming its file, entry and field. */
export function dataProblems(): string[] {
  return [
    ...validateRaces(races).map(p => `data/races.ts: ${p}`),
    ...validateProfile(profile).map(p => `data/course.ts: ${p}`),
    ...validateTalk(talk).map(p => `data/talk.ts: ${p}`),
  ]
}

/**
 * Run before anything is built, exported or served (scripts, the Vite plugin in vite.config.ts and
 * vitest's global setup), so bad data stops everything once, with its own message, before any output.
 */
export function assertValidData(): void {
  const problems = dataProblems()
  if (problems.length)
    throw new Error(problems.join('\n'))
}
