import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { PassThrough } from 'node:stream'
import { escapeHtml, htmlIndexPage } from '@onrecord/reporter'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../src/args.js'
import { defaultJobs, exitCode } from '../src/commands/check.js'
import { ConfigResolver } from '../src/config-files.js'
import { decodeText, isBlank } from '../src/decode.js'
import { expandInputs } from '../src/inputs.js'
import {
  AtomicFileSink,
  DescriptorSink,
  OutputNames,
  StreamSink,
  streamSink,
} from '../src/output.js'
import { readOpenFile } from '../src/read.js'
import { parseSize } from '../src/size.js'
import { csv, type SummaryRow } from '../src/summary.js'
import { project } from './helpers.js'

describe('parseArgs', () => {
  it('reads long, short, bundled, inline, negated, repeated flags and the command', () => {
    expect(
      parseArgs([
        'report',
        'a.md',
        '-f',
        'json',
        '--out=x.json',
        '-qj4',
        '--rule',
        'hedge=off',
        '-r',
        'hearsay=error',
      ]),
    ).toEqual({
      command: 'report',
      explicitCommand: true,
      inputs: ['a.md'],
      options: {
        format: 'json',
        out: 'x.json',
        quiet: true,
        jobs: '4',
        rule: ['hedge=off', 'hearsay=error'],
      },
    })
    expect(parseArgs(['--no-config', '--no-color', '--', '--not-a-flag', '-'])).toEqual({
      command: 'lint',
      explicitCommand: false,
      inputs: ['--not-a-flag', '-'],
      options: { config: false, color: false },
    })
    expect(parseArgs(['--min-score', '-1']).options['min-score']).toBe('-1')
  })

  it('rejects what it does not know, with a hint', () => {
    expect(() => parseArgs(['--qiuet'])).toThrow('unknown option --qiuet (did you mean --quiet?)')
    expect(() => parseArgs(['-x'])).toThrow('unknown option -x; see onrecord --help')
    expect(() => parseArgs(['--out'])).toThrow('--out needs a value')
    expect(() => parseArgs(['--out', '--quiet'])).toThrow('--out needs a value')
    expect(() => parseArgs(['--quiet=yes'])).toThrow('--quiet takes no value')
    expect(() => parseArgs(['--no-quiet'])).toThrow('unknown option --no-quiet')
    expect(() => parseArgs(['-f', 'json', '-f', 'text'])).toThrow('-f given twice')
  })
})

describe('decodeText', () => {
  const text = (bytes: number[] | Buffer) => {
    const result = decodeText(Buffer.from(bytes as number[]))
    return result.ok ? result.value : result.reason
  }

  it('UTF-8, with and without a byte-order mark; UTF-16 both ways with one', () => {
    expect(text(Buffer.from('Héllo'))).toEqual({
      text: 'Héllo',
      encoding: 'utf-8',
      bom: false,
      warnings: [],
    })
    expect(text(Buffer.from('\uFEFFHéllo'))).toMatchObject({ text: 'Héllo', bom: true })
    expect(
      text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hé😀', 'utf16le')])),
    ).toMatchObject({
      text: 'Hé😀',
      encoding: 'utf-16le',
    })
    expect(text([0xfe, 0xff, 0x00, 0x48, 0x00, 0xe9])).toMatchObject({
      text: 'Hé',
      encoding: 'utf-16be',
    })
  })

  it('binary data, UTF-32 and unmarked UTF-16 are not text', () => {
    expect(text([0x89, 0x50, 0x4e, 0x47, 0x00])).toBe('not a text file (binary data)')
    expect(text(Buffer.from('Hello', 'utf16le'))).toBe('not a text file (binary data)')
    expect(text([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0])).toMatch(/UTF-32 is not supported/)
  })

  it('invalid UTF-8 is replaced, with the line and column of the first bad byte', () => {
    const value = text(Buffer.concat([Buffer.from('ok\r\nfine\nab'), Buffer.from([0xc3, 0x28])]))
    expect(value).toMatchObject({
      text: 'ok\r\nfine\nab\uFFFD(',
      warnings: [
        'invalid UTF-8 (first at line 3, column 3); decoded with replacement characters (U+FFFD)',
      ],
    })
  })

  it('never throws, and keeps every valid UTF-8 string as it is', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = decodeText(bytes)
        if (result.ok) expect(typeof result.value.text).toBe('string')
      }),
      { seed: 7, numRuns: 300 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        const clean = s.replace(/\u0000/g, '').replace(/^\uFEFF/, '')
        const result = decodeText(Buffer.from(clean))
        expect(result.ok && result.value.text).toBe(clean)
      }),
      { seed: 7, numRuns: 300 },
    )
  })

  it('isBlank: empty, white space and zero-width characters only', () => {
    expect(isBlank('')).toBe(true)
    expect(isBlank(' \n\t\u00a0\u200b')).toBe(true)
    expect(isBlank(' x ')).toBe(false)
  })
})

