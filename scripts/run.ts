/** Runs a command from the project root with inherited output; rejects with its exit code. */
import { spawn } from 'node:child_process'
import process from 'node:process'
import { ROOT } from './paths'

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env })
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with code ${code}`)))
  })
}
