/**
 * Functions that run inside the page (passed to page.evaluate). Playwright sends each one as source text,
 * so each must be self-contained: no imports, no outer variables, helpers declared inside; what they need
 * of Slidev's DOM comes in their arguments (`onSlide`).
 *
 * Geometry is measured in screen pixels and reported in canvas pixels (the 980x552 slide), so a message
 * reads the same at any viewport.
 */

import { slideSelector, SLIDEV_CLASS } from '../../../speaker/lib/slidev-dom'

/** Which slide a probe looks at, and the classes Slidev hides a v-click with (speaker/lib/slidev-dom.ts). */
export interface SlideArgs {
  slideNo: number
  /** The slide's page. */
  page: string
  hidden: string[]
}

export function onSlide(slideNo: number): SlideArgs {
  return { slideNo, page: slideSelector(slideNo), hidden: [SLIDEV_CLASS.vclickHidden, SLIDEV_CLASS.vclickDisplayNone] }
}

export interface LayoutProblem {
  kind: 'outside-canvas' | 'clipped-text'
  /** A short description of the element: tag, classes, start of its text. */
  element: string
  detail: string
}

export interface LayoutProbeArgs extends SlideArgs {
  /** Slack in canvas pixels before a pixel of overhang counts (sub-pixel rounding, anti-aliasing). */
  tolerance: number
}

/**
 * Everything visible on slide `slideNo` that reaches outside the canvas (#slide-content), and every
 * piece of text cut off by a box that clips it (overflow hidden/clip, text-overflow, line clamp).
 * Elements hidden by v-click (slidev-vclick-hidden / -display-none), invisible (display none, visibility
 * hidden, opacity 0) or fully clipped away are skipped. `data-bleed` on an element marks deliberate
 * full-bleed art: it may leave the canvas, but text inside it is still checked for clipping.
 */