describe('OutputNames', () => {
  it('keeps every derived path inside the output folder, for any input name', () => {
    const root = resolve('/tmp/onrecord-out')
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 20 }),
        (labels) => {
          const names = new OutputNames(root, '.html')
          const seen = new Set<string>()
          for (const label of labels) {
            const path = names.pathFor(label)
            const rel = relative(root, path)
            expect(rel.startsWith('..')).toBe(false)
            expect(rel.split(sep).every((s) => s !== '..' && s !== '.' && s !== '')).toBe(true)
            expect(/[\u0000-\u001f]/.test(rel)).toBe(false)
            expect(seen.has(path.toLowerCase())).toBe(false)
            seen.add(path.toLowerCase())
            expect(rel.toLowerCase()).not.toBe('index.html')
          }
        },
      ),
      { seed: 11, numRuns: 500 },
    )
  })

  it('mirrors the input path and separates collisions', () => {
    const names = new OutputNames('/out', '.html')
    expect(names.pathFor('news/a.md')).toBe(resolve('/out/news/a.md.html'))
    expect(names.pathFor('../news/a.md')).toBe(resolve('/out/news/a.md-2.html'))
    expect(names.pathFor('/abs/x.md')).toBe(resolve('/out/abs/x.md.html'))
    expect(names.pathFor('C:\\docs\\y.md')).toBe(resolve('/out/docs/y.md.html'))
    expect(names.pathFor('index')).toBe(resolve('/out/index-2.html'))
    expect(names.pathFor('..')).toBe(resolve('/out/stdin.html'))
    expect(names.href(resolve('/out/news/a b.md.html'))).toBe('news/a%20b.md.html')
  })
})

describe('AtomicFileSink', () => {
  it('writes nothing visible until closed, and leaves nothing behind when aborted', async () => {
    const root = project({ 'keep.txt': 'old' })
    const target = join(root, 'keep.txt')
    const sink = await AtomicFileSink.create(target, 'keep.txt', new Set())
    await sink.write('new ')
    expect(readFileSync(target, 'utf8')).toBe('old')
    await sink.abort()
    expect(readdirSync(root)).toEqual(['keep.txt'])
    expect(readFileSync(target, 'utf8')).toBe('old')
    const second = await AtomicFileSink.create(target, 'keep.txt', new Set())
    await second.write('new content')
    await second.close()
    expect(readFileSync(target, 'utf8')).toBe('new content')
    expect(readdirSync(root)).toEqual(['keep.txt'])
    await expect(AtomicFileSink.create(target, 'keep.txt', new Set([target]))).rejects.toThrow(
      'keep.txt: refusing to write over an input file',
    )
    await expect(AtomicFileSink.create(root, 'the folder', new Set())).rejects.toThrow(
      'is a directory',
    )
  })
})

describe('readOpenFile', () => {
  it('reads as many bytes as the file was said to hold, fewer if it has shrunk, all if none', () => {
    const root = project({ 'a.txt': 'A line of text.\n', 'empty.txt': '' })
    const read = (name: string, size: number) => {
      const fd = openSync(join(root, name), 'r')
      try {
        return readOpenFile(fd, size).toString('utf8')
      } finally {
        closeSync(fd)
      }
    }
    expect(read('a.txt', 16)).toBe('A line of text.\n')
    expect(read('a.txt', 6)).toBe('A line')
    expect(read('a.txt', 40)).toBe('A line of text.\n')
    expect(read('a.txt', 0)).toBe('A line of text.\n')
    expect(read('empty.txt', 0)).toBe('')
  })
})

describe('streamSink', () => {
  it('writes to a file descriptor directly, and through the stream otherwise', async () => {
    const root = project({})
    const target = join(root, 'out.jsonl')
    const fd = openSync(target, 'w')
    try {
      let cleared = 0
      const sink = streamSink({ fd } as unknown as NodeJS.WritableStream, 'standard output', {
        before: () => cleared++,
      })
      expect(sink).toBeInstanceOf(DescriptorSink)
      await sink.write('“one”\n')
      await sink.write('')
      await sink.write('two\n')
      expect(readFileSync(target, 'utf8')).toBe('“one”\ntwo\n')
      expect(cleared).toBe(2)
    } finally {
      closeSync(fd)
    }
    expect(streamSink(new PassThrough(), 'standard output')).toBeInstanceOf(StreamSink)
  })
})

