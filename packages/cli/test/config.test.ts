import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '@onrecord/reporter'
import { describe, expect, it } from 'vitest'
import { anonymous, everyRule, hedged, onrecord, plain, project, stackLines } from './helpers.js'

/** The severity of the `hedge` messages in a JSON report of `file`, or null when there are none. */
async function hedgeSeverity(
  root: string,
  file: string,
  ...args: string[]
): Promise<string | null> {
  const { stdout, stderr } = await onrecord(['report', '-f', 'json', file, ...args], { cwd: root })
  expect(stderr).toBe('')
  const report = JSON.parse(stdout) as Report
  return report.messages.find((m) => m.ruleId === 'hedge')?.severity ?? null
}

describe('configuration discovery', () => {
  it('uses the nearest configuration to each file, up the tree', async () => {
    const root = project({
      '.onrecordrc.yaml': 'rules:\n  hedge: error\n',
      'desk/a.md': hedged,
      'desk/politics/b.md': hedged,
      'desk/politics/.onrecordrc.json': '{ "rules": { "hedge": "off" } }',
      'desk/sport/c.md': hedged,
      'desk/sport/.onrecordrc': '# YAML (or JSON) without an extension\nrules:\n  hedge: info\n',
      'desk/arts/d.md': hedged,
      'desk/arts/package.json': JSON.stringify({
        name: 'arts',
        onrecord: { rules: { hedge: 'warn' } },
      }),
      'desk/obits/e.md': hedged,
      'desk/obits/package.json': JSON.stringify({ name: 'no-onrecord-key' }),
      'desk/travel/f.md': hedged,
      'desk/travel/.onrecordrc.yml': 'rules: { hedge: "off" }\n',
    })
    expect(await hedgeSeverity(root, 'desk/a.md')).toBe('error')
    expect(await hedgeSeverity(root, 'desk/politics/b.md')).toBe(null)
    expect(await hedgeSeverity(root, 'desk/sport/c.md')).toBe('info')
    expect(await hedgeSeverity(root, 'desk/arts/d.md')).toBe('warning')
    // A package.json without an "onrecord" key is passed over: the root configuration applies.
    expect(await hedgeSeverity(root, 'desk/obits/e.md')).toBe('error')
    expect(await hedgeSeverity(root, 'desk/travel/f.md')).toBe(null)

    // One run over the whole tree: each file with its own configuration.
    const { code, stdout } = await onrecord(['desk'], { cwd: root })
    expect(code).toBe(1)
    const hedgeLines = stdout.split('\n').filter((line) => line.endsWith('  hedge'))
    expect(hedgeLines.map((line) => line.trim().split(/\s+/)[1])).toEqual([
      'error',
      'warning',
      'error',
      'info',
    ])
  })

  it('.onrecordrc wins over .onrecordrc.json, .yaml, .yml and package.json in the same folder', async () => {
    const root = project({
      'a.md': hedged,
      '.onrecordrc': 'rules:\n  hedge: error\n',
      '.onrecordrc.json': '{ "rules": { "hedge": "off" } }',
      'package.json': '{ "onrecord": { "rules": { "hedge": "off" } } }',
    })
    expect(await hedgeSeverity(root, 'a.md')).toBe('error')
  })

  it('--config PATH is used for every file; --no-config uses none', async () => {
    const root = project({
      'a.md': hedged,
      '.onrecordrc.yaml': 'rules:\n  hedge: error\n',
      'settings/quiet.json': '{ "rules": { "hedge": "off" } }',
    })
    expect(await hedgeSeverity(root, 'a.md', '--config', 'settings/quiet.json')).toBe(null)
    expect(await hedgeSeverity(root, 'a.md', '--no-config')).toBe('warning')
    expect(await hedgeSeverity(root, 'a.md', '--rule', 'hedge=info')).toBe('info')
    const missing = await onrecord(['a.md', '--config', 'nope.yaml'], { cwd: root })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(
      'onrecord: nope.yaml: cannot read configuration: no such file or directory\n',
    )
  })

  it('presets: strict makes anonymous sources without a reason or basis errors; research turns every rule on', async () => {
    const root = project({ 'council.txt': anonymous })
    const strict = await onrecord(['council.txt', '--preset', 'strict'], { cwd: root })
    expect(strict.code).toBe(1)
    expect(strict.stdout).toMatch(
      /error +Anonymous source “officials” gives no reason.* anonymous-without-reason$/m,
    )
    const viaFile = project({ 'council.txt': anonymous, '.onrecordrc.yaml': 'preset: strict\n' })
    expect((await onrecord(['council.txt'], { cwd: viaFile })).code).toBe(1)
    const research = JSON.parse(
      (await onrecord(['rules', '--format', 'json', '--preset', 'research'], { cwd: root })).stdout,
    )
    expect(research.rules.every((r: { severity: string }) => r.severity !== 'off')).toBe(true)
  })

  it('lexicons, scoring, maxFileSize and ignorePatterns are read from the configuration', async () => {
    const root = project({
      'a.md': plain,
      'big.md': `${plain}\n${'The mayor said the budget was balanced. '.repeat(100)}\n`,
      'drafts/x.md': plain,
      '.onrecordrc.yaml': [
        'lexicons:',
        '  vague-heads:',
        '    add: [pundits]',
        'scoring:',
        '  grades: [{ grade: Good, min: 50 }, { grade: Poor, min: 0 }]',
        'maxFileSize: 1KB',
        'ignorePatterns: [drafts/]',
        '',
      ].join('\n'),
    })
    const { code, stdout, stderr } = await onrecord(['report', '.', '--summary', 'csv'], {
      cwd: root,
    })
    expect(stderr).toMatch(
      /^onrecord: error: big\.md: file too large \([\d.]+ KB; the limit is 1 KB — raise it with --max-file-size or maxFileSize\), skipped\n$/,
    )
    expect(code).toBe(2)
    expect(stdout).toMatch(/^a\.md,,\d+,\d+,Good,/m)
    expect(stdout).not.toContain('drafts/x.md')
  })
})

