/**
 * The hosted deck offline, light enough for a room of phones on one Wi-Fi: where the build leaves the
 * notes out (`speaker build`) and the headmatter does not say `offline: false`, a service worker
 * (worker/sw.ts, registered by setup/main.ts) keeps the deck's assets once the first slide is in, without
 * downloading again what the page has loaded, and other files (the PDF) only once asked for.
 * Slidev's own `pwa` option precaches every file of the build (the PDF, every font subset, its logo) on
 * every first visit and downloads again what the page has just loaded; its Workbox settings are not open
 * to a deck, so a deck sets one or the other.
 */
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VitePWA } from 'vite-plugin-pwa'
import { speakerPalette } from '../node/deck/palette'

type Deck = Pick<ResolvedSlidevOptions, 'data' | 'mode' | 'withoutNotes' | 'userRoot'>

export function offlineOn({ data, mode, withoutNotes }: Deck): boolean {
  return mode === 'build' && !!withoutNotes && data.headmatter.offline !== false
}

export function offline(deck: Deck): Plugin[] {
  const on = offlineOn(deck)
  const define: Plugin = { name: 'speaker:offline', config: () => ({ define: { __DECK_OFFLINE__: JSON.stringify(on) } }) }
  if (!on)
    return [define]
  const { config } = deck.data
  if (config.pwa)
    throw new Error('headmatter: the kit\'s service worker and Slidev\'s `pwa` would both take the page; drop `pwa`, or set `offline: false`')
  const { background } = speakerPalette(join(deck.userRoot, 'styles'))
  return [define, ...VitePWA({
    strategies: 'injectManifest',
    srcDir: fileURLToPath(new URL('../worker', import.meta.url)),
    filename: 'sw.ts',
    // The worker's list of what the deck shows (it keeps them without downloading twice, so not Workbox's
    // precache): the hashed JS, CSS, fonts and images, the favicon; not Slidev's logo (seen only in its
    // info dialog), the PDF or the social image.
    injectManifest: { globPatterns: ['assets/**/*.{js,css,woff2,svg,png,jpg,jpeg,webp,avif}', '*.{svg,ico}'], globIgnores: ['assets/logo-*.png'] },
    // setup/main.ts registers it.
    injectRegister: false,
    includeManifestIcons: false,
    manifest: {
      name: config.title,
      short_name: config.title,
      display: 'fullscreen',
      theme_color: background,
      background_color: background,
    },
  })]
}
