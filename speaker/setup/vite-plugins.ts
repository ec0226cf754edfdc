/** Every Vite plugin of the kit, registered here and only here (Slidev loads this from each addon). */
import { defineVitePluginsSetup } from '@slidev/types'
import { lazyHighlighter } from '../vite/lazy-highlighter'
import { offline } from '../vite/offline'
import { quietBuild } from '../vite/quiet-build'
import { readView } from '../vite/read'
import { rehearsals } from '../vite/rehearsals'
import { shipPdf } from '../vite/ship-pdf'

export default defineVitePluginsSetup(options => [
  readView(options),
  shipPdf(),
  rehearsals(),
  ...offline(options),
  lazyHighlighter(),
  quietBuild(),
])
