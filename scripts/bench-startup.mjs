#!/usr/bin/env node
// Start-up time of the `onrecord` command: wall time of whole processes, each command run
// `--runs` times (default 20) in interleaved rounds, so that noise from other work on the
// machine falls on every command alike. Prints the median and the minimum per command and
// marks the 250 ms target. Needs only a built workspace (`pnpm build`); no hyperfine.
//
//   node scripts/bench-startup.mjs [--runs N] [--bin PATH] [--modules] [--json]
//
// --bin      times another build of the command (e.g. a checkout of an older commit)
// --modules  also runs each command once with an import trace and lists the modules it
//            loads, by package (ES modules through a resolve hook, CommonJS through require)
//
// The article is one paragraph, written to a fresh temporary folder that is also the working
// folder of every run (no configuration or ignore file above it but the system's own).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const TARGET_MS = 250
const args = process.argv.slice(2)
const runsIndex = args.indexOf('--runs')
const runs = runsIndex === -1 ? 20 : Number(args[runsIndex + 1])
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench-startup: --runs needs a whole number ≥ 1')
  process.exit(2)
}
const asJson = args.includes('--json')
const traceModules = args.includes('--modules')
const binIndex = args.indexOf('--bin')

const bin =
  binIndex === -1
    ? fileURLToPath(new URL('../packages/cli/bin/onrecord.js', import.meta.url))
    : resolve(args[binIndex + 1] ?? '')
const paragraph = 'The mayor said the bridge will open in May, according to a statement.\n'
const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-startup-'))
writeFileSync(join(dir, 'para.md'), paragraph)

/** What is measured: a label, the arguments to `node`, standard input, and whether it has a target. */
const commands = [
  { label: 'node -e 0 (baseline)', argv: ['-e', '0'], target: false },
  { label: 'onrecord --version', argv: [bin, '--version'], target: true },
  {
    label: 'onrecord --stdin-filename x.md (lint, stdin)',
    argv: [bin, '--stdin-filename', 'x.md'],
    input: paragraph,
    target: true,
  },
  { label: 'onrecord para.md (lint, file)', argv: [bin, 'para.md'], target: true },
  {
    label: 'onrecord report --format json para.md',
    argv: [bin, 'report', '--format', 'json', 'para.md'],
    target: true,
  },
]

function spawn(command, nodeFlags = []) {
  const result = spawnSync(process.execPath, [...nodeFlags, ...command.argv], {
    cwd: dir,
    input: command.input ?? '',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    encoding: 'utf8',
  })
  if (result.error) throw result.error
  if (result.status !== 0)
    throw new Error(
      `${command.label}: exit code ${result.status}\n${result.stdout}${result.stderr}`.trim(),
    )
  return result
}

function once(command) {
  const start = process.hrtime.bigint()
  spawn(command)
  return Number(process.hrtime.bigint() - start) / 1e6
}

// The import trace: a resolve hook (on the loader thread) and a wrapper of CommonJS compilation
// each print one marked line per module to standard error.
const MARK = '\u0001onrecord-module '
const hooks = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  if (result.url.startsWith('file:')) process.stderr.write(${JSON.stringify(MARK)} + result.url + '\\n')
  return result
}`
const tracer = `import Module, { register } from 'node:module'
import { pathToFileURL } from 'node:url'
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}))
const compile = Module.prototype._compile
Module.prototype._compile = function (content, filename) {
  process.stderr.write(${JSON.stringify(MARK)} + pathToFileURL(filename).href + '\\n')
  return compile.call(this, content, filename)
}`

/** The modules a command loads, counted by package (`@onrecord/*` for the workspace's own). */
function modulesOf(command) {
  const { stderr } = spawn(command, [
    '--import',
    `data:text/javascript,${encodeURIComponent(tracer)}`,
  ])
  const urls = new Set(
    stderr
      .split('\n')
      .filter((line) => line.startsWith(MARK))
      .map((line) => line.slice(MARK.length))
      // `node -e`'s own wrapper is no module of ours.
      .filter((url) => !url.endsWith('%5Beval%5D-wrapper')),
  )
  const byPackage = new Map()
  for (const url of urls) {
    const dependency = url.match(
      /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//,
    )
    const workspace = url.match(/\/packages\/([^/]+)\//)
    const name = dependency ? dependency[1] : workspace ? `@onrecord/${workspace[1]}` : url
    byPackage.set(name, (byPackage.get(name) ?? 0) + 1)
  }
  return { total: urls.size, byPackage: [...byPackage].sort((a, b) => b[1] - a[1]) }
}

const times = commands.map(() => [])
let modules = null
try {
  // One unmeasured run of each: the file system cache, not the first run, is what we measure.
  for (const command of commands) once(command)
  for (let round = 0; round < runs; round++)
    commands.forEach((command, i) => {
      times[i].push(once(command))
    })
  if (traceModules) modules = commands.map((command) => modulesOf(command))
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const rows = commands.map((command, i) => ({
  command: command.label,
  median: Math.round(median(times[i]) * 10) / 10,
  min: Math.round(Math.min(...times[i]) * 10) / 10,
  target: command.target ? TARGET_MS : null,
  ...(modules ? { modules: modules[i].total } : {}),
}))

if (asJson) {
  console.log(
    JSON.stringify(
      {
        bin,
        node: process.version,
        runs,
        rows,
        ...(modules
          ? {
              modules: Object.fromEntries(
                commands.map((c, i) => [c.label, Object.fromEntries(modules[i].byPackage)]),
              ),
            }
          : {}),
      },
      null,
      2,
    ),
  )
} else {
  const width = Math.max(...rows.map((r) => r.command.length))
  console.log(
    `onrecord start-up · ${bin} · node ${process.version} · ${runs} runs each · wall ms\n`,
  )
  console.log(
    `${'command'.padEnd(width)}  ${'median'.padStart(7)}  ${'min'.padStart(7)}  ${modules ? 'modules  ' : ''}target`,
  )
  for (const r of rows) {
    const mark =
      r.target === null
        ? ''
        : r.median <= r.target
          ? `✔ ≤ ${r.target}`
          : r.min <= r.target
            ? `~ ${r.target} (min only)`
            : `✘ > ${r.target}`
    console.log(
      `${r.command.padEnd(width)}  ${r.median.toFixed(1).padStart(7)}  ${r.min.toFixed(1).padStart(7)}  ${modules ? `${String(r.modules).padStart(7)}  ` : ''}${mark}`,
    )
  }
  if (modules)
    commands.forEach((command, i) => {
      if (modules[i].total === 0) return
      const shown = modules[i].byPackage
        .slice(0, 12)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ')
      const rest = modules[i].byPackage.length - 12
      console.log(
        `\n${command.label}: ${modules[i].total} modules\n  ${shown}${rest > 0 ? `, … ${rest} more packages` : ''}`,
      )
    })
}
