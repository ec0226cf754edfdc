/** Vitest's global setup: bad data is reported once, here, not as a cascade of failing tests. */
import { assertValidData } from '../../../data/validate'

export default function setup(): void {
  assertValidData()
}
