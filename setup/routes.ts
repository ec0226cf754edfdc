/**
 * Extra routes. /handout renders every slide with its speaker notes for `npm run export:handout`;
 * /phone is the speaker's phone remote (`npm run present -- --remote`).
 * It exists only where notes exist (dev and export servers, the local presenter build), never in
 * the hosted deck, which is built without notes and without the presenter.
 */
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { PHONE_PATH } from '../logic/remote'

export default defineRoutesSetup((routes: RouteRecordRaw[]) => {
  if (!__SLIDEV_HAS_SERVER__ && !__SLIDEV_FEATURE_PRESENTER__)
    return routes
  // Before Slidev's catch-all routes, so /handout is not read as a slide number.
  return [
    { name: 'handout', path: '/handout', component: () => import('../components/handout/HandoutPage.vue') },
    { name: 'phone', path: PHONE_PATH, component: () => import('../components/remote/PhoneRemote.vue') },
    ...routes,
  ]
})
