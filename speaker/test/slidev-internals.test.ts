// @vitest-environment node
/**
 * Slidev's internals, named: each path and name speaker/lib/slidev.ts takes from @slidev/client beyond its
 * public API must still be where it was. After a Slidev upgrade this is the one test that says what moved.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SLIDEV_CLASS } from '../lib/slidev-dom'
import { ROOT } from '../node/deck/project'

const CLIENT = join(ROOT, 'node_modules/@slidev/client')
const adapter = readFileSync(join(ROOT, 'speaker/lib/slidev.ts'), 'utf8')
const reexports = [...adapter.matchAll(/^export (?:type )?\{([^}]+)\} from '@slidev\/client\/([^']+)'/gm)]
  .map(m => ({ path: m[2]!, names: m[1]!.split(',').map(n => n.trim().split(/\s+as\s+/)[0]!) }))

describe('slidev internals, through speaker/lib/slidev.ts', () => {
  it('names what it takes', () => {
    expect(reexports.length).toBeGreaterThanOrEqual(6)
  })

  for (const { path, names } of reexports) {
    it(`@slidev/client/${path} still has ${names.join(', ')}`, () => {
      const file = join(CLIENT, path)
      expect(existsSync(file), `Slidev moved or removed ${path}: update speaker/lib/slidev.ts`).toBe(true)
      const source = readFileSync(file, 'utf8')
      for (const name of names.filter(n => n !== 'default')) {
        const declared = new RegExp(`export (?:async )?(?:function|const|let|class|interface|type) ${name}\\b|export \\{[^}]*\\b${name}\\b`)
        expect(source, `${path} no longer exports ${name}: update speaker/lib/slidev.ts`).toMatch(declared)
      }
      if (names.includes('default') && path.endsWith('.vue'))
        expect(source).toMatch(/<template>|<script/)
    })
  }

  it('still puts the class names speaker/lib/slidev-dom.ts selects by on its DOM', () => {
    const client = execFileSync('grep', ['-rhoE', '(slidev|print)-[a-z-]+', CLIENT, '--include=*.vue', '--include=*.ts'], { encoding: 'utf8' })
    const used = new Set(client.split('\n'))
    for (const name of Object.values(SLIDEV_CLASS))
      expect(used.has(name), `Slidev no longer uses the class "${name}": update speaker/lib/slidev-dom.ts`).toBe(true)
  })

  // Aside: the component-test harness (see its comment) and env.d.ts, whose references are Slidev's type shims for vue-tsc.
  it('is the only door: no other source file imports a @slidev/client/ path', () => {
    const found = execFileSync('git', ['grep', '-l', '@slidev/client/', '--', '*.ts', '*.vue'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .filter(file => !['speaker/lib/slidev.ts', 'test/unit/components/slide.ts', 'speaker/test/slidev-internals.test.ts', 'speaker/env.d.ts'].includes(file))
    expect(found).toEqual([])
  })
})
