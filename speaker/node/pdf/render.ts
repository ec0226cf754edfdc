/**
 * Renders the deck in the resolver's Chromium from Slidev's own server in export mode (the server
 * `slidev export` uses), with one difference that matters: any page error, console error, Vue warning
 * or failed request on the way is collected, and the render fails with it instead of printing a
 * broken slide into a PDF. It fails as soon as one is seen, naming the slide and its source file.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { ViteDevServer } from 'vite'
import { createServer as createNetServer } from 'node:net'
import { relative } from 'node:path'
import process from 'node:process'
import { stripVTControlCharacters as stripAnsi } from 'node:util'
import { SLIDEV_CLASS } from '../../lib/slidev-dom'
import { ENTRY, ROOT } from '../deck/project'
import { onInterrupt } from '../process/lifecycle'
import { launchChromium } from './chromium'

interface Problem {
  /** One line: "page error: …", "HTTP 500 for …", "console warning: [Vue warn]: …". */
  text: string
  /** The slide it came from, when the message or address names one. */
  slide?: number
}

// Slidev names a slide in a Vue warning's component trace, and in its modules' addresses.
const SLIDE_NAMED = new RegExp(`${SLIDEV_CLASS.page}-(\\d+)\\b|__slidev_(\\d+)\\.md|/@slidev/slides/(\\d+)\\b`)

function slideNamedIn(text: string): number | undefined {
  const match = SLIDE_NAMED.exec(text)
  return match ? Number(match[1] ?? match[2] ?? match[3]) : undefined
}

// The most telling problem leads the message: a Vue warning often only announces the page error after it.
const LEADS = [/^(?:page|server) error/, /^HTTP/, /^console error/]
function rank({ text }: Problem): number {
  const lead = LEADS.findIndex(kind => kind.test(text))
  return lead < 0 ? LEADS.length : lead
}

function renderError(what: string, problems: readonly Problem[], where: (slide: number) => string, unrendered: readonly number[] = []): Error {
  // The first slide to report a problem, and its most telling problem (or one that names no slide).
  const slide = problems.find(p => p.slide)?.slide ?? unrendered[0]
  const first = problems
    .filter(p => !p.slide || p.slide === slide)
    .reduce((best, p) => rank(p) < rank(best) ? p : best)
  const rest = problems.length > 1 ? `\n  - ${problems.map(p => p.text).join('\n  - ')}` : ''
  return new Error(`${what}: ${slide ? `slide ${where(slide)}: ` : ''}${first.text}${rest}`)
}

/** A free loopback port, asked of the OS. */
function freePort(): Promise<number> {
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
  canvas: { width: number, height: number }
  /** The deck's colour scheme (headmatter `colorSchema`; `auto` prints light, as Slidev's own export does). */
  colorScheme: 'light' | 'dark'
  /**
   * Opens a fresh page that records problems; `check` throws if any were seen.
   * `settle` waits until every slide on the page has loaded its component (not Slidev's loading
   * placeholder), and throws as soon as a problem is seen.
   */
  open: (path: string, viewport: { width: number, height: number }) => Promise<{ page: Page, check: (what: string) => void, settle: (count: number, what: string) => Promise<void> }>
}

/**
 * How long a page may take to load its slides before the render gives up: a bound for a hang, not a
 * budget. A busy laptop's dev server compiles the deck on the first request and can take minutes; a
 * broken slide fails at once with its own message.
 */
const LOAD_LIMIT_MS = 600_000

