/**
 * Tests of the checker itself: each check must fail when the thing it guards is broken. The breakage is
 * injected into a live slide of the built deck (or written to a scratch PDF), never left in the deck.
 */
import type { Page } from '@playwright/test'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { slideSelector } from '../../speaker/lib/slidev-dom'
import { expect, guardPage, test } from './fixtures'
import { axeFindings, axeViolations, slideOnScreen } from './support/axe'
import { Findings } from './support/failures'
import { pdfProblems } from './support/pdf'
import { canvasBox, layoutProblems, motionProblems, onSlide, visibleText } from './support/probes'
import { letterboxProblems } from './support/viewports'
import { clicksPerSlide, settle } from './support/walk'

/** Adds HTML to slide 1, beside its layout (whose own overflow: hidden would clip what is injected). */
async function inject(page: Page, html: string): Promise<void> {
  await page.evaluate(({ slide, markup }) => {
    document.querySelector(slide)!.insertAdjacentHTML('beforeend', markup)
  }, { slide: slideSelector(1), markup: html })
}

test.beforeEach(async ({ page }) => {
  await page.goto('1')
  await settle(page, 1)
})

test('layout check: finds an element outside the canvas and clipped text, skips hidden v-clicks and marked bleed art', async ({ page }) => {
  const before = (await page.evaluate(layoutProblems, { ...onSlide(1), tolerance: 1 })).length
  await inject(page, `
    <div id="t-over" style="position:absolute;left:900px;top:100px;width:300px">overflowing box</div>
    <div id="t-clip" style="position:absolute;left:40px;top:40px;width:80px;height:30px;overflow:hidden;white-space:nowrap">clipped words that do not fit</div>
    <div id="t-ellipsis" style="position:absolute;left:40px;top:80px;width:80px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">ellipsis words that do not fit</div>
    <div class="slidev-vclick-target slidev-vclick-hidden" style="position:absolute;left:-400px;top:0;width:100px">hidden vclick</div>
    <svg data-bleed aria-hidden="true" style="position:absolute;left:-50px;top:0;width:1100px;height:40px"><rect width="1100" height="40" /></svg>
  `)
  const problems = await page.evaluate(layoutProblems, { ...onSlide(1), tolerance: 1 })
  const text = problems.map(p => `${p.kind} ${p.element} ${p.detail}`)
  expect(text.find(t => t.includes('overflowing box'))).toMatch(/^outside-canvas .* right by 2\d\dpx/)
  expect(text.find(t => t.includes('clipped words'))).toMatch(/^clipped-text/)
  expect(text.find(t => t.includes('ellipsis words'))).toMatch(/^clipped-text/)
  expect(text.some(t => t.includes('hidden vclick'))).toBe(false)
  expect(text.some(t => t.includes('<svg'))).toBe(false)
  expect(problems.length - before).toBe(3)
})

test('request and console guard: records an image from another host and a console warning; the server\'s CSP refuses the image first', async ({ browser, baseURL }) => {
  const addImage = (slide: string): void => {
    const img = document.createElement('img')
    img.src = 'https://example.com/remote.png'
    document.querySelector(slide)!.append(img)
    console.warn('deliberate warning')
  }
  // The guard itself, with the page's Content-Security-Policy set aside (it would refuse the image before any request).
  const bare = await browser.newContext({ baseURL, bypassCSP: true })
  const fresh = await bare.newPage()
  const guard = guardPage(fresh, new URL(baseURL!).origin)
  await fresh.goto('1')
  await settle(fresh, 1)
  await fresh.evaluate(addImage, slideSelector(1))
  await expect.poll(() => guard.foreignRequests).toEqual(['https://example.com/remote.png'])
  expect(guard.consoleProblems.some(m => m.includes('deliberate warning'))).toBe(true)
  await bare.close()

  // As served: the browser refuses the image, and says so in the console, which the guard records.
  const served = await browser.newContext({ baseURL })
  const page = await served.newPage()
  const csp = guardPage(page, new URL(baseURL!).origin)
  await page.goto('1')
  await settle(page, 1)
  await page.evaluate(addImage, slideSelector(1))
  await expect.poll(() => csp.consoleProblems.some(m => m.includes('Content Security Policy') && m.includes('https://example.com/remote.png'))).toBe(true)
  expect(csp.foreignRequests).toEqual([])
  await served.close()
})

test('findings name the slide and click and save a screenshot', async ({ page }) => {
  const findings = new Findings('selftest')
  await findings.add('/1?clicks=0', ['something is wrong'], page)
  expect(findings.report()).toMatch(/^\/1\?clicks=0: something is wrong \[screenshot: .*test-results\/failures\/selftest-1-clicks-0\.png\]$/)
  const shot = findings.list[0]!.screenshot!
  expect(existsSync(shot)).toBe(true)
  rmSync(shot)
})

