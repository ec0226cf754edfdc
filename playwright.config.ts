import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { hostedBase } from './speaker/node/deck/public-url'
import { chromiumArgs, resolveChromium } from './speaker/node/pdf/chromium'
import { freePort } from './test/e2e/support/free-port'

// Picked once, in the runner: the workers inherit it through the environment.
process.env.PREVIEW_PORT ??= String(await freePort())
const port = Number(process.env.PREVIEW_PORT)
const chromium = await resolveChromium()

const WALK = /checks-walk\.spec\.ts/
// What reads the walk's stops: back with motion on and axe, once it is done.
const WALKED = /checks-walk-back\.spec\.ts/
const BUILT = /(?:share-base|share-read|share-present|present-rehearsal)\.spec\.ts/
// The phone walks the presenter build through the stops of the walk.
const PHONE = /present-remote\.spec\.ts/
const AFTER_WALK = /(?:talk|share-pdf)\.spec\.ts/
const PDF = /checks-pdf\.spec\.ts/

// Runs against the production build in dist/ (npm run build first), served as a host would serve it.
// Three workers on two cores: the browser checks wait on frames and the setups on their child processes,
// and npm test runs the unit tests beside them. Measured on a quiet 2-core machine: two leave the cores
// idle at the end of each phase, four spend more on switching between them (npm test 379, 352, 370 s).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 3,
  retries: 0,
  timeout: 120_000,
  // A whole run on a loaded machine takes up to 15 minutes; past 30 something hangs: stop and say so.
  globalTimeout: 30 * 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${hostedBase()}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: chromium.path, args: chromiumArgs() },
    screenshot: 'only-on-failure',
  },
  // Playwright runs these in two phases: every project without dependencies, then every project that has
  // some. Within a phase, workers take projects in this order: the longest first, so none is left alone at the end.
  projects: [
    // The speaker kit on a second deck of its own, in a throwaway copy.
    { name: 'kit', testDir: 'speaker/test', testMatch: /second-deck\.spec\.ts/ },
    // The deck walked click by click; its walk is kept for the talk's checks and share-pdf.
    { name: 'walk', testMatch: WALK },
    // The other builds and the other three PDFs, one after another beside the walk, then the specs that test them.
    { name: 'builds', testMatch: /builds\.setup\.ts/ },
    // Every other spec needs only dist/.
    { name: 'dist', testIgnore: [WALK, WALKED, BUILT, AFTER_WALK, PDF, PHONE] },
    { name: 'walked', testMatch: WALKED, dependencies: ['walk'] },
    { name: 'phone', testMatch: PHONE, dependencies: ['walk', 'builds'] },
    { name: 'built', testMatch: BUILT, dependencies: ['builds'] },
    { name: 'talk', testMatch: AFTER_WALK, dependencies: ['walk', 'builds'] },
    { name: 'pdf', testMatch: PDF, dependencies: ['builds'] },
  ],
  webServer: {
    // Node itself, not the tsx CLI, so Playwright's stop signal reaches the server.
    command: 'node --import tsx speaker/node/cli.ts preview',
    url: `http://127.0.0.1:${port}${hostedBase()}`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