export function layoutProblems({ slideNo, page: pageSelector, hidden: hiddenClasses, tolerance }: LayoutProbeArgs): LayoutProblem[] {
  const problems: LayoutProblem[] = []
  const canvas = document.querySelector<HTMLElement>('#slide-content')
  const page = document.querySelector<HTMLElement>(pageSelector)
  if (!canvas || !page)
    return [{ kind: 'outside-canvas', element: 'slide', detail: `slide ${slideNo} or the canvas #slide-content is not in the page` }]
  const canvasRect = canvas.getBoundingClientRect()
  const scale = canvasRect.width / (canvas.offsetWidth || 1)
  const slack = tolerance * scale

  interface Box { left: number, top: number, right: number, bottom: number }
  const describe = (el: Element): string => {
    const classes = [...el.classList].filter(c => !c.startsWith('slidev-vclick')).slice(0, 3).join('.')
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
    return `<${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''}>${text ? ` "${text}"` : ''}`
  }
  const hiddenCache = new Map<Element, boolean>()
  /** Hidden by v-click, display, visibility or opacity, on itself or any ancestor inside the slide. */
  const isHidden = (el: Element): boolean => {
    const known = hiddenCache.get(el)
    if (known !== undefined)
      return known
    let hidden = false
    if (hiddenClasses.some(c => el.classList.contains(c))) {
      hidden = true
    }
    else {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || Number(style.opacity) === 0)
        hidden = true
      else if (el !== page && el.parentElement)
        hidden = isHidden(el.parentElement)
    }
    hiddenCache.set(el, hidden)
    return hidden
  }
  const clips = (style: CSSStyleDeclaration): { x: boolean, y: boolean } => ({
    x: style.overflowX !== 'visible',
    y: style.overflowY !== 'visible',
  })
  /** The padding box of a clipping element, in screen pixels. */
  const clipBox = (el: Element): Box => {
    const r = el.getBoundingClientRect()
    const s = getComputedStyle(el)
    return {
      left: r.left + Number.parseFloat(s.borderLeftWidth) * scale,
      top: r.top + Number.parseFloat(s.borderTopWidth) * scale,
      right: r.right - Number.parseFloat(s.borderRightWidth) * scale,
      bottom: r.bottom - Number.parseFloat(s.borderBottomWidth) * scale,
    }
  }
  /** The clipping ancestors of `el` (and `el` itself if asked) up to the canvas (exclusive), nearest first. */
  const clippingAncestors = (el: Element, includeSelf = false): Element[] => {
    const found: Element[] = []
    for (let a = includeSelf ? el : el.parentElement; a && a !== canvas; a = a.parentElement) {
      const c = clips(getComputedStyle(a))
      if (c.x || c.y)
        found.push(a)
    }
    return found
  }
  /** A visually-hidden helper (sr-only): text for assistive tech, 1px and clipped on purpose. */
  const isScreenReaderOnly = (el: Element): boolean => {
    for (let a: Element | null = el; a && a !== page; a = a.parentElement) {
      const r = a.getBoundingClientRect()
      const s = getComputedStyle(a)
      if (r.width <= 2 * scale && r.height <= 2 * scale && (s.clip !== 'auto' || s.clipPath !== 'none' || s.overflow !== 'visible'))
        return true
    }
    return false
  }
  const round = (n: number): number => Math.round(n / scale)

  // 1. Nothing visible reaches outside the canvas.
  const overhanging = new Set<Element>()
  for (const el of page.querySelectorAll('*')) {
    if (isHidden(el) || el.closest('[data-bleed]'))
      continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 && r.height === 0)
      continue
    let visible: Box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    for (const a of clippingAncestors(el)) {
      const c = clips(getComputedStyle(a))
      const b = clipBox(a)
      visible = {
        left: c.x ? Math.max(visible.left, b.left) : visible.left,
        right: c.x ? Math.min(visible.right, b.right) : visible.right,
        top: c.y ? Math.max(visible.top, b.top) : visible.top,
        bottom: c.y ? Math.min(visible.bottom, b.bottom) : visible.bottom,
      }
    }
    if (visible.right - visible.left <= 0 || visible.bottom - visible.top <= 0)
      continue
    const over = {
      left: canvasRect.left - visible.left,
      top: canvasRect.top - visible.top,
      right: visible.right - canvasRect.right,
      bottom: visible.bottom - canvasRect.bottom,
    }
    const sides = Object.entries(over).filter(([, px]) => px > slack).map(([side, px]) => `${side} by ${round(px)}px`)
    if (sides.length) {
      overhanging.add(el)
      // Report the outermost offender only: its children usually overhang because it does.
      if (!el.parentElement || !overhanging.has(el.parentElement))
        problems.push({ kind: 'outside-canvas', element: describe(el), detail: `extends outside the ${round(canvasRect.width)}x${round(canvasRect.height)} canvas: ${sides.join(', ')}` })
    }
  }

  // 2. No text is cut off by a box that clips it.
  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT)
  const reported = new Set<Element>()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (!parent || !(node.textContent ?? '').trim() || isHidden(parent) || isScreenReaderOnly(parent))
      continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
    for (const a of clippingAncestors(parent, true)) {
      const c = clips(getComputedStyle(a))
      const b = clipBox(a)
      const cut = rects.some(r => (c.x && (r.left < b.left - slack || r.right > b.right + slack))
        || (c.y && (r.top < b.top - slack || r.bottom > b.bottom + slack)))
      if (cut && !reported.has(a)) {
        reported.add(a)
        problems.push({ kind: 'clipped-text', element: describe(a), detail: `clips its text "${(node.textContent ?? '').trim().slice(0, 40)}" (overflow ${getComputedStyle(a).overflow})` })
      }
    }
  }
  // Ellipsis and line clamps: layout fits, but the paint cuts the text short.
  for (const el of page.querySelectorAll<HTMLElement>('*')) {
    if (reported.has(el) || isHidden(el) || !(el.textContent ?? '').trim() || isScreenReaderOnly(el))
      continue
    const s = getComputedStyle(el)
    const ellipsis = s.textOverflow !== 'clip' && s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1
    const clamp = s.webkitLineClamp !== 'none' && s.webkitLineClamp !== '' && el.scrollHeight > el.clientHeight + 1
    if (ellipsis || clamp) {
      reported.add(el)
      problems.push({ kind: 'clipped-text', element: describe(el), detail: ellipsis ? `cuts its text short with text-overflow: ${s.textOverflow} (needs ${el.scrollWidth}px, has ${el.clientWidth}px)` : `line-clamp ${s.webkitLineClamp} hides text (needs ${el.scrollHeight}px, has ${el.clientHeight}px)` })
    }
  }
  return problems
}

