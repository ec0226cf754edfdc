/**
 * `npm run present -- --remote`: the speaker's phone drives the deck through the token-guarded server.
 * Two browser contexts play the two devices (the laptop, and a phone-sized touch screen), on loopback only.
 */
import type { Page } from '@playwright/test'
import type { Buffer } from 'node:buffer'
import type { RemoteServer } from '../../speaker/node/server/remote'
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import process from 'node:process'
import { devices } from '@playwright/test'
import WebSocket from 'ws'
import { QR_PATH, REMOTE_PATH } from '../../speaker/lib/remote'
import { slideSelector, SLIDEV_CLASS } from '../../speaker/lib/slidev-dom'
import { loadDeck } from '../../speaker/node/deck/info'
import { COOKIE, GuessLimit, qrSvg, serveRemote } from '../../speaker/node/server/remote'
import { PRESENT_DIST } from '../../speaker/node/site/slidev-build'
import { expect, guardPage, test } from './fixtures'
import { notePhrases } from './share-support'
import { deckStops, label } from './support/walk'

let remote: RemoteServer
let slides: number

test.beforeAll(async () => {
  test.setTimeout(300_000)
  slides = (await loadDeck()).slides.length
  remote = await serveRemote({ dir: PRESENT_DIST, slides, host: '127.0.0.1' })
})

test.afterAll(async () => {
  await remote?.close()
})

interface Reply { status: number, body: string, location?: string }

/** A request with the path sent exactly as written (no URL normalising), as an attacker would send it. */
function raw(server: RemoteServer, path: string, token?: string): Promise<Reply> {
  const { port } = new URL(server.local('/'))
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: token ? { cookie: `${COOKIE}=${token}` } : {} }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => body += chunk)
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, location: res.headers.location }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** The HTTP status the sync channel answers with: 101 when it opens. */
function channel(server: RemoteServer, headers: Record<string, string>): Promise<number> {
  const origin = new URL(server.local('/')).origin
  return new Promise((resolve) => {
    const socket = new WebSocket(`${origin.replace('http', 'ws')}${REMOTE_PATH}?role=phone`, { headers })
    socket.on('open', () => {
      socket.close()
      resolve(101)
    })
    socket.on('unexpected-response', (_, res) => resolve(res.statusCode ?? 0))
    socket.on('error', () => resolve(0))
  })
}

/** A built script that carries speaker notes: what a stranger on the Wi-Fi would most want. */
async function notesScript(): Promise<string> {
  const phrases = await notePhrases(1)
  const name = readdirSync(join(PRESENT_DIST, 'assets'))
    .find(file => file.endsWith('.js') && phrases.some(p => readFileSync(join(PRESENT_DIST, 'assets', file), 'utf8').includes(p)))
  expect(name, 'a built script with the notes').toBeTruthy()
  return `/assets/${name}`
}

test('without the token nothing answers: 401 for the page, scripts, notes data, QR and sync channel, 403 with a wrong one', async () => {
  // A generous guess limit here: this test makes many wrong requests on purpose (the next one tests the limit).
  const server = await serveRemote({ dir: PRESENT_DIST, slides, host: '127.0.0.1', limit: new GuessLimit(100) })
  try {
    const phrases = await notePhrases(3)
    const paths = ['/', '/1', '/phone', '/presenter/1', '/index.html', await notesScript(), '/favicon.svg', QR_PATH]
    for (const path of paths) {
      const none = await raw(server, path)
      expect(none.status, `${path} without a token`).toBe(401)
      for (const phrase of phrases)
        expect(none.body).not.toContain(phrase)
      expect((await raw(server, path, 'not-the-token')).status, `${path} with a wrong token`).toBe(403)
      expect((await raw(server, `${path}?token=not-the-token`)).status, `${path}?token= wrong`).toBe(403)
      expect((await raw(server, path, server.token)).status, `${path} with the token`).toBe(200)
    }
    const { origin, host } = new URL(server.local('/'))
    expect(await channel(server, { origin }), 'sync channel without a token').toBe(401)
    expect(await channel(server, { origin, cookie: `${COOKIE}=wrong` }), 'sync channel, wrong token').toBe(403)
    expect(await channel(server, { origin: 'http://evil.example', cookie: `${COOKIE}=${server.token}` }), 'sync channel from another site').toBe(403)
    expect(await channel(server, { origin: `http://${host}`, cookie: `${COOKIE}=${server.token}` }), 'sync channel with the token').toBe(101)

    // The token in the address becomes an HttpOnly same-site cookie, and leaves the address.
    const first = await raw(server, `/phone?token=${server.token}`)
    expect(first.status).toBe(303)
    expect(first.location).toBe('/phone')
    expect((await raw(server, `//elsewhere.example/?token=${server.token}`)).location, 'never a redirect off this server').toBe('/elsewhere.example/')
  }
  finally {
    await server.close()
  }
})

