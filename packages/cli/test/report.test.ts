import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '@onrecord/reporter'
import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import {
  anonymous,
  everyRule,
  hedged,
  htmlArticle,
  listFiles,
  onrecord,
  plain,
  project,
} from './helpers.js'

const articles = {
  'news/a-harbour.md': hedged,
  'news/b-council.txt': anonymous,
  'news/c-library.md': plain,
  'news/d-ferry.html': htmlArticle,
}

describe('onrecord report', () => {
  it('text (the default): score, profile, sources and messages of each article', async () => {
    const root = project(articles)
    const { code, stdout, stderr } = await onrecord(['report', 'news/a-harbour.md'], { cwd: root })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^news\/a-harbour\.md — Harbour authority approves dredging plan$/m)
    expect(stdout).toMatch(/Sourcing score \d+\/100 {2}grade [A-F]/)
    expect(stdout).toContain('Sources')
    expect(stdout).toMatch(/news\/a-harbour\.md:7:\d+ +warning +Hedge “expected to”/)
    const many = await onrecord(['report', 'news'], { cwd: root })
    const order = [...many.stdout.matchAll(/^(news\/\S+)(?: — .*)?$/gm)].map((m) => m[1])
    expect(order).toEqual(Object.keys(articles))
  })

  it('json: one report as an object; several (or a folder) as an array in input order', async () => {
    const root = project(articles)
    const one = await onrecord(['report', '-f', 'json', 'news/a-harbour.md'], { cwd: root })
    const report = JSON.parse(one.stdout) as Report
    expect(report.version).toBe(1)
    expect(report.file).toBe('news/a-harbour.md')
    expect(report.title).toBe('Harbour authority approves dredging plan')
    expect(report.messages.some((m) => m.ruleId === 'hedge')).toBe(true)
    // Every span is a slice of the article text.
    const text = readFileSync(join(root, 'news/a-harbour.md'), 'utf8')
    for (const a of report.attributions)
      expect(text.slice(a.content.start.offset, a.content.end.offset)).toBe(a.content.text)

    const all = JSON.parse(
      (await onrecord(['report', '--format=json', 'news'], { cwd: root })).stdout,
    ) as Report[]
    expect(all.map((r) => r.file)).toEqual(Object.keys(articles))
    const single = JSON.parse(
      (await onrecord(['report', '-f', 'json', 'solo'], { cwd: project({ 'solo/x.md': plain }) }))
        .stdout,
    )
    expect(Array.isArray(single)).toBe(true)
    // The array is exactly what JSON.stringify(reports, null, 2) gives.
    const twice = await onrecord(
      ['report', '-f', 'json', 'news/a-harbour.md', 'news/c-library.md'],
      { cwd: root },
    )
    const parsed = JSON.parse(twice.stdout)
    expect(twice.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`)
  })

  it('jsonl: one report per line, in input order', async () => {
    const root = project(articles)
    const { code, stdout } = await onrecord(
      ['report', '--format', 'jsonl', 'news/d-ferry.html', 'news'],
      { cwd: root },
    )
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    const reports = lines.map((line) => JSON.parse(line) as Report)
    expect(reports.map((r) => r.file)).toEqual([
      'news/d-ferry.html',
      'news/a-harbour.md',
      'news/b-council.txt',
      'news/c-library.md',
    ])
    expect(reports[0]?.meta.format).toBe('html')
    expect(reports[2]?.meta.format).toBe('text')
  })

  it('markdown: a document per article; several get a section each and a summary table', async () => {
    const root = project(articles)
    const one = await onrecord(['report', '-f', 'markdown', 'news/a-harbour.md'], { cwd: root })
    expect(one.stdout).toMatch(/^# Sourcing report: Harbour authority approves dredging plan$/m)
    const many = await onrecord(['report', '-f', 'markdown', 'news'], { cwd: root })
    expect(many.stdout.startsWith('# Sourcing reports\n')).toBe(true)
    expect(many.stdout.match(/^## Sourcing report/gm)).toHaveLength(4)
    expect(many.stdout).toMatch(/^## Summary\n\n\| File \| Score \| Grade \|$/m)
  })

  it('sarif: one valid SARIF 2.1.0 log with a result per message and consistent indices', async () => {
    const root = project({ ...articles, '.onrecordrc.json': await everyRule('warn') })
    const { code, stdout } = await onrecord(['report', '-f', 'sarif', 'news'], { cwd: root })
    expect(code).toBe(0)
    const log = JSON.parse(stdout)
    expect(log.version).toBe('2.1.0')
    const [run] = log.runs
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(
      Object.keys(articles),
    )
    const jsonl = (await onrecord(['report', '-f', 'jsonl', 'news'], { cwd: root })).stdout
    const messageCount = jsonl
      .trim()
      .split('\n')
      .reduce((n, line) => n + (JSON.parse(line) as Report).messages.length, 0)
    expect(run.results).toHaveLength(messageCount)
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      const location = result.locations[0].physicalLocation
      expect(run.artifacts[location.artifactLocation.index].location.uri).toBe(
        location.artifactLocation.uri,
      )
    }
  })

  it('html: one self-contained page on stdout for one input, with the article escaped', async () => {
    const root = project({
      'evil.md': `${plain}\nThe mayor said <script>alert(1)</script> "><img src=x onerror=alert(2)> was fine.\n`,
    })
    const { code, stdout } = await onrecord(['report', '-f', 'html', 'evil.md'], { cwd: root })
    expect(code).toBe(0)
    expect(stdout.startsWith('<!doctype html>')).toBe(true)
    const tree = fromHtml(stdout)
    const scripts: string[] = []
    const images: unknown[] = []
    const visit = (node: { type: string; tagName?: string; children?: unknown[] }) => {
      if (node.type === 'element' && node.tagName === 'script') scripts.push(JSON.stringify(node))
      if (node.type === 'element' && node.tagName === 'img') images.push(node)
      for (const child of (node.children ?? []) as Array<typeof node>) visit(child)
    }
    visit(tree as never)
    expect(images).toEqual([])
    expect(scripts.every((s) => !s.includes('alert('))).toBe(true)
  })

  it('html --out DIR: a page per article and an index.html sorted by score, all inside DIR', async () => {
    const root = project(articles)
    const { code, stderr } = await onrecord(['report', '-f', 'html', '--out', 'site', 'news'], {
      cwd: root,
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(listFiles(join(root, 'site'))).toEqual([
      'index.html',
      'news/a-harbour.md.html',
      'news/b-council.txt.html',
      'news/c-library.md.html',
      'news/d-ferry.html.html',
    ])
    const index = readFileSync(join(root, 'site/index.html'), 'utf8')
    const rows = [...index.matchAll(/<tr><td class="num">(\d+)<\/td>.*?href="([^"]+)"/g)].map(
      (m) => ({
        score: Number(m[1]),
        href: m[2],
      }),
    )
    expect(rows).toHaveLength(4)
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => a - b))
    for (const row of rows)
      expect(statSync(join(root, 'site', decodeURIComponent(row.href as string))).isFile()).toBe(
        true,
      )
  })

  it('html with several inputs and no --out is a usage error', async () => {
    const root = project(articles)
    const result = await onrecord(['report', '-f', 'html', 'news'], { cwd: root })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'onrecord: --format html with several inputs needs --out DIR (one page per article and an index.html)\n',
    })
  })

  it('--out FILE writes through a temporary file and a rename, and replaces an older file', async () => {
    const root = project({ ...articles, 'out/reports.jsonl': 'old content\n' })
    const { code, stdout } = await onrecord(
      ['report', '-f', 'jsonl', '-o', 'out/reports.jsonl', 'news'],
      { cwd: root },
    )
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const written = readFileSync(join(root, 'out/reports.jsonl'), 'utf8')
    expect(written.trim().split('\n')).toHaveLength(4)
    expect(listFiles(join(root, 'out'))).toEqual(['reports.jsonl'])
    const nested = await onrecord(
      ['report', '-f', 'json', '-o', 'deep/er/r.json', 'news/c-library.md'],
      { cwd: root },
    )
    expect(nested.code).toBe(0)
    expect(JSON.parse(readFileSync(join(root, 'deep/er/r.json'), 'utf8')).file).toBe(
      'news/c-library.md',
    )
  })

  it('refuses to write over an input, and leaves it as it was', async () => {
    const root = project(articles)
    const result = await onrecord(
      ['report', '-f', 'json', '-o', 'news/c-library.md', 'news/c-library.md'],
      { cwd: root },
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'onrecord: news/c-library.md: refusing to write over an input file\n',
    )
    expect(readFileSync(join(root, 'news/c-library.md'), 'utf8')).toBe(plain)
  })

  it('--summary csv and json: one row per article; with reports too, each goes to its own place', async () => {
    const root = project({ ...articles, 'news/e, "quoted".md': plain })
    const csv = await onrecord(['report', 'news', '--summary', 'csv'], { cwd: root })
    expect(csv.code).toBe(0)
    const lines = csv.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe(
      'file,title,words,score,grade,claims,unsourced_claims,named_sources,document_sources,anonymous_sources,vague_sources,quotes,hedges,errors,warnings',
    )
    expect(lines).toHaveLength(6)
    expect(lines[1]).toMatch(
      /^news\/a-harbour\.md,Harbour authority approves dredging plan,\d+,\d+,[A-F],\d+/,
    )
    expect(lines[5]).toMatch(/^"news\/e, ""quoted"".md",/)
    const json = await onrecord(['report', 'news', '--summary', 'json'], { cwd: root })
    const rows = JSON.parse(json.stdout) as Array<{
      file: string
      score: number
      namedSources: number
    }>
    expect(rows.map((r) => r.file)).toEqual([...Object.keys(articles), 'news/e, "quoted".md'])
    const harbour = rows[0] as { namedSources: number; hedges: number; quotes: number }
    expect(harbour.namedSources).toBeGreaterThanOrEqual(1)
    expect(harbour.quotes).toBe(1)

    const both = await onrecord(['report', 'news', '-f', 'jsonl', '--summary', 'csv'], {
      cwd: root,
    })
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/would both go to standard output/)
    const split = await onrecord(
      [
        'report',
        'news',
        '-f',
        'jsonl',
        '-o',
        'r.jsonl',
        '--summary',
        'csv',
        '--summary-out',
        's.csv',
      ],
      { cwd: root },
    )
    expect(split.code).toBe(0)
    expect(readFileSync(join(root, 's.csv'), 'utf8').split('\n')[0]).toMatch(/^file,title,/)
    expect(readFileSync(join(root, 'r.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5)
    // With no --format, the table is the output: --out is where it goes.
    const tableOnly = await onrecord(['report', 'news', '--summary', 'csv', '--out', 'table.csv'], {
      cwd: root,
    })
    expect(tableOnly).toMatchObject({ code: 0, stdout: '' })
    expect(readFileSync(join(root, 'table.csv'), 'utf8')).toBe(csv.stdout)
  })

  it('report mode has the same exit codes as lint mode', async () => {
    const root = project({ ...articles, '.onrecordrc.json': await everyRule('warn') })
    expect((await onrecord(['report', '-f', 'jsonl', 'news'], { cwd: root })).code).toBe(0)
    expect((await onrecord(['report', '-f', 'jsonl', 'news', '--frail'], { cwd: root })).code).toBe(
      1,
    )
    expect(
      (await onrecord(['report', '-f', 'jsonl', 'news', '--rule', 'hedge=error'], { cwd: root }))
        .code,
    ).toBe(1)
    expect(
      (await onrecord(['report', '-f', 'jsonl', 'news', '--min-score', '100'], { cwd: root })).code,
    ).toBe(1)
  })
})
