/**
 * Build-time headmatter overrides, as JSON in DECK_HEADMATTER (set by node/site/slidev-build.ts), so one
 * slides.md serves every build. Without it, dev and export see slides.md as written, but for one setting:
 * Slidev's own wake lock is off, because the kit keeps the screen awake itself (composables/useStageWakeLock.ts)
 * and Slidev's request, made at load and never caught, is an unhandled rejection wherever it is refused.
 */
import process from 'node:process'
import { definePreparserSetup } from '@slidev/types'

export function headmatterOverrides(raw: string | undefined): Record<string, unknown> {
  if (!raw?.trim())
    return {}
  const parsed: unknown = JSON.parse(raw)
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('DECK_HEADMATTER must be a JSON object')
  return parsed as Record<string, unknown>
}

export default definePreparserSetup(() => {
  const overrides = { wakeLock: false, ...headmatterOverrides(process.env.DECK_HEADMATTER) }
  // The parser calls transformSlide for the entry's slides first, so the first call is the headmatter.
  let done = false
  return [{
    name: 'deck:headmatter-overrides',
    async transformSlide(_content: string, frontmatter: Record<string, unknown>) {
      if (!done) {
        done = true
        Object.assign(frontmatter, overrides)
      }
      return undefined
    },
  }]
})
