/**
 * Extra routes, ahead of Slidev's catch-all slide routes (so their names are not read as slide numbers):
 * - /handout renders every slide with its speaker notes for `npm run export:handout`, and /phone is the
 *   speaker's phone remote (`npm run present -- --remote`). They exist only where notes exist (dev and
 *   export servers, the local presenter build), never in the hosted deck, which is built without notes
 *   and without the presenter.
 * - /read is the talk as an article, for readers (components/read/). In the hosted deck it exists only
 *   when the headmatter says `readView: true` (scripts/vite-read.ts); otherwise it and its words are not
 *   in the build at all. Where the notes are, it always is (for `npm run export:read`).
 */
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { PHONE_PATH } from '../lib/remote'

export default defineRoutesSetup((routes: RouteRecordRaw[]) => {
  const extra: RouteRecordRaw[] = []
  if (__SLIDEV_HAS_SERVER__ || __SLIDEV_FEATURE_PRESENTER__) {
    extra.push(
      { name: 'handout', path: '/handout', component: () => import('../components/handout/HandoutPage.vue') },
      { name: 'phone', path: PHONE_PATH, component: () => import('../components/remote/PhoneRemote.vue') },
    )
  }
  if (__DECK_READ__)
    extra.push({ name: 'read', path: '/read', component: () => import('../components/read/ReadPage.vue') })
  return [...extra, ...routes]
})
