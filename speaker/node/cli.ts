/**
 * The kit's one command-line entry, run from the deck's folder: `speaker <command> [args]`.
 * Each command is a file of its own in commands/, loaded only when asked for (so `preview` never loads
 * Slidev), and none imports another. How a command starts and stops: process/lifecycle.ts.
 */
import process from 'node:process'
import { runMain } from './process/lifecycle'

interface Command {
  /** What a failure starts with: "Build failed: …". */
  label: string
  run: (args: readonly string[]) => Promise<unknown>
  /** A server, which keeps running once `run` resolves. */
  stays?: boolean
}

const COMMANDS: Record<string, { about: string, load: () => Promise<Command> }> = {
  build: { about: 'the hosted deck in dist/, with its PDF and social image', load: () => import('./commands/build') },
  export: { about: 'the PDFs into exports/: slides (default), steps, handout, read, or all', load: () => import('./commands/export') },
  present: { about: 'the venue build with notes and presenter view, on loopback (--no-build, --remote)', load: () => import('./commands/present') },
  preview: { about: 'serves dist/ as a static host would', load: () => import('./commands/preview') },
  rehearsals: { about: 'the saved rehearsals against the plan, and rehearsals/chart.svg', load: () => import('./commands/rehearsals') },
  bench: { about: 'this deck against a bare Slidev deck (timings, not a test)', load: () => import('./commands/bench') },
}

const [name = '', ...args] = process.argv.slice(2)
const command = COMMANDS[name]
if (!command) {
  const width = Math.max(...Object.keys(COMMANDS).map(key => key.length))
  console.error([
    name ? `Unknown command "${name}".` : 'Which command?',
    'Usage: speaker <command> [args], from the deck\'s folder:',
    ...Object.entries(COMMANDS).map(([key, { about }]) => `  ${key.padEnd(width)}  ${about}`),
  ].join('\n'))
  process.exit(2)
}
const { label, run, stays } = await command.load()
runMain(label, () => run(args), { stay: stays })
