import { createHash } from 'node:crypto'
import { parse } from '@onrecord/parser'
import type { Analysis } from '@onrecord/rules'
import fc from 'fast-check'
import type { Element, Nodes, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../src/formats/html.js'
import { formats } from '../src/formats/index.js'
import { type Report, report } from '../src/index.js'
import { allCases, type Case, harbourBridge, hostile } from './cases.js'

/** The page parsed back the way a browser's HTML parser reads it. */
function parsePage(html: string): Root {
  return fromHtml(html, {
    onerror(error) {
      throw new Error(`HTML parse error: ${error.message}`)
    },
  })
}

function elements(node: Nodes, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node)
  if ('children' in node) for (const child of node.children) elements(child as Nodes, out)
  // <template> content is not rendered but is still markup: look inside too.
  if (node.type === 'element' && node.content) elements(node.content, out)
  return out
}

/** Text content, leaving out the line-number gutter. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') {
    const classes = node.properties.className
    if (Array.isArray(classes) && classes.includes('ln')) return ''
  }
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('')
  return ''
}

function byClass(root: Root, className: string): Element[] {
  return elements(root).filter((e) => {
    const classes = e.properties.className
    return Array.isArray(classes) && classes.includes(className)
  })
}

/** Everything that could run code or load anything: none may come from the article. */
function assertInert(root: Root, page: string) {
  const all = elements(root)
  const scripts = all.filter((e) => e.tagName === 'script')
  expect(scripts).toHaveLength(1)
  for (const e of all) {
    for (const [name, value] of Object.entries(e.properties)) {
      expect(name.toLowerCase().startsWith('on'), `${e.tagName} has ${name}`).toBe(false)
      if (name === 'href') expect(String(value)).toMatch(/^(#[\w-]+|https?:\/\/)/)
      expect(name, `${e.tagName} loads ${String(value)}`).not.toMatch(
        /^(src|srcSet|srcDoc|action|formAction|data|poster|background)$/,
      )
    }
    expect(
      [
        'img',
        'iframe',
        'object',
        'embed',
        'link',
        'base',
        'form',
        'textarea',
        'video',
        'audio',
        'b',
      ].includes(e.tagName),
      e.tagName,
    ).toBe(false)
  }
  for (const e of all)
    for (const value of Object.values(e.properties))
      expect(String(value)).not.toMatch(/^\s*javascript:/i)
  expect(page.startsWith('<!doctype html>')).toBe(true)
}

const pageOf = (c: Case): { r: Report; html: string } => {
  const r = report(c.analysis, { messages: c.messages })
  return { r, html: formats.html([r]) }
}

describe('html: one self-contained page', () => {
  it('escapes every character that HTML reads as markup', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;\u0000</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;\uFFFD&lt;/a&gt;',
    )
  })

  it('renders <script> and "><img onerror=…> in a plain-text article as text', () => {
    const c = hostile('txt')
    const { html } = pageOf(c)
    const root = parsePage(html)
    assertInert(root, html)
    const article = byClass(root, 'article')[0] as Element
    const text = textOf(article)
    expect(text).toContain('Mayor <script>alert("title")</script> speaks')
    expect(text).toContain('The mayor said "><img src=x onerror=alert(1)> was the plan')
    expect(text).toContain("<script>document.title='pwned'</script>")
    expect(text).toContain("' onmouseover='alert(2) and </textarea><svg onload=alert(3)>")
    // The source's name, the message, the rule id and the file name: all text too.
    const page = textOf(root)
    expect(page).toContain('<img src=x onerror=alert(4)>')
    expect(page).toContain('<script>alert("reason")</script> and "><img src=x onerror=alert(6)>')
    expect(page).toContain('"><svg onload=alert(7)>')
    expect(page).toContain('test/fixtures/hostile/"><img src=x onerror=alert(9)>.txt')
  })

  it('renders markup-looking text from an HTML article (decoded entities) as text', () => {
    const { html } = pageOf(hostile('html'))
    const root = parsePage(html)
    assertInert(root, html)
    const text = textOf(byClass(root, 'article')[0] as Element)
    expect(text).toContain('Council <script>alert(1)</script> vote')
    expect(text).toContain('The clerk said "><img src=x onerror=alert(1)> was pasted')
    expect(text).toContain('</p><script>alert(2)</script> tag was removed')
  })

  it('leaves Markdown’s inline HTML out of the article and injects nothing', () => {
    const { html } = pageOf(hostile('md'))
    const root = parsePage(html)
    assertInert(root, html)
    const text = textOf(byClass(root, 'article')[0] as Element)
    expect(text).toContain('The mayor said "> was "the best" idea, according to the council.')
    expect(text).toContain('Mayor alert("title") speaks')
  })

  it('stays inert for any article text (fuzzed)', () => {
    const piece = fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'",
      '"',
      '&amp;',
      '&',
      '<',
      '>',
      '</p>',
      '<!--',
      '-->',
      ']]>',
      '<style>',
      'javascript:alert(1)',
      ' said ',
      '. ',
      '\n\n',
      'Officials',
      '“',
      '”',
      '\u0000',
      '\u2028',
      '😀',
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }),
        (parts) => {
          const text = `Headline\n\n${parts.join('')} end.`
          const doc = parse(text, { format: 'text' })
          const claims = doc.sentences.map((s) => ({
            ...doc.spanOf(s.start.offset, s.end.offset),
            sentence: s.index,
            attribution: null,
            coverage: 'none' as const,
            features: { figures: false, superlative: false, accusation: true },
            background: false,
            lede: false,
          }))
          const analysis: Analysis = {
            doc,
            attributions: [],
            entities: [],
            hedges: [],
            claims,
            lede: null,
            words: 10,
          }
          const html = formats.html([report(analysis, { file: parts.join('') })])
          const root = parsePage(html)
          assertInert(root, html)
          const shown = textOf(byClass(root, 'article')[0] as Element).replace(/\s+/g, '')
          const expected = doc.sentences
            .map((s) => s.tokens.map((t) => t.value).join(''))
            .join('')
            .replace(/\u0000/g, '\uFFFD')
            .replace(/\s+/g, '')
          expect(shown).toBe(expected)
        },
      ),
      { seed: 42, numRuns: 120 },
    )
  })

  it('allows only its own inline stylesheet and script, by hash, and nothing from the network', () => {
    const { html } = pageOf(harbourBridge())
    const root = parsePage(html)
    const meta = elements(root).find(
      (e) => e.tagName === 'meta' && String(e.properties.httpEquiv) === 'Content-Security-Policy',
    )
    const policy = String(meta?.properties.content)
    expect(policy).toMatch(/^default-src 'none'; /)
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`
    const style = elements(root).find((e) => e.tagName === 'style') as Element
    const script = elements(root).find((e) => e.tagName === 'script') as Element
    expect(policy).toContain(`style-src ${hash(textOf(style))}`)
    expect(policy).toContain(`script-src ${hash(textOf(script))}`)
    expect(policy).not.toContain('unsafe-inline')
    // No style attributes anywhere (they would need 'unsafe-inline').
    for (const e of elements(root)) expect(e.properties.style).toBeUndefined()
  })

  it('highlights every attribution, source, quote and hedge, with details for the hover', () => {
    for (const c of allCases()) {
      const { r, html } = pageOf(c)
      if (!r.article) continue
      const root = parsePage(html)
      const segments = elements(root).filter((e) => e.properties.dataRefs !== undefined)
      const refs = new Set(segments.flatMap((e) => String(e.properties.dataRefs).split(' ')))
      const details = new Set(
        elements(root)
          .filter((e) => e.properties.dataDetail !== undefined)
          .map((e) => String(e.properties.dataDetail)),
      )
      r.attributions.forEach((_, i) => {
        expect(refs.has(`a${i}`), `${c.name} a${i}`).toBe(true)
        expect(details.has(`a${i}`)).toBe(true)
      })
      r.quotes.forEach((_, i) => expect(refs.has(`q${i}`), `${c.name} q${i}`).toBe(true))
      r.hedges.forEach((_, i) => expect(refs.has(`h${i}`), `${c.name} h${i}`).toBe(true))
      r.sources.forEach((s, i) => {
        if (s.attributions.length) expect(refs.has(`e${i}`), `${c.name} e${i}`).toBe(true)
      })
      for (const ref of refs) expect(ref).toMatch(/^[aeqhcm]\d+$/)
    }
  })

  it('shows the score, the profile as an inline SVG chart, the deductions and the ledger', () => {
    const c = harbourBridge()
    const { r, html } = pageOf(c)
    const root = parsePage(html)
    const panel = byClass(root, 'panel')[0] as Element
    const text = textOf(panel)
    expect(text).toContain(`Grade ${r.score.grade}`)
    expect(text).toContain('Source ledger')
    expect(text).toContain("Ines Calder, the council's chief engineer")
    const profile = byClass(root, 'profile')[0] as Element
    expect(profile.tagName).toBe('svg')
    const rects = elements(profile).filter((e) => e.tagName === 'rect')
    expect(rects).toHaveLength(r.score.profile.filter((e) => e.claims > 0).length)
    // Deduction links land on anchors in the article.
    const ids = new Set(
      elements(root)
        .map((e) => e.properties.id)
        .filter(Boolean)
        .map(String),
    )
    const links = elements(panel).filter(
      (e) => e.tagName === 'a' && String(e.properties.href).startsWith('#'),
    )
    expect(links.length).toBeGreaterThan(0)
    for (const a of links)
      expect(ids.has(String(a.properties.href).slice(1)), String(a.properties.href)).toBe(true)
  })

  it('puts several reports on one page with an index sorted by score', () => {
    const reports = allCases()
      .slice(0, 3)
      .map((c) => report(c.analysis, { messages: c.messages }))
    const root = parsePage(formats.html(reports))
    const sections = elements(root).filter((e) => e.tagName === 'section')
    expect(sections.map((s) => s.properties.id)).toEqual(['r0', 'r1', 'r2'])
    const index = elements(root).find((e) => e.tagName === 'nav') as Element
    const scores = elements(index)
      .filter((e) => e.tagName === 'tr')
      .slice(1)
      .map((tr) => Number(textOf(tr.children[0] as Nodes)))
    expect(scores).toEqual([...scores].sort((a, b) => a - b))
  })

  it('says so when the report was made without the article text', () => {
    const c = harbourBridge()
    const html = formats.html([report(c.analysis, { text: false })])
    expect(textOf(parsePage(html))).toContain('The article text is not in this report')
  })
})
