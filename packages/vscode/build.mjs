#!/usr/bin/env node
// Bundles the extension with esbuild (the WebAssembly build: no install script to run):
//   dist/extension.cjs        the VS Code side (CommonJS; `vscode` stays external)
//   dist/server/server.js     the language server (ESM), forked by the extension
//   dist/server/worker.js     the server's analysis thread
//   dist/data/*.txt           the word lists of @onrecord/parser and @onrecord/rules, which the
//                             bundled code reads from `../data/` relative to itself
//   dist/package.json         `"type": "module"` for the server, and the version it reports
// Needs the workspace built first (`pnpm build` at the root): it bundles the packages' dist.
//
//   node build.mjs [--out DIR]   (DIR defaults to ./dist)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild-wasm'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = outIndex === -1 ? join(here, 'dist') : resolve(args[outIndex + 1])
const require = createRequire(import.meta.url)

/**
 * `createRequire(import.meta.url)('name')` loads a package lazily at run time, which a bundle
 * cannot follow: turn each into a static import so the package is bundled.
 */
const staticRequires = {
  name: 'static-requires',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      const pattern = /createRequire\(import\.meta\.url\)\((['"])([^'"]+)\1\)/g
      if (!pattern.test(source)) return undefined
      const names = []
      const contents = source.replace(pattern, (_, _quote, name) => {
        names.push(name)
        return `__required${names.length - 1}`
      })
      const imports = names
        .map((name, i) => `import * as __required${i} from '${name}';`)
        .join('\n')
      return { contents: `${imports}\n${contents}`, loader: 'js', resolveDir: dirname(args.path) }
    })
  },
}

// Code bundled from CommonJS packages calls `require` for Node's built-in modules.
const esmBanner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
}

const serverIndex = require.resolve('@onrecord/language-server')

for (const part of ['extension.cjs', 'server', 'data', 'package.json'])
  rmSync(join(out, part), { recursive: true, force: true })
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: [join(here, 'src/extension.ts')],
    outfile: join(out, 'extension.cjs'),
    format: 'cjs',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    entryPoints: {
      server: join(here, 'src/server.ts'),
      worker: join(here, 'src/worker.ts'),
    },
    outdir: join(out, 'server'),
    format: 'esm',
    outExtension: { '.js': '.js' },
    banner: { js: esmBanner },
    plugins: [staticRequires],
  }),
])
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'))
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module', version })}\n`)

// The word lists, from every package that reads `../data/` relative to its code.
mkdirSync(join(out, 'data'), { recursive: true })
const seen = new Map()
for (const pkg of ['@onrecord/parser', '@onrecord/rules']) {
  const packageRequire = createRequire(serverIndex)
  const dataDir = join(dirname(packageRequire.resolve(pkg)), '..', 'data')
  for (const name of readdirSync(dataDir)) {
    if (!name.endsWith('.txt')) continue
    if (seen.has(name)) throw new Error(`data/${name} is in both ${seen.get(name)} and ${pkg}`)
    seen.set(name, pkg)
    copyFileSync(join(dataDir, name), join(out, 'data', name))
  }
}
await esbuild.stop?.()
console.log(`onrecord-vscode: bundled into ${out} with ${seen.size} word lists`)
