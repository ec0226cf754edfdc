/**
 * Extra routes. /handout renders every slide with its speaker notes for `npm run export:handout`.
 * It exists only where notes exist (dev and export servers, the local presenter build), never in
 * the hosted deck, which is built without notes and without the presenter.
 */
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup((routes: RouteRecordRaw[]) => {
  if (!__SLIDEV_HAS_SERVER__ && !__SLIDEV_FEATURE_PRESENTER__)
    return routes
  // Before Slidev's catch-all routes, so /handout is not read as a slide number.
  return [
    { name: 'handout', path: '/handout', component: () => import('../components/handout/HandoutPage.vue') },
    ...routes,
  ]
})
