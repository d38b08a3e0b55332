import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ParseCache } from '@onrecord/parser'
import { describe, expect, it } from 'vitest'
import {
  ConfigError,
  check,
  FileError,
  findConfig,
  loadConfig,
  resolveConfigFor,
} from '../src/index.js'
import { bin, hedged, htmlArticle, plain, project } from './helpers.js'

describe('check()', () => {
  it('checks a string: the report and the lint messages as vfile messages', async () => {
    const { report, messages, file, warnings } = await check(hedged, { config: false })
    expect(report.version).toBe(1)
    expect(report.file).toBe(null)
    expect(report.score.value).toBeGreaterThanOrEqual(0)
    expect(messages.length).toBe(report.messages.length)
    const hedge = messages.find((m) => m.ruleId === 'hedge')
    expect(hedge?.source).toBe('onrecord')
    expect(hedge?.url).toMatch(/^https:\/\//)
    expect(hedge?.actual).toBe('expected to')
    expect(file.data.analysis).toBeDefined()
    expect(warnings).toEqual([])
  })

  it('reads { path } with the configuration found for it, like the command line', async () => {
    const root = project({
      'desk/a.md': hedged,
      'desk/.onrecordrc.yaml': 'rules:\n  hedge: error\n',
    })
    const { report, config } = await check({ path: 'desk/a.md' }, { cwd: root })
    expect(report.file).toBe('desk/a.md')
    expect(report.messages.find((m) => m.ruleId === 'hedge')?.severity).toBe('error')
    expect(config.file).toBe(join(root, 'desk/.onrecordrc.yaml'))
    // The same file from the command line gives the same report.
    const cli = spawnSync(process.execPath, [bin, 'report', '-f', 'json', 'desk/a.md'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(cli.status).toBe(1)
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(report)))
  })

  it('checks { path, value } as that file without reading it; bytes are decoded like files', async () => {
    const root = project({ 'desk/.onrecordrc.json': '{ "rules": { "hedge": "off" } }' })
    const html = await check({ path: 'desk/ferry.html', value: htmlArticle }, { cwd: root })
    expect(html.report.meta.format).toBe('html')
    expect(html.report.messages.some((m) => m.ruleId === 'hedge')).toBe(false)
    const bytes = await check({
      path: 'x.md',
      value: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain)]),
    })
    expect(bytes.report.article?.text).toBe(plain)
    await expect(check({ path: 'x.md', value: Buffer.from([0, 1, 2]) })).rejects.toThrow(FileError)
    await expect(check({ path: join(root, 'missing.md') })).rejects.toThrow(
      'no such file or directory',
    )
  })

  it('takes a configuration object, checked like a file', async () => {
    const on = await check(hedged, { config: { rules: { hedge: 'error' } } })
    expect(on.report.messages.find((m) => m.ruleId === 'hedge')?.severity).toBe('error')
    const off = await check(hedged, { config: { preset: 'research' }, rules: { hedge: 'off' } })
    expect(off.report.messages.some((m) => m.ruleId === 'hedge')).toBe(false)
    await expect(check(hedged, { config: { rules: { hedgee: 'warn' } } })).rejects.toThrow(
      ConfigError,
    )
    await expect(check(hedged, { config: { rules: { hedgee: 'warn' } } })).rejects.toThrow(
      /^rules\.hedgee: unknown rule \(did you mean "hedge"\?\)/,
    )
  })
})

describe('check() with a parse cache', () => {
  /** What a check gives, as plain data: its messages and its report. */
  const outcome = (result: Awaited<ReturnType<typeof check>>) => ({
    messages: result.messages.map((m) => ({
      ruleId: m.ruleId,
      reason: m.reason,
      place: m.place,
      actual: m.actual,
      expected: m.expected,
      note: m.note,
      cause: (m.cause as { place?: unknown } | undefined)?.place,
    })),
    report: JSON.parse(JSON.stringify(result.report)),
  })

  it('gives what a check from scratch gives, version after version of one buffer', async () => {
    const parseCache = new ParseCache()
    const paragraphs = hedged.split(/\n\s*\n/)
    // Edits an editor would send: type into a paragraph, split one, open and close a fence,
    // take paragraphs away, put them back, move them.
    const versions = [
      hedged,
      hedged.replace('expected', 'reportedly expected'),
      hedged
        .replace('. ', '.\n\nAnd then, a source said, ')
        .replace('expected', 'reportedly expected'),
      `\`\`\`\n${hedged}`,
      `\`\`\`\n\n\`\`\`\n\n${hedged}`,
      [...paragraphs].reverse().join('\n\n'),
      `# Headline\n\n${paragraphs.slice(1).join('\n\n')}`,
      `${hedged}\n\n${hedged}`,
      `${plain}\n\n${hedged}`,
      hedged,
    ]
    for (const text of versions) {
      const options = { config: false as const, format: 'markdown' as const }
      const fresh = outcome(await check(text, options))
      expect(outcome(await check(text, { ...options, parseCache }))).toEqual(fresh)
    }
  })

  it('makes the report when it is first read, once', async () => {
    const result = await check(hedged, { config: false })
    const report = result.report
    expect(result.report).toBe(report)
    // A copy of the result carries it too.
    expect({ ...result }.report).toBe(report)
    expect(report).toEqual((await check(hedged, { config: false })).report)
  })
})

describe('configuration for other tools', () => {
  it('loadConfig reads and checks one file; findConfig and resolveConfigFor discover as the command line does', async () => {
    const root = project({
      'a/.onrecordrc.yaml': 'preset: strict\nrules:\n  hedge: off\n',
      'a/b/c.md': plain,
      'bad.json': '{ "rules": { "nope": "warn" } }',
    })
    expect(await loadConfig(join(root, 'a/.onrecordrc.yaml'))).toEqual({
      preset: 'strict',
      rules: { hedge: 'off' },
    })
    await expect(loadConfig(join(root, 'bad.json'))).rejects.toThrow(
      /bad\.json: rules\.nope: unknown rule/,
    )
    const found = await findConfig('a/b/c.md', { cwd: root })
    expect(found?.path).toBe(join(root, 'a/.onrecordrc.yaml'))
    const resolved = resolveConfigFor('a/b/c.md', { cwd: root })
    expect(resolved.preset).toBe('strict')
    expect(resolved.rules.hedge?.severity).toBe('off')
    expect(resolved.rules['anonymous-without-reason']?.severity).toBe('error')
  })
})

describe('the README example', () => {
  it('runs as written against the built package', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const example = /<!-- example: api -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(example, 'README has an `<!-- example: api -->` js block').toBeDefined()
    const root = project({ 'draft.md': hedged })
    mkdirSync(join(root, 'node_modules/@onrecord'), { recursive: true })
    symlinkSync(
      fileURLToPath(new URL('..', import.meta.url)),
      join(root, 'node_modules/@onrecord/cli'),
      'dir',
    )
    writeFileSync(join(root, 'example.mjs'), example as string)
    const output = execFileSync(process.execPath, ['example.mjs'], { cwd: root, encoding: 'utf8' })
    expect(output).toMatch(/^draft\.md: \d+\/100 \([A-F]\), \d+ messages\n/)
    expect(output).toMatch(/^ {2}\d+:\d+ hedge: Hedge “expected to”/m)
  })
})
