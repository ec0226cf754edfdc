import { defineConfig } from 'vite'
import { checkData } from './data/vite-check.ts'
import { qrCodes } from './data/vite-qr.ts'
import { fontSubset } from './styles/font-subset.ts'

// The talk's own plugins (Slidev merges this with its config; the speaker kit registers its own).
export default defineConfig({
  plugins: [checkData(), qrCodes(), fontSubset()],
})
