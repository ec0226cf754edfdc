import type { Page } from '@playwright/test'
/**
 * Sharing the talk, not just the slides (issue 11), on two builds (share-support.ts makes each once):
 * - with the read view on and a public URL (HOSTED: `readView: true`, https://example.org/talks/walmsley/):
 *   /talks/walmsley/read shows the whole talk in Mark's spoken words and nothing of the rehearsal
 *   script, on the built files and in Chromium; slide and read view link both ways; it reads on a phone
 *   and a desktop, passes axe, prints light and works offline; the closing's QR code reads back as the
 *   public URL; every meta tag is clean;
 * - with it off and no public URL: no spoken text anywhere in the build, no /read, no deck QR code
 *   (builds.setup.ts checks that the build says so).
 * Whatever slides.md says, DECK_HEADMATTER pins the setting for each build.
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { ServedDeck } from '../../speaker/node/server/static'
import type { ReadSlide } from '../../speaker/vite/read'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { talk } from '../../data/talk'
import { directions } from '../../speaker/lib/pacing'
import { slideSelector, SLIDEV_CLASS } from '../../speaker/lib/slidev-dom'
import { deckInfo, loadDeck } from '../../speaker/node/deck/info'
import { serveDeck } from '../../speaker/node/server/static'
import { readText } from '../../speaker/vite/read'
import { expect, guardPage, test } from './fixtures'
import { builtText, deckKept, HOSTED, notePhrases, offlineContext, PRIVATE_DIR } from './share-support'
import { axeFindings, axeViolations } from './support/axe'
import { toSlideEnd } from './support/walk'

const { dir: ON, base: BASE, publicUrl: PUBLIC_URL } = HOSTED
const OFF = PRIVATE_DIR

let deck: LoadedSlidevData
let words: ReadSlide[]
let on: ServedDeck | undefined
let off: ServedDeck | undefined

/** What the speaker reads but never says: his [directions] and (record notes), the longer ones (short ones like "[Pause.]" are common words). */
function unspoken(): string[] {
  return deck.slides.flatMap(slide => [
    ...directions(slide.note),
    ...[...(slide.note ?? '').matchAll(/\(([^)]*)\)/g)].map(m => m[1]!),
  ]).map(d => d.trim()).filter(d => d.length >= 24)
}

/** Opens the talk's last slide and clicks to its end, where the P.S. shows the codes; returns its number. */
async function closingEnd(page: Page, url: string): Promise<number> {
  const no = deck.slides.length
  await page.goto(`${url}${no}?clicks=0`)
  // Its layout mounted, so its clicks are known: a key pressed before that finds nothing further to show.
  await page.locator(`${slideSelector(no)} .${SLIDEV_CLASS.layout}`).first().waitFor()
  await toSlideEnd(page)
  return no
}

/** Characters a line holds in the first spoken paragraph: its width over the average width of its letters. */
async function charactersPerLine(page: Page): Promise<number> {
  return page.locator('.said').first().evaluate((p) => {
    const probe = document.createElement('span')
    probe.style.whiteSpace = 'nowrap'
    probe.textContent = p.textContent!.trim()
    p.append(probe)
    const perChar = probe.getBoundingClientRect().width / probe.textContent.length
    probe.remove()
    return p.clientWidth / perChar
  })
}

test.beforeAll(async () => {
  test.setTimeout(300_000)
  deck = await loadDeck()
  words = readText({ withoutNotes: true, data: { ...deck, headmatter: { ...deck.headmatter, readView: true } } })!
  on = await serveDeck(ON, BASE)
  off = await serveDeck(OFF, '/')
})

test.afterAll(async () => {
  await on?.close()
  await off?.close()
})

