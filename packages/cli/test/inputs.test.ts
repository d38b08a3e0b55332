import { readFileSync, statSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '@onrecord/reporter'
import { describe, expect, it } from 'vitest'
import {
  everyRule,
  hedged,
  htmlArticle,
  listFiles,
  onrecord,
  plain,
  project,
  stackLines,
} from './helpers.js'

const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le')
  for (let i = 0; i + 1 < le.length; i += 2) {
    const a = le[i] as number
    le[i] = le[i + 1] as number
    le[i + 1] = a
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le])
}

async function jsonReports(root: string, args: string[]): Promise<Report[]> {
  const { stdout } = await onrecord(['report', '-f', 'jsonl', ...args], { cwd: root })
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Report)
}

/** What a report says, without the file name: equal for the same article in any encoding. */
function substance(report: Report) {
  const { file: _file, ...rest } = report
  return rest
}

describe('bad input: a clear line per file, and the run goes on', () => {
  it('a missing file is an error; the other files are still checked; exit 2', async () => {
    const root = project({ 'a.md': plain, '.onrecordrc.json': await everyRule('off') })
    const { code, stdout, stderr } = await onrecord(['missing.md', 'a.md'], { cwd: root })
    expect(code).toBe(2)
    expect(stderr).toBe('onrecord: error: missing.md: no such file or directory\n')
    expect(stdout).toMatch(/^a\.md {2}score/m)
    expect(stdout).toMatch(/· 1 input could not be checked$/m)
  })

  it('a folder with a binary file and an empty file: each named, the rest checked', async () => {
    const root = project({
      'desk/a-good.md': hedged,
      'desk/b-photo.md': Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
      ]),
      'desk/c-empty.txt': '',
      'desk/d-blank.md': '  \n\t\n',
      'desk/e-good.txt': plain,
      '.onrecordrc.json': await everyRule('warn'),
    })
    const { code, stdout, stderr } = await onrecord(['desk'], { cwd: root })
    expect(stderr.split('\n')).toEqual([
      'onrecord: error: desk/b-photo.md: not a text file (binary data), skipped',
      'onrecord: warning: desk/c-empty.txt: empty file, nothing to check (skipped)',
      'onrecord: warning: desk/d-blank.md: only white space, nothing to check (skipped)',
      '',
    ])
    expect(stackLines(stderr)).toEqual([])
    expect(stdout).toMatch(/^desk\/a-good\.md {2}score/m)
    expect(stdout).toMatch(/^desk\/e-good\.txt {2}score/m)
    expect(stdout).toMatch(
      /in 2 files · average score \d+ · 2 files skipped · 1 input could not be checked$/m,
    )
    expect(code).toBe(2)
    // An empty file alone is a warning, not a failure.
    const empty = await onrecord(['desk/c-empty.txt'], { cwd: root })
    expect(empty.code).toBe(0)
  })

  it('invalid UTF-8 is decoded with replacement characters and a warning; the file is checked', async () => {
    const bytes = Buffer.concat([
      Buffer.from('The mayor said the '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' budget was balanced.\n'),
    ])
    const root = project({ 'bad.md': bytes, '.onrecordrc.json': await everyRule('off') })
    const { code, stdout, stderr } = await onrecord(['bad.md'], { cwd: root })
    expect(stderr).toBe(
      'onrecord: warning: bad.md: invalid UTF-8 (first at line 1, column 20); decoded with replacement characters (U+FFFD)\n',
    )
    expect(code).toBe(0)
    expect(stdout).toMatch(/^bad\.md {2}score/m)
  })

  it('a UTF-8 byte-order mark is removed: positions are those of the text without it', async () => {
    const root = project({ 'plain.md': hedged, 'bom.md': `\uFEFF${hedged}` })
    const [withoutBom, withBom] = await jsonReports(root, ['plain.md', 'bom.md'])
    expect(withBom?.messages.length).toBeGreaterThan(0)
    expect(substance(withBom as Report)).toEqual(substance(withoutBom as Report))
  })

  it('UTF-16 with a byte-order mark (either byte order) reads the same as UTF-8', async () => {
    const root = project({ 'a.md': hedged, 'le.md': utf16le(hedged), 'be.md': utf16be(hedged) })
    const [utf8, le, be] = await jsonReports(root, ['a.md', 'le.md', 'be.md'])
    expect(substance(le as Report)).toEqual(substance(utf8 as Report))
    expect(substance(be as Report)).toEqual(substance(utf8 as Report))
  })

  it('CRLF line endings give the same lines and columns', async () => {
    const root = project({ 'lf.md': hedged, 'crlf.md': hedged.replaceAll('\n', '\r\n') })
    const [lf, crlf] = await jsonReports(root, ['lf.md', 'crlf.md'])
    const where = (r: Report) => r.messages.map((m) => [m.ruleId, m.start?.line, m.start?.column])
    expect(where(crlf as Report)).toEqual(where(lf as Report))
  })

  it('a file over the size limit is an error naming the file and the limit', async () => {
    const root = project({ 'big.md': `${plain}${'More text. '.repeat(200)}`, 'small.md': plain })
    const { code, stderr, stdout } = await onrecord(
      ['big.md', 'small.md', '--max-file-size', '1KB'],
      { cwd: root },
    )
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /^onrecord: error: big\.md: file too large \(2\.\d KB; the limit is 1 KB — raise it with --max-file-size or maxFileSize\), skipped\n$/,
    )
    expect(stdout).toMatch(/^small\.md {2}score/m)
    expect((await onrecord(['big.md', '--max-file-size', 'lots'], { cwd: root })).stderr).toBe(
      'onrecord: --max-file-size needs a size such as 500KB or 20MB, got "lots"\n',
    )
  })

  it('never writes to an input file', async () => {
    const files = { 'news/a.md': hedged, 'news/b.html': htmlArticle, 'news/c.txt': plain }
    const root = project(files)
    const before = Object.keys(files).map((f) => statSync(join(root, f)).mtimeMs)
    for (const format of ['text', 'json', 'jsonl', 'markdown', 'sarif'])
      expect(
        (await onrecord(['report', '-f', format, '-o', `out.${format}`, 'news'], { cwd: root }))
          .code,
      ).toBe(0)
    expect(
      (await onrecord(['report', '-f', 'html', '-o', 'news', 'news'], { cwd: root })).code,
    ).toBe(0)
    expect((await onrecord(['news', '-j', '2'], { cwd: root })).code).toBe(0)
    for (const [name, content] of Object.entries(files))
      expect(readFileSync(join(root, name), 'utf8')).toBe(content)
    expect(Object.keys(files).map((f) => statSync(join(root, f)).mtimeMs)).toEqual(before)
    // The pages went beside the inputs under new names.
    expect(listFiles(join(root, 'news'))).toEqual(
      [
        'a.md',
        'b.html',
        'c.txt',
        'index.html',
        'news/a.md.html',
        'news/b.html.html',
        'news/c.txt.html',
      ].sort(),
    )
  })

  it('output pages stay inside the output folder whatever the input is called', async () => {
    const root = project({})
    for (const name of [
      '../../escape.md',
      '/etc/passwd.md',
      'a/../../../b.md',
      'con.md',
      'tab\there.md',
    ]) {
      const result = await onrecord(
        ['report', '-f', 'html', '-o', 'site/', '-', '--stdin-filename', name],
        {
          cwd: root,
          input: plain,
        },
      )
      expect(result.code, name).toBe(0)
    }
    const written = listFiles(root)
    expect(written.every((path) => path.startsWith('site/'))).toBe(true)
    expect(written).toContain('site/escape.md.html')
    expect(written).toContain('site/etc/passwd.md.html')
    expect(written).toContain('site/_con.md.html')
    expect(written).toContain('site/tab_here.md.html')

    // Nor through a symbolic link planted inside the output folder.
    const elsewhere = project({})
    symlinkSync(elsewhere, join(root, 'site/planted'), 'dir')
    const linked = await onrecord(
      ['report', '-f', 'html', '-o', 'site', '-', '--stdin-filename', 'planted/x.md'],
      {
        cwd: root,
        input: plain,
      },
    )
    expect(linked.code).toBe(2)
    expect(linked.stderr).toBe(
      'onrecord: site/planted/x.md.html: leads outside site through a symbolic link; not writing it\n',
    )
    expect(listFiles(elsewhere)).toEqual([])
  })
})