test('guessing is bounded: past the limit even the right token gets 429; every start has a new token', async () => {
  const server = await serveRemote({ dir: PRESENT_DIST, slides, host: '127.0.0.1', limit: new GuessLimit(5, 60_000) })
  try {
    for (let guess = 0; guess < 5; guess++)
      expect((await raw(server, `/?token=guess${guess}`)).status).toBe(403)
    expect((await raw(server, '/', server.token)).status, 'the right token, after five wrong ones').toBe(429)
    expect(await channel(server, { cookie: `${COOKIE}=${server.token}` })).toBe(429)
    expect(server.token).not.toBe(remote.token)
    expect((await raw(remote, '/', server.token)).status, 'another start\'s token').toBe(403)
    expect(server.token).toMatch(/^[\w-]{22}$/)
  }
  finally {
    await server.close()
  }
})

test('nothing outside the build is reachable, even with the token', async () => {
  const outside = ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/assets/../../package.json', '/scripts/remote.ts', '/node_modules/ws/package.json', '/.git/HEAD', '//etc/passwd', '/slides.md', '/%2e%2e%2fslides.md']
  for (const path of outside) {
    const reply = await raw(remote, path, remote.token)
    // A file that is not in the build is a 404; an address without an extension is a route of the deck's page.
    expect(reply.status === 404 || reply.body.includes('name="deck-remote"'), `${path}: ${reply.status}`).toBe(true)
    expect(reply.body, path).not.toMatch(/become-first-then-win"|ref: refs\/|root:x:|serveRemote|exportFilename:/)
  }
})

const phoneDevice = devices['Pixel 7']!

async function openDevices(browser: import('@playwright/test').Browser) {
  // The laptop asks for reduced motion: these tests are about what the phone sends and hears, and the fades
  // played out at every stop were a third of their work. The deck's motion is walked in checks-walk*.spec.ts.
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
  const { defaultBrowserType: _, ...phoneSize } = phoneDevice
  const phone = await browser.newContext(phoneSize)
  const audience = await laptop.newPage()
  const handset = await phone.newPage()
  const origin = new URL(remote.local('/')).origin
  const guards = [guardPage(audience, origin), guardPage(handset, origin)]
  await audience.goto(remote.local('/1'))
  await expect(audience.locator(slideSelector(1))).toBeVisible()
  await handset.goto(remote.phone)
  await expect(handset).toHaveURL(/\/phone$/)
  await expect(handset.getByTestId('phone-link')).toHaveText('live')
  return { laptop, phone, audience, handset, guards }
}

/** Where the audience window is: /12?clicks=3. */
function place(page: Page): string {
  const url = new URL(page.url())
  return `${url.pathname}?clicks=${url.searchParams.get('clicks') ?? 0}`
}

/** Waits until the phone has heard that the deck is at `stop` (/12?clicks=3), its click too. */
async function phoneAt(handset: Page, stop: string): Promise<void> {
  const [, page, clicks] = /^\/(\d+)\?clicks=(\d+)$/.exec(stop)!
  await expect(handset.getByTestId('phone'), `the phone knows the talk is at ${stop}`).toHaveAttribute('data-frame', `${page}/${clicks}`)
}

/** Taps a phone button once the phone knows where the audience window is, and returns where that was. */
async function tap(handset: Page, audience: Page, button: 'phone-next-button' | 'phone-prev'): Promise<string> {
  const from = place(audience)
  // A tap before the phone has heard of the last click would ask for a step from where the deck no longer is.
  await phoneAt(handset, from)
  await handset.getByTestId(button).click()
  return from
}

test('the phone drives the audience window through the whole talk, every click, its notes in hand', async ({ browser }) => {
  test.setTimeout(300_000)
  const { laptop, phone, audience, handset, guards } = await openDevices(browser)
  const deck = await loadDeck()
  const total = deck.slides.length
  const opening = (note: string | undefined): string | undefined => (note ?? '')
    .replace(/<[^>]*>|\[[^\]]*\]/g, ' ')
    .split(/\n\s*\n/)
    .map(paragraph => paragraph.replace(/\s+/g, ' ').trim())
    .find(paragraph => /^[\w ,.']{12,}$/.test(paragraph))
    ?.split(' ')
    .slice(0, 4)
    .join(' ')

  // The same stops as the laptop's keyboard makes (checks-walk's walk): every click, none skipped.
  const stops = (await deckStops(audience)).map(label)
  if (place(audience) !== stops[0]) {
    await audience.goto(new URL('/1', audience.url()).href)
    await expect(audience).toHaveURL(/\/1$/)
  }
  // Each step waits for the slide's layout to be mounted, as a speaker would: sooner, Slidev (phone or
  // keyboard alike) does not yet know the slide's clicks and goes straight to the next slide.
  const onScreen = (no: number) => audience.locator(`${slideSelector(no)} .${SLIDEV_CLASS.layout}`).first().waitFor()
  for (const to of stops.slice(1)) {
    const slide = Number(/\d+/.exec(place(audience))![0])
    await onScreen(slide)
    const words = opening(deck.slides[slide - 1]?.note)
    if (words)
      await expect(handset.getByTestId('phone-notes'), `notes of slide ${slide} on the phone`).toContainText(words)
    const from = await tap(handset, audience, 'phone-next-button')
    // Generous: a step is timed by `npm run bench`; here it only has to land, on the right slide and click.
    await expect.poll(() => place(audience), { message: `the phone's step from ${from}`, timeout: 30_000 }).toBe(to)
  }
  await expect(handset.getByTestId('phone-slide'), 'the phone reached the last slide').toHaveText(`${total} / ${total}`)

  // Back from the phone, and the laptop's own keyboard still works with the phone following it.
  const before = await tap(handset, audience, 'phone-prev')
  await expect.poll(() => place(audience)).toBe(stops.at(-2))
  expect(before).toBe(stops.at(-1))
  // The stops a key and then a swipe should land on, from the top of slide 3.
  const [, byKey, bySwipe] = stops.slice(stops.indexOf('/3?clicks=0'))
  await audience.goto(remote.local('/3').replace(/\?.*/, ''))
  await phoneAt(handset, '/3?clicks=0')
  // As a speaker does, wait for the slide: a key pressed before it has mounted meets clicks Slidev has not counted yet.
  await onScreen(3)
  await audience.keyboard.press('ArrowRight')
  await expect.poll(() => place(audience)).toBe(byKey)
  await phoneAt(handset, byKey!)

  // A swipe to the left on the phone is "next".
  await handset.getByTestId('phone-current').evaluate((target) => {
    const touch = (x: number) => [new Touch({ identifier: 1, target, clientX: x, clientY: 300 })]
    target.dispatchEvent(new TouchEvent('touchstart', { touches: touch(320), changedTouches: touch(320), bubbles: true }))
    target.dispatchEvent(new TouchEvent('touchmove', { touches: touch(120), changedTouches: touch(120), bubbles: true }))
    target.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: touch(120), bubbles: true }))
  })
  await expect.poll(() => place(audience)).toBe(bySwipe)

  await handset.screenshot({ path: test.info().outputPath('phone.png') })
  for (const guard of guards) {
    expect(guard.foreignRequests).toEqual([])
    expect(guard.consoleProblems).toEqual([])
  }
  await laptop.close()
  await phone.close()
})

