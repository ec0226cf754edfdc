/**
 * The kit's colours as the deck dresses them, for what the kit draws outside the browser (the rehearsal
 * chart, drawn dark; the installed deck's web app manifest, vite/offline.ts): the `--speaker-*` custom
 * properties declared in the kit's styles/index.css (its defaults, the dark scheme's over the light), then
 * in the deck's styles/ (which win), with `var()` references resolved through the same declarations.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT } from './project'

const KIT_STYLES = fileURLToPath(new URL('../../styles/index.css', import.meta.url))

export interface Palette {
  background: string
  text: string
  muted: string
  line: string
  accent: string
  fontSans: string
}

function cssFiles(dir: string): string[] {
  if (!existsSync(dir))
    return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.css')).sort().map(name => join(dir, name))
}

/** Every custom property declared in `files`, the later declaration winning. */
function declarations(files: readonly string[]): Map<string, string> {
  const found = new Map<string, string>()
  for (const file of files) {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
    for (const [, name, value] of css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g))
      found.set(name!, value!.trim())
  }
  return found
}

function resolveValue(value: string, all: Map<string, string>, depth = 0): string {
  if (depth > 10)
    return value
  return value.replace(/var\(\s*(--[\w-]+)\s*(?:,([^)]*))?\)/g, (_, name: string, fallback?: string) => {
    const next = all.get(name) ?? fallback?.trim()
    return next === undefined ? '' : resolveValue(next, all, depth + 1)
  })
}

export function speakerPalette(deckStyles = join(ROOT, 'styles')): Palette {
  const all = declarations([KIT_STYLES, ...cssFiles(deckStyles)])
  const get = (name: string): string => resolveValue(all.get(`--speaker-${name}`) ?? '', all)
  return { background: get('background'), text: get('text'), muted: get('muted'), line: get('line'), accent: get('accent'), fontSans: get('font-sans') }
}