test.describe('read view on, with a public URL', () => {
  test('the built files carry the spoken words and none of the directions, reminders or record notes', async () => {
    const text = builtText(ON).replace(/\s+/g, ' ')
    const spoken = words.flatMap(slide => slide.paragraphs).join(' ')
    const phrases = (await notePhrases()).filter(phrase => spoken.includes(phrase))
    expect(phrases.length).toBeGreaterThanOrEqual(3)
    for (const phrase of phrases)
      expect(text, `spoken "${phrase}"`).toContain(phrase)
    const left = unspoken()
    expect(left.length, 'the notes have directions and record notes to leave out').toBeGreaterThan(5)
    expect(deck.slides.some(s => /Before presenting/.test(s.note ?? '')), 'the notes have a speaker reminder').toBe(true)
    for (const line of [...left, 'Before presenting'])
      expect(text.includes(line), `"${line}" is in the build`).toBe(false)
    // Only the read view's own chunk holds the words, so the slides load none of them.
    const holders = readdirSync(join(ON, 'assets')).filter(name => name.endsWith('.js') && readFileSync(join(ON, 'assets', name), 'utf8').includes(words[0]!.paragraphs[0]!))
    expect(holders).toEqual([expect.stringMatching(/^ReadPage-.*\.js$/)])
  })

  test('/talks/walmsley/read shows the whole talk in Mark\'s spoken words, a heading per movement', async ({ page }) => {
    const guard = guardPage(page, new URL(on!.url).origin)
    await page.goto(`${on!.url}read`)
    await expect(page.locator('article.read-slide')).toHaveCount(deck.slides.length)
    const { sections: movements } = await deckInfo()
    // The movements' own headings: a slide picture in the read view has headings of its own, mounted as it comes.
    await expect(page.locator('main > section.read-section > h2')).toHaveText(movements.map(m => m.title))
    const said = (await page.locator('.said').allTextContents()).map(t => t.trim())
    expect(said).toEqual(words.flatMap(slide => slide.paragraphs))
    // The page's own text, the slide pictures left out (they show the slides, not the notes).
    const own = await page.locator('#read').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.slide-picture').forEach(picture => picture.remove())
      return copy.textContent ?? ''
    })
    expect(own).not.toMatch(/\[|\]|Before presenting|The record/)
    expect(await page.locator('meta[property="og:url"]').getAttribute('content'), 'the social preview points to the deck').toBe(PUBLIC_URL)
    expect(guard.foreignRequests).toEqual([])
    expect(guard.consoleProblems).toEqual([])
  })

  test('a slide links to its words, and its words back to the slide', async ({ page }) => {
    await page.goto(`${on!.url}5`)
    await expect(page.locator(slideSelector(5))).toBeVisible()
    await page.mouse.move(20, 700)
    await page.getByRole('link', { name: 'Read the words of this slide' }).click()
    await expect(page).toHaveURL(`${on!.url}read#slide-5`)
    await expect(page.locator('#slide-5')).toBeInViewport()
    await page.locator('#slide-5').getByRole('link', { name: /See it in the deck/ }).click()
    await expect(page).toHaveURL(`${on!.url}5`)
    await expect(page.locator(slideSelector(5))).toBeVisible()
  })

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    test(`reads in one column at ${viewport.width}x${viewport.height}: no sideways scroll, about 65 characters a line, the deck's fonts`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.goto(`${on!.url}read`)
      await expect(page.locator('article.read-slide').first()).toBeVisible()
      const { scroll, client, font } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        font: getComputedStyle(document.querySelector('.said')!).fontFamily,
      }))
      expect(scroll).toBeLessThanOrEqual(client)
      expect(font).toMatch(/^"?Fraunces Variable/)
      const perLine = await charactersPerLine(page)
      if (viewport.width > 800)
        expect(perLine).toBeGreaterThan(55)
      expect(perLine).toBeLessThan(75)
    })
  }

  test('no serious or critical axe finding (WCAG 2.1 A/AA)', async ({ page }) => {
    test.setTimeout(180_000)
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      await page.setViewportSize(viewport)
      await page.goto(`${on!.url}read`)
      await expect(page.locator('article.read-slide')).toHaveCount(deck.slides.length)
      expect(axeFindings(await axeViolations(page)).blocking, `at ${viewport.width}px`).toEqual([])
    }
  })

  test('prints in a light scheme', async ({ page }) => {
    await page.goto(`${on!.url}read`)
    await expect(page.locator('.said').first()).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    const colours = await page.evaluate(() => ({
      paper: getComputedStyle(document.body).backgroundColor,
      page: getComputedStyle(document.querySelector('.read')!).backgroundColor,
      ink: getComputedStyle(document.querySelector('.said')!).color,
      scheme: getComputedStyle(document.documentElement).colorScheme,
    }))
    expect(colours).toEqual({ paper: 'rgb(255, 255, 255)', page: 'rgb(255, 255, 255)', ink: 'rgb(10, 15, 28)', scheme: 'light' })
  })

  test('after one visit the read view works offline', async ({ browser }) => {
    const own = await serveDeck(ON, BASE, 0, '127.0.0.1', { hosted: true })
    const context = await offlineContext(await browser.newContext({ serviceWorkers: 'allow' }))
    const page = await context.newPage()
    await page.goto(`${own.url}read`)
    await deckKept(page)
    await own.close()
    await context.setOffline(true)
    await page.reload()
    await expect(page.locator('article.read-slide')).toHaveCount(deck.slides.length)
    await expect(page.locator('.said').first()).toHaveText(words.find(s => s.paragraphs.length)!.paragraphs[0]!)
    await context.close()
  })

  test('the closing shows the deck\'s own QR code, and it reads back as the public URL', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    const ps = await closingEnd(page, on!.url)
    await expect(page.locator(`${slideSelector(ps)} [data-qr="deck"]`)).toBeVisible()
    await expect(page.locator(`${slideSelector(ps)} [data-qr="deck"] a`)).toHaveAttribute('href', PUBLIC_URL)
    const shot = test.info().outputPath('ps.png')
    await page.locator(slideSelector(ps)).screenshot({ path: shot })
    const codes = execFileSync('zbarimg', ['--quiet', '--raw', shot], { encoding: 'utf8' }).trim().split('\n').sort()
    expect(codes).toEqual([PUBLIC_URL, talk.filmUrl].sort())
  })

  test('every meta tag Slidev writes is plain text: no stray quotes or escaped newlines', async () => {
    for (const file of ['index.html', '404.html']) {
      const html = readFileSync(join(ON, file), 'utf8')
      const tags = [...html.matchAll(/<meta (?:name|property)="((?:description|author|keywords|og:|twitter:)[^"]*)" content="([^"]*)"/g)]
      expect(tags.map(t => t[1]).sort(), file).toEqual(expect.arrayContaining(['author', 'description', 'keywords', 'og:description', 'og:title', 'og:url', 'twitter:card', 'twitter:description', 'twitter:title', 'twitter:url']))
      for (const [, name, content] of tags)
        expect(content, `${file} ${name}`).not.toMatch(/^&quot;|&quot;$|\\n|^\s|\s$/)
    }
  })
})

test.describe('read view off, no public URL', () => {
  test('the build holds none of the spoken text', async () => {
    const text = builtText(OFF).replace(/\s+/g, ' ')
    for (const phrase of await notePhrases())
      expect(text.includes(phrase), `note text "${phrase}" is in ${OFF}`).toBe(false)
    expect(readdirSync(join(OFF, 'assets')).filter(name => name.startsWith('ReadPage'))).toEqual([])
  })

  test('no /read, no link to it, and the closing shows only the film\'s code', async ({ page }) => {
    await page.goto(`${off!.url}read`)
    await expect(page.locator(`.${SLIDEV_CLASS.page}`).first()).toBeVisible()
    await expect(page.locator('#read')).toHaveCount(0)
    await page.mouse.move(20, 700)
    await expect(page.getByRole('link', { name: 'Read the words of this slide' })).toHaveCount(0)
    const ps = await closingEnd(page, off!.url)
    await expect(page.locator(`${slideSelector(ps)} [data-qr="film"]`)).toBeVisible()
    await expect(page.locator('[data-qr="deck"]')).toHaveCount(0)
  })
})
