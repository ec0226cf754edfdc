/**
 * Renders the deck in the resolver's Chromium from Slidev's own server in export mode (the server
 * `slidev export` uses), with one difference that matters: any page error, console error, Vue warning
 * or failed request on the way is collected, and the render fails with it instead of printing a
 * broken slide into a PDF.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { ViteDevServer } from 'vite'
import { createServer as createNetServer } from 'node:net'
import process from 'node:process'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium } from 'playwright-chromium'
import { chromiumArgs, resolveChromium } from './chromium'
import { ENTRY } from './paths'

export class SlideRenderError extends Error {
  constructor(what: string, problems: string[]) {
    super(`${what} failed: the deck reported ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`)
    this.name = 'SlideRenderError'
  }
}

/** A free loopback port, asked of the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

export interface Renderer {
  /** http://127.0.0.1:<port>/ */
  url: string
  canvas: { width: number, height: number }
  /**
   * Opens a fresh page that records problems; `check` throws if any were seen.
   * `settle` waits until every slide on the page has loaded its component (not Slidev's loading placeholder).
   */
  open: (path: string, viewport: { width: number, height: number }) => Promise<{ page: Page, check: (what: string) => void, settle: (count: number) => Promise<void> }>
}

/** Starts the export server and Chromium, runs `work`, and always stops both. */
export async function withRenderer<T>(work: (renderer: Renderer) => Promise<T>): Promise<T> {
  const chromiumPath = (await resolveChromium()).path
  const options = await resolveOptions({ entry: ENTRY }, 'export')
  const port = await freePort()
  let server: ViteDevServer | undefined
  let browser: Browser | undefined
  try {
    server = await createServer(options, { server: { port, host: '127.0.0.1', strictPort: true }, clearScreen: false, logLevel: 'warn' })
    await server.listen(port)
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs() })
    const url = `http://127.0.0.1:${port}/`
    const { canvasWidth, aspectRatio } = options.data.config
    const canvas = { width: canvasWidth, height: Math.round(canvasWidth / aspectRatio) }
    const live = browser
    return await work({
      url,
      canvas,
      async open(path, viewport) {
        const context = await live.newContext({ viewport, deviceScaleFactor: 2, colorScheme: 'dark' })
        const page = await context.newPage()
        const problems: string[] = []
        page.on('pageerror', error => problems.push(`page error: ${error.message}`))
        page.on('console', (message) => {
          if (message.type() === 'error' || (message.type() === 'warning' && message.text().startsWith('[Vue warn]')))
            problems.push(`console ${message.type()}: ${message.text().split('\n')[0]}`)
        })
        page.on('response', (response) => {
          if (response.status() >= 400)
            problems.push(`HTTP ${response.status()} for ${response.url()}`)
        })
        await page.goto(new URL(path, url).href, { waitUntil: 'networkidle', timeout: 120_000 })
        await page.evaluate(() => document.fonts.ready)
        return {
          page,
          async settle(count) {
            await page.waitForFunction((expected) => {
              const slides = [...document.querySelectorAll('.slidev-page')]
              return slides.length >= expected
                && document.querySelectorAll('.slidev-slide-loading').length === 0
                && slides.every(slide => slide.querySelector('.slidev-layout'))
            }, count, { timeout: 180_000, polling: 250 }).catch(() => {
              throw new Error(`${path}: not every slide finished loading within 3 minutes`)
            })
            await page.evaluate(() => document.fonts.ready)
          },
          check(what) {
            if (problems.length === 0)
              return
            // A draft export (DECK_EXPORT_DRAFT=1) still shows what is wrong, but keeps going.
            if (process.env.DECK_EXPORT_DRAFT === '1')
              console.warn(`${what}: drafting past ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`)
            else
              throw new SlideRenderError(what, problems)
            problems.length = 0
          },
        }
      },
    })
  }
  finally {
    await browser?.close()
    await server?.close()
  }
}
