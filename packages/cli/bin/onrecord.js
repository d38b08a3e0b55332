#!/usr/bin/env node
// The `onrecord` command. The code is in ../dist (built with `tsc -b`); see ../README.md.
// `onrecord --version` is answered here, from ../package.json, without loading the command
// line; everything else loads it, and it loads only what the command needs.
//
// It loads the bundle (../dist/bundle, built by ../build.mjs: a few files instead of ~360
// modules, which starts about twice as fast) when it is there and up to date: every workspace
// file it was made from (recorded in its inputs.json) has the modification time it had then.
// Otherwise — never built, built from older code, half written — ../dist/cli.js, silently.
import { readFileSync, statSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  process.stdout.on('error', () => {})
  process.stdout.write(`${version}\n`)
} else {
  // The analysis is a few large functions called once per sentence: V8's optimizing compiler
  // spent seconds of a 1,000-article run inlining into them and recompiling them as their
  // callees' types settled. Without inlining, total CPU over 924 articles fell 16 % and wall
  // time 7 % on one worker, 17 % on two (scripts/bench.mjs; callgrind: 12 % fewer
  // instructions over 300 articles). Set before any of the command's code is compiled.
  setFlagsFromString('--no-turbo-inlining')
  // Those functions also meet rare branches late (a construction first seen in the 300th
  // article): optimized at V8's default budget they were thrown away and rebuilt again and
  // again ("insufficient type feedback"; the largest thirteen times over 1,000 articles). A
  // budget 8× the default (67,584) lets each collect more feedback before it is optimized:
  // over 924 articles CPU fell ≈ 20 % on one worker (wall time about the same: the compiler
  // ran on the idle core) and wall time ≈ 25 % on two workers (6.7 s → 5.0 s), output
  // byte-identical (callgrind over 200 articles: 19.3 → 15.8 G instructions).
  setFlagsFromString('--interrupt-budget=540672')
  const bundle = new URL('../dist/bundle/', import.meta.url)
  const { main } = await import(
    fresh(bundle) ? new URL('lib/cli.js', bundle).href : '../dist/cli.js'
  )
  await main()
}

/** Whether the bundle in `folder` was built from the workspace files as they are now. */
function fresh(folder) {
  try {
    const { inputs } = JSON.parse(readFileSync(new URL('inputs.json', folder), 'utf8'))
    const files = Object.entries(inputs)
    if (files.length === 0) return false
    for (const [path, mtime] of files)
      if (statSync(new URL(path, folder)).mtimeMs !== mtime) return false
    return true
  } catch {
    return false
  }
}
