/**
 * Extra routes, ahead of Slidev's catch-all slide routes (so their names are not read as slide numbers).
 * /handout (the handout export) and /phone (the speaker's remote) exist only where the notes do, never in
 * the hosted deck; /read only where vite/read.ts builds it.
 */
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { PHONE_PATH } from '../lib/remote'

export default defineRoutesSetup((routes: RouteRecordRaw[]) => {
  const extra: RouteRecordRaw[] = []
  if (__SLIDEV_HAS_SERVER__ || __SLIDEV_FEATURE_PRESENTER__) {
    extra.push(
      { name: 'handout', path: '/handout', component: () => import('../pages/handout/HandoutPage.vue') },
      { name: 'phone', path: PHONE_PATH, component: () => import('../pages/phone/PhoneRemote.vue') },
    )
  }
  if (__DECK_READ__)
    extra.push({ name: 'read', path: '/read', component: () => import('../pages/read/ReadPage.vue') })
  return [...extra, ...routes]
})
