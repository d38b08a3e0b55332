#!/usr/bin/env node
// Whole-process throughput of onrecord and its peers over real news articles.
//
//   pnpm bench [--articles N] [--runs N] [--only name,name] [--keep]
//
// The articles are the texts of ../shared/corpus/polnear/*.jsonl (research use only: they are
// written to a temporary folder at run time and deleted after, never copied into the
// repository). When that folder is absent the benchmark says so and exits 0.
//
// Every contender runs as its own process over the same files, as a user would run it; the
// table gives the median of `--runs` runs (default 3) — and the best run, the figure least
// disturbed by other processes — wall time, articles/s, MB/s, peak resident memory, and
// onrecord's throughput relative to each contender (both from the medians). It also checks that
// the parallel run's output is byte-for-byte the single-worker run's (same order).
//
// Contenders: `onrecord report --format jsonl` on one worker (-j 1) and on two (-j 2),
// `onrecord` lint (stylish) on one and two, alex (--text), write-good, a unified +
// retext-english + retext-intensify pipeline, and the bare parse the parser is built on
// (remark-parse → mdast-util-to-nlcst → parse-english). The last two run through this file
// (`--pipeline retext|bare DIR`), so they load exactly the packages they name. Two more rows run
// the bare parse and `onrecord report -j 1` as two processes side by side: what two cores give
// on this machine at all, the ceiling for the parallel run.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const corpusDir = join(root, '..', 'shared', 'corpus', 'polnear')

// — Pipelines run in a child process of this script —

async function runPipeline(kind, dir) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name))
  if (kind === 'retext') {
    const { unified } = await import('unified')
    const { default: retextEnglish } = await import('retext-english')
    const { default: retextIntensify } = await import('retext-intensify')
    const { VFile } = await import('vfile')
    const processor = unified().use(retextEnglish).use(retextIntensify).freeze()
    let messages = 0
    for (const path of files) {
      const file = new VFile({ path, value: readFileSync(path, 'utf8') })
      await processor.run(processor.parse(file), file)
      messages += file.messages.length
    }
    process.stdout.write(`${files.length} files, ${messages} messages\n`)
  } else if (kind === 'bare') {
    const { unified } = await import('unified')
    const { default: remarkParse } = await import('remark-parse')
    const { toNlcst } = await import('mdast-util-to-nlcst')
    const { ParseEnglish } = await import('parse-english')
    const { VFile } = await import('vfile')
    const parser = unified().use(remarkParse).freeze()
    let sentences = 0
    for (const path of files) {
      const file = new VFile({ path, value: readFileSync(path, 'utf8') })
      const tree = toNlcst(parser.parse(file), file, ParseEnglish)
      for (const paragraph of tree.children)
        if (paragraph.type === 'ParagraphNode') sentences += paragraph.children.length
    }
    process.stdout.write(`${files.length} files, ${sentences} sentences\n`)
  } else throw new Error(`unknown pipeline ${kind}`)
}

const pipelineAt = process.argv.indexOf('--pipeline')
if (pipelineAt !== -1) {
  await runPipeline(process.argv[pipelineAt + 1], process.argv[pipelineAt + 2])
  process.exit(0)
}

// — The benchmark —

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  if (at === -1) return fallback
  const value = process.argv[at + 1]
  if (value === undefined) throw new Error(`--${name} needs a value`)
  return value
}

