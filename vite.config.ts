import { defineConfig } from 'vite'
import { checkData } from './scripts/vite-check-data'
import { qrCodes } from './scripts/vite-qr'
import { rehearsals } from './scripts/vite-rehearsals'
import { shipPdf } from './scripts/vite-ship-pdf'

// Slidev merges this with its own Vite config.
export default defineConfig({
  plugins: [checkData(), qrCodes(), shipPdf(), rehearsals()],
})
