import { availableParallelism } from 'node:os'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { qrCodes } from './data/vite-qr.ts'

export default defineConfig({
  plugins: [vue(), qrCodes()],
  test: {
    include: ['test/unit/**/*.test.ts', 'speaker/test/**/*.test.ts'],
    globalSetup: ['test/unit/setup/data.ts'],
    environment: 'happy-dom',
    // The fault tests spend most of their time waiting on the scripts they start: run two files at once
    // even on a 2-core machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
})
