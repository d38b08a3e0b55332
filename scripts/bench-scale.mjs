#!/usr/bin/env node
// How onrecord's cost grows with the size of one article: time and peak memory of the whole
// library pipeline — parse → analyze → lint → report → the JSON format — for articles of
// 10 KB, 100 KB, 1 MB and 10 MB, and for pathological articles of growing size.
//
//   pnpm bench:scale [--sizes 10K,100K,1M,10M] [--cases name,name] [--format markdown]
//                    [--runs N] [--list]
//
// Real articles are built at run time by repeating, in order, the varied paragraphs of
// ../shared/corpus/polnear/train.jsonl (research use only: never copied into the repository).
// When the corpus is absent those cases are skipped, with a message; the synthetic
// pathological cases still run. Each (case, size) runs in a child process of its own, so its
// peak resident memory (resourceUsage().maxRSS) is its own; with --runs N the table shows the
// fastest of N runs. The last column is the time ratio per doubling of the size: the cost is
// linear where it stays at about 2 (the target is ≤ 2.2), quadratic where it nears 4.
//
// Needs a build (`pnpm build`): it runs packages/*/dist, as the command line does.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const corpusFile = join(root, '..', 'shared', 'corpus', 'polnear', 'train.jsonl')

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  if (at === -1) return fallback
  const value = process.argv[at + 1]
  if (value === undefined) throw new Error(`--${name} needs a value`)
  return value
}

function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([KM]?)B?$/i.exec(text.trim())
  if (!match) throw new Error(`not a size: ${text}`)
  const unit = { '': 1, K: 1_000, M: 1_000_000 }[match[2].toUpperCase()]
  return Math.round(Number(match[1]) * unit)
}

function sizeLabel(n) {
  if (n >= 1_000_000) return `${n / 1_000_000} MB`
  if (n >= 1_000) return `${n / 1_000} KB`
  return `${n} B`
}

// — Articles —

let paragraphsCache = null
/** The corpus's paragraphs, in file order; null when the corpus is not there. */
function corpusParagraphs() {
  if (paragraphsCache) return paragraphsCache
  if (!existsSync(corpusFile)) return null
  const out = []
  for (const line of readFileSync(corpusFile, 'utf8').split('\n')) {
    if (!line.trim()) continue
    for (const p of JSON.parse(line).text.split(/\n\s*\n/)) if (p.trim()) out.push(p.trim())
  }
  paragraphsCache = out
  return out
}

/** Paragraphs taken in order (and again from the start) until `size` characters. */
function repeatParagraphs(paragraphs, size, separator) {
  const out = []
  let length = 0
  for (let i = 0; length < size; i++) {
    const p = paragraphs[i % paragraphs.length]
    out.push(p)
    length += p.length + separator.length
  }
  return out.join(separator).slice(0, size)
}

/** `unit` repeated to `size` characters, `{i}` numbered. */
function repeatUnit(unit, size) {
  const out = []
  let length = 0
  for (let i = 0; length < size; i++) {
    const piece = unit.replaceAll('{i}', String(i))
    out.push(piece)
    length += piece.length
  }
  return out.join('').slice(0, size)
}

const cases = {
  // Real news paragraphs, separated as Markdown paragraphs.
  corpus: {
    corpus: true,
    sizes: '10K,100K,1M,10M',
    make: (p, n) => repeatParagraphs(p, n, '\n\n'),
  },
  // The same paragraphs as one paragraph (one block: the parser converts it in parts).
  'one-paragraph': {
    corpus: true,
    sizes: '10K,100K,1M',
    make: (p, n) => repeatParagraphs(p, n, ' '),
  },
  // The same text with no sentence end at all: a run-on paragraph.
  'no-sentence-end': {
    corpus: true,
    sizes: '10K,100K,1M',
    make: (p, n) => repeatParagraphs(p, n, ' ').replace(/[.!?]+(?=\s|$)/g, ''),
  },
  // A cue every few words, each a pronoun source with an unmatched opening quote.
  'pronoun-quotes': { sizes: '10K,100K,1M', make: (_, n) => repeatUnit('He said “ ', n) },
  // Reported speech nested in reported speech, without end.
  'nested-that': {
    sizes: '10K,100K,1M',
    make: (_, n) => repeatUnit('Officials in ward {i} said that ', n),
  },
  // Unmatched quotation marks in prose.
  'unmatched-quotes': {
    sizes: '10K,100K,1M',
    make: (_, n) => repeatUnit('The mayor said “the plan {i} ', n),
  },
  // Lists and blockquotes nested 1 to 100 deep, over and over.
  'nested-blocks': {
    sizes: '10K,100K,1M',
    make: (_, n) => {
      const lines = []
      let length = 0
      for (let i = 0; length < n; i++) {
        const line = `${'  '.repeat(i % 100)}${i % 2 ? '> ' : '- '}Item ${i}, “a quote,” she said.`
        lines.push(line)
        length += line.length + 1
      }
      return lines.join('\n').slice(0, n)
    },
  },
  // One word of capitals, no space: the pattern that read names used to backtrack on it.
  'long-word': { sizes: '10K,100K,1M', make: (_, n) => `Officials said ${'A'.repeat(n)} is fine.` },
}

