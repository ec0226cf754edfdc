/** The talk's facts: every number, date and result on a slide comes from here. */
export * from './course'
export * from './races'
export * from './record100k'
export * from './talk'
export * from './time'
export * from './validate'
