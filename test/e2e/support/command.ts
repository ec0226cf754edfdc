/**
 * A command run for a setup, without blocking the worker (so its test timeout can fire): resolves with
 * what it printed, rejects with its exit code. If the worker ends first, the command ends with it.
 * (A command's whole result, exit code and output: speaker/test/command.ts.)
 */
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { ROOT } from '../../../speaker/node/deck/project'

export function output(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] })
  const stop = (): void => {
    child.kill('SIGTERM')
  }
  process.once('exit', stop)
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => out += chunk.toString())
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      process.off('exit', stop)
      if (code === 0)
        resolve(out)
      else
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${out}`))
    })
  })
}
