#!/usr/bin/env node
// Where the time of one article goes, phase by phase, in one process: the bare parse the
// parser is built on (remark-parse → mdast-util-to-nlcst → parse-english), then onrecord's
// parse → analyze → lint → report → JSON text, over every PolNeAR article.
//
//   node scripts/profile-phases.mjs [--rounds N]
//
// Each round runs every article through every phase; the table gives each phase's best round
// (the one least disturbed by other processes) and its share of onrecord's total, then the
// first round, JIT warm-up and all. In one process the bare parse pays for collecting a heap
// that holds onrecord's data too, so these ratios flatter onrecord against `scripts/bench.mjs`,
// where each contender is a process of its own. Run it under
// `node --cpu-prof` for a flame graph of the same work. The articles are read from
// ../shared/corpus/polnear/*.jsonl at run time (research use only, never copied in); without
// that folder the script says so and exits 0. Build first (`pnpm build`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from '@onrecord/parser'
import { report } from '@onrecord/reporter'
import { analyze, lint } from '@onrecord/rules'
import { toNlcst } from 'mdast-util-to-nlcst'
import { ParseEnglish } from 'parse-english'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'

const corpus = fileURLToPath(new URL('../../shared/corpus/polnear/', import.meta.url))
if (!existsSync(corpus)) {
  console.log(`profile-phases: skipped — no corpus at ${corpus}`)
  process.exit(0)
}
const at = process.argv.indexOf('--rounds')
const rounds = at === -1 ? 5 : Number(process.argv[at + 1])

const texts = []
for (const name of readdirSync(corpus)
  .filter((n) => n.endsWith('.jsonl'))
  .sort())
  for (const line of readFileSync(`${corpus}${name}`, 'utf8').split('\n'))
    if (line.trim()) texts.push(JSON.parse(line).text)
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6

const markdown = unified().use(remarkParse).freeze()
const phases = ['bare parse', 'parse', 'analyze', 'lint', 'report', 'JSON text']
const best = new Map(phases.map((p) => [p, Number.POSITIVE_INFINITY]))
// The first round, while the JIT is still compiling: what a one-shot run over the same
// articles mostly pays (a whole-process benchmark is closer to this column than to the best).
let first = null

for (let round = 0; round < rounds; round++) {
  const spent = new Map(phases.map((p) => [p, 0]))
  const time = (phase, work) => {
    const start = performance.now()
    const result = work()
    spent.set(phase, spent.get(phase) + performance.now() - start)
    return result
  }
  for (const [i, text] of texts.entries()) {
    const path = `article-${i}.txt`
    time('bare parse', () => {
      const file = new VFile({ path, value: text })
      return toNlcst(markdown.parse(file), file, ParseEnglish)
    })
    const doc = time('parse', () => parse(new VFile({ path, value: text })))
    const analysis = time('analyze', () => analyze(doc))
    const messages = time('lint', () => lint(analysis))
    const built = time('report', () => report(analysis, { file: path, messages, text: true }))
    time('JSON text', () => JSON.stringify(built))
  }
  for (const phase of phases) best.set(phase, Math.min(best.get(phase), spent.get(phase)))
  first ??= spent
  process.stderr.write(`  round ${round + 1}/${rounds}\n`)
}

const total = (map) => phases.slice(1).reduce((sum, p) => sum + map.get(p), 0)
const ours = total(best)
const bare = best.get('bare parse')
const oursFirst = total(first)
const bareFirst = first.get('bare parse')
console.log(
  `profile-phases: ${texts.length} articles, ${megabytes.toFixed(2)} MB, best of ${rounds} rounds, Node ${process.version}\n`,
)
console.log(
  `${'phase'.padEnd(12)} ${'ms'.padStart(8)} ${'share'.padStart(7)} ${'× bare'.padStart(8)}   ${'first round'.padStart(11)} ${'× bare'.padStart(8)}`,
)
const row = (name, ms, share, ratio, firstMs, firstRatio) =>
  console.log(
    `${name.padEnd(12)} ${ms.toFixed(0).padStart(8)} ${share.padStart(7)} ${ratio.toFixed(2).padStart(8)}   ${firstMs.toFixed(0).padStart(11)} ${firstRatio.toFixed(2).padStart(8)}`,
  )
for (const phase of phases) {
  const ms = best.get(phase)
  const share = phase === 'bare parse' ? '' : `${((100 * ms) / ours).toFixed(1)}%`
  row(phase, ms, share, ms / bare, first.get(phase), first.get(phase) / bareFirst)
}
row('onrecord', ours, '100%', ours / bare, oursFirst, oursFirst / bareFirst)