describe('small pieces', () => {
  it('parseSize', () => {
    expect(parseSize(1000)).toBe(1000)
    expect(parseSize('1KB')).toBe(1024)
    expect(parseSize('1.5 mb')).toBe(1.5 * 1024 * 1024)
    expect(parseSize('20MB')).toBe(20 * 1024 * 1024)
    for (const bad of ['', 'lots', '-1', '1 TB', 0, -5, 1.5, null, {}])
      expect(parseSize(bad)).toBe(null)
  })

  it('CSV fields are quoted when needed and never start a formula', () => {
    const row: SummaryRow = {
      file: '=HYPERLINK("x")',
      title: 'Said "no", twice',
      words: 10,
      score: 90,
      grade: 'A',
      claims: 1,
      unsourcedClaims: 0,
      namedSources: 1,
      documentSources: 0,
      anonymousSources: 0,
      vagueSources: 0,
      quotes: 0,
      hedges: 0,
      errors: 0,
      warnings: 0,
    }
    expect(csv.row(row)).toBe(
      `"'=HYPERLINK(""x"")","Said ""no"", twice",10,90,A,1,0,1,0,0,0,0,0,0,0\n`,
    )
    expect(csv.row({ ...row, file: 'a.md', title: null }).startsWith('a.md,,10,')).toBe(true)
  })

  it('the HTML index escapes every piece of text and runs no script', () => {
    const page = htmlIndexPage(
      [
        {
          href: 'a"><script>.html',
          label: '<img src=x onerror=alert(1)>',
          title: '</td><script>x</script>',
          score: 5,
          grade: '<b>',
          errors: 0,
          warnings: 1,
          seq: 0,
        },
      ],
      '1.0',
    )
    expect(page).not.toMatch(/<script|<img|<b>/)
    expect(page).toContain(escapeHtml('<img src=x onerror=alert(1)>'))
    expect(page).toContain("default-src 'none'")
  })

  it('default jobs: one per core, at most one per 20 files', () => {
    expect(defaultJobs(1, 8)).toBe(1)
    expect(defaultJobs(39, 8)).toBe(1)
    expect(defaultJobs(40, 8)).toBe(2)
    expect(defaultJobs(1000, 8)).toBe(8)
    expect(defaultJobs(1000, 2)).toBe(2)
  })

  it('exit codes: 2 for what could not be checked, 1 for problems made fatal, else 0', () => {
    const totals = {
      files: 1,
      errors: 0,
      warnings: 2,
      infos: 0,
      failed: 0,
      skipped: 0,
      scored: 1,
      scoreSum: 50,
      underScore: 0,
    }
    const flags = { frail: false, maxWarnings: null, minScore: null }
    expect(exitCode(totals, 0, flags)).toBe(0)
    expect(exitCode({ ...totals, errors: 1 }, 0, flags)).toBe(1)
    expect(exitCode(totals, 0, { ...flags, frail: true })).toBe(1)
    expect(exitCode(totals, 0, { ...flags, maxWarnings: 1 })).toBe(1)
    expect(exitCode(totals, 0, { ...flags, maxWarnings: 2 })).toBe(0)
    expect(exitCode({ ...totals, underScore: 1 }, 0, { ...flags, minScore: 60 })).toBe(1)
    expect(exitCode({ ...totals, errors: 3 }, 1, flags)).toBe(2)
    expect(exitCode({ ...totals, failed: 1 }, 0, flags)).toBe(2)
  })

  it('expandInputs: stable order, a folder or glob marks the run as many, missing inputs are notices', async () => {
    const root = project({ 'b/2.md': 'x', 'b/1.txt': 'x', 'a.md': 'x', 'b/skip.json': '{}' })
    const configs = new ConfigResolver({ cwd: root, noConfig: true })
    const one = await expandInputs(['a.md'], { cwd: root, configs })
    expect(one).toEqual({
      files: [{ path: join(root, 'a.md'), label: 'a.md' }],
      notices: [],
      multi: false,
    })
    const all = await expandInputs(['b', 'a.md', 'nope.md', 'b/*.md'], { cwd: root, configs })
    expect(all.files.map((f) => f.label)).toEqual(['b/1.txt', 'b/2.md', 'a.md'])
    expect(all.notices).toEqual([
      { severity: 'error', message: 'nope.md: no such file or directory' },
    ])
    expect(all.multi).toBe(true)
    expect(existsSync(join(root, 'b/skip.json'))).toBe(true)
  })
})
