import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { rules } from '@onrecord/rules'
import { describe, expect, it } from 'vitest'
import {
  anonymous,
  everyRule,
  hedged,
  htmlArticle,
  onrecord,
  plain,
  project,
  stackLines,
} from './helpers.js'

const messageLine = /^ {2}\s*\d+:\d+\s+ (error|warning|info) {2}.+ {2}[a-z-]+$/

describe('onrecord [lint]', () => {
  it('prints each file with its score, one aligned line per message, and a summary', async () => {
    const root = project({ 'story.md': hedged, '.onrecordrc.json': await everyRule('warn') })
    const { code, stdout, stderr } = await onrecord(['story.md'], { cwd: root })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[0]).toMatch(/^story\.md {2}score \d+\/100 \([A-F]\)$/)
    const messages = lines.filter((line) => messageLine.test(line))
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.some((line) => /warning .*“expected to”.* hedge$/.test(line))).toBe(true)
    // The colons of line:column line up.
    const colons = new Set(messages.map((line) => line.indexOf(':')))
    expect(colons.size).toBe(1)
    expect(lines.at(-2)).toMatch(
      /^⚠ \d+ problems? \(0 errors, \d+ warnings?(, \d+ info)?\) in 1 file · average score \d+$/,
    )
    expect(stdout.endsWith('\n')).toBe(true)
  })

  it('`lint` is the default command', async () => {
    const root = project({ 'story.md': hedged })
    const implicit = await onrecord(['story.md'], { cwd: root })
    const explicit = await onrecord(['lint', 'story.md'], { cwd: root })
    expect(explicit).toEqual(implicit)
  })

  it('exits 0 with warnings only, 1 with an error', async () => {
    const root = project({ 'story.md': hedged, '.onrecordrc.json': await everyRule('warn') })
    expect((await onrecord(['story.md'], { cwd: root })).code).toBe(0)
    const failing = await onrecord(['story.md', '--rule', 'hedge=error'], { cwd: root })
    expect(failing.code).toBe(1)
    expect(failing.stdout).toMatch(/error +Hedge “expected to”.* hedge$/m)
    expect(failing.stdout).toMatch(/^✖ \d+ problems \(1 error, /m)
  })

  it('--frail makes warnings fail', async () => {
    const root = project({ 'story.md': hedged, '.onrecordrc.json': await everyRule('warn') })
    expect((await onrecord(['story.md', '--frail'], { cwd: root })).code).toBe(1)
    const clean = project({ 'story.md': hedged, '.onrecordrc.json': await everyRule('off') })
    expect((await onrecord(['story.md', '--frail'], { cwd: clean })).code).toBe(0)
  })

  it('--max-warnings N fails only above N', async () => {
    const root = project({ 'story.md': hedged, '.onrecordrc.json': await everyRule('warn') })
    expect((await onrecord(['story.md', '--max-warnings', '0'], { cwd: root })).code).toBe(1)
    expect((await onrecord(['story.md', '--max-warnings', '1000'], { cwd: root })).code).toBe(0)
    const bad = await onrecord(['story.md', '--max-warnings', 'lots'], { cwd: root })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('onrecord: --max-warnings needs a whole number, got "lots"\n')
  })

  it('--min-score N fails when a score is under N, and says which file', async () => {
    const root = project({
      'story.md': anonymous,
      'plain.md': plain,
      '.onrecordrc.json': await everyRule('off'),
    })
    const under = await onrecord(['.', '--min-score', '100'], { cwd: root })
    expect(under.code).toBe(1)
    expect(under.stdout).toMatch(/^story\.md {2}score \d+\/100 \([A-F]\) {2}under --min-score 100/m)
    expect(under.stdout).toMatch(/files? under --min-score 100/)
    expect((await onrecord(['.', '--min-score', '0'], { cwd: root })).code).toBe(0)
    expect((await onrecord(['.', '--min-score', '101'], { cwd: root })).code).toBe(2)
  })

  it('--quiet shows errors only', async () => {
    const root = project({ 'story.md': hedged, '.onrecordrc.json': await everyRule('warn') })
    const quiet = await onrecord(['story.md', '--quiet'], { cwd: root })
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' })
    const withError = await onrecord(['story.md', '-q', '--rule', 'hedge=error'], { cwd: root })
    expect(withError.code).toBe(1)
    expect(withError.stdout.split('\n').filter((l) => messageLine.test(l))).toEqual([
      expect.stringMatching(/error .* hedge$/),
    ])
  })

  it('walks folders for .md, .markdown, .txt, .html and .htm, in name order, skipping dot files and node_modules', async () => {
    const root = project({
      'news/b.md': plain,
      'news/a.txt': plain,
      'news/c.markdown': plain,
      'news/d.html': htmlArticle,
      'news/e.htm': htmlArticle,
      'news/notes.json': '{"not": "an article"}',
      'news/.draft.md': plain,
      'news/.hidden/x.md': plain,
      'news/node_modules/pkg/readme.md': plain,
      'news/sub/z.md': plain,
      '.onrecordrc.json': await everyRule('off'),
    })
    const { code, stdout } = await onrecord(['news'], { cwd: root })
    expect(code).toBe(0)
    const files = stdout
      .split('\n')
      .filter((line) => /^\S+ {2}score/.test(line))
      .map((line) => line.split(' ')[0])
    expect(files).toEqual([
      'news/a.txt',
      'news/b.md',
      'news/c.markdown',
      'news/d.html',
      'news/e.htm',
      'news/sub/z.md',
    ])
    expect(stdout).toMatch(/^✔ 6 files checked, no problems · average score \d+$/m)
  })

  it('expands globs, and a glob or folder that matches nothing is an error (exit 2)', async () => {
    const root = project({
      'a/one.md': plain,
      'a/two.txt': plain,
      'b/three.md': plain,
      '.onrecordrc.json': await everyRule('off'),
    })
    const globbed = await onrecord(['**/*.md'], { cwd: root })
    expect(globbed.code).toBe(0)
    expect(globbed.stdout).toMatch(/^a\/one\.md /m)
    expect(globbed.stdout).toMatch(/^b\/three\.md /m)
    expect(globbed.stdout).not.toMatch(/two\.txt/)
    const none = await onrecord(['**/*.rst', 'a/one.md'], { cwd: root })
    expect(none.code).toBe(2)
    expect(none.stderr).toBe(
      'onrecord: error: **/*.rst: no files match this pattern (or all are ignored)\n',
    )
    expect(none.stdout).toMatch(/^a\/one\.md /m)
    const empty = project({ 'empty/readme.rst': 'x' })
    const folder = await onrecord(['empty'], { cwd: empty })
    expect(folder.code).toBe(2)
    expect(folder.stderr).toMatch(
      /^onrecord: error: empty: no \.md, \.markdown, \.txt, \.html, \.htm files found/,
    )
  })

  it('checks a file reached twice once', async () => {
    const root = project({ 'news/a.md': plain, '.onrecordrc.json': await everyRule('off') })
    const { stdout } = await onrecord(['news/a.md', 'news', './news/a.md'], { cwd: root })
    expect(stdout.match(/^news\/a\.md {2}score/gm)).toHaveLength(1)
  })

  it('colours only on a terminal or with --color; NO_COLOR and --no-color turn it off', async () => {
    const root = project({ 'story.md': hedged })
    const escape = '\u001b['
    expect((await onrecord(['story.md'], { cwd: root })).stdout).not.toContain(escape)
    expect((await onrecord(['story.md', '--color'], { cwd: root })).stdout).toContain(escape)
    expect(
      (await onrecord(['story.md'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout,
    ).toContain(escape)
    expect(
      (await onrecord(['story.md'], { cwd: root, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }))
        .stdout,
    ).not.toContain(escape)
    expect(
      (await onrecord(['story.md', '--no-color'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout,
    ).not.toContain(escape)
  })

  it('never prints control characters from the article to the terminal', async () => {
    const root = project({
      'story.md': `The work is expected to begin \u001b[31mnext\u001b[0m month.\n`,
    })
    const { stdout } = await onrecord(['story.md', '--rule', 'hedge=warn'], { cwd: root })
    expect(stdout).not.toContain('\u001b')
  })
})

describe('usage', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    )
    expect(await onrecord(['--version'], { cwd: project() })).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    })
    expect((await onrecord(['-v'], { cwd: project() })).stdout).toBe(`${version}\n`)
  })

  it('--help documents every flag, the exit codes and examples', async () => {
    const { code, stdout } = await onrecord(['--help'], { cwd: project() })
    expect(code).toBe(0)
    for (const flag of [
      '--stdin-filename',
      '--input-format',
      '--ignore-path',
      '--ignore-pattern',
      '--no-ignore',
      '--max-file-size',
      '--config',
      '--no-config',
      '--preset',
      '--rule',
      '--quiet',
      '--frail',
      '--max-warnings',
      '--min-score',
      '--format',
      '--out',
      '--summary',
      '--summary-out',
      '--jobs',
      '--timeout',
      '--color',
      '--no-color',
      '--no-progress',
      '--help',
      '--version',
    ])
      expect(stdout).toContain(flag)
    expect(stdout).toContain('Exit codes')
    expect(stdout).toContain('Examples')
    for (const command of ['report', 'rules', 'init', 'lint']) {
      const help = await onrecord(['help', command], { cwd: project() })
      expect(help.code).toBe(0)
      expect(help.stdout).toContain(`onrecord ${command === 'lint' ? '[lint]' : command}`)
      expect((await onrecord([command, '--help'], { cwd: project() })).stdout).toBe(help.stdout)
    }
  })

  it('bad usage is one line on stderr and exit code 2, never a stack trace', async () => {
    const root = project({ 'story.md': plain })
    const cases: Array<[string[], string]> = [
      [
        ['--frobnicate', 'story.md'],
        'onrecord: unknown option --frobnicate; see onrecord --help\n',
      ],
      [
        ['--formt', 'json'],
        'onrecord: unknown option --formt (did you mean --format?); see onrecord --help\n',
      ],
      [
        ['story.md', '--format', 'json'],
        'onrecord: --format is an option of onrecord report (try: onrecord report … --format …)\n',
      ],
      [
        ['report', 'story.md', '--format', 'pdf'],
        'onrecord: unknown format "pdf"; expected one of text, json, jsonl, markdown, sarif, html\n',
      ],
      [['story.md', '--jobs', '0'], 'onrecord: --jobs must be between 1 and 256, got 0\n'],
      [
        ['story.md', '--rule', 'hedgehog=warn'],
        'onrecord: --rule hedgehog=warn: unknown rule "hedgehog" (did you mean "hedge"?); see onrecord rules\n',
      ],
      [
        ['story.md', '--rule', 'hedge=loud'],
        'onrecord: --rule hedge=loud: expected hedge=off|info|warn|error\n',
      ],
      [
        ['story.md', '--preset', 'lax'],
        'onrecord: unknown preset "lax"; expected one of default, strict, research\n',
      ],
      [['story.md', '--config'], 'onrecord: --config needs a value\n'],
      [
        ['story.md', '--input-format', 'pdf'],
        'onrecord: --input-format must be one of markdown, text, html, got "pdf"\n',
      ],
      [
        ['help', 'bake'],
        'onrecord: no help on "bake"; commands are lint, report, rules and init\n',
      ],
    ]
    for (const [args, message] of cases) {
      const result = await onrecord(args, { cwd: root })
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({
        args,
        code: 2,
        stderr: message,
      })
      expect(result.stdout).toBe('')
    }
  })

  it('a missing input that looks like a mistyped command says so', async () => {
    const result = await onrecord(['reprot'], { cwd: project() })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'onrecord: error: reprot: no such file or directory (did you mean onrecord report?)\n',
    })
  })

  it('exits 2 when there is no input at all', async () => {
    const result = await onrecord([], { cwd: project() })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'onrecord: no input: standard input is empty; give files, folders or globs (onrecord --help)\n',
    )
    expect(stackLines(result.stderr)).toEqual([])
  })
})

