#!/usr/bin/env node
// How fast is @onrecord/parser? MB/s of the full `parse()` against a bare
// remark-parse + mdast-util-to-nlcst + parse-english pass on the same article texts, measured
// in the same run, several rounds after a warm-up. Then one long document (the articles
// joined) parsed whole, to show that block-by-block parsing keeps the cost linear.
//
//   pnpm build && pnpm bench:parser [--mb 1] [--rounds 7] [--corpus path/to/file.jsonl]
//
// The corpus is read at run time and never copied into the repository. It is a JSON Lines
// file with a `text` field per line; by default ../shared/corpus/polnear/train.jsonl.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from '@onrecord/parser'
import { toNlcst } from 'mdast-util-to-nlcst'
import { ParseEnglish } from 'parse-english'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'

const MB = 1024 * 1024
const TARGET = 1.3

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : process.argv[index + 1]
}

const corpusPath =
  option('corpus', undefined) ??
  fileURLToPath(new URL('../../shared/corpus/polnear/train.jsonl', import.meta.url))
const wantedMB = Number(option('mb', '1'))
const rounds = Number(option('rounds', '7'))
const warmup = 2

if (!existsSync(corpusPath)) {
  console.log(`bench-parser: skipped — no corpus at ${corpusPath}.`)
  console.log('Pass --corpus <file.jsonl> (one JSON object with a "text" field per line).')
  process.exit(0)
}

// At least `wantedMB` of article text, whole articles, in corpus order.
const texts = []
let bytes = 0
for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
  if (bytes >= wantedMB * MB) break
  if (!line.trim()) continue
  const text = JSON.parse(line).text
  if (typeof text !== 'string' || !text.trim()) continue
  texts.push(text)
  bytes += Buffer.byteLength(text)
}
if (bytes < wantedMB * MB) {
  console.log(`bench-parser: the corpus holds only ${(bytes / MB).toFixed(2)} MB; using all of it.`)
}

const remark = unified().use(remarkParse)

/** The bare pass: what any retext pipeline over Markdown does, and nothing more. */
function bare(text) {
  const file = new VFile(text)
  const mdast = remark.parse(file)
  return toNlcst(mdast, file, ParseEnglish)
}

const passes = {
  bare: (text) => bare(text),
  markdown: (text) => parse(text, { format: 'markdown' }),
  text: (text) => parse(text, { format: 'text' }),
}

function time(fn, inputs) {
  const started = process.hrtime.bigint()
  let sink = 0
  for (const input of inputs) sink += fn(input) ? 1 : 0
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (sink !== inputs.length) throw new Error('a pass returned nothing')
  return ms
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Rounds of every pass, the order rotated each round so that no pass always goes first. */
function measure(inputs) {
  const names = Object.keys(passes)
  const samples = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < warmup + rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length])
    for (const name of order) {
      const ms = time(passes[name], inputs)
      if (round >= warmup) samples[name].push(ms)
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]))
}

const labels = {
  bare: 'bare remark + to-nlcst + english',
  markdown: 'parse() as Markdown',
  text: 'parse() as plain text',
}

function row(cells, widths) {
  return cells.map((cell, i) => String(cell).padStart(widths[i])).join('  ')
}

function report(title, inputs, size) {
  const ms = measure(inputs)
  const widths = [34, 9, 10, 8]
  console.log(`\n${title}`)
  console.log(row(['pass', 'MB/s', 'ms', '× bare'], widths))
  for (const name of Object.keys(passes)) {
    const mbps = size / MB / (ms[name] / 1000)
    console.log(
      row(
        [labels[name], mbps.toFixed(2), ms[name].toFixed(1), (ms[name] / ms.bare).toFixed(2)],
        widths,
      ),
    )
  }
  return ms
}

console.log(
  `bench-parser: ${texts.length} articles, ${(bytes / MB).toFixed(2)} MB (UTF-8) from ${corpusPath}`,
)
console.log(`node ${process.version}; ${warmup} warm-up rounds, median of ${rounds} rounds`)

const perArticle = report('Per article', texts, bytes)

// One document made of the articles joined, parsed whole, at a quarter, half and all of its
// size: when the cost is linear, MB/s stays the same as the document grows.
const long = texts.join('\n\n')
const longBytes = Buffer.byteLength(long)
const sizes = [0.25, 0.5, 1].map((share) => {
  const cut = long.lastIndexOf('\n\n', Math.floor(long.length * share))
  return share === 1 || cut <= 0 ? long : long.slice(0, cut)
})
console.log(
  `\nOne long document (${texts.length} articles joined, ${(longBytes / MB).toFixed(2)} MB), parsed whole`,
)
const longWidths = [34, 9, 9, 9]
console.log(
  row(
    ['pass', ...sizes.map((size) => `${(Buffer.byteLength(size) / MB).toFixed(2)} MB`)],
    longWidths,
  ),
)
const longMs = {}
for (const name of Object.keys(passes)) {
  longMs[name] = sizes.map((size) => {
    const samples = []
    for (let round = 0; round < warmup + Math.min(rounds, 3); round++) {
      const ms = time(passes[name], [size])
      if (round >= warmup) samples.push(ms)
    }
    return median(samples)
  })
  const cells = sizes.map((size, i) =>
    (Buffer.byteLength(size) / MB / (longMs[name][i] / 1000)).toFixed(2),
  )
  console.log(row([`${labels[name]} (MB/s)`, ...cells], longWidths))
}

const worst = Math.max(perArticle.markdown, perArticle.text) / perArticle.bare
console.log(
  `\nfull parse / bare pass, per article: ${worst.toFixed(2)}× (target ≤ ${TARGET}×): ${worst <= TARGET ? 'met' : 'NOT met'}`,
)
const growth = (name) => {
  const [quarter, , whole] = longMs[name]
  return (whole / Buffer.byteLength(sizes[2]) / (quarter / Buffer.byteLength(sizes[0]))).toFixed(2)
}
console.log(
  `time per MB, whole document / its first quarter (1.00 = linear): parse() as Markdown ${growth('markdown')}, as text ${growth('text')}, bare pass ${growth('bare')}`,
)
