/**
 * A command run to its end without blocking the test's worker (so a test timeout can still fire), its output
 * captured; and the one line of it a user reads.
 */
import type { Buffer } from 'node:buffer'
import type { SpawnOptions } from 'node:child_process'
import { spawn } from 'node:child_process'

export interface Ran { status: number | null, stdout: string, stderr: string }

/** `hang` ms is only a bound for a command that hangs (it is then stopped), never a budget for how long it should take. */
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

/** The line of `output` that starts with `prefix` (the one line a user reads). */
export function lineOf(output: string, prefix: string): string | undefined {
  return output.split('\n').find(line => line.startsWith(prefix))
}
