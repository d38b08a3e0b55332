import { existsSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import { listFiles, onrecord, project, stackLines } from '../helpers.js'

/**
 * The command line on bad files, end to end (the built `bin/onrecord.js`, as a user runs
 * it): any byte string in, a clean answer out; a bad file never stops a run; output is
 * atomic, stays inside its folder and never overwrites an input; positions stay exact
 * through decoding. Library-level properties are tested in the parser, rules and reporter
 * packages' `test/robustness/`.
 */

interface ReportJson {
  file: string | null
  article: { text: string } | null
  attributions: Array<{ content: Span; source: Span | null }>
  messages: Array<{ start?: { line: number; column: number; offset: number } }>
}
interface Span {
  text: string
  start: { offset: number; line: number; column: number }
  end: { offset: number }
}

/** The parts of a hast tree this file reads (the package has no @types/hast). */
interface Element {
  type: 'element'
  tagName: string
  properties: Record<string, unknown>
  children: Nodes[]
}
type Nodes = Element | { type: string; children?: Nodes[] }

const prose = 'Officials said the bridge would reopen, according to a memo seen by reporters.\n'

/** Every span of a report is its slice of the article text the report carries. */
function spanProblems(report: ReportJson): string[] {
  const text = report.article?.text ?? ''
  const problems: string[] = []
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`))
    else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>
      const span = v as unknown as Span
      if (
        typeof v.text === 'string' &&
        span.start?.offset !== undefined &&
        span.end?.offset !== undefined
      )
        if (text.slice(span.start.offset, span.end.offset) !== span.text) problems.push(path)
      for (const [key, child] of Object.entries(v))
        if (key !== 'article') visit(child, `${path}.${key}`)
    }
  }
  visit(report, '$')
  return problems
}

describe('robustness: reading files', () => {
  it('answers every kind of bad file by name, checks the good ones, and prints no stack trace', async () => {
    const utf16 = (text: string, bigEndian: boolean) => {
      const le = Buffer.from(`\ufeff${text}`, 'utf16le')
      if (bigEndian) for (let i = 0; i < le.length; i += 2) le.writeUInt16BE(le.readUInt16LE(i), i)
      return le
    }
    const root = project({
      'good.md': prose,
      'empty.md': '',
      'blank.txt': ' \n\t\r\n',
      'binary.md': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
      'latin1.txt': Buffer.from('Caf\xe9 officials said \xff\xfe it works.\n', 'latin1'),
      'utf16le.md': utf16(prose, false),
      'utf16be.md': utf16(prose, true),
      'bom-crlf.md': `\ufeffHeadline\r\n\r\n${prose.replace('\n', '\r\n')}\rA lone CR, she said.\r`,
      'nul.txt': `Officials\u0000 said \u0007it.\n`,
      'bell.txt': `Officials said \u0007it \u001b[31mworks.\n`,
      'large.md': `${prose.repeat(200)}`,
    })
    symlinkSync(join(root, 'missing.md'), join(root, 'dangling.md'))
    const result = await onrecord(
      ['report', '.', '-f', 'jsonl', '-j', '2', '--max-file-size', '10KB'],
      { cwd: root },
    )
    expect(stackLines(result.stderr)).toEqual([])
    expect(result.code).toBe(2)
    const said = (name: string, what: RegExp) =>
      expect(
        result.stderr.split('\n').some((line) => line.includes(name) && what.test(line)),
        `${name}: ${result.stderr}`,
      ).toBe(true)
    said('binary.md', /not a text file/)
    said('empty.md', /empty/)
    said('blank.txt', /white space/)
    said('latin1.txt', /invalid UTF-8.*line 1, column 4/)
    said('large.md', /too large/)
    // A NUL byte marks binary data (as git reads it), even among text.
    said('nul.txt', /not a text file/)
    const reports = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ReportJson)
    const files = reports.map((r) => r.file).sort()
    expect(files).toEqual([
      'bell.txt',
      'bom-crlf.md',
      'good.md',
      'latin1.txt',
      'utf16be.md',
      'utf16le.md',
    ])
    for (const r of reports) expect(spanProblems(r), String(r.file)).toEqual([])
    // Decoding: UTF-16 reads as the same text as UTF-8, invalid bytes as U+FFFD.
    const text = (file: string) => reports.find((r) => r.file === file)?.article?.text
    expect(text('utf16le.md')).toBe(prose)
    expect(text('utf16be.md')).toBe(prose)
    expect(text('latin1.txt')).toContain('Caf\uFFFD officials')
    // CRLF, then a CRLF and a lone CR (an empty line 4): “she” is on line 5, column 12.
    const bom = reports.find((r) => r.file === 'bom-crlf.md') as ReportJson
    const lone = bom.attributions.find((a) => a.source?.text === 'she')
    const offset = bom.article?.text.indexOf('she said') ?? -1
    expect(lone?.source?.start).toMatchObject({ offset, line: 5, column: 12 })
  })

  it('checks 2,000 tiny files with a bad one among them, reports every other one, in order', async () => {
    const files: Record<string, string | Buffer> = {}
    for (let i = 0; i < 2_000; i++)
      files[`f/${String(i).padStart(4, '0')}.md`] = `Officials in ward ${i} said it works.\n`
    files['f/1000.md'] = Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0x01, 0x02])
    const root = project(files)
    const result = await onrecord(['report', 'f', '-f', 'jsonl', '-j', '2'], { cwd: root })
    expect(stackLines(result.stderr)).toEqual([])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('f/1000.md')
    const names = result.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as ReportJson).file)
    expect(names).toHaveLength(1_999)
    expect(names).toEqual([...names].sort())
    expect(names).not.toContain('f/1000.md')
  }, 120_000)

  it('stops a file that takes too long and goes on with the others', async () => {
    let slow = ''
    for (let i = 0; slow.length < 3_000_000; i++)
      slow += `Officials in ward ${i} said the plan would work, according to a memo.\n\n`
    const root = project({ 'a.md': prose, 'b.md': slow, 'c.md': prose })
    const result = await onrecord(['report', '.', '-f', 'jsonl', '--timeout', '1', '-j', '2'], {
      cwd: root,
    })
    expect(stackLines(result.stderr)).toEqual([])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/b\.md: .*(longer|time)/)
    const names = result.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as ReportJson).file)
    expect(names).toEqual(['a.md', 'c.md'])
  }, 120_000)
})

describe('robustness: writing output', () => {
  it('writes --out whole, through a temporary file, and leaves nothing else behind', async () => {
    const root = project({ 'a.md': prose, 'out/report.json': 'old contents' })
    const result = await onrecord(['report', 'a.md', '-f', 'json', '-o', 'out/report.json'], {
      cwd: root,
    })
    expect(result.code).toBe(0)
    expect(readdirSync(join(root, 'out'))).toEqual(['report.json'])
    expect(JSON.parse(readFileSync(join(root, 'out/report.json'), 'utf8')).file).toBe('a.md')
  })

  it('never writes over an input file', async () => {
    const root = project({ 'a.md': prose })
    const before = statSync(join(root, 'a.md')).mtimeMs
    const result = await onrecord(['report', 'a.md', '-f', 'json', '-o', 'a.md'], { cwd: root })
    expect(stackLines(result.stderr)).toEqual([])
    expect(result.code).toBe(2)
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(prose)
    expect(statSync(join(root, 'a.md')).mtimeMs).toBe(before)
  })

  it('keeps HTML pages for hostile file names inside the output folder, and inert', async () => {
    const names = [
      'in/a\u0001b.md',
      'in/<script>alert(1)<\u2044script>.md',
      'in/"><img src=x onerror=alert(2)>.md',
      'in/evil\u202etxt.md',
      'in/sub/x y.md',
      'in/..x.md',
    ]
    const root = project({
      ...Object.fromEntries(names.map((n) => [n, prose])),
      'keep.txt': 'outside',
    })
    const result = await onrecord(['report', 'in', '-f', 'html', '-o', 'site'], { cwd: root })
    expect(stackLines(result.stderr)).toEqual([])
    const written = listFiles(root)
    // Nothing outside site/ but the inputs and the file that was there.
    for (const file of written)
      expect(file.startsWith('site/') || file.startsWith('in/') || file === 'keep.txt', file).toBe(
        true,
      )
    expect(readFileSync(join(root, 'keep.txt'), 'utf8')).toBe('outside')
    const pages = written.filter((f) => f.startsWith('site/'))
    expect(pages).toContain('site/index.html')
    for (const page of pages) {
      // No control characters in the names written to disk. (Bidirectional overrides such as
      // U+202E are kept from the input name today: reported to the command line's owner.)
      expect(page).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
      const tree = fromHtml(readFileSync(join(root, page), 'utf8')) as unknown as Nodes
      const elements: Element[] = []
      const walk = (node: Nodes) => {
        if (node.type === 'element') elements.push(node as Element)
        for (const child of node.children ?? []) walk(child)
      }
      walk(tree)
      expect(elements.filter((e) => e.tagName === 'script').length, page).toBeLessThanOrEqual(1)
      for (const e of elements) {
        expect(['img', 'iframe', 'object', 'embed'], page).not.toContain(e.tagName)
        for (const name of Object.keys(e.properties))
          expect(name.toLowerCase().startsWith('on'), `${page}: <${e.tagName} ${name}>`).toBe(false)
      }
    }
    expect(existsSync(join(root, 'site'))).toBe(true)
  })
})
