import { defineConfig } from 'vite'
import { filmQr } from './scripts/vite-film-qr'
import { rehearsals } from './scripts/vite-rehearsals'

// Slidev merges this with its own Vite config.
export default defineConfig({
  plugins: [filmQr(), rehearsals()],
})
