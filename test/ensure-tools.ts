/**
 * Runs before the browser tests. They need a Chromium (found by ./chromium), poppler's
 * pdfinfo/pdftotext/pdffonts to read the exported PDFs, and zbar's zbarimg to read the closing's QR
 * codes back from a screenshot. On a Debian machine where we are root
 * and one is missing, install Debian's package and say so, so that `npm test` alone passes.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import process from 'node:process'
import { ChromiumNotFoundError, resolveChromium } from '../speaker/node/pdf/chromium'
import { runMain } from '../speaker/node/process/lifecycle'

const canApt = process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')
let aptUpdated = false

function aptInstall(pkg: string, why: string): void {
  console.log(`${why}: installing Debian's ${pkg} package (apt-get install ${pkg})...`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    aptUpdated = true
  }
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env })
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some(dir => existsSync(`${dir}/${command}`))
}

async function ensureChromium(): Promise<void> {
  try {
    const found = await resolveChromium()
    console.log(`Chromium: ${found.path} (from ${found.from})`)
    return
  }
  catch (error) {
    if (!(error instanceof ChromiumNotFoundError) || !canApt)
      throw error
  }
  aptInstall('chromium-headless-shell', 'No Chromium found')
  console.log(`Chromium installed: ${(await resolveChromium()).path}`)
}

/** The commands on PATH, else Debian's package that has them, else a way to get them. */
function ensureCommands(commands: string[], pkg: string, why: string, manual: string): void {
  if (commands.every(onPath))
    return
  if (!canApt)
    throw new Error(manual)
  aptInstall(pkg, why)
}

runMain('Test tools', async () => {
  await ensureChromium()
  ensureCommands(['pdfinfo', 'pdftotext', 'pdffonts'], 'poppler-utils', 'No pdfinfo/pdftotext found', 'The PDF checks need poppler\'s pdfinfo, pdftotext and pdffonts: install poppler-utils (Debian/Ubuntu) or poppler (Homebrew).')
  ensureCommands(['zbarimg'], 'zbar-tools', 'No zbarimg found', 'The QR code checks need zbarimg: install zbar-tools (Debian/Ubuntu) or zbar (Homebrew).')
})
