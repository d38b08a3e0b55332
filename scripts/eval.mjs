#!/usr/bin/env node
// Measures the analysis against ../shared/corpus/ with ../shared/eval/score.py, the one
// definition of onrecord's accuracy. Corpus text is read at run time and written only to a
// temporary folder: it never enters the repository.
//
//   pnpm eval                 attributions on polnear/dev.jsonl (+ hedges when available)
//   pnpm eval -- --split train
//   pnpm eval -- --errors 30  list the commonest misses and false alarms
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@onrecord/parser'
import { analyze } from '@onrecord/rules'
import { VFile } from 'vfile'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : fallback
}
const split = option('split', 'dev')
const errors = Number(option('errors', '15'))
const gold = join(shared, 'corpus', 'polnear', `${split}.jsonl`)
if (!existsSync(gold)) {
  console.log(
    `skipped: ${gold} is absent (the corpus lives beside the repository, in ../shared/corpus)`,
  )
  process.exit(0)
}

/** A report shaped as the JSON contract's attribution fields, straight from the analysis. */
export function reportOf(file, analysis) {
  const span = (s) => s && { text: s.text, start: s.start, end: s.end }
  return {
    version: 1,
    file,
    attributions: analysis.attributions.map((a) => ({
      id: a.id,
      kind: a.kind,
      source: a.source && { ...span(a.source), kind: a.source.kind, entity: a.source.entity },
      cue: span(a.cue),
      content: span(a.content),
    })),
    sources: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      mentions: e.mentions.map(span),
    })),
    hedges: analysis.hedges.map((h) => ({ ...span(h), kind: h.kind, voice: h.voice })),
  }
}

const articles = readFileSync(gold, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
const work = mkdtempSync(join(tmpdir(), 'onrecord-eval-'))
const texts = join(work, 'articles')
mkdirSync(texts)
const lines = []
const started = performance.now()
const predicted = new Map()
for (const article of articles) {
  const path = join(texts, `${article.id}.txt`)
  writeFileSync(path, article.text)
  const doc = parse(new VFile({ path, value: readFileSync(path, 'utf8') }))
  const analysis = analyze(doc)
  predicted.set(article.id, analysis)
  lines.push(JSON.stringify(reportOf(path, analysis)))
}
const seconds = (performance.now() - started) / 1000
const reports = join(work, 'reports.jsonl')
writeFileSync(reports, `${lines.join('\n')}\n`)
console.log(`${articles.length} ${split} articles analysed in ${seconds.toFixed(1)} s`)
const score = join(shared, 'eval', 'score.py')
const kinds = join(shared, 'corpus', 'polnear', `${split}-source-kinds.tsv`)
const scoreArgs = [
  score,
  'attributions',
  gold,
  reports,
  ...(existsSync(kinds) ? ['--kinds', kinds] : []),
]
console.log(execFileSync('python3', scoreArgs, { encoding: 'utf8' }))

// Direct quotes: gold attributions whose content holds quotation marks, against our direct and
// mixed attributions, paired one-to-one by Dice >= 0.5 as score.py pairs contents.
{
  const quoteMark = /[“”"«»]|''|‘[^’]+’|(?:^|\s)'[^']+'(?:\s|$)/
  let gold = 0
  let pred = 0
  let tp = 0
  for (const article of articles) {
    const g = article.attributions
      .filter((a) => a.content && quoteMark.test(a.content.text))
      .map((a) => [a.content.start, a.content.end])
    const p = predicted
      .get(article.id)
      .attributions.filter((a) => a.kind === 'direct' || a.kind === 'mixed')
      .map((a) => [a.content.start.offset, a.content.end.offset])
    gold += g.length
    pred += p.length
    const pairs = []
    g.forEach((gs, gi) =>
      p.forEach((ps, pi) => {
        const inter = Math.max(0, Math.min(gs[1], ps[1]) - Math.max(gs[0], ps[0]))
        const d = (2 * inter) / (gs[1] - gs[0] + ps[1] - ps[0] || 1)
        if (d >= 0.5) pairs.push([d, gi, pi])
      }),
    )
    pairs.sort((a, b) => b[0] - a[0])
    const gu = new Set()
    const pu = new Set()
    for (const [, gi, pi] of pairs) {
      if (gu.has(gi) || pu.has(pi)) continue
      gu.add(gi)
      pu.add(pi)
      tp++
    }
  }
  const p = tp / (pred || 1)
  const r = tp / (gold || 1)
  const f = p + r ? (2 * p * r) / (p + r) : 0
  console.log(
    `direct quotes (content with quotation marks), Dice>=0.5: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (gold ${gold}, predicted ${pred})\n`,
  )
}

if (errors > 0) {
  // The commonest misses and false alarms, by cue word, to work from.
  const dice = (a, b) => {
    const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]))
    return (2 * inter) / (a[1] - a[0] + b[1] - b[0] || 1)
  }
  const missed = new Map()
  const alarms = new Map()
  const bump = (map, key, example) => {
    const entry = map.get(key) ?? { n: 0, example }
    entry.n++
    map.set(key, entry)
  }
  for (const article of articles) {
    const analysis = predicted.get(article.id)
    const golds = article.attributions
      .filter((a) => a.content)
      .map((a) => ({ a, span: [a.content.start, a.content.end] }))
    const preds = analysis.attributions.map((a) => ({
      a,
      span: [a.content.start.offset, a.content.end.offset],
    }))
    for (const g of golds) {
      if (!preds.some((p) => dice(g.span, p.span) >= 0.5))
        bump(missed, (g.a.cue?.text ?? '(none)').toLowerCase(), g.a.content.text.slice(0, 90))
    }
    for (const p of preds) {
      if (!golds.some((g) => dice(g.span, p.span) >= 0.5))
        bump(
          alarms,
          (p.a.cue?.text ?? `(${p.a.kind})`).toLowerCase(),
          p.a.content.text.slice(0, 90),
        )
    }
  }
  const top = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1].n - a[1].n)
      .slice(0, errors)
      .map(
        ([cue, { n, example }]) =>
          `  ${String(n).padStart(4)}  ${cue.padEnd(16)} ${example.replace(/\s+/g, ' ')}`,
      )
      .join('\n')
  console.log(`commonest misses (gold cue, count, example content):\n${top(missed)}`)
  console.log(`commonest false alarms (our cue, count, example content):\n${top(alarms)}`)
}
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true })
else console.log(`reports kept in ${work}`)

// Hedge cues on the Szeged Wikipedia corpus, scored by score.py too.
if (!args.includes('--no-hedges')) {
  const { evalHedges } = await import('./eval-hedges.mjs')
  console.log('\nhedges (../shared/corpus/hedges):')
  await evalHedges({ errors: Math.min(errors, 10) })
}
