import { describe, expect, it } from 'vitest'
import { chromiumArgs, ChromiumNotFoundError, resolveChromium } from '../node/pdf/chromium'

const system = ['/usr/bin/chromium', '/usr/bin/google-chrome']

function resolve(files: string[], env: Record<string, string | undefined> = {}, playwright?: string) {
  return resolveChromium({
    env,
    exists: path => files.includes(path),
    playwrightPath: async () => playwright,
    systemPaths: system,
  })
}

describe('the Chromium resolver', () => {
  it('takes CHROMIUM_PATH first, over everything else', async () => {
    const files = ['/opt/my-chrome', '/pw/chrome', '/usr/bin/chromium']
    await expect(resolve(files, { CHROMIUM_PATH: '/opt/my-chrome' }, '/pw/chrome')).resolves.toEqual({ path: '/opt/my-chrome', from: 'CHROMIUM_PATH' })
  })

  it('refuses a CHROMIUM_PATH that points at nothing instead of silently using another browser', async () => {
    await expect(resolve(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope' })).rejects.toThrow(/CHROMIUM_PATH is set to "\/nope"/)
  })

  it('takes Playwright\'s own browser next, when it is installed', async () => {
    await expect(resolve(['/pw/chrome', '/usr/bin/chromium'], {}, '/pw/chrome')).resolves.toEqual({ path: '/pw/chrome', from: 'playwright' })
  })

  it('skips Playwright\'s browser when it was never downloaded', async () => {
    await expect(resolve(['/usr/bin/chromium'], {}, '/pw/chrome')).resolves.toEqual({ path: '/usr/bin/chromium', from: 'system' })
  })

  it('falls back to the system paths in order', async () => {
    await expect(resolve(['/usr/bin/google-chrome'])).resolves.toEqual({ path: '/usr/bin/google-chrome', from: 'system' })
    expect((await resolve(['/usr/bin/google-chrome', '/usr/bin/chromium'])).path).toBe('/usr/bin/chromium')
  })

  it('takes a system\'s headless shell over its full browser', async () => {
    const found = await resolveChromium({ env: {}, exists: path => ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'].includes(path), playwrightPath: async () => undefined })
    expect(found).toEqual({ path: '/usr/bin/chromium-headless-shell', from: 'system' })
  })

  it('fails with one paragraph that names both ways to get a browser', async () => {
    const error = await resolve([]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChromiumNotFoundError)
    const { message } = error as ChromiumNotFoundError
    expect(message).not.toContain('\n')
    expect(message).toContain('npx playwright install chromium')
    expect(message).toContain('apt-get install chromium')
  })

  it('runs without a sandbox only as root, and never calls home', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox')
    expect(chromiumArgs(false)).not.toContain('--no-sandbox')
    expect(chromiumArgs(false)).toContain('--disable-background-networking')
  })
})
