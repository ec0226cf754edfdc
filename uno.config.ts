import { defineConfig } from 'unocss'

// Utility classes read the same tokens as styles/tokens.css, so there is one palette.
export default defineConfig({
  shortcuts: {
    // The small uppercase label (kickers, captions, figure labels, who said it): one look in every layout,
    // applied in their scoped styles with `--at-apply: talk-label`.
    'talk-label': 'font-sans uppercase text-mist text-[length:var(--fs-label)] tracking-[var(--tracking-label)]',
  },
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