export interface MotionProblem {
  element: string
  detail: string
}

/**
 * What still moves under prefers-reduced-motion: running Web Animations (CSS animations and transitions
 * show up here too) with a real duration, and elements of the current slide whose computed style would
 * animate or transition.
 */
export function motionProblems({ page: pageSelector }: SlideArgs): MotionProblem[] {
  const problems: MotionProblem[] = []
  const describe = (el: Element | null): string => {
    if (!el)
      return '(document)'
    const classes = [...el.classList].slice(0, 3).join('.')
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)
    return `<${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''}>${text ? ` "${text}"` : ''}`
  }
  const seconds = (list: string): number => Math.max(0, ...list.split(',').map(v => v.trim().endsWith('ms') ? Number.parseFloat(v) / 1000 : Number.parseFloat(v)).filter(Number.isFinite))
  // Only the canvas: Slidev's own controls (hidden nav bar) are not the talk.
  const canvas = document.querySelector('#slide-content')
  const moving = new Set<Element>()
  for (const animation of document.getAnimations()) {
    if (animation.playState !== 'running')
      continue
    const timing = animation.effect?.getComputedTiming()
    const duration = Number(timing?.duration ?? 0)
    if (duration <= 10)
      continue
    const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null
    if (target && canvas && !canvas.contains(target))
      continue
    if (target)
      moving.add(target)
    const kind = animation instanceof CSSTransition ? `transition of ${animation.transitionProperty}` : animation instanceof CSSAnimation ? `animation ${animation.animationName}` : 'script animation'
    problems.push({ element: describe(target), detail: `${kind} runs for ${Math.round(duration)}ms` })
  }
  const page = document.querySelector(pageSelector)
  if (page) {
    for (const el of [page, ...page.querySelectorAll('*')]) {
      if (moving.has(el))
        continue
      const s = getComputedStyle(el)
      const transition = s.transitionProperty !== 'none' ? seconds(s.transitionDuration) : 0
      const animation = s.animationName !== 'none' ? seconds(s.animationDuration) : 0
      if (transition > 0.01 || animation > 0.01)
        problems.push({ element: describe(el), detail: transition > 0.01 ? `would transition ${s.transitionProperty} for ${s.transitionDuration}` : `would animate ${s.animationName} for ${s.animationDuration}` })
    }
  }
  return problems
}

/**
 * The text a viewer can see on slide `slideNo`: every non-empty text node that is not hidden
 * (v-click, display, visibility, an effective opacity under 0.1), in document order.
 */
export function visibleText({ page: pageSelector, hidden }: SlideArgs): string[] {
  const page = document.querySelector(pageSelector)
  if (!page)
    return []
  const shown = (el: Element): boolean => {
    let opacity = 1
    for (let a: Element | null = el; a && a !== page.parentElement; a = a.parentElement) {
      if (hidden.some(c => a.classList.contains(c)))
        return false
      const s = getComputedStyle(a)
      if (s.display === 'none' || s.visibility === 'hidden')
        return false
      opacity *= Number(s.opacity)
    }
    return opacity >= 0.1
  }
  const out: string[] = []
  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (text && node.parentElement && shown(node.parentElement))
      out.push(text)
  }
  return out
}

export interface CanvasBox {
  viewport: { width: number, height: number }
  canvas: { left: number, top: number, width: number, height: number }
  /** The slide's own size in CSS pixels (980x552 unless the headmatter says otherwise). */
  slide: { width: number, height: number }
}

export function canvasBox(): CanvasBox | null {
  const canvas = document.querySelector<HTMLElement>('#slide-content')
  if (!canvas)
    return null
  const r = canvas.getBoundingClientRect()
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    canvas: { left: r.left, top: r.top, width: r.width, height: r.height },
    slide: { width: canvas.offsetWidth, height: canvas.offsetHeight },
  }
}