test('the phone shows when the audience screen is black, blacks it and brings it back; its Next only wakes the screen', async ({ browser }) => {
  const { laptop, phone, audience, handset, guards } = await openDevices(browser)
  const presenter = await laptop.newPage()
  guards.push(guardPage(presenter, new URL(remote.local('/')).origin))
  await presenter.goto(remote.local('/presenter/1'))
  const black = audience.getByTestId('blackout')
  const note = presenter.getByTestId('blackout-note')
  const onPhone = handset.getByTestId('phone-black')
  const button = handset.getByTestId('phone-blackout')
  await expect(button).toHaveText('Black')

  // The clicker's B on the laptop: the phone says so.
  await audience.keyboard.press('b')
  await expect(black).toBeVisible()
  await expect(onPhone).toBeVisible()
  await expect(button).toHaveText('Show slide')
  await handset.screenshot({ path: test.info().outputPath('phone-black.png') })

  // The phone brings it back, on the same slide, in every window of the laptop.
  await button.click()
  await expect(black).toBeHidden()
  await expect(note).toBeHidden()
  await expect(onPhone).toBeHidden()
  expect(place(audience)).toBe('/1?clicks=0')

  // The phone blacks it: the presenter view says so too.
  await button.click()
  await expect(black).toBeVisible()
  await expect(note).toBeVisible()
  await expect(onPhone).toBeVisible()
  await presenter.screenshot({ path: test.info().outputPath('presenter-black.png') })

  // Next on the phone, as a clicker's forward key, wakes the screen and does not move; the next one moves.
  await handset.getByTestId('phone-next-button').click()
  await expect(black).toBeHidden()
  await expect(onPhone).toBeHidden()
  expect(place(audience)).toBe('/1?clicks=0')
  await audience.locator(`${slideSelector(1)} .${SLIDEV_CLASS.layout}`).first().waitFor()
  const from = await tap(handset, audience, 'phone-next-button')
  await expect.poll(() => place(audience), { timeout: 30_000 }).not.toBe(from)
  await expect(black).toBeHidden()
  for (const guard of guards)
    expect(guard.consoleProblems).toEqual([])
  await laptop.close()
  await phone.close()
})

