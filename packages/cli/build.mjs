#!/usr/bin/env node
// Bundles the `onrecord` command with esbuild (the WebAssembly build: no install script), so that
// it starts from a handful of files instead of ~360 ES modules. `bin/onrecord.js` runs the
// bundle when it is up to date with the code it was made from, and `dist/cli.js` otherwise.
//
//   dist/bundle/lib/cli.js        the command line (`main`, `run`), from dist/cli.js
//   dist/bundle/lib/worker.js     the worker thread of `--jobs`, which pool.js finds beside it
//   dist/bundle/lib/*-HASH.js     chunks: code the two share, and what is loaded lazily with
//                                 `import()` (each command, each format, the report writer, help)
//   dist/bundle/lib/lazy-*.cjs    the packages loaded lazily with `createRequire(…)('name')` (yaml,
//                                 rehype-parse, ignore), one CommonJS file each, still loaded only
//                                 on first use: start-up never reads them
//   dist/bundle/data/*.txt        the word lists of @onrecord/parser and @onrecord/rules, which the
//                                 bundled code reads from `../data/` relative to itself
//   dist/bundle/package.json      `"type": "module"`, and the version the command reports
//   dist/bundle/inputs.json       every workspace file the bundle was made from, with its mtime:
//                                 if any has changed since, the bundle is stale and is not run
//
// `onrecord lsp` loads @onrecord/language-server by name at run time: it stays external, loaded
// from node_modules as without the bundle. Every other package is bundled.
//
// Needs the workspace built first (`tsc -b`); the root `pnpm build` and `prepare` run both. When
// nothing it was made from has changed (workspace files, packages, this script), it does nothing.
//
//   node build.mjs [--force] [--out DIR]   (DIR defaults to ./dist/bundle)
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const started = performance.now()
const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = outIndex === -1 ? join(here, 'dist', 'bundle') : resolve(args[outIndex + 1] ?? '')
const force = args.includes('--force')
// Built beside the old bundle and swapped in at the end: a failed build leaves no half bundle.
const work = `${out}.tmp-${process.pid}`
const lib = join(work, 'lib')
const entries = { cli: join(here, 'dist', 'cli.js'), worker: join(here, 'dist', 'worker.js') }
const esbuildPackage = createRequire(import.meta.url).resolve('esbuild-wasm/package.json')

function fail(message) {
  console.error(`onrecord build: ${message}`)
  rmSync(work, { recursive: true, force: true })
  process.exit(1)
}

/** A path as recorded in inputs.json: relative to the bundle, with `/`. */
const recordedPath = (path) => relative(out, path).split(sep).join('/')

/** Whether every file the bundle in `out` was made from has the mtime it had then. */
function upToDate() {
  try {
    const { inputs, dependencies } = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8'))
    // Made by this script as it is now (its mtime is checked with the rest)?
    if (!(recordedPath(fileURLToPath(import.meta.url)) in dependencies)) return false
    return Object.entries({ ...inputs, ...dependencies }).every(
      ([path, mtime]) => statSync(resolve(out, path)).mtimeMs === mtime,
    )
  } catch {
    return false
  }
}

for (const [name, path] of Object.entries(entries))
  if (!existsSync(path)) fail(`dist/${name}.js is missing: run \`tsc -b\` at the repository root`)
if (!force && upToDate()) {
  console.log(`onrecord build: ${relative(process.cwd(), out)} is up to date`)
  process.exit(0)
}

const esbuild = await import('esbuild-wasm')

/** Workspace files the bundle is made from (path → mtime, taken before the file was read). */
const inputs = new Map()
/** `new URL('…', import.meta.url)` in bundled workspace code: files read at run time. */
const assets = []
/** Packages loaded with `createRequire(import.meta.url)('name')`: name → resolved path. */
const lazy = new Map()

function readInput(path) {
  inputs.set(path, statSync(path).mtimeMs)
  return readFileSync(path, 'utf8')
}

