/**
 * UTMB: the mountain in numbers, and its approximate elevation profile
 * (../shared/talk/brief.md: good enough for a line on a slide, not for claims).
 */

export interface CoursePoint {
  km: number
  /** Altitude in metres. */
  alt: number
  place: string
}

export const utmb = {
  name: 'Ultra-Trail du Mont-Blanc',
  loop: 'Chamonix, through France, Italy and Switzerland, and back',
  distanceKm: 171,
  distanceMi: 106,
  climbM: 10_000,
  climbFt: 32_800,
  /** The essay's "more than 2000"; the record says around 2,300 to 2,500 a year. */
  startersAtLeast: 2_000,
  firstEdition: 2003,
  firstAmericanManWin: 2023,
} as const

export const profile: readonly CoursePoint[] = [
  { km: 0, alt: 1035, place: 'Chamonix' },
  { km: 8, alt: 1010, place: 'Les Houches' },
  { km: 13.5, alt: 1653, place: 'Col de Voza' },
  { km: 21, alt: 807, place: 'Saint-Gervais' },
  { km: 31, alt: 1170, place: 'Les Contamines' },
  { km: 39, alt: 1706, place: 'La Balme' },
  { km: 44, alt: 2443, place: 'Croix du Bonhomme' },
  { km: 50, alt: 1549, place: 'Les Chapieux' },
  { km: 60, alt: 2516, place: 'Col de la Seigne' },
  { km: 64.5, alt: 1970, place: 'Lac Combal' },
  { km: 68.5, alt: 2435, place: 'Arête du Mont-Favre' },
  { km: 80, alt: 1190, place: 'Courmayeur' },
  { km: 85, alt: 1989, place: 'Refuge Bertone' },
  { km: 97, alt: 1769, place: 'Arnouvaz' },
  { km: 101.5, alt: 2490, place: 'Grand Col Ferret' },
  { km: 111, alt: 1593, place: 'La Fouly' },
  { km: 119, alt: 1151, place: 'Praz-de-Fort' },
  { km: 125.5, alt: 1477, place: 'Champex-Lac' },
  { km: 134, alt: 1987, place: 'La Giète' },
  { km: 139, alt: 1526, place: 'Col de la Forclaz' },
  { km: 141, alt: 1300, place: 'Trient' },
  { km: 145.5, alt: 2011, place: 'Catogne' },
  { km: 151, alt: 1260, place: 'Vallorcine' },
  { km: 155, alt: 1461, place: 'Col des Montets' },
  { km: 159, alt: 2130, place: 'Tête aux Vents' },
  { km: 162.5, alt: 1860, place: 'La Flégère' },
  { km: 171, alt: 1035, place: 'Chamonix' },
]

export function pointAt(place: string): CoursePoint {
  const point = profile.find(p => p.place === place)
  if (!point)
    throw new Error(`No place "${place}" on the UTMB profile in data/course.ts`)
  return point
}

/**
 * Places the talk points at on the course. The talk's "mile 70" (data/talk.ts) is Mark's image of
 * the 2022 aid station, and the record puts that station at Champex-Lac: graphics mark that, nowhere else.
 */
export const landmarks = {
  /** Where the record puts 2022's aid station: still first here, then came apart on the climb after. */
  champex: pointAt('Champex-Lac'),
  finish: profile[profile.length - 1],
} as const