describe('onrecord rules', () => {
  it('lists every rule with its severity, default and description', async () => {
    const { code, stdout } = await onrecord(['rules'], { cwd: project() })
    expect(code).toBe(0)
    for (const rule of rules) {
      const line = stdout.split('\n').find((l) => l.startsWith(`${rule.id} `))
      expect(line, rule.id).toBeDefined()
      expect(line).toContain(rule.defaultSeverity)
      expect(line).toContain(rule.description)
    }
    expect(stdout).toMatch(
      new RegExp(`${rules.length} rules · preset default · no configuration file`),
    )
  })

  it('shows the severities the configuration and flags give, and JSON with --format json', async () => {
    const root = project({ '.onrecordrc.yaml': 'preset: strict\nrules:\n  hedge: off\n' })
    const { stdout } = await onrecord(['rules', '--format', 'json', '--rule', 'hearsay=error'], {
      cwd: root,
    })
    const listed = JSON.parse(stdout) as {
      config: string
      preset: string
      rules: Array<{ id: string; severity: string }>
    }
    expect(listed.config).toBe(join(root, '.onrecordrc.yaml'))
    expect(listed.preset).toBe('strict')
    const severity = Object.fromEntries(listed.rules.map((r) => [r.id, r.severity]))
    expect(severity.hedge).toBe('off')
    expect(severity.hearsay).toBe('error')
    expect(severity['anonymous-without-reason']).toBe('error')
    expect(listed.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id))
  })
})