describe('ignore files and patterns', () => {
  const tree = async () =>
    project({
      'desk/a.md': plain,
      'desk/drafts/b.md': plain,
      'desk/drafts/keep.md': plain,
      'desk/wire/c.txt': plain,
      'desk/wire/d.md': plain,
      '.onrecordrc.json': await everyRule('off'),
    })
  const checked = (stdout: string) =>
    stdout
      .split('\n')
      .filter((line) => /^\S+ {2}score/.test(line))
      .map((line) => line.split(' ')[0])

  it('.onrecordignore files (gitignore syntax) apply from their folder down; a deeper one can re-include', async () => {
    const root = await tree()
    const { write } = await import('./helpers.js')
    write(root, {
      '.onrecordignore': '# drafts are not stories\ndrafts/\n*.txt\n',
      'desk/wire/.onrecordignore': '!c.txt\n',
    })
    const { code, stdout } = await onrecord(['desk'], { cwd: root })
    expect(code).toBe(0)
    expect(checked(stdout)).toEqual(['desk/a.md', 'desk/wire/c.txt', 'desk/wire/d.md'])
    expect(checked((await onrecord(['desk', '--no-ignore'], { cwd: root })).stdout)).toHaveLength(5)
  })

  it('--ignore-path replaces the .onrecordignore files; --ignore-pattern adds patterns', async () => {
    const root = await tree()
    const { write } = await import('./helpers.js')
    // Patterns are relative to the ignore file's folder: `/wire/` is <root>/wire, not desk/wire.
    write(root, { '.onrecordignore': 'desk/a.md\n', 'my-ignore': '/wire/\n' })
    expect(
      checked((await onrecord(['desk', '--ignore-path', 'my-ignore'], { cwd: root })).stdout),
    ).toEqual([
      'desk/a.md',
      'desk/drafts/b.md',
      'desk/drafts/keep.md',
      'desk/wire/c.txt',
      'desk/wire/d.md',
    ])
    write(root, { 'desk/my-ignore': '/wire/\n' })
    expect(
      checked((await onrecord(['desk', '--ignore-path', 'desk/my-ignore'], { cwd: root })).stdout),
    ).toEqual(['desk/a.md', 'desk/drafts/b.md', 'desk/drafts/keep.md'])
    expect(
      checked(
        (
          await onrecord(['desk', '--ignore-pattern', 'drafts/', '--ignore-pattern', '*.txt'], {
            cwd: root,
          })
        ).stdout,
      ),
    ).toEqual(['desk/wire/d.md'])
    const missing = await onrecord(['desk', '--ignore-path', 'nope'], { cwd: root })
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'onrecord: --ignore-path nope: cannot read the file\n',
    })
  })

  it('a file named on the command line but ignored is skipped with a warning, not a failure', async () => {
    const root = await tree()
    const { write } = await import('./helpers.js')
    write(root, { '.onrecordignore': 'drafts/\n' })
    const result = await onrecord(['desk/drafts/b.md'], { cwd: root })
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'onrecord: warning: desk/drafts/b.md: ignored by an ignore pattern, skipped (use --no-ignore to check it)\n',
    })
    const folder = await onrecord(['desk/drafts'], { cwd: root })
    expect(folder.code).toBe(2)
    expect(folder.stderr).toMatch(
      /^onrecord: error: desk\/drafts: no .* files found in this folder \(or all are ignored\)/,
    )
  })
})

