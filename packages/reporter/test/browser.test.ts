import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from '@onrecord/parser'
import type { Analysis } from '@onrecord/rules'
import * as rules from '@onrecord/rules'
import { type Browser, chromium, type Page } from 'playwright-core'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formats } from '../src/formats/index.js'
import { type Report, report } from '../src/index.js'
import { allCases, harbourBridge, hostile, quarryMemo } from './cases.js'

/**
 * The HTML page in a real headless Chromium (Debian's `chromium` package, which `.ci/run`
 * installs): it loads with no console errors and no network requests, every attribution is
 * highlighted and visible, a hover shows the source, and hostile article text runs nothing.
 * Screenshots go to $TMPDIR/onrecord-reporter/ for the closing note.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(executablePath)
const outDir = join(tmpdir(), 'onrecord-reporter')

if (!hasChromium)
  console.warn(
    `[browser.test] SKIPPED: no Chromium at ${executablePath}. Install it with \`apt-get install -y chromium\` (CI does) or set CHROMIUM_PATH.`,
  )

interface Loaded {
  page: Page
  errors: string[]
  requests: string[]
  dialogs: string[]
}

describe.skipIf(!hasChromium)('html in headless Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    mkdirSync(outDir, { recursive: true })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  async function load(reports: Report[], name: string): Promise<Loaded> {
    const file = join(outDir, `${name}.html`)
    writeFileSync(file, formats.html(reports))
    const page = await browser.newPage({
      viewport: { width: 1360, height: name === 'harbour-bridge' ? 1700 : 900 },
    })
    const loaded: Loaded = { page, errors: [], requests: [], dialogs: [] }
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        loaded.errors.push(`${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => loaded.errors.push(`pageerror: ${error.message}`))
    page.on('dialog', (dialog) => {
      loaded.dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const self = pathToFileURL(file).href
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url === self) return route.continue()
      loaded.requests.push(url)
      return route.abort()
    })
    await page.goto(self, { waitUntil: 'load' })
    return loaded
  }

  it('loads the report page with no console errors and no network requests', async () => {
    const c = harbourBridge()
    const r = report(c.analysis, { messages: c.messages })
    const { page, errors, requests } = await load([r], 'harbour-bridge')
    expect(await page.title()).toBe(`Sourcing report: ${r.title}`)
    expect(errors).toEqual([])
    expect(requests).toEqual([])
    const screenshot = join(outDir, 'harbour-bridge.png')
    await page.screenshot({ path: screenshot, fullPage: true })
    console.log(`[browser.test] screenshot: ${screenshot}`)
    await page.close()
  })

  it('highlights every attribution, visibly, and shows the source on hover and click', async () => {
    const c = harbourBridge()
    const r = report(c.analysis, { messages: c.messages })
    const { page, errors } = await load([r], 'harbour-bridge-hover')
    for (let i = 0; i < r.attributions.length; i++) {
      const highlight = page.locator(`section#r0 article [data-refs~="a${i}"]`).first()
      expect(await highlight.count(), `a${i}`).toBe(1)
      const box = await highlight.boundingBox()
      expect(box && box.width > 0 && box.height > 0, `a${i} visible`).toBe(true)
    }
    // Hover the named source: the popover says who she is.
    const source = page.locator('section#r0 article .src-named').first()
    await source.hover()
    const popover = page.locator('#onrecord-popover')
    await expect.poll(() => popover.isVisible()).toBe(true)
    expect(await popover.innerText()).toContain("Ines Calder, the council's chief engineer")
    expect(await popover.innerText()).toContain('named')
    // A highlight with a lint message: the popover names the rule that fired.
    const flagged = page.locator('section#r0 article .msg-warning').first()
    await flagged.click()
    await expect.poll(() => popover.innerText()).toMatch(/vague-attribution|hearsay|loaded-cue/)
    const screenshot = join(outDir, 'harbour-bridge-popover.png')
    await page.screenshot({ path: screenshot })
    console.log(`[browser.test] screenshot: ${screenshot}`)
    await page.keyboard.press('Escape')
    await expect.poll(() => popover.isVisible()).toBe(false)
    // Clicking a deduction's sentence link jumps to the sentence in the article.
    await page.locator('section#r0 ul.deductions a').first().click()
    expect(await page.evaluate(() => location.hash)).toMatch(/^#r0-o\d+$/)
    expect(errors).toEqual([])
    await page.close()
  })

  it('runs nothing from hostile article text, names or messages', async () => {
    const reports = (['txt', 'md', 'html'] as const).map((ext) => {
      const c = hostile(ext)
      return report(c.analysis, { messages: c.messages })
    })
    const { page, errors, requests, dialogs } = await load(reports, 'hostile')
    await page.locator('section#r0 article .seg').first().hover()
    for (const el of await page.locator('article .seg').all()) await el.hover()
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    expect(errors).toEqual([])
    expect(await page.title()).toBe('Sourcing reports (3)')
    const counts = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img, iframe, object, embed, textarea').length,
      handlers: [...document.querySelectorAll('*')].filter((e) =>
        [...e.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      text: document.querySelector('section#r0 article')?.textContent ?? '',
    }))
    expect(counts).toMatchObject({ scripts: 1, images: 0, handlers: 0 })
    expect(counts.text).toContain('"><img src=x onerror=alert(1)>')
    expect(counts.text).toContain('<script>alert("title")</script>')
    await page.close()
  })

  it('shows several reports on one page, each with its highlights', async () => {
    const reports = [...allCases().slice(0, 3), quarryMemo()].map((c) =>
      report(c.analysis, { messages: c.messages }),
    )
    const { page, errors, requests } = await load(reports, 'several')
    for (let s = 0; s < reports.length; s++)
      for (let i = 0; i < (reports[s] as Report).attributions.length; i++)
        expect(
          await page.locator(`section#r${s} article [data-refs~="a${i}"]`).count(),
          `r${s} a${i}`,
        ).toBeGreaterThan(0)
    expect(errors).toEqual([])
    expect(requests).toEqual([])
    await page.close()
  })

  const analyze = (rules as { analyze?: (doc: ReturnType<typeof parse>) => Analysis }).analyze

  it.runIf(analyze)('shows every sample through parse → analyze → report', async () => {
    const dir = new URL('../../../samples/', import.meta.url)
    const reports = readdirSync(dir)
      .filter((f) => /\.(md|txt|html)$/.test(f) && f !== 'README.md')
      .sort()
      .map((name) => {
        const doc = parse(
          new VFile({ path: `samples/${name}`, value: readFileSync(new URL(name, dir), 'utf8') }),
        )
        return report((analyze as NonNullable<typeof analyze>)(doc))
      })
    const { page, errors, requests } = await load(reports, 'samples')
    for (let s = 0; s < reports.length; s++)
      for (let i = 0; i < (reports[s] as Report).attributions.length; i++)
        expect(
          await page.locator(`section#r${s} article [data-refs~="a${i}"]`).count(),
          `${reports[s]?.file} a${i}`,
        ).toBeGreaterThan(0)
    expect(errors).toEqual([])
    expect(requests).toEqual([])
    const envoy = reports.findIndex((r) => r.file === 'samples/envoy-talks.md')
    if (envoy >= 0) {
      await page.setViewportSize({ width: 1360, height: 1500 })
      await page.locator(`section#r${envoy}`).scrollIntoViewIfNeeded()
      const screenshot = join(outDir, 'envoy-talks.png')
      await page.locator(`section#r${envoy}`).screenshot({ path: screenshot })
      console.log(`[browser.test] screenshot: ${screenshot}`)
    }
    await page.close()
  })
})
