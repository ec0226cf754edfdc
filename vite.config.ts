import { defineConfig } from 'vite'
import { checkData } from './scripts/vite-check-data.ts'
import { qrCodes } from './scripts/vite-qr.ts'
import { rehearsals } from './scripts/vite-rehearsals.ts'
import { shipPdf } from './scripts/vite-ship-pdf.ts'

// Slidev merges this with its own Vite config.
export default defineConfig({
  plugins: [checkData(), qrCodes(), shipPdf(), rehearsals()],
})