describe('standard input', () => {
  it('reads piped text when no input is named, and `-`', async () => {
    const root = project({ '.onrecordrc.json': await everyRule('warn') })
    const piped = await onrecord([], { cwd: root, input: hedged })
    expect(piped.code).toBe(0)
    expect(piped.stdout).toMatch(/^<stdin> {2}score \d+\/100/)
    expect(piped.stdout).toMatch(/hedge$/m)
    const dash = await onrecord(['-'], { cwd: root, input: hedged })
    expect(dash.stdout).toBe(piped.stdout)
    const report = JSON.parse(
      (await onrecord(['report', '-f', 'json'], { cwd: root, input: hedged })).stdout,
    ) as Report
    expect(report.file).toBe(null)
    expect(report.meta.format).toBe('text')
  })

  it('--stdin-filename names it, picks its format and its configuration; --input-format overrides', async () => {
    const root = project({ 'desk/.onrecordrc.yaml': 'rules:\n  hedge: error\n' })
    const html = JSON.parse(
      (
        await onrecord(['report', '-f', 'json', '--stdin-filename', 'desk/ferry.html'], {
          cwd: root,
          input: htmlArticle,
        })
      ).stdout,
    ) as Report
    expect(html.file).toBe('desk/ferry.html')
    expect(html.meta.format).toBe('html')
    expect(html.title).toBe('Ferry timetable changes')
    expect(html.messages.find((m) => m.ruleId === 'hedge')?.severity).toBe('error')
    const forced = JSON.parse(
      (
        await onrecord(
          ['report', '-f', 'json', '--stdin-filename', 'x.html', '--input-format', 'text'],
          { cwd: root, input: htmlArticle },
        )
      ).stdout,
    ) as Report
    expect(forced.meta.format).toBe('text')
    const lint = await onrecord(['--stdin-filename', 'desk/draft.md'], { cwd: root, input: hedged })
    expect(lint.code).toBe(1)
    expect(lint.stdout).toMatch(/^desk\/draft\.md {2}score/)
  })

  it('binary standard input is an error; --stdin-filename without standard input is a usage error', async () => {
    const root = project({ 'a.md': plain })
    const binary = await onrecord(['-'], { cwd: root, input: Buffer.from([1, 2, 0, 3]) })
    expect(binary).toMatchObject({
      code: 2,
      stderr: 'onrecord: error: <stdin>: not a text file (binary data)\n',
    })
    const named = await onrecord(['a.md', '--stdin-filename', 'x.md'], { cwd: root })
    expect(named).toMatchObject({
      code: 2,
      stderr:
        'onrecord: --stdin-filename names standard input; give - (or pipe text) as the input\n',
    })
  })
})
