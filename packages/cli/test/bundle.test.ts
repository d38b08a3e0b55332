import { spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { bin, hedged, listFiles, project, type RunResult, runNode } from './helpers.js'

// The bundle (build.mjs, `pnpm build`) must behave exactly as the code it is made from: the
// same output, byte for byte, and the same exit codes. bin/onrecord.js runs it when it is up to
// date and dist/cli.js otherwise; these tests run both and compare.

const cli = fileURLToPath(new URL('..', import.meta.url))
const repository = resolve(cli, '../..')
const bundle = join(cli, 'dist', 'bundle')
/** The articles in samples/ (README.md is one too). */
const samples = readdirSync(join(repository, 'samples')).length

/** Why the bundle cannot be tested (not built, or built from older code), or null. */
function bundleProblem(): string | null {
  const manifest = join(bundle, 'inputs.json')
  if (!existsSync(manifest)) return 'the bundle has not been built'
  const { inputs } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    inputs: Record<string, number>
  }
  for (const [path, mtime] of Object.entries(inputs)) {
    const file = resolve(bundle, path)
    if (!existsSync(file) || statSync(file).mtimeMs !== mtime)
      return `the bundle is stale (${path.replace(/^(\.\.\/)+/, '')} changed since it was built)`
  }
  return null
}

const problem = bundleProblem()
if (problem !== null)
  console.warn(
    `packages/cli/test/bundle.test.ts: bundle tests skipped: ${problem}; \`pnpm build\` builds it`,
  )

/** The command as installed: bin/onrecord.js, which runs the bundle when it is up to date. */
const bundled = (args: readonly string[], cwd: string, input?: string) =>
  runNode([bin, ...args], { cwd, ...(input === undefined ? {} : { input }) })

/** The same command from the unbundled dist/cli.js. */
const unbundled = (args: readonly string[], cwd: string, input?: string) =>
  runNode(
    [
      '-e',
      `process.argv.splice(1, 0, 'onrecord'); import(${JSON.stringify(pathToFileURL(join(cli, 'dist', 'cli.js')).href)}).then((m) => m.main())`,
      '--',
      ...args,
    ],
    { cwd, ...(input === undefined ? {} : { input }) },
  )

/** Runs both and expects the same standard output, standard error and exit code. */
async function same(args: readonly string[], cwd: string, input?: string): Promise<RunResult> {
  const [a, b] = await Promise.all([bundled(args, cwd, input), unbundled(args, cwd, input)])
  expect(a.stdout).toBe(b.stdout)
  expect(a.stderr).toBe(b.stderr)
  expect(a.code).toBe(b.code)
  return a
}

// A resolve hook that names every ES module a process (and its worker threads) loads.
const MARK = '\u0001module '
const hooks = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  if (result.url.startsWith('file:')) process.stderr.write(${JSON.stringify(MARK)} + result.url + '\\n')
  return result
}`
const tracer = `import { register } from 'node:module'
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}))`

/** The workspace files (relative to the repository) that `onrecord …args` loads as ES modules. */
async function modulesLoaded(args: readonly string[], cwd: string): Promise<string[]> {
  const { stderr } = await runNode(
    ['--import', `data:text/javascript,${encodeURIComponent(tracer)}`, bin, ...args],
    { cwd },
  )
  const root = `${pathToFileURL(repository).href}/`
  return [
    ...new Set(
      stderr
        .split('\n')
        .filter((line) => line.startsWith(MARK) && line.includes(root))
        .map((line) => line.slice(MARK.length + root.length)),
    ),
  ]
}

/** An article with YAML front matter, and a configuration and an ignore file (also YAML). */
const frontMatter = `---
title: "Harbour authority approves dredging plan"
author: Jo Reporter
date: 2024-05-01
---