const wanted = Number(option('articles', '1000'))
const runs = Number(option('runs', '3'))
const only = option('only', '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
const keep = process.argv.includes('--keep')

const corpusFiles = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
  : []
if (corpusFiles.length === 0) {
  console.log(`bench: skipped — no corpus at ${corpusDir} (../shared/corpus/polnear/*.jsonl).`)
  process.exit(0)
}

const onrecordBin = join(root, 'packages', 'cli', 'bin', 'onrecord.js')
if (!existsSync(join(root, 'packages', 'cli', 'dist', 'cli.js'))) {
  console.error('bench: build first (pnpm build): packages/cli/dist is missing')
  process.exit(2)
}
const bins = {
  alex: join(here, 'node_modules', 'alex', 'cli.js'),
  writeGood: join(here, 'node_modules', 'write-good', 'bin', 'write-good.js'),
}
for (const [name, path] of Object.entries(bins))
  if (!existsSync(path)) {
    console.error(
      `bench: ${name} is not installed (pnpm install installs it as a devDependency of scripts/)`,
    )
    process.exit(2)
  }

// Write the articles: every corpus text once, in order, then again from the start if the
// corpus has fewer than --articles texts (the duplicates get their own names).
const texts = []
for (const name of corpusFiles)
  for (const line of readFileSync(join(corpusDir, name), 'utf8').split('\n'))
    if (line.trim()) texts.push(JSON.parse(line).text)
const count = Math.max(wanted, 1)
const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'))
const articles = join(dir, 'articles')
mkdirSync(articles)
let bytes = 0
for (let i = 0; i < count; i++) {
  const text = texts[i % texts.length]
  writeFileSync(join(articles, `${String(i).padStart(5, '0')}.txt`), text)
  bytes += Buffer.byteLength(text)
}
const distinct = Math.min(count, texts.length)

const hasTime = existsSync('/usr/bin/time')

/** Runs a command to the end; resolves to wall seconds, peak RSS (MB, if measurable) and a hash of its stdout. */
function measure(command, args, tag = '') {
  return new Promise((resolve, reject) => {
    const timeFile = join(dir, `time${tag}.txt`)
    const argv = hasTime
      ? ['/usr/bin/time', '-f', '%M %U %S', '-o', timeFile, command, ...args]
      : [command, ...args]
    const started = performance.now()
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    })
    const hash = createHash('sha256')
    let out = 0
    child.stdout.on('data', (chunk) => {
      hash.update(chunk)
      out += chunk.length
    })
    let err = ''
    child.stderr.on('data', (chunk) => {
      if (err.length < 4000) err += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      let rss = null
      let cpu = null
      if (hasTime && existsSync(timeFile)) {
        const [kb, user, system] = readFileSync(timeFile, 'utf8')
          .trim()
          .split('\n')
          .at(-1)
          .split(' ')
          .map(Number)
        if (Number.isFinite(kb)) rss = kb / 1024
        if (Number.isFinite(user) && Number.isFinite(system)) cpu = user + system
      }
      resolve({ seconds, rss, cpu, code, digest: hash.digest('hex'), out, err })
    })
  })
}

const node = process.execPath
const contenders = [
  {
    name: 'onrecord report -j 1',
    key: 'report1',
    args: [onrecordBin, 'report', '--format', 'jsonl', '-j', '1', articles],
  },
  {
    name: 'onrecord report -j 2',
    key: 'report2',
    args: [onrecordBin, 'report', '--format', 'jsonl', '-j', '2', articles],
  },
  { name: 'onrecord lint -j 1', key: 'lint1', args: [onrecordBin, '-j', '1', articles] },
  { name: 'onrecord lint -j 2', key: 'lint2', args: [onrecordBin, '-j', '2', articles] },
  {
    name: 'bare parse (remark → nlcst)',
    key: 'bare',
    args: [join(here, 'bench.mjs'), '--pipeline', 'bare', articles],
  },
  {
    name: 'retext-intensify pipeline',
    key: 'retext',
    args: [join(here, 'bench.mjs'), '--pipeline', 'retext', articles],
  },
  {
    name: 'write-good',
    key: 'writegood',
    args: [
      bins.writeGood,
      ...readdirSync(articles)
        .sort()
        .map((n) => join(articles, n)),
    ],
  },
  { name: 'alex --text', key: 'alex', args: [bins.alex, '--text', '--quiet', articles] },
  // What two cores give here at all: two independent processes side by side, each over every
  // article. A single Node process already keeps part of the second core busy (garbage
  // collection and compiler threads), so two processes rarely reach 2× one; their ratio is the
  // ceiling any two-worker run can be held to on this machine.
  {
    name: 'bare parse, 2 processes',
    key: 'bare2',
    pair: true,
    args: [join(here, 'bench.mjs'), '--pipeline', 'bare', articles],
  },
  {
    name: 'onrecord report -j 1, 2 procs',
    key: 'report1x2',
    pair: true,
    args: [onrecordBin, 'report', '--format', 'jsonl', '-j', '1', articles],
  },
].filter((c) => only.length === 0 || only.includes(c.key))

