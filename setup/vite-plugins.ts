/** Vite plugins that need the deck as Slidev parsed it (the ones that need only settings are in vite.config.ts). */
import { defineVitePluginsSetup } from '@slidev/types'
import { readView } from '../scripts/vite-read'

export default defineVitePluginsSetup(options => [readView(options)])
