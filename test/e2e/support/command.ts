/**
 * A command run for a setup, without blocking the worker (so its test timeout can fire): resolves with
 * what it printed, rejects with its exit code. If the worker ends first, the command ends with it.
 */
import type { Buffer } from 'node:buffer'
import type { SpawnOptions } from 'node:child_process'
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

export interface Ran { status: number | null, stdout: string, stderr: string }

/**
 * A command run to its end without blocking the worker, its output captured; `hang` ms is only a bound
 * for a command that hangs (it is then stopped), never a budget for how long it should take.
 */
export function run(command: string, args: string[], options: SpawnOptions & { hang?: number } = {}): Promise<Ran> {
  const { hang = 300_000, ...spawnOptions } = options
  const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'], timeout: hang })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => stdout += chunk.toString())
  child.stderr!.on('data', (chunk: Buffer) => stderr += chunk.toString())
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', status => resolve({ status, stdout, stderr }))
  })
}