/** Starts the export server and Chromium, runs `work`, and always stops both (on SIGINT/SIGTERM too). */
export async function withRenderer<T>(work: (renderer: Renderer) => Promise<T>): Promise<T> {
  // Loaded here, not on import: a command whose settings or checks fail says so in a second, without loading Slidev.
  const [{ createServer, resolveOptions }, { createLogger }] = await Promise.all([import('@slidev/cli'), import('vite')])
  const options = await resolveOptions({ entry: ENTRY }, 'export')
  const where = (no: number): string => {
    const source = options.data.slides[no - 1]?.source
    return source ? `${no} (${relative(ROOT, source.filepath)}:${source.start + 1})` : String(no)
  }
  const port = await freePort()
  let server: ViteDevServer | undefined
  let browser: Browser | undefined
  const reporters = new Set<(text: string) => void>()
  const forget = onInterrupt(() => server?.close())
  try {
    const sigterm = new Set(process.listeners('SIGTERM'))
    // The server's errors (a slide importing a missing file) belong to the pages open at the time.
    const customLogger = createLogger('warn')
    const logError = customLogger.error
    customLogger.error = (message, logOptions) => {
      for (const report of reporters)
        report(`server error: ${stripAnsi(message).replace(/^(?:.*?\[vite\] )?(?:\(\w+\) )?(?:Pre-transform error: |Internal server error: )?/, '')}`)
      logError(message, logOptions)
    }
    server = await createServer(options, { server: { port, host: '127.0.0.1', strictPort: true }, clearScreen: false, customLogger })
    // Vite exits the process on SIGTERM as soon as its server is closed, before the browser and the
    // scratch folders are cleaned up: leave SIGTERM to process/lifecycle.ts, which closes this server too.
    for (const listener of process.listeners('SIGTERM').filter(l => !sigterm.has(l)))
      process.off('SIGTERM', listener)
    await server.listen(port)
    browser = await launchChromium()
    const url = `http://127.0.0.1:${port}/`
    const { canvasWidth, aspectRatio } = options.data.config
    const canvas = { width: canvasWidth, height: Math.round(canvasWidth / aspectRatio) }
    const colorScheme = options.data.config.colorSchema === 'dark' ? 'dark' : 'light'
    const live = browser
    const draft = process.env.DECK_EXPORT_DRAFT === '1'
    return await work({
      canvas,
      colorScheme,
      async open(path, viewport) {
        const context = await live.newContext({ viewport, deviceScaleFactor: 2, colorScheme })
        const page = await context.newPage()
        const problems: Problem[] = []
        const report = (text: string, named = text): void => {
          problems.push({ text: text.split('\n')[0]!.trim(), slide: slideNamedIn(named) })
        }
        reporters.add(report)
        context.on('close', () => reporters.delete(report))
        page.on('pageerror', error => report(`page error: ${error.message}`, error.stack))
        page.on('console', (message) => {
          if (message.type() === 'error' || (message.type() === 'warning' && message.text().startsWith('[Vue warn]')))
            report(`console ${message.type()}: ${message.text()}`)
        })
        page.on('response', (response) => {
          if (response.status() >= 400)
            report(`HTTP ${response.status()} for ${response.url()}`)
        })
        await page.goto(new URL(path, url).href, { waitUntil: 'networkidle', timeout: LOAD_LIMIT_MS })
        await page.evaluate(() => document.fonts.ready)
        return {
          page,
          async settle(count, what) {
            for (const started = Date.now(); ;) {
              // Slides that have not mounted their layout yet, or still show Slidev's loading placeholder.
              const waiting = await page.evaluate(({ expected, css }) => {
                const slides = [...document.querySelectorAll(`.${css.page}`)]
                const pending = slides
                  .filter(slide => !slide.querySelector(`.${css.layout}`) || slide.querySelector(`.${css.slideLoading}`))
                  .map(slide => Number(new RegExp(`${css.page}-(\\d+)`).exec(slide.className)?.[1]))
                return slides.length < expected ? [0, ...pending] : pending
              }, { expected: count, css: SLIDEV_CLASS })
              if (problems.length > 0 && !draft) {
                // A broken slide never finishes loading: say so now, once its related messages are in.
                await page.waitForTimeout(300)
                throw renderError(what, problems, where, waiting.filter(Boolean))
              }
              const broken = new Set(problems.map(p => p.slide))
              if (waiting.every(no => no > 0 && broken.has(no)))
                break
              if (Date.now() - started > LOAD_LIMIT_MS)
                throw new Error(`${what}: slides ${waiting.filter(Boolean).map(where).join(', ')} did not finish loading within ${LOAD_LIMIT_MS / 60_000} minutes`)
              await page.waitForTimeout(250)
            }
            await page.evaluate(() => document.fonts.ready)
          },
          check(what) {
            if (problems.length === 0)
              return
            // A draft export (DECK_EXPORT_DRAFT=1) still shows what is wrong, but keeps going.
            if (draft)
              console.warn(`${what}: drafting past ${problems.length} problem(s):\n  - ${problems.map(p => p.text).join('\n  - ')}`)
            else
              throw renderError(what, problems, where)
            problems.length = 0
          },
        }
      },
    })
  }
  finally {
    forget()
    await browser?.close()
    await server?.close()
  }
}
