import { describe, expect, it } from 'vitest'
import { anonymous, everyRule, hedged, htmlArticle, onrecord, plain, project } from './helpers.js'

/** 40 articles: the test articles with their names and a sentence changed, so each differs. */
function archive(): Record<string, string> {
  const files: Record<string, string> = {}
  const bases = [hedged, anonymous, plain, htmlArticle]
  for (let i = 0; i < 40; i++) {
    const base = bases[i % bases.length] as string
    const extension = base === htmlArticle ? 'html' : base === anonymous ? 'txt' : 'md'
    const name = `archive/${String(i).padStart(2, '0')}-story.${extension}`
    files[name] =
      base.replace('Tuesday', ['Monday', 'Friday', 'Sunday'][i % 3] as string) +
      (i % 5 === 0 ? '\nOfficials said more would follow.\n' : '')
  }
  return files
}

describe('worker threads', () => {
  it('-j 2 gives the same output, in the same order, as -j 1 (jsonl and lint)', async () => {
    const root = project({ ...archive(), '.onrecordrc.json': await everyRule('warn') })
    const single = await onrecord(['report', '-f', 'jsonl', 'archive', '-j', '1'], { cwd: root })
    const parallel = await onrecord(['report', '-f', 'jsonl', 'archive', '-j', '2'], { cwd: root })
    expect(single.code).toBe(0)
    expect(parallel.stdout).toBe(single.stdout)
    const files = single.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { file: string }).file)
    expect(files).toEqual(Object.keys(archive()).sort())
    const lintSingle = await onrecord(['archive', '-j', '1'], { cwd: root })
    const lintParallel = await onrecord(['archive', '--jobs=2'], { cwd: root })
    expect(lintParallel.stdout).toBe(lintSingle.stdout)
    expect(lintParallel.code).toBe(lintSingle.code)
  })

  it('no progress bar when standard error is not a terminal', async () => {
    const root = project(archive())
    const { stderr } = await onrecord(['archive', '-j', '2'], { cwd: root })
    expect(stderr).toBe('')
  })

  it('a file over the per-file time limit is stopped and named; the others still run', async () => {
    const root = project(archive())
    const { code, stderr, stdout } = await onrecord(
      [
        'report',
        '-f',
        'jsonl',
        'archive/00-story.md',
        'archive/01-story.txt',
        '-j',
        '2',
        '--timeout',
        '0.001',
      ],
      { cwd: root },
    )
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([
      'onrecord: error: archive/00-story.md: took longer than 1 ms (--timeout), stopped, skipped',
      'onrecord: error: archive/01-story.txt: took longer than 1 ms (--timeout), stopped, skipped',
    ])
    expect(stdout).toBe('')
  })

  it('failures in a parallel run are reported in input order with the rest of the output', async () => {
    const files = archive()
    files['archive/04-story.md'] = '\u0000\u0001binary'
    const root = project(files)
    const { code, stderr, stdout } = await onrecord(
      ['report', '-f', 'jsonl', 'archive', '-j', '2'],
      { cwd: root },
    )
    expect(code).toBe(2)
    expect(stderr).toBe(
      'onrecord: error: archive/04-story.md: not a text file (binary data), skipped\n',
    )
    expect(stdout.trim().split('\n')).toHaveLength(39)
  })
})
