import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { formats } from '../src/formats/index.js'
import { escapeMarkdown } from '../src/formats/markdown.js'
import { formatNames, loadFormat, loadFormats, type Report, report } from '../src/index.js'
import { type Case, countyCourt, harbourBridge, hostile, quarryMemo } from './cases.js'

/**
 * Fixture reports → expected output, one file per format in the fixture's folder. Run with
 * UPDATE_FIXTURES=1 to rewrite the expected files after an intended change, and review the diff.
 */
const update = process.env.UPDATE_FIXTURES === '1'

function expectFixture(name: string, file: string, actual: string) {
  const url = new URL(`./fixtures/${name}/${file}`, import.meta.url)
  if (update || !existsSync(url)) writeFileSync(url, actual)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

const reportOf = (c: Case): Report => report(c.analysis, { messages: c.messages })

const cases = [harbourBridge, countyCourt, quarryMemo]

describe('formatters: fixture reports → expected output', () => {
  for (const make of cases) {
    const c = make()
    it(`${c.name}: json, text, markdown and sarif`, () => {
      const r = reportOf(c)
      expectFixture(c.name, 'expected.json', formats.json([r]))
      expectFixture(c.name, 'expected.txt', formats.text([r], { color: false }))
      expectFixture(c.name, 'expected.md', formats.markdown([r]))
      expectFixture(c.name, 'expected.sarif', formats.sarif([r]))
    })
  }

  it('harbour-bridge: html', () => {
    const c = harbourBridge()
    expectFixture(c.name, 'expected.html', formats.html([reportOf(c)]))
  })

  it('has one formatter per format name', () => {
    expect([...formatNames].sort()).toEqual(Object.keys(formats).sort())
    for (const name of formatNames) expect(typeof formats[name]).toBe('function')
  })

  it('loads each formatter on demand from the package entry point', async () => {
    for (const name of formatNames) expect(await loadFormat(name)).toBe(formats[name])
    expect((await loadFormats()).formats).toBe(formats)
    await expect(loadFormat('pdf' as never)).rejects.toThrow(/unknown format "pdf"/)
  })
})

describe('json and jsonl', () => {
  const reports = cases.map((make) => reportOf(make()))

  it('json prints one report as the object and several as an array', () => {
    expect(JSON.parse(formats.json([reports[0] as Report]))).toEqual(reports[0])
    expect(JSON.parse(formats.json(reports))).toEqual(reports)
    expect(formats.json([])).toBe('[]\n')
    expect(formats.json(reports).endsWith('\n')).toBe(true)
  })

  it('jsonl prints one report per line in input order', () => {
    const lines = formats.jsonl(reports).split('\n')
    expect(lines.at(-1)).toBe('')
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(reports)
    expect(formats.jsonl([])).toBe('')
  })
})

describe('text', () => {
  const r = reportOf(harbourBridge())
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('shows score, profile, ledger, flagged sources, unsourced claims and messages', () => {
    const out = formats.text([reportOf(quarryMemo()), r], { color: false })
    expect(out).toMatch(/Sourcing score \d+\/100 {2}grade [A-F]/)
    expect(out).toContain('Profile')
    expect(out).toContain('Sources')
    expect(out).toContain('Flagged anonymous sources')
    expect(out).toContain('lacks: no reason given for the anonymity')
    expect(out).toContain('Unsourced claims')
    expect(out).toMatch(
      /^test\/fixtures\/harbour-bridge\/input\.md:19:20 +warning +“reportedly” relays a report without naming it +hearsay$/m,
    )
    expect(out).toMatch(/1 error, 3 warnings, 1 info\n$/)
  })

  it('colours only when asked, or on a terminal without NO_COLOR', () => {
    const ansi = /\u001b\[/
    expect(formats.text([r], { color: true })).toMatch(ansi)
    expect(formats.text([r], { color: false })).not.toMatch(ansi)
    vi.stubEnv('NO_COLOR', '1')
    vi.stubEnv('FORCE_COLOR', '1')
    expect(formats.text([r])).not.toMatch(ansi)
    vi.stubEnv('NO_COLOR', '')
    expect(formats.text([r])).toMatch(ansi)
    vi.stubEnv('FORCE_COLOR', '')
    // Under vitest stdout is not a terminal: no colour.
    expect(formats.text([r])).not.toMatch(ansi)
  })

  it('strips terminal control sequences from article text', () => {
    const c = harbourBridge()
    const evil = report(c.analysis, {
      messages: [{ reason: 'bad \u001b[31mred\u001b[0m \u202eevil', ruleId: 'x', fatal: true }],
    })
    const out = formats.text([evil], { color: false })
    expect(out).not.toContain('\u001b')
    expect(out).not.toContain('\u202e')
    expect(out).toContain('bad [31mred[0m evil')
  })
})

describe('markdown', () => {
  it('escapes article text so it cannot become markup, links or HTML', () => {
    expect(escapeMarkdown('<script>alert(1)</script> *a* [x](y) `c` | & $5 @ed ~~s~~')).toBe(
      '\\<script\\>alert(1)\\</script\\> \\*a\\* \\[x\\](y) \\`c\\` \\| \\& \\$5 \\@ed \\~\\~s\\~\\~',
    )
    for (const ext of ['txt', 'md', 'html'] as const) {
      const out = formats.markdown([reportOf(hostile(ext))])
      const tree = fromMarkdown(out)
      const kinds = new Set<string>()
      const texts: string[] = []
      const walk = (node: Nodes) => {
        kinds.add(node.type)
        if (node.type === 'text' || node.type === 'inlineCode') texts.push(node.value)
        if (node.type === 'link') expect(node.url).toMatch(/^https?:/)
        if ('children' in node) for (const child of node.children) walk(child)
      }
      walk(tree)
      expect(kinds.has('html'), ext).toBe(false)
      expect(kinds.has('image'), ext).toBe(false)
      expect(out).not.toContain('javascript:')
      expect(texts.join(' ')).toContain('<script>alert("reason")</script>')
    }
  })

  it('puts a summary table sorted by score before several reports', () => {
    const out = formats.markdown(cases.map((make) => reportOf(make())))
    const table = out.slice(0, out.indexOf('\n## '))
    const rows = table.split('\n').filter((l) => l.startsWith('| `'))
    expect(rows.map((l) => Number(l.split('|')[2]))).toEqual(
      [...rows.map((l) => Number(l.split('|')[2]))].sort((a, b) => a - b),
    )
    expect(rows).toHaveLength(3)
  })
})
