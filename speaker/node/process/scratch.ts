/**
 * Scratch folders, so that nothing is ever half-written: work happens in `.partial-<pid>-<label>-*`
 * beside its target and is renamed into place only when complete. A run removes its own as it exits,
 * even when interrupted; a crashed one's are removed by the next run, once their process is gone.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'

const PARTIAL = /^\.partial-(?:(\d+)-)?/

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes the scratch folders in `parent` left by runs that are no longer running; returns their names. */
export function removeStale(parent: string): string[] {
  const stale = readdirSync(parent).filter((name) => {
    const match = PARTIAL.exec(name)
    return match && !(match[1] && alive(Number(match[1])))
  })
  for (const name of stale)
    rmSync(join(parent, name), { recursive: true, force: true })
  return stale
}

/** Runs `work` in a fresh scratch folder in `parent`, removed afterwards whatever happens. */
export async function withScratch<T>(parent: string, label: string, work: (scratch: string) => Promise<T>): Promise<T> {
  mkdirSync(parent, { recursive: true })
  removeStale(parent)
  const scratch = mkdtempSync(join(parent, `.partial-${process.pid}-${label}-`))
  const remove = (): void => rmSync(scratch, { recursive: true, force: true })
  // On whatever exit, not only the interrupt cleanups: a signal can end the process on a path that
  // never reaches them (tsx's own signal relay exits at once when it sees no other listener).
  process.once('exit', remove)
  try {
    return await work(scratch)
  }
  finally {
    process.off('exit', remove)
    remove()
  }
}

/**
 * Makes the folder `target` anew: `produce` fills a folder beside it, which replaces `target` only
 * when `produce` succeeds. A failure leaves the previous `target` as it was, still serving.
 */
export async function replaceDir(target: string, produce: (dir: string) => Promise<void>): Promise<void> {
  await withScratch(dirname(target), basename(target), async (scratch) => {
    const next = join(scratch, 'next')
    await produce(next)
    if (existsSync(target))
      renameSync(target, join(scratch, 'previous'))
    renameSync(next, target)
  })
}
