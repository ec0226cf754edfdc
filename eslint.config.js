import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // slides.md is Slidev markdown, not prose markdown: its own syntax (frontmatter blocks, v-click) trips the markdown rules.
  markdown: false,
  ignores: ['dist/**', 'dist-*/**', 'exports/**', 'test-results/**', 'playwright-report/**', '.slidev/**', 'bench/results/**'],
}, {
  // Command-line code talks to its user on the console.
  files: ['speaker/node/**/*.ts', 'test/ensure-tools.ts'],
  rules: { 'no-console': 'off' },
})