const lazyRequire = /createRequire\(import\.meta\.url\)\((['"])([^'"./][^'"]*)\1\)/g
const assetUrl = /new URL\((['"`])([^'"`]*)\1, import\.meta\.url\)/g
const lazyFile = (name) => `lazy-${name.replace(/[^\w.-]+/g, '-')}.cjs`

/**
 * Every module of the workspace (not of node_modules) is read here, to record it as an input and
 * to adapt what a bundle cannot follow as it is:
 * - `createRequire(import.meta.url)('name')` loads a package synchronously on first use; it
 *   becomes `createRequire(import.meta.url)('./lazy-name.cjs')`, a file of its own (below),
 *   so that the package is neither loaded nor parsed at start-up;
 * - `new URL('../data/…', import.meta.url)` and the like name files read at run time: they are
 *   collected and put at the same place relative to the bundle (`placeAssets`).
 * Any other use of `createRequire` stops the build: it would resolve from the bundle's folder.
 */
const workspace = {
  name: 'onrecord-workspace',
  setup(build) {
    build.onLoad({ filter: /.*/ }, (args) => {
      if (args.namespace !== 'file' || args.path.split(sep).includes('node_modules'))
        return undefined
      // Anything but JavaScript (JSON, say) is only recorded: esbuild reads it after this.
      if (!args.path.endsWith('.js')) {
        inputs.set(args.path, statSync(args.path).mtimeMs)
        return undefined
      }
      const source = readInput(args.path)
      for (const [, , url] of source.matchAll(assetUrl)) assets.push({ from: args.path, url })
      const stray = source.replace(lazyRequire, '').match(/createRequire\([^)]*\)[^;\n]*/)
      if (stray)
        throw new Error(
          `"${stray[0]}" cannot be bundled: only createRequire(import.meta.url)('a-package')`,
        )
      const contents = source.replace(lazyRequire, (_, _quote, name) => {
        const path = createRequire(args.path).resolve(name)
        if (lazy.has(name) && lazy.get(name) !== path)
          throw new Error(`"${name}" is ${lazy.get(name)} elsewhere but ${path} here`)
        lazy.set(name, path)
        return `createRequire(import.meta.url)('./${lazyFile(name)}')`
      })
      return { contents, loader: 'js', resolveDir: dirname(args.path) }
    })
  },
}

/**
 * Puts each file the bundled code reads through `new URL(url, import.meta.url)` where that URL
 * points from `lib/`: a folder (`../data/`, `../data/${name}.txt`) is copied (its files),
 * `../package.json` is written (type and version only), a file of the bundle itself
 * (`./worker.js`) is left alone, any other file is copied. Two packages may not put different
 * files at the same place.
 */
function placeAssets() {
  const placed = new Map()
  const place = (source, target) => {
    const key = relative(work, target).split(sep).join('/')
    if (key.startsWith('../') || key === 'inputs.json' || key.startsWith('lib/'))
      fail(`${relative(here, source)} would be read from ${key}, which the bundle cannot hold`)
    const before = placed.get(key)
    if (before !== undefined && before !== source)
      fail(
        `${key}: both ${relative(here, before)} and ${relative(here, source)} are read from there`,
      )
    if (before !== undefined) return
    placed.set(key, source)
    mkdirSync(dirname(target), { recursive: true })
    if (key === 'package.json') {
      const { version } = JSON.parse(readInput(source))
      writeFileSync(target, `${JSON.stringify({ type: 'module', version })}\n`)
    } else {
      inputs.set(source, statSync(source).mtimeMs)
      copyFileSync(source, target)
    }
  }
  for (const { from, url } of assets) {
    const template = url.indexOf('${')
    if (template === -1 && !url.endsWith('/')) {
      const target = resolve(lib, url)
      if (target.startsWith(lib + sep) && existsSync(target)) continue
      const source = resolve(dirname(from), url)
      if (!existsSync(source)) fail(`${relative(here, from)} reads ${url}, which is not there`)
      place(source, target)
      continue
    }
    // A folder, or a name made at run time: the folder's files (not its subfolders).
    const folder = template === -1 ? url : url.slice(0, url.lastIndexOf('/', template) + 1)
    const suffix = template === -1 ? '' : url.slice(url.lastIndexOf('}') + 1)
    const source = resolve(dirname(from), folder)
    if (!existsSync(source)) fail(`${relative(here, from)} reads ${folder}, which is not there`)
    for (const name of readdirSync(source))
      if (name.endsWith(suffix) && statSync(join(source, name)).isFile())
        place(join(source, name), resolve(lib, folder, name))
  }
  return placed.size
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  // Error classes and the like keep their names, as without the bundle.
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
}

rmSync(work, { recursive: true, force: true })
const dependencies = new Map([
  [fileURLToPath(import.meta.url), 0],
  [esbuildPackage, 0],
])
let chunks = 0
let bytes = 0
try {
  const main = await esbuild.build({
    ...common,
    entryPoints: entries,
    outdir: lib,
    format: 'esm',
    splitting: true,
    // Flat: the worker, the lazy packages and `../data/` are found alike from every chunk.
    chunkNames: '[name]-[hash]',
    external: ['@onrecord/language-server'],
    // Code bundled from CommonJS packages calls `require` for Node's built-in modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [workspace],
  })
  const parts = [main]
  if (lazy.size > 0)
    parts.push(
      await esbuild.build({
        ...common,
        entryPoints: Object.fromEntries(
          [...lazy].map(([name, path]) => [lazyFile(name).slice(0, -4), path]),
        ),
        outdir: lib,
        outExtension: { '.js': '.cjs' },
        format: 'cjs',
      }),
    )
  for (const { metafile } of parts) {
    for (const path of Object.keys(metafile.inputs)) {
      const absolute = resolve(path)
      if (!inputs.has(absolute)) dependencies.set(absolute, 0)
    }
    for (const output of Object.values(metafile.outputs)) {
      chunks++
      bytes += output.bytes
    }
  }
} catch (error) {
  fail(`esbuild: ${error instanceof Error ? error.message : error}`)
} finally {
  await esbuild.stop?.()
}
const assetCount = placeAssets()
if (!existsSync(join(work, 'package.json')))
  fail('version.js no longer reads ../package.json: update build.mjs')
for (const path of dependencies.keys()) dependencies.set(path, statSync(path).mtimeMs)
const record = (files) =>
  Object.fromEntries(
    [...files]
      .map(([path, mtime]) => [recordedPath(path), mtime])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  )
writeFileSync(
  join(work, 'inputs.json'),
  `${JSON.stringify({ inputs: record(inputs), dependencies: record(dependencies) }, null, 1)}\n`,
)
// Another build may finish at the same moment: the last one to rename wins.
for (let attempt = 1; ; attempt++) {
  rmSync(out, { recursive: true, force: true })
  try {
    renameSync(work, out)
    break
  } catch (error) {
    if (attempt === 3) fail(`could not move the bundle into place: ${error.message}`)
  }
}
console.log(
  `onrecord build: ${relative(process.cwd(), out)}: ${chunks} files (${Math.round(bytes / 1024)} KB) from ${inputs.size} workspace files and ${dependencies.size} others, in ${Math.round(performance.now() - started)} ms`,
)