/** Runs the same command twice side by side; the wall time is until both end. */
async function measurePair(command, args) {
  const [a, b] = await Promise.all([measure(command, args, 'a'), measure(command, args, 'b')])
  return {
    seconds: Math.max(a.seconds, b.seconds),
    rss: a.rss !== null && b.rss !== null ? a.rss + b.rss : null,
    cpu: a.cpu !== null && b.cpu !== null ? a.cpu + b.cpu : null,
    code: a.code === 0 || a.code === 1 ? b.code : a.code,
    digest: a.digest === b.digest ? a.digest : 'different',
    out: a.out + b.out,
    err: a.err + b.err,
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

console.log(
  `bench: ${count} articles (${distinct} distinct from ${corpusFiles.join(', ')}), ${(bytes / 1e6).toFixed(2)} MB, ` +
    `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, median of ${runs} run${runs === 1 ? '' : 's'}`,
)
const [load] = loadavg()
if (load > 0.5)
  console.log(
    `bench: warning — load average ${load.toFixed(2)} before the run: other processes are using the CPU, so these figures (the parallel ones most) will be low`,
  )
const results = new Map()
// Runs go round the contenders (one run of each, then the next round), so that whatever else
// the machine is doing falls on all of them alike.
const samplesOf = new Map(contenders.map((c) => [c.key, []]))
for (let run = 0; run < runs; run++) {
  for (const contender of contenders) {
    const sample = contender.pair
      ? await measurePair(node, contender.args)
      : await measure(node, contender.args)
    // write-good exits with the number of suggestions it made; the others with 0 or 1.
    if (
      contender.key === 'writegood'
        ? sample.code === null || sample.code > 255 || /Error/.test(sample.err)
        : sample.code !== 0 && sample.code !== 1
    ) {
      console.error(`bench: ${contender.name} exited with ${sample.code}:\n${sample.err}`)
      process.exitCode = 1
    }
    samplesOf.get(contender.key).push(sample)
    process.stderr.write(
      `  run ${run + 1}/${runs} ${contender.name}: ${sample.seconds.toFixed(2)} s\n`,
    )
  }
}
for (const contender of contenders) {
  const samples = samplesOf.get(contender.key)
  const rssValues = samples.map((s) => s.rss).filter((v) => v !== null)
  results.set(contender.key, {
    name: contender.name,
    seconds: median(samples.map((s) => s.seconds)),
    best: Math.min(...samples.map((s) => s.seconds)),
    rss: rssValues.length ? median(rssValues) : null,
    cpu: samples.every((s) => s.cpu !== null) ? median(samples.map((s) => s.cpu)) : null,
    digest: samples[0].digest,
    out: samples[0].out,
    // A pair of processes does every article twice.
    work: contender.pair ? 2 : 1,
  })
}

const base = results.get('report1')
const pad = (text, width) => String(text).padEnd(width)
const left = (text, width) => String(text).padStart(width)
const header = `${pad('contender', 30)} ${left('wall s', 8)} ${left('best s', 7)} ${left('CPU s', 7)} ${left('articles/s', 11)} ${left('MB/s', 7)} ${left('peak RSS', 9)} ${left('onrecord report -j 1 vs it', 27)}`
const lines = [header, '-'.repeat(header.length)]
for (const r of results.values()) {
  const ratio = base ? `${(r.seconds / r.work / base.seconds).toFixed(2)}×` : '—'
  lines.push(
    `${pad(r.name, 30)} ${left(r.seconds.toFixed(2), 8)} ${left(r.best.toFixed(2), 7)} ${left(r.cpu === null ? '—' : r.cpu.toFixed(2), 7)} ${left(((r.work * count) / r.seconds).toFixed(1), 11)} ${left(((r.work * bytes) / 1e6 / r.seconds).toFixed(2), 7)} ${left(r.rss === null ? '—' : `${r.rss.toFixed(0)} MB`, 9)} ${left(ratio, 27)}`,
  )
}
console.log(`\n${lines.join('\n')}`)
console.log(
  '\n(last column: onrecord report -j 1 throughput ÷ the contender’s; above 1× means onrecord is faster)',
)

const report1 = results.get('report1')
const report2 = results.get('report2')
if (report1 && report2) {
  const speedup = report1.seconds / report2.seconds
  const bestSpeedup = report1.best / report2.best
  const same = report1.digest === report2.digest
  console.log(
    `\nparallel: -j 2 is ${speedup.toFixed(2)}× -j 1 for report (medians; best runs ${bestSpeedup.toFixed(2)}×; target ≥ 1.8× on 2 cores: ${speedup >= 1.8 ? 'met' : 'NOT met'}); ` +
      `output ${same ? 'identical, same order' : 'DIFFERENT'} (${(report1.out / 1e6).toFixed(1)} MB of JSON Lines)`,
  )
  if (report1.cpu !== null && report2.cpu !== null)
    console.log(
      `parallel: -j 2 spends ${((report2.cpu / report1.cpu - 1) * 100).toFixed(1)}% more CPU than -j 1 (worker start-up, messages), ` +
        `so two otherwise idle cores would give about ${((2 * report1.cpu) / report2.cpu).toFixed(2)}×`,
    )
  if (!same) process.exitCode = 1
}
const bare2 = results.get('bare2')
const report1x2 = results.get('report1x2')
for (const [one, two, what] of [
  [results.get('bare'), bare2, 'the bare parse'],
  [report1, report1x2, 'onrecord report -j 1'],
])
  if (one && two)
    console.log(
      `ceiling: two processes of ${what} side by side do ${((2 * one.seconds) / two.seconds).toFixed(2)}× the work of one in the same time ` +
        `(medians; best runs ${((2 * one.best) / two.best).toFixed(2)}×)`,
    )
if (report1 && report2 && report1x2) {
  const speedup = report1.seconds / report2.seconds
  const ceiling = (2 * report1.seconds) / report1x2.seconds
  console.log(
    `ceiling: -j 2 (${speedup.toFixed(2)}×) reaches ${((speedup / ceiling) * 100).toFixed(0)}% of what two independent onrecord processes reach here (${ceiling.toFixed(2)}×)`,
  )
}
// The speed targets (issue 8), each from this run's medians.
const bare = results.get('bare')
if (report1 && bare) {
  const ratio = report1.seconds / bare.seconds
  console.log(
    `\ntarget: onrecord report -j 1 takes ${ratio.toFixed(2)}× the bare parse's time (best runs ${(report1.best / bare.best).toFixed(2)}×; target ≤ 1.25×: ${ratio <= 1.25 ? 'met' : 'NOT met'})`,
  )
}
const retext = results.get('retext')
if (report1 && retext)
  console.log(
    `target: onrecord report -j 1 is ${report1.seconds < retext.seconds ? 'faster' : 'NOT faster'} than the retext-intensify pipeline (${report1.seconds.toFixed(2)} s vs ${retext.seconds.toFixed(2)} s)`,
  )
if (report1?.rss != null)
  console.log(
    `target: peak memory of onrecord report -j 1 ${report1.rss.toFixed(0)} MB (target < 300 MB: ${report1.rss < 300 ? 'met' : 'NOT met'})`,
  )
const lint1 = results.get('lint1')
const lint2 = results.get('lint2')
if (lint1 && lint2)
  console.log(`parallel: -j 2 is ${(lint1.seconds / lint2.seconds).toFixed(2)}× -j 1 for lint`)
if (lint1 && report1)
  console.log(
    `lint vs report (one worker): lint takes ${Math.abs((lint1.seconds / report1.seconds - 1) * 100).toFixed(1)}% ${lint1.seconds >= report1.seconds ? 'longer' : 'less'} (target: within 5%: ${lint1.seconds <= report1.seconds * 1.05 ? 'met' : 'NOT met'})`,
  )

if (keep) console.log(`\narticles kept in ${articles}`)
else rmSync(dir, { recursive: true, force: true })
