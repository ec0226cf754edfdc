// Slidev's client ships as TypeScript source; these are the build-time constants its Vite config
// defines and the route/context typings it ships, so vue-tsc can check the kit, and the deck, against it.
// (The paths assume the kit sits in the deck's folder, beside its node_modules.)
/// <reference types="@slidev/types/client" />
/// <reference path="../node_modules/@slidev/client/shim.d.ts" />
/// <reference path="../node_modules/@slidev/client/shim-vue.d.ts" />

declare const __DEV__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
/** Whether the /read route and its words are built: the headmatter's `readView`, or notes present (vite/read.ts). */
declare const __DECK_READ__: boolean
/** Whether this build has the deck's own service worker: the hosted build, unless the headmatter says `offline: false` (vite/offline.ts). */
declare const __DECK_OFFLINE__: boolean

declare module 'virtual:shipped-pdf' {
  const pdf: import('./vite/ship-pdf').ShippedPdf | null
  export default pdf
}

declare module 'virtual:read-text' {
  const slides: import('./vite/read').ReadSlide[] | null
  export default slides
}
