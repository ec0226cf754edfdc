/**
 * The talk's fonts cut down, at build time, to the characters it has: the Latin files styles/fonts.css
 * names, subset (harfbuzz, `subset-font`) to printable ASCII, what Slidev's Markdown makes of it, and
 * every character of the sources the audience can see: slides, notes (the read view shows them),
 * components, layouts, data, and the speaker kit's pages and widgets. Roughly half of each file, on every phone's first visit. Dev and export keep
 * the whole Latin files; a character added later is in the next build's subset (test/unit/fonts.test.ts).
 */
import type { Plugin } from 'vite'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import subsetFont from 'subset-font'

const TALK = fileURLToPath(new URL('..', import.meta.url))

/** The sources whose characters the audience can see, relative to the talk's folder. */
export function deckSources(): string[] {
  const under = (dir: string, ext: RegExp): string[] => readdirSync(join(TALK, dir), { recursive: true, encoding: 'utf8' }).filter(f => ext.test(f)).map(f => join(dir, f))
  const kit = ['components', 'pages', 'lib', 'composables'].flatMap(dir => under(`speaker/${dir}`, /\.(?:vue|ts)$/))
  return ['slides.md', 'global-bottom.vue', 'speaker/custom-nav-controls.vue', 'speaker/global-top.vue', ...under('pages', /\.md$/), ...under('components', /\.(?:vue|ts)$/), ...under('layouts', /\.vue$/), ...under('data', /\.ts$/), ...kit]
}

/** Markdown-it's typographer, on in Slidev's Markdown plugin: "isn't" is shown as "isn’t", "--" as "–", "..." as "…". */
const TYPOGRAPHER = '‘’“”–—…©®™±'

/** Printable ASCII (numbers and words a component builds at run time), the typographer's, and every character of the sources. */
export function deckCharacters(): string {
  const chars = new Set<string>(TYPOGRAPHER)
  for (let code = 0x20; code <= 0x7E; code++)
    chars.add(String.fromCharCode(code))
  for (const file of deckSources()) {
    for (const char of readFileSync(join(TALK, file), 'utf8')) {
      if (char >= ' ')
        chars.add(char)
    }
  }
  return [...chars].sort().join('')
}

/** The font files styles/fonts.css loads, as it names them. */
export function fontFiles(): string[] {
  return [...readFileSync(join(TALK, 'styles/fonts.css'), 'utf8').matchAll(/url\('([^']+\.woff2)'\)/g)].map(m => m[1]!)
}

export function fontSubset(): Plugin {
  return {
    name: 'deck:font-subset',
    apply: 'build',
    // Each file becomes its subset through an alias, so Vite hashes and emits the subset like any asset.
    async config() {
      const text = deckCharacters()
      const cache = join(TALK, 'node_modules/.cache/deck-fonts')
      mkdirSync(cache, { recursive: true })
      const require = createRequire(import.meta.url)
      const alias = await Promise.all(fontFiles().map(async (spec) => {
        const source = readFileSync(require.resolve(spec))
        const key = createHash('sha256').update(source).update(text).digest('hex').slice(0, 12)
        const out = join(cache, `${spec.split('/').pop()!.replace(/\.woff2$/, '')}-${key}.woff2`)
        if (!existsSync(out)) {
          // Written beside and renamed, so a build running at the same time never reads half a file.
          const partial = `${out}.${process.pid}`
          writeFileSync(partial, await subsetFont(source, text, { targetFormat: 'woff2' }))
          renameSync(partial, out)
        }
        return { find: spec, replacement: out }
      }))
      return { resolve: { alias } }
    },
  }
}