test('axe check, as the walk runs it: finds low-contrast small text on the slide on screen and on the canvas around it', async ({ page }) => {
  const faint = (id: string, top: number) => `<p id="${id}" style="position:absolute;z-index:10;left:40px;top:${top}px;margin:0;font-size:14px;color:#555;background-color:#444">barely there</p>`
  await inject(page, faint('t-contrast', 200))
  // A layer of the canvas beside the slides, where the progress line is.
  await page.evaluate(html => document.querySelector('#slide-content')!.insertAdjacentHTML('beforeend', html), faint('t-layer', 300))
  const violations = await axeViolations(page, slideOnScreen(1))
  const contrast = violations.find(v => v.id === 'color-contrast')
  expect(contrast?.impact).toBe('serious')
  for (const id of ['t-contrast', 't-layer'])
    expect(contrast?.nodes.some(n => n.target.join(' ').includes(id)), id).toBe(true)
  expect(axeFindings(violations).blocking).toContainEqual(expect.stringMatching(/^axe serious color-contrast: .*t-contrast/))
})

test('reduced-motion check: finds a running animation and a CSS transition, and text hidden at opacity 0', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await page.evaluate(motionProblems, onSlide(1))).toEqual([])
  await inject(page, '<div id="t-move" style="position:absolute;top:0;transition: opacity 2s !important">moving</div><div style="position:absolute;top:40px;opacity:0">invisible words</div>')
  await page.evaluate(() => document.querySelector('#t-move')!.animate([{ opacity: 0 }, { opacity: 1 }], 3000))
  const problems = (await page.evaluate(motionProblems, onSlide(1))).map(p => `${p.element} ${p.detail}`)
  expect(problems).toContainEqual(expect.stringMatching(/moving.*script animation runs for 3000ms/))
  await page.evaluate(() => document.getAnimations().forEach(a => a.cancel()))
  const text = await page.evaluate(visibleText, onSlide(1))
  expect(text).toContain('moving')
  expect(text).not.toContain('invisible words')
  expect((await page.evaluate(motionProblems, onSlide(1))).map(p => p.detail)).toContainEqual(expect.stringMatching(/would transition opacity for 2s/))
})

test('letterbox check: fails a stretched, off-centre or overflowing canvas', async ({ page }) => {
  expect(letterboxProblems(await page.evaluate(canvasBox))).toEqual([])
  const slide = { width: 980, height: 552 }
  const viewport = { width: 1024, height: 768 }
  expect(letterboxProblems({ viewport, slide, canvas: { left: 0, top: 0, width: 1024, height: 768 } }).join()).toMatch(/aspect ratio/)
  expect(letterboxProblems({ viewport, slide, canvas: { left: 0, top: 0, width: 1024, height: 576.8 } }).join()).toMatch(/off centre by 0\.0px, -95\.6px/)
  expect(letterboxProblems({ viewport, slide, canvas: { left: 100, top: 95.6, width: 1024, height: 576.8 } }).join()).toMatch(/not inside/)
  expect(letterboxProblems({ viewport, slide, canvas: { left: 212, top: 245, width: 600, height: 338 } }).join()).toMatch(/should fill 1024x577/)
  // Live: push the canvas off centre.
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('#slide-content')!.style.translate = '40px 0'
  })
  expect(letterboxProblems(await page.evaluate(canvasBox)).join()).toMatch(/off centre by 40\.0px/)
})

test('PDF check: finds a blank page, a font that is not embedded, and a page over budget', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-selftest-'))
  try {
    const doc = await PDFDocument.create()
    const font = await doc.embedFont(StandardFonts.Helvetica) // one of the 14 base fonts: never embedded
    doc.addPage([735, 414]).drawText('A page with words', { x: 50, y: 200, size: 40, font })
    doc.addPage([735, 414]) // nothing on it
    const file = join(dir, 'broken.pdf')
    writeFileSync(file, await doc.save())
    const problems = pdfProblems(file, { averagePerPage: 100, singlePage: 100 })
    expect(problems).toContainEqual(expect.stringMatching(/^PDF page 2 is blank/))
    expect(problems.some(p => p.startsWith('PDF page 1 is blank'))).toBe(false)
    expect(problems).toContainEqual(expect.stringMatching(/^font Helvetica .* is not embedded/))
    expect(problems).toContainEqual(expect.stringMatching(/KB per page on average, over the 0 KB budget/))
    expect(problems).toContainEqual(expect.stringMatching(/^PDF page 1 alone is \d+ KB, over/))
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('click counts come from the walk: the highest click seen on each slide', () => {
  expect(clicksPerSlide([{ no: 1, clicks: 0 }, { no: 2, clicks: 0 }, { no: 2, clicks: 1 }, { no: 2, clicks: 2 }, { no: 3, clicks: 0 }])).toEqual([0, 2, 0])
})
