/**
 * The sync channel of `npm run present -- --remote`, for a deck window or the phone. The heartbeat shows
 * a dropped Wi-Fi within seconds; nothing is queued while the link is down, so a tap made offline is not replayed.
 */
import type { Role } from '../lib/remote'
import { useWebSocket } from '@vueuse/core'
import { computed } from 'vue'
import { PING, PONG } from '../lib/remote'

export function useRemoteSocket(path: string, role: Role, onText: (text: string) => void, onOpen?: () => void) {
  const { status, send } = useWebSocket(`${location.origin.replace(/^http/, 'ws')}${path}?role=${role}`, {
    autoReconnect: { retries: -1, delay: 1000 },
    heartbeat: { message: PING, responseMessage: PONG, interval: 2000, pongTimeout: 1500 },
    onConnected: onOpen,
    onMessage: (_, event: MessageEvent) => onText(String(event.data)),
  })
  return {
    connected: computed(() => status.value === 'OPEN'),
    send: (text: string) => send(text, false),
  }
}
