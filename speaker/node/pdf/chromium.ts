/**
 * The one place that finds a Chromium for export, screenshots and tests.
 * Order: CHROMIUM_PATH, then Playwright's own browser if it was installed, then the system's.
 * No install step downloads a browser, so this never assumes Playwright's is there.
 * Everything here runs headless: of the system's, a headless shell (Debian's chromium-headless-shell) comes
 * first, since it renders the same pages for about a third less CPU than the full browser.
 */
import type { Browser } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import process from 'node:process'
import { onInterrupt } from '../process/lifecycle'

const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
] as const

export class ChromiumNotFoundError extends Error {
  constructor() {
    super([
      'No Chromium found for export, screenshots or tests.',
      'Looked at $CHROMIUM_PATH, Playwright\'s own browser and the usual system paths',
      `(${SYSTEM_CHROMIUM_PATHS.join(', ')}).`,
      'Get one either way: `npx playwright install chromium` (downloads Playwright\'s build),',
      'or your OS package (Debian/Ubuntu: `sudo apt-get install chromium-headless-shell`, or `chromium`; macOS: install Google Chrome),',
      'or point CHROMIUM_PATH at any Chromium or Chrome binary.',
    ].join(' '))
    this.name = 'ChromiumNotFoundError'
  }
}

/** Where Playwright would keep its own browser; undefined when playwright-chromium is absent. */
async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-chromium')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/** The options are for tests: where to look, and what exists there. */
export async function resolveChromium({
  env = process.env,
  exists = existsSync,
  playwrightPath = playwrightChromium,
  systemPaths = SYSTEM_CHROMIUM_PATHS,
}: {
  env?: Record<string, string | undefined>
  exists?: (path: string) => boolean
  playwrightPath?: () => Promise<string | undefined>
  systemPaths?: readonly string[]
} = {}): Promise<{ path: string, from: 'CHROMIUM_PATH' | 'playwright' | 'system' }> {
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) {
    // An explicit choice that is wrong should say so, not quietly fall through to another browser.
    if (!exists(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no file there.`)
    return { path: fromEnv, from: 'CHROMIUM_PATH' }
  }
  const bundled = await playwrightPath()
  if (bundled && exists(bundled))
    return { path: bundled, from: 'playwright' }
  const system = systemPaths.find(p => exists(p))
  if (system)
    return { path: system, from: 'system' }
  throw new ChromiumNotFoundError()
}

/**
 * Flags for a headless run on a locked-down machine: no sandbox when root (Chromium refuses
 * otherwise), and none of the background calls home that a closed network refuses.
 */
export function chromiumArgs(isRoot = process.getuid?.() === 0): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ]
}

/**
 * Launches the resolver's Chromium for a script. Playwright's own signal handlers are off: an
 * interrupted script closes the browser itself (process/lifecycle.ts), so no process or profile is left.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = (await resolveChromium()).path
  const { chromium } = await import('playwright-chromium')
  const browser = await chromium.launch({ executablePath, args: chromiumArgs(), handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false })
  browser.on('disconnected', onInterrupt(() => browser.close()))
  return browser
}
