/**
 * `speaker build`: the hosted deck, a static SPA in dist/ (DECK_OUT) under DECK_BASE (or the path of
 * DECK_PUBLIC_URL), without speaker notes or presenter view. Through headmatter overrides
 * (setup/preparser.ts) it adds what a shared link needs: the PDF shipped (vite/ship-pdf.ts; DECK_PDF=0
 * skips it), a social preview (DECK_OG_IMAGE=0 skips it), and the read view when the headmatter says
 * `readView: true`. A build without notes is offline after the first visit (vite/offline.ts) unless the
 * headmatter says `offline: false`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { headmatterOverrides } from '../../setup/preparser'
import { readViewOn } from '../../vite/read'
import { checkDeck } from '../deck/check'
import { deckInfo } from '../deck/info'
import { DIST } from '../deck/project'
import { hostedBase, publicUrl } from '../deck/public-url'
import { resolveChromium } from '../pdf/chromium'
import { exportPdfs, pdfFileName } from '../pdf/pdfs'
import { replaceDir } from '../process/scratch'
import { fixMeta } from '../site/meta'
import { OG_IMAGE, renderOgImage } from '../site/og-image'
import { slidevBuild } from '../site/slidev-build'

export const label = 'Build'

export async function run(): Promise<void> {
  // Everything that can be known to fail is checked before anything is written: settings, Chromium, then the deck's own checks.
  const base = hostedBase()
  const url = publicUrl()
  const withPdf = process.env.DECK_PDF !== '0'
  const withOg = process.env.DECK_OG_IMAGE !== '0'
  if (withPdf || withOg)
    await resolveChromium()
  await checkDeck()
  // Headmatter changed for this build only, e.g. DECK_HEADMATTER='{"readView":false}'.
  const asked = headmatterOverrides(process.env.DECK_HEADMATTER)
  const deck = await deckInfo(asked)
  const pdfName = pdfFileName(deck.exportFilename, 'slides')
  const image = withOg ? `${url ?? base}${OG_IMAGE}` : undefined
  const description = deck.description || undefined

  // The PDF is rendered from the sources first, so the build can ship it.
  const [pdf] = withPdf ? await exportPdfs(['slides']) : []
  // Built beside dist/ and swapped in complete, social image included: a failure leaves the last build serving.
  await replaceDir(DIST, async (out) => {
    await slidevBuild({
      out,
      base,
      withoutNotes: true,
      pdf,
      headmatter: {
        ...asked,
        // The page and card titles are the talk's, without Slidev's " - Slidev" suffix, unless slides.md sets its own.
        ...(deck.headmatter.titleTemplate ? {} : { titleTemplate: '%s' }),
        // Slidev's button is a plain <a download>, which the service worker never sees: ours fetches it (works offline).
        download: false,
        seoMeta: {
          ogTitle: deck.title,
          ogDescription: description,
          ogImage: image,
          ogUrl: url,
          twitterCard: image ? 'summary_large_image' : 'summary',
          twitterTitle: deck.title,
          twitterDescription: description,
          twitterImage: image,
          twitterUrl: url,
        },
      },
    })
    for (const page of ['index.html', '404.html']) {
      const file = join(out, page)
      writeFileSync(file, fixMeta(readFileSync(file, 'utf8'), { description, author: deck.author, keywords: deck.keywords.join(', ') }))
    }
    if (withOg)
      await renderOgImage(out, base, deck.headmatter.colorSchema === 'dark' ? 'dark' : 'light')
  })
  if (withOg)
    console.log(`Social preview: ${join(DIST, OG_IMAGE)}`)
  if (pdf)
    console.log(`PDF shipped in the build: ${join(DIST, pdfName)}`)
  if (!url)
    console.log('No DECK_PUBLIC_URL: the social preview\'s tags carry relative addresses, and nothing in the deck knows its own.')
  console.log(readViewOn(deck.headmatter) ? `Read view: ${url ?? base}read (the spoken text ships, cleaned)` : 'Read view off (headmatter readView): no spoken text in the build.')
  console.log(`Deck built in ${DIST} for base ${base}${url ? ` (public URL ${url})` : ''}`)
}
