import { defineConfig } from 'vite'
import { checkData } from './scripts/vite-check-data'
import { filmQr } from './scripts/vite-film-qr'
import { rehearsals } from './scripts/vite-rehearsals'
import { shipPdf } from './scripts/vite-ship-pdf'

// Slidev merges this with its own Vite config.
export default defineConfig({
  plugins: [checkData(), filmQr(), shipPdf(), rehearsals()],
})