describe.concurrent('broken configuration: exit 2, one line naming the file, the key and what is allowed', () => {
  const cases: Array<[string, string, string]> = [
    [
      '.onrecordrc.yaml',
      'rules:\n  hedgee: warn\n',
      '.onrecordrc.yaml: rules.hedgee: unknown rule (did you mean "hedge"?); allowed: ',
    ],
    [
      '.onrecordrc.yaml',
      'rules:\n  hedge: loud\n',
      '.onrecordrc.yaml: rules.hedge: unknown severity "loud"; allowed: off, info, warn, error (or 0, 1, 2)',
    ],
    [
      '.onrecordrc.json',
      '{ "rule": {} }',
      '.onrecordrc.json: rule: unknown key (did you mean "rules"?); allowed: preset, rules, lexicons, scoring, maxFileSize, ignorePatterns',
    ],
    [
      '.onrecordrc.yaml',
      'rules:\n  hedge: [warn, { nonsense: 1 }]\n',
      '.onrecordrc.yaml: rules.hedge[1].nonsense: unknown option; expected one of ',
    ],
    [
      '.onrecordrc.yaml',
      'preset: lenient\n',
      '.onrecordrc.yaml: preset: unknown preset "lenient"; allowed: default, strict, research',
    ],
    [
      '.onrecordrc.yaml',
      'lexicons:\n  weasels: { add: [x] }\n',
      '.onrecordrc.yaml: lexicons.weasels: unknown word list; allowed: ',
    ],
    [
      '.onrecordrc.yaml',
      'lexicons:\n  vague-heads: { add: pundits }\n',
      '.onrecordrc.yaml: lexicons.vague-heads.add: expected a list of words or phrases (non-empty strings)',
    ],
    [
      '.onrecordrc.yaml',
      'scoring:\n  hedges: { max: -3 }\n',
      '.onrecordrc.yaml: scoring.hedges.max: expected a number ≥ 0, got -3',
    ],
    [
      '.onrecordrc.yaml',
      'scoring:\n  bonus: 1\n',
      '.onrecordrc.yaml: scoring.bonus: unknown scoring option (allowed: ',
    ],
    [
      '.onrecordrc.yaml',
      'maxFileSize: huge\n',
      '.onrecordrc.yaml: maxFileSize: expected a size in bytes or a string such as "10MB", got "huge"',
    ],
    [
      '.onrecordrc.yaml',
      'ignorePatterns: drafts\n',
      '.onrecordrc.yaml: ignorePatterns: expected a list of .gitignore-style patterns (strings)',
    ],
    ['.onrecordrc.yaml', 'rules: [\n', '.onrecordrc.yaml: invalid YAML at line 2, column 1: '],
    [
      '.onrecordrc.yaml',
      'rules:\n  hedge: off\n  hedge: warn\n',
      '.onrecordrc.yaml: invalid YAML at line 3, column 3: Map keys must be unique',
    ],
    [
      '.onrecordrc.yaml',
      '- just\n- a list\n',
      '.onrecordrc.yaml: expected an object of settings, got a list',
    ],
    ['.onrecordrc.json', '{ "rules": { "hedge": "warn", } }', '.onrecordrc.json: invalid JSON: '],
    [
      'package.json',
      '{ "onrecord": { "rules": { "hedge": 7 } } }',
      'package.json: onrecord.rules.hedge: unknown severity 7; allowed: ',
    ],
    // Configuration is data: a YAML tag asking for code is an error, never run.
    [
      '.onrecordrc.yaml',
      'rules: !!js/function "function () { process.exit(9) }"\n',
      '.onrecordrc.yaml: invalid YAML at line 1, column 8: Unresolved tag',
    ],
  ]
  for (const [name, content, expected] of cases)
    it(`${name}: ${JSON.stringify(content).slice(0, 60)}`, async ({ expect }) => {
      const root = project({ 'a.md': plain, [name]: content })
      const { code, stdout, stderr } = await onrecord(['a.md'], { cwd: root })
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr.startsWith(`onrecord: ${expected}`)).toBe(true)
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stackLines(stderr)).toEqual([])
    })
})

