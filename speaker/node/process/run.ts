/** Runs a command from the project root with inherited output; rejects with its exit code. */
import { spawn } from 'node:child_process'
import process from 'node:process'
import { ROOT } from '../deck/project'
import { onInterrupt } from './lifecycle'

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env })
    // An interrupted script stops its child before removing the folder the child writes into.
    const forget = onInterrupt(() => new Promise((done) => {
      child.once('exit', done)
      child.kill('SIGTERM')
    }))
    child.on('error', (error) => {
      forget()
      reject(error)
    })
    child.on('exit', (code) => {
      forget()
      if (code === 0)
        resolve()
      else
        reject(new Error(`${command} ${args.join(' ')} exited with code ${code}`))
    })
  })
}
