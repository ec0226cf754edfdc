/**
 * Keeps the screen awake on stage, in every engine. Slidev's own request (its `wakeLock` setting, turned off
 * by setup/preparser.ts) is made at load and not caught: WebKit refuses it without a user gesture, an unhandled
 * NotAllowedError. Here a refused request is made again on the next key press or click, and again when
 * the page is shown after being hidden (the browser releases the lock then).
 */
export function useStageWakeLock(target: Pick<Window, 'addEventListener' | 'document' | 'navigator'> = window): void {
  const wakeLock = target.navigator.wakeLock
  if (!wakeLock)
    return
  let sentinel: WakeLockSentinel | undefined
  async function request(): Promise<void> {
    if ((sentinel && !sentinel.released) || target.document.visibilityState !== 'visible')
      return
    try {
      sentinel = await wakeLock.request('screen')
    }
    catch {
      // Refused until a gesture (WebKit) or by a policy: ask again on the first key or click.
      for (const type of ['keydown', 'pointerdown'] as const)
        target.addEventListener(type, retry, { once: true, capture: true })
    }
  }
  function retry(): void {
    void request()
  }
  target.document.addEventListener('visibilitychange', retry)
  retry()
}
