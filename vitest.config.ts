import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { qrCodes } from './scripts/vite-qr'

export default defineConfig({
  plugins: [vue(), qrCodes()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    globalSetup: ['test/unit/setup/data.ts'],
    environment: 'happy-dom',
  },
})
