import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // slides.md is Slidev markdown, not prose markdown: its own syntax (frontmatter blocks, v-click) trips the markdown rules.
  markdown: false,
  ignores: ['dist/**', 'dist-*/**', 'exports/**', 'test-results/**', 'playwright-report/**', '.slidev/**', 'bench/results/**'],
})
