/** The 100 km road attempt (Project Carbon X 2, 23 January 2021): 12 seconds made tangible. */
import { clockToSeconds } from './time'

export const attempt100k = {
  event: 'HOKA Project Carbon X 2',
  date: '2021-01-23',
  place: 'Chandler, Arizona',
  distanceKm: 100,
  jim: '6:09:26',
  worldRecord: '6:09:14',
  worldRecordHolder: 'Nao Kazami',
  worldRecordWhere: 'Lake Saroma, Japan, 2018',
  previousUsRecord: '6:27:44',
  previousUsRecordHolder: 'Max King',
} as const

export const marginSeconds = clockToSeconds(attempt100k.jim) - clockToSeconds(attempt100k.worldRecord)
