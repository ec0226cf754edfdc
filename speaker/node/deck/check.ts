/**
 * The deck's own checks, run before a command writes anything: the buildStart hook of every plugin in the
 * deck's vite.config.ts (a data check, say), called as Vite would call it at the start of a build. A failing
 * check stops the command with its own message, in a second or two rather than after Slidev has started.
 * (The same plugins run again inside every Slidev server and build, and in `npm run dev`.)
 */
import type { ConfigEnv, Plugin, PluginOption } from 'vite'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './project'

async function flatten(options: PluginOption[] | undefined): Promise<Plugin[]> {
  const plugins: Plugin[] = []
  for (const option of options ?? []) {
    const value = await option
    if (Array.isArray(value))
      plugins.push(...await flatten(value))
    else if (value)
      plugins.push(value as Plugin)
  }
  return plugins
}

export async function checkDeck(env: ConfigEnv = { command: 'build', mode: 'production' }): Promise<void> {
  const file = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs'].map(name => join(ROOT, name)).find(existsSync)
  if (!file)
    return
  // Loaded only when there is a config to check: a command that failed on its settings never loads Vite.
  const { loadConfigFromFile } = await import('vite')
  const loaded = await loadConfigFromFile(env, file, ROOT, 'silent')
  for (const plugin of await flatten(loaded?.config.plugins)) {
    const hook = plugin.buildStart
    const handler = typeof hook === 'function' ? hook : hook?.handler
    // What a check may ask of its context: to fail, or to warn.
    const context = {
      error: (error: unknown) => {
        throw error
      },
      warn: (message: unknown) => console.warn(message),
    }
    await (handler as ((this: unknown, options: unknown) => unknown) | undefined)?.call(context, {})
  }
}