// — The child: one case at one size —

async function child(name, size, format) {
  const dist = (pkg) => pathToFileURL(join(root, 'packages', pkg, 'dist', 'index.js')).href
  const { parse } = await import(dist('parser'))
  const { analyze, lint } = await import(dist('rules'))
  const { report, loadFormat } = await import(dist('reporter'))
  const toJson = await loadFormat('json')
  const c = cases[name]
  const text = c.make(c.corpus ? corpusParagraphs() : null, size)
  const before = process.memoryUsage().rss
  const times = {}
  let t = performance.now()
  const doc = parse(text, { format })
  times.parse = performance.now() - t
  t = performance.now()
  const analysis = analyze(doc)
  times.analyze = performance.now() - t
  t = performance.now()
  const messages = lint(analysis)
  times.lint = performance.now() - t
  t = performance.now()
  const r = report(analysis, { messages })
  times.report = performance.now() - t
  t = performance.now()
  const json = toJson([r])
  times.json = performance.now() - t
  const total = Object.values(times).reduce((a, b) => a + b, 0)
  process.stdout.write(
    `${JSON.stringify({
      chars: text.length,
      times,
      total,
      rssBefore: before,
      maxRss: process.resourceUsage().maxRSS * 1024,
      sentences: doc.sentences.length,
      attributions: analysis.attributions.length,
      messages: messages.length,
      output: json.length,
    })}\n`,
  )
}

const childAt = process.argv.indexOf('--child')
if (childAt !== -1) {
  const [name, size, format] = process.argv.slice(childAt + 1)
  await child(name, Number(size), format)
  process.exit(0)
}

// — The parent: the table —

if (process.argv.includes('--list')) {
  for (const [name, c] of Object.entries(cases))
    console.log(`${name.padEnd(18)} sizes ${c.sizes}${c.corpus ? ' (needs the corpus)' : ''}`)
  process.exit(0)
}

for (const pkg of ['parser', 'rules', 'reporter'])
  if (!existsSync(join(root, 'packages', pkg, 'dist', 'index.js'))) {
    console.error(`bench:scale: build first (pnpm build): packages/${pkg}/dist is missing`)
    process.exit(2)
  }

const format = option('format', 'markdown')
const runs = Math.max(1, Number(option('runs', '1')))
const wanted = option('cases', '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
const sizesOption = option('sizes', '')
const haveCorpus = existsSync(corpusFile)
if (!haveCorpus)
  console.log(
    `bench:scale: no corpus at ${corpusFile}: the cases built from real paragraphs are skipped.`,
  )

const rows = []
let worst = 0
for (const [name, c] of Object.entries(cases)) {
  if (wanted.length && !wanted.includes(name)) continue
  if (c.corpus && !haveCorpus) continue
  const sizes = (sizesOption || c.sizes).split(',').map(parseSize)
  let previous = null
  for (const size of sizes) {
    let best = null
    for (let run = 0; run < runs; run++) {
      const result = spawnSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--child', name, String(size), format],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      )
      if (result.status !== 0) {
        console.error(`${name} ${sizeLabel(size)} failed:\n${result.stderr.slice(-2000)}`)
        process.exitCode = 1
        break
      }
      const m = JSON.parse(result.stdout.trim().split('\n').at(-1))
      if (!best || m.total < best.total) best = m
    }
    if (!best) break
    const ratio =
      previous && previous.total > 0
        ? (best.total / previous.total) ** (1 / Math.log2(best.chars / previous.chars))
        : null
    // Below ~50 ms the ratio is noise.
    if (ratio !== null && previous.total >= 50) worst = Math.max(worst, ratio)
    rows.push({ name, size, m: best, ratio })
    previous = best
    process.stderr.write(`${name} ${sizeLabel(size)}: ${Math.round(best.total)} ms\n`)
  }
}

const ms = (n) => String(Math.round(n))
const header = [
  'case',
  'size',
  'parse',
  'analyze',
  'lint',
  'report',
  'json',
  'total ms',
  '×/doubling',
  'peak RSS',
  'JSON out',
]
const table = rows.map(({ name, size, m, ratio }) => [
  name,
  sizeLabel(size),
  ms(m.times.parse),
  ms(m.times.analyze),
  ms(m.times.lint),
  ms(m.times.report),
  ms(m.times.json),
  ms(m.total),
  ratio === null ? '—' : ratio.toFixed(2),
  `${Math.round(m.maxRss / 1e6)} MB`,
  `${(m.output / 1e6).toFixed(1)} MB`,
])
console.log(`\nonrecord bench:scale — format ${format}, Node ${process.version}, best of ${runs}\n`)
console.log(`| ${header.join(' | ')} |`)
console.log(`| ${header.map((h, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`)
for (const row of table) console.log(`| ${row.join(' | ')} |`)
console.log(
  `\nWorst time ratio per doubling: ${worst.toFixed(2)} (target ≤ 2.2; 2 is linear, 4 quadratic).`,
)
