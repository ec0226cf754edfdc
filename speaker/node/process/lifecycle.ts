/**
 * How every command starts and stops. `runMain('Export', main)` exits 0 when `main` resolves, or
 * prints one line, "Export failed: <why>", and exits 1. On SIGINT or SIGTERM it first runs the
 * cleanups registered with `onInterrupt` (browser, servers, child builds, scratch folders), then
 * exits 130 or 143; a second signal while it cleans up ends the process at once.
 */
import { constants } from 'node:os'
import process from 'node:process'

type Cleanup = () => unknown

const cleanups = new Set<Cleanup>()
let stopping = false

/** Runs `cleanup` if the script is interrupted; call the returned function once it is not needed. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup)
  return () => cleanups.delete(cleanup)
}

async function stop(signal: 'SIGINT' | 'SIGTERM'): Promise<void> {
  stopping = true
  console.error(`\n${signal}: stopping, cleaning up first`)
  // A cleanup that hangs (a browser that will not close) must not keep the process alive.
  await Promise.race([
    Promise.allSettled([...cleanups].map(async cleanup => cleanup())),
    new Promise(resolve => setTimeout(resolve, 10_000).unref()),
  ])
  process.exit(128 + constants.signals[signal])
}

/** `stay`: a server, which keeps running once `main` resolves. */
export function runMain(what: string, main: () => Promise<unknown>, { stay = false } = {}): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void stop(signal))
  main().then(() => {
    if (!stay)
      process.exit(0)
  }, (error: unknown) => {
    if (stopping)
      return // what failed was the work being stopped; `stop` exits once it has cleaned up
    console.error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
