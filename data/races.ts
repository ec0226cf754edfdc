/**
 * The race record behind the talk, as in ../shared/talk/facts.md.
 * Jim's lane is the public record; Mark's lane is his own memory from the essay.
 * Where the essay and the record differ, these entries follow the record.
 */

export type Lane = 'jim' | 'mark'

/** What happened, at a glance: drawn as a shape and a word, never by colour alone. */
export type ResultKind = 'win' | 'finish' | 'dnf' | 'off-course' | 'milestone'

export interface RaceEntry {
  id: string
  lane: Lane
  /** ISO date (YYYY-MM-DD); YYYY where only the year is known (Mark's own track: no invented month). */
  date: string
  race: string
  /** A label short enough for a timeline tick. */
  short: string
  distance?: string
  result: ResultKind
  place?: number
  /** Finishing time, H:MM:SS; "~" prefix where the record only gives it roughly. */
  time?: string
  /** Why a time is left off where one would be expected (a win): the record does not verify it. */
  timeOmitted?: string
  note?: string
  /** Where this entry comes from: a publication named in facts.md, or the essay itself. */
  source: string
}

const ESSAY = 'Mark\'s essay (his own memory)'

export const races: readonly RaceEntry[] = [
  {
    id: 'wser-2016',
    lane: 'jim',
    date: '2016-06-25',
    race: 'Western States 100',
    short: 'Western States',
    distance: '100 mi',
    result: 'off-course',
    place: 20,
    time: '18:45:36',
    note: 'Debut 100-miler, on course-record pace; missed a turn near mile 93.',
    source: 'outsideonline.com: "Jim Walmsley\'s Insane Day at Western States"',
  },
  {
    id: 'wser-2017',
    lane: 'jim',
    date: '2017-06-24',
    race: 'Western States 100',
    short: 'Western States',
    distance: '100 mi',
    result: 'dnf',
    note: 'Record pace in snow and heat; dropped at about mile 78.',
    source: 'irunfar.com: 2017 Western States 100 results',
  },
  {
    id: 'utmb-2017',
    lane: 'jim',
    date: '2017-09-01',
    race: 'UTMB',
    short: 'UTMB',
    distance: '~171 km',
    result: 'finish',
    place: 5,
    note: 'First UTMB. François D\'Haene won in 19:01:32.',
    source: 'facts.md: the record for the race timeline',
  },
  {
    id: 'mark-40',
    lane: 'mark',
    date: '2018',
    race: 'Turns 40, starts running again',
    short: 'Turns 40',
    result: 'milestone',
    note: 'First run in nearly 20 years; all in on a first ultra.',
    source: ESSAY,
  },
  {
    id: 'wser-2018',
    lane: 'jim',
    date: '2018-06-23',
    race: 'Western States 100',
    short: 'Western States',
    distance: '100 mi',
    result: 'win',
    place: 1,
    time: '14:30:04',
    note: 'Course record (old: 14:46:44, Timothy Olson, 2012).',
    source: 'facts.md: the record for the race timeline',
  },
  {
    id: 'utmb-2018',
    lane: 'jim',
    date: '2018-08-31',
    race: 'UTMB',
    short: 'UTMB',
    distance: '~171 km',
    result: 'dnf',
    source: 'facts.md: the record for the race timeline',
  },
  {
    id: 'mark-first-ultra',
    lane: 'mark',
    date: '2018',
    race: 'First ultra, Stagecoach, Flagstaff',
    short: 'First ultra',
    result: 'milestone',
    note: 'Jim was volunteering, handing out water at an aid station.',
    source: ESSAY,
  },
  {
    id: 'wser-2019',
    lane: 'jim',
    date: '2019-06-29',
    race: 'Western States 100',
    short: 'Western States',
    distance: '100 mi',
    result: 'win',
    place: 1,
    time: '14:09:28',
    note: 'Broke his own course record by about 21 minutes.',
    source: 'facts.md: the record for the race timeline',
  },
  {
    id: 'carbon-x-2',
    lane: 'jim',
    date: '2021-01-23',
    race: 'Project Carbon X 2, Chandler AZ',
    short: '100 km',
    distance: '100 km road',
    result: 'win',
    place: 1,
    time: '6:09:26',
    note: 'US record; 12 seconds off the 6:09:14 world record.',
    source: 'runningmagazine.ca: "Jim Walmsley runs 6:09:26 for 100K, misses world record by just 12 seconds"',
  },
  {
    id: 'mark-volunteer',
    lane: 'mark',
    date: '2021-01-23',
    race: 'Volunteers at the 100 km attempt',
    short: 'Volunteers',
    result: 'milestone',
    note: 'The essay remembers it as 2020; the race was January 2021.',
    source: ESSAY,
  },
  {
    id: 'wser-2021',
    lane: 'jim',
    date: '2021-06-26',
    race: 'Western States 100',
    short: 'Western States',
    distance: '100 mi',
    result: 'win',
    place: 1,
    timeOmitted: 'third win; the time is not verified in the record',
    note: 'Third Western States win.',
    source: 'facts.md: the record for the race timeline',
  },
  {
    id: 'utmb-2021',
    lane: 'jim',
    date: '2021-08-27',
    race: 'UTMB',
    short: 'UTMB',
    distance: '~171 km',
    result: 'dnf',
    note: 'Dropped at Arnouvaz, about km 100.',
    source: 'facts.md: the record for the race timeline',
  },
  {
    id: 'utmb-2022',
    lane: 'jim',
    date: '2022-08-26',
    race: 'UTMB',
    short: 'UTMB',
    distance: '~171 km',
    result: 'finish',
    place: 4,
    time: '~21:12',
    note: 'Led to Champex-Lac (about mile 78), then came apart on the climb after it.',
    source: 'run247.com: UTMB 2022 reaction',
  },
  {
    id: 'utmb-2023',
    lane: 'jim',
    date: '2023-09-01',
    race: 'UTMB',
    short: 'UTMB',
    distance: '~171 km',
    result: 'win',
    place: 1,
    time: '19:37:43',
    note: 'First American man to win. Fastest ever, on a course modified for weather.',
    source: 'rfi.fr and advnture.com: UTMB 2023 result; ansa.it: modified course',
  },
]

export function raceById(id: string): RaceEntry {
  const entry = races.find(r => r.id === id)
  if (!entry)
    throw new Error(`No race with id "${id}" in data/races.ts`)
  return entry
}
