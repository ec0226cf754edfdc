import { defineConfig } from 'unocss'

// Utility classes read the same tokens as styles/tokens.css, so there is one palette.
export default defineConfig({
  theme: {
    colors: {
      ink: 'var(--c-ink)',
      night: 'var(--c-night)',
      slate: 'var(--c-slate)',
      ridge: 'var(--c-ridge)',
      snow: 'var(--c-snow)',
      mist: 'var(--c-mist)',
      dawn: 'var(--c-dawn)',
      amber: 'var(--c-amber)',
    },
  },
})
