import { describe, expect, it } from 'vitest'
import { chromiumArgs, ChromiumNotFoundError, NO_CHROMIUM_MESSAGE, resolveChromiumWith } from '../../scripts/chromium'

const system = ['/usr/bin/chromium', '/usr/bin/google-chrome']

function resolve(files: string[], env: Record<string, string | undefined> = {}, playwright?: string) {
  return resolveChromiumWith({
    env,
    exists: path => files.includes(path),
    playwrightPath: () => playwright,
    systemPaths: system,
  })
}

describe('the Chromium resolver', () => {
  it('takes CHROMIUM_PATH first, over everything else', () => {
    const files = ['/opt/my-chrome', '/pw/chrome', '/usr/bin/chromium']
    expect(resolve(files, { CHROMIUM_PATH: '/opt/my-chrome' }, '/pw/chrome')).toEqual({ path: '/opt/my-chrome', from: 'CHROMIUM_PATH' })
  })

  it('refuses a CHROMIUM_PATH that points at nothing instead of silently using another browser', () => {
    expect(() => resolve(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope' })).toThrow(/CHROMIUM_PATH is set to "\/nope"/)
  })

  it('takes Playwright\'s own browser next, when it is installed', () => {
    expect(resolve(['/pw/chrome', '/usr/bin/chromium'], {}, '/pw/chrome')).toEqual({ path: '/pw/chrome', from: 'playwright' })
  })

  it('skips Playwright\'s browser when it was never downloaded', () => {
    expect(resolve(['/usr/bin/chromium'], {}, '/pw/chrome')).toEqual({ path: '/usr/bin/chromium', from: 'system' })
  })

  it('falls back to the system paths in order', () => {
    expect(resolve(['/usr/bin/google-chrome'])).toEqual({ path: '/usr/bin/google-chrome', from: 'system' })
    expect(resolve(['/usr/bin/google-chrome', '/usr/bin/chromium']).path).toBe('/usr/bin/chromium')
  })

  it('fails with one paragraph that names both ways to get a browser', () => {
    expect(() => resolve([])).toThrow(ChromiumNotFoundError)
    expect(NO_CHROMIUM_MESSAGE).not.toContain('\n')
    expect(NO_CHROMIUM_MESSAGE).toContain('npx playwright install chromium')
    expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install chromium')
  })

  it('runs without a sandbox only as root, and never calls home', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox')
    expect(chromiumArgs(false)).not.toContain('--no-sandbox')
    expect(chromiumArgs(false)).toContain('--disable-background-networking')
  })
})