describe('onrecord init', () => {
  it('writes a commented starter configuration that onrecord then reads, and never overwrites', async () => {
    const root = project({ 'a.md': hedged })
    const first = await onrecord(['init'], { cwd: root })
    expect(first).toEqual({
      code: 0,
      stdout:
        'wrote .onrecordrc.yaml (preset default); edit it, then run onrecord on your articles\n',
      stderr: '',
    })
    const written = readFileSync(join(root, '.onrecordrc.yaml'), 'utf8')
    expect(written).toMatch(/^# onrecord configuration/)
    expect(written).toMatch(/^ {2}hedge: +warn +# /m)
    const lint = await onrecord(['a.md'], { cwd: root })
    expect(lint.stderr).toBe('')
    expect(lint.code).toBe(0)

    const again = await onrecord(['init'], { cwd: root })
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: 'onrecord: .onrecordrc.yaml already exists; not overwriting it\n',
    })
    expect(readFileSync(join(root, '.onrecordrc.yaml'), 'utf8')).toBe(written)
  })

  it('refuses when any configuration is there, and takes a folder and a preset', async () => {
    const root = project({
      'desk/.onrecordrc.json': '{}',
      'pkg/package.json': '{ "onrecord": {} }',
    })
    expect((await onrecord(['init', 'desk'], { cwd: root })).stderr).toBe(
      'onrecord: desk/.onrecordrc.json already exists; not overwriting it\n',
    )
    expect((await onrecord(['init', 'pkg'], { cwd: root })).stderr).toBe(
      'onrecord: pkg/package.json already has an "onrecord" key; not writing .onrecordrc.yaml\n',
    )
    const strict = await onrecord(['init', 'new', '--preset', 'strict'], {
      cwd: project({ 'new/x.md': plain }),
    })
    expect(strict.code).toBe(0)
  })

  it('every preset writes a configuration that validates', async () => {
    for (const preset of ['default', 'strict', 'research']) {
      const root = project({ 'a.md': plain })
      expect((await onrecord(['init', '--preset', preset], { cwd: root })).code).toBe(0)
      const rules = JSON.parse(
        (await onrecord(['rules', '--format', 'json'], { cwd: root })).stdout,
      )
      expect(rules.preset).toBe(preset)
    }
  })

  it('an all-warn configuration keeps the exit code at 0', async () => {
    const root = project({ 'a.md': hedged, '.onrecordrc.json': await everyRule('warn') })
    expect((await onrecord(['a.md'], { cwd: root })).code).toBe(0)
  })
})