test('when the phone loses the network the laptop goes on alone, and the phone catches up when it is back', async ({ browser }) => {
  const { laptop, phone, audience, handset } = await openDevices(browser)
  await phone.setOffline(true)
  await expect(handset.getByTestId('phone-link')).toHaveText('reconnecting…', { timeout: 10_000 })
  await expect(handset.getByTestId('phone-next-button')).toBeDisabled()
  await audience.keyboard.press('ArrowRight')
  await audience.keyboard.press('ArrowRight')
  await expect(audience).toHaveURL(/\/3/)
  await phone.setOffline(false)
  await expect(handset.getByTestId('phone-link')).toHaveText('live', { timeout: 10_000 })
  await expect(handset.getByTestId('phone-slide')).toHaveText(/^3 \//)
  await laptop.close()
  await phone.close()
})

test('the presenter view shows the phone\'s QR code, drawn from the Phone: address', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 })
  await page.goto(remote.local('/presenter/1'))
  await page.getByTestId('phone-qr-button').click()
  const image = page.getByTestId('phone-qr').locator('img')
  await expect(image).toBeVisible()
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  expect((await raw(remote, QR_PATH, remote.token)).body).toBe(qrSvg(remote.phone))
  await page.screenshot({ path: test.info().outputPath('presenter-qr.png') })
})

test('`npm run present -- --remote` prints the Phone: line with a token that opens the phone page', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'speaker/node/cli.ts', 'present', '--no-build', '--remote'], {
    env: { ...process.env, PORT: '0', REMOTE_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const found = out.split('\n').find(l => l.startsWith('Phone: '))
        if (found)
          resolve(found)
      })
      child.on('exit', code => reject(new Error(`present exited (${code}): ${out}`)))
    })
    const url = new URL(line.slice('Phone: '.length))
    expect(url.hostname).toBe('127.0.0.1')
    expect(url.pathname).toBe('/phone')
    const first = await fetch(url, { redirect: 'manual' })
    expect(first.status).toBe(303)
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/)
    expect((await fetch(new URL('/phone', url))).status).toBe(401)
  }
  finally {
    if (child.exitCode === null) {
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill()
      await exited
    }
  }
})
