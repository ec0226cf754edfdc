// @vitest-environment node
/**
 * The speaker kit (speaker/) is any deck's: no import of it reaches outside its folder (into the talk's data/,
 * components/, pages/ or anything else of this deck), and nothing in it names this talk, its people, its
 * files or its colours.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../speaker/node/deck/project'

const KIT = join(ROOT, 'speaker')
const kitFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'speaker'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)

describe('the speaker kit', () => {
  it('imports nothing from outside its folder but packages', () => {
    const crossing = kitFiles.filter(file => /\.(?:ts|vue)$/.test(file)).flatMap((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8')
      return [...source.matchAll(/(?:from|import)\s*(?:\(\s*)?'(\.{1,2}\/[^']+)'/g)]
        .map(m => resolve(dirname(join(ROOT, file)), m[1]!))
        .filter(target => relative(KIT, target).startsWith('..'))
        .map(target => `${file} -> ${relative(ROOT, target)}`)
    })
    expect(crossing).toEqual([])
  })

  it('names nothing of this talk: its people, race, files or colours', () => {
    const colours = [...readFileSync(join(ROOT, 'styles/tokens.css'), 'utf8').matchAll(/#[0-9a-f]{6}\b/gi)].map(m => m[0].toLowerCase())
    const names = /\b(?:Jim|Mark|UTMB)\b/
    const words = /walmsley|western states|become-first|aid station|data\/(?:races|talk|course)|pages\/\d/i
    const found = kitFiles.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8')
      const hits = [names.exec(text)?.[0], words.exec(text)?.[0], ...colours.filter(c => text.toLowerCase().includes(c))].filter(Boolean)
      return hits.map(hit => `${file}: ${hit}`)
    })
    expect(colours.length).toBeGreaterThan(0)
    expect(found).toEqual([])
  })
})
