import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, resolveChromium } from './scripts/chromium'
import { hostedBase } from './scripts/public-url'

const port = Number(process.env.PREVIEW_PORT ?? 4319)
const chromium = await resolveChromium()

// Runs against the production build in dist/ (npm run build first), served as a host would serve it.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${hostedBase()}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: chromium.path, args: chromiumArgs() },
    screenshot: 'only-on-failure',
  },
  // The PDF checks read every PDF the other specs export (slides, steps, handout), so they run last.
  projects: [
    { name: 'deck', testIgnore: /checks-pdf\.spec\.ts/ },
    { name: 'pdf', testMatch: /checks-pdf\.spec\.ts/, dependencies: ['deck'] },
  ],
  webServer: {
    command: 'tsx scripts/serve.ts',
    url: `http://127.0.0.1:${port}${hostedBase()}`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
