import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { filmQr } from './scripts/vite-film-qr'

export default defineConfig({
  plugins: [vue(), filmQr()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    globalSetup: ['test/unit/setup/data.ts'],
    environment: 'happy-dom',
  },
})