${hedged}`

describe.skipIf(problem !== null)(
  `the bundled command${problem ? ` (skipped: ${problem})` : ''}`,
  () => {
    it('is what bin/onrecord.js runs, in the main thread and in worker threads', async () => {
      const main = await modulesLoaded(['samples/envoy-talks.md'], repository)
      expect(main).toContain('packages/cli/dist/bundle/lib/cli.js')
      expect(main.filter((path) => !path.startsWith('packages/cli/dist/bundle/'))).toEqual([
        'packages/cli/bin/onrecord.js',
      ])
      const parallel = await modulesLoaded(['-j', '2', 'samples'], repository)
      expect(parallel).toContain('packages/cli/dist/bundle/lib/worker.js')
      expect(parallel.filter((path) => !path.startsWith('packages/cli/dist/bundle/'))).toEqual([
        'packages/cli/bin/onrecord.js',
      ])
    })

    it('lints the samples (Markdown, plain text, HTML) as the unbundled command does', async () => {
      const { stdout } = await same(['samples', '-j', '1'], repository)
      expect(stdout).toContain('samples/festival.html')
      await same(['samples/festival.html'], repository)
      await same(['samples/envoy-talks.md', '--rule', 'hedge=error', '--quiet'], repository)
      await same(['--stdin-filename', 'draft.md'], repository, hedged)
    })

    it('writes the same reports: json, jsonl, text, markdown, sarif', async () => {
      const { stdout } = await same(
        ['report', '--format', 'json', 'samples', '-j', '1'],
        repository,
      )
      expect(JSON.parse(stdout)).toHaveLength(samples)
      await same(['report', '--format', 'json', 'samples/festival.html'], repository)
      for (const format of ['jsonl', 'text', 'markdown', 'sarif'])
        await same(['report', '--format', format, 'samples', '-j', '1'], repository)
    })

    it('-j 2 (worker threads) prints byte for byte what -j 1 and the unbundled command print', async () => {
      const single = await unbundled(['report', '-f', 'jsonl', 'samples', '-j', '1'], repository)
      const parallel = await bundled(['report', '-f', 'jsonl', 'samples', '-j', '2'], repository)
      expect(parallel.stdout).toBe(single.stdout)
      expect(parallel.code).toBe(single.code)
      expect(parallel.stdout.trim().split('\n')).toHaveLength(samples)
      const lint = await unbundled(['samples', '-j', '1'], repository)
      const lintParallel = await bundled(['samples', '-j', '2'], repository)
      expect(lintParallel.stdout).toBe(lint.stdout)
      expect(lintParallel.code).toBe(lint.code)
      expect((await bundled(['samples', '-j', '1'], repository)).stdout).toBe(lint.stdout)
    })

    it('reads YAML front matter, a YAML configuration and an ignore file', async () => {
      const root = project({
        'news/harbour.md': frontMatter,
        'news/skipped.md': hedged,
        '.onrecordrc.yaml': 'rules:\n  hedge: error\n',
        '.onrecordignore': 'skipped.md\n',
      })
      const lint = await same(['news'], root)
      expect(lint.code).toBe(1)
      expect(lint.stdout).not.toContain('skipped.md')
      const { stdout } = await same(['report', '-f', 'json', 'news/harbour.md'], root)
      expect(JSON.parse(stdout).meta).toMatchObject({ author: 'Jo Reporter', date: '2024-05-01' })
      await same(['news/harbour.md'], project({ 'news/harbour.md': '---\n: [\n---\n\nText.\n' }))
    })

    it('writes the same HTML report files (--out), help, rule list and errors', async () => {
      const a = project()
      const b = project()
      const args = ['report', '-f', 'html', '--out', 'site', join(repository, 'samples')]
      const [x, y] = await Promise.all([bundled(args, a), unbundled(args, b)])
      expect(x.code).toBe(y.code)
      expect(listFiles(a)).toEqual(listFiles(b))
      expect(listFiles(a).length).toBeGreaterThan(6)
      for (const file of listFiles(a))
        expect(readFileSync(join(a, file), 'utf8')).toBe(readFileSync(join(b, file), 'utf8'))
      await same(['--help'], repository)
      await same(['help', 'report'], repository)
      await same(['rules'], repository)
      await same(['--no-such-flag'], repository)
      await same(['report', '--format', 'pdf', 'samples'], repository)
      await same(['no-such-file.md'], repository)
    })

    it('starts the language server (onrecord lsp)', async () => {
      const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { stdio: 'pipe' })
      const body = JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { processId: null, rootUri: null, capabilities: {} },
      })
      let output = ''
      const answered = new Promise<void>((resolve) =>
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8')
          if (output.includes('"capabilities"')) resolve()
        }),
      )
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
      await answered
      child.kill()
      expect(output).toContain('hoverProvider')
    })
  },
)

describe('bin/onrecord.js chooses', () => {
  /** A copy of the bin in a package whose dist/cli.js and bundle each print their name. */
  function fakePackage(): { root: string; run: (args?: string[]) => Promise<RunResult> } {
    const root = project({
      'package.json': '{ "type": "module", "version": "9.9.9" }',
      'dist/cli.js': "export async function main() { process.stdout.write('dist\\n') }\n",
      'dist/bundle/package.json': '{ "type": "module" }',
      'dist/bundle/lib/cli.js':
        "export async function main() { process.stdout.write('bundle\\n') }\n",
    })
    mkdirSync(join(root, 'bin'))
    copyFileSync(bin, join(root, 'bin', 'onrecord.js'))
    const mtime = statSync(join(root, 'dist', 'cli.js')).mtimeMs
    writeFileSync(
      join(root, 'dist', 'bundle', 'inputs.json'),
      JSON.stringify({ inputs: { '../cli.js': mtime } }),
    )
    return {
      root,
      run: (args = ['x.md']) => runNode([join(root, 'bin', 'onrecord.js'), ...args], { cwd: root }),
    }
  }

  it('the bundle when every file it was made from is as it was', async () => {
    const { run } = fakePackage()
    expect(await run()).toEqual({ code: 0, stdout: 'bundle\n', stderr: '' })
  })

  it('dist/cli.js, silently, when the bundle is stale, half there or missing', async () => {
    const stale = fakePackage()
    const later = new Date(Date.now() + 10_000)
    utimesSync(join(stale.root, 'dist', 'cli.js'), later, later)
    expect(await stale.run()).toEqual({ code: 0, stdout: 'dist\n', stderr: '' })

    const older = fakePackage()
    const earlier = new Date(Date.now() - 3_600_000)
    utimesSync(join(older.root, 'dist', 'cli.js'), earlier, earlier)
    expect((await older.run()).stdout).toBe('dist\n')

    const noManifest = fakePackage()
    rmSync(join(noManifest.root, 'dist', 'bundle', 'inputs.json'))
    expect((await noManifest.run()).stdout).toBe('dist\n')

    const broken = fakePackage()
    writeFileSync(join(broken.root, 'dist', 'bundle', 'inputs.json'), '{ "inputs": ')
    expect((await broken.run()).stdout).toBe('dist\n')

    const gone = fakePackage()
    const manifest = join(gone.root, 'dist', 'bundle', 'inputs.json')
    const { inputs } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      inputs: Record<string, number>
    }
    writeFileSync(manifest, JSON.stringify({ inputs: { ...inputs, '../gone.js': 1 } }))
    expect((await gone.run()).stdout).toBe('dist\n')

    const none = fakePackage()
    rmSync(join(none.root, 'dist', 'bundle'), { recursive: true })
    expect(await none.run()).toEqual({ code: 0, stdout: 'dist\n', stderr: '' })
  })

  it('neither for --version, which it answers from package.json', async () => {
    const { root, run } = fakePackage()
    rmSync(join(root, 'dist'), { recursive: true })
    expect(await run(['--version'])).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' })
  })
})
